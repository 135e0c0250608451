using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Web.Tests.NaskahDinas;

namespace SistemKerja.Web.Tests.Keamanan;

/// <summary>
/// The security headers on every kind of response: pages, PDFs, zips, static files, the health check, redirects,
/// refusals (400 antiforgery, 403, 404) and the error page of an unhandled exception (500).
/// </summary>
public sealed class HeaderKeamananTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>What is missing or wrong in a response's security headers (empty when all is well).</summary>
    public static List<string> PeriksaHeader(HttpResponseMessage respons)
    {
        var salah = new List<string>();
        string? Nilai(string nama) => respons.Headers.TryGetValues(nama, out var v) ? string.Join(",", v) : null;
        if (Nilai("X-Content-Type-Options") != "nosniff")
        {
            salah.Add("X-Content-Type-Options is not nosniff");
        }

        if (Nilai("X-Frame-Options") != "DENY")
        {
            salah.Add("X-Frame-Options is not DENY");
        }

        if (Nilai("Referrer-Policy") is not ("same-origin" or "no-referrer" or "strict-origin-when-cross-origin"))
        {
            salah.Add($"Referrer-Policy is '{Nilai("Referrer-Policy")}'");
        }

        var csp = Nilai("Content-Security-Policy") ?? "";
        foreach (var arahan in new[] { "default-src 'self'", "frame-ancestors 'none'", "script-src 'self'", "form-action 'self'", "base-uri 'self'" })
        {
            if (!csp.Contains(arahan, StringComparison.Ordinal))
            {
                salah.Add($"Content-Security-Policy lacks {arahan}");
            }
        }

        if (csp.Contains("unsafe-inline", StringComparison.Ordinal) || csp.Contains("unsafe-eval", StringComparison.Ordinal))
        {
            salah.Add("Content-Security-Policy allows unsafe-inline/unsafe-eval");
        }

        return salah;
    }

    [Fact]
    public async Task SetiapJenisRespons_MembawaHeaderKeamananLengkap()
    {
        var pimpinan = await Penugasan.PenugasanWeb.PimpinanAsync(app);
        var auditor = await app.MasukSebagaiAsync("auditor", "Auditor#Demo2025");
        var pegawai = await Penugasan.PenugasanWeb.PegawaiAsync(app);
        var dokumen = await DokumenWeb.TunjukPegawaiAsync(app, pimpinan);
        var anonim = app.Klien();

        var arsip = await AplikasiUji.HtmlAsync(await auditor.GetAsync("/Auditor/Dokumen", Ct));
        var zip = await auditor.PostAsync("/Auditor/Dokumen?handler=Zip", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Penugasan.PenugasanWeb.Token(arsip), ["Pilih"] = dokumen.Id.ToString(),
        }), Ct);

        var respons = new List<(string Apa, HttpResponseMessage Respons, HttpStatusCode Kode)>
        {
            ("PDF", await pegawai.GetAsync($"/Dokumen/Unduh/{dokumen.Id}", Ct), HttpStatusCode.OK),
            ("zip", zip, HttpStatusCode.OK),
            ("verification page", await anonim.GetAsync($"/Verifikasi/{dokumen.Kode}", Ct), HttpStatusCode.OK),
            ("static css", await anonim.GetAsync("/css/site.css", Ct), HttpStatusCode.OK),
            ("health", await anonim.GetAsync("/healthz", Ct), HttpStatusCode.OK),
            ("login redirect", await anonim.GetAsync("/Penugasan", Ct), HttpStatusCode.Redirect),
            ("403", await pegawai.GetAsync("/Admin/Pegawai/Tambah", Ct), HttpStatusCode.Forbidden),
            ("404", await pegawai.GetAsync($"/Penugasan/Tugas/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound),
            ("400 antiforgery", await pegawai.PostAsync("/Penugasan?handler=Dibaca", new FormUrlEncodedContent([]), Ct), HttpStatusCode.BadRequest),
            ("unknown path", await pegawai.GetAsync("/tidak/ada", Ct), HttpStatusCode.NotFound),
        };

        // An unhandled exception: the error page (500, reference code, no stack trace) carries the headers too.
        await using var melempar = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.Configure<MvcOptions>(o => o.Filters.Add(new FilterMelempar()))));
        var galat = await melempar.CreateClient().GetAsync("/Akun/Masuk?lempar=1", Ct);
        respons.Add(("500", galat, HttpStatusCode.InternalServerError));
        var isiGalat = await galat.Content.ReadAsStringAsync(Ct);
        isiGalat.ShouldNotContain("Percobaan galat untuk uji");
        isiGalat.ShouldNotContain("at SistemKerja");

        foreach (var (apa, r, kode) in respons)
        {
            r.StatusCode.ShouldBe(kode, apa);
            PeriksaHeader(r).ShouldBeEmpty($"{apa} ({(int)r.StatusCode})");
        }
    }

    /// <summary>Throws inside a page handler when the query asks for it, to reach the real exception handler.</summary>
    private sealed class FilterMelempar : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            // Not on the error page itself: the exception handler re-executes with the same query string.
            if (context.HttpContext.Request.Query.ContainsKey("lempar") && context.ActionDescriptor.ViewEnginePath != "/Error")
            {
                throw new InvalidOperationException("Percobaan galat untuk uji");
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
