using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Domain.TimKerja;

/// <summary>
/// How far a team reaches from the unit that owns the performance target, ordered from narrow to wide so that the team's
/// scope is the widest origin among its personnel (DOMAIN.md §8.2 V-TIM-06, §9.1).
/// </summary>
public enum CakupanTim
{
    DalamUnit,
    LintasUnit,
    LintasPerangkatDaerah,
    LintasInstansi,
}

/// <summary>
/// <c>timKerja.decreeAuthority</c>: a kind of official who may set (sign) the decree of a Tim Kerja. One position can carry
/// several kinds (a Kepala Dinas is also the PUO of the Dinas); the caller resolves which kinds the signer holds for the
/// team in question, the domain compares them with the region's list.
/// </summary>
public enum PejabatPenetapTim
{
    /// <summary>The PUO of the unit pemilik kinerja ("Kepala Unit Organisasi").</summary>
    PimpinanUnitOrganisasi,

    /// <summary>The Pejabat Penilai Kinerja of the unit pemilik kinerja (SBS Ps 11(4)).</summary>
    PejabatPenilaiKinerja,

    /// <summary>The head of the Perangkat Daerah pemilik kinerja.</summary>
    KepalaPerangkatDaerah,

    SekretarisDaerah,

    /// <summary>Bupati / Wali Kota.</summary>
    KepalaDaerah,

    /// <summary>The Pejabat yang Berwenang (DOMAIN.md §15 Q-3), as the tenant configures it.</summary>
    PejabatBerwenang,
}

/// <summary><c>timKerja.ketuaFromPemilikKinerja</c> (§8.3 K3).</summary>
public enum KetuaDariPemilikKinerja
{
    /// <summary>"diutamakan": a ketua from another unit needs a stored reason (HSU, MUBA, INHIL, SBS).</summary>
    Diutamakan,

    /// <summary>TRK Ps 12(6): "ketua Tim Kerja berasal dari Perangkat Daerah/Unit Kerja pemilik kinerja".</summary>
    Wajib,
}

/// <summary><c>timKerja.pengawasKetuaWherePresent</c> (§8.3 K4, K5).</summary>
public enum PengawasSebagaiKetua
{
    TidakDiatur,

    /// <summary>HSU Ps 20(3): where Pengawas positions remain, the PUO appoints the Pengawas ([P] warn with a reason, Q-21).</summary>
    DiutamakanJikaMasihAda,

    /// <summary>TRK Ps 12(4): in a PD/UK not yet simplified the ketua is a Pengawas or a JF ([P] warn with a reason).</summary>
    PengawasAtauJfJikaBelumDisederhanakan,
}

/// <summary>Who receives the ketua's periodic report and may ask for a report at any time (§9.2).</summary>
public enum PenerimaLaporanTim
{
    /// <summary>HSU Ps 21(2), (4); TRK Ps 19(2)–(3) ("Kepala Perangkat Daerah/Kepala Unit Kerja").</summary>
    PimpinanUnitPemilikKinerja,

    /// <summary>MUBA Ps 12(4); SBS Ps 15(2), (4) "pejabat pemilik kinerja" and T8 Diktum KETIGA ("PPK dan/atau Kepala Bagian").</summary>
    PejabatPenilaiAtauPimpinanUnit,

    /// <summary>INHIL Ps 13(2)–(3): the PUO or the penanggung jawab tim.</summary>
    PimpinanUnitAtauPenanggungJawabTim,
}

/// <summary><c>reporting.individuTo</c> (§9.2, §12 row 34): where an individual assignee reports. Read by the penugasan reports.</summary>
public enum PelaporanIndividu
{
    /// <summary>HSU Ps 21(1).</summary>
    PimpinanUnitPemilikKinerja,

    /// <summary>MUBA Ps 12(3).</summary>
    PejabatPenilaiAtauPimpinanUnit,

    /// <summary>TRK Ps 18.</summary>
    KepalaPerangkatDaerahAtauUnitKerja,

    /// <summary>INHIL Ps 12.</summary>
    AtasanLangsungAtauPimpinanUnit,

    /// <summary>SBS Ps 15(3): to the PUO through the pejabat pemilik kinerja.</summary>
    PimpinanUnitMelaluiPemilikKinerja,
}

