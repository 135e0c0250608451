using System.Net;

namespace SistemKerja.Web.Tests.Keamanan;

public sealed class OtorisasiTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    [Theory]
    [InlineData("/Admin/Pegawai/Tambah")]
    [InlineData("/Pegawai")]
    [InlineData("/Admin/Permohonan/Tertahan")]
    public async Task HalamanTerbatas_OlehPegawaiBiasa_403(string url)
    {
        var klien = await app.MasukSebagaiAsync("pegawai", "Pegawai#Demo2025");

        var respons = await klien.GetAsync(url, TestContext.Current.CancellationToken);

        respons.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await respons.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Akses ditolak");
    }

    [Fact]
    public async Task PostAdmin_OlehPegawaiBiasa_403DanTidakTersimpan()
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        var formulir = await AplikasiUji.HtmlAsync(await admin.GetAsync("/Admin/Pegawai/Tambah", TestContext.Current.CancellationToken));
        var pegawai = await app.MasukSebagaiAsync("pegawai", "Pegawai#Demo2025");

        // Even with a token lifted from a page, the server checks the role on the POST.
        var respons = await pegawai.PostAsync("/Admin/Pegawai/Tambah", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Masukan.Nip"] = "199001012015031001",
            ["Masukan.Nama"] = "Penyusup",
            ["__RequestVerificationToken"] = formulir.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }), TestContext.Current.CancellationToken);

        respons.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CariPegawai_OlehPimpinanUnit_DiizinkanKarenaJabatannya()
    {
        // The pimpinan account has only the Pegawai role stored; Pimpinan Unit comes from the position it holds.
        var klien = await app.MasukSebagaiAsync("pimpinan", "Pimpinan#Demo2025");

        var respons = await klien.GetAsync("/Pegawai?q=Rahman", TestContext.Current.CancellationToken);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await respons.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("pegawai ditemukan");
    }

    [Fact]
    public async Task ProfilPegawaiLain_OlehPegawaiBiasa_404TanpaBocor()
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        var hasil = await AplikasiUji.HtmlAsync(await admin.GetAsync("/Pegawai?q=Hidayat", TestContext.Current.CancellationToken));
        var tautan = hasil.QuerySelector("table a[href^='/Pegawai/Detail/']")!.GetAttribute("href")!;
        var nama = hasil.QuerySelector("table a[href^='/Pegawai/Detail/']")!.TextContent;
        var pegawai = await app.MasukSebagaiAsync("pegawai", "Pegawai#Demo2025");

        var respons = await pegawai.GetAsync(tautan, TestContext.Current.CancellationToken);

        respons.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await respons.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain(nama);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/Akun/Masuk")]
    [InlineData("/css/site.css")]
    [InlineData("/tidak-ada")]
    public async Task SetiapRespons_MembawaHeaderKeamanan(string url)
    {
        var respons = await app.Klien().GetAsync(url, TestContext.Current.CancellationToken);

        respons.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        respons.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        respons.Headers.Contains("Content-Security-Policy").ShouldBeTrue();
    }
}
