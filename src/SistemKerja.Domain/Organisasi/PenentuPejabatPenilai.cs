using SistemKerja.Domain.Kepegawaian;

namespace SistemKerja.Domain.Organisasi;

/// <summary>A unit as the resolver sees it at one date.</summary>
public sealed record UnitSnapshot(Guid Id, Guid? IndukId, Guid PerangkatDaerahId, string Nama, bool UnitOrganisasiMandiri);

/// <summary>A position as the resolver sees it at one date.</summary>
public sealed record JabatanSnapshot(Guid Id, Guid UnitOrganisasiId, Guid PerangkatDaerahId, string Nama, JenisJabatan Jenis, JenjangFungsional? Jenjang, bool MemimpinUnit);

public sealed record PerangkatDaerahSnapshot(Guid Id, Guid? IndukId, JenisPerangkatDaerah Jenis, string Nama);

/// <summary>Who holds a position at the date.</summary>
public sealed record PemangkuSnapshot(Guid PegawaiId, string Nama, string Nip, JenisPemangkuan Jenis);

/// <summary>A kedudukan in force whose atasan assesses by a delegation of the PPK's authority: its basis and period.</summary>
public sealed record DelegasiSnapshot(string Dasar, DateOnly BerlakuMulai, DateOnly? BerlakuSampai);

/// <summary>
/// Everything the resolver needs about one Perangkat Daerah (and its induk) at one date: open units and positions,
/// the kedudukan in force, and the holders.
/// </summary>
public sealed class StrukturPadaTanggal(
    IEnumerable<PerangkatDaerahSnapshot> perangkatDaerah,
    IEnumerable<UnitSnapshot> unit,
    IEnumerable<JabatanSnapshot> jabatan,
    IReadOnlyDictionary<Guid, Guid> kedudukan,
    IEnumerable<(Guid JabatanId, PemangkuSnapshot Pemangku)> pemangku,
    IReadOnlyDictionary<Guid, DelegasiSnapshot>? delegasi = null)
{
    public IReadOnlyDictionary<Guid, PerangkatDaerahSnapshot> PerangkatDaerah { get; } = perangkatDaerah.ToDictionary(p => p.Id);

    public IReadOnlyDictionary<Guid, UnitSnapshot> Unit { get; } = unit.ToDictionary(u => u.Id);

    public IReadOnlyDictionary<Guid, JabatanSnapshot> Jabatan { get; } = jabatan.ToDictionary(j => j.Id);

    /// <summary>Explicit kedudukan in force: position → position of its PPK.</summary>
    public IReadOnlyDictionary<Guid, Guid> Kedudukan { get; } = kedudukan;

    public ILookup<Guid, PemangkuSnapshot> Pemangku { get; } = pemangku.ToLookup(p => p.JabatanId, p => p.Pemangku);

    /// <summary>Position → the delegation its kedudukan in force rests on, if any.</summary>
    public IReadOnlyDictionary<Guid, DelegasiSnapshot> Delegasi { get; } = delegasi ?? new Dictionary<Guid, DelegasiSnapshot>();

    private ILookup<Guid, JabatanSnapshot> PimpinanPerUnit => pimpinan ??= Jabatan.Values.Where(j => j.MemimpinUnit).ToLookup(j => j.UnitOrganisasiId);

    private ILookup<Guid, JabatanSnapshot>? pimpinan;

    public JabatanSnapshot? PimpinanUnit(Guid unitId) => PimpinanPerUnit[unitId].FirstOrDefault();

    /// <summary>The parent of a unit; the root of a PD continues in the root unit of its induk PD (UPTD → Dinas).</summary>
    public UnitSnapshot? IndukDari(UnitSnapshot unit)
    {
        if (unit.IndukId is { } id)
        {
            return Unit.GetValueOrDefault(id);
        }

        var pd = PerangkatDaerah.GetValueOrDefault(unit.PerangkatDaerahId);
        return pd?.IndukId is { } indukPd ? Unit.Values.FirstOrDefault(u => u.PerangkatDaerahId == indukPd && u.IndukId is null) : null;
    }
}

/// <summary>How an official was found, for the explanation shown to the pegawai.</summary>
public enum DasarPenentuan
{
    /// <summary>A kedudukan set by BKPSDM (Peta Jabatan).</summary>
    Kedudukan,