/// <summary><c>evaluation.onMismatch</c> (§6.2, §12 row 37): what happens to a result that misses the target.</summary>
public enum TindakLanjutHasilTidakSesuai
{
    /// <summary>MUBA, TRK, INHIL are silent; [P] the result goes back to the team with the reviewer's notes.</summary>
    TidakDiatur,

    /// <summary>HSU Lampiran II.A.2.3c: "Kepala Unit Organisasi melakukan perbaikan pencapaian target kinerja".</summary>
    PerbaikanOlehPimpinanUnit,

    /// <summary>SBS Lampiran I (UPTD, Puskesmas/Sekolah): "dikembalikan kepada individu atau tim kerja untuk disesuaikan kembali".</summary>
    DikembalikanKePelaksana,
}

/// <summary>
/// <c>timKerja.formationDocument</c> (DOMAIN.md §8.2, §11): the document that sets a team. MUBA ships Surat Tugas templates for
/// its teams (T1 internal, T2 antar unit kerja lintas Perangkat Daerah, each with the Lampiran "Susunan Keanggotaan Tim"); SBS
/// (T8), TRK and INHIL name a Keputusan; HSU is silent ([P] Keputusan).
/// </summary>
public enum NaskahPembentukanTim
{
    /// <summary>A Keputusan with Menimbang, Mengingat, MEMUTUSKAN and the Lampiran table (T8, P4).</summary>
    Keputusan,

    /// <summary>A Surat Tugas with Dasar, MEMERINTAHKAN, Kepada (the Lampiran), Untuk, and the Lampiran susunan (T1/T2).</summary>
    SuratTugas,
}

/// <summary><c>timKerja.pelaksanaKetuaRule</c>: SBS Ps 10(3) a–c.</summary>
public sealed record SyaratPelaksanaKetua(Pendidikan PendidikanMinimal, GolonganRuang GolonganMinimal, bool PengalamanSesuaiTusi);

/// <summary>
/// <c>timKerja.decreeAuthority</c>: per scope, the kinds of official whose decree forms the team. An empty list means the
/// region does not provide for teams of that scope (INHIL has no lintas instansi, Ps 8(2)).
/// </summary>
/// <param name="ProgramStrategisLintasPerangkatDaerah">
/// INHIL Ps 9(2)c: a lintas PD team for the pemilik kinerja in the PD pelaksana fungsi or for a strategic programme is set by
/// Keputusan Bupati. Null where the region makes no such distinction.
/// </param>
public sealed record KewenanganPenetapanTim(
    IReadOnlyList<PejabatPenetapTim> DalamUnit,
    IReadOnlyList<PejabatPenetapTim> LintasUnit,
    IReadOnlyList<PejabatPenetapTim> LintasPerangkatDaerah,
    IReadOnlyList<PejabatPenetapTim> LintasInstansi,
    IReadOnlyList<PejabatPenetapTim>? ProgramStrategisLintasPerangkatDaerah = null)
{
    /// <summary>The officials who may set a team of this scope.</summary>
    public IReadOnlyList<PejabatPenetapTim> Untuk(CakupanTim cakupan, bool programStrategis) => cakupan switch
    {
        CakupanTim.DalamUnit => DalamUnit,
        CakupanTim.LintasUnit => LintasUnit,
        CakupanTim.LintasPerangkatDaerah when programStrategis && ProgramStrategisLintasPerangkatDaerah is { } strategis => strategis,
        CakupanTim.LintasPerangkatDaerah => LintasPerangkatDaerah,
        CakupanTim.LintasInstansi => LintasInstansi,
        _ => throw new ArgumentOutOfRangeException(nameof(cakupan), cakupan, "Unknown scope."),
    };

    /// <summary>
    /// The scopes from the narrowest one that any of these officials may set upwards (strategic programmes included); empty
    /// when they may set none. A team of a scope they may set has a member of one of these scopes (its scope is its widest
    /// member's), so lists narrow the teams to look at by it before asking <see cref="Untuk"/> about each.
    /// </summary>
    public IReadOnlyList<CakupanTim> CakupanMulaiDariTerendah(IReadOnlyCollection<PejabatPenetapTim> pejabat)
    {
        var semua = Enum.GetValues<CakupanTim>();
        var terendah = semua.Where(c => Untuk(c, programStrategis: false).Concat(Untuk(c, programStrategis: true)).Any(pejabat.Contains)).Order().ToList();
        return terendah.Count == 0 ? [] : [.. semua.Where(c => c >= terendah[0])];
    }
}

