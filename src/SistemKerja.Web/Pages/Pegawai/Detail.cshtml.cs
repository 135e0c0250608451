using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Kepegawaian.ProfilPegawai;

namespace SistemKerja.Web.Pages.Pegawai;

/// <summary>A pegawai's profile. The query decides who may see it; anyone else gets 404, not a hint that it exists.</summary>
public sealed class DetailModel(ISender sender) : PageModel
{
    public ProfilPegawai Profil { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var profil = await sender.Send(new ProfilPegawaiQuery(id), ct);
        if (profil is null)
        {
            return NotFound();
        }

        Profil = profil;
        return Page();
    }
}
