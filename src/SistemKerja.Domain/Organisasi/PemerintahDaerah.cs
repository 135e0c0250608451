using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.Organisasi;

public enum JenisDaerah
{
    Kabupaten,
    Kota,
}

/// <summary>
/// The instansi (tenant): a kabupaten or kota with its own Peraturan Bupati/Wali Kota on the Sistem Kerja.
/// Where the five seed regulations differ, the difference is a value of <see cref="Kebijakan"/>, never a code fork.
/// </summary>
public sealed class PemerintahDaerah : AggregateRoot
{
    public const int PanjangNama = 150;
    public const int PanjangDasarHukum = 400;
    public const int PanjangNamaKepalaDaerah = 150;

    private PemerintahDaerah(Guid id, string nama, JenisDaerah jenis, string ibukota, string dasarHukum, KebijakanDaerah kebijakan)
        : base(id)
    {
        Nama = nama;
        Jenis = jenis;
        Ibukota = ibukota;
        DasarHukum = dasarHukum;
        Kebijakan = kebijakan;
    }

    /// <summary>"Kabupaten Hulu Sungai Utara".</summary>
    public string Nama { get; private set; }

    public JenisDaerah Jenis { get; private set; }

    /// <summary>Where documents are "Ditetapkan di" (e.g. Amuntai).</summary>
    public string Ibukota { get; private set; }

    /// <summary>The regional regulation on the Sistem Kerja, cited as "Dasar" in letters.</summary>
    public string DasarHukum { get; private set; }

    public KebijakanDaerah Kebijakan { get; private set; }

    /// <summary>
    /// The Bupati/Wali Kota in office, as printed under the signature of a Keputusan Kepala Daerah (a Tim Kerja lintas
    /// instansi in TRK, Ps 12(7)c). Not an ASN, so not a pegawai of the peta jabatan and printed without NIP or pangkat.
    /// Kept outside <see cref="Kebijakan"/> so that applying a preset does not erase it.
    /// </summary>
    public string? NamaKepalaDaerah { get; private set; }

    /// <summary>"Bupati Hulu Sungai Utara", "Wali Kota Tarakan": the office, from the region's title and name.</summary>
    public string JabatanKepalaDaerah => SebutanKepalaDaerah(Kebijakan.GelarKepalaDaerah, Nama);

    public static string SebutanKepalaDaerah(GelarKepalaDaerah gelar, string namaDaerah)
    {
        var wilayah = namaDaerah.Trim();
        foreach (var awalan in new[] { "Kabupaten ", "Kota " })
        {
            if (wilayah.StartsWith(awalan, StringComparison.OrdinalIgnoreCase))
            {
                wilayah = wilayah[awalan.Length..].TrimStart();
                break;
            }
        }

        return $"{(gelar == GelarKepalaDaerah.WaliKota ? "Wali Kota" : "Bupati")} {wilayah}";
    }

    public static PemerintahDaerah Bentuk(string nama, JenisDaerah jenis, string ibukota, string dasarHukum, PresetRegulasi preset) =>
        new(Guid.CreateVersion7(), nama.Trim(), jenis, ibukota.Trim(), dasarHukum.Trim(), KebijakanDaerah.DariPreset(preset));

    public void TerapkanKebijakan(KebijakanDaerah kebijakan) => Kebijakan = kebijakan;

    /// <summary>Records the name of the Bupati/Wali Kota in office (with titles, as it is to be printed).</summary>
    public Result CatatKepalaDaerah(string? nama)
    {
        var cek = Result.Periksa(new NamaKepalaDaerahWajibDiisi(nama));
        if (cek.Berhasil)
        {
            NamaKepalaDaerah = nama!.Trim();
        }

        return cek;
    }
}

public sealed class NamaKepalaDaerahWajibDiisi(string? nama) : IBusinessRule
{
    public string Pesan => string.IsNullOrWhiteSpace(nama)
        ? "Nama kepala daerah wajib diisi."
        : $"Nama kepala daerah paling banyak {PemerintahDaerah.PanjangNamaKepalaDaerah} karakter.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(nama) || nama.Trim().Length > PemerintahDaerah.PanjangNamaKepalaDaerah;
}
