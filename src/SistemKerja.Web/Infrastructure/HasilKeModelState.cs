using Microsoft.AspNetCore.Mvc.ModelBinding;
using SistemKerja.Domain.Common;

namespace SistemKerja.Web.Infrastructure;

public static class HasilKeModelState
{
    /// <summary>Copies a failed result's messages to the form: field errors next to the field, the rest at the top.</summary>
    public static void TambahkanKe(this Result hasil, ModelStateDictionary modelState, string prefix = "Masukan")
    {
        foreach (var e in hasil.Errors)
        {
            var kunci = string.IsNullOrEmpty(e.Properti) ? string.Empty : $"{prefix}.{e.Properti}";
            modelState.AddModelError(kunci, e.Pesan);
        }
    }
}
