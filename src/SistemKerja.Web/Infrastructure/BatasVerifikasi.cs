using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SistemKerja.Web.Infrastructure;

/// <summary>
/// The public verification page takes uploads from anyone: each client IP may POST (upload or look up) at most
/// <c>Verifikasi:BatasPerMenit</c> times a minute (default 20); more get HTTP 429 with the Indonesian status page and a
/// Retry-After header. Looking a code up by GET (the QR code's link) is not limited. Behind a reverse proxy the client
/// IP comes from X-Forwarded-For (UseForwardedHeaders, trusted from loopback proxies only).
/// </summary>
internal static class BatasVerifikasi
{
    public const string Kebijakan = "verifikasi";

    public static IServiceCollection AddBatasVerifikasi(this IServiceCollection services, IConfiguration konfigurasi)
    {
        var batas = Math.Max(1, konfigurasi.GetValue("Verifikasi:BatasPerMenit", 20));
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (ctx, _) =>
            {
                var tunggu = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var t) ? t : TimeSpan.FromMinutes(1);
                ctx.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(tunggu.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask; // no body: the status page middleware renders the Indonesian 429 page
            };
            o.AddPolicy(Kebijakan, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "tanpa-ip",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = batas, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("baca"));
        });
    }
}