/// <summary>
/// The Tim Kerja keys of the region policy (DOMAIN.md §8, §9.2, §13 <c>timKerja.*</c>, <c>reporting.*</c>,
/// <c>evaluation.onMismatch</c>). Every difference between the seeds is a value here; no rule tests the region.
/// </summary>
public sealed record KebijakanTimKerja
{
    public required KewenanganPenetapanTim Penetap { get; init; }

    public required KetuaDariPemilikKinerja KetuaDariPemilikKinerja { get; init; }

    /// <summary><c>timKerja.ketuaMinKelasJabatan</c>: MUBA T1 lampiran II "kelas jabatan minimal 7 (tujuh)" ([P] block).</summary>
    public int? KetuaMinimalKelasJabatan { get; init; }

    /// <summary>SBS Ps 10(3): a Pelaksana may be ketua only with these.</summary>
    public SyaratPelaksanaKetua? SyaratPelaksanaKetua { get; init; }

    public required PengawasSebagaiKetua PengawasSebagaiKetua { get; init; }

    /// <summary><c>timKerja.ketuaPriorityList</c>: MUBA Ps 10(3) a–e (V-TIM-05).</summary>
    public required bool UrutanPrioritasKetua { get; init; }

    /// <summary><c>timKerja.penanggungJawabTim</c>: INHIL Ps 8(4).</summary>
    public required bool PenanggungJawabTim { get; init; }

    /// <summary>The kinds of position that may lead the team (§8.3 K1, K4, K5, K7, K9, K10).</summary>
    public required IReadOnlyList<JenisJabatan> JenisDapatMenjadiKetua { get; init; }

    /// <summary>The kinds of position that may be members (§8.4 "Anggota Tim").</summary>
    public required IReadOnlyList<JenisJabatan> JenisDapatMenjadiAnggota { get; init; }

    public required PenerimaLaporanTim PenerimaLaporanKetua { get; init; }

    public required PelaporanIndividu PelaporanIndividu { get; init; }

    public required TindakLanjutHasilTidakSesuai TindakLanjutHasilTidakSesuai { get; init; }

    /// <summary>Not required: regions stored before this key existed read <see cref="NaskahPembentukanTim.Keputusan"/>.</summary>
    public NaskahPembentukanTim NaskahPembentukan { get; init; }

