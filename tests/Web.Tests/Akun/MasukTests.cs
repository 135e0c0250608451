using System.Net;
using SistemKerja.Infrastructure.Seeding;

namespace SistemKerja.Web.Tests.Akun;

public sealed class MasukTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    [Fact]
    public async Task Beranda_TanpaMasuk_DialihkanKeHalamanMasuk()
    {
        var respons = await app.Klien().GetAsync("/", TestContext.Current.CancellationToken);

        respons.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        respons.Headers.Location!.ToString().ShouldContain("/Akun/Masuk");
    }

    [Fact]
    public async Task Masuk_SetiapAkunDemo_BerhasilDenganKataSandiTerdokumentasi()
    {
        foreach (var akun in PenyemaiDemo.Akun.Where(a => a.NamaPengguna != "pegawai"))
        {
            var klien = await app.MasukSebagaiAsync(akun.NamaPengguna, akun.KataSandi);
            var beranda = await AplikasiUji.HtmlAsync(await klien.GetAsync("/", TestContext.Current.CancellationToken));
            beranda.QuerySelector("h1")!.TextContent.ShouldBe("Selamat datang");
        }
    }

    [Fact]
    public async Task Masuk_KataSandiSalah_PesanIndonesiaTanpaMasuk()
    {
        var respons = await AplikasiUji.MasukAsync(app.Klien(), "auditor", "salah-sekali-123");

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await respons.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Nama pengguna atau kata sandi salah.");
    }

    [Fact]
    public async Task Masuk_LimaKaliGagal_AkunDikunciBahkanDenganKataSandiBenar()
    {
        var klien = app.Klien();
        for (var i = 0; i < 5; i++)
        {
            await AplikasiUji.MasukAsync(klien, "pegawai", "KataSandiKeliru1");
        }

        var benar = await AplikasiUji.MasukAsync(klien, "pegawai", "Pegawai#Demo2025");

        benar.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await benar.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("dikunci");
    }

    [Fact]
    public async Task Masuk_TanpaTokenAntiforgery_Ditolak400()
    {
        var respons = await app.Klien().PostAsync("/Akun/Masuk",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Masukan.NamaPengguna"] = "admin", ["Masukan.KataSandi"] = "Admin#Demo2025" }),
            TestContext.Current.CancellationToken);

        respons.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task CookieMasuk_HttpOnlyDanSameSiteStrict()
    {
        var klien = app.Klien();
        var respons = await AplikasiUji.MasukAsync(klien, "auditor", "Auditor#Demo2025");

        var cookie = respons.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sistemkerja.auth=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
    }
}
