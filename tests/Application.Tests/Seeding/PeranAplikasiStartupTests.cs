using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SistemKerja.Infrastructure.Persistence;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.Seeding;

/// <summary>
/// The start-up path of scripts/run.sh: the app's connection is the application role, migrations run through
/// <c>ConnectionStrings:SistemKerjaPemilik</c> (the owner), which then grants the role its rights (PeranAplikasi).
/// </summary>
public sealed class PeranAplikasiStartupTests(DatabaseKosongFixture db) : IClassFixture<DatabaseKosongFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Siapkan_DenganKoneksiPemilik_MigrasiSebagaiPemilikLaluPeranAplikasiDiberiHakTanpaUbahJejak()
    {
        var koneksiAplikasi = await PostgresUji.PastikanPeranAplikasiAsync(db.ConnectionString);
        (await Coba(koneksiAplikasi, "SELECT count(*) FROM pegawai")).ShouldBe(PostgresErrorCodes.InsufficientPrivilege, "no rights before the start-up grants them");

        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:SistemKerja"] = koneksiAplikasi,
            ["ConnectionStrings:SistemKerjaPemilik"] = db.ConnectionString,
        }).Build();
        await using (var layanan = PostgresUji.BuatLayanan(koneksiAplikasi, s => s.AddSingleton<IConfiguration>(config)))
        {
            await DatabaseStartup.SiapkanAsync(layanan, migrasi: true, semaiDemo: false, Ct);
        }

        (await Coba(koneksiAplikasi, "SELECT count(*) FROM pegawai")).ShouldBeNull();
        (await Coba(koneksiAplikasi, "INSERT INTO jejak_audit (\"Waktu\", \"NamaPengguna\", \"Aksi\", \"Data\") VALUES (now(), 'uji', 'Uji', '{}')")).ShouldBeNull();
        (await Coba(koneksiAplikasi, "DELETE FROM jejak_audit")).ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        (await Coba(koneksiAplikasi, "CREATE TABLE penyusup (id int)")).ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    /// <summary>Runs one statement; null when it succeeded, else its SQLSTATE.</summary>
    private static async Task<string?> Coba(string koneksi, string sql)
    {
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(koneksi) { Pooling = false }.ConnectionString);
        await conn.OpenAsync(Ct);
        try
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            await cmd.ExecuteNonQueryAsync(Ct);
            return null;
        }
        catch (PostgresException e)
        {
            return e.SqlState;
        }
    }
}
