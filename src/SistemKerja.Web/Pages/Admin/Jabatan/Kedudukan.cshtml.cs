using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Organisasi.DetailJabatan;
using SistemKerja.Application.Organisasi.TetapkanKedudukan;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Admin.Jabatan;

/// <summary>Sets who a JF/Pelaksana position sits under, from a date; shows the history.</summary>
public sealed class KedudukanModel(ISender sender, TimeProvider waktu) : PageModel
{
    public JabatanUntukAdmin Jabatan { get; private set; } = null!;

    [BindProperty]
    public Input Masukan { get; set; } = new();

    public sealed class Input
    {
        public Guid AtasanJabatanId { get; set; }

        public DateOnly BerlakuMulai { get; set; }

        public string? NomorSk { get; set; }

        public string? DasarDelegasi { get; set; }

        /// <summary>The last day of a delegation, when its letter sets one.</summary>
        public DateOnly? BerlakuSampai { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Masukan.BerlakuMulai = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        return await MuatAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var hasil = await sender.Send(new TetapkanKedudukanCommand(id, Masukan.AtasanJabatanId, Masukan.BerlakuMulai, Masukan.NomorSk ?? "", Masukan.DasarDelegasi,
            Masukan.BerlakuSampai), ct);
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState);
            return Page();
        }

        TempData["Pesan"] = "Kedudukan ditetapkan.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> MuatAsync(Guid id, CancellationToken ct)
    {
        var jabatan = await sender.Send(new DetailJabatanQuery(id), ct);
        Jabatan = jabatan.Berhasil ? jabatan.Nilai : null!;
        return jabatan.Berhasil;
    }
}
