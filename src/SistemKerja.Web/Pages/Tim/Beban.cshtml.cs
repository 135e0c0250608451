using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.TimKerja.BebanKerja;

namespace SistemKerja.Web.Pages.Tim;

/// <summary>A pegawai's load across teams and assignments, drawn as bars over the period.</summary>
public sealed class BebanModel(ISender sender) : PageModel
{
    public BebanKerja Beban { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid? pegawaiId, DateOnly? mulai, DateOnly? selesai, CancellationToken ct)
    {
        var beban = await sender.Send(new BebanKerjaQuery(pegawaiId, mulai, selesai), ct);
        if (beban is null)
        {
            return NotFound();
        }

        Beban = beban;
        return Page();
    }
}
