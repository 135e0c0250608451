using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SistemKerja.Web.Tests.Halaman;

public sealed class KesehatanDanGalatTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    [Fact]
    public async Task Healthz_DatabaseHidup_200Healthy()
    {
        var respons = await app.Klien().GetAsync("/healthz", TestContext.Current.CancellationToken);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await respons.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Healthz_DatabaseTidakTerjangkau_503()
    {
        await using var mati = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("ConnectionStrings:SistemKerja", "Host=127.0.0.1;Port=1;Username=x;Database=x;Timeout=2");
        });

        var respons = await mati.CreateClient().GetAsync("/healthz", TestContext.Current.CancellationToken);

        respons.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task HalamanTidakAda_404DenganPesanIndonesia()
    {
        var klien = await app.MasukSebagaiAsync("auditor", "Auditor#Demo2025");

        var respons = await klien.GetAsync("/Organisasi/Detail/" + Guid.NewGuid(), TestContext.Current.CancellationToken);

        respons.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await respons.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Halaman tidak ditemukan");
    }

    [Fact]
    public async Task Beranda_TanggalDalamBahasaIndonesia()
    {
        var klien = await app.MasukSebagaiAsync("pimpinan", "Pimpinan#Demo2025");

        var html = await (await klien.GetAsync("/", TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        html.ShouldMatch(@"\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}");
        html.ShouldContain("Kepala Bidang Aplikasi Informatika");
    }

    [Fact]
    public async Task DaftarPerangkatDaerah_MenampilkanSemuaJenis()
    {
        var klien = await app.MasukSebagaiAsync("auditor", "Auditor#Demo2025");

        var html = await AplikasiUji.HtmlAsync(await klien.GetAsync("/Organisasi", TestContext.Current.CancellationToken));

        html.QuerySelectorAll("tbody tr").Length.ShouldBeGreaterThanOrEqualTo(30);
        html.Body!.TextContent.ShouldContain("RSUD tipe C");
        html.Body.TextContent.ShouldContain("UPTD tipe B");
    }
}
