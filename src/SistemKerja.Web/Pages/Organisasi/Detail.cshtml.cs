using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Organisasi.DetailPerangkatDaerah;

namespace SistemKerja.Web.Pages.Organisasi;

public sealed class DetailModel(ISender sender) : PageModel
{
    public PerangkatDaerahDetail Pd { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? unit, CancellationToken ct)
    {
        var pd = await sender.Send(new DetailPerangkatDaerahQuery(id, unit), ct);
        if (pd is null)
        {
            return NotFound();
        }

        Pd = pd;
        return Page();
    }
}
