using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Application.AlurPenugasan.DetailPenugasan;

/// <summary>An issued penugasan with its Surat Tugas, for the assignee, the signer, the requester, copies, admins and auditors.</summary>
public sealed record DetailPenugasanQuery(Guid PenugasanId) : IQuery<DetailPenugasan?>;

public sealed record DetailPenugasan(Guid Id, AsalPenugasan Asal, StatusPenugasan Status, Guid? PermohonanId, bool BolehTerima, DateTimeOffset? DiterimaPada, SuratTugasDetail Surat,
    Guid? DokumenId = null, string? KodeVerifikasi = null, bool BolehKoreksi = false, IReadOnlyList<DokumenDibatalkan>? DokumenDibatalkan = null);

/// <summary>An earlier document of the same Surat Tugas, cancelled by a correction (kept, still downloadable).</summary>
public sealed record DokumenDibatalkan(Guid Id, string Nomor, string KodeVerifikasi, string? Alasan);

public sealed record SuratTugasDetail(Guid Id, string Judul, string? Nomor, string KopPerangkatDaerah, string KopAlamat, string NamaDaerah, IReadOnlyList<string> Dasar,
    PenerimaSuratTugas Kepada, string Untuk, DateOnly TanggalMulai, DateOnly TanggalSelesai, string Tempat, DateOnly Tanggal,
    PenandatanganSuratTugas Penandatangan, IReadOnlyList<string> Tembusan);

internal sealed class DetailPenugasanHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : IQueryHandler<DetailPenugasanQuery, DetailPenugasan?>
{
    public async ValueTask<DetailPenugasan?> Handle(DetailPenugasanQuery query, CancellationToken cancellationToken)
    {
        var t = await db.Penugasan.AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.PenugasanId, cancellationToken);
        var s = t is null ? null : await db.SuratTugas.AsNoTracking().SingleOrDefaultAsync(x => x.PenugasanId == t.Id, cancellationToken);
        if (t is null || s is null)
        {
            return null;
        }

        var saya = pengguna.PegawaiId ?? Guid.Empty;
        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var jabatan = (await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, hariIni, cancellationToken)).Keys.ToList();
        var permohonan = t.PermohonanId is { } pid ? await db.Permohonan.AsNoTracking().SingleAsync(x => x.Id == pid, cancellationToken) : null;
        var boleh = t.PegawaiId == saya || jabatan.Contains(t.PenerbitJabatanId)
            || (permohonan?.Melibatkan(saya, jabatan) ?? false)
            || pengguna.Memiliki(Peran.AdminBkpsdm) || pengguna.Memiliki(Peran.Auditor);
        if (!boleh && t.PelibatanInstansiId is { } lid)
        {
            // Lintas instansi: the PyB and the unit head who approved and issued it (WF-4).
            var pelibatan = await db.PelibatanInstansi.AsNoTracking().SingleAsync(x => x.Id == lid, cancellationToken);
            boleh = jabatan.Contains(pelibatan.PejabatBerwenangJabatanId) || jabatan.Contains(pelibatan.PimpinanUnitJabatanId)
                || pelibatan.DibuatOlehPegawaiId == saya; // not the other listed pegawai: each sees only their own letter
        }

        if (!boleh)
        {
            // The pegawai's own PPK and PUO (the copies of a direct penunjukan, DOMAIN.md §15 Q-15) may see it too.
            var kebijakan = await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken);
            var atasan = await PencariPejabat.AtasanAsync(db, kebijakan, t.JabatanPegawaiId, hariIni, cancellationToken);
            boleh = atasan.Any(jabatan.Contains);
        }

        if (!boleh)
        {
            return null;
        }

        var pd = await db.PerangkatDaerah.AsNoTracking().Where(p => p.Id == s.PerangkatDaerahId).Select(p => new { p.Nama, p.Alamat }).SingleAsync(cancellationToken);
        var daerah = await db.PemerintahDaerah.AsNoTracking().Select(p => p.Nama).SingleAsync(cancellationToken);
        // After corrections there are several documents: the one in force first, then the cancelled ones, newest first.
        var semua = await db.Dokumen.AsNoTracking().Where(d => d.SumberId == s.Id).OrderByDescending(d => d.DiterbitkanPada)
            .Select(d => new { d.Id, d.KodeVerifikasi, d.Nomor, d.Status, d.AlasanPembatalan, d.NipPenandatangan }).ToListAsync(cancellationToken);
        var dokumen = semua.FirstOrDefault(d => d.Status == Domain.Dokumen.StatusDokumen.Berlaku) ?? semua.FirstOrDefault();
        var bolehKoreksi = dokumen is { Status: Domain.Dokumen.StatusDokumen.Berlaku }
            && (pengguna.Memiliki(Peran.AdminBkpsdm) || await db.Pegawai.AnyAsync(g => g.Id == saya && g.Nip == dokumen.NipPenandatangan, cancellationToken));
        return new DetailPenugasan(t.Id, t.Asal, t.Status, t.PermohonanId, t.PegawaiId == saya && t.Status == StatusPenugasan.Ditetapkan, t.DiterimaPada,
            new SuratTugasDetail(s.Id, s.Judul, s.Nomor, pd.Nama, pd.Alamat, daerah, s.Dasar.Split('\n'), s.Kepada, s.Untuk, s.TanggalMulai, s.TanggalSelesai,
                s.Tempat, s.Tanggal, s.Penandatangan, s.Tembusan), dokumen?.Id, dokumen?.KodeVerifikasi, bolehKoreksi,
            [.. semua.Where(d => d.Status == Domain.Dokumen.StatusDokumen.Dibatalkan).Select(d => new DokumenDibatalkan(d.Id, d.Nomor, d.KodeVerifikasi, d.AlasanPembatalan))]);
    }
}
