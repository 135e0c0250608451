using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Infrastructure.Persistence;
using SistemKerja.Web.Tests.Kinerja;
using SistemKerja.TestSupport;

namespace SistemKerja.Web.Tests;

/// <summary>The real web host on its own demo-seeded PostgreSQL database (one per test class), in Production mode, connected as the application role.</summary>
public class AplikasiUji : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    /// <summary>Counts the SQL round trips of requests that ask for it (header <see cref="PenghitungSql.Header"/>).</summary>
    public PenghitungSql Sql { get; } = new();

    /// <summary>The app's own connection: the application role, not the owner (tests read and arrange data through <see cref="ConnectionString"/>).</summary>
    public string ConnectionStringAplikasi { get; private set; } = "";

    public virtual async ValueTask InitializeAsync()
    {
        ConnectionString = await PostgresUji.BuatDatabaseAsync(denganDataDemo: true);
        ConnectionStringAplikasi = await PostgresUji.KoneksiPeranAplikasiAsync(ConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await PostgresUji.HapusDatabaseAsync(ConnectionString);
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:SistemKerja", ConnectionStringAplikasi);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Database:SeedDemo", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.ConfigureServices(s =>
        {
            s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(Sql));
            s.AddSingleton<IStartupFilter>(Sql);
        });

        // Every test of a class shares one host (and one client IP): the limit is tested on its own host (BatasVerifikasiTests).
        builder.UseSetting("Verifikasi:BatasPerMenit", "10000");
    }

    public HttpClient Klien() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Signs in through the real form (antiforgery token included) and returns the signed-in client.</summary>
    public async Task<HttpClient> MasukSebagaiAsync(string namaPengguna, string kataSandi)
    {
        var klien = Klien();
        var respons = await MasukAsync(klien, namaPengguna, kataSandi);
        respons.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"sign-in of {namaPengguna} failed");
        return klien;
    }

    public static async Task<HttpResponseMessage> MasukAsync(HttpClient klien, string namaPengguna, string kataSandi) =>
        await KirimFormulirAsync(klien, "/Akun/Masuk", new() { ["Masukan.NamaPengguna"] = namaPengguna, ["Masukan.KataSandi"] = kataSandi });

    /// <summary>GETs the page, takes its antiforgery token and POSTs the fields, like a browser.</summary>
    public static async Task<HttpResponseMessage> KirimFormulirAsync(HttpClient klien, string url, Dictionary<string, string> isian)
    {
        var halaman = await HtmlAsync(await klien.GetAsync(url, TestContext.Current.CancellationToken));
        var token = halaman.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{url} has no antiforgery token");
        isian["__RequestVerificationToken"] = token;
        return await klien.PostAsync(url, new FormUrlEncodedContent(isian), TestContext.Current.CancellationToken);
    }

    public static async Task<IHtmlDocument> HtmlAsync(HttpResponseMessage respons) =>
        new HtmlParser().ParseDocument(await respons.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
}
