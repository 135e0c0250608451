using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.TimKerja.Bersama;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.TimKerja.DaftarTim;

/// <summary>The teams a user has to do with: those they lead or formed, those they sit in, and drafts waiting for their decree.</summary>
public sealed record DaftarTimQuery : IQuery<DaftarTim>;

public sealed record BarisTim(Guid Id, string Nama, string Unit, StatusTim Status, DateOnly TanggalMulai, DateOnly TanggalSelesai, int JumlahPersonel, string? PeranSaya);

/// <param name="UnitDipimpin">Units the user leads today (where they may form a team).</param>
public sealed record DaftarTim(IReadOnlyList<BarisTim> Dipimpin, IReadOnlyList<BarisTim> Diikuti, IReadOnlyList<BarisTim> MenungguPenetapan,
    IReadOnlyList<(Guid Id, string Nama)> UnitDipimpin);

internal sealed class DaftarTimHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : IQueryHandler<DaftarTimQuery, DaftarTim>
{
    public async ValueTask<DaftarTim> Handle(DaftarTimQuery query, CancellationToken cancellationToken)
    {
        var saya = pengguna.PegawaiId ?? Guid.Empty;
        var hariIni = PemuatTim.HariIni(waktu);
        var dipegang = await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, hariIni, cancellationToken);
        var jabatan = dipegang.Keys.ToList();
        var unitDipimpin = await (from j in db.Jabatan
                                  join u in db.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
                                  where jabatan.Contains(j.Id) && j.MemimpinUnit && u.DitutupPada == null
                                  orderby u.Nama
                                  select new { u.Id, u.Nama }).ToListAsync(cancellationToken);

        // Teams are few per unit; the officials are inside the jsonb "Pimpinan", so those are filtered after loading the
        // teams of the units the user leads, formed, or sits in.
        var unitIds = unitDipimpin.Select(u => u.Id).ToList();
        var timIkut = await db.PersonelTim.Where(p => p.PegawaiId == saya).Select(p => EF.Property<Guid>(p, "TimId")).ToListAsync(cancellationToken);
        var tim = await db.Tim.AsNoTracking()
            .Where(t => unitIds.Contains(t.UnitPemilikKinerjaId) || t.DibuatOlehPegawaiId == saya || timIkut.Contains(t.Id))
            .OrderByDescending(t => t.DibuatPada).Take(500).ToListAsync(cancellationToken);

        var k = (await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken)).TimKerja;
        var draf = await DrafMenungguAsync(k, dipegang, hariIni, cancellationToken);
        var semuaUnit = tim.Concat(draf).Select(t => t.UnitPemilikKinerjaId).Distinct().ToList();
        var namaUnit = await db.UnitOrganisasi.Where(u => semuaUnit.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Nama, cancellationToken);

        BarisTim Baris(Tim t) => new(t.Id, t.Nama, namaUnit.GetValueOrDefault(t.UnitPemilikKinerjaId, ""), t.Status, t.TanggalMulai, t.TanggalSelesai,
            t.Personel.Count, t.PersonelDariPegawai(saya) is { } p ? PeranTimTeks.Label(p.Peran) : null);

        var dipimpin = tim.Where(t => jabatan.Contains(t.Pimpinan.PimpinanPemilikKinerja.JabatanId) || (t.Pimpinan.PejabatPenilai is { } ppk && jabatan.Contains(ppk.JabatanId))
            || t.DibuatOlehPegawaiId == saya).ToList();
        return new DaftarTim(
            [.. dipimpin.Select(Baris)],
            [.. tim.Where(t => t.PersonelDariPegawai(saya) is not null).Select(Baris)],
            [.. draf.Where(t => !dipimpin.Contains(t)).Select(Baris)],
            [.. unitDipimpin.Select(u => (u.Id, u.Nama))]);
    }

    /// <summary>Drafts with members whose decree the user's positions may sign (a Sekretaris Daerah sees the lintas PD ones).</summary>
    private async Task<List<Tim>> DrafMenungguAsync(KebijakanTimKerja k, Dictionary<Guid, Domain.Kepegawaian.JenisPemangkuan> dipegang, DateOnly hariIni,
        CancellationToken ct)
    {
        if (dipegang.Count == 0)
        {
            return [];
        }

        var penetap = await PemuatTim.JabatanPenetapAsync(db, dipegang, hariIni, ct);
        var draf = await db.Tim.AsNoTracking().Where(t => (t.Status == StatusTim.Draf || t.Status == StatusTim.DalamPerubahan) && t.Personel.Any())
            .OrderBy(t => t.DibuatPada).Take(200).ToListAsync(ct);
        return [.. draf.Where(t => t.PejabatBerwenang(k).Any(penetap.Untuk(t).ContainsKey))];
    }
}
