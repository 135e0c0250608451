using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Infrastructure.Seeding;

namespace SistemKerja.Infrastructure.Persistence;

public static class DatabaseStartup
{
    /// <summary>Applies committed migrations and, when asked, seeds the demo region into an empty database.</summary>
    public static async Task SiapkanAsync(IServiceProvider services, bool migrasi, bool semaiDemo, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        if (migrasi)
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync(ct);
        }

        if (semaiDemo)
        {
            await scope.ServiceProvider.GetRequiredService<PenyemaiDemo>().SemaiAsync(ct);
        }
    }
}
