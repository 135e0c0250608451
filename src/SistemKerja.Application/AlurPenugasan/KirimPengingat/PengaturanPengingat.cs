using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Application.AlurPenugasan.KirimPengingat;

/// <summary>
/// The region's settings for waiting requests (configuration section <c>Pengingat</c>): after how many working days the
/// officials are reminded and the wait escalated, how often the background job looks, and the region's holidays.
/// </summary>
public sealed class PengaturanPengingat
{
    public const string Bagian = "Pengingat";

    public int BatasHariKerja { get; set; } = AturanPengingat.BawaanHariKerja;

    public int BatasEskalasiHariKerja { get; set; } = AturanPengingat.BawaanHariKerja;

    /// <summary>How often the background job runs (minutes); 0 turns it off.</summary>
    public int IntervalMenit { get; set; } = 60;

    /// <summary>Public holidays and cuti bersama (national, plus any the region adds), as dates with their names.</summary>
    public IList<HariLibur> HariLibur { get; init; } = [];

    public KalenderKerja Kalender() => new(HariLibur.Select(h => h.Tanggal));

    public AturanPengingat Aturan() => new(Math.Max(1, BatasHariKerja), Math.Max(1, BatasEskalasiHariKerja));
}

public sealed class HariLibur
{
    public DateOnly Tanggal { get; set; }

    public string Keterangan { get; set; } = "";
}
