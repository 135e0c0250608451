using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Organisasi.BuatJabatan;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Admin.Jabatan;

public sealed class TambahModel(ISender sender) : PageModel
{
    [BindProperty]
    public Input Masukan { get; set; } = new();

    public sealed class Input
    {
        public Guid UnitOrganisasiId { get; set; }

        public string? Nama { get; set; }

        public JenisJabatan Jenis { get; set; } = JenisJabatan.Pelaksana;

        public JenjangFungsional? Jenjang { get; set; }

        public int KelasJabatan { get; set; } = 7;

        public bool MemimpinUnit { get; set; }

        public TugasTambahan? TugasTambahan { get; set; }

        public bool HasilPenyetaraan { get; set; }
    }

    public void OnGet(Guid unitId) => Masukan.UnitOrganisasiId = unitId;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var m = Masukan;
        var hasil = await sender.Send(new BuatJabatanCommand(m.UnitOrganisasiId, m.Nama ?? "", m.Jenis, m.Jenjang, m.KelasJabatan, m.MemimpinUnit, m.TugasTambahan, m.HasilPenyetaraan), ct);
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState);
            return Page();
        }

        TempData["Pesan"] = "Jabatan berhasil ditambahkan.";
        return Redirect($"/Organisasi/Detail/{await PerangkatDaerahDari.UnitAsync(HttpContext, m.UnitOrganisasiId, ct)}#unit-{m.UnitOrganisasiId}");
    }
}
