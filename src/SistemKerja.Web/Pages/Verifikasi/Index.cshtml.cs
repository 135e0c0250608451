using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Verifikasi;

/// <summary>
/// Public document verification: the code printed on a PDF (or its QR code) shows the document's number, date, signer,
/// hash and status; an uploaded PDF is compared by SHA-256, so a changed file is detected.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(BatasVerifikasi.Kebijakan)]
[RequestSizeLimit(BatasUnggahan + 1_000_000)]
[RequestFormLimits(MultipartBodyLengthLimit = BatasUnggahan + 1_000_000)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public const int BatasUnggahan = 10 * 1024 * 1024;

    [BindProperty(SupportsGet = true)]
    public string? Kode { get; set; }

    [BindProperty]
    public IFormFile? Berkas { get; set; }

    public InfoDokumen? Dokumen { get; private set; }

    public HasilVerifikasiBerkas? HasilBerkas { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Kode))
        {
            Dokumen = await sender.Send(new VerifikasiDokumenQuery(Kode), ct);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Kode))
        {
            Dokumen = await sender.Send(new VerifikasiDokumenQuery(Kode), ct);
        }

        if (Berkas is null || Berkas.Length == 0)
        {
            ModelState.AddModelError(nameof(Berkas), "Pilih berkas PDF yang akan diperiksa.");
            return Page();
        }

        if (Berkas.Length > BatasUnggahan)
        {
            ModelState.AddModelError(nameof(Berkas), "Berkas terlalu besar (paling besar 10 MB).");
            return Page();
        }

        using var salinan = new MemoryStream();
        await Berkas.CopyToAsync(salinan, ct);
        HasilBerkas = await sender.Send(new VerifikasiBerkasQuery(Kode, salinan.ToArray()), ct);
        return Page();
    }
}
