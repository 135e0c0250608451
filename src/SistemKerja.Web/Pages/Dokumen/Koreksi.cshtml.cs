using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Dokumen;

/// <summary>
/// Issues a correction of a document: a new document with a new number that cancels this one (both stay). Offered to the
/// signer of the original and to Admin BKPSDM; the use case checks it again.
/// </summary>
public sealed class KoreksiModel(ISender sender) : PageModel
{
    public DokumenKoreksi Dokumen { get; private set; } = null!;

    [BindProperty]
    public Input Masukan { get; set; } = new();

    public sealed class Input
    {
        public string? Alasan { get; set; }

        public uint Versi { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var d = await sender.Send(new DokumenUntukKoreksiQuery(id), ct);
        if (d is null)
        {
            return NotFound();
        }

        Dokumen = d;
        Masukan = new Input { Versi = d.Versi };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var d = await sender.Send(new DokumenUntukKoreksiQuery(id), ct);
        if (d is null)
        {
            return NotFound();
        }

        Dokumen = d;
        var hasil = await sender.Send(new KoreksiDokumenCommand(id, Masukan.Alasan, Masukan.Versi), ct);
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState);
            return Page();
        }

        var baru = await sender.Send(new DokumenUntukKoreksiQuery(hasil.Nilai), ct);
        TempData["Pesan"] = $"Dokumen koreksi diterbitkan dengan nomor {baru?.Nomor}; dokumen {d.Nomor} dibatalkan.";
        return Redirect($"/Dokumen/Koreksi/{hasil.Nilai}");
    }
}
