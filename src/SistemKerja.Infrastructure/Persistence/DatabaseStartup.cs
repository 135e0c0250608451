using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SistemKerja.Infrastructure.Seeding;

namespace SistemKerja.Infrastructure.Persistence;

public static class DatabaseStartup
{
    /// <summary>Connection string of the tables' owner, used only to migrate (and seed) when the app runs as its own role.</summary>
    public const string NamaConnectionStringPemilik = "SistemKerjaPemilik";

    /// <summary>
    /// Applies committed migrations and, when asked, seeds the demo region into an empty database. With
    /// <c>ConnectionStrings:SistemKerjaPemilik</c> set, both run as the owner and the app's role (the user of
    /// <c>ConnectionStrings:SistemKerja</c>) then gets its rights (<see cref="PeranAplikasi"/>).
    /// </summary>
    public static async Task SiapkanAsync(IServiceProvider services, bool migrasi, bool semaiDemo, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var config = scope.ServiceProvider.GetService<IConfiguration>();
        var pemilik = config?.GetConnectionString(NamaConnectionStringPemilik);
        var aplikasi = config?.GetConnectionString(DependencyInjection.NamaConnectionString);
        if (!string.IsNullOrWhiteSpace(pemilik) && (migrasi || semaiDemo))
        {
            db.Database.SetConnectionString(pemilik);
        }

        if (migrasi)
        {
            await db.Database.MigrateAsync(ct);
        }

        if (semaiDemo)
        {
            await scope.ServiceProvider.GetRequiredService<PenyemaiDemo>().SemaiAsync(ct);
        }

        if (!string.IsNullOrWhiteSpace(pemilik) && migrasi && !string.IsNullOrWhiteSpace(aplikasi))
        {
            var peran = new NpgsqlConnectionStringBuilder(aplikasi).Username;
            if (!string.IsNullOrWhiteSpace(peran) && peran != new NpgsqlConnectionStringBuilder(pemilik).Username)
            {
                await PeranAplikasi.TerapkanAsync(db, peran, ct);
            }
        }
    }
}
