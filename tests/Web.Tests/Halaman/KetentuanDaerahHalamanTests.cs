using System.Net;

namespace SistemKerja.Web.Tests.Halaman;

/// <summary>
/// The admin page of the region's settings (DOMAIN.md §12–§13): compare with a preset, apply it only after confirming, bad
/// input answered on the page. Other roles are refused by the authorisation matrix (the /Admin folder).
/// </summary>
public sealed class KetentuanDaerahHalamanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bandingkan_LaluTerapkanSetelahKonfirmasi()
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");

        var banding = await AplikasiUji.HtmlAsync(await admin.GetAsync("/Admin/Kebijakan?bandingkan=MusiBanyuasin", Ct));
        banding.QuerySelector("h1")!.TextContent.ShouldBe("Ketentuan daerah");
        banding.Body!.TextContent.ShouldContain("saat ini mengikuti Perbup Hulu Sungai Utara Nomor 4 Tahun 2025");
        var baris = banding.QuerySelectorAll("tr.berbeda").Select(r => r.TextContent).ToList();
        baris.ShouldContain(r => r.Contains("Naskah Pembentukan") && r.Contains("Keputusan") && r.Contains("Surat Tugas"));

        var tanpa = await AplikasiUji.KirimFormulirAsync(admin, "/Admin/Kebijakan?bandingkan=MusiBanyuasin",
            new() { ["Masukan.Preset"] = "MusiBanyuasin", ["Masukan.Versi"] = Versi(banding) });
        tanpa.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AplikasiUji.HtmlAsync(tanpa)).QuerySelector(".galat")!.TextContent.ShouldContain("Centang pernyataan");

        var terapkan = await AplikasiUji.KirimFormulirAsync(admin, "/Admin/Kebijakan?bandingkan=MusiBanyuasin",
            new() { ["Masukan.Preset"] = "MusiBanyuasin", ["Masukan.Versi"] = Versi(banding), ["Masukan.Konfirmasi"] = "true" });
        terapkan.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var sesudah = await AplikasiUji.HtmlAsync(await admin.GetAsync("/Admin/Kebijakan?bandingkan=HuluSungaiUtara", Ct));
        sesudah.Body!.TextContent.ShouldContain("saat ini mengikuti Perbup Musi Banyuasin Nomor 14 Tahun 2024");

        // A stale form (the version before the change) is refused with a message, not applied.
        var basi = await AplikasiUji.KirimFormulirAsync(admin, "/Admin/Kebijakan?bandingkan=HuluSungaiUtara",
            new() { ["Masukan.Preset"] = "HuluSungaiUtara", ["Masukan.Versi"] = Versi(banding), ["Masukan.Konfirmasi"] = "true" });
        basi.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AplikasiUji.HtmlAsync(basi)).QuerySelector(".galat")!.TextContent.ShouldNotBeNullOrWhiteSpace();

        (await AplikasiUji.KirimFormulirAsync(admin, "/Admin/Kebijakan?bandingkan=HuluSungaiUtara",
            new() { ["Masukan.Preset"] = "HuluSungaiUtara", ["Masukan.Versi"] = Versi(sesudah), ["Masukan.Konfirmasi"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("/Admin/Kebijakan?bandingkan=Atlantis")]
    [InlineData("/Admin/Kebijakan?bandingkan=99")]
    public async Task BandingkanTakDikenal_HalamanTanpaPerbandingan(string url)
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");

        var respons = await admin.GetAsync(url, Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await AplikasiUji.HtmlAsync(respons);
        html.QuerySelectorAll("tr.berbeda").ShouldBeEmpty();
        html.QuerySelector("form.terapkan-preset").ShouldBeNull();
    }

    private static string Versi(AngleSharp.Html.Dom.IHtmlDocument html) =>
        html.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!;
}
