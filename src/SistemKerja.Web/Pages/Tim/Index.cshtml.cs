using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.TimKerja.DaftarTim;

namespace SistemKerja.Web.Pages.Tim;

/// <summary>The teams the user leads, sits in, or has to set by decree.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public DaftarTim Daftar { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Daftar = await sender.Send(new DaftarTimQuery(), ct);
}
