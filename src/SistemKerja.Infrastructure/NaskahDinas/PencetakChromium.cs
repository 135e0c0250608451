using System.Threading.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace SistemKerja.Infrastructure.NaskahDinas;

/// <summary>
/// Prints HTML to A4 PDF with the system Chromium through Playwright. The browser starts once (lazily) and stays warm;
/// a small pool of pages is reused, so a one-page letter costs tens of milliseconds, not a browser start.
/// </summary>
public sealed partial class PencetakChromium(IConfiguration konfigurasi, ILogger<PencetakChromium> log) : IAsyncDisposable
{
    private const int UkuranKolam = 2;
    private readonly SemaphoreSlim mulai = new(1, 1);
    private readonly Channel<IPage> kolam = Channel.CreateBounded<IPage>(UkuranKolam);
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task<byte[]> CetakAsync(string html, CancellationToken ct)
    {
        await PastikanSiapAsync(ct);
        var halaman = await kolam.Reader.ReadAsync(ct);
        try
        {
            await halaman.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            return await halaman.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        }
        finally
        {
            kolam.Writer.TryWrite(halaman);
        }
    }

    private async Task PastikanSiapAsync(CancellationToken ct)
    {
        if (browser is { IsConnected: true })
        {
            return;
        }

        await mulai.WaitAsync(ct);
        try
        {
            if (browser is { IsConnected: true })
            {
                return;
            }

            while (kolam.Reader.TryRead(out _))
            {
            }

            playwright ??= await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = konfigurasi["Pdf:Chromium"] ?? "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
            });
            for (var i = 0; i < UkuranKolam; i++)
            {
                kolam.Writer.TryWrite(await browser.NewPageAsync());
            }

            LogSiap(log, browser.Version);
        }
        finally
        {
            mulai.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        mulai.Dispose();
    }

    [LoggerMessage(LogLevel.Information, "Chromium {Versi} siap untuk mencetak PDF")]
    private static partial void LogSiap(ILogger log, string versi);
}
