using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Infrastructure.Identity;

namespace SistemKerja.Web.Pages.Akun;

public sealed class KeluarModel(SignInManager<Pengguna> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Akun/Masuk");
    }
}
