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
    /// <summary>The most teams the list of teams a user leads or sits in shows (newest first).</summary>
    public const int Batas = 500;

    /// <summary>The most drafts awaiting the user's decree shown (oldest first: they have waited longest).</summary>
    public const int BatasDraf = 200;

    public async ValueTask<DaftarTim> Handle(DaftarTimQuery query, CancellationToken cancellationToken)
    {
        var saya = pengguna.PegawaiId ?? Guid.Empty;
        var hariIni = PemuatTim.HariIni(waktu);
        var dipegang = await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, hariIni, cancellationToken);
        var jabatan = dipegang.Keys.ToList();
        var jabatanAtauKosong = jabatan.Select(j => (Guid?)j).ToList();
        var unitDipimpin = await (from j in db.Jabatan
                                  join u in db.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
                                  where jabatan.Contains(j.Id) && j.MemimpinUnit && u.DitutupPada == null
                                  orderby u.Nama
                                  select new { u.Id, u.Nama }).ToListAsync(cancellationToken);

        // Teams the user leads (their position is the team's PUO or PPK), formed, or sits in; the officials' positions are
        // columns generated from the jsonb "Pimpinan" (KolomTim), so the whole filter runs on indexes.
        var timIkut = await db.PersonelTim.Where(p => p.PegawaiId == saya).Select(p => EF.Property<Guid>(p, KolomTim.Tim)).ToListAsync(cancellationToken);
        var tim = await db.Tim.AsNoTracking()
            .Where(t => jabatan.Contains(EF.Property<Guid>(t, KolomTim.JabatanPimpinan))
                || jabatanAtauKosong.Contains(EF.Property<Guid?>(t, KolomTim.JabatanPejabatPenilai))
                || t.DibuatOlehPegawaiId == saya || timIkut.Contains(t.Id))
            .OrderByDescending(t => t.DibuatPada).Take(Batas)
            .Select(t => new
            {
                t.Id, t.Nama, t.UnitPemilikKinerjaId, t.Status, t.TanggalMulai, t.TanggalSelesai, JumlahPersonel = t.Personel.Count,
                PeranSaya = t.Personel.Where(p => p.PegawaiId == saya).Select(p => (PeranTim?)p.Peran).FirstOrDefault(),
                Dipimpin = jabatan.Contains(EF.Property<Guid>(t, KolomTim.JabatanPimpinan))
                    || jabatanAtauKosong.Contains(EF.Property<Guid?>(t, KolomTim.JabatanPejabatPenilai)) || t.DibuatOlehPegawaiId == saya,
            })
            .ToListAsync(cancellationToken);

        var k = (await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken)).TimKerja;
        var dipimpin = tim.Where(t => t.Dipimpin).Select(t => t.Id).ToHashSet();
        var draf = (await DrafMenungguAsync(k, dipegang, hariIni, cancellationToken)).Where(t => !dipimpin.Contains(t.Id)).ToList();
        var semuaUnit = tim.Select(t => t.UnitPemilikKinerjaId).Concat(draf.Select(t => t.UnitPemilikKinerjaId)).Distinct().ToList();
        var namaUnit = await db.UnitOrganisasi.Where(u => semuaUnit.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Nama, cancellationToken);

        var baris = tim.Select(t => (t.Dipimpin, t.PeranSaya, Baris: new BarisTim(t.Id, t.Nama, namaUnit.GetValueOrDefault(t.UnitPemilikKinerjaId, ""), t.Status,
            t.TanggalMulai, t.TanggalSelesai, t.JumlahPersonel, t.PeranSaya is { } peran ? PeranTimTeks.Label(peran) : null))).ToList();
        return new DaftarTim(
            [.. baris.Where(b => b.Dipimpin).Select(b => b.Baris)],
            [.. baris.Where(b => b.PeranSaya is not null).Select(b => b.Baris)],
            [.. draf.Select(t => new BarisTim(t.Id, t.Nama, namaUnit.GetValueOrDefault(t.UnitPemilikKinerjaId, ""), t.Status, t.TanggalMulai, t.TanggalSelesai,
                t.Personel.Count, t.PersonelDariPegawai(saya) is { } p ? PeranTimTeks.Label(p.Peran) : null))],
            [.. unitDipimpin.Select(u => (u.Id, u.Nama))]);
    }

    /// <summary>
    /// Drafts and amendments with personnel whose decree the user's positions may sign: the team's own PUO or PPK, the head of
    /// its Perangkat Daerah, or (for the scopes the region gives them) the Sekretaris Daerah, who also records the Kepala
    /// Daerah's decrees. SQL narrows the teams by those positions and scopes; the region's rule decides for each.
    /// </summary>
    private async Task<List<Tim>> DrafMenungguAsync(KebijakanTimKerja k, Dictionary<Guid, Domain.Kepegawaian.JenisPemangkuan> dipegang, DateOnly hariIni,
        CancellationToken ct)
    {
        if (dipegang.Count == 0)
        {
            return [];
        }

        var penetap = await PemuatTim.JabatanPenetapAsync(db, dipegang, hariIni, ct);
        var jabatan = dipegang.Keys.ToList();
        var jabatanAtauKosong = jabatan.Select(j => (Guid?)j).ToList();
        var perangkatDaerah = penetap.KepalaPerangkatDaerah.Keys.ToList();
        var sekda = penetap.SekretarisDaerah is not null;
        var cakupanSekda = sekda
            ? k.Penetap.CakupanMulaiDariTerendah([PejabatPenetapTim.SekretarisDaerah, PejabatPenetapTim.PejabatBerwenang, PejabatPenetapTim.KepalaDaerah])
            : [];
        var sekdaSemuaCakupan = cakupanSekda.Contains(CakupanTim.DalamUnit);
        var draf = await db.Tim.AsNoTracking()
            .Where(t => (t.Status == StatusTim.Draf || t.Status == StatusTim.DalamPerubahan) && t.Personel.Any())
            .Where(t => jabatan.Contains(EF.Property<Guid>(t, KolomTim.JabatanPimpinan))
                || jabatanAtauKosong.Contains(EF.Property<Guid?>(t, KolomTim.JabatanPejabatPenilai))
                || perangkatDaerah.Contains(t.PerangkatDaerahPemilikKinerjaId)

                // An amendment keeps the authority of the decree it amends, which may be wider than its members' scope. Members
                // beyond their unit are few: the partial index of personel_tim answers "Cakupan <> DalamUnit" without a scan.
                || (sekda && (t.Status == StatusTim.DalamPerubahan || sekdaSemuaCakupan
                    || t.Personel.Any(p => p.Cakupan != CakupanTim.DalamUnit && cakupanSekda.Contains(p.Cakupan)))))
            .OrderBy(t => t.DibuatPada).Take(BatasDraf).ToListAsync(ct);
        return [.. draf.Where(t => t.PejabatBerwenang(k).Any(penetap.Untuk(t).ContainsKey))];
    }
}
