namespace SistemKerja.Application.TimKerja.Bersama;

/// <summary>
/// Columns of <c>tim_kerja</c> that are not properties of <see cref="Domain.TimKerja.Tim"/>: PostgreSQL computes them from the
/// jsonb "Pimpinan" and "Keputusan" so queries can filter and index on the team's officials and decree (read with
/// <c>EF.Property</c>, never written).
/// </summary>
public static class KolomTim
{
    /// <summary>The position of the team's PUO pemilik kinerja.</summary>
    public const string JabatanPimpinan = "JabatanPimpinanId";

    /// <summary>The position of the team's PPK, where the team names one.</summary>
    public const string JabatanPejabatPenilai = "JabatanPejabatPenilaiId";

    /// <summary>The scope of the decree in force (<c>Keputusan.Cakupan</c> as text); null before the team is set.</summary>
    public const string CakupanKeputusan = "CakupanKeputusan";

    /// <summary>The team a personnel row belongs to (a shadow foreign key).</summary>
    public const string Tim = "TimId";
}
