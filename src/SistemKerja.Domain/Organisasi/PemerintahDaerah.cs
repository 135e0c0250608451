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

    public static PemerintahDaerah Bentuk(string nama, JenisDaerah jenis, string ibukota, string dasarHukum, PresetRegulasi preset) =>
        new(Guid.CreateVersion7(), nama.Trim(), jenis, ibukota.Trim(), dasarHukum.Trim(), KebijakanDaerah.DariPreset(preset));

    public void TerapkanKebijakan(KebijakanDaerah kebijakan) => Kebijakan = kebijakan;
}
