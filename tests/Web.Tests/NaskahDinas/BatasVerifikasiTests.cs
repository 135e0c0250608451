using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using static SistemKerja.Web.Tests.NaskahDinas.DokumenWeb;

namespace SistemKerja.Web.Tests.NaskahDinas;

/// <summary>
/// The public verification POST (code lookup and upload) is rate limited per client IP: past the limit a clear
/// Indonesian 429 page with Retry-After; the GET by code (the QR link) still works.
/// </summary>
public sealed class BatasVerifikasiTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    [Fact]
    public async Task PostMelebihiBatasPerMenit_429DenganHalamanIndonesia_GetTetapBisa()
    {
        await using var terbatas = app.WithWebHostBuilder(b => b.UseSetting("Verifikasi:BatasPerMenit", "3"));
        var klien = terbatas.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var pdf = "%PDF-1.4 bukan dokumen terbit"u8.ToArray();

        for (var i = 0; i < 3; i++)
        {
            (await UnggahAsync(klien, "/Verifikasi", null, pdf)).StatusCode.ShouldBe(HttpStatusCode.OK, $"upload {i + 1} of 3 is within the limit");
        }

        var ditolak = await UnggahAsync(klien, "/Verifikasi", null, pdf);

        ditolak.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(ditolak.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        var halaman = await AplikasiUji.HtmlAsync(ditolak);
        halaman.QuerySelector("h1")!.TextContent.ShouldBe("Terlalu banyak permintaan");
        halaman.QuerySelector("main")!.TextContent.ShouldContain("Tunggu sekitar satu menit");
        (await klien.GetAsync("/Verifikasi/ZZZZZZZZZZ", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, "looking a code up by its link is not limited");
    }
}
