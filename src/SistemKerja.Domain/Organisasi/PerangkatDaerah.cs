using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.Organisasi;

/// <summary>
/// A Perangkat Daerah, or one of its sub-organisations that keeps its own peta jabatan and letterhead
/// (UPTD, Puskesmas, Satuan Pendidikan under a Dinas; Kelurahan under a Kecamatan). DOMAIN.md §4.1–4.2.
/// </summary>
public sealed class PerangkatDaerah : AggregateRoot
{
    public const int PanjangNama = 200;
    public const int PanjangSingkatan = 30;
    public const int PanjangAlamat = 300;

    private PerangkatDaerah(Guid id, Guid pemerintahDaerahId, Guid? indukId, string nama, string singkatan, JenisPerangkatDaerah jenis, TipeOrganisasi? tipe, string alamat)
        : base(id)
    {
        PemerintahDaerahId = pemerintahDaerahId;
        IndukId = indukId;
        Nama = nama;
        Singkatan = singkatan;
        Jenis = jenis;
        Tipe = tipe;
        Alamat = alamat;
    }

    public Guid PemerintahDaerahId { get; private set; }

    /// <summary>The Dinas/Badan of a UPTD, Puskesmas or school; the Kecamatan of a Kelurahan.</summary>
    public Guid? IndukId { get; private set; }

    public string Nama { get; private set; }

    /// <summary>Short code used in document numbers ("BKPSDM").</summary>
    public string Singkatan { get; private set; }

    public JenisPerangkatDaerah Jenis { get; private set; }

    /// <summary>RSUD class A–D, UPTD tipe A/B; empty for other types.</summary>
    public TipeOrganisasi? Tipe { get; private set; }

    public string Alamat { get; private set; }

    public static Result<PerangkatDaerah> Bentuk(
        PemerintahDaerah pemda, JenisPerangkatDaerah jenis, TipeOrganisasi? tipe, string nama, string singkatan, string alamat, PerangkatDaerah? induk)
    {
        var cek = Result.Periksa(
            new OrganisasiTurunanWajibMemilikiInduk(jenis, induk),
            new IndukHarusSesuaiJenisOrganisasi(jenis, induk),
            new IndukHarusDariPemerintahDaerahYangSama(pemda.Id, induk),
            new TipeOrganisasiHarusSesuaiJenis(jenis, tipe));
        if (cek.Gagal)
        {
            return Result<PerangkatDaerah>.Fail(cek.Errors);
        }

        return new PerangkatDaerah(Guid.CreateVersion7(), pemda.Id, induk?.Id, nama.Trim(), singkatan.Trim().ToUpperInvariant(), jenis, tipe, alamat.Trim());
    }

    public void UbahIdentitas(string nama, string singkatan, string alamat)
    {
        Nama = nama.Trim();
        Singkatan = singkatan.Trim().ToUpperInvariant();
        Alamat = alamat.Trim();
    }

    /// <summary>The address line printed in the kop surat.</summary>
    public void UbahAlamat(string alamat) => Alamat = alamat.Trim();

    /// <summary>Types that exist only inside another organisation.</summary>
    public static bool JenisTurunan(JenisPerangkatDaerah jenis) =>
        jenis is JenisPerangkatDaerah.Uptd or JenisPerangkatDaerah.Puskesmas or JenisPerangkatDaerah.SatuanPendidikan or JenisPerangkatDaerah.Kelurahan;
}

/// <summary>A UPTD, Puskesmas, school or Kelurahan belongs to a parent organisation (DOMAIN.md §4.1; `000_f720e179c5bde346.txt` Ps 1 a6).</summary>
public sealed class OrganisasiTurunanWajibMemilikiInduk(JenisPerangkatDaerah jenis, PerangkatDaerah? induk) : IBusinessRule
{
    public string Pesan => $"{jenis.Label()} harus berada di bawah Perangkat Daerah induknya; pilih induknya.";

    public bool Dilanggar() => PerangkatDaerah.JenisTurunan(jenis) && induk is null;
}

/// <summary>A Kelurahan sits under a Kecamatan; a UPTD, Puskesmas or school under a Dinas or Badan; other PD have no parent.</summary>
public sealed class IndukHarusSesuaiJenisOrganisasi(JenisPerangkatDaerah jenis, PerangkatDaerah? induk) : IBusinessRule
{
    public string Pesan => jenis switch
    {
        JenisPerangkatDaerah.Kelurahan => "Kelurahan harus berada di bawah Kecamatan.",
        _ when PerangkatDaerah.JenisTurunan(jenis) => $"{jenis.Label()} harus berada di bawah Dinas atau Badan.",
        _ => $"{jenis.Label()} adalah Perangkat Daerah tersendiri dan tidak memiliki induk.",
    };

    public bool Dilanggar() => induk is not null && jenis switch
    {
        JenisPerangkatDaerah.Kelurahan => induk.Jenis != JenisPerangkatDaerah.Kecamatan,
        _ when PerangkatDaerah.JenisTurunan(jenis) => induk.Jenis is not (JenisPerangkatDaerah.Dinas or JenisPerangkatDaerah.Badan or JenisPerangkatDaerah.Dpmptsp),
        _ => true,
    };
}

public sealed class IndukHarusDariPemerintahDaerahYangSama(Guid pemerintahDaerahId, PerangkatDaerah? induk) : IBusinessRule
{
    public string Pesan => "Induk organisasi harus dari Pemerintah Daerah yang sama.";

    public bool Dilanggar() => induk is not null && induk.PemerintahDaerahId != pemerintahDaerahId;
}

/// <summary>RSUD has a class A–D (MUBA RSUD tipe C/D, `001_75f6c752ea8be86f.txt` Lampiran B.1.g); UPTD tipe A/B (Lampiran B.1.i); others none.</summary>
public sealed class TipeOrganisasiHarusSesuaiJenis(JenisPerangkatDaerah jenis, TipeOrganisasi? tipe) : IBusinessRule
{
    public string Pesan => jenis switch
    {
        JenisPerangkatDaerah.Rsud => "Tipe RSUD wajib dipilih (A, B, C, atau D).",
        JenisPerangkatDaerah.Uptd => "Tipe UPTD wajib dipilih: A (dengan Kasubbag TU) atau B (tanpa Kasubbag TU).",
        _ => $"{jenis.Label()} tidak memiliki tipe; kosongkan isian tipe.",
    };

    public bool Dilanggar() => jenis switch
    {
        JenisPerangkatDaerah.Rsud => tipe is null,
        JenisPerangkatDaerah.Uptd => tipe is not (TipeOrganisasi.A or TipeOrganisasi.B),
        _ => tipe is not null,
    };
}
