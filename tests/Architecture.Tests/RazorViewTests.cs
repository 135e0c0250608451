using System.Text.RegularExpressions;
using SistemKerja.Architecture.Tests.Support;

namespace SistemKerja.Architecture.Tests;

/// <summary>Rule 5: no <c>Html.Raw</c> in Razor views; everything a view writes is HTML-encoded.</summary>
public sealed partial class RazorViewTests
{
    [Fact]
    public void Views_Source_NoHtmlRaw()
    {
        var web = Path.Combine(RepositoryRoot.Path, "src", "SistemKerja.Web");
        RazorFiles(web).ShouldNotBeEmpty($"no .cshtml found under {web}: this rule would pass vacuously");

        Violations.ShouldBeNone(
            RawHtmlUsages(web),
            "Razor views never write unencoded HTML (Html.Raw, new HtmlString): it is how user data becomes XSS.",
            "write the value with @value (Razor encodes it); build markup with tag helpers or a partial view instead of a string.");
    }

    [Fact]
    public void RawHtmlCheck_ViewFixtureWithHtmlRaw_IsReported()
    {
        var folder = Directory.CreateTempSubdirectory("arsitektur-razor-");
        try
        {
            var pages = Directory.CreateDirectory(Path.Combine(folder.FullName, "Pages"));
            File.WriteAllText(Path.Combine(pages.FullName, "Buruk.cshtml"), "@page\n<h1>Judul</h1>\n<p>@Html.Raw(Model.Catatan)</p>\n");
            File.WriteAllText(Path.Combine(pages.FullName, "JugaBuruk.cshtml"), "@{ var x = new HtmlString(Model.Catatan); }\n");
            File.WriteAllText(Path.Combine(pages.FullName, "Baik.cshtml"), "@page\n<p>@Model.Catatan</p>\n");
            var obj = Directory.CreateDirectory(Path.Combine(folder.FullName, "obj"));
            File.WriteAllText(Path.Combine(obj.FullName, "Abaikan.cshtml"), "@Html.Raw(\"build output is not ours\")\n");

            RawHtmlUsages(folder.FullName).ShouldBe(
            [
                $"Pages{Path.DirectorySeparatorChar}Buruk.cshtml:3: <p>@Html.Raw(Model.Catatan)</p>",
                $"Pages{Path.DirectorySeparatorChar}JugaBuruk.cshtml:1: @{{ var x = new HtmlString(Model.Catatan); }}",
            ]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The .cshtml files under <paramref name="folder"/>, leaving out build output (bin, obj).</summary>
    internal static IReadOnlyList<string> RazorFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)];

    /// <summary>One line per line of a view that writes raw HTML: "relative/path.cshtml:line: text".</summary>
    internal static IReadOnlyList<string> RawHtmlUsages(string folder) =>
        [.. RazorFiles(folder).SelectMany(file => File.ReadLines(file)
            .Select((text, index) => (Text: text, Line: index + 1))
            .Where(x => RawHtml().IsMatch(x.Text))
            .Select(x => $"{Path.GetRelativePath(folder, file)}:{x.Line}: {x.Text.Trim()}"))];

    [GeneratedRegex(@"\bHtml\s*\.\s*Raw\s*\(|\bnew\s+(?:[\w.]+\.)?HtmlString\s*\(")]
    private static partial Regex RawHtml();
}
