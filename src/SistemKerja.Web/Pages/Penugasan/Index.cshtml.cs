using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.AlurPenugasan.Pemberitahuan;
using SistemKerja.Application.AlurPenugasan.KotakMasuk;

namespace SistemKerja.Web.Pages.Penugasan;

/// <summary>The inbox: what waits for me, what I sent, what I was copied on, my assignments, my notices.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public KotakMasuk Kotak { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Kotak = await sender.Send(new KotakMasukQuery(), ct);

    public async Task<IActionResult> OnPostDibacaAsync(CancellationToken ct)
    {
        var hasil = await sender.Send(new TandaiNotifikasiDibacaCommand(), ct);
        TempData["Pesan"] = hasil.Berhasil ? $"{hasil.Nilai} pemberitahuan ditandai sudah dibaca." : hasil.ErrorUtama!.Pesan;
        return RedirectToPage();
    }
}
