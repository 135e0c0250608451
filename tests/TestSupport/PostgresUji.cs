using DotNet.Testcontainers.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using SistemKerja.Application;
using SistemKerja.Application.Common;
using SistemKerja.Infrastructure;
using SistemKerja.Infrastructure.Persistence;
using SistemKerja.Infrastructure.Seeding;
using Testcontainers.PostgreSql;

namespace SistemKerja.TestSupport;

/// <summary>
/// Real PostgreSQL for the tests. The server comes from Testcontainers where a Docker engine exists, otherwise from
/// <c>TEST_PG_CONNECTION</c> (a throwaway local cluster started by scripts/test.sh). Two template databases are built once
/// per server and migration (empty and demo-seeded); every test class gets its own copy (<c>CREATE DATABASE … TEMPLATE</c>).
/// </summary>
public static class PostgresUji
{
    private static readonly SemaphoreSlim Kunci = new(1, 1);
    private static string? koneksiAdmin;
    private static PostgreSqlContainer? kontainer;
    private static readonly Dictionary<bool, string> Template = [];

    /// <summary>Creates a fresh database for one test class, from the migrated template (optionally with the demo region).</summary>
    public static async Task<string> BuatDatabaseAsync(bool denganDataDemo)
    {
        var template = await TemplateAsync(denganDataDemo);
        var nama = "uji_" + Guid.NewGuid().ToString("N")[..20];
        await using (var conn = new NpgsqlConnection(await KoneksiAdminAsync()))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{nama}\" TEMPLATE \"{template}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        return KoneksiKe(await KoneksiAdminAsync(), nama, pooling: true);
    }

    /// <summary>The login role the web app connects as in tests, like in production (see <see cref="PeranAplikasi"/>).</summary>
    public const string NamaPeranAplikasi = "sistemkerja_app_uji";

    /// <summary>
    /// Creates (once per server) the application's own role, neither superuser nor owner, grants it its rights in the
    /// database of <paramref name="connectionString"/> and returns a connection string of that database for the role.
    /// </summary>
    public static async Task<string> KoneksiPeranAplikasiAsync(string connectionString)
    {
        var koneksi = await PastikanPeranAplikasiAsync(connectionString);
        await using (var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString))
        {
            await conn.OpenAsync();
            await Eksekusi(conn, PeranAplikasi.SqlHakAkses(NamaPeranAplikasi));
        }

        return koneksi;
    }

    /// <summary>Creates the application role once per server (no rights granted) and returns its connection string to the database of <paramref name="connectionString"/>.</summary>
    public static async Task<string> PastikanPeranAplikasiAsync(string connectionString)
    {
        await using (var conn = new NpgsqlConnection(await KoneksiAdminAsync()))
        {
            await conn.OpenAsync();
            try
            {
                await Eksekusi(conn, $"""
                    DO $$ BEGIN
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{NamaPeranAplikasi}') THEN
                            CREATE ROLE {NamaPeranAplikasi} LOGIN PASSWORD '{NamaPeranAplikasi}' NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
                        END IF;
                    END $$
                    """);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateObject or PostgresErrorCodes.UniqueViolation)
            {
                // another test process created it at the same moment
            }
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { Username = NamaPeranAplikasi, Password = NamaPeranAplikasi }.ConnectionString;
    }

    public static async Task HapusDatabaseAsync(string connectionString)
    {
        var nama = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(await KoneksiAdminAsync());
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{nama}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>The services of the application (same registrations as the web host) on a given database.</summary>
    public static ServiceProvider BuatLayanan(string connectionString, Action<IServiceCollection>? tambahan = null)
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{Infrastructure.DependencyInjection.NamaConnectionString}"] = connectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(config);
        services.AddApplication();
        services.AddInfrastructure(config);
        services.AddScoped<IPenggunaSaatIni, PenggunaUji>();
        tambahan?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static async Task<string> TemplateAsync(bool denganDataDemo)
    {
        await Kunci.WaitAsync();
        try
        {
            if (Template.TryGetValue(denganDataDemo, out var ada))
            {
                return ada;
            }

            var admin = await KoneksiAdminAsync();
            string migrasiTerakhir;
            await using (var sp = BuatLayanan(KoneksiKe(admin, "postgres", pooling: false)))
            await using (var scope = sp.CreateAsyncScope())
            {
                migrasiTerakhir = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetMigrations().Last();
            }

            // The name changes with the last migration and (for the demo template) with the seeder's data version, so a
            // local cluster never reuses a template built by an older seeder.
            var versi = denganDataDemo ? $"v{Infrastructure.Seeding.PenyemaiDemo.VersiData}_" : "";
            var nama = $"tpl_{(denganDataDemo ? "demo" : "kosong")}_{versi}{migrasiTerakhir}".ToLowerInvariant();
            nama = nama.Length > 60 ? nama[..60] : nama;

            // Test projects run as parallel processes: a session-level advisory lock makes one of them build the template.
            await using var conn = new NpgsqlConnection(admin);
            await conn.OpenAsync();
            await Eksekusi(conn, "SELECT pg_advisory_lock(727274)");
            try
            {
                var sudahAda = await new NpgsqlCommand($"SELECT count(*) FROM pg_database WHERE datname = '{nama}' AND datistemplate", conn).ExecuteScalarAsync() is long n && n > 0;
                if (!sudahAda)
                {
                    await Eksekusi(conn, $"DROP DATABASE IF EXISTS \"{nama}\" WITH (FORCE)");
                    await Eksekusi(conn, $"CREATE DATABASE \"{nama}\"");
                    var koneksiTemplate = KoneksiKe(admin, nama, pooling: false);
                    await using (var sp = BuatLayanan(koneksiTemplate))
                    {
                        await DatabaseStartup.SiapkanAsync(sp, migrasi: true, semaiDemo: denganDataDemo);
                    }

                    NpgsqlConnection.ClearAllPools();
                    await Eksekusi(conn, $"ALTER DATABASE \"{nama}\" WITH IS_TEMPLATE true");
                }
            }
            finally
            {
                await Eksekusi(conn, "SELECT pg_advisory_unlock(727274)");
            }

            Template[denganDataDemo] = nama;
            return nama;
        }
        finally
        {
            Kunci.Release();
        }
    }

    private static async Task Eksekusi(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static string KoneksiKe(string admin, string database, bool pooling) =>
        new NpgsqlConnectionStringBuilder(admin) { Database = database, Pooling = pooling, MaxPoolSize = 20 }.ConnectionString;

    private static async Task<string> KoneksiAdminAsync()
    {
        if (koneksiAdmin is not null)
        {
            return koneksiAdmin;
        }

        var dariEnv = Environment.GetEnvironmentVariable("TEST_PG_CONNECTION");
        if (!string.IsNullOrWhiteSpace(dariEnv))
        {
            return koneksiAdmin = dariEnv;
        }

        if (TestcontainersSettings.OS.DockerEndpointAuthConfig is null)
        {
            throw new InvalidOperationException(
                "No PostgreSQL for the tests: set TEST_PG_CONNECTION (scripts/test.sh starts a throwaway cluster) or run where a Docker engine is available.");
        }

        kontainer = new PostgreSqlBuilder("postgres:15").Build();
        await kontainer.StartAsync();
        return koneksiAdmin = kontainer.GetConnectionString();
    }
}
