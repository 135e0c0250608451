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
/// <see cref="NamaTim"/> is the team as documents name it ("Tim Kerja …", <c>Tim.SebutanLengkap</c>).
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
    IReadOnlyList<string> Tembusan)
{
    /// <summary>
    /// For a Keputusan Kepala Daerah: the heading in place of the Perangkat Daerah's kop ("BUPATI HULU SUNGAI UTARA"),
    /// as a regional head's decree carries the office, not an agency and its address.
    /// </summary>
    public string? KopJabatan { get; init; }

    /// <summary>For an amending decree: the decree it amends ("Perubahan atas Keputusan … Nomor …").</summary>
    public KeputusanDiubah? Mengubah { get; init; }
}

/// <summary>A document of the team as an amendment cites it: its kind ("Keputusan", "Surat Tugas"), signer's office, number, date.</summary>
public sealed record NaskahDisebut(string Naskah, string JabatanPenetap, string Nomor, DateOnly Tanggal)
{
    /// <summary>"Keputusan Kepala Bidang … Nomor 188.4/1/… tanggal 3 Desember 2026" (the date only when asked).</summary>
    public string Sebutan(Func<DateOnly, string> tanggal, bool denganTanggal = true) =>
        $"{Naskah} {JabatanPenetap} Nomor {Nomor}" + (denganTanggal ? $" tanggal {tanggal(Tanggal)}" : "");
}

/// <summary>
/// What an amending decree changes (legal drafting practice: "Perubahan [Kedua] atas Keputusan … Nomor … tentang Pembentukan …"):
/// the forming document, cited in the title with the team's name at formation; the number of this amendment; and, from the
/// second amendment on, the last amendment, whose Lampiran this one replaces.
/// </summary>
public sealed record KeputusanDiubah(NaskahDisebut Pembentukan, string NamaTimPembentukan, int PerubahanKe, NaskahDisebut? PerubahanTerakhir)
{
    private static readonly string[] Urutan = ["", "", "Kedua", "Ketiga", "Keempat", "Kelima", "Keenam", "Ketujuh", "Kedelapan", "Kesembilan", "Kesepuluh"];

    /// <summary>"Perubahan", "Perubahan Kedua", …</summary>
    public string Perubahan => SebutanPerubahan(PerubahanKe);

    /// <summary>How the <paramref name="ke"/>-th amendment names itself (1 → "Perubahan", 2 → "Perubahan Kedua", 11 → "Perubahan Ke-11").</summary>
    public static string SebutanPerubahan(int ke) => ke < 2 ? "Perubahan" : $"Perubahan {(ke < Urutan.Length ? Urutan[ke] : $"Ke-{ke}")}";

    /// <summary>The document whose Lampiran (susunan) this amendment replaces: the last amendment, else the forming document.</summary>
    public NaskahDisebut Berlaku => PerubahanTerakhir ?? Pembentukan;
}

/// <summary>One person in the Lampiran of a team's Surat Tugas (MUBA T1): Nama, Pangkat/Gol, NIP, Jabatan.</summary>
public sealed record OrangSusunan(string Nama, string Pangkat, string Nip, string Jabatan);

/// <summary>
/// The Lampiran "Susunan Keanggotaan Tim" of a team's Surat Tugas, in one of the two MUBA layouts (DOMAIN.md §11.1–11.2).
/// </summary>
public abstract record SusunanTimCetak;

/// <summary>T1 (internal unit kerja): numbered sections (Penanggung Jawab Outcome, Ketua Tim Kerja, Anggota Tim), each person in full.</summary>
public sealed record SusunanRinci(IReadOnlyList<(string Bagian, IReadOnlyList<OrangSusunan> Orang)> Bagian) : SusunanTimCetak;

/// <summary>
/// T2 (antar unit kerja lintas Perangkat Daerah): Pengarah, Penanggungjawab and Ketua on one line each, then the anggota
/// grouped by kind of position and unit ("Jabatan Fungsional pada …"), each as "nama, jabatan".
/// </summary>
public sealed record SusunanRingkas(
    IReadOnlyList<(string Kedudukan, string Isi)> Pimpinan,
    IReadOnlyList<(string Kelompok, IReadOnlyList<string> Anggota)> Anggota) : SusunanTimCetak;

/// <summary>
/// The Surat Tugas that sets a Tim Kerja where the region's templates are Surat Tugas (MUBA T1/T2, DOMAIN.md §11.1–11.2):
/// Dasar, MEMERINTAHKAN, Kepada the persons in the Lampiran, Untuk (the period and the team, then its duties, then the
/// reporting line), "Ditetapkan di / Pada Tanggal", signature block, and the Lampiran with the susunan.
/// </summary>
public sealed record SuratTugasTimCetak(
    CetakanDokumen Dokumen,
    string NamaTim,
    string NamaInstansi,
    IReadOnlyList<string> Dasar,
    IReadOnlyList<string> Untuk,
    SusunanTimCetak Susunan,
    string JabatanPenandatangan,
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
