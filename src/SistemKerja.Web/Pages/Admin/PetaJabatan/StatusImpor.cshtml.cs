using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Admin.PetaJabatan;

/// <summary>Progress and outcome of one import; refreshes itself every second while the import runs.</summary>
public sealed class StatusImporModel(AntrianImpor antrian) : PageModel
{
    public PekerjaanImpor Kerja { get; private set; } = null!;

    public IActionResult OnGet(Guid id)
    {
        var penggunaId = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var p) ? p : (Guid?)null;
        var kerja = antrian.Cari(id, penggunaId);
        if (kerja is null)
        {
            return NotFound();
        }

        Kerja = kerja;
        return Page();
    }
}
