using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.NaskahDinas;

namespace SistemKerja.Web.Pages.Dokumen;

/// <summary>Downloads one issued PDF (logged in the audit trail by the command).</summary>
public sealed class UnduhModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var hasil = await sender.Send(new UnduhDokumenCommand(id), ct);
        return hasil.Berhasil ? File(hasil.Nilai.Isi, hasil.Nilai.JenisKonten, hasil.Nilai.NamaBerkas) : NotFound();
    }
}
