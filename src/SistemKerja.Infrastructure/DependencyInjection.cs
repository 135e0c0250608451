using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Application.Common;
using SistemKerja.Application.Organisasi.PetaJabatan;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Infrastructure.Berkas;
using SistemKerja.Infrastructure.NaskahDinas;
using SistemKerja.Infrastructure.Identity;
using SistemKerja.Infrastructure.Persistence;
using SistemKerja.Infrastructure.Seeding;

namespace SistemKerja.Infrastructure;

public static class DependencyInjection
{
    public const string NamaConnectionString = "SistemKerja";

    /// <summary>Database, Identity stores and the demo seeder. Identity is registered here so every host (web, tests, tools) builds the same model.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(NamaConnectionString)
            ?? throw new InvalidOperationException($"Connection string '{NamaConnectionString}' is not configured (env ConnectionStrings__{NamaConnectionString}).");
        services.AddDbContext<AppDbContext>(o => o.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(3)));
        services.AddScoped<IAppDb>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddSingleton<IBerkasSpreadsheet, BerkasSpreadsheet>();
        services.AddSingleton<PencetakChromium>();
        services.AddSingleton<IPembuatPdf, PembuatPdf>();
        services.AddScoped<IPenomorDokumen, PenomorDokumen>();
        services.AddSingleton<IAlamatPublik, AlamatPublik>();

        // Keys that protect the sign-in and antiforgery cookies. In a container they must outlive the container:
        // Berkas:Folder (a mounted volume) keeps them; without it they live in the user profile.
        var dataProtection = services.AddDataProtection().SetApplicationName("SistemKerja");
        if (configuration["Berkas:Folder"] is { Length: > 0 } folder)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(folder, "kunci-data-protection")));
        }

        services.AddIdentityCore<Pengguna>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<PengelolaPengguna>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<PesanIdentityIndonesia>();

        services.AddScoped<IPintuMasuk, PintuMasuk>();
        services.AddScoped<PenyemaiDemo>();
        return services;
    }
}
