using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Kepegawaian.TambahPegawai;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Admin.Pegawai;

public sealed class TambahModel(ISender sender) : PageModel
{
    [BindProperty]
    public Input Masukan { get; set; } = new();

    public sealed class Input
    {
        [Display(Name = "NIP")]
        public string? Nip { get; set; }

        public StatusKepegawaian Status { get; set; }

        public string? Nama { get; set; }

        public string? GelarDepan { get; set; }

        public string? GelarBelakang { get; set; }

        public GolonganRuang? GolonganRuang { get; set; }

        public GolonganPppk? GolonganPppk { get; set; }

        public Pendidikan Pendidikan { get; set; } = Pendidikan.S1;

        public string? Email { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var hasil = await sender.Send(new TambahPegawaiCommand(Masukan.Nip ?? "", Masukan.Status, Masukan.Nama ?? "", Masukan.GelarDepan, Masukan.GelarBelakang,
            Masukan.GolonganRuang, Masukan.GolonganPppk, Masukan.Pendidikan, Masukan.Email), ct);
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState);
            return Page();
        }

        TempData["Pesan"] = "Pegawai berhasil ditambahkan.";
        return RedirectToPage("/Pegawai/Detail", new { id = hasil.Nilai });
    }
}
