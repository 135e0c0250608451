using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.AlurPenugasan.DetailPelibatanInstansi;

namespace SistemKerja.Web.Pages.Penugasan.Instansi;

/// <summary>Lintas instansi requests the user is involved in.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<RingkasanPelibatanInstansi> Daftar { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Daftar = await sender.Send(new DaftarPelibatanInstansiQuery(), ct);
}
