using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Organisasi.DetailPerangkatDaerah;
using SistemKerja.Application.Organisasi.TutupUnitOrganisasi;
using SistemKerja.Application.Organisasi.UbahUnitOrganisasi;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Admin.Unit;

public sealed class UbahModel(ISender sender, TimeProvider waktu) : PageModel
{
    public UnitDetail Unit { get; private set; } = null!;

    public Guid PerangkatDaerahId { get; private set; }

    [BindProperty]
    public Input Masukan { get; set; } = new();

    [BindProperty]
    public TutupInput Tutup { get; set; } = new();

    public sealed class Input
    {
        public string? Nama { get; set; }

        public bool UnitOrganisasiMandiri { get; set; }

        public int Urutan { get; set; }

        public uint Versi { get; set; }
    }

    public sealed class TutupInput
    {
        public DateOnly Tanggal { get; set; }

        public uint Versi { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }

        Masukan = new Input { Nama = Unit.Nama, UnitOrganisasiMandiri = Unit.UnitOrganisasiMandiri, Urutan = Unit.Urutan, Versi = Unit.Versi };
        Tutup = new TutupInput { Tanggal = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime), Versi = Unit.Versi };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }

        var hasil = await sender.Send(new UbahUnitOrganisasiCommand(id, Masukan.Nama ?? "", Masukan.UnitOrganisasiMandiri, Masukan.Urutan, Masukan.Versi), ct);
        return Selesai(hasil, "Masukan", "Unit diubah.");
    }

    public async Task<IActionResult> OnPostTutupAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }

        var hasil = await sender.Send(new TutupUnitOrganisasiCommand(id, Tutup.Tanggal, Tutup.Versi), ct);
        return Selesai(hasil, "Tutup", "Unit ditutup.");
    }

    private IActionResult Selesai(SistemKerja.Domain.Common.Result hasil, string prefix, string pesan)
    {
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState, prefix);
            return Page();
        }

        TempData["Pesan"] = pesan;
        return Redirect($"/Organisasi/Detail/{PerangkatDaerahId}");
    }

    private async Task<bool> MuatAsync(Guid id, CancellationToken ct)
    {
        var pdId = await PerangkatDaerahDari.UnitAsync(HttpContext, id, ct);
        var pd = pdId is { } p ? await sender.Send(new DetailPerangkatDaerahQuery(p), ct) : null;
        var unit = pd?.Unit.FirstOrDefault(u => u.Id == id);
        if (unit is null)
        {
            return false;
        }

        Unit = unit;
        PerangkatDaerahId = pd!.Id;
        return true;
    }
}
