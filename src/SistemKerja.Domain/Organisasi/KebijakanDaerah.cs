using SistemKerja.Domain.Penugasan;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Domain.Organisasi;

/// <summary>The five seed regulations, shipped as presets (DOMAIN.md §0, §13).</summary>
public enum PresetRegulasi
{
    /// <summary>Perbup Hulu Sungai Utara No. 4/2025 (seed 000).</summary>
    HuluSungaiUtara,

    /// <summary>Perbup Musi Banyuasin No. 14/2024 (seed 001).</summary>
    MusiBanyuasin,

    /// <summary>Perwali Tarakan No. 9/2025 (seed 002).</summary>
    Tarakan,

    /// <summary>Perbup Indragiri Hilir No. 1/2024 (seed 003).</summary>
    IndragiriHilir,

    /// <summary>Perbup Sambas No. 18/2024 (seed 004).</summary>
    Sambas,
}

public static class PresetRegulasiExtensions
{
    /// <summary>The regulation a preset follows, as the admin page names it.</summary>
    public static string Label(this PresetRegulasi preset) => preset switch
    {
        PresetRegulasi.HuluSungaiUtara => "Perbup Hulu Sungai Utara Nomor 4 Tahun 2025",
        PresetRegulasi.MusiBanyuasin => "Perbup Musi Banyuasin Nomor 14 Tahun 2024",
        PresetRegulasi.Tarakan => "Perwali Tarakan Nomor 9 Tahun 2025",
        PresetRegulasi.IndragiriHilir => "Perbup Indragiri Hilir Nomor 1 Tahun 2024",
        PresetRegulasi.Sambas => "Perbup Sambas Nomor 18 Tahun 2024",
        _ => preset.ToString(),
    };
}

public enum GelarKepalaDaerah
{
    Bupati,
    WaliKota,
}

/// <summary>DOMAIN.md §13 <c>ppk.model</c>.</summary>
public enum ModelPejabatPenilaiKinerja
{
    /// <summary>The PPK follows the position in the peta jabatan.</summary>
    Posisional,

    /// <summary>INHIL: the JF jenjang limits which levels may assess (DOMAIN.md §4.4).</summary>
    BerjenjangMenurutJenjangJf,
}

/// <summary>DOMAIN.md §13 <c>kedudukan.fallbackWhenNoPetaJabatan</c> (§4.7).</summary>
public enum FallbackTanpaPetaJabatan
{
    StrukturalSesuaiTusi,
    BaganStruktur,
    SusunanOrganisasi,

    /// <summary>INHIL: no fallback in the seed; [P] provisional with a warning.</summary>
    TidakAda,
}

/// <summary>
/// The settings by which the regions differ (DOMAIN.md §13, <c>RegionPolicy</c>). This foundation carries the
/// organisation-level keys; the workflow keys are added with the workflows that read them.
/// </summary>
public sealed record KebijakanDaerah
{
    public required PresetRegulasi Preset { get; init; }

    public required GelarKepalaDaerah GelarKepalaDaerah { get; init; }

    /// <summary><c>assignableJenis</c>: who may be the subject of a penugasan (DOMAIN.md §12 row 11).</summary>
    public required IReadOnlyList<JenisJabatan> JenisDapatDitugaskan { get; init; }

    public required ModelPejabatPenilaiKinerja ModelPejabatPenilaiKinerja { get; init; }

    /// <summary><c>ppk.rsudJenjangOverride</c>: SBS RSUD (DOMAIN.md §4.5).</summary>
    public required bool PpkRsudMenurutJenjang { get; init; }

    /// <summary>
    /// SBS (DOMAIN.md D12, §4.5): in a Kantor Camat or a Kantor the Camat/Kepala Kantor (Administrator) is the PPK of JF
    /// and Pelaksana while the Pengawas is their PUO. Not required in stored JSON (older rows read as false).
    /// </summary>
    public bool PpkKantorOlehAdministrator { get; init; }

    /// <summary>
    /// TRK (DOMAIN.md §4.6, V-KED-08; `002_d52b46878c9378dd.txt` Lampiran A.1)b)2, 4b, 6, 7): a Pengawas below a level-2
    /// Kabid/Sekretaris is "pelaksana koordinasi … seperti ketua tim", not a PPK. Not required in stored JSON.
    /// </summary>
    public bool PengawasLevel3SebagaiKoordinator { get; init; }

    /// <summary><c>kedudukan.requiresBaperjakat</c>: HSU Ps 9(2).</summary>
    public required bool KedudukanPerluRekomendasiBaperjakat { get; init; }

    public required FallbackTanpaPetaJabatan FallbackTanpaPetaJabatan { get; init; }

    /// <summary><c>lintasInstansi.enabled</c>.</summary>
    public required bool PenugasanLintasInstansi { get; init; }

    /// <summary><c>legacy.subKoordinatorRevoked</c>: the date the regulation revoked sub koordinator (§9.6), if it did.</summary>
    public DateOnly? SubKoordinatorDicabutPada { get; init; }

    /// <summary>
    /// The penugasan workflow keys (DOMAIN.md §6.10). Regions stored before these keys existed get their preset's
    /// values, so no data migration is needed.
    /// </summary>
    public KebijakanPenugasan Penugasan
    {
        get => penugasan ?? KebijakanPenugasan.DariPreset(Preset);
        init => penugasan = value;
    }

