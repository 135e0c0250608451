using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Application.AlurPenugasan.KirimPengingat;

namespace SistemKerja.Web.Tests.Halaman;

/// <summary>The admin page of stuck requests and the region's reminder settings as the real host reads them (appsettings).</summary>
public sealed class PermohonanTertahanHalamanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    [Fact]
    public async Task Tertahan_OlehAdmin_MenampilkanBatasDariPengaturan()
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");

        var respons = await admin.GetAsync("/Admin/Permohonan/Tertahan", TestContext.Current.CancellationToken);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await AplikasiUji.HtmlAsync(respons);
        html.QuerySelector("h1")!.TextContent.ShouldBe("Permohonan Tertahan");
        html.Body!.TextContent.ShouldContain("sedikitnya 3 hari kerja");
    }

    [Fact]
    public void Pengaturan_HariLiburNasional2025Sampai2027_TerbacaDariAppsettings()
    {
        var pengaturan = app.Services.GetRequiredService<PengaturanPengingat>();

        (pengaturan.BatasHariKerja, pengaturan.BatasEskalasiHariKerja).ShouldBe((3, 3));
        var libur = pengaturan.HariLibur.Select(h => h.Tanggal).ToHashSet();
        libur.ShouldContain(new DateOnly(2025, 8, 17));
        libur.ShouldContain(new DateOnly(2026, 3, 20), "Idul Fitri 1447 H");
        libur.ShouldContain(new DateOnly(2027, 12, 25));
        pengaturan.HariLibur.GroupBy(h => h.Tanggal.Year).Select(g => g.Key).ShouldBe([2025, 2026, 2027]);
        pengaturan.Kalender().HariKerja(new DateOnly(2025, 8, 18)).ShouldBeTrue("a Monday that is not listed");
        pengaturan.Kalender().HariKerja(new DateOnly(2026, 3, 20)).ShouldBeFalse();
    }
}
