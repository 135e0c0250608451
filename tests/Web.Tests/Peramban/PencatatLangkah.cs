using Microsoft.Playwright;

namespace SistemKerja.Web.Tests.Peramban;

/// <summary>
/// Screenshots of each step of a browser journey, kept as test artefacts in TestResults/peramban/&lt;journey&gt;/ at the
/// repository root (what CI collects), or under <c>PERAMBAN_ARTEFAK</c> when set.
/// </summary>
internal sealed class PencatatLangkah
{
    private readonly string folder;
    private int nomor;

    public PencatatLangkah(string perjalanan)
    {
        folder = Path.Combine(FolderDasar(), perjalanan);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
    }

    public string Folder => folder;

    /// <summary>A full-page screenshot named "NN-step.png".</summary>
    public async Task FotoAsync(IPage halaman, string langkah)
    {
        nomor++;
        await halaman.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{nomor:00}-{langkah}.png"), FullPage = true });
    }

    private static string FolderDasar()
    {
        var dariEnv = Environment.GetEnvironmentVariable("PERAMBAN_ARTEFAK");
        if (!string.IsNullOrWhiteSpace(dariEnv))
        {
            return dariEnv;
        }

        // The test assembly lives in tests/Web.Tests/bin/<config>/<tfm>/: walk up to the directory holding the solution.
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "SistemKerja.sln")))
            {
                return Path.Combine(d.FullName, "TestResults", "peramban");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "TestResults", "peramban");
    }
}
