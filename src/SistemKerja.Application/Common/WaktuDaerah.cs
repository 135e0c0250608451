namespace SistemKerja.Application.Common;

/// <summary>
/// The clock of the region: "today" is the date in the region's time zone (WIB by default), not the server's (often UTC),
/// so a letter signed at 06.30 WIB is dated that day. Instants are still stored in UTC (<see cref="TimeProvider.GetUtcNow"/>).
/// </summary>
public sealed class WaktuDaerah(TimeZoneInfo zona) : TimeProvider
{
    public const string ZonaBawaan = "Asia/Jakarta";

    public override TimeZoneInfo LocalTimeZone { get; } = zona;

    public static WaktuDaerah Dari(string? idZona) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(idZona) ? ZonaBawaan : idZona));
}
