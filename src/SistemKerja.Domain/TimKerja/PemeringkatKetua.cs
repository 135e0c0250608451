using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Domain.TimKerja;

/// <summary>A person the PUO considers for ketua, with their origin relative to the unit pemilik kinerja.</summary>
/// <param name="Id">The caller's key (the team's personel id).</param>
public sealed record CalonKetua(Guid Id, ProfilPersonel Profil, CakupanTim Cakupan);

/// <summary>One candidate's place in the suggestion list, and why.</summary>
/// <param name="Peringkat">Competition rank (1, 2, 2, 4…): eligible before ineligible, no warning before warning, then priority.</param>
/// <param name="PeringkatPrioritas">
/// MUBA Ps 10(3) rank among the eligible candidates that need no more justification than this one (a candidate without
/// warnings is compared with the others without warnings; one with a warning with every eligible candidate), so that following
/// K3 "diutamakan dari unit pemilik kinerja" never calls for a V-TIM-05 reason. Null where the region has no priority list or
/// the candidate is ineligible.
/// </param>
/// <param name="Layak">No condition blocks the candidate.</param>
/// <param name="Alasan">The priority criteria the candidate meets (a–e), in Indonesian.</param>
/// <param name="Kendala">The conditions that block the candidate.</param>
/// <param name="Peringatan">The preferences the candidate departs from (a reason is needed to choose them).</param>
public sealed record PeringkatCalonKetua(CalonKetua Calon, int Peringkat, int? PeringkatPrioritas, bool Layak,
    IReadOnlyList<string> Alasan, IReadOnlyList<string> Kendala, IReadOnlyList<string> Peringatan);

/// <summary>
/// Ranks ketua candidates (DOMAIN.md §8.3, V-TIM-05). The region's eligibility rules (K3, K4, K5, K7, K8) sort the eligible
/// before the ineligible and the unreserved before those needing a reason; where the region has the MUBA priority list
/// (`001_75f6c752ea8be86f.txt` Ps 10(3)) the candidates are then ordered a &gt; b &gt; c &gt; d &gt; e, read as successive
/// criteria: (a) JF keahlian; (b) among them, hasil penyetaraan; (c) managerial experience (JF and Pelaksana); (d) JF by
/// higher jenjang; (e) Pelaksana by higher golongan ruang. Positions outside "Pejabat Fungsional dan Pelaksana" come last.
/// A pure function: ties share a rank, and equal candidates keep the caller's order.
/// </summary>
public static class PemeringkatKetua
{
    public const string TanpaUrutanPrioritas = "Daerah ini tidak menetapkan urutan prioritas ketua tim; penunjukan berdasarkan keahlian dan/atau keterampilan.";

    public static IReadOnlyList<PeringkatCalonKetua> Peringkatkan(IEnumerable<CalonKetua> calon, KebijakanTimKerja k, bool strukturMasihMemilikiPengawas)
    {
        var dinilai = calon.Select((c, urutan) =>
        {
            var kendala = AturanKetua.Kendala(c.Profil, c.Cakupan, k, strukturMasihMemilikiPengawas).Select(a => a.Pesan).ToList();
            var peringatan = AturanKetua.Peringatan(c.Profil, c.Cakupan, k, strukturMasihMemilikiPengawas).Select(a => a.Pesan).ToList();
            var prioritas = k.UrutanPrioritasKetua ? KunciPrioritas(c.Profil) : [];
            return (Calon: c, Urutan: urutan, Kendala: kendala, Peringatan: peringatan, Prioritas: prioritas);
        }).ToList();

        int[] Kunci((CalonKetua Calon, int Urutan, List<string> Kendala, List<string> Peringatan, int[] Prioritas) d) =>
            [d.Kendala.Count > 0 ? 1 : 0, d.Peringatan.Count > 0 ? 1 : 0, .. d.Prioritas];

        var layak = dinilai.Where(d => d.Kendala.Count == 0).ToList();
        return [.. dinilai
            .Select(d => new PeringkatCalonKetua(
                d.Calon,
                1 + dinilai.Count(lain => Banding(Kunci(lain), Kunci(d)) < 0),
                k.UrutanPrioritasKetua && d.Kendala.Count == 0
                    ? 1 + layak.Count(lain => (lain.Peringatan.Count == 0 || d.Peringatan.Count > 0) && Banding(lain.Prioritas, d.Prioritas) < 0)
                    : null,
                d.Kendala.Count == 0,
                k.UrutanPrioritasKetua ? AlasanPrioritas(d.Calon.Profil) : [TanpaUrutanPrioritas],
                d.Kendala,
                d.Peringatan))
            .Select((p, i) => (p, i))
            .OrderBy(x => x.p.Peringkat)
            .ThenBy(x => x.i)
            .Select(x => x.p)];
    }

