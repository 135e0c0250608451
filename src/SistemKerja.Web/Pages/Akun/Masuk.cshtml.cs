using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Common;

namespace SistemKerja.Web.Pages.Akun;

public sealed class MasukModel(IPintuMasuk pintu, ILogger<MasukModel> logger) : PageModel
{
    [BindProperty]
    public Input Masukan { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class Input
    {
        [Required(ErrorMessage = "Nama pengguna wajib diisi.")]
        [StringLength(100, ErrorMessage = "Nama pengguna terlalu panjang.")]
        [Display(Name = "Nama pengguna")]
        public string NamaPengguna { get; set; } = "";

        [Required(ErrorMessage = "Kata sandi wajib diisi.")]
        [StringLength(200, ErrorMessage = "Kata sandi terlalu panjang.")]
        [DataType(DataType.Password)]
        [Display(Name = "Kata sandi")]
        public string KataSandi { get; set; } = "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var hasil = await pintu.MasukAsync(Masukan.NamaPengguna.Trim(), Masukan.KataSandi);
        if (hasil == HasilMasuk.Berhasil)
        {
            logger.LogInformation("User {User} signed in", Masukan.NamaPengguna);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (hasil == HasilMasuk.Terkunci)
        {
            logger.LogWarning("User {User} is locked out", Masukan.NamaPengguna);
            ModelState.AddModelError(string.Empty, "Akun dikunci sementara karena terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.");
        }
        else
        {
            ModelState.AddModelError(string.Empty, "Nama pengguna atau kata sandi salah.");
        }

        return Page();
    }
}
