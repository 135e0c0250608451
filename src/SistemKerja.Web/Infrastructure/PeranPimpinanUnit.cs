using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Infrastructure.Persistence;

namespace SistemKerja.Web.Infrastructure;

/// <summary>
/// Adds the derived role <see cref="Peran.PimpinanUnit"/> on each request when the user's pegawai holds, today, a
/// position that leads a unit (definitively or as Plt/Plh). It is never stored: a mutasi takes effect at once.
/// </summary>
internal sealed class PeranPimpinanUnit(AppDbContext db, TimeProvider waktu) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity
            || principal.IsInRole(Peran.PimpinanUnit)
            || !Guid.TryParse(principal.FindFirstValue(PenggunaSaatIni.KlaimPegawaiId), out var pegawaiId))
        {
            return principal;
        }

        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var memimpin = await db.PemangkuJabatan.AsNoTracking()
            .Where(p => p.PegawaiId == pegawaiId && p.Tmt <= hariIni && (p.TanggalSelesai == null || p.TanggalSelesai >= hariIni))
            .AnyAsync(p => db.Jabatan.Any(j => j.Id == p.JabatanId && j.MemimpinUnit));
        if (memimpin)
        {
            var klon = principal.Clone();
            ((ClaimsIdentity)klon.Identity!).AddClaim(new Claim(identity.RoleClaimType, Peran.PimpinanUnit));
            return klon;
        }

        return principal;
    }
}