    /// <summary>Lower is better, compared element by element: f (JF/Pelaksana first), a, b, c, d, e.</summary>
    private static int[] KunciPrioritas(ProfilPersonel p)
    {
        var jf = p.Jenis == JenisJabatan.Fungsional;
        var pelaksana = p.Jenis == JenisJabatan.Pelaksana;
        var keahlian = p.Kategori == KategoriFungsional.Keahlian;
        return
        [
            jf || pelaksana ? 0 : 1,
            keahlian ? 0 : 1,
            keahlian && p.HasilPenyetaraan ? 0 : 1,
            (jf || pelaksana) && p.PengalamanManajerial ? 0 : 1,
            jf ? 0 : 1,
            jf ? -TingkatJenjang(p.Jenjang) : 0,
            pelaksana ? -(int)(p.GolonganRuang ?? 0) : 0,
        ];
    }

    private static List<string> AlasanPrioritas(ProfilPersonel p)
    {
        var alasan = new List<string>();
        var jf = p.Jenis == JenisJabatan.Fungsional;
        var pelaksana = p.Jenis == JenisJabatan.Pelaksana;
        if (!jf && !pelaksana)
        {
            alasan.Add($"Pejabat {p.Jenis.Label()} tidak termasuk urutan prioritas ketua tim (prioritas bagi Pejabat Fungsional dan Pelaksana).");
            return alasan;
        }

        if (p.Kategori == KategoriFungsional.Keahlian)
        {
            alasan.Add("Prioritas a: Pejabat Fungsional kategori keahlian.");
            if (p.HasilPenyetaraan)
            {
                alasan.Add("Prioritas b: Pejabat Fungsional hasil penyetaraan jabatan.");
            }
        }
        else if (jf)
        {
            alasan.Add("Pejabat Fungsional kategori keterampilan: tidak termasuk prioritas a dan b.");
        }

        if (p.PengalamanManajerial)
        {
            alasan.Add("Prioritas c: memiliki pengalaman dan/atau kompetensi manajerial.");
        }

        if (jf && p.Jenjang is { } jenjang)
        {
            alasan.Add($"Prioritas d: Pejabat Fungsional jenjang {jenjang.Label()}.");
        }

        if (pelaksana)
        {
            alasan.Add(p.GolonganRuang is { } g
                ? $"Prioritas e: Pelaksana golongan ruang {g.Kode()}."
                : "Prioritas e: Pelaksana tanpa golongan ruang PNS (PPPK) ditempatkan di urutan akhir.");
        }

        return alasan;
    }

    /// <summary>1–4 within the kategori (keahlian and keterampilan are already apart by criterion a).</summary>
    private static int TingkatJenjang(JenjangFungsional? j) => j switch
    {
        JenjangFungsional.AhliPertama or JenjangFungsional.Pemula => 1,
        JenjangFungsional.AhliMuda or JenjangFungsional.Terampil => 2,
        JenjangFungsional.AhliMadya or JenjangFungsional.Mahir => 3,
        JenjangFungsional.AhliUtama or JenjangFungsional.Penyelia => 4,
        _ => 0,
    };

    private static int Banding(int[] a, int[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
