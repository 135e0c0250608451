using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Common;
using SistemKerja.Application.Kepegawaian.CariPegawai;

namespace SistemKerja.Web.Pages.Pegawai;

[Authorize(Roles = $"{Peran.AdminBkpsdm},{Peran.Auditor},{Peran.PimpinanUnit}")]
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Kata { get; set; }

    [BindProperty(SupportsGet = true, Name = "hal")]
    public int Halaman { get; set; } = 1;

    public HalamanPegawai Hasil { get; private set; } = new([], 0, 1, 25);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Kata?.Length > 100)
        {
            Kata = Kata[..100];
        }

        Hasil = await sender.Send(new CariPegawaiQuery(Kata, Halaman), ct);
    }
}
