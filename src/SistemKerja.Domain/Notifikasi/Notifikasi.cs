namespace SistemKerja.Domain.Notifikasi;

/// <summary>An in-app notice to one pegawai ("Permohonan menunggu persetujuan Anda"), with a link to act on.</summary>
public sealed class Notifikasi
{
    public const int PanjangJudul = 300;

    private Notifikasi(Guid id, Guid pegawaiId, string judul, string tautan, DateTimeOffset dibuatPada)
    {
        Id = id;
        PegawaiId = pegawaiId;
        Judul = judul;
        Tautan = tautan;
        DibuatPada = dibuatPada;
    }

    public Guid Id { get; private set; }

    public Guid PegawaiId { get; private set; }

    public string Judul { get; private set; }

    /// <summary>A path inside the application ("/Penugasan/Permohonan/…").</summary>
    public string Tautan { get; private set; }

    public DateTimeOffset DibuatPada { get; private set; }

    public DateTimeOffset? DibacaPada { get; private set; }

    public static Notifikasi Buat(Guid pegawaiId, string judul, string tautan, DateTimeOffset waktu) =>
        new(Guid.CreateVersion7(), pegawaiId, judul.Length > PanjangJudul ? judul[..PanjangJudul] : judul, tautan, waktu);

    public void TandaiDibaca(DateTimeOffset waktu) => DibacaPada ??= waktu;
}
