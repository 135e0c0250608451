using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Notifikasi;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Application.AlurPenugasan.Bersama;

/// <summary>Builds the Surat Tugas record of a new penugasan and sends the in-app notices.</summary>
internal static class PenerbitSurat
{
    public static async Task<SuratTugas> TerbitkanAsync(IAppDb db, PenerbitDokumen penerbitDokumen, Penugasan penugasan, Guid penandatanganPegawaiId,
        JenisPemangkuan jenisPemangkuan, IReadOnlyList<string> dasarTambahan, IReadOnlyList<string> tembusan, DateOnly tanggal, CancellationToken ct)
    {
        var pemda = await db.PemerintahDaerah.AsNoTracking().Select(p => new { p.DasarHukum, p.Ibukota, p.Kebijakan }).SingleAsync(ct);
        var jabatan = await db.Jabatan.AsNoTracking().Where(j => j.Id == penugasan.PenerbitJabatanId || j.Id == penugasan.JabatanPegawaiId)
            .Select(j => new { j.Id, j.Nama, j.PerangkatDaerahId }).ToListAsync(ct);
        var orang = await db.Pegawai.AsNoTracking().Where(p => p.Id == penugasan.PegawaiId || p.Id == penandatanganPegawaiId)
            .Select(p => new { p.Id, p.GelarDepan, p.Nama, p.GelarBelakang, p.Nip, p.GolonganRuang, p.GolonganPppk }).ToListAsync(ct);

        var penerbit = jabatan.Single(j => j.Id == penugasan.PenerbitJabatanId);
        var jabatanPegawai = jabatan.Single(j => j.Id == penugasan.JabatanPegawaiId);
        var pegawai = orang.Single(o => o.Id == penugasan.PegawaiId);
        var penandatangan = orang.Single(o => o.Id == penandatanganPegawaiId);
        var sebutan = jenisPemangkuan.Sebutan();

        var surat = SuratTugas.Terbitkan(
            penugasan,
            penerbit.PerangkatDaerahId,
            pemda.Kebijakan.Penugasan.JenisSurat == JenisSuratPenugasan.SuratPerintahTugas,
            string.Join("\n", new[] { pemda.DasarHukum }.Concat(dasarTambahan)),
            new PenerimaSuratTugas(pegawai.Id, Pegawai.FormatNama(pegawai.GelarDepan, pegawai.Nama, pegawai.GelarBelakang), pegawai.Nip,
                Kepangkatan.Teks(pegawai.GolonganRuang, pegawai.GolonganPppk), jabatanPegawai.Nama),
            new PenandatanganSuratTugas(penerbit.Id, penerbit.Nama, Pegawai.FormatNama(penandatangan.GelarDepan, penandatangan.Nama, penandatangan.GelarBelakang),
                penandatangan.Nip, Kepangkatan.Teks(penandatangan.GolonganRuang, penandatangan.GolonganPppk), sebutan),
            pemda.Ibukota,
            tanggal,
            tembusan);
        db.SuratTugas.Add(surat);
        await penerbitDokumen.SuratTugasAsync(surat, ct);
        return surat;
    }

    public static void Beri(IAppDb db, IEnumerable<Guid> pegawaiIds, string judul, string tautan, DateTimeOffset waktu)
    {
        // An account without a pegawai record (Guid.Empty) has no inbox.
        foreach (var id in pegawaiIds.Where(id => id != Guid.Empty).Distinct())
        {
            db.Notifikasi.Add(Notifikasi.Buat(id, judul, tautan, waktu));
        }
    }
}

/// <summary>Who is told what when a request moves.</summary>
internal static class Pemberitahu
{
    public static string Tautan(Permohonan p) => $"/Penugasan/Permohonan/{p.Id}";

    /// <summary>The officials (or the pegawai) of the waiting step get "menunggu tindakan Anda".</summary>
    public static async Task LangkahMenungguAsync(IAppDb db, Permohonan p, DateOnly hariIni, DateTimeOffset waktu, CancellationToken ct)
    {
        if (p.LangkahMenunggu is not { } l)
        {
            return;
        }

        var penerima = l.PegawaiId is { } orang ? [orang] : await PencariPejabat.PemangkuAsync(db, [.. new[] { l.JabatanId, l.JabatanLainId }.OfType<Guid>()], hariIni, ct);
        PenerbitSurat.Beri(db, penerima, $"Menunggu tindakan Anda: {l.Judul} — {p.MaksudDanTujuan}", Tautan(p), waktu);
    }
}
