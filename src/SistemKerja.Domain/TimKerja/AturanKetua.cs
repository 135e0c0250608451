using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Domain.TimKerja;

/// <summary>The reasons the PUO gives when the ketua departs from a preference of the regulation (stored with the decree).</summary>
/// <param name="LuarUnitPemilikKinerja">V-TIM-03: a ketua from another unit where the region only prefers the pemilik kinerja.</param>
/// <param name="KetentuanPengawas">V-TIM-04: HSU Ps 20(3) / TRK Ps 12(4), a ketua other than the Pengawas (or JF) the seed names.</param>
/// <param name="BukanPrioritas">V-TIM-05: MUBA Ps 10(3), a ketua below a higher-ranked candidate.</param>
public sealed record AlasanPenunjukanKetua(string? LuarUnitPemilikKinerja = null, string? KetentuanPengawas = null, string? BukanPrioritas = null)
{
    public const int PanjangAlasan = 1000;

    public static readonly AlasanPenunjukanKetua Tanpa = new();

    internal AlasanPenunjukanKetua Dirapikan() => new(Rapikan(LuarUnitPemilikKinerja), Rapikan(KetentuanPengawas), Rapikan(BukanPrioritas));

    private static string? Rapikan(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>The ketua rules for one candidate; a warning is a rule that a written reason satisfies, a condition one it does not.</summary>
internal static class AturanKetua
{
    private static readonly AlasanPenunjukanKetua SemuaBeralasan = new("-", "-", "-");

    public static IBusinessRule[] Semua(ProfilPersonel calon, CakupanTim cakupan, KebijakanTimKerja k, bool strukturMasihMemilikiPengawas, AlasanPenunjukanKetua alasan) =>
    [
        new JenisJabatanKetuaSesuaiKetentuan(calon, k),
        new KetuaMemenuhiKelasJabatanMinimal(calon, k),
        new PelaksanaSebagaiKetuaMemenuhiSyarat(calon, k),
        new KetuaBerasalDariUnitPemilikKinerja(cakupan, k, alasan.LuarUnitPemilikKinerja),
        new KetuaPengawasJikaMasihAda(calon, k, strukturMasihMemilikiPengawas, alasan.KetentuanPengawas),
        new KetuaPengawasAtauJfPadaUnitBelumDisederhanakan(calon, k, strukturMasihMemilikiPengawas, alasan.KetentuanPengawas),
    ];

    /// <summary>Rules broken even with every reason given: the candidate cannot lead this team.</summary>
    public static IReadOnlyList<IBusinessRule> Kendala(ProfilPersonel calon, CakupanTim cakupan, KebijakanTimKerja k, bool struktur) =>
        [.. Semua(calon, cakupan, k, struktur, SemuaBeralasan).Where(a => a.Dilanggar())];

    /// <summary>Rules broken only for want of a reason: the candidate may lead once the PUO says why.</summary>
    public static IReadOnlyList<IBusinessRule> Peringatan(ProfilPersonel calon, CakupanTim cakupan, KebijakanTimKerja k, bool struktur)
    {
        var kendala = Kendala(calon, cakupan, k, struktur).Select(a => a.GetType()).ToHashSet();
        return [.. Semua(calon, cakupan, k, struktur, AlasanPenunjukanKetua.Tanpa).Where(a => a.Dilanggar() && !kendala.Contains(a.GetType()))];
    }
}

/// <summary>
/// §8.3 K1, K4, K5, K7, K9, K10: who may lead. HSU Ps 20(1), (3); MUBA T1 lampiran II; TRK Ps 12(4)–(5); INHIL Ps 8(4);
/// SBS Ps 10(3), Lampiran I A.1.d.
/// </summary>
public sealed class JenisJabatanKetuaSesuaiKetentuan(ProfilPersonel calon, KebijakanTimKerja k) : IBusinessRule
{
    public string Pesan => $"Ketua tim hanya dapat dijabat oleh {Daftar(k.JenisDapatMenjadiKetua)}.";

    public bool Dilanggar() => !k.JenisDapatMenjadiKetua.Contains(calon.Jenis);

    internal static string Daftar(IReadOnlyList<JenisJabatan> jenis)
    {
        var nama = jenis.Select(j => j switch
        {
            JenisJabatan.Fungsional => "Pejabat Fungsional",
            JenisJabatan.Pelaksana => "Pelaksana",
            _ => "Pejabat " + j.Label(),
        }).ToList();
        return nama.Count > 1 ? $"{string.Join(", ", nama[..^1])} atau {nama[^1]}" : nama.FirstOrDefault() ?? "-";
    }
}

/// <summary>V-TIM-04, MUBA `001_75f6c752ea8be86f.txt` Format Surat Tugas Tim Kerja Internal, lampiran II: kelas jabatan ≥ 7 ([P] block).</summary>
public sealed class KetuaMemenuhiKelasJabatanMinimal(ProfilPersonel calon, KebijakanTimKerja k) : IBusinessRule
{
    public string Pesan => $"Ketua tim harus memiliki kelas jabatan minimal {k.KetuaMinimalKelasJabatan} atau di atasnya (kelas jabatan {calon.Sebutan}: {calon.KelasJabatan}).";

    public bool Dilanggar() => k.KetuaMinimalKelasJabatan is { } minimal && calon.KelasJabatan < minimal;
}

/// <summary>
/// V-TIM-04, SBS `004_af01d94e9933b5a2.txt` Ps 10(3) a–c: a Pelaksana leads only with a degree, golongan ≥ III/b and
/// experience in the field. A PPPK has no golongan ruang, so [P] fails (b) until BKPSDM maps the grades (§15 Q-12).
/// </summary>
public sealed class PelaksanaSebagaiKetuaMemenuhiSyarat(ProfilPersonel calon, KebijakanTimKerja k) : IBusinessRule
{
    public string Pesan
    {
        get
        {
            var s = k.SyaratPelaksanaKetua!;
            var kurang = new List<string>();
            if (calon.Pendidikan < s.PendidikanMinimal)
            {
                kurang.Add($"pendidikan {calon.Pendidikan}");
            }

            if (calon.GolonganRuang is not { } g || g < s.GolonganMinimal)
            {
                kurang.Add(calon.GolonganRuang is { } ada ? $"golongan {ada.Kode()}" : "tidak memiliki golongan ruang PNS");
            }

            if (s.PengalamanSesuaiTusi && !calon.PengalamanSesuaiTusi)
            {
                kurang.Add("pengalaman sesuai tugas dan fungsi belum dinyatakan");
            }

            var pendidikan = s.PendidikanMinimal == Pendidikan.S1 ? "sarjana" : s.PendidikanMinimal.ToString();
            return $"Pelaksana dapat ditugaskan menjadi ketua tim dengan pendidikan minimal {pendidikan}, golongan minimal {s.GolonganMinimal.Kode()}, "
                + $"dan pengalaman sesuai tugas dan fungsi. Belum terpenuhi: {string.Join("; ", kurang)}.";
        }
    }

    public bool Dilanggar() => calon.Jenis == JenisJabatan.Pelaksana && k.SyaratPelaksanaKetua is { } s
        && (calon.Pendidikan < s.PendidikanMinimal || calon.GolonganRuang is not { } g || g < s.GolonganMinimal || (s.PengalamanSesuaiTusi && !calon.PengalamanSesuaiTusi));
}

/// <summary>
/// V-TIM-03 (§8.3 K3): a ketua from outside the unit pemilik kinerja. TRK `002_d52b46878c9378dd.txt` Ps 12(6) "berasal dari"
/// blocks; HSU Ps 20(2), MUBA Ps 10(5), INHIL Ps 8(3), SBS Ps 10(6) "diutamakan" need a stored reason [P].
/// </summary>
public sealed class KetuaBerasalDariUnitPemilikKinerja(CakupanTim cakupanKetua, KebijakanTimKerja k, string? alasan) : IBusinessRule
{
    public string Pesan => k.KetuaDariPemilikKinerja == KetuaDariPemilikKinerja.Wajib
        ? "Ketua tim harus berasal dari unit organisasi pemilik kinerja."
        : "Ketua tim diutamakan berasal dari unit organisasi pemilik kinerja. Sebutkan alasan menunjuk ketua dari unit lain.";

    public bool Dilanggar() => cakupanKetua != CakupanTim.DalamUnit
        && (k.KetuaDariPemilikKinerja == KetuaDariPemilikKinerja.Wajib || string.IsNullOrWhiteSpace(alasan));
}

/// <summary>
/// V-TIM-04, HSU `000_f720e179c5bde346.txt` Ps 20(3): where the structure still has Pengawas positions, the PUO appoints the
/// Pejabat Pengawas as ketua. Ps 20(1) also allows a JF/Pelaksana, so [P] another choice needs a reason (§15 Q-21).
/// </summary>
public sealed class KetuaPengawasJikaMasihAda(ProfilPersonel calon, KebijakanTimKerja k, bool strukturMasihMemilikiPengawas, string? alasan) : IBusinessRule
{
    public string Pesan => "Struktur unit ini masih memiliki Pejabat Pengawas; Pimpinan Unit Organisasi menunjuk Pejabat Pengawas sebagai ketua tim. Sebutkan alasan menunjuk pejabat lain.";

    public bool Dilanggar() => k.PengawasSebagaiKetua == PengawasSebagaiKetua.DiutamakanJikaMasihAda && strukturMasihMemilikiPengawas
        && calon.Jenis != JenisJabatan.Pengawas && string.IsNullOrWhiteSpace(alasan);
}

/// <summary>
/// V-TIM-04, TRK `002_d52b46878c9378dd.txt` Ps 12(4): in a PD/UK not yet simplified the ketua comes from a Pejabat Pengawas
/// or a JF according to tusi ([P] warn with a reason, like HSU).
/// </summary>
public sealed class KetuaPengawasAtauJfPadaUnitBelumDisederhanakan(ProfilPersonel calon, KebijakanTimKerja k, bool belumDisederhanakan, string? alasan) : IBusinessRule
{
    public string Pesan => "Pada Perangkat Daerah/Unit Kerja yang belum dilakukan penyederhanaan struktur, ketua tim berasal dari Pejabat Pengawas atau Pejabat Fungsional sesuai tugas dan fungsi. Sebutkan alasan menunjuk pejabat lain.";

    public bool Dilanggar() => k.PengawasSebagaiKetua == PengawasSebagaiKetua.PengawasAtauJfJikaBelumDisederhanakan && belumDisederhanakan
        && calon.Jenis is not (JenisJabatan.Pengawas or JenisJabatan.Fungsional) && string.IsNullOrWhiteSpace(alasan);
}

/// <summary>
/// V-TIM-05, MUBA `001_75f6c752ea8be86f.txt` Ps 10(3): "diutamakan" a–e. Choosing below an eligible candidate of higher
/// priority needs a reason ([P] warn).
/// </summary>
public sealed class KetuaBukanPrioritasPerluAlasan(PeringkatCalonKetua? dipilih, IReadOnlyList<PeringkatCalonKetua> peringkat, string? alasan) : IBusinessRule
{
    public string Pesan
    {
        get
        {
            var terbaik = peringkat.Where(p => p.PeringkatPrioritas == 1).Select(p => p.Calon.Profil.Sebutan);
            return $"Calon ketua dengan urutan prioritas lebih tinggi tersedia: {string.Join(", ", terbaik)}. Sebutkan alasan memilih calon dengan urutan prioritas lebih rendah.";
        }
    }

    public bool Dilanggar() => dipilih?.PeringkatPrioritas > 1 && string.IsNullOrWhiteSpace(alasan);
}
