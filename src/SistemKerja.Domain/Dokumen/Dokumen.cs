using System.Security.Cryptography;
using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.Dokumen;

/// <summary>The kinds of official document the workflows issue (DOMAIN.md §11).</summary>
public enum JenisDokumen
{
    SuratTugas,
    SuratPerintahTugas,
    KeputusanTimKerja,
    SuratPermohonanPelibatan,
    SuratJawabanPersetujuan,
    SuratJawabanPenolakan,
    SuratPengajuanSukarela,
    RekomendasiPenilaianKinerja,
}

public enum StatusDokumen
{
    Berlaku,

    /// <summary>Cancelled by a correcting document; both stay (an issued document is never changed).</summary>
    Dibatalkan,
}

/// <summary>
/// An issued naskah dinas: its number, its PDF bytes and their SHA-256, fixed at issue. A correction is a new document
/// that cancels this one; both stay. The verification code printed on the PDF (with a QR code) leads to the public
/// verification page, which also recognises a tampered file by its hash.
/// </summary>
public sealed class Dokumen : AggregateRoot
{
    public const int PanjangNomor = 200;
    public const int PanjangPerihal = 500;
    public const int PanjangKode = 12;

    /// <summary>For EF Core materialisation only.</summary>
    private Dokumen()
        : base(Guid.Empty)
    {
        Nomor = Perihal = KodeVerifikasi = Sha256 = Penandatangan = NipPenandatangan = JabatanPenandatangan = null!;
    }

    private Dokumen(Guid id, JenisDokumen jenis, Guid perangkatDaerahId, NomorDokumen nomor, DateOnly tanggal, string perihal, Guid? pegawaiId,
        string penandatangan, string nipPenandatangan, string jabatanPenandatangan, Guid? sumberId, string kodeVerifikasi, DateTimeOffset diterbitkanPada,
        Guid? menggantikanId)
        : base(id)
    {
        Jenis = jenis;
        PerangkatDaerahId = perangkatDaerahId;
        Nomor = nomor.Teks;
        Urut = nomor.Urut;
        Tahun = nomor.Tahun;
        Tanggal = tanggal;
        Perihal = perihal;
        PegawaiId = pegawaiId;
        Penandatangan = penandatangan;
        NipPenandatangan = nipPenandatangan;
        JabatanPenandatangan = jabatanPenandatangan;
        SumberId = sumberId;
        KodeVerifikasi = kodeVerifikasi;
        DiterbitkanPada = diterbitkanPada;
        MenggantikanId = menggantikanId;
        Sha256 = "";
        Status = StatusDokumen.Berlaku;
    }

    public JenisDokumen Jenis { get; private set; }

    /// <summary>The issuing Perangkat Daerah (its kop and its number series).</summary>
    public Guid PerangkatDaerahId { get; private set; }

    public string Nomor { get; private set; }

    public int Urut { get; private set; }

    public int Tahun { get; private set; }

    public DateOnly Tanggal { get; private set; }

    public string Perihal { get; private set; }

    /// <summary>The pegawai the document is about (the assignee of a Surat Tugas), for the auditor's filter.</summary>
    public Guid? PegawaiId { get; private set; }

    public string Penandatangan { get; private set; }

    public string NipPenandatangan { get; private set; }

    /// <summary>As printed, with "Plt."/"Plh." when an acting official signed.</summary>
    public string JabatanPenandatangan { get; private set; }

    /// <summary>The record it renders (e.g. the SuratTugas id).</summary>
    public Guid? SumberId { get; private set; }

    /// <summary>Short code printed on the PDF and in its QR code.</summary>
    public string KodeVerifikasi { get; private set; }

    /// <summary>SHA-256 of the issued PDF bytes, lower-case hex.</summary>
    public string Sha256 { get; private set; }

    public long Ukuran { get; private set; }

    public DateTimeOffset DiterbitkanPada { get; private set; }

    public StatusDokumen Status { get; private set; }

    public Guid? DibatalkanOlehId { get; private set; }

    public string? AlasanPembatalan { get; private set; }

    /// <summary>The document this one corrects (and cancels); fixed at issue like the number.</summary>
    public Guid? MenggantikanId { get; private set; }