    /// <summary>No kedudukan: the head of the unit the position belongs to (DOMAIN.md §4.7 fallback).</summary>
    Struktur,

    TidakDitemukan,
}

/// <param name="Jabatan">The official's position (the post, even when covered by a Plt/Plh).</param>
/// <param name="Pemangku">Who acts in it on the date.</param>
/// <param name="Catatan">Why: vacancies climbed, region rules applied, Plt/Plh in force.</param>
public sealed record PejabatTerpilih(JabatanSnapshot? Jabatan, PemangkuSnapshot? Pemangku, DasarPenentuan Dasar, IReadOnlyList<string> Catatan);

public sealed record HasilKedudukan(PejabatTerpilih PejabatPenilaiKinerja, PejabatTerpilih PimpinanUnitOrganisasi);

/// <summary>
/// Resolves, for a position at a date, its Pejabat Penilai Kinerja and its Pimpinan Unit Organisasi (DOMAIN.md §4.8).
/// PPK: the explicit kedudukan if one is in force, otherwise the head of the position's own unit (or the next head up);
/// region rules adjust the level (INHIL jenjang bands §4.4, SBS RSUD §4.5); an official below Pengawas is skipped; a
/// vacant post passes to the next official up; a Plh, then the definitive holder, then a Plt acts in the post.
/// PUO: the head of the nearest unit organisasi at or above the position.
/// </summary>
public static class PenentuPejabatPenilai
{
    private const int BatasLangkah = 64;

    /// <summary>V-KED-01: who may be a PPK without delegation.</summary>
    public static bool DapatMenjadiPejabatPenilai(JenisJabatan jenis, bool memimpinUnit) =>
        jenis.Struktural() || (jenis == JenisJabatan.Fungsional && memimpinUnit);

    /// <summary>INHIL bands (`003_a712a2c678725951.txt` Lampiran B.1.a): is <paramref name="atasan"/> at an allowed level?</summary>
    public static bool SesuaiPitaJenjang(Jabatan jabatan, Jabatan atasan, JenisPerangkatDaerah? jenisPerangkatDaerah = null) =>
        JfPimpinanUnitKerjaMandiri(atasan.Jenis, atasan.MemimpinUnit)
        || DpmptspDiBawahJpt(jenisPerangkatDaerah, atasan.Jenis)
        || SesuaiPitaJenjang(jabatan.Jenis, jabatan.Jenjang, atasan.Jenis);

    /// <summary>
    /// INHIL Lampiran B.1.a.6) (DPMPTSP): "ahli madya, ahli muda, ahli pertama, kategori keterampilan dan pelaksana
    /// berkedudukan di bawah Pejabat Pimpinan Tinggi Pratama (Kepala Dinas)".
    /// </summary>
    private static bool DpmptspDiBawahJpt(JenisPerangkatDaerah? jenisPd, JenisJabatan atasan) =>
        jenisPd == JenisPerangkatDaerah.Dpmptsp && atasan is JenisJabatan.JptPratama or JenisJabatan.JptMadya;

    /// <summary>
    /// INHIL Ps 7(3): "Dalam hal Pejabat Fungsional diangkat untuk memimpin suatu unit kerja mandiri …, Pejabat Fungsional
    /// tersebut dapat membawahi Pejabat Fungsional dan pelaksana": the bands do not apply under a JF head (Puskesmas, Sekolah).
    /// </summary>
    private static bool JfPimpinanUnitKerjaMandiri(JenisJabatan jenis, bool memimpinUnit) => jenis == JenisJabatan.Fungsional && memimpinUnit;

    private static bool SesuaiPitaJenjang(JenisJabatan jenis, JenjangFungsional? jenjang, JenisJabatan atasan) => (jenis, jenjang) switch
    {
        (JenisJabatan.Fungsional, JenjangFungsional.AhliMadya or JenjangFungsional.AhliUtama) => atasan is JenisJabatan.JptPratama or JenisJabatan.JptMadya,
        (JenisJabatan.Fungsional, JenjangFungsional.AhliMuda) => atasan == JenisJabatan.Administrator,
        (JenisJabatan.Fungsional or JenisJabatan.Pelaksana, _) => atasan is JenisJabatan.Administrator or JenisJabatan.Pengawas,
        _ => true,
    };

