using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Common;
using SistemKerja.Application.TimKerja.BentukTim;
using SistemKerja.Application.TimKerja.DaftarTim;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Tim;

/// <summary>WF-2 step 1: the Pimpinan Unit Organisasi drafts a team for their unit's target.</summary>
[Authorize(Roles = Peran.PimpinanUnit)]
public sealed class BentukModel(ISender sender, TimeProvider waktu) : PageModel
{
    [BindProperty]
    public Input Masukan { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Nama)> Unit { get; private set; } = [];

    public sealed class Input : IsianRincianTim
    {
        [Display(Name = "Unit pemilik kinerja")]
        public Guid UnitId { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Unit = (await sender.Send(new DaftarTimQuery(), ct)).UnitDipimpin;
        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        Masukan.TanggalMulai = hariIni;
        Masukan.TanggalSelesai = new DateOnly(hariIni.Year, 12, 31);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Unit = (await sender.Send(new DaftarTimQuery(), ct)).UnitDipimpin;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var m = Masukan;
        var hasil = await sender.Send(new BentukTimCommand(m.UnitId, m.Nama, m.Tugas, m.Sasaran, m.SatuanSasaran, m.JenisTugas, m.TanggalMulai, m.TanggalSelesai,
            m.ProgramStrategis), ct);
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState);
            return Page();
        }

        TempData["Pesan"] = "Draf Tim Kerja dibuat. Tambahkan anggota dan ketua, lalu ajukan penetapan.";
        return Redirect($"/Tim/Detail/{hasil.Nilai}");
    }
}
