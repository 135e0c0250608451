using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Organisasi.CatatKepalaDaerah;
using SistemKerja.Application.Organisasi.KetentuanDaerah;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Admin.Kebijakan;

/// <summary>
/// BKPSDM sees the region's settings (where the five regulations differ), compares them with a preset, and applies a preset
/// after confirming. Authorisation is the use case's (Admin BKPSDM only).
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    /// <summary>The preset compared with the current settings (GET <c>?bandingkan=</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public PresetRegulasi? Bandingkan { get; set; }

    public KetentuanDaerah Data { get; private set; } = null!;

    [BindProperty]
    public Input Masukan { get; set; } = new();

    public sealed class Input
    {
        public PresetRegulasi Preset { get; set; }

        public uint Versi { get; set; }

        public bool Konfirmasi { get; set; }

        public string? NamaKepalaDaerah { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // An unknown ?bandingkan= value fails binding: show the page without a comparison rather than an error.
        if (!ModelState.IsValid || Bandingkan is { } b && !Enum.IsDefined(b))
        {
            ModelState.Clear();
            Bandingkan = null;
        }

        if (!await MuatAsync(ct))
        {
            return Forbid();
        }

        Masukan.Preset = Bandingkan ?? Data.Preset;
        Masukan.NamaKepalaDaerah = Data.NamaKepalaDaerah;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var hasil = await sender.Send(new TerapkanPresetCommand(Masukan.Preset, Masukan.Versi, Masukan.Konfirmasi), ct);
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState);
            Bandingkan = Enum.IsDefined(Masukan.Preset) ? Masukan.Preset : null;
            return await MuatAsync(ct) ? Page() : Forbid();
        }

        TempData["Pesan"] = $"Ketentuan daerah kini mengikuti {Masukan.Preset.Label()}.";
        return Redirect("/Admin/Kebijakan");
    }

    public async Task<IActionResult> OnPostKepalaDaerahAsync(CancellationToken ct)
    {
        var hasil = await sender.Send(new CatatKepalaDaerahCommand(Masukan.NamaKepalaDaerah, Masukan.Versi), ct);
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState);
            return await MuatAsync(ct) ? Page() : Forbid();
        }

        TempData["Pesan"] = "Nama kepala daerah dicatat.";
        return Redirect("/Admin/Kebijakan");
    }

    private async Task<bool> MuatAsync(CancellationToken ct)
    {
        var hasil = await sender.Send(new KetentuanDaerahQuery(Bandingkan), ct);
        if (hasil.Gagal)
        {
            return false;
        }

        Data = hasil.Nilai;
        return true;
    }
}