    /// <summary>Creates the record with its number and verification code; the PDF comes next (it prints both).</summary>
    public static Dokumen Terbitkan(JenisDokumen jenis, Guid perangkatDaerahId, NomorDokumen nomor, DateOnly tanggal, string perihal, Guid? pegawaiId,
        string penandatangan, string nipPenandatangan, string jabatanPenandatangan, Guid? sumberId, DateTimeOffset waktu, Guid? menggantikanId = null) =>
        new(Guid.CreateVersion7(), jenis, perangkatDaerahId, nomor, tanggal, Potong(perihal, PanjangPerihal), pegawaiId, penandatangan, nipPenandatangan,
            jabatanPenandatangan, sumberId, BuatKode(), waktu, menggantikanId);

    /// <summary>Fixes the PDF: once set, the bytes (and so the hash) never change.</summary>
    public Result LampirkanPdf(byte[] pdf)
    {
        if (Sha256.Length > 0)
        {
            return new Error("DokumenSudahTerbit", "Dokumen yang sudah diterbitkan tidak dapat diubah; terbitkan dokumen pengganti.", ErrorKind.AturanDilanggar);
        }

        Sha256 = HashDari(pdf);
        Ukuran = pdf.LongLength;
        return Result.Ok();
    }

    /// <summary>
    /// A correcting document cancels this one (both are kept). The cancellation takes effect when the replacement is
    /// issued (its <see cref="DiterbitkanPada"/>).
    /// </summary>
    public Result BatalkanOleh(Dokumen pengganti, string? alasan)
    {
        var cek = Result.Periksa(new DokumenHanyaDibatalkanSekali(Status), new PembatalanDokumenWajibBeralasan(alasan), new PenggantiBukanDokumenItuSendiri(Id, pengganti.Id),
            new PenggantiSejenis(Jenis, pengganti.Jenis, PerangkatDaerahId, pengganti.PerangkatDaerahId));
        if (cek.Gagal)
        {
            return cek;
        }

        Status = StatusDokumen.Dibatalkan;
        DibatalkanOlehId = pengganti.Id;
        AlasanPembatalan = alasan!.Trim();
        return Result.Ok();
    }

    public static string HashDari(byte[] isi) => Convert.ToHexStringLower(SHA256.HashData(isi));

    /// <summary>Ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 50 bits of randomness.</summary>
    private static string BuatKode()
    {
        const string huruf = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        return string.Create(10, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = huruf[RandomNumberGenerator.GetInt32(huruf.Length)];
            }
        });
    }

    private static string Potong(string s, int n) => s.Length <= n ? s : s[..n];
}

/// <summary>A document number: its text as printed, and the sequence and year it was counted in.</summary>
public sealed record NomorDokumen(string Teks, int Urut, int Tahun);

/// <summary>
/// The admin-set number format of a Perangkat Daerah and document kind, e.g. <c>800.1.11.1/{urut}/BKPSDM/{tahun}</c>.
/// Placeholders: {urut}, {urut:000} (zero-padded), {tahun}, {bulan} (Roman numeral, as in many naskah dinas), {singkatan}.
/// </summary>
public static class FormatNomor
{
    public const int PanjangFormat = 120;
    /// <summary>The default of a Surat Tugas / Surat Perintah Tugas (094: perjalanan dinas and surat tugas).</summary>
    public const string Bawaan = "094/{urut}/{singkatan}/{tahun}";

    /// <summary>
    /// The default format of a kind, used until the admin sets one. Each kind has its own counter, so the first Surat Tugas,
    /// the first surat jawaban and the first Keputusan of a Perangkat Daerah are all number 1: the defaults differ by kind
    /// (classification code and a kind mark) so that no two documents carry the same printed number.
    /// </summary>
    public static string BawaanUntuk(JenisDokumen jenis) => jenis switch
    {
        JenisDokumen.SuratTugas => Bawaan,
        JenisDokumen.SuratPerintahTugas => "094/{urut}/SPT/{singkatan}/{tahun}",
        JenisDokumen.KeputusanTimKerja => "188.4/{urut}/KPTS/{singkatan}/{tahun}",
        JenisDokumen.SuratPermohonanPelibatan => "800/{urut}/PLB/{singkatan}/{tahun}",
        JenisDokumen.SuratJawabanPersetujuan => "800/{urut}/JWB-S/{singkatan}/{tahun}",
        JenisDokumen.SuratJawabanPenolakan => "800/{urut}/JWB-T/{singkatan}/{tahun}",
        JenisDokumen.SuratPengajuanSukarela => "800/{urut}/PSK/{singkatan}/{tahun}",
        JenisDokumen.RekomendasiPenilaianKinerja => "800/{urut}/REK/{singkatan}/{tahun}",
        _ => throw new ArgumentOutOfRangeException(nameof(jenis), jenis, "Unknown document kind."),
    };

