using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.TimKerja.Bersama;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.TimKerja.BebanKerja;

/// <summary>
/// A pegawai's load across teams and assignments in a period (DOMAIN.md §7.2, §9.5): each engagement with its share of time,
/// the peak day and the overlaps. Seen by the pegawai, their PPK and PUO, BKPSDM admins and auditors.
/// </summary>
public sealed record BebanKerjaQuery(Guid? PegawaiId, DateOnly? Mulai, DateOnly? Selesai) : IQuery<BebanKerja?>;

public sealed record BebanKerja(Guid PegawaiId, string Nama, string Jabatan, RingkasanBeban Ringkasan);

internal sealed class BebanKerjaHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : IQueryHandler<BebanKerjaQuery, BebanKerja?>
{
    /// <summary>The longest period shown at once: a budget year and a bit.</summary>
    public const int HariMaksimum = 400;

    public async ValueTask<BebanKerja?> Handle(BebanKerjaQuery query, CancellationToken cancellationToken)
    {
        var pegawaiId = query.PegawaiId ?? pengguna.PegawaiId;
        if (pegawaiId is not { } id)
        {
            return null;
        }

        var hariIni = PemuatTim.HariIni(waktu);
        var jp = await PencariPejabat.JabatanDefinitifAsync(db, id, hariIni, cancellationToken);
        if (id != pengguna.PegawaiId && !pengguna.Memiliki(Peran.AdminBkpsdm) && !pengguna.Memiliki(Peran.Auditor))
        {
            // The pegawai's own PPK and PUO.
            var kebijakan = await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken);
            var atasan = jp is null ? [] : await PencariPejabat.AtasanAsync(db, kebijakan, jp.JabatanId, hariIni, cancellationToken);
            var dipegang = await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, hariIni, cancellationToken);
            if (!atasan.Any(dipegang.ContainsKey))
            {
                return null;
            }
        }

        var mulai = query.Mulai ?? hariIni;
        var selesai = query.Selesai ?? mulai.AddDays(89);
        if (selesai < mulai || selesai.DayNumber - mulai.DayNumber > HariMaksimum)
        {
            selesai = mulai.AddDays(89);
        }

        var penugasan = await db.Penugasan.AsNoTracking()
            .Where(p => p.PegawaiId == id && p.TanggalMulai <= selesai && mulai <= p.TanggalSelesai).ToListAsync(cancellationToken);
        var timIds = await db.PersonelTim.Where(p => p.PegawaiId == id).Select(p => EF.Property<Guid>(p, KolomTim.Tim)).ToListAsync(cancellationToken);
        var tim = await db.Tim.AsNoTracking()
            .Where(t => timIds.Contains(t.Id) && t.TanggalMulai <= selesai && mulai <= t.TanggalSelesai).ToListAsync(cancellationToken);
        var nama = await db.Pegawai.Where(p => p.Id == id).Select(p => new { p.GelarDepan, p.Nama, p.GelarBelakang }).SingleOrDefaultAsync(cancellationToken);
        if (nama is null)
        {
            return null;
        }

        var ringkasan = Domain.TimKerja.BebanPegawai.Hitung(Domain.TimKerja.BebanPegawai.Kumpulkan(id, penugasan, tim), mulai, selesai);
        return new BebanKerja(id, Pegawai.FormatNama(nama.GelarDepan, nama.Nama, nama.GelarBelakang), jp?.Jabatan ?? "-", ringkasan);
    }
}
