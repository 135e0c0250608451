using System.Globalization;
using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.Kepegawaian;

public enum StatusKepegawaian
{
    /// <summary>Pegawai Negeri Sipil.</summary>
    Pns,

    /// <summary>Pegawai Pemerintah dengan Perjanjian Kerja.</summary>
    Pppk,
}

public enum JenisKelamin
{
    LakiLaki = 1,
    Perempuan = 2,
}

/// <summary>
/// Nomor Induk Pegawai: 18 digits, printed grouped 8-6-1-3 ("19800715 199903 2 003").
/// [B] DOMAIN.md §3.4: date of birth yyyymmdd, TMT CPNS yyyymm, sex 1|2, 3-digit sequence.
/// For PPPK the same layout carries the Nomor Induk PPPK; its middle block holds the year of appointment and
/// a two-digit code that is not a calendar month, so for PPPK only the year is checked.
/// </summary>
public sealed record Nip
{
    public const int Panjang = 18;

    /// <summary>CPNS are at least 18 years old when appointed (PP 11/2017, [B]).</summary>
    public const int UsiaMinimalSaatTmt = 18;

    private Nip(StatusKepegawaian status, string nilai, DateOnly tanggalLahir, int tahunTmt, int bulanTmt, JenisKelamin jenisKelamin)
    {
        Status = status;
        Nilai = nilai;
        TanggalLahir = tanggalLahir;
        TahunTmt = tahunTmt;
        BulanTmt = bulanTmt;
        JenisKelamin = jenisKelamin;
    }

    /// <summary>The status the number was read for (a PPPK number is not a valid PNS NIP).</summary>
    public StatusKepegawaian Status { get; }

    /// <summary>The 18 digits, unformatted.</summary>
    public string Nilai { get; }

    public DateOnly TanggalLahir { get; }

    public int TahunTmt { get; }

    /// <summary>Month of the TMT CPNS; 0 for PPPK, whose middle block does not carry a month.</summary>
    public int BulanTmt { get; }

    public JenisKelamin JenisKelamin { get; }

    /// <summary>"19800715 199903 2 003".</summary>
    public string Berformat => $"{Nilai[..8]} {Nilai[8..14]} {Nilai[14]} {Nilai[15..]}";

    public override string ToString() => Nilai;

    /// <summary>
    /// Parses a NIP typed by a person: spaces and dots are allowed between the groups, anything else is an error.
    /// </summary>
    /// <param name="hariIni">Today, so that a birth date in the future is refused.</param>
    public static Result<Nip> Parse(string? masukan, StatusKepegawaian status, DateOnly hariIni)
    {
        const string properti = nameof(Nip);
        if (string.IsNullOrWhiteSpace(masukan))
        {
            return Salah("NipWajibDiisi", "NIP wajib diisi.");
        }

        var digit = new string(masukan.Where(c => c is not (' ' or '.')).ToArray());
        if (digit.Any(c => c is < '0' or > '9'))
        {
            return Salah("NipHanyaAngka", "NIP hanya boleh berisi angka.");
        }

        if (digit.Length != Panjang)
        {
            return Salah("NipHarus18Digit", $"NIP harus terdiri dari 18 digit angka (yang diisi {digit.Length} digit).");
        }

        if (!DateOnly.TryParseExact(digit[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var lahir)
            || lahir.Year < 1900)
        {
            return Salah("NipTanggalLahirTidakValid", "Delapan digit pertama NIP harus tanggal lahir yang valid (tahun, bulan, tanggal).");
        }

        if (lahir > hariIni)
        {
            return Salah("NipTanggalLahirTidakValid", "Tanggal lahir pada NIP tidak boleh di masa depan.");
        }

        var tahunTmt = int.Parse(digit[8..12], CultureInfo.InvariantCulture);
        var bulanTmt = int.Parse(digit[12..14], CultureInfo.InvariantCulture);
        if (tahunTmt < 1900 || (status == StatusKepegawaian.Pns && bulanTmt is < 1 or > 12))
        {
            return Salah("NipTmtTidakValid", "Digit ke-9 sampai ke-14 NIP harus tahun dan bulan TMT CPNS yang valid.");
        }

        if (tahunTmt > hariIni.Year || (status == StatusKepegawaian.Pns && new DateOnly(tahunTmt, bulanTmt, 1) > hariIni))
        {
            return Salah("NipTmtTidakValid", "TMT pada NIP tidak boleh di masa depan.");
        }

        // A TMT CPNS falls on the 1st of its month; for PPPK only the year is known.
        var usiaSaatTmt = status == StatusKepegawaian.Pns
            ? UsiaPada(lahir, new DateOnly(tahunTmt, bulanTmt, 1))
            : tahunTmt - lahir.Year;
        if (usiaSaatTmt < UsiaMinimalSaatTmt)
        {
            return Salah("NipTmtSebelumUsiaMinimal", $"TMT pada NIP menunjukkan usia di bawah {UsiaMinimalSaatTmt} tahun saat diangkat; periksa kembali tanggal lahir dan TMT.");
        }

        var kodeKelamin = digit[14];
        if (kodeKelamin is not ('1' or '2'))
        {
            return Salah("NipKodeJenisKelaminTidakValid", "Digit ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan).");
        }

        if (digit[15..] == "000")
        {
            return Salah("NipNomorUrutTidakValid", "Tiga digit terakhir NIP (nomor urut) tidak boleh 000.");
        }

        return new Nip(
            status,
            digit,
            lahir,
            tahunTmt,
            status == StatusKepegawaian.Pns ? bulanTmt : 0,
            kodeKelamin == '1' ? JenisKelamin.LakiLaki : JenisKelamin.Perempuan);

        static Result<Nip> Salah(string kode, string pesan) => new Error(kode, pesan, ErrorKind.Validasi, properti);
    }

    private static int UsiaPada(DateOnly lahir, DateOnly tanggal) =>
        tanggal.Year - lahir.Year - (tanggal < lahir.AddYears(tanggal.Year - lahir.Year) ? 1 : 0);

    /// <summary>Rebuilds a NIP that was validated before it was stored. A stored invalid NIP is a bug.</summary>
    public static Nip DariPenyimpanan(string nilai, StatusKepegawaian status)
    {
        var hasil = Parse(nilai, status, DateOnly.MaxValue);
        return hasil.Berhasil ? hasil.Nilai : throw new InvalidOperationException($"Stored NIP '{nilai}' is invalid: {hasil.ErrorUtama!.Pesan}");
    }
}
