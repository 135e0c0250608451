using Npgsql;
using SistemKerja.TestSupport;
using SistemKerja.Web.Tests.NaskahDinas;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.Keamanan;

/// <summary>
/// The audit log is append-only for the application: the web host of every Web.Tests class connects as the
/// application role (<see cref="PostgresUji.NamaPeranAplikasi"/>, rights from PeranAplikasi), which is neither superuser
/// nor owner. Here that role is shown unable to change the log or switch its triggers off, and the triggers are shown
/// to refuse even the owner. Limitation: a PostgreSQL superuser can still bypass triggers
/// (<c>session_replication_role = replica</c>); only the database administrator should hold one.
/// </summary>
public sealed class JejakAuditPeranAplikasiTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PeranAplikasi_BukanSuperuserBukanPemilik_MenerbitkanSuratTugasDanMenulisJejak()
    {
        await using var conn = await BukaAsync(app.ConnectionStringAplikasi);
        (await SkalarAsync<string>(conn, "SELECT current_user")).ShouldBe(PostgresUji.NamaPeranAplikasi);
        (await SkalarAsync<bool>(conn, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).ShouldBeFalse();
        (await SkalarAsync<string>(conn, "SELECT tableowner FROM pg_tables WHERE tablename = 'jejak_audit'")).ShouldNotBe(PostgresUji.NamaPeranAplikasi);
        var sebelum = await SkalarAsync<long>(conn, "SELECT count(*) FROM jejak_audit");

        // The host runs as that role: a full command (numbering, PDF, document, audit line) goes through.
        var dokumen = await DokumenWeb.TunjukPegawaiAsync(app, await PimpinanAsync(app));

        dokumen.Sha256.ShouldBe(DokumenWeb.Sha256(dokumen.Isi));
        (await SkalarAsync<long>(conn, "SELECT count(*) FROM jejak_audit")).ShouldBeGreaterThan(sebelum);
    }

    [Theory]
    [InlineData("UPDATE jejak_audit SET \"Aksi\" = 'diubah'")]
    [InlineData("DELETE FROM jejak_audit")]
    [InlineData("TRUNCATE jejak_audit")]
    [InlineData("ALTER TABLE jejak_audit DISABLE TRIGGER ALL")]
    [InlineData("DROP TRIGGER jejak_audit_append_only ON jejak_audit")]
    [InlineData("SET session_replication_role = replica")]
    [InlineData("UPDATE berkas_dokumen SET \"Isi\" = '\\x00'")]
    [InlineData("DELETE FROM dokumen")]
    [InlineData("DELETE FROM \"__EFMigrationsHistory\"")]
    public async Task PeranAplikasi_UbahJejakAtauDokumenAtauMatikanTrigger_DitolakHakAkses(string sql)
    {
        await using var conn = await BukaAsync(app.ConnectionStringAplikasi);
        await using (var tambah = new NpgsqlCommand("INSERT INTO jejak_audit (\"Waktu\", \"NamaPengguna\", \"Aksi\", \"Data\") VALUES (now(), 'uji', 'UjiPeran', '{}')", conn))
        {
            (await tambah.ExecuteNonQueryAsync(Ct)).ShouldBe(1); // appending is allowed
        }

        var galat = await Should.ThrowAsync<PostgresException>(async () =>
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            await cmd.ExecuteNonQueryAsync(Ct);
        });

        galat.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege, galat.MessageText);
        (await SkalarAsync<long>(conn, "SELECT count(*) FROM jejak_audit WHERE \"Aksi\" = 'UjiPeran'")).ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("UPDATE jejak_audit SET \"Aksi\" = 'diubah'")]
    [InlineData("DELETE FROM jejak_audit")]
    [InlineData("TRUNCATE jejak_audit")]
    public async Task Pemilik_UbahHapusTruncateJejak_DitolakTrigger(string sql)
    {
        await using var conn = await BukaAsync(app.ConnectionString);
        await using (var tambah = new NpgsqlCommand("INSERT INTO jejak_audit (\"Waktu\", \"NamaPengguna\", \"Aksi\", \"Data\") VALUES (now(), 'uji', 'UjiPemilik', '{}')", conn))
        {
            await tambah.ExecuteNonQueryAsync(Ct);
        }

        var galat = await Should.ThrowAsync<PostgresException>(async () =>
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            await cmd.ExecuteNonQueryAsync(Ct);
        });

        galat.MessageText.ShouldContain("append-only");
        (await SkalarAsync<long>(conn, "SELECT count(*) FROM jejak_audit WHERE \"Aksi\" = 'UjiPemilik'")).ShouldBeGreaterThan(0);
    }

    private static async Task<NpgsqlConnection> BukaAsync(string koneksi)
    {
        var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(koneksi) { Pooling = false }.ConnectionString);
        await conn.OpenAsync(Ct);
        return conn;
    }

    private static async Task<T> SkalarAsync<T>(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (T)(await cmd.ExecuteScalarAsync(Ct))!;
    }
}
