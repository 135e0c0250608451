using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.AlurPenugasan.PilihanPermohonan;
using SistemKerja.Application.AlurPenugasan.TunjukPegawai;
using SistemKerja.Application.Common;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Penugasan;

/// <summary>WF-1: a unit head assigns one of their own JF/Pelaksana directly, with a Surat Tugas.</summary>
[Authorize(Roles = Peran.PimpinanUnit)]
public sealed class TunjukModel(ISender sender, TimeProvider waktu) : PageModel
{
    [BindProperty]
    public Input Masukan { get; set; } = new();

    public PilihanPermohonan Pilihan { get; private set; } = null!;

    public sealed class Input
    {
        public Guid PegawaiId { get; set; }

        public string? Uraian { get; set; }

        public string? TargetKinerja { get; set; }

        public DateOnly TanggalMulai { get; set; }

        public DateOnly TanggalSelesai { get; set; }

        public bool PenuhWaktu { get; set; }

        public int AlokasiPersen { get; set; } = 20;
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Pilihan = await sender.Send(new PilihanPermohonanQuery(), ct);
        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        Masukan.TanggalMulai = hariIni;
        Masukan.TanggalSelesai = hariIni.AddMonths(1);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The form's options are read only when the form is shown again (a successful post redirects).
        if (!ModelState.IsValid)
        {
            return await HalamanAsync(ct);
        }

        var m = Masukan;
        var hasil = await sender.Send(new TunjukPegawaiCommand(m.PegawaiId, m.Uraian, m.TargetKinerja, m.TanggalMulai, m.TanggalSelesai, m.PenuhWaktu, m.AlokasiPersen), ct);
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState);
            return await HalamanAsync(ct);
        }

        TempData["Pesan"] = "Penugasan ditetapkan dan surat tugas diterbitkan.";
        return Redirect($"/Penugasan/Tugas/{hasil.Nilai}");
    }

    private async Task<IActionResult> HalamanAsync(CancellationToken ct)
    {
        Pilihan = await sender.Send(new PilihanPermohonanQuery(), ct);
        return Page();
    }
}
