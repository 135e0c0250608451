using System.Diagnostics;
using System.Security.Cryptography;
using Npgsql;
using SistemKerja.Web.Tests.NaskahDinas;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.Operasi;

/// <summary>
/// scripts/backup.sh and scripts/restore.sh end to end: documents issued through the app, a pg_dump -Fc backup, a
/// restore into a fresh database, and every document found again with its bytes, whose SHA-256 is recomputed here.
/// </summary>
public sealed class CadanganPulihTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Baris(Guid Id, string Nomor, string Sha256, string Status, byte[] Isi);

    [Fact]
    public async Task BackupLaluRestoreKeDatabaseBaru_SetiapDokumenDanSha256Utuh_TriggerTetapBerlaku()
    {
        var pimpinan = await PimpinanAsync(app);
        await DokumenWeb.TunjukPegawaiAsync(app, pimpinan, "Pemutakhiran data aplikasi layanan");
        await DokumenWeb.TunjukPegawaiAsync(app, pimpinan, "Penyusunan laporan layanan informasi");
        var asli = await DokumenAsync(app.ConnectionString);
        var jejakAsli = await SkalarAsync<long>(app, "SELECT count(*) FROM jejak_audit");
        asli.Count.ShouldBeGreaterThanOrEqualTo(2);

        var folder = Directory.CreateTempSubdirectory("sistemkerja-cadangan-");
        var berkas = Path.Combine(folder.FullName, "uji.dump");
        var sumber = new NpgsqlConnectionStringBuilder(app.ConnectionString);
        var tujuan = "uji_pulih_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            var cadang = await JalankanAsync("backup.sh", [berkas], Uri(sumber, sumber.Database!));
            cadang.Kode.ShouldBe(0, cadang.Keluaran);
            File.Exists(berkas + ".sha256").ShouldBeTrue();

            var pulih = await JalankanAsync("restore.sh", [berkas, tujuan], Uri(sumber, "postgres"));
            pulih.Kode.ShouldBe(0, pulih.Keluaran);
            pulih.Keluaran.ShouldContain($"{asli.Count} documents, {asli.Count} files, 0 hash mismatches, 0 without a file");

            var koneksiPulih = new NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = tujuan, Pooling = false }.ConnectionString;
            var hasil = await DokumenAsync(koneksiPulih);
            hasil.Select(d => (d.Id, d.Nomor, d.Sha256, d.Status)).ShouldBe(asli.Select(d => (d.Id, d.Nomor, d.Sha256, d.Status)));
            foreach (var d in hasil)
            {
                Convert.ToHexStringLower(SHA256.HashData(d.Isi)).ShouldBe(d.Sha256, $"document {d.Nomor}");
                d.Isi.ShouldBe(asli.Single(a => a.Id == d.Id).Isi);
            }

            await using var conn = new NpgsqlConnection(koneksiPulih);
            await conn.OpenAsync(Ct);
            var jejakPulih = (long)(await new NpgsqlCommand("SELECT count(*) FROM jejak_audit", conn).ExecuteScalarAsync(Ct))!;
            jejakPulih.ShouldBe(jejakAsli);

            // The immutability triggers came back with the schema.
            await Should.ThrowAsync<PostgresException>(async () =>
                await new NpgsqlCommand("UPDATE berkas_dokumen SET \"Isi\" = '\\x00'", conn).ExecuteNonQueryAsync(Ct));
            await Should.ThrowAsync<PostgresException>(async () =>
                await new NpgsqlCommand("DELETE FROM jejak_audit", conn).ExecuteNonQueryAsync(Ct));

            // A second restore into the same name is refused: a restore never overwrites a database.
            var lagi = await JalankanAsync("restore.sh", [berkas, tujuan], Uri(sumber, "postgres"));
            lagi.Kode.ShouldNotBe(0);
            lagi.Keluaran.ShouldContain("already exists");
        }
        finally
        {
            await HapusDatabaseAsync(tujuan);
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A restore notices a dump that changed after the backup (its .sha256 no longer matches) and restores nothing.</summary>
    [Fact]
    public async Task Restore_BerkasCadanganBerubah_DitolakSebelumMemulihkan()
    {
        var folder = Directory.CreateTempSubdirectory("sistemkerja-cadangan-");
        var berkas = Path.Combine(folder.FullName, "uji.dump");
        var sumber = new NpgsqlConnectionStringBuilder(app.ConnectionString);
        var tujuan = "uji_pulih_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            (await JalankanAsync("backup.sh", [berkas], Uri(sumber, sumber.Database!))).Kode.ShouldBe(0);
            // Invert one byte, so the file changes whatever the byte was (writing a fixed value left it unchanged
            // whenever the dump already held that value there: a 1-in-256 flake).
            var sebelum = await File.ReadAllBytesAsync(berkas, Ct);
            var diubah = (byte[])sebelum.Clone();
            diubah[^100] = (byte)~diubah[^100];
            await File.WriteAllBytesAsync(berkas, diubah, Ct);
            diubah.ShouldNotBe(sebelum);

            var pulih = await JalankanAsync("restore.sh", [berkas, tujuan], Uri(sumber, "postgres"));

            pulih.Kode.ShouldNotBe(0);
            pulih.Keluaran.ShouldContain("did NOT match");
            (await SkalarAsync<long>(app, $"SELECT count(*) FROM pg_database WHERE datname = '{tujuan}'")).ShouldBe(0);
        }
        finally
        {
            await HapusDatabaseAsync(tujuan);
            folder.Delete(recursive: true);
        }
    }

    private async Task HapusDatabaseAsync(string nama)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await admin.OpenAsync(Ct);
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{nama}\" WITH (FORCE)", admin).ExecuteNonQueryAsync(Ct);
    }

    private static async Task<List<Baris>> DokumenAsync(string koneksi)
    {
        await using var conn = new NpgsqlConnection(koneksi);
        await conn.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand("""
            SELECT d."Id", d."Nomor", d."Sha256", d."Status", b."Isi" FROM dokumen d JOIN berkas_dokumen b ON b."DokumenId" = d."Id" ORDER BY d."Id"
            """, conn);
        await using var r = await cmd.ExecuteReaderAsync(Ct);
        var hasil = new List<Baris>();
        while (await r.ReadAsync(Ct))
        {
            hasil.Add(new Baris(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<byte[]>(4)));
        }

        return hasil;
    }

    /// <summary>A libpq URI for the scripts (SISTEMKERJA_DB) from the tests' Npgsql connection string.</summary>
    private static string Uri(NpgsqlConnectionStringBuilder b, string database)
    {
        var pengguna = System.Uri.EscapeDataString(b.Username ?? "postgres");
        var sandi = string.IsNullOrEmpty(b.Password) ? "" : ":" + System.Uri.EscapeDataString(b.Password);
        return $"postgresql://{pengguna}{sandi}@{b.Host}:{b.Port}/{database}";
    }

    private static async Task<(int Kode, string Keluaran)> JalankanAsync(string skrip, string[] argumen, string db)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AkarRepositori(), "scripts", skrip));
        foreach (var a in argumen)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["SISTEMKERJA_DB"] = db;
        using var proses = Process.Start(info)!;
        var keluar = proses.StandardOutput.ReadToEndAsync(Ct);
        var galat = proses.StandardError.ReadToEndAsync(Ct);
        await proses.WaitForExitAsync(Ct);
        return (proses.ExitCode, await keluar + await galat);
    }

    private static string AkarRepositori()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "scripts", "backup.sh")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("scripts/backup.sh not found above " + AppContext.BaseDirectory);
    }
}
