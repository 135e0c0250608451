namespace SistemKerja.Application.NaskahDinas;

/// <summary>What the caller knows of a document before it is numbered (see <see cref="PenerbitDokumen.DokumenAsync"/>).</summary>
public sealed record DokumenBaru(string Perihal, Guid? TentangPegawaiId, string Penandatangan, string NipPenandatangan, string JabatanPenandatangan, Guid SumberId);

/// <summary>What the document service hands the renderer: kop, place, number, date and verification code.</summary>
public sealed record CetakanDokumen(KopSurat Kop, string NamaDaerah, string Tempat, string Nomor, DateOnly Tanggal, string KodeVerifikasi, string UrlVerifikasi);

/// <summary>One line of the Lampiran of a Keputusan pembentukan Tim Kerja.</summary>
public sealed record BarisLampiranTim(string Kedudukan, string Nama, string Nip, string Jabatan, string Asal);

/// <summary>
/// A Keputusan pembentukan Tim Kerja (DOMAIN.md §11.8, T8; MUBA T1/T2 for the susunan): title with the signer's office,
/// TENTANG, Menimbang, Mengingat, MEMUTUSKAN with its diktum, signature block, and the Lampiran table of the susunan.
/// </summary>
public sealed record KeputusanTimCetak(
    CetakanDokumen Dokumen,
    string JabatanPenetap,
    string NamaTim,
    IReadOnlyList<string> Menimbang,
    IReadOnlyList<string> Mengingat,
    IReadOnlyList<string> Tugas,
    string? Sasaran,
    string? SatuanSasaran,
    DateOnly TanggalMulai,
    DateOnly TanggalSelesai,
    string Pelaporan,
    IReadOnlyList<BarisLampiranTim> Lampiran,
    string NamaPenandatangan,
    string PangkatPenandatangan,
    string NipPenandatangan,
    IReadOnlyList<string> Tembusan);

/// <summary>
/// The Rekomendasi Penilaian Kinerja of a member from another unit (DOMAIN.md §11.9, T9, SBS format 7): the pegawai and the
/// Pejabat Penilai Kinerja, the period, the rating of hasil kerja and of each perilaku kerja aspect, the predikat.
/// </summary>
public sealed record RekomendasiCetak(
    CetakanDokumen Dokumen,
    string NamaTim,
    string UnitTim,
    DateOnly PeriodeMulai,
    DateOnly PeriodeSelesai,
    (string Nama, string Nip, string Pangkat, string Jabatan, string Unit) Pegawai,
    (string Nama, string Nip, string Pangkat, string Jabatan, string Unit) Penilai,
    string HasilKerja,
    IReadOnlyList<(string Aspek, string Rating)> PerilakuKerja,
    string Predikat,
    string? Catatan,
    string Kepada);
