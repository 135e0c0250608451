using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Domain.Penugasan;

/// <summary><c>penunjukan.dalamUnit.issuer</c> (DOMAIN.md §13, D14): who sets an individual penunjukan in the unit.</summary>
public enum PenerbitPenunjukanDalamUnit
{
    /// <summary>HSU Ps 11(1)/12, MUBA Ps 9(4), INHIL Ps 9(1).</summary>
    PimpinanUnitOrganisasi,

    /// <summary>TRK Ps 9(4), SBS Ps 11(4): the PPK or the PUO.</summary>
    PejabatPenilaiAtauPimpinanUnit,
}

/// <summary><c>pelibatan.addressee</c> (D5): who answers a surat permohonan pelibatan.</summary>
public enum PenerimaPermohonanPelibatan
{
    /// <summary>The PUO of the unit where the pegawai berkedudukan (HSU Ps 13, MUBA Ps 11(1), INHIL C.1.b, SBS Ps 12(3)).</summary>
    PimpinanUnitAsal,

    /// <summary>TRK Lampiran B.1.b: the PPK dituju.</summary>
    PejabatPenilaiAsal,
}

/// <summary><c>pelibatan.recommendation</c> (D6): a recommendation before the answer.</summary>
public enum RekomendasiPelibatan
{
    TidakAda,

    /// <summary>HSU Ps 13b: the pegawai's PPK recommends to the PUO dituju.</summary>
    PejabatPenilaiKePimpinanUnit,

    /// <summary>TRK Lampiran B.1.b(3): the Kepala PD/unit kerja recommends to the PPK dituju.</summary>
    KepalaUnitKePejabatPenilai,

    /// <summary>INHIL Lampiran C.1.b.2: "atas pertimbangan bersama dengan pejabat administrasi".</summary>
    PejabatAdministrasi,
}

/// <summary><c>pelibatan.suratPenugasan.issuer</c> (D3): who issues the surat penugasan after a penunjukan lintas unit.</summary>
public enum PenerbitSuratPelibatan
{
    /// <summary>HSU Ps 13c: the pegawai drafts it, the PUO dituju approves and signs.</summary>
    PegawaiMenyusunPimpinanUnitAsalMenandatangani,

    /// <summary>MUBA Ps 11(1)e: the PUO pemilik kinerja issues the surat tugas.</summary>
    PimpinanUnitPemilikKinerja,

    /// <summary>TRK Lampiran B.1.b(3): the PPK where the pegawai berkedudukan drafts it.</summary>
    PejabatPenilaiAsal,

    /// <summary>INHIL Lampiran C.1.b.3: the PUO dituju.</summary>
    PimpinanUnitAsal,

    /// <summary>SBS Lampiran II format 5: Surat Perintah Tugas of the Kepala Perangkat Daerah/UPT.</summary>
    KepalaPerangkatDaerahAsal,
}

/// <summary><c>sukarela.maxScope</c> (D7, G15). A pengajuan sukarela never crosses instansi.</summary>
public enum CakupanSukarelaMaksimal
{
    PerangkatDaerah,
    PemerintahDaerah,
}

/// <summary><c>sukarela.dalamUnit.form</c> (D1).</summary>
public enum BentukPengajuan
{
    Lisan,
    Tertulis,
}

/// <summary><c>sukarela.lintas.priorConsent</c> (D2): the home side's step before the letter goes to the target.</summary>
public enum PersetujuanAwalSukarela
{
    /// <summary>INHIL Lampiran C.2.b.</summary>
    TidakAda,

    /// <summary>HSU Lampiran II.B.2: "persetujuan dan/atau rekomendasi dari PPK dan/atau Kepala UO".</summary>
    PejabatPenilaiAtauPimpinanUnit,

    /// <summary>MUBA Ps 11(3)a: an oral request to the PUO (read as the home PUO, DOMAIN.md §6.8 [!]).</summary>
    LisanKePimpinanUnit,

    /// <summary>TRK Ps 14(3)a: "atas persetujuan Kepala PD/UK bersangkutan".</summary>
    PersetujuanKepalaUnitAsal,

    /// <summary>SBS format 1: "Mengetahui, Atasan Langsung".</summary>
    MengetahuiAtasanLangsung,
}

/// <summary><c>sukarela.lintas.suratPenugasan.issuer</c> (D4).</summary>
public enum PenerbitSuratSukarela
{
    /// <summary>HSU Lampiran II.B.2: drafted by the pegawai, signed by the home Kepala UO and/or PPK.</summary>
    PegawaiMenyusunDitandatanganiAtasanAsal,

    /// <summary>MUBA Ps 11(3), INHIL C.2.b: the home PUO.</summary>
    PimpinanUnitAsal,

