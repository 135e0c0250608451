using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Organisasi.BaganOrganisasi;

namespace SistemKerja.Web.Pages.Organisasi;

public sealed class BaganModel(ISender sender) : PageModel
{
    public Bagan Bagan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var bagan = await sender.Send(new BaganOrganisasiQuery(id), ct);
        if (bagan is null)
        {
            return NotFound();
        }

        Bagan = bagan;
        return Page();
    }

    /// <summary>Cuts a label to fit a box, with an ellipsis.</summary>
    public static string Potong(string teks, int maks) => teks.Length <= maks ? teks : teks[..(maks - 1)] + "…";

    /// <summary>
    /// The font size that keeps a label inside its box: the normal size while the label has at most <paramref name="muat"/>
    /// characters (what fits at that size), smaller in proportion beyond that (never larger, so short labels keep their size).
    /// </summary>
    public static double Ukuran(string teks, double normal, int muat) => teks.Length <= muat ? normal : normal * muat / teks.Length;
}
