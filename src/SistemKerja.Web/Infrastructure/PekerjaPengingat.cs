using System.Security.Claims;
using Mediator;
using SistemKerja.Application.AlurPenugasan.KirimPengingat;
using SistemKerja.Application.Common;

namespace SistemKerja.Web.Infrastructure;

/// <summary>
/// Sends the reminders and escalations of waiting requests on a timer (<see cref="PengaturanPengingat.IntervalMenit"/>),
/// as the application itself (role <see cref="Peran.Sistem"/>). A failed run (for example a request changed by a user at
/// the same moment) is logged and retried on the next tick; nothing is lost because the state lives on the request.
/// </summary>
internal sealed partial class PekerjaPengingat(IServiceScopeFactory scopes, PengaturanPengingat pengaturan, TimeProvider waktu, ILogger<PekerjaPengingat> log)
    : BackgroundService
{
    private static readonly ClaimsPrincipal Sistem = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "sistem (pengingat)"), new Claim(ClaimTypes.Role, Peran.Sistem)], "Sistem"));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (pengaturan.IntervalMenit <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(pengaturan.IntervalMenit), waktu);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await JalankanAsync(stoppingToken);
        }
    }

    private async Task JalankanAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<PenggunaLatar>().Pengguna = Sistem;
            var hasil = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new KirimPengingatCommand(), ct);
            if (hasil.Berhasil)
            {
                LogSelesai(log, hasil.Nilai.Diingatkan, hasil.Nilai.Dieskalasi);
            }
            else
            {
                LogDitunda(log, string.Join("; ", hasil.Errors.Select(e => e.Pesan)));
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            LogGagal(log, e);
        }
    }

    [LoggerMessage(LogLevel.Information, "Pengingat permohonan: {Diingatkan} diingatkan, {Dieskalasi} dieskalasi")]
    private static partial void LogSelesai(ILogger log, int diingatkan, int dieskalasi);

    [LoggerMessage(LogLevel.Warning, "Pengingat permohonan ditunda ke putaran berikut: {Alasan}")]
    private static partial void LogDitunda(ILogger log, string alasan);

    [LoggerMessage(LogLevel.Error, "Pengingat permohonan gagal karena kesalahan sistem")]
    private static partial void LogGagal(ILogger log, Exception e);
}