    /// <summary>TRK Lampiran B.2.b: the home PPK.</summary>
    PejabatPenilaiAsal,

    /// <summary>SBS format 5: Kepala Perangkat Daerah/UPT.</summary>
    KepalaPerangkatDaerahAsal,
}

/// <summary><c>penunjukan.dalamUnit.document</c>: the title of the surat penugasan the region uses.</summary>
public enum JenisSuratPenugasan
{
    /// <summary>HSU, TRK, INHIL: "Surat Tugas".</summary>
    SuratTugas,

    /// <summary>MUBA Ps 9(4), SBS Lampiran II format 5: "Surat Perintah Tugas".</summary>
    SuratPerintahTugas,
}

/// <summary><c>longFlow.appliesTo</c> (D8): which requests go the long way through the Pejabat yang Berwenang (WF-4).</summary>
public enum AlurPanjang
{
    /// <summary>MUBA, SBS: no long flow.</summary>
    TidakAda,

    /// <summary>HSU Ps 14, TRK Lampiran B.1.c: lintas instansi.</summary>
    LintasInstansi,

    /// <summary>INHIL Lampiran C.1.c: lintas Perangkat Daerah inside the Pemerintah Daerah.</summary>
    LintasPerangkatDaerah,
}

/// <summary><c>longFlow.answeringOfficial</c>: who answers the availability in the long flow.</summary>
public enum PenjawabAlurPanjang
{
    /// <summary>HSU Ps 14d, TRK c(4): the PPK, on the PUO's recommendation.</summary>
    PejabatPenilaiDenganRekomendasiPimpinanUnit,

    /// <summary>INHIL Lampiran C.1.c.4: the PUO.</summary>
    PimpinanUnit,
}

/// <summary>Who receives a copy (tembusan) of a request.</summary>
public enum PenerimaTembusan
{
    PejabatPenilaiAsal,
    PimpinanUnitAsal,
    KepalaPerangkatDaerahAsal,
}

/// <summary><c>pelibatan.availabilityChecks</c> (V-PER-06).</summary>
public enum PemeriksaanKetersediaan
{
    /// <summary>The approver sees the checks; full-time overlaps and overload still need a reason.</summary>
    Dianjurkan,

    /// <summary>MUBA Lampiran B.2.b: the approver must attest all three checks.</summary>
    Wajib,
}

/// <summary>
/// The penugasan keys of the region policy (DOMAIN.md §6.10, §13): the five seeds disagree on who answers, who
/// recommends, who issues the letter and in which order; each is a value here, never a code fork.
/// </summary>
public sealed record KebijakanPenugasan
{
    public required PenerbitPenunjukanDalamUnit PenerbitPenunjukanDalamUnit { get; init; }

    public required JenisSuratPenugasan JenisSurat { get; init; }

    public required PenerimaPermohonanPelibatan PenerimaPermohonanPelibatan { get; init; }

    /// <summary><c>longFlow.appliesTo</c>. Not required in stored JSON: older rows read as <see cref="AlurPanjang.TidakAda"/>.</summary>
    public AlurPanjang AlurPanjang { get; init; }

    public PenjawabAlurPanjang PenjawabAlurPanjang { get; init; }

    public required RekomendasiPelibatan RekomendasiPelibatan { get; init; }

    public required PenerbitSuratPelibatan PenerbitSuratPelibatan { get; init; }

    public required IReadOnlyList<PenerimaTembusan> TembusanPelibatan { get; init; }

    public required PemeriksaanKetersediaan PemeriksaanKetersediaan { get; init; }

    public required CakupanSukarelaMaksimal CakupanSukarelaMaksimal { get; init; }

    public required BentukPengajuan BentukSukarelaDalamUnit { get; init; }

    /// <summary><c>sukarela.dalamUnit.addressee</c>: HSU lets the PPK answer as well as the PUO.</summary>
    public required bool SukarelaDalamUnitBolehKePejabatPenilai { get; init; }

    public required PersetujuanAwalSukarela PersetujuanAwalSukarelaLintas { get; init; }

    public required IReadOnlyList<PenerimaTembusan> TembusanSukarelaLintas { get; init; }

    public required PenerbitSuratSukarela PenerbitSuratSukarelaLintas { get; init; }

    /// <summary><c>sukarela.lintas.onlyAsTeamMember</c>: TRK Ps 14(3)a, SBS format 1.</summary>
    public required bool SukarelaLintasHanyaSebagaiAnggotaTim { get; init; }

    /// <summary>SBS formats 3–4 are signed by the "Pejabat Penilai Kinerja" of the target.</summary>
    public required bool SukarelaLintasDiputuskanPejabatPenilaiTujuan { get; init; }

