namespace SistemKerja.Domain.Kepegawaian;

/// <summary>Highest completed education; ordered. The SBS Pelaksana-as-ketua rule needs "minimal sarjana" (DOMAIN.md §3.5).</summary>
public enum Pendidikan
{
    SD = 1,
    SMP = 2,
    SMA = 3,
    D1 = 4,
    D2 = 5,
    D3 = 6,
    D4 = 7,
    S1 = 8,
    S2 = 9,
    S3 = 10,
}