    public static KebijakanTimKerja DariPreset(PresetRegulasi preset) => preset switch
    {
        // 000_f720e179c5bde346.txt: Ps 20(1) PUO appoints the ketua ([P] PUO sets the team, §8.2), Ps 20(2) preferred from the
        // pemilik kinerja, Ps 20(3) Pengawas where present, Ps 11(1) Pengawas may be assigned, Ps 21, Lampiran II.A.2.3c.
        PresetRegulasi.HuluSungaiUtara => new()
        {
            Penetap = Semua(PejabatPenetapTim.PimpinanUnitOrganisasi),
            KetuaDariPemilikKinerja = KetuaDariPemilikKinerja.Diutamakan,
            PengawasSebagaiKetua = PengawasSebagaiKetua.DiutamakanJikaMasihAda,
            UrutanPrioritasKetua = false,
            PenanggungJawabTim = false,
            JenisDapatMenjadiKetua = [JenisJabatan.Fungsional, JenisJabatan.Pelaksana, JenisJabatan.Pengawas],
            JenisDapatMenjadiAnggota = [JenisJabatan.Fungsional, JenisJabatan.Pelaksana, JenisJabatan.Pengawas],
            PenerimaLaporanKetua = PenerimaLaporanTim.PimpinanUnitPemilikKinerja,
            PelaporanIndividu = PelaporanIndividu.PimpinanUnitPemilikKinerja,
            TindakLanjutHasilTidakSesuai = TindakLanjutHasilTidakSesuai.PerbaikanOlehPimpinanUnit,
        },

        // 001_75f6c752ea8be86f.txt: Ps 10(3) priority a–e, Ps 10(4) Keputusan Kepala Unit Organisasi, Ps 10(5), Ps 12(3)–(4),
        // templates T1/T2 (ketua and anggota may be JF, Administrator, Pengawas or Pelaksana; ketua kelas jabatan ≥ 7).
        PresetRegulasi.MusiBanyuasin => new()
        {
            Penetap = Semua(PejabatPenetapTim.PimpinanUnitOrganisasi),
            KetuaDariPemilikKinerja = KetuaDariPemilikKinerja.Diutamakan,
            KetuaMinimalKelasJabatan = 7,
            PengawasSebagaiKetua = PengawasSebagaiKetua.TidakDiatur,
            UrutanPrioritasKetua = true,
            PenanggungJawabTim = false,
            JenisDapatMenjadiKetua = [JenisJabatan.Fungsional, JenisJabatan.Pelaksana, JenisJabatan.Pengawas, JenisJabatan.Administrator],
            JenisDapatMenjadiAnggota = [JenisJabatan.Fungsional, JenisJabatan.Pelaksana, JenisJabatan.Pengawas, JenisJabatan.Administrator],
            PenerimaLaporanKetua = PenerimaLaporanTim.PejabatPenilaiAtauPimpinanUnit,
            PelaporanIndividu = PelaporanIndividu.PejabatPenilaiAtauPimpinanUnit,
            TindakLanjutHasilTidakSesuai = TindakLanjutHasilTidakSesuai.TidakDiatur,
            NaskahPembentukan = NaskahPembentukanTim.SuratTugas,
        },

        // 002_d52b46878c9378dd.txt: Ps 12(4)–(5) ketua, Ps 12(6) ketua from the pemilik kinerja (mandatory), Ps 12(7) a–c decree
        // (Kepala PD/UK, Sekretaris Daerah, Wali Kota), Ps 1 a27 (JF and Pelaksana), Ps 18–19.
        PresetRegulasi.Tarakan => new()
        {
            Penetap = new(
                DalamUnit: [PejabatPenetapTim.PimpinanUnitOrganisasi, PejabatPenetapTim.KepalaPerangkatDaerah],
                LintasUnit: [PejabatPenetapTim.KepalaPerangkatDaerah],
                LintasPerangkatDaerah: [PejabatPenetapTim.SekretarisDaerah],
                LintasInstansi: [PejabatPenetapTim.KepalaDaerah]),
            KetuaDariPemilikKinerja = KetuaDariPemilikKinerja.Wajib,
            PengawasSebagaiKetua = PengawasSebagaiKetua.PengawasAtauJfJikaBelumDisederhanakan,
            UrutanPrioritasKetua = false,
            PenanggungJawabTim = false,
            JenisDapatMenjadiKetua = [JenisJabatan.Fungsional, JenisJabatan.Pelaksana, JenisJabatan.Pengawas],
            JenisDapatMenjadiAnggota = [JenisJabatan.Fungsional, JenisJabatan.Pelaksana],
            PenerimaLaporanKetua = PenerimaLaporanTim.PimpinanUnitPemilikKinerja,
            PelaporanIndividu = PelaporanIndividu.KepalaPerangkatDaerahAtauUnitKerja,
            TindakLanjutHasilTidakSesuai = TindakLanjutHasilTidakSesuai.TidakDiatur,
        },

        // 003_a712a2c678725951.txt: Ps 8(2) (no lintas instansi), Ps 8(3), Ps 8(4) penanggung jawab tim (pejabat administrasi,
        // JF penyetaraan), Ps 9(2) a–c decree (PUO; Bupati dan/atau Sekda; Bupati), Ps 12–13.
        PresetRegulasi.IndragiriHilir => new()
        {
            Penetap = new(
                DalamUnit: [PejabatPenetapTim.PimpinanUnitOrganisasi],
                LintasUnit: [PejabatPenetapTim.KepalaDaerah, PejabatPenetapTim.SekretarisDaerah],
                LintasPerangkatDaerah: [PejabatPenetapTim.KepalaDaerah, PejabatPenetapTim.SekretarisDaerah],
                LintasInstansi: [],
                ProgramStrategisLintasPerangkatDaerah: [PejabatPenetapTim.KepalaDaerah]),
            KetuaDariPemilikKinerja = KetuaDariPemilikKinerja.Diutamakan,
            PengawasSebagaiKetua = PengawasSebagaiKetua.TidakDiatur,
            UrutanPrioritasKetua = false,
            PenanggungJawabTim = true,
            JenisDapatMenjadiKetua = [JenisJabatan.Fungsional, JenisJabatan.Pelaksana, JenisJabatan.Pengawas, JenisJabatan.Administrator],
            JenisDapatMenjadiAnggota = [JenisJabatan.Fungsional, JenisJabatan.Pelaksana],
            PenerimaLaporanKetua = PenerimaLaporanTim.PimpinanUnitAtauPenanggungJawabTim,
            PelaporanIndividu = PelaporanIndividu.AtasanLangsungAtauPimpinanUnit,
            TindakLanjutHasilTidakSesuai = TindakLanjutHasilTidakSesuai.TidakDiatur,
        },

        // 004_af01d94e9933b5a2.txt: Ps 1 a20 ("pejabat yang berwenang", not narrowed: Ps 11(4) PPK or PUO, Ps 14(2) Kepala PD/PUO,
        // T8 Keputusan Sekretaris Daerah), Ps 10(3) Pelaksana as ketua, Ps 10(6), Lampiran I A.1.d (Pengawas may lead),
        // Lampiran I B.2 (Administrator may be assigned), Ps 15, Lampiran I (results returned to the performer).
        PresetRegulasi.Sambas => new()
        {
            Penetap = Semua(PejabatPenetapTim.PimpinanUnitOrganisasi, PejabatPenetapTim.PejabatPenilaiKinerja,
                PejabatPenetapTim.KepalaPerangkatDaerah, PejabatPenetapTim.SekretarisDaerah, PejabatPenetapTim.PejabatBerwenang),
            KetuaDariPemilikKinerja = KetuaDariPemilikKinerja.Diutamakan,
            SyaratPelaksanaKetua = new(Pendidikan.S1, GolonganRuang.IIIB, PengalamanSesuaiTusi: true),
            PengawasSebagaiKetua = PengawasSebagaiKetua.TidakDiatur,
            UrutanPrioritasKetua = false,
            PenanggungJawabTim = false,
            JenisDapatMenjadiKetua = [JenisJabatan.Fungsional, JenisJabatan.Pelaksana, JenisJabatan.Pengawas],
            JenisDapatMenjadiAnggota = [JenisJabatan.Fungsional, JenisJabatan.Pelaksana, JenisJabatan.Administrator],
            PenerimaLaporanKetua = PenerimaLaporanTim.PejabatPenilaiAtauPimpinanUnit,
            PelaporanIndividu = PelaporanIndividu.PimpinanUnitMelaluiPemilikKinerja,
            TindakLanjutHasilTidakSesuai = TindakLanjutHasilTidakSesuai.DikembalikanKePelaksana,
        },

        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown preset."),
    };

