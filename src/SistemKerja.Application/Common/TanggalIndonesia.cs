using System.Globalization;

namespace SistemKerja.Application.Common;

/// <summary>Dates as Indonesian naskah dinas write them: "20 Januari 2025", "Januari 2025".</summary>
public static class TanggalIndonesia
{
    public static readonly CultureInfo Budaya = CultureInfo.GetCultureInfo("id-ID");

    public static string Teks(DateOnly tanggal) => tanggal.ToString("d MMMM yyyy", Budaya);

    public static string Bulan(DateOnly tanggal) => tanggal.ToString("MMMM yyyy", Budaya);

    /// <summary>
    /// The end of a period as a Surat Tugas words it (DOMAIN.md §11.1 [P]): "akhir Bulan Juni 2025" when it is the last day of
    /// a month, otherwise "tanggal 20 Juni 2025".
    /// </summary>
    public static string SampaiDengan(DateOnly selesai) =>
        selesai.AddDays(1).Day == 1 ? $"akhir Bulan {Bulan(selesai)}" : $"tanggal {Teks(selesai)}";
}