    public static KebijakanPenugasan DariPreset(PresetRegulasi preset) => preset switch
    {
        // 000_f720e179c5bde346.txt: Ps 11(1), 12, 13a–e, Lampiran II.B.1–2.
        PresetRegulasi.HuluSungaiUtara => new()
        {
            PenerbitPenunjukanDalamUnit = PenerbitPenunjukanDalamUnit.PimpinanUnitOrganisasi,
            JenisSurat = JenisSuratPenugasan.SuratTugas,
            PenerimaPermohonanPelibatan = PenerimaPermohonanPelibatan.PimpinanUnitAsal,
            AlurPanjang = AlurPanjang.LintasInstansi,
            PenjawabAlurPanjang = PenjawabAlurPanjang.PejabatPenilaiDenganRekomendasiPimpinanUnit,
            RekomendasiPelibatan = RekomendasiPelibatan.PejabatPenilaiKePimpinanUnit,
            PenerbitSuratPelibatan = PenerbitSuratPelibatan.PegawaiMenyusunPimpinanUnitAsalMenandatangani,
            TembusanPelibatan = [PenerimaTembusan.PejabatPenilaiAsal],
            PemeriksaanKetersediaan = PemeriksaanKetersediaan.Dianjurkan,
            CakupanSukarelaMaksimal = CakupanSukarelaMaksimal.PemerintahDaerah,
            BentukSukarelaDalamUnit = BentukPengajuan.Lisan,
            SukarelaDalamUnitBolehKePejabatPenilai = true,
            PersetujuanAwalSukarelaLintas = PersetujuanAwalSukarela.PejabatPenilaiAtauPimpinanUnit,
            TembusanSukarelaLintas = [PenerimaTembusan.PejabatPenilaiAsal],
            PenerbitSuratSukarelaLintas = PenerbitSuratSukarela.PegawaiMenyusunDitandatanganiAtasanAsal,
            SukarelaLintasHanyaSebagaiAnggotaTim = false,
            SukarelaLintasDiputuskanPejabatPenilaiTujuan = false,
        },

        // 001_75f6c752ea8be86f.txt: Ps 9(4), 11(1)a–e, 11(2)a, 11(3)a, Lampiran B.2.b.
        PresetRegulasi.MusiBanyuasin => new()
        {
            PenerbitPenunjukanDalamUnit = PenerbitPenunjukanDalamUnit.PimpinanUnitOrganisasi,
            JenisSurat = JenisSuratPenugasan.SuratPerintahTugas,
            PenerimaPermohonanPelibatan = PenerimaPermohonanPelibatan.PimpinanUnitAsal,
            AlurPanjang = AlurPanjang.TidakAda,
            PenjawabAlurPanjang = PenjawabAlurPanjang.PejabatPenilaiDenganRekomendasiPimpinanUnit,
            RekomendasiPelibatan = RekomendasiPelibatan.TidakAda,
            PenerbitSuratPelibatan = PenerbitSuratPelibatan.PimpinanUnitPemilikKinerja,
            TembusanPelibatan = [PenerimaTembusan.PejabatPenilaiAsal],
            PemeriksaanKetersediaan = PemeriksaanKetersediaan.Wajib,
            CakupanSukarelaMaksimal = CakupanSukarelaMaksimal.PemerintahDaerah,
            BentukSukarelaDalamUnit = BentukPengajuan.Tertulis,
            SukarelaDalamUnitBolehKePejabatPenilai = false,
            PersetujuanAwalSukarelaLintas = PersetujuanAwalSukarela.LisanKePimpinanUnit,
            TembusanSukarelaLintas = [PenerimaTembusan.PimpinanUnitAsal],
            PenerbitSuratSukarelaLintas = PenerbitSuratSukarela.PimpinanUnitAsal,
            SukarelaLintasHanyaSebagaiAnggotaTim = false,
            SukarelaLintasDiputuskanPejabatPenilaiTujuan = false,
        },

        // 002_d52b46878c9378dd.txt: Ps 9(4), 13, 14(2)–(3), Lampiran B.1.b, B.2.
        PresetRegulasi.Tarakan => new()
        {
            PenerbitPenunjukanDalamUnit = PenerbitPenunjukanDalamUnit.PejabatPenilaiAtauPimpinanUnit,
            JenisSurat = JenisSuratPenugasan.SuratTugas,
            PenerimaPermohonanPelibatan = PenerimaPermohonanPelibatan.PejabatPenilaiAsal,
            AlurPanjang = AlurPanjang.LintasInstansi,
            PenjawabAlurPanjang = PenjawabAlurPanjang.PejabatPenilaiDenganRekomendasiPimpinanUnit,
            RekomendasiPelibatan = RekomendasiPelibatan.KepalaUnitKePejabatPenilai,
            PenerbitSuratPelibatan = PenerbitSuratPelibatan.PejabatPenilaiAsal,
            TembusanPelibatan = [PenerimaTembusan.PejabatPenilaiAsal],
            PemeriksaanKetersediaan = PemeriksaanKetersediaan.Dianjurkan,
            CakupanSukarelaMaksimal = CakupanSukarelaMaksimal.PemerintahDaerah,
            BentukSukarelaDalamUnit = BentukPengajuan.Lisan,
            SukarelaDalamUnitBolehKePejabatPenilai = false,
            PersetujuanAwalSukarelaLintas = PersetujuanAwalSukarela.PersetujuanKepalaUnitAsal,
            TembusanSukarelaLintas = [PenerimaTembusan.PejabatPenilaiAsal, PenerimaTembusan.PimpinanUnitAsal],
            PenerbitSuratSukarelaLintas = PenerbitSuratSukarela.PejabatPenilaiAsal,
            SukarelaLintasHanyaSebagaiAnggotaTim = true,
            SukarelaLintasDiputuskanPejabatPenilaiTujuan = false,
        },

        // 003_a712a2c678725951.txt: Ps 9(1), Lampiran C.1.b, C.2.a–b (sukarela only inside the Perangkat Daerah).
        PresetRegulasi.IndragiriHilir => new()
        {
            PenerbitPenunjukanDalamUnit = PenerbitPenunjukanDalamUnit.PimpinanUnitOrganisasi,
            JenisSurat = JenisSuratPenugasan.SuratTugas,
            PenerimaPermohonanPelibatan = PenerimaPermohonanPelibatan.PimpinanUnitAsal,
            AlurPanjang = AlurPanjang.LintasPerangkatDaerah,
            PenjawabAlurPanjang = PenjawabAlurPanjang.PimpinanUnit,
            RekomendasiPelibatan = RekomendasiPelibatan.PejabatAdministrasi,
            PenerbitSuratPelibatan = PenerbitSuratPelibatan.PimpinanUnitAsal,
            TembusanPelibatan = [PenerimaTembusan.PejabatPenilaiAsal],
            PemeriksaanKetersediaan = PemeriksaanKetersediaan.Dianjurkan,
            CakupanSukarelaMaksimal = CakupanSukarelaMaksimal.PerangkatDaerah,
            BentukSukarelaDalamUnit = BentukPengajuan.Lisan,
            SukarelaDalamUnitBolehKePejabatPenilai = false,
            PersetujuanAwalSukarelaLintas = PersetujuanAwalSukarela.TidakAda,
            TembusanSukarelaLintas = [PenerimaTembusan.PimpinanUnitAsal],
            PenerbitSuratSukarelaLintas = PenerbitSuratSukarela.PimpinanUnitAsal,
            SukarelaLintasHanyaSebagaiAnggotaTim = false,
            SukarelaLintasDiputuskanPejabatPenilaiTujuan = false,
        },

        // 004_af01d94e9933b5a2.txt: Ps 11(4), 12(3)–(4), Lampiran II formats 1, 3, 4, 5.
        PresetRegulasi.Sambas => new()
        {
            PenerbitPenunjukanDalamUnit = PenerbitPenunjukanDalamUnit.PejabatPenilaiAtauPimpinanUnit,
            JenisSurat = JenisSuratPenugasan.SuratPerintahTugas,
            PenerimaPermohonanPelibatan = PenerimaPermohonanPelibatan.PimpinanUnitAsal,
            AlurPanjang = AlurPanjang.TidakAda,
            PenjawabAlurPanjang = PenjawabAlurPanjang.PejabatPenilaiDenganRekomendasiPimpinanUnit,
            RekomendasiPelibatan = RekomendasiPelibatan.TidakAda,
            PenerbitSuratPelibatan = PenerbitSuratPelibatan.KepalaPerangkatDaerahAsal,
            TembusanPelibatan = [PenerimaTembusan.PejabatPenilaiAsal],
            PemeriksaanKetersediaan = PemeriksaanKetersediaan.Dianjurkan,
            CakupanSukarelaMaksimal = CakupanSukarelaMaksimal.PemerintahDaerah,
            BentukSukarelaDalamUnit = BentukPengajuan.Tertulis,
            SukarelaDalamUnitBolehKePejabatPenilai = false,
            PersetujuanAwalSukarelaLintas = PersetujuanAwalSukarela.MengetahuiAtasanLangsung,
            TembusanSukarelaLintas = [],
            PenerbitSuratSukarelaLintas = PenerbitSuratSukarela.KepalaPerangkatDaerahAsal,
            SukarelaLintasHanyaSebagaiAnggotaTim = true,
            SukarelaLintasDiputuskanPejabatPenilaiTujuan = true,
        },

        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown preset."),
    };
}
