using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Common;
using SistemKerja.Application.TimKerja.Bersama;
using SistemKerja.Application.TimKerja.UbahRincianTim;
using SistemKerja.Domain.Common;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Tim;

/// <summary>The team's pimpinan changes its particulars (DOMAIN.md §8.1) while its status allows; the use case decides who and when.</summary>
[Authorize(Roles = Peran.PimpinanUnit)]
public sealed class UbahModel(ISender sender) : PageModel
{
    [BindProperty]
    public Input Masukan { get; set; } = new();

    public RincianTimUbah Rincian { get; private set; } = null!;

    public sealed class Input : IsianRincianTim
    {
        public uint Versi { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }

        var r = Rincian;
        Masukan = new Input
        {
            Versi = r.Versi,
            Nama = r.Nama,
            Tugas = BarisTugas.Gabung(r.Tugas),
            Sasaran = r.Sasaran,
            SatuanSasaran = r.SatuanSasaran,
            JenisTugas = r.JenisTugas,
            TanggalMulai = r.TanggalMulai,
            TanggalSelesai = r.TanggalSelesai,
            ProgramStrategis = r.ProgramStrategisLintasPerangkatDaerah,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        // Someone who may not change the team learns nothing about it, whatever they posted.
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var m = Masukan;
        var hasil = await sender.Send(new UbahRincianTimCommand(id, m.Versi, m.Nama, m.Tugas, m.Sasaran, m.SatuanSasaran, m.JenisTugas, m.TanggalMulai,
            m.TanggalSelesai, m.ProgramStrategis), ct);
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = "Rincian Tim Kerja diperbarui.";
            return Redirect($"/Tim/Detail/{id}");
        }

        if (hasil.ErrorUtama!.Jenis == ErrorKind.TidakDitemukan)
        {
            return NotFound();
        }

        // Keep what the user typed. A stale form keeps its version: the user reloads to see the other change before saving over it.
        hasil.TambahkanKe(ModelState);
        return Page();
    }

    private async Task<bool> MuatAsync(Guid id, CancellationToken ct)
    {
        var rincian = await sender.Send(new RincianTimQuery(id), ct);
        if (rincian is null)
        {
            return false;
        }

        Rincian = rincian;
        return true;
    }
}
