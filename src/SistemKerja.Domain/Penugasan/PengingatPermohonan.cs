namespace SistemKerja.Domain.Penugasan;

/// <summary>
/// The region's working days: Monday to Friday, except the public holidays it lists (the national holidays and cuti
/// bersama of the SKB 3 Menteri, and any regional day off). The list is a setting of the region, never code.
/// </summary>
public sealed class KalenderKerja(IEnumerable<DateOnly> hariLibur)
{
    private readonly HashSet<DateOnly> libur = [.. hariLibur];

    public bool HariKerja(DateOnly tanggal) => tanggal.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !libur.Contains(tanggal);

    /// <summary>The working days after <paramref name="dari"/> up to and including <paramref name="sampai"/> (0 when not after).</summary>
    public int HariKerjaSejak(DateOnly dari, DateOnly sampai)
    {
        var jumlah = 0;
        for (var t = dari.AddDays(1); t <= sampai; t = t.AddDays(1))
        {
            if (HariKerja(t))
            {
                jumlah++;
            }
        }

        return jumlah;
    }
}

/// <summary>
/// How long a step may wait (DOMAIN.md §15 Q-2: no legal deadline, a configurable period in working days, reminders,
/// never an automatic decision): after <see cref="BatasPengingat"/> working days the officials of the step are reminded;
/// <see cref="BatasEskalasi"/> working days after the reminder the request is escalated to their own superior.
/// </summary>
public sealed record AturanPengingat(int BatasPengingat, int BatasEskalasi)
{
    public const int BawaanHariKerja = 3;

    public static AturanPengingat Bawaan { get; } = new(BawaanHariKerja, BawaanHariKerja);
}

public enum TindakanPengingat
{
    Tidak,
    Ingatkan,
    Eskalasikan,
}

/// <summary>Decides, for the waiting step of a request, whether today is the day to remind or to escalate.</summary>
public static class PenjadwalPengingat
{
    /// <param name="mulaiMenunggu">The local date the step started waiting.</param>
    /// <param name="diingatkan">The local date its officials were reminded, if they were.</param>
    /// <param name="sudahDieskalasi">Whether it was already escalated (once per step).</param>
    public static TindakanPengingat Tentukan(DateOnly mulaiMenunggu, DateOnly? diingatkan, bool sudahDieskalasi, DateOnly hariIni, KalenderKerja kalender, AturanPengingat aturan)
    {
        if (sudahDieskalasi)
        {
            return TindakanPengingat.Tidak;
        }

        if (diingatkan is { } tanggalIngat)
        {
            return kalender.HariKerjaSejak(tanggalIngat, hariIni) >= aturan.BatasEskalasi ? TindakanPengingat.Eskalasikan : TindakanPengingat.Tidak;
        }

        return kalender.HariKerjaSejak(mulaiMenunggu, hariIni) >= aturan.BatasPengingat ? TindakanPengingat.Ingatkan : TindakanPengingat.Tidak;
    }
}