    public static HasilKedudukan Tentukan(StrukturPadaTanggal struktur, KebijakanDaerah kebijakan, Guid jabatanId)
    {
        var subjek = struktur.Jabatan.GetValueOrDefault(jabatanId);
        if (subjek is null)
        {
            var kosong = new PejabatTerpilih(null, null, DasarPenentuan.TidakDitemukan, ["Jabatan tidak aktif pada tanggal tersebut."]);
            return new HasilKedudukan(kosong, kosong);
        }

        return new HasilKedudukan(TentukanPpk(struktur, kebijakan, subjek), TentukanPuo(struktur, subjek));
    }

    private static PejabatTerpilih TentukanPpk(StrukturPadaTanggal s, KebijakanDaerah kebijakan, JabatanSnapshot subjek)
    {
        var catatan = new List<string>();
        JabatanSnapshot? calon;
        DasarPenentuan dasar;
        if (s.Kedudukan.TryGetValue(subjek.Id, out var atasanId) && s.Jabatan.TryGetValue(atasanId, out var atasan))
        {
            calon = atasan;
            dasar = DasarPenentuan.Kedudukan;
            if (s.Delegasi.TryGetValue(subjek.Id, out var delegasi))
            {
                // PPK definitions in Pasal 1 of every seed: "pejabat lain yang diberi pendelegasian kewenangan".
                var id = System.Globalization.CultureInfo.GetCultureInfo("id-ID");
                catatan.Add($"{atasan.Nama} menilai berdasarkan pendelegasian kewenangan Pejabat Penilai Kinerja ({delegasi.Dasar}), berlaku "
                    + $"{delegasi.BerlakuMulai.ToString("d MMMM yyyy", id)} s.d. {delegasi.BerlakuSampai?.ToString("d MMMM yyyy", id) ?? "dicabut"}; "
                    + "sesudahnya Pejabat Penilai Kinerja kembali mengikuti struktur.");
            }
        }
        else
        {
            calon = PimpinanDiAtas(s, subjek);
            dasar = DasarPenentuan.Struktur;
            catatan.Add(kebijakan.FallbackTanpaPetaJabatan switch
            {
                FallbackTanpaPetaJabatan.BaganStruktur => "Kedudukan belum ditetapkan dalam Peta Jabatan; mengacu bagan/struktur organisasi unit.",
                FallbackTanpaPetaJabatan.SusunanOrganisasi => "Kedudukan belum ditetapkan dalam Peta Jabatan; mengikuti susunan organisasi Perangkat Daerah.",
                FallbackTanpaPetaJabatan.TidakAda => "Peta Jabatan belum ditetapkan; kedudukan bersifat sementara (peraturan daerah tidak mengatur pengganti).",
                _ => "Kedudukan belum ditetapkan dalam Peta Jabatan; berada di bawah pejabat struktural yang sesuai dengan tugas dan fungsinya.",
            });

            // Region rules on the level of the PPK, applied to the structural default only: an explicit kedudukan was
            // checked against them when it was set.
            if (kebijakan.ModelPejabatPenilaiKinerja == ModelPejabatPenilaiKinerja.BerjenjangMenurutJenjangJf)
            {
                var jenisPd = s.PerangkatDaerah.GetValueOrDefault(subjek.PerangkatDaerahId)?.Jenis;
                calon = NaikSampai(s, calon, j => JfPimpinanUnitKerjaMandiri(j.Jenis, j.MemimpinUnit) || DpmptspDiBawahJpt(jenisPd, j.Jenis)
                    || SesuaiPitaJenjang(subjek.Jenis, subjek.Jenjang, j.Jenis), catatan,
                    "Pejabat {0} tidak sesuai tingkat jenjang JF (Perbup INHIL); diteruskan ke {1}.");
            }

            if (kebijakan.PpkRsudMenurutJenjang && s.PerangkatDaerah.GetValueOrDefault(subjek.PerangkatDaerahId)?.Jenis == JenisPerangkatDaerah.Rsud
                && subjek.Jenjang is JenjangFungsional.AhliMuda or JenjangFungsional.AhliMadya or JenjangFungsional.AhliUtama)
            {
                // `004_af01d94e9933b5a2.txt` Lampiran I B.2 struktur d: Ahli Muda/Madya → Kabid/Kabag; Ahli Utama → Direktur.
                calon = subjek.Jenjang == JenjangFungsional.AhliUtama
                    ? NaikSampai(s, calon, j => s.Unit[j.UnitOrganisasiId].IndukId is null, catatan, "JF Ahli Utama di RSUD dinilai oleh Direktur; {0} dilewati, diteruskan ke {1}.")
                    : NaikSampai(s, calon, j => j.Jenis is JenisJabatan.Administrator or JenisJabatan.JptPratama, catatan,
                        "JF Ahli Muda/Madya di RSUD dinilai oleh Kepala Bidang/Bagian; {0} dilewati, diteruskan ke {1}.");
            }

            if (kebijakan.PengawasLevel3SebagaiKoordinator)
            {
                calon = NaikSampai(s, calon, j => !PengawasLevel3(s, j), catatan,
                    "{0} adalah pejabat level 3 yang berperan sebagai pelaksana koordinasi (seperti ketua tim), bukan Pejabat Penilai Kinerja; diteruskan ke {1}.");
            }

            if (kebijakan.PpkKantorOlehAdministrator
                && s.PerangkatDaerah.GetValueOrDefault(subjek.PerangkatDaerahId)?.Jenis is JenisPerangkatDaerah.Kecamatan or JenisPerangkatDaerah.Kantor)
            {
                // `004_af01d94e9933b5a2.txt` Lampiran I B.2 struktur c: in a Kantor Camat / Kantor the Pengawas leads the unit
                // (PUO), but "Penilaian kinerja JF dan pelaksana dilakukan oleh Pejabat Administrator selaku PPK".
                calon = NaikSampai(s, calon, j => j.Jenis is JenisJabatan.Administrator or JenisJabatan.JptPratama or JenisJabatan.JptMadya, catatan,
                    "Di Kantor Camat/Kantor, JF dan Pelaksana dinilai oleh Pejabat Administrator; {0} dilewati, diteruskan ke {1}.");
            }

            calon = NaikSampai(s, calon, j => DapatMenjadiPejabatPenilai(j.Jenis, j.MemimpinUnit), catatan,
                "{0} bukan pejabat yang dapat menjadi Pejabat Penilai Kinerja; diteruskan ke {1}.");
        }

        return PilihPemangku(s, calon, dasar, catatan);
    }

