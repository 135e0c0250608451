namespace SistemKerja.Domain.Organisasi;

/// <summary>Kinds of Perangkat Daerah and their sub-organisations (DOMAIN.md §4.2).</summary>
public enum JenisPerangkatDaerah
{
    SekretariatDaerah,
    SekretariatDprd,
    Inspektorat,
    Dinas,
    Badan,

    /// <summary>Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu.</summary>
    Dpmptsp,

    /// <summary>Satuan Polisi Pamong Praja (and Damkar).</summary>
    SatpolPp,

    /// <summary>Badan Penanggulangan Bencana Daerah.</summary>
    Bpbd,

    /// <summary>Badan/Kantor Kesatuan Bangsa dan Politik.</summary>
    Kesbangpol,

    /// <summary>Rumah Sakit Umum Daerah; <see cref="TipeOrganisasi"/> gives its class (A–D).</summary>
    Rsud,
    Kecamatan,

    /// <summary>Part of a Kecamatan (DOMAIN.md §4.1).</summary>
    Kelurahan,

    /// <summary>Unit Pelaksana Teknis Daerah of a Dinas/Badan; tipe A has a Kasubbag TU, tipe B has none.</summary>
    Uptd,

    /// <summary>UPTD Puskesmas, led by a JF with tugas tambahan.</summary>
    Puskesmas,

    /// <summary>Satuan pendidikan (SD/SMP), led by a Kepala Sekolah (JF guru with tugas tambahan).</summary>
    SatuanPendidikan,

    /// <summary>An organisation "setingkat Kantor" (SBS Kantor Kesbangpol dan Linmas).</summary>
    Kantor,
}

/// <summary>Class of an organisation where the type has one: RSUD A–D, UPTD A/B.</summary>
public enum TipeOrganisasi
{
    A,
    B,
    C,
    D,
}

/// <summary>DOMAIN.md §3.1.</summary>
public enum JenisJabatan
{
    JptMadya,
    JptPratama,
    Administrator,
    Pengawas,
    Fungsional,
    Pelaksana,
}

public enum KategoriFungsional
{
    Keahlian,
    Keterampilan,
}

/// <summary>Jenjang of a Jabatan Fungsional: four for keahlian, four for keterampilan ([B] for the latter).</summary>
public enum JenjangFungsional
{
    AhliPertama,
    AhliMuda,
    AhliMadya,
    AhliUtama,
    Pemula,
    Terampil,
    Mahir,
    Penyelia,
}

/// <summary>An extra assignment that makes a JF the head of a unit kerja mandiri (DOMAIN.md §3.1).</summary>
public enum TugasTambahan
{
    KepalaSekolah,
    KepalaPuskesmas,
    KepalaUptd,
}

public static class JenisJabatanExtensions
{
    /// <summary>Structural (managerial) positions: JPT, Administrator, Pengawas.</summary>
    public static bool Struktural(this JenisJabatan jenis) =>
        jenis is JenisJabatan.JptMadya or JenisJabatan.JptPratama or JenisJabatan.Administrator or JenisJabatan.Pengawas;

    public static KategoriFungsional Kategori(this JenjangFungsional jenjang) =>
        jenjang <= JenjangFungsional.AhliUtama ? KategoriFungsional.Keahlian : KategoriFungsional.Keterampilan;

    public static string Label(this JenisJabatan jenis) => jenis switch
    {
        JenisJabatan.JptMadya => "JPT Madya",
        JenisJabatan.JptPratama => "JPT Pratama",
        JenisJabatan.Administrator => "Administrator",
        JenisJabatan.Pengawas => "Pengawas",
        JenisJabatan.Fungsional => "Fungsional",
        JenisJabatan.Pelaksana => "Pelaksana",
        _ => jenis.ToString(),
    };

    public static string Label(this JenjangFungsional jenjang) => jenjang switch
    {
        JenjangFungsional.AhliPertama => "Ahli Pertama",
        JenjangFungsional.AhliMuda => "Ahli Muda",
        JenjangFungsional.AhliMadya => "Ahli Madya",
        JenjangFungsional.AhliUtama => "Ahli Utama",
        _ => jenjang.ToString(),
    };

    public static string Label(this JenisPerangkatDaerah jenis) => jenis switch
    {
        JenisPerangkatDaerah.SekretariatDaerah => "Sekretariat Daerah",
        JenisPerangkatDaerah.SekretariatDprd => "Sekretariat DPRD",
        JenisPerangkatDaerah.Dpmptsp => "DPMPTSP",
        JenisPerangkatDaerah.SatpolPp => "Satpol PP",
        JenisPerangkatDaerah.Bpbd => "BPBD",
        JenisPerangkatDaerah.Rsud => "RSUD",
        JenisPerangkatDaerah.Uptd => "UPTD",
        JenisPerangkatDaerah.SatuanPendidikan => "Satuan Pendidikan",
        _ => jenis.ToString(),
    };
}