    private static readonly string[] Romawi = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    public static NomorDokumen Terapkan(string format, int urut, DateOnly tanggal, string singkatan)
    {
        var teks = format
            .Replace("{urut:000}", urut.ToString("000", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{urut}", urut.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{tahun}", tanggal.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{bulan}", Romawi[tanggal.Month - 1], StringComparison.Ordinal)
            .Replace("{singkatan}", singkatan, StringComparison.Ordinal);
        return new NomorDokumen(teks, urut, tanggal.Year);
    }

    /// <summary>The placeholders a format may use, as the admin page lists them.</summary>
    public static readonly IReadOnlyList<string> Penanda = ["{urut}", "{urut:000}", "{tahun}", "{bulan}", "{singkatan}"];

    /// <summary>
    /// A format must contain {urut} (else every number would be the same) and {tahun} (the series starts again at 1 each
    /// year), only known placeholders, one line, and stay short, also once expanded with the longest values (a
    /// 30-character singkatan, a six-digit sequence), so an issue never overflows the number column.
    /// </summary>
    public static Result Periksa(string? format)
    {
        static Error Salah(string pesan) => new("FormatNomorTidakValid", pesan, ErrorKind.Validasi, "Format");
        if (string.IsNullOrWhiteSpace(format))
        {
            return Salah("Format nomor wajib diisi, misalnya 800.1.11.1/{urut}/BKPSDM/{tahun}.");
        }

        if (format.Length > PanjangFormat)
        {
            return Salah($"Format nomor paling banyak {PanjangFormat} karakter.");
        }

        if (format.Any(char.IsControl))
        {
            return Salah("Format nomor harus satu baris, tanpa tab atau karakter kendali.");
        }

        var tidakDikenal = System.Text.RegularExpressions.Regex.Matches(format, @"\{[^{}]*\}").Select(m => m.Value).FirstOrDefault(p => !Penanda.Contains(p));
        if (tidakDikenal is not null)
        {
            return Salah($"Penanda {tidakDikenal} tidak dikenal. Penanda yang dapat dipakai: {string.Join(", ", Penanda)}.");
        }

        var sisa = Penanda.Aggregate(format, (f, p) => f.Replace(p, "", StringComparison.Ordinal));
        if (sisa.Contains('{', StringComparison.Ordinal) || sisa.Contains('}', StringComparison.Ordinal))
        {
            return Salah("Kurung kurawal tidak berpasangan; tulis penanda lengkap seperti {urut}.");
        }

        if (!format.Contains("{urut", StringComparison.Ordinal))
        {
            return Salah("Format nomor wajib memuat {urut} atau {urut:000}, agar setiap dokumen bernomor berbeda.");
        }

        if (!format.Contains("{tahun}", StringComparison.Ordinal))
        {
            return Salah("Format nomor wajib memuat {tahun}, karena nomor urut dimulai lagi dari 1 setiap tahun.");
        }

        return Terapkan(format, 999_999, new DateOnly(2099, 12, 31), new string('X', 30)).Teks.Length > Dokumen.PanjangNomor
            ? Salah($"Format nomor terlalu panjang setelah diisi (nomor paling banyak {Dokumen.PanjangNomor} karakter).")
            : Result.Ok();
    }
}

public sealed class DokumenHanyaDibatalkanSekali(StatusDokumen status) : IBusinessRule
{
    public string Pesan => "Dokumen ini sudah dibatalkan.";

    public bool Dilanggar() => status == StatusDokumen.Dibatalkan;
}

public sealed class PembatalanDokumenWajibBeralasan(string? alasan) : IBusinessRule
{
    public string Pesan => "Pembatalan dokumen wajib disertai alasan.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(alasan);
}

/// <summary>A correction is the same kind of document from the same Perangkat Daerah (a Surat Tugas is corrected by a Surat Tugas).</summary>
public sealed class PenggantiSejenis(JenisDokumen jenis, JenisDokumen jenisPengganti, Guid perangkatDaerahId, Guid perangkatDaerahPengganti) : IBusinessRule
{
    public string Pesan => "Dokumen pengganti harus sejenis dan diterbitkan oleh Perangkat Daerah yang sama.";

    public bool Dilanggar() => jenis != jenisPengganti || perangkatDaerahId != perangkatDaerahPengganti;
}

public sealed class PenggantiBukanDokumenItuSendiri(Guid id, Guid pengganti) : IBusinessRule
{
    public string Pesan => "Dokumen pengganti harus dokumen lain.";

    public bool Dilanggar() => id == pengganti;
}
