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
    /// A label longer than what fits at its normal width is drawn squeezed into the box (SVG textLength, 184 of the 200
    /// units) instead of running past its edge; null (no textLength, so lengthAdjust has no effect) when it fits.
    /// </summary>
    public static string? Rapat(string teks, int muat) => teks.Length > muat ? "184" : null;
}
