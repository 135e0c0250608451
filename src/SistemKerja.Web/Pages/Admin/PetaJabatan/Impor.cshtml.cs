using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Organisasi.DaftarPerangkatDaerah;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Admin.PetaJabatan;

/// <summary>Uploads a peta jabatan spreadsheet; the import runs in the background and <see cref="StatusImporModel"/> shows its progress.</summary>
[RequestSizeLimit(BatasUnggahan + 1_000_000)]
[RequestFormLimits(MultipartBodyLengthLimit = BatasUnggahan + 1_000_000)]
public sealed class ImporModel(ISender sender, AntrianImpor antrian) : PageModel
{
    public const int BatasUnggahan = 20 * 1024 * 1024;

    public PerangkatDaerahRingkas PerangkatDaerah { get; private set; } = null!;

    [BindProperty]
    public IFormFile? Berkas { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid perangkatDaerahId, CancellationToken ct) =>
        await MuatAsync(perangkatDaerahId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid perangkatDaerahId, CancellationToken ct)
    {
        if (!await MuatAsync(perangkatDaerahId, ct))
        {
            return NotFound();
        }

        var isi = await BacaUnggahanAsync(ct);
        if (isi is null)
        {
            return Page();
        }

        var penggunaId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var kerja = antrian.Antrekan(User, penggunaId, perangkatDaerahId, Path.GetFileName(Berkas!.FileName), isi);
        return RedirectToPage("StatusImpor", new { id = kerja.Id });
    }

    /// <summary>The upload's bytes, or null with the reason on the form (no file, too big, not an .xlsx).</summary>
    private async Task<byte[]?> BacaUnggahanAsync(CancellationToken ct)
    {
        if (Berkas is null || Berkas.Length == 0)
        {
            ModelState.AddModelError(nameof(Berkas), "Pilih berkas .xlsx yang akan diimpor.");
            return null;
        }

        if (Berkas.Length > BatasUnggahan)
        {
            ModelState.AddModelError(nameof(Berkas), $"Berkas terlalu besar ({Berkas.Length / 1024 / 1024} MB); paling besar {BatasUnggahan / 1024 / 1024} MB.");
            return null;
        }

        using var salinan = new MemoryStream((int)Berkas.Length);
        await Berkas.CopyToAsync(salinan, ct);
        var isi = salinan.ToArray();

        // An .xlsx is a zip: it starts with "PK". Anything else (a renamed .xls, a CSV, a PDF) is refused here.
        if (!Berkas.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || isi.Length < 4 || isi[0] != (byte)'P' || isi[1] != (byte)'K')
        {
            ModelState.AddModelError(nameof(Berkas), "Berkas harus berformat Excel Workbook (.xlsx). Berkas .xls lama atau CSV perlu disimpan ulang sebagai .xlsx.");
            return null;
        }

        return isi;
    }

    private async Task<bool> MuatAsync(Guid perangkatDaerahId, CancellationToken ct)
    {
        var pd = (await sender.Send(new DaftarPerangkatDaerahQuery(), ct)).FirstOrDefault(p => p.Id == perangkatDaerahId);
        PerangkatDaerah = pd!;
        return pd is not null;
    }
}