    /// <summary>
    /// A Pengawas two levels below the head of the Perangkat Daerah (a Kasi/Kasubid/Kasubbag under a Kabid/Sekretaris):
    /// TRK's "pejabat level 3" (DOMAIN.md §4.6). A Kasi directly under a Camat is level 2.
    /// </summary>
    public static bool PengawasLevel3(StrukturPadaTanggal s, JabatanSnapshot j) =>
        j.Jenis == JenisJabatan.Pengawas
        && s.Unit.GetValueOrDefault(j.UnitOrganisasiId)?.IndukId is { } induk
        && s.Unit.GetValueOrDefault(induk)?.IndukId is not null;

    /// <summary>
    /// The PPK a Pelaksana placed in <paramref name="unitId"/> would have by the structure and the region's rules (no
    /// kedudukan): who answers for the target side where the regulation names its PPK (SBS formats 3–4).
    /// </summary>
    public static PejabatTerpilih PejabatPenilaiUntukStafUnit(StrukturPadaTanggal s, KebijakanDaerah kebijakan, Guid unitId)
    {
        var unit = s.Unit.GetValueOrDefault(unitId);
        if (unit is null)
        {
            return new PejabatTerpilih(null, null, DasarPenentuan.TidakDitemukan, ["Unit tidak aktif pada tanggal tersebut."]);
        }

        var staf = new JabatanSnapshot(Guid.Empty, unit.Id, unit.PerangkatDaerahId, "Pelaksana", JenisJabatan.Pelaksana, null, false);
        return TentukanPpk(s, kebijakan, staf);
    }

