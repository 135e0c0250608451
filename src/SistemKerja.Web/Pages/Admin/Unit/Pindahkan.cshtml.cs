using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Organisasi.DetailPerangkatDaerah;
using SistemKerja.Application.Organisasi.PindahkanUnitOrganisasi;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Admin.Unit;

public sealed class PindahkanModel(ISender sender) : PageModel
{
    [BindProperty]
    public Input Masukan { get; set; } = new();

    public UnitDetail? Unit { get; private set; }

    public IReadOnlyList<UnitDetail> Pilihan { get; private set; } = [];

    public sealed class Input
    {
        public Guid UnitId { get; set; }

        public Guid IndukBaruId { get; set; }

        public uint Versi { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }

        Masukan = new Input { UnitId = id, IndukBaruId = Unit!.IndukId ?? Guid.Empty, Versi = Unit.Versi };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await MuatAsync(Masukan.UnitId, ct))
        {
            return NotFound();
        }

        var hasil = await sender.Send(new PindahkanUnitOrganisasiCommand(Masukan.UnitId, Masukan.IndukBaruId, Masukan.Versi), ct);
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState);
            return Page();
        }

        TempData["Pesan"] = "Unit berhasil dipindahkan.";
        return Redirect($"/Organisasi/Detail/{await PerangkatDaerahDari.UnitAsync(HttpContext, Masukan.UnitId, ct)}#unit-{Masukan.UnitId}");
    }

    private async Task<bool> MuatAsync(Guid unitId, CancellationToken ct)
    {
        var pdId = await PerangkatDaerahDari.UnitAsync(HttpContext, unitId, ct);
        var pd = pdId is { } id ? await sender.Send(new DetailPerangkatDaerahQuery(id), ct) : null;
        Unit = pd?.Unit.FirstOrDefault(u => u.Id == unitId);
        Pilihan = pd?.Unit ?? [];
        return Unit is not null;
    }
}
