using System.Security.Claims;
using SistemKerja.Application.Common;

namespace SistemKerja.Web.Infrastructure;

/// <summary>
/// The signed-in user, read from the authentication cookie's claims; in a background job (no request), the user who
/// started the job, as captured in <see cref="PenggunaLatar"/>.
/// </summary>
internal sealed class PenggunaSaatIni(IHttpContextAccessor accessor, PenggunaLatar latar) : IPenggunaSaatIni
{
    public const string KlaimPegawaiId = "pegawai_id";
    public const string KlaimNamaTampilan = "nama_tampilan";

    private ClaimsPrincipal? User => latar.Pengguna ?? accessor.HttpContext?.User;

    public Guid? Id => Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Nama => User?.FindFirstValue(KlaimNamaTampilan) ?? User?.Identity?.Name ?? "sistem";

    public Guid? PegawaiId => Guid.TryParse(User?.FindFirstValue(KlaimPegawaiId), out var id) ? id : null;

    public bool Memiliki(string peran) => User?.IsInRole(peran) ?? false;
}

/// <summary>Per-scope holder of the user a background job acts for (the request's user is copied in when it is queued).</summary>
internal sealed class PenggunaLatar
{
    public ClaimsPrincipal? Pengguna { get; set; }
}
