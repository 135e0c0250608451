using Microsoft.AspNetCore.Identity;

namespace SistemKerja.Infrastructure.Identity;

/// <summary>A sign-in account. A pegawai's account links to their Pegawai record; admin/auditor accounts may too.</summary>
public sealed class Pengguna : IdentityUser<Guid>
{
    public const int PanjangNamaTampilan = 150;

    public Guid? PegawaiId { get; set; }

    public string NamaTampilan { get; set; } = "";
}