    /// <summary>The Pimpinan Unit Organisasi over a unit: the head of the nearest unit organisasi at or above it.</summary>
    public static PejabatTerpilih PimpinanUnitOrganisasiDari(StrukturPadaTanggal s, Guid unitId) =>
        PuoMulaiDari(s, s.Unit.GetValueOrDefault(unitId));

    private static PejabatTerpilih TentukanPuo(StrukturPadaTanggal s, JabatanSnapshot subjek)
    {
        var unit = s.Unit.GetValueOrDefault(subjek.UnitOrganisasiId);
        if (unit is not null && subjek.MemimpinUnit)
        {
            unit = s.IndukDari(unit);
        }

        return PuoMulaiDari(s, unit);
    }

    private static PejabatTerpilih PuoMulaiDari(StrukturPadaTanggal s, UnitSnapshot? unit)
    {
        for (var langkah = 0; unit is not null && langkah < BatasLangkah; langkah++, unit = s.IndukDari(unit))
        {
            if (unit.UnitOrganisasiMandiri && s.PimpinanUnit(unit.Id) is { } kepala)
            {
                return PilihPemangku(s, kepala, DasarPenentuan.Struktur, []);
            }
        }

        return new PejabatTerpilih(null, null, DasarPenentuan.TidakDitemukan, ["Unit organisasi tidak memiliki pimpinan."]);
    }

    /// <summary>The head of the position's own unit (unless it is that head), else the next head up.</summary>
    private static JabatanSnapshot? PimpinanDiAtas(StrukturPadaTanggal s, JabatanSnapshot jabatan)
    {
        var unit = s.Unit.GetValueOrDefault(jabatan.UnitOrganisasiId);
        if (unit is not null && !jabatan.MemimpinUnit && s.PimpinanUnit(unit.Id) is { } kepala)
        {
            return kepala;
        }

        for (var langkah = 0; unit is not null && langkah < BatasLangkah; langkah++)
        {
            unit = s.IndukDari(unit);
            if (unit is not null && s.PimpinanUnit(unit.Id) is { } atas)
            {
                return atas;
            }
        }

        return null;
    }

    private static JabatanSnapshot? NaikSampai(StrukturPadaTanggal s, JabatanSnapshot? calon, Func<JabatanSnapshot, bool> syarat, List<string> catatan, string pola)
    {
        var awal = calon;
        for (var langkah = 0; calon is not null && !syarat(calon) && langkah < BatasLangkah; langkah++)
        {
            var berikut = PimpinanDiAtas(s, calon);
            if (berikut is null)
            {
                // Nobody higher: keep the nearest official rather than nobody, and say so.
                catatan.Add($"Tidak ada pejabat lebih tinggi yang memenuhi ketentuan; tetap {awal!.Nama}.");
                return awal;
            }

            catatan.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, pola, calon.Nama, berikut.Nama));
            calon = berikut;
        }

        return calon;
    }

    private static PejabatTerpilih PilihPemangku(StrukturPadaTanggal s, JabatanSnapshot? calon, DasarPenentuan dasar, List<string> catatan)
    {
        for (var langkah = 0; calon is not null && langkah < BatasLangkah; langkah++)
        {
            var pemangku = s.Pemangku[calon.Id].ToList();
            var bertindak = pemangku.FirstOrDefault(p => p.Jenis == JenisPemangkuan.Plh)
                ?? pemangku.FirstOrDefault(p => p.Jenis == JenisPemangkuan.Definitif)
                ?? pemangku.FirstOrDefault(p => p.Jenis == JenisPemangkuan.Plt);
            if (bertindak is not null)
            {
                if (bertindak.Jenis != JenisPemangkuan.Definitif)
                {
                    catatan.Add($"{calon.Nama} dijabat oleh {bertindak.Jenis}. {bertindak.Nama}.");
                }

                return new PejabatTerpilih(calon, bertindak, dasar, catatan);
            }

            var atas = PimpinanDiAtas(s, calon);
            catatan.Add(atas is null ? $"Jabatan {calon.Nama} lowong dan tidak ada pejabat di atasnya." : $"Jabatan {calon.Nama} lowong; diteruskan ke {atas.Nama}.");
            calon = atas;
        }

        return new PejabatTerpilih(null, null, DasarPenentuan.TidakDitemukan, catatan);
    }
}
