using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace SistemKerja.Web.Tests.Peramban;

/// <summary>
/// The real web host (same database and settings as <see cref="AplikasiUji"/>) on a real Kestrel socket at 127.0.0.1 with
/// a free port, plus one headless system Chromium (<c>/usr/bin/chromium</c>, no browser download) shared by the test class.
/// </summary>
public sealed class AplikasiPeramban : AplikasiUji
{
    /// <summary>Generous: the machine is shared with CI and benchmarks.</summary>
    public const float BatasMs = 30_000;

    private IPlaywright? playwright;

    public AplikasiPeramban() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    /// <summary>"http://127.0.0.1:port", the address Kestrel listens on.</summary>
    public string AlamatDasar { get; private set; } = "";

    public IBrowser Peramban { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
        AlamatDasar = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Single(a => a.StartsWith("http://", StringComparison.Ordinal)).TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Peramban = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PERAMBAN_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Timeout = BatasMs,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (own cookies: one signed-in user) at 1280×900, Indonesian locale, WIB.</summary>
    public async Task<IPage> HalamanBaruAsync()
    {
        var konteks = await Peramban.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = AlamatDasar,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "id-ID",
            TimezoneId = "Asia/Jakarta",
            AcceptDownloads = true,
        });
        konteks.SetDefaultTimeout(BatasMs);
        konteks.SetDefaultNavigationTimeout(BatasMs);
        return await konteks.NewPageAsync();
    }

    /// <summary>Signs in through the form in a fresh browser context and checks the home page greets the user.</summary>
    public async Task<IPage> MasukAsync(string namaPengguna, string kataSandi, string? namaTampil)
    {
        var halaman = await HalamanBaruAsync();
        await halaman.GotoAsync("/");
        await Assertions.Expect(halaman.Locator("h1")).ToHaveTextAsync("Masuk ke SistemKerja", new() { Timeout = BatasMs });
        await halaman.GetByLabel("Nama pengguna").FillAsync(namaPengguna);
        await halaman.GetByLabel("Kata sandi").FillAsync(kataSandi);
        await halaman.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        await Assertions.Expect(halaman.Locator("h1")).ToHaveTextAsync("Selamat datang", new() { Timeout = BatasMs });
        await Assertions.Expect(halaman.GetByRole(AriaRole.Button, new() { Name = "Keluar" })).ToBeVisibleAsync(new() { Timeout = BatasMs });
        if (namaTampil is not null)
        {
            await Assertions.Expect(halaman.Locator("main")).ToContainTextAsync(namaTampil, new() { Timeout = BatasMs });
        }

        return halaman;
    }

    public override async ValueTask DisposeAsync()
    {
        if (Peramban is not null)
        {
            await Peramban.DisposeAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
    }
}
