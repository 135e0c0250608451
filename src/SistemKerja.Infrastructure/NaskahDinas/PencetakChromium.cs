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

    /// <summary>Longest a single render may take; a hung page is replaced rather than blocking the number series.</summary>
    private static readonly TimeSpan BatasCetak = TimeSpan.FromSeconds(20);

    public async Task<byte[]> CetakAsync(string html, CancellationToken ct)
    {
        await PastikanSiapAsync(ct);
        var halaman = await kolam.Reader.ReadAsync(ct);
        var berhasil = false;
        try
        {
            await halaman.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = (float)BatasCetak.TotalMilliseconds });
            var pdf = await halaman.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true }).WaitAsync(BatasCetak, ct);
            berhasil = true;
            return pdf;
        }
        finally
        {
            if (berhasil && !halaman.IsClosed && browser is { IsConnected: true } && halaman.Context.Browser == browser)
            {
                kolam.Writer.TryWrite(halaman);
            }
            else
            {
                // A timed-out, crashed or stale page never goes back into the pool: close it and put a fresh one in.
                await GantiHalamanAsync(halaman);
            }
        }
    }

    private async Task GantiHalamanAsync(IPage rusak)
    {
        try
        {
            await rusak.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // Already gone with its renderer or browser.
        }

        try
        {
            if (browser is { IsConnected: true } b)
            {
                kolam.Writer.TryWrite(await b.NewPageAsync());
                return;
            }
        }
        catch (PlaywrightException)
        {
        }

        // The browser itself is gone: the next render relaunches it and refills the pool.
        browser = null;
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
            IBrowser baru;
            try
            {
                baru = await LuncurkanAsync(playwright);
            }
            catch (PlaywrightException)
            {
                // The driver may have died with the old browser: start a fresh one once.
                playwright.Dispose();
                playwright = await Playwright.CreateAsync();
                baru = await LuncurkanAsync(playwright);
            }

            browser = baru;
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

    private Task<IBrowser> LuncurkanAsync(IPlaywright pw) =>
        pw.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = konfigurasi["Pdf:Chromium"] ?? "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
            });

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
