using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Organisasi.EksporPetaJabatan;

namespace SistemKerja.Web.Pages.Admin.PetaJabatan;

/// <summary>Downloads the peta jabatan of a Perangkat Daerah as .xlsx.</summary>
public sealed class EksporModel(ISender sender) : PageModel
{
    public const string JenisXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<IActionResult> OnGetAsync(Guid perangkatDaerahId, CancellationToken ct)
    {
        var berkas = await sender.Send(new EksporPetaJabatanQuery(perangkatDaerahId), ct);
        return berkas.Gagal ? (berkas.ErrorUtama!.Jenis == SistemKerja.Domain.Common.ErrorKind.Terlarang ? Forbid() : NotFound()) : File(berkas.Nilai.Isi, JenisXlsx, berkas.Nilai.NamaBerkas);
    }
}
