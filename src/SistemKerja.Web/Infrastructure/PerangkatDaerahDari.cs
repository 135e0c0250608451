using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;

namespace SistemKerja.Web.Infrastructure;

/// <summary>Small look-ups the admin pages need for redirects.</summary>
internal static class PerangkatDaerahDari
{
    public static Task<Guid?> UnitAsync(HttpContext http, Guid unitId, CancellationToken ct) =>
        http.RequestServices.GetRequiredService<IAppDb>().UnitOrganisasi.AsNoTracking()
            .Where(u => u.Id == unitId).Select(u => (Guid?)u.PerangkatDaerahId).FirstOrDefaultAsync(ct);
}
