using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Organisasi.DaftarPerangkatDaerah;

namespace SistemKerja.Web.Pages.Organisasi;

public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<PerangkatDaerahRingkas> Daftar { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Daftar = await sender.Send(new DaftarPerangkatDaerahQuery(), ct);
}
