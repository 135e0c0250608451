namespace SistemKerja.Application.NaskahDinas;

/// <summary>Renders naskah dinas to PDF (HTML templates printed by headless Chromium in Infrastructure).</summary>
public interface IPembuatPdf
{
    Task<byte[]> SuratTugasAsync(SuratTugasCetak surat, CancellationToken ct);

    /// <summary>A letter (surat dinas): permohonan pelibatan, jawaban, pengajuan sukarela.</summary>
    Task<byte[]> SuratAsync(SuratCetak surat, CancellationToken ct);

    /// <summary>A Keputusan pembentukan Tim Kerja with its Lampiran.</summary>
    Task<byte[]> KeputusanTimAsync(KeputusanTimCetak keputusan, CancellationToken ct);

    /// <summary>A Surat Tugas that sets a Tim Kerja, with the Lampiran of its susunan (MUBA T1/T2).</summary>
    Task<byte[]> SuratTugasTimAsync(SuratTugasTimCetak surat, CancellationToken ct);

    /// <summary>A Rekomendasi Penilaian Kinerja.</summary>
    Task<byte[]> RekomendasiAsync(RekomendasiCetak rekomendasi, CancellationToken ct);
}

/// <summary>
/// A surat dinas as printed: kop, Nomor/Sifat/Lampiran/Hal with place and date, Yth. addressee, body (paragraphs and
/// labelled items), signature block, tembusan, and the verification QR code.
/// </summary>
public sealed record SuratCetak(
    KopSurat Kop,
    string Nomor,
    string Hal,
    string Tempat,
    DateOnly Tanggal,
    string Kepada,
    IReadOnlyList<string> Pembuka,
    IReadOnlyList<(string Label, string Isi)> Rincian,
    IReadOnlyList<string> Penutup,
    string JabatanPenandatangan,
    string NamaPenandatangan,
    string PangkatPenandatangan,
    string NipPenandatangan,
    IReadOnlyList<string> Tembusan,
    string KodeVerifikasi,
    string UrlVerifikasi);

/// <summary>The kop of a Perangkat Daerah: "PEMERINTAH KABUPATEN …", its name and address, and its logo (PNG/JPEG) when uploaded.</summary>
public sealed record KopSurat(string PemerintahDaerah, string PerangkatDaerah, string Alamat, byte[]? Logo = null, string? JenisLogo = null);

/// <summary>Everything printed on a Surat Tugas / Surat Perintah Tugas (DOMAIN.md §11.1, §11.7).</summary>
public sealed record SuratTugasCetak(
    KopSurat Kop,
    string Judul,
    string Nomor,
    IReadOnlyList<string> Dasar,
    string NamaKepada,
    string NipKepada,
    string PangkatKepada,
    string JabatanKepada,
    string Untuk,
    DateOnly TanggalMulai,
    DateOnly TanggalSelesai,
    string Tempat,
    DateOnly Tanggal,
    string JabatanPenandatangan,
    string NamaPenandatangan,
    string PangkatPenandatangan,
    string NipPenandatangan,
    IReadOnlyList<string> Tembusan,
    string KodeVerifikasi,
    string UrlVerifikasi);
