using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SistemKerja.Web.Infrastructure;

/// <summary>
/// A NUL character (U+0000) in a form field, query value or route value is refused with 400 before model binding.
/// (multipart fields included; the URL-encoded form reader refuses it by itself). PostgreSQL cannot store it in text columns or take it as a text parameter, so it would otherwise end as an HTTP 500
/// (found by the fuzz pass: <c>/Pegawai?q=a%00b</c>); no legitimate input contains it.
/// </summary>
internal sealed class KarakterNulDitolak : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        var ada = request.Query.Any(q => AdaNul(q.Key) || q.Value.Any(AdaNul))
            || context.RouteData.Values.Values.Any(v => v is string s && AdaNul(s));
        if (!ada && request.HasFormContentType)
        {
            try
            {
                var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
                ada = form.Any(f => AdaNul(f.Key) || f.Value.Any(AdaNul));
            }
            catch (InvalidDataException)
            {
                ada = true; // the URL-encoded form reader itself refuses %00 and other undecodable values
            }
        }

        if (ada)
        {
            context.Result = new BadRequestResult();
            return;
        }

        await next();
    }

    private static bool AdaNul(string? s) => s is not null && s.Contains('\0', StringComparison.Ordinal);
}
