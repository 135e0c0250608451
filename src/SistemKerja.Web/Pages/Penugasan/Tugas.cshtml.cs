using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.AlurPenugasan.DetailPenugasan;
using SistemKerja.Application.AlurPenugasan.TerimaPenugasan;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Penugasan;

/// <summary>An issued penugasan and its Surat Tugas, shown as the letter (the PDF comes with the documents module).</summary>
public sealed class TugasModel(ISender sender) : PageModel
{
    public DetailPenugasan Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var detail = await sender.Send(new DetailPenugasanQuery(id), ct);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        return Page();
    }

    public async Task<IActionResult> OnPostTerimaAsync(Guid id, CancellationToken ct)
    {
        var hasil = await sender.Send(new TerimaPenugasanCommand(id), ct);
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState);
            return await OnGetAsync(id, ct);
        }

        TempData["Pesan"] = "Surat penugasan diterima.";
        return Redirect($"/Penugasan/Tugas/{id}");
    }
}
