using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Common;

namespace SistemKerja.Web.Pages.Akun;

public sealed class KeluarModel(IPintuMasuk pintu) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await pintu.KeluarAsync();
        return RedirectToPage("/Akun/Masuk");
    }
}
