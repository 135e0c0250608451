using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SistemKerja.Application.AlurPenugasan.TunjukPegawai;
using SistemKerja.Application.Common;
using SistemKerja.Application.Tests.AlurPenugasan;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Infrastructure.NaskahDinas;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.NaskahDinas;

/// <summary>A fixed clock for the issue date of a document ("today" is its WIB date, like the application's own clock).</summary>
internal sealed class JamUji(DateTimeOffset sekarang) : TimeProvider
{
    public DateTimeOffset Sekarang { get; set; } = sekarang;

    public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(WaktuDaerah.ZonaBawaan);

    public override DateTimeOffset GetUtcNow() => Sekarang.ToUniversalTime();

    /// <summary>The instant that is <paramref name="jam"/> o'clock WIB on <paramref name="tanggal"/>.</summary>
    public static DateTimeOffset Wib(DateOnly tanggal, int jam) => new DateTimeOffset(tanggal.ToDateTime(new TimeOnly(jam, 0)), TimeSpan.FromHours(7));
}

/// <summary>The pegawai a document is about, as the database holds them (what the PDF must print), read independently of the letter.</summary>
internal sealed record OrangCetak(string Nama, string Nip, string NamaTanpaGelar)
{
    /// <summary>"19800715 199903 2 003", as official letters group a NIP.</summary>
    public string NipTampil => Nip.Length == 18 ? $"{Nip[..8]} {Nip[8..14]} {Nip[14]} {Nip[15..]}" : Nip;
}

/// <summary>Helpers of the naskah dinas tests: issuing through the penugasan flow, reading the stored document and its PDF.</summary>
internal static class NaskahUji
{
    private static readonly string[] Bulan =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An Indonesian date written out independently of the culture data of the app: "1 Desember 2026".</summary>
    public static string TanggalIndonesia(DateOnly t) => $"{t.Day} {Bulan[t.Month - 1]} {t.Year}";

    /// <summary>"Desember 2026".</summary>
    public static string BulanIndonesia(DateOnly t) => $"{Bulan[t.Month - 1]} {t.Year}";

    public static PenggunaUji Auditor() => new() { IdUji = Guid.NewGuid(), NamaUji = "auditor uji", PeranUji = [Peran.Auditor, Peran.Pegawai] };

    /// <summary>WF-1 by the pegawai's PUO; returns the penugasan id (throws when the step fails).</summary>
    public static async Task<Guid> TunjukAsync(DatabaseFixtureBase db, PegawaiUji x, DateOnly mulai, string uraian = "Pengelolaan arsip dinamis unit") =>
        SkenarioPenugasan.Pasti(await db.KirimAsync(new TunjukPegawaiCommand(x.Diri.PegawaiId, uraian, "Seluruh arsip aktif tertata", mulai, mulai.AddDays(30), false, 5),
            x.Puo.SebagaiPimpinan()));

    /// <summary>The document issued for a penugasan (through its Surat Tugas).</summary>
    public static Task<Dokumen> DokumenPenugasanAsync(DatabaseFixtureBase db, Guid penugasanId) => db.BacaAsync(async c =>
    {
        var suratId = await c.SuratTugas.AsNoTracking().Where(s => s.PenugasanId == penugasanId).Select(s => s.Id).SingleAsync();
        return await c.Dokumen.AsNoTracking().SingleAsync(d => d.SumberId == suratId);
    });

    public static Task<byte[]> IsiAsync(DatabaseFixtureBase db, Guid dokumenId) =>
        db.BacaAsync(c => c.BerkasDokumen.AsNoTracking().Where(b => b.DokumenId == dokumenId).Select(b => b.Isi).SingleAsync());

    public static Task<OrangCetak> OrangAsync(DatabaseFixtureBase db, Guid pegawaiId) => db.BacaAsync(async c =>
    {
        var p = await c.Pegawai.AsNoTracking().Where(p => p.Id == pegawaiId).Select(p => new { p.GelarDepan, p.Nama, p.GelarBelakang, p.Nip }).SingleAsync();
        return new OrangCetak(Pegawai.FormatNama(p.GelarDepan, p.Nama, p.GelarBelakang), p.Nip, p.Nama);
    });

