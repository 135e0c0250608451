using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Penugasan;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.AlurPenugasan.Bersama;

/// <summary>
/// The letters of a request (DOMAIN.md §6.5, §6.8, §11.3–11.6): the surat permohonan pelibatan (or the written
/// pengajuan sukarela) when it is submitted, and the surat jawaban (persetujuan, or penolakan with its reasons) when
/// the addressee decides. An oral request has no letter; its outcome is still written (the Surat Tugas).
/// </summary>
internal static class SuratPermohonan
{
    private static readonly CultureInfo Indonesia = CultureInfo.GetCultureInfo("id-ID");

    public static async Task<Dokumen?> PermohonanAsync(IAppDb db, PenerbitDokumen penerbit, Permohonan p, Guid penandatanganPegawaiId, Guid penandatanganJabatanId,
        JenisPemangkuan jenisPemangkuan, CancellationToken ct)
    {
        // No letter for an oral request, and none while the home side's prior consent is still pending (V-SUK-04): the
        // letter goes out when that step is done.
        if (p.Lisan || p.LangkahMenunggu?.Jenis == JenisLangkah.PersetujuanAwalAsal)
        {
            return null;
        }

        var keputusan = p.Langkah.FirstOrDefault(l => l.Jenis == JenisLangkah.Keputusan) ?? p.Langkah[0];
        var (pegawai, unit) = await PegawaiDanUnitAsync(db, p, ct);
        var sukarela = p.Jenis != JenisPermohonan.PenunjukanLintasUnit;
        var pembuka = sukarela
            ? $"Saya yang bertanda tangan di bawah ini mengajukan permohonan untuk terlibat dalam pelaksanaan tugas pada {unit}{(p.NamaTimKerja is { } tim ? $" sebagai anggota {Tim.Sebutan(tim)}" : "")}, sebagai berikut:"
            : $"Dalam rangka pencapaian target kinerja {unit}, dengan ini kami mengajukan permohonan pelibatan Pejabat Fungsional/Pelaksana sebagai berikut:";
        return await penerbit.SuratAsync(
            sukarela ? JenisDokumen.SuratPengajuanSukarela : JenisDokumen.SuratPermohonanPelibatan,
            penandatanganPegawaiId, penandatanganJabatanId, jenisPemangkuan.Sebutan(),
            sukarela ? "Permohonan pelibatan jabatan menjadi tim kerja" : "Permohonan pelibatan Pejabat Fungsional/Pelaksana",
            keputusan.Pelaksana.Split(" atau ")[0], [pembuka], Rincian(p, pegawai),
            ["Demikian permohonan ini disampaikan. Atas perhatian dan kerja samanya diucapkan terima kasih."],
            [.. p.Tembusan.Select(t => t.Jabatan)], p.PegawaiId, p.Id, ct);
    }

    public static async Task<Dokumen> JawabanAsync(IAppDb db, PenerbitDokumen penerbit, Permohonan p, bool setuju, string? alasan, Guid penandatanganPegawaiId,
        Guid penandatanganJabatanId, JenisPemangkuan jenisPemangkuan, CancellationToken ct)
    {
        var (pegawai, _) = await PegawaiDanUnitAsync(db, p, ct);
        var diajukan = Tanggal(TimeZoneInfo.ConvertTime(p.DiajukanPada, penerbit.Zona));
        var dasar = p.Lisan
            ? $"Menindaklanjuti permohonan yang disampaikan secara lisan pada tanggal {diajukan},"
            : $"Menindaklanjuti surat permohonan tanggal {diajukan} perihal {p.MaksudDanTujuan},";
        var isi = setuju
            ? $"{dasar} dengan ini disampaikan bahwa kami menyetujui pelibatan Sdr. {pegawai} untuk {p.MaksudDanTujuan} selama {Tanggal(p.TanggalMulai)} sampai dengan {Tanggal(p.TanggalSelesai)}."
            : $"{dasar} dengan ini disampaikan bahwa kami tidak dapat menyetujui pelibatan Sdr. {pegawai}, dengan alasan: {alasan}";
        return await penerbit.SuratAsync(
            setuju ? JenisDokumen.SuratJawabanPersetujuan : JenisDokumen.SuratJawabanPenolakan,
            penandatanganPegawaiId, penandatanganJabatanId, jenisPemangkuan.Sebutan(),
            setuju ? "Persetujuan permohonan pelibatan" : "Penolakan permohonan pelibatan",
            p.Pemohon, [isi], [], ["Demikian disampaikan untuk dipergunakan sebagaimana mestinya."],
            [.. p.Tembusan.Select(t => t.Jabatan)], p.PegawaiId, p.Id, ct);
    }

    private static List<(string, string)> Rincian(Permohonan p, string pegawai) =>
    [
        ("Nama/NIP/Jabatan", pegawai),
        ("Maksud dan tujuan", p.MaksudDanTujuan),
        ("Kompetensi yang dibutuhkan", p.KompetensiDibutuhkan.Length > 0 ? p.KompetensiDibutuhkan : "-"),
        ("Ekspektasi/target kinerja", p.EkspektasiTargetKinerja.Length > 0 ? p.EkspektasiTargetKinerja : "-"),
        ("Durasi pelibatan", $"{Tanggal(p.TanggalMulai)} s.d. {Tanggal(p.TanggalSelesai)}{(p.PenuhWaktu ? " (penuh waktu)" : $" ({p.AlokasiPersen}% jam kerja)")}"),
    ];

    private static async Task<(string Pegawai, string Unit)> PegawaiDanUnitAsync(IAppDb db, Permohonan p, CancellationToken ct)
    {
        var g = await (from peg in db.Pegawai.AsNoTracking()
                       join j in db.Jabatan on p.JabatanPegawaiId equals j.Id
                       where peg.Id == p.PegawaiId
                       select new { peg.GelarDepan, peg.Nama, peg.GelarBelakang, peg.Nip, Jabatan = j.Nama })
            .SingleAsync(ct);
        var unit = await db.UnitOrganisasi.AsNoTracking().Where(u => u.Id == p.UnitPemilikKinerjaId).Select(u => u.Nama).SingleAsync(ct);
        return ($"{Pegawai.FormatNama(g.GelarDepan, g.Nama, g.GelarBelakang)}, NIP {g.Nip}, {g.Jabatan}", unit);
    }

    private static string Tanggal(DateOnly t) => t.ToString("d MMMM yyyy", Indonesia);

    private static string Tanggal(DateTimeOffset w) => w.ToString("d MMMM yyyy", Indonesia);
}
