using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Admin.Naskah;

/// <summary>BKPSDM maintains the kop surat of a Perangkat Daerah: the address line and the logo (PNG/JPEG, at most 512 KB).</summary>
[RequestSizeLimit(LogoKop.UkuranMaksimum + 100_000)]
[RequestFormLimits(MultipartBodyLengthLimit = LogoKop.UkuranMaksimum + 100_000)]
public sealed class KopModel(ISender sender) : PageModel
{
    public KopSuratPerangkatDaerah Kop { get; private set; } = null!;

    [BindProperty]
    public AlamatInput Alamat { get; set; } = new();

    [BindProperty]
    public IFormFile? Logo { get; set; }

    public sealed class AlamatInput
    {
        public string? Teks { get; set; }

        public uint Versi { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid pd, CancellationToken ct)
    {
        if (!await MuatAsync(pd, ct))
        {
            return NotFound();
        }

        Alamat = new AlamatInput { Teks = Kop.Alamat, Versi = Kop.Versi };
        return Page();
    }

    public async Task<IActionResult> OnGetLogoAsync(Guid pd, CancellationToken ct)
    {
        var logo = await sender.Send(new LogoKopQuery(pd), ct);
        return logo.Berhasil ? File(logo.Nilai.Isi, logo.Nilai.JenisKonten) : NotFound();
    }

    public async Task<IActionResult> OnPostAlamatAsync(Guid pd, CancellationToken ct)
    {
        if (!await MuatAsync(pd, ct))
        {
            return NotFound();
        }

        var hasil = await sender.Send(new UbahAlamatKopCommand(pd, Alamat.Teks, Alamat.Versi), ct);
        return Selesai(hasil, "Alamat", pd, "Alamat kop surat disimpan.");
    }

    public async Task<IActionResult> OnPostLogoAsync(Guid pd, CancellationToken ct)
    {
        if (!await MuatAsync(pd, ct))
        {
            return NotFound();
        }

        Alamat = new AlamatInput { Teks = Kop.Alamat, Versi = Kop.Versi };
        if (Logo is null || Logo.Length == 0)
        {
            ModelState.AddModelError("Logo", "Pilih berkas logo (PNG atau JPEG).");
            return Page();
        }

        if (Logo.Length > LogoKop.UkuranMaksimum)
        {
            ModelState.AddModelError("Logo", $"Berkas logo terlalu besar: paling besar {LogoKop.UkuranMaksimum / 1024} KB.");
            return Page();
        }

        using var salinan = new MemoryStream();
        await Logo.CopyToAsync(salinan, ct);
        var hasil = await sender.Send(new UnggahLogoKopCommand(pd, Logo.FileName, salinan.ToArray()), ct);
        return Selesai(hasil, "", pd, "Logo kop surat disimpan; dokumen yang diterbitkan sesudah ini memakai logo baru.");
    }

    private IActionResult Selesai(SistemKerja.Domain.Common.Result hasil, string prefix, Guid pd, string pesan)
    {
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState, prefix);
            return Page();
        }

        TempData["Pesan"] = pesan;
        return Redirect($"/Admin/Naskah/Kop?pd={pd}");
    }

    private async Task<bool> MuatAsync(Guid pd, CancellationToken ct)
    {
        var kop = await sender.Send(new KopSuratPerangkatDaerahQuery(pd), ct);
        if (kop.Gagal)
        {
            return false;
        }

        Kop = kop.Nilai;
        return true;
    }
}
