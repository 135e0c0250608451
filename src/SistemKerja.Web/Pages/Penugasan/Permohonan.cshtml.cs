using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.AlurPenugasan.DetailPermohonan;
using SistemKerja.Application.AlurPenugasan.ProsesPermohonan;
using SistemKerja.Application.AlurPenugasan.TarikPermohonan;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Penugasan;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Penugasan;

/// <summary>A request with its history; the official of the waiting step approves or refuses here.</summary>
public sealed class PermohonanModel(ISender sender) : PageModel
{
    public DetailPermohonan Detail { get; private set; } = null!;

    [BindProperty]
    public Input Masukan { get; set; } = new();

    public sealed class Input
    {
        public string? Catatan { get; set; }

        public bool WaktuDiluarBebanKerja { get; set; }

        public bool WaktuDiluarPenugasanLain { get; set; }

        public bool KompetensiRelevan { get; set; }

        public string? AlasanPengecualian { get; set; }

        public uint Versi { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await MuatAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSetujuiAsync(Guid id, CancellationToken ct) => ProsesAsync(id, true, ct);

    public Task<IActionResult> OnPostTolakAsync(Guid id, CancellationToken ct) => ProsesAsync(id, false, ct);

    public async Task<IActionResult> OnPostTarikAsync(Guid id, CancellationToken ct)
    {
        var hasil = await sender.Send(new TarikPermohonanCommand(id, Masukan.Versi), ct);
        return await SelesaiAsync(id, hasil, "Permohonan ditarik.", ct);
    }

    private async Task<IActionResult> ProsesAsync(Guid id, bool setujui, CancellationToken ct)
    {
        var m = Masukan;
        var hasil = await sender.Send(new ProsesPermohonanCommand(id, setujui, m.Catatan, m.WaktuDiluarBebanKerja, m.WaktuDiluarPenugasanLain,
            m.KompetensiRelevan, m.AlasanPengecualian, m.Versi), ct);
        var pesan = hasil.Berhasil && hasil.Nilai == StatusPermohonan.Disetujui ? "Permohonan disetujui; surat penugasan diterbitkan."
            : setujui ? "Langkah disetujui dan diteruskan." : "Permohonan ditolak.";
        return await SelesaiAsync(id, hasil, pesan, ct);
    }

    private async Task<IActionResult> SelesaiAsync(Guid id, Result hasil, string pesan, CancellationToken ct)
    {
        if (hasil.Gagal)
        {
            if (hasil.ErrorUtama!.Jenis == ErrorKind.TidakDitemukan)
            {
                return NotFound();
            }

            hasil.TambahkanKe(ModelState);
            if (!await MuatAsync(id, ct))
            {
                return NotFound();
            }

            // A stale form: show the current state, keep what the user typed, and say what happened.
            ModelState.Remove("Masukan.Versi"); // else the hidden field shows the posted (stale) version again
            Masukan.Versi = Detail.Versi;
            return Page();
        }

        TempData["Pesan"] = pesan;
        return Redirect($"/Penugasan/Permohonan/{id}");
    }

    private async Task<bool> MuatAsync(Guid id, CancellationToken ct)
    {
        var detail = await sender.Send(new DetailPermohonanQuery(id), ct);
        if (detail is null)
        {
            return false;
        }

        Detail = detail;
        if (Request.Method == HttpMethods.Get)
        {
            Masukan.Versi = detail.Versi;
        }

        return true;
    }
}