    private static KewenanganPenetapanTim Semua(params PejabatPenetapTim[] pejabat) => new(pejabat, pejabat, pejabat, pejabat);
}

public static class PejabatPenetapTimExtensions
{
    public static string Label(this PejabatPenetapTim pejabat) => pejabat switch
    {
        PejabatPenetapTim.PimpinanUnitOrganisasi => "Pimpinan Unit Organisasi",
        PejabatPenetapTim.PejabatPenilaiKinerja => "Pejabat Penilai Kinerja",
        PejabatPenetapTim.KepalaPerangkatDaerah => "Kepala Perangkat Daerah",
        PejabatPenetapTim.SekretarisDaerah => "Sekretaris Daerah",
        PejabatPenetapTim.KepalaDaerah => "Bupati/Wali Kota",
        PejabatPenetapTim.PejabatBerwenang => "Pejabat yang Berwenang",
        _ => pejabat.ToString(),
    };

    /// <summary>"Keputusan" or "Surat Tugas", as pages and document titles name the formation document.</summary>
    public static string Label(this NaskahPembentukanTim naskah) => naskah == NaskahPembentukanTim.SuratTugas ? "Surat Tugas" : "Keputusan";

    public static string Label(this CakupanTim cakupan) => cakupan switch
    {
        CakupanTim.DalamUnit => "dalam unit organisasi",
        CakupanTim.LintasUnit => "lintas unit organisasi",
        CakupanTim.LintasPerangkatDaerah => "lintas Perangkat Daerah",
        CakupanTim.LintasInstansi => "lintas instansi pemerintah",
        _ => cakupan.ToString(),
    };
}
