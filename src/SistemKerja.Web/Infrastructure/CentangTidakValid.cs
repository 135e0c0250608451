using System.Reflection;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SistemKerja.Web.Infrastructure;

/// <summary>
/// A checkbox posted with a value that is not a boolean (a tampered form: <c>PenuhWaktu=mungkin</c>) keeps that raw
/// value in ModelState, and the checkbox tag helper then throws while drawing the form again: an HTTP 500 from user
/// input. This filter keeps the error message but replaces the raw value with <c>false</c> for every bool field.
/// </summary>
internal sealed class CentangTidakValid : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        await next();
        var modelState = context.ModelState;
        if (modelState.IsValid)
        {
            return;
        }

        foreach (var (kunci, entri) in modelState.Where(e => e.Value is { ValidationState: ModelValidationState.Invalid }).ToList())
        {
            var tipe = TipeDari(context.HandlerInstance.GetType(), kunci);
            if ((tipe == typeof(bool) || tipe == typeof(bool?)) && !bool.TryParse(entri!.AttemptedValue?.Split(',')[0], out _))
            {
                modelState.SetModelValue(kunci, false, "false");
            }
        }
    }

    /// <summary>The declared type at a dotted path ("Masukan.PenuhWaktu") below the page model, or null.</summary>
    private static Type? TipeDari(Type akar, string jalur)
    {
        var tipe = akar;
        foreach (var bagian in jalur.Split('.'))
        {
            var nama = bagian.Split('[')[0];
            tipe = tipe?.GetProperty(nama, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        }

        return tipe;
    }
}