    public static string Sha256(byte[] isi) => Convert.ToHexStringLower(SHA256.HashData(isi));

    /// <summary>Runs one SQL statement on the class's database outside the application (like a DBA would).</summary>
    public static async Task<int> SqlAsync(string koneksi, string sql, params (string Nama, object Nilai)[] parameter)
    {
        await using var conn = new NpgsqlConnection(koneksi);
        await conn.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var (nama, nilai) in parameter)
        {
            cmd.Parameters.AddWithValue(nama, nilai);
        }

        return await cmd.ExecuteNonQueryAsync(Ct);
    }

    /// <summary>
    /// The application's services on the class's database with another clock. The warm Chromium of the fixture is shared
    /// (an instance registered from outside is not disposed by this provider), so no second browser starts.
    /// </summary>
    public static ServiceProvider LayananDenganJam(DatabaseFixtureBase db, TimeProvider jam) =>
        PostgresUji.BuatLayanan(db.ConnectionString, s =>
        {
            s.AddSingleton(jam);
            s.AddSingleton(db.Layanan.GetRequiredService<PencetakChromium>());
        });

    public static async Task<TResponse> KirimAsync<TResponse>(IServiceProvider layanan, ICommand<TResponse> perintah, PenggunaUji sebagai)
    {
        PenggunaUji.Saatini.Value = sebagai;
        await using var scope = layanan.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(perintah);
    }

    public static T Pasti<T>(Result<T> hasil) => SkenarioPenugasan.Pasti(hasil);

    // ---- poppler-utils on the stored bytes ----

    /// <summary>The text of a PDF (pdftotext), whitespace collapsed to single spaces.</summary>
    public static async Task<string> TeksAsync(byte[] pdf) => Regex.Replace(await PopplerAsync("pdftotext", pdf, "-enc", "UTF-8", "{berkas}", "-"), @"\s+", " ");

    /// <summary>The text with the page layout kept (pdftotext -layout): a table row stays on one line.</summary>
    public static async Task<string> TeksTataLetakAsync(byte[] pdf) =>
        Regex.Replace(await PopplerAsync("pdftotext", pdf, "-layout", "-enc", "UTF-8", "{berkas}", "-"), @"[ \t]+", " ");

    public static Task<string> InfoAsync(byte[] pdf) => PopplerAsync("pdfinfo", pdf, "{berkas}");

    public static Task<string> FontAsync(byte[] pdf) => PopplerAsync("pdffonts", pdf, "{berkas}");

    /// <summary>The raster images embedded in a PDF (pdfimages -list, without its two header lines).</summary>
    public static async Task<List<string>> GambarAsync(byte[] pdf) =>
        [.. (await PopplerAsync("pdfimages", pdf, "-list", "{berkas}")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)];

    /// <summary>A 32×32 PNG (red and white squares), made for these tests.</summary>
    public static byte[] LogoPng { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAAN0lEQVR42mP4jwOcYGDAikhVzzBqwagFQ8ACahmES/2oBaMWDAULRouKUQtGLRitD0YtGLUACADp6IpqRYAUywAAAABJRU5ErkJggg==");

    private static async Task<string> PopplerAsync(string alat, byte[] pdf, params string[] argumen)
    {
        var berkas = Path.Combine(Path.GetTempPath(), $"naskah-uji-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(berkas, pdf, Ct);
        try
        {
            var psi = new ProcessStartInfo($"/usr/bin/{alat}") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in argumen)
            {
                psi.ArgumentList.Add(a == "{berkas}" ? berkas : a);
            }

            using var proses = Process.Start(psi)!;
            var keluaran = proses.StandardOutput.ReadToEndAsync(Ct);
            var galat = proses.StandardError.ReadToEndAsync(Ct);
            await proses.WaitForExitAsync(Ct);
            proses.ExitCode.ShouldBe(0, $"{alat} failed: {await galat}");
            return await keluaran;
        }
        finally
        {
            File.Delete(berkas);
        }
    }
}
