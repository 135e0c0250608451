using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Serilog;
using SistemKerja.Application;
using SistemKerja.Application.AlurPenugasan.KirimPengingat;
using SistemKerja.Application.Common;
using SistemKerja.Infrastructure;
using SistemKerja.Infrastructure.Identity;
using SistemKerja.Infrastructure.Persistence;
using SistemKerja.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

// CreateLogger, not CreateBootstrapLogger: the latter is frozen once and breaks a second host in tests (STACK.md).
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .Enrich.FromLogContext()
    .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture));

builder.Services.AddApplication();

// The region's clock: "today" (letters, TMT checks) is the date in this time zone. WIB by default; a WITA region
// (e.g. Kalimantan Selatan, Kalimantan Utara) sets Waktu:Zona=Asia/Makassar, a WIT region Asia/Jayapura.
builder.Services.AddSingleton<TimeProvider>(WaktuDaerah.Dari(builder.Configuration["Waktu:Zona"]));
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<IPenggunaSaatIni, PenggunaSaatIni>();
builder.Services.AddScoped<PenggunaLatar>();
builder.Services.AddSingleton<AntrianImpor>();
builder.Services.AddHostedService<PekerjaImpor>();

// Reminders and escalation of waiting requests: periods in working days and the region's holidays (section Pengingat).
builder.Services.AddSingleton(builder.Configuration.GetSection(PengaturanPengingat.Bagian).Get<PengaturanPengingat>() ?? new PengaturanPengingat());
builder.Services.AddHostedService<PekerjaPengingat>();
builder.Services.AddScoped<IUserClaimsPrincipalFactory<Pengguna>, KlaimPenggunaFactory>();
builder.Services.AddScoped<IClaimsTransformation, PeranPimpinanUnit>();

// Cookies are HttpOnly and SameSite=Strict always, and Secure whenever the request is HTTPS (directly or through a
// TLS-terminating proxy via X-Forwarded-Proto). Keamanan:CookieWajibHttps=true makes them Secure unconditionally.
var cookieAman = builder.Configuration.GetValue<bool>("Keamanan:CookieWajibHttps") ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
builder.Services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
builder.Services.ConfigureApplicationCookie(o =>
{
    o.LoginPath = "/Akun/Masuk";
    o.LogoutPath = "/Akun/Keluar";
    o.AccessDeniedPath = "/Akun/AksesDitolak";
    o.Cookie.Name = "sistemkerja.auth";
    o.Cookie.HttpOnly = true;
    o.Cookie.SameSite = SameSiteMode.Strict;
    o.Cookie.SecurePolicy = cookieAman;
    o.ExpireTimeSpan = TimeSpan.FromHours(8);
    o.SlidingExpiration = true;

    // A signed-in user without the right role gets a real 403 (rendered by the status page), not a redirect.
    o.Events.OnRedirectToAccessDenied = ctx =>
    {
        ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    };
});
builder.Services.AddAntiforgery(o =>
{
    o.Cookie.Name = "sistemkerja.af";
    o.Cookie.SameSite = SameSiteMode.Strict;
    o.Cookie.SecurePolicy = cookieAman;
});
builder.Services.AddAuthorizationBuilder()
    .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
    .AddPolicy(Kebijakan.AdminBkpsdm, p => p.RequireRole(Peran.AdminBkpsdm))
    .AddPolicy(Kebijakan.Auditor, p => p.RequireRole(Peran.Auditor, Peran.AdminBkpsdm));

builder.Services.AddRazorPages(o =>
{
    o.Conventions.AuthorizeFolder("/Admin", Kebijakan.AdminBkpsdm);
    o.Conventions.AuthorizeFolder("/Auditor", Kebijakan.Auditor);
    o.Conventions.AllowAnonymousToFolder("/Verifikasi");
    o.Conventions.AllowAnonymousToFolder("/Akun");
    o.Conventions.AllowAnonymousToPage("/Error");
    o.Conventions.AllowAnonymousToPage("/Status");
}).AddMvcOptions(o =>
{
    o.Filters.Add<CentangTidakValid>();
    o.Filters.Add<KarakterNulDitolak>();

    // Model-binding messages in Bahasa Indonesia (e.g. a letter typed into a number field).
    var m = o.ModelBindingMessageProvider;
    m.SetAttemptedValueIsInvalidAccessor((nilai, isian) => $"Nilai '{nilai}' tidak valid untuk {isian}.");
    m.SetValueIsInvalidAccessor(nilai => $"Nilai '{nilai}' tidak valid.");
    m.SetValueMustBeANumberAccessor(isian => $"{isian} harus berupa angka.");
    m.SetMissingBindRequiredValueAccessor(isian => $"{isian} wajib diisi.");
    m.SetMissingKeyOrValueAccessor(() => "Nilai wajib diisi.");
    m.SetMissingRequestBodyRequiredValueAccessor(() => "Isian wajib diisi.");
    m.SetNonPropertyAttemptedValueIsInvalidAccessor(nilai => $"Nilai '{nilai}' tidak valid.");
    m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Nilai tidak valid.");
    m.SetNonPropertyValueMustBeANumberAccessor(() => "Isian harus berupa angka.");
    m.SetUnknownValueIsInvalidAccessor(isian => $"Nilai untuk {isian} tidak valid.");
    m.SetValueMustNotBeNullAccessor(isian => $"{isian} wajib diisi.");

    // "Wajib diisi" of the required fields MVC implies (non-nullable value and reference types), also in Bahasa Indonesia.
    o.ModelMetadataDetailsProviders.Add(new PesanWajibDiisi());
});
builder.Services.AddBatasVerifikasi(builder.Configuration);
builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");

var app = builder.Build();

var bahasa = new CultureInfo("id-ID");
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(bahasa),
    SupportedCultures = [bahasa],
    SupportedUICultures = [bahasa],
});

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseForwardedHeaders();
app.UseHeaderKeamanan();
app.UseStatusCodePagesWithReExecute("/Status", "?kode={0}");
app.UseSerilogRequestLogging();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/healthz", new HealthCheckOptions
{
    ResultStatusCodes = { [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
}).AllowAnonymous();
app.MapRazorPages();

if (!app.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(app.Configuration["Aplikasi:UrlPublik"]))
{
    // Every issued PDF prints this address in its QR code, and an issued PDF never changes: say it loudly.
    app.Logger.LogWarning("Aplikasi:UrlPublik belum diatur: kode QR pada dokumen akan menunjuk ke http://127.0.0.1:5000. Atur alamat publik sebelum menerbitkan dokumen.");
}

await DatabaseStartup.SiapkanAsync(
    app.Services,
    app.Configuration.GetValue<bool>("Database:MigrateOnStartup"),
    app.Configuration.GetValue<bool>("Database:SeedDemo"));

await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

/// <summary>Authorization policy names.</summary>
internal static class Kebijakan
{
    public const string AdminBkpsdm = "AdminBkpsdm";
    public const string Auditor = "Auditor";
}
