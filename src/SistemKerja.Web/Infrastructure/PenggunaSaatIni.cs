using System.Security.Claims;
using SistemKerja.Application.Common;

namespace SistemKerja.Web.Infrastructure;

/// <summary>The signed-in user, read from the authentication cookie's claims.</summary>
internal sealed class PenggunaSaatIni(IHttpContextAccessor accessor) : IPenggunaSaatIni
{
    public const string KlaimPegawaiId = "pegawai_id";
    public const string KlaimNamaTampilan = "nama_tampilan";

    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public Guid? Id => Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Nama => User?.FindFirstValue(KlaimNamaTampilan) ?? User?.Identity?.Name ?? "sistem";

    public Guid? PegawaiId => Guid.TryParse(User?.FindFirstValue(KlaimPegawaiId), out var id) ? id : null;

    public bool Memiliki(string peran) => User?.IsInRole(peran) ?? false;
}
