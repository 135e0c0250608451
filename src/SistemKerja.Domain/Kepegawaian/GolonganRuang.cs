namespace SistemKerja.Domain.Kepegawaian;

/// <summary>
/// [B] PNS golongan ruang I/a … IV/e, ordered so that they compare as numbers (DOMAIN.md §3.2: "compare golongan
/// ruang as an ordered enum; do not compare strings"). PPPK have their own grades, <see cref="GolonganPppk"/>.
/// </summary>
public enum GolonganRuang
{
    IA = 11, IB = 12, IC = 13, ID = 14,
    IIA = 21, IIB = 22, IIC = 23, IID = 24,
    IIIA = 31, IIIB = 32, IIIC = 33, IIID = 34,
    IVA = 41, IVB = 42, IVC = 43, IVD = 44, IVE = 45,
}

/// <summary>[B] Golongan PPPK I … XVII (Perpres 98/2020).</summary>
public enum GolonganPppk
{
    I = 1, II, III, IV, V, VI, VII, VIII, IX, X, XI, XII, XIII, XIV, XV, XVI, XVII,
}

public static class Kepangkatan
{
    private static readonly Dictionary<GolonganRuang, string> NamaPangkat = new()
    {
        [GolonganRuang.IA] = "Juru Muda",
        [GolonganRuang.IB] = "Juru Muda Tingkat I",
        [GolonganRuang.IC] = "Juru",
        [GolonganRuang.ID] = "Juru Tingkat I",
        [GolonganRuang.IIA] = "Pengatur Muda",
        [GolonganRuang.IIB] = "Pengatur Muda Tingkat I",
        [GolonganRuang.IIC] = "Pengatur",
        [GolonganRuang.IID] = "Pengatur Tingkat I",
        [GolonganRuang.IIIA] = "Penata Muda",
        [GolonganRuang.IIIB] = "Penata Muda Tingkat I",
        [GolonganRuang.IIIC] = "Penata",
        [GolonganRuang.IIID] = "Penata Tingkat I",
        [GolonganRuang.IVA] = "Pembina",
        [GolonganRuang.IVB] = "Pembina Tingkat I",
        [GolonganRuang.IVC] = "Pembina Utama Muda",
        [GolonganRuang.IVD] = "Pembina Utama Madya",
        [GolonganRuang.IVE] = "Pembina Utama",
    };

    /// <summary>"III/b".</summary>
    public static string Kode(this GolonganRuang g)
    {
        var nama = g.ToString();
        var huruf = char.ToLowerInvariant(nama[^1]);
        return $"{nama[..^1]}/{huruf}";
    }

    /// <summary>"Penata Muda Tingkat I".</summary>
    public static string Pangkat(this GolonganRuang g) => NamaPangkat[g];

    /// <summary>"Pembina Tingkat I (IV/b)", as printed in signature blocks.</summary>
    public static string PangkatDanGolongan(this GolonganRuang g) => $"{g.Pangkat()} ({g.Kode()})";

    /// <summary>As printed on letters and pages: "Penata Muda Tingkat I (III/b)" for a PNS, "PPPK golongan IX" for a PPPK.</summary>
    public static string Teks(GolonganRuang? golonganRuang, GolonganPppk? golonganPppk) =>
        golonganRuang is { } gr ? gr.PangkatDanGolongan() : golonganPppk is { } gp ? $"PPPK golongan {gp}" : "-";
}
