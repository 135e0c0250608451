namespace SistemKerja.Web.Infrastructure;

/// <summary>Security headers on every response (pages, files, errors).</summary>
internal static class HeaderKeamanan
{
    public static IApplicationBuilder UseHeaderKeamanan(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h["X-Content-Type-Options"] = "nosniff";
            h["X-Frame-Options"] = "DENY";
            h["Referrer-Policy"] = "same-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            h["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
            return Task.CompletedTask;
        });
        await next();
    });
}
