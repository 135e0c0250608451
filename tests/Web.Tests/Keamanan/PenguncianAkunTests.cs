using System.Net;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.Keamanan;

/// <summary>
/// Lockout beyond the single-client case of MasukTests: a burst of wrong passwords from many clients at once (a
/// brute force spread over connections), expiry, and no account enumeration through the messages.
/// </summary>
public sealed class PenguncianAkunTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Masuk_GagalSerentakDariBanyakKlien_TanpaGalat500_AkunTerkunciUntukKlienBaru()
    {
        var percobaan = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
            await AplikasiUji.MasukAsync(app.Klien(), "auditor", $"KataSandiTebakan{i}")));

        percobaan.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK); // the form again, never a 500 from a concurrency clash
        var benar = await AplikasiUji.MasukAsync(app.Klien(), "auditor", "Auditor#Demo2025");
        benar.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await benar.Content.ReadAsStringAsync(Ct)).ShouldContain("dikunci");
        var sisaMenit = await SkalarAsync<double>(app,
            "SELECT (EXTRACT(EPOCH FROM (\"LockoutEnd\" - now())) / 60)::float8 FROM \"AspNetUsers\" WHERE \"UserName\" = 'auditor'");
        sisaMenit.ShouldBeInRange(13.5, 15.01);
    }

    [Fact]
    public async Task Masuk_SetelahKunciBerakhir_BisaMasukDanPenghitungGagalKembaliNol()
    {
        var klien = app.Klien();
        for (var i = 0; i < 5; i++)
        {
            await AplikasiUji.MasukAsync(klien, "pimpinan2", "KataSandiKeliru1");
        }

        (await (await AplikasiUji.MasukAsync(klien, "pimpinan2", "Pimpinan2#Demo2025")).Content.ReadAsStringAsync(Ct)).ShouldContain("dikunci");

        // Fifteen minutes later (the lock's end moved into the past).
        await SkalarAsync<int>(app, "WITH u AS (UPDATE \"AspNetUsers\" SET \"LockoutEnd\" = now() - interval '1 second' WHERE \"UserName\" = 'pimpinan2' RETURNING 1) SELECT count(*)::int FROM u");

        var masuk = await AplikasiUji.MasukAsync(app.Klien(), "pimpinan2", "Pimpinan2#Demo2025");
        masuk.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SkalarAsync<int>(app, "SELECT \"AccessFailedCount\" FROM \"AspNetUsers\" WHERE \"UserName\" = 'pimpinan2'")).ShouldBe(0);
    }

    [Fact]
    public async Task Masuk_PenggunaTidakAda_PesanSamaDenganKataSandiSalah()
    {
        var tidakAda = await (await AplikasiUji.MasukAsync(app.Klien(), "bukan.pengguna", "KataSandiKeliru1")).Content.ReadAsStringAsync(Ct);
        var salah = await (await AplikasiUji.MasukAsync(app.Klien(), "pegawai", "KataSandiKeliru1")).Content.ReadAsStringAsync(Ct);

        tidakAda.ShouldContain("Nama pengguna atau kata sandi salah.");
        salah.ShouldContain("Nama pengguna atau kata sandi salah.");
    }
}
