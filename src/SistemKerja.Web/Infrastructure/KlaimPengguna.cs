using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SistemKerja.Infrastructure.Identity;

namespace SistemKerja.Web.Infrastructure;

/// <summary>Puts the pegawai id and display name into the sign-in cookie.</summary>
internal sealed class KlaimPenggunaFactory(UserManager<Pengguna> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Pengguna, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Pengguna user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PenggunaSaatIni.KlaimNamaTampilan, user.NamaTampilan));
        if (user.PegawaiId is { } pegawaiId)
        {
            identity.AddClaim(new Claim(PenggunaSaatIni.KlaimPegawaiId, pegawaiId.ToString()));
        }

        return identity;
    }
}
