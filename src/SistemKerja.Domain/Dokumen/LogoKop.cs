using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.Dokumen;

/// <summary>
/// The logo in the kop surat of a Perangkat Daerah (usually the region's coat of arms), uploaded by BKPSDM. Printed on
/// every document rendered after the upload; documents already issued keep the kop they were printed with.
/// </summary>
public sealed class LogoKop
{
    public const int UkuranMaksimum = 512 * 1024;

    private static readonly byte[] TandaPng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] TandaJpeg = [0xFF, 0xD8, 0xFF];

    private LogoKop(Guid perangkatDaerahId, byte[] isi, string jenisKonten, DateTimeOffset diunggahPada)
    {
        PerangkatDaerahId = perangkatDaerahId;
        Isi = isi;
        JenisKonten = jenisKonten;
        DiunggahPada = diunggahPada;
    }

    public Guid PerangkatDaerahId { get; private set; }

    public byte[] Isi { get; private set; }

    /// <summary>"image/png" or "image/jpeg", from the file's own first bytes (never from its name or the browser).</summary>
    public string JenisKonten { get; private set; }

    public DateTimeOffset DiunggahPada { get; private set; }

    public static Result<LogoKop> Unggah(Guid perangkatDaerahId, string? namaBerkas, byte[] isi, DateTimeOffset waktu)
    {
        var jenis = Periksa(namaBerkas, isi);
        return jenis.Gagal ? Result<LogoKop>.Fail(jenis.Errors) : new LogoKop(perangkatDaerahId, isi, jenis.Nilai, waktu);
    }

    public Result Ganti(string? namaBerkas, byte[] isi, DateTimeOffset waktu)
    {
        var jenis = Periksa(namaBerkas, isi);
        if (jenis.Gagal)
        {
            return Result.Fail(jenis.Errors);
        }

        (Isi, JenisKonten, DiunggahPada) = (isi, jenis.Nilai, waktu);
        return Result.Ok();
    }

    /// <summary>PNG or JPEG only, by extension and by content (magic bytes), at most 512 KB.</summary>
    public static Result<string> Periksa(string? namaBerkas, byte[] isi)
    {
        static Error Salah(string pesan) => new("LogoKopTidakValid", pesan, ErrorKind.Validasi, "Logo");
        if (isi.Length == 0)
        {
            return Salah("Pilih berkas logo (PNG atau JPEG).");
        }

        if (isi.Length > UkuranMaksimum)
        {
            return Salah($"Berkas logo terlalu besar: paling besar {UkuranMaksimum / 1024} KB.");
        }

        var ekstensi = Path.GetExtension(namaBerkas ?? "").ToUpperInvariant();
        var jenis = isi.AsSpan().StartsWith(TandaPng) ? "image/png" : isi.AsSpan().StartsWith(TandaJpeg) ? "image/jpeg" : null;
        var cocok = (jenis, ekstensi) is ("image/png", ".PNG") or ("image/jpeg", ".JPG" or ".JPEG");
        return jenis is null || !cocok
            ? Salah("Logo harus berkas PNG atau JPEG asli (.png, .jpg, .jpeg); isi berkas ini tidak sesuai.")
            : jenis;
    }
}
