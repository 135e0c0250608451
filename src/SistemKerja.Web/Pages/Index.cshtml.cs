using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Common;
using SistemKerja.Application.Kepegawaian.ProfilPegawai;
using SistemKerja.Application.Organisasi.KedudukanPegawai;

namespace SistemKerja.Web.Pages;

/// <summary>Beranda: the signed-in pegawai's identity and current position.</summary>
public sealed class IndexModel(ISender sender, IPenggunaSaatIni pengguna) : PageModel
{
    public ProfilPegawai? Profil { get; private set; }

    public KedudukanPegawai? Kedudukan { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (pengguna.PegawaiId is { } id)
        {
            Profil = await sender.Send(new ProfilPegawaiQuery(id), ct);
            Kedudukan = await sender.Send(new KedudukanPegawaiQuery(id), ct);
        }
    }
}
