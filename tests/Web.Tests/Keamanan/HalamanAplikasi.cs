using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace SistemKerja.Web.Tests.Keamanan;

/// <summary>One handler of a page: its HTTP method, its name ("" for the default) and its parameters (bound from route, query or form).</summary>
public sealed record HandlerHalaman(string Metode, string Nama, IReadOnlyList<string> Parameter);

/// <summary>
/// A Razor page as the running app routes it: its path (e.g. "/Penugasan/Permohonan"), its route template, its handlers
/// and whether it opts out of antiforgery. Read from the app's own endpoint list, so a new page is covered without editing the tests.
/// </summary>
public sealed record HalamanAplikasi(string Jalur, string Templat, IReadOnlyList<HandlerHalaman> Handler, bool TanpaAntiforgery)
{
    public bool BerparameterRute => Templat.Contains("{id", StringComparison.Ordinal);

    public IEnumerable<HandlerHalaman> Post => Handler.Where(h => h.Metode == "POST");

    /// <summary>The URL with the route id filled in (an unknown one by default) and the optional code left out.</summary>
    public string Url(Guid? id = null)
    {
        var url = "/" + Templat;
        url = url.Replace("{id:guid}", (id ?? Guid.NewGuid()).ToString(), StringComparison.Ordinal).Replace("/{kode?}", "", StringComparison.Ordinal);
        return url == "/" ? "/" : url.TrimEnd('/');
    }

    public string UrlPost(HandlerHalaman h, Guid? id = null) => h.Nama.Length == 0 ? Url(id) : $"{Url(id)}?handler={h.Nama}";

    public override string ToString() => Jalur;

    public static async Task<IReadOnlyList<HalamanAplikasi>> DaftarAsync(IServiceProvider layanan)
    {
        var endpoint = layanan.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var pemuat = layanan.GetRequiredService<PageLoader>();
        var hasil = new Dictionary<string, HalamanAplikasi>();
        foreach (var e in endpoint)
        {
            if (e.Metadata.GetMetadata<PageActionDescriptor>() is not { } deskriptor)
            {
                continue;
            }

            var templat = e.RoutePattern.RawText ?? "";

            // An Index page is routed twice ("Penugasan/Index" and "Penugasan"): keep the shorter route.
            if (hasil.TryGetValue(deskriptor.ViewEnginePath, out var ada) && ada.Templat.Length <= templat.Length)
            {
                continue;
            }

            var halaman = await pemuat.LoadAsync(deskriptor, e.Metadata);
            var handler = halaman.HandlerMethods
                .Select(h => new HandlerHalaman(h.HttpMethod.ToUpperInvariant(), h.Name ?? "", [.. h.Parameters.Select(p => p.Name)]))
                .ToList();
            var tanpaAntiforgery = halaman.HandlerTypeInfo.GetCustomAttribute<IgnoreAntiforgeryTokenAttribute>() is not null
                || halaman.ModelTypeInfo?.GetCustomAttribute<IgnoreAntiforgeryTokenAttribute>() is not null;
            hasil[deskriptor.ViewEnginePath] = new HalamanAplikasi(deskriptor.ViewEnginePath, templat, handler, tanpaAntiforgery);
        }

        return [.. hasil.Values.OrderBy(h => h.Jalur, StringComparer.Ordinal)];
    }
}
