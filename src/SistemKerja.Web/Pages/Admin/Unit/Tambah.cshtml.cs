using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Organisasi.BuatUnitOrganisasi;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Admin.Unit;

public sealed class TambahModel(ISender sender) : PageModel
{
    [BindProperty]
    public Input Masukan { get; set; } = new();

    public sealed class Input
    {
        public Guid IndukId { get; set; }

        public string? Nama { get; set; }

        public bool UnitOrganisasiMandiri { get; set; }

        public int Urutan { get; set; }
    }

    public void OnGet(Guid indukId) => Masukan.IndukId = indukId;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var hasil = await sender.Send(new BuatUnitOrganisasiCommand(Masukan.IndukId, Masukan.Nama ?? "", Masukan.UnitOrganisasiMandiri, Masukan.Urutan), ct);
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState);
            return Page();
        }

        TempData["Pesan"] = "Unit berhasil ditambahkan.";
        return Redirect($"/Organisasi/Detail/{await PerangkatDaerahDari.UnitAsync(HttpContext, hasil.Nilai, ct)}#unit-{hasil.Nilai}");
    }
}