    private readonly KebijakanPenugasan? penugasan;

    /// <summary>
    /// The Tim Kerja keys (DOMAIN.md §8, §9.2, §13 <c>timKerja.*</c>, <c>reporting.*</c>, <c>evaluation.onMismatch</c>). Regions
    /// stored before these keys existed get their preset's values, so no data migration is needed.
    /// </summary>
    public KebijakanTimKerja TimKerja
    {
        get => timKerja ?? KebijakanTimKerja.DariPreset(Preset);
        init => timKerja = value;
    }

    private readonly KebijakanTimKerja? timKerja;

    public static KebijakanDaerah DariPreset(PresetRegulasi preset) => preset switch
    {
        // 000_f720e179c5bde346.txt: Ps 11(1) (Pengawas may be appointed), Ps 9(2) (BAPERJAKAT), Ps 26, Lampiran I (fallback).
        PresetRegulasi.HuluSungaiUtara => new()
        {
            Preset = preset,
            GelarKepalaDaerah = GelarKepalaDaerah.Bupati,
            JenisDapatDitugaskan = [JenisJabatan.Fungsional, JenisJabatan.Pelaksana, JenisJabatan.Pengawas],
            ModelPejabatPenilaiKinerja = ModelPejabatPenilaiKinerja.Posisional,
            PpkRsudMenurutJenjang = false,
            KedudukanPerluRekomendasiBaperjakat = true,
            FallbackTanpaPetaJabatan = FallbackTanpaPetaJabatan.StrukturalSesuaiTusi,
            PenugasanLintasInstansi = true,
            SubKoordinatorDicabutPada = new DateOnly(2025, 1, 20),
        },

        // 001_75f6c752ea8be86f.txt: Ps 7(4) (bagan/struktur), Ps 10(5) (lintas instansi for team members), Ps 16.
        PresetRegulasi.MusiBanyuasin => new()
        {
            Preset = preset,
            GelarKepalaDaerah = GelarKepalaDaerah.Bupati,
            JenisDapatDitugaskan = [JenisJabatan.Fungsional, JenisJabatan.Pelaksana],
            ModelPejabatPenilaiKinerja = ModelPejabatPenilaiKinerja.Posisional,
            PpkRsudMenurutJenjang = false,
            KedudukanPerluRekomendasiBaperjakat = false,
            FallbackTanpaPetaJabatan = FallbackTanpaPetaJabatan.BaganStruktur,
            PenugasanLintasInstansi = true,
            SubKoordinatorDicabutPada = new DateOnly(2024, 2, 23),
        },

        // 002_d52b46878c9378dd.txt: a city (Wali Kota), Ps 7(3) (susunan organisasi dan/atau Peta Jabatan).
        PresetRegulasi.Tarakan => new()
        {
            Preset = preset,
            GelarKepalaDaerah = GelarKepalaDaerah.WaliKota,
            JenisDapatDitugaskan = [JenisJabatan.Fungsional, JenisJabatan.Pelaksana],
            ModelPejabatPenilaiKinerja = ModelPejabatPenilaiKinerja.Posisional,
            PpkRsudMenurutJenjang = false,
            PengawasLevel3SebagaiKoordinator = true,
            KedudukanPerluRekomendasiBaperjakat = false,
            FallbackTanpaPetaJabatan = FallbackTanpaPetaJabatan.SusunanOrganisasi,
            PenugasanLintasInstansi = true,
        },

        // 003_a712a2c678725951.txt: Lampiran B.1 (jenjang bands), Ps 7(4) (no fallback), Ps 8(2) (no lintas instansi).
        PresetRegulasi.IndragiriHilir => new()
        {
            Preset = preset,
            GelarKepalaDaerah = GelarKepalaDaerah.Bupati,
            JenisDapatDitugaskan = [JenisJabatan.Fungsional, JenisJabatan.Pelaksana],
            ModelPejabatPenilaiKinerja = ModelPejabatPenilaiKinerja.BerjenjangMenurutJenjangJf,
            PpkRsudMenurutJenjang = false,
            KedudukanPerluRekomendasiBaperjakat = false,
            FallbackTanpaPetaJabatan = FallbackTanpaPetaJabatan.TidakAda,
            PenugasanLintasInstansi = false,
        },

        // 004_af01d94e9933b5a2.txt: Lampiran I B.2 (Administrator may be assigned; RSUD struktur d), Ps 8(3), Ps 21.
        PresetRegulasi.Sambas => new()
        {
            Preset = preset,
            GelarKepalaDaerah = GelarKepalaDaerah.Bupati,
            JenisDapatDitugaskan = [JenisJabatan.Fungsional, JenisJabatan.Pelaksana, JenisJabatan.Administrator],
            ModelPejabatPenilaiKinerja = ModelPejabatPenilaiKinerja.Posisional,
            PpkRsudMenurutJenjang = true,
            PpkKantorOlehAdministrator = true,
            KedudukanPerluRekomendasiBaperjakat = false,
            FallbackTanpaPetaJabatan = FallbackTanpaPetaJabatan.SusunanOrganisasi,
            PenugasanLintasInstansi = true,
            SubKoordinatorDicabutPada = new DateOnly(2024, 4, 1),
        },

        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown preset."),
    };
}
