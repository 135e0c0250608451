using Microsoft.EntityFrameworkCore;
using Npgsql;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.Seeding;

public sealed class MigrasiTests(DatabaseKosongFixture db) : IClassFixture<DatabaseKosongFixture>
{
    [Fact]
    public async Task Model_SetelahMigrasi_TidakAdaPerubahanYangBelumDimigrasi()
    {
        var ada = await db.BacaAsync(c => Task.FromResult(c.Database.HasPendingModelChanges()));

        ada.ShouldBeFalse("run: dotnet ef migrations add <Nama> --project src/SistemKerja.Infrastructure --startup-project src/SistemKerja.Web");
    }

    [Fact]
    public async Task JejakAudit_UpdateAtauDelete_DitolakDatabase()
    {
        await using var conn = new NpgsqlConnection(db.ConnectionString);
        var ct = TestContext.Current.CancellationToken;
        await conn.OpenAsync(ct);
        await new NpgsqlCommand("INSERT INTO jejak_audit (\"Waktu\", \"NamaPengguna\", \"Aksi\", \"Data\") VALUES (now(), 'uji', 'Uji', '{}')", conn).ExecuteNonQueryAsync(ct);

        var update = await Should.ThrowAsync<PostgresException>(() => new NpgsqlCommand("UPDATE jejak_audit SET \"Aksi\" = 'ubah'", conn).ExecuteNonQueryAsync(ct));
        var delete = await Should.ThrowAsync<PostgresException>(() => new NpgsqlCommand("DELETE FROM jejak_audit", conn).ExecuteNonQueryAsync(ct));

        update.MessageText.ShouldContain("append-only");
        delete.MessageText.ShouldContain("append-only");
        var jumlah = (long)(await new NpgsqlCommand("SELECT count(*) FROM jejak_audit WHERE \"Aksi\" = 'Uji'", conn).ExecuteScalarAsync(ct))!;
        jumlah.ShouldBe(1L);
    }
}
