using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Application.Common;
using SistemKerja.Application.Organisasi.DaftarPerangkatDaerah;
using SistemKerja.Architecture.Tests.Support;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Infrastructure.Identity;
using SistemKerja.Infrastructure.Persistence;

namespace SistemKerja.Architecture.Tests;

/// <summary>Rules 6 and 7b: page models are thin. They talk to the mediator, and they bind inputs, never entities.</summary>
public sealed class PageModelTests
{
    /// <summary>The database, however it is reached: EF Core itself, the context, or the Application's view of it.</summary>
    private static readonly string[] Persistence =
    [
        "Microsoft.EntityFrameworkCore",
        "SistemKerja.Infrastructure.Persistence",
        typeof(IAppDb).FullName!,
        typeof(IUnitOfWork).FullName!,
    ];

    private const string NoDatabaseRule =
        "A page model never touches the database (AppDbContext, DbSet, IAppDb, IUnitOfWork): it sends a command or query through ISender.";

    private const string NoDatabaseFix =
        "move the read or write into a use case folder in SistemKerja.Application (request + handler) and inject ISender into the page model.";

    [Fact]
    public void PageModels_Dependencies_NoDatabase()
    {
        var pageModels = PageModelsIn(Production.TypesOf(Production.Web));
        pageModels.ShouldNotBeEmpty("no PageModel found: this rule would pass vacuously");

        Violations.ShouldBeNone(Dependencies.Forbidden(pageModels, Persistence), NoDatabaseRule, NoDatabaseFix);
    }

    // Sign-in and sign-out go through IPintuMasuk (Application), implemented on Identity in Infrastructure.
    [Fact]
    public void PageModels_Dependencies_NoInfrastructure()
    {
        var pageModels = PageModelsIn(Production.TypesOf(Production.Web));

        Violations.ShouldBeNone(
            Dependencies.Forbidden(pageModels, ["SistemKerja.Infrastructure"]),
            "A page model uses no SistemKerja.Infrastructure type; Infrastructure is wired in Program.cs and reached through Application interfaces.",
            "depend on an interface from SistemKerja.Application (or send a request through ISender) and implement it in Infrastructure.");
    }

    [Fact]
    public void DependencyCheck_PageModelFixturesUsingDatabase_AreReported()
    {
        var pageModels = PageModelsIn(Production.FixturesIn(typeof(Fixtures)));

        Dependencies.Forbidden(pageModels, Persistence).ShouldBe(
        [
            $"{typeof(Fixtures.HalamanMemakaiAppDb).FullName} -> {typeof(IAppDb).FullName}",
            $"{typeof(Fixtures.HalamanMemakaiDbContext).FullName} -> SistemKerja.Infrastructure.Persistence",
            $"{typeof(Fixtures.HalamanMenarikDbContextDiDalamHandler).FullName} -> Microsoft.EntityFrameworkCore",
            $"{typeof(Fixtures.HalamanMenarikDbContextDiDalamHandler).FullName} -> SistemKerja.Infrastructure.Persistence",
        ]);
        Dependencies.Forbidden(pageModels, ["SistemKerja.Infrastructure"])
            .ShouldContain($"{typeof(Fixtures.HalamanMemakaiIdentity).FullName} -> SistemKerja.Infrastructure");
    }

    /// <summary>
    /// Rule 7b (HOUSE-STYLE "Razor Pages": never bind entities, never use [BindProperties]): over-posting protection.
    /// What a page binds is built from primitives and its own Input classes, never from a Domain or Infrastructure class.
    /// </summary>
    [Fact]
    public void PageModels_Binding_NoBindPropertiesAndNoEntities()
    {
        var pageModels = PageModelsIn(Production.TypesOf(Production.Web));

        Violations.ShouldBeNone(
            BindingViolations(pageModels, [Production.Domain, Production.Infrastructure]),
            "A page model binds explicit [BindProperty] inputs made of primitives and its own Input classes; no [BindProperties], no entity.",
            "bind `[BindProperty] public Input Masukan { get; set; }` with a nested `public sealed class Input` of primitives and ids, and build the command from it.");
    }

    [Fact]
    public void BindingCheck_PageModelFixturesBindingEntities_AreReported()
    {
        var pageModels = PageModelsIn(Production.FixturesIn(typeof(Fixtures)));

        BindingViolations(pageModels, [Production.Domain, Production.Infrastructure]).ShouldBe(
        [
            $"{typeof(Fixtures.HalamanBindProperties).FullName}: uses [BindProperties]",
            $"{typeof(Fixtures.HalamanMengikatEntitas).FullName}: binds {typeof(Pegawai).FullName} (via Masukan.Pegawai)",
            $"{typeof(Fixtures.HalamanMengikatEntitas).FullName}: binds {typeof(Pengguna).FullName} (via Pengguna)",
        ]);
    }

    internal static IReadOnlyList<Type> PageModelsIn(IEnumerable<Type> types) =>
        [.. types.Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract)];

    /// <summary>
    /// One line per page model using [BindProperties], and per class from <paramref name="entityAssemblies"/> reachable from
    /// a [BindProperty]: through the property itself, collections, or the settable properties of the page's own classes.
    /// </summary>
    internal static IReadOnlyList<string> BindingViolations(IEnumerable<Type> pageModels, IReadOnlyCollection<Assembly> entityAssemblies)
    {
        var violations = new List<string>();
        foreach (var page in pageModels)
        {
            var name = TypeNames.Readable(page);
            if (page.IsDefined(typeof(BindPropertiesAttribute), inherit: true))
            {
                violations.Add($"{name}: uses [BindProperties]");
            }

            foreach (var property in page.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.IsDefined(typeof(BindPropertyAttribute), inherit: true)))
            {
                foreach (var (entity, path) in BoundEntities(property.PropertyType, property.Name, page.Assembly, entityAssemblies, []))
                {
                    violations.Add($"{name}: binds {entity.FullName} (via {path})");
                }
            }
        }

        return [.. violations.Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<(Type Entity, string Path)> BoundEntities(
        Type type, string path, Assembly pageAssembly, IReadOnlyCollection<Assembly> entityAssemblies, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            yield break;
        }

        if (type.IsArray || type.IsGenericType)
        {
            var parts = type.IsArray ? [type.GetElementType()!] : type.GetGenericArguments();
            foreach (var found in parts.SelectMany(t => BoundEntities(t, path, pageAssembly, entityAssemblies, seen)))
            {
                yield return found;
            }
        }
        else if (entityAssemblies.Contains(type.Assembly) && !type.IsValueType)
        {
            yield return (type, path);
        }
        else if (type.Assembly == pageAssembly && type.IsClass)
        {
            var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true });
            foreach (var found in settable.SelectMany(p => BoundEntities(p.PropertyType, $"{path}.{p.Name}", pageAssembly, entityAssemblies, seen)))
            {
                yield return found;
            }
        }
    }

    private static class Fixtures
    {
        /// <summary>Bad: injects the EF Core context.</summary>
        public sealed class HalamanMemakaiDbContext(AppDbContext db) : PageModel
        {
            public int Jumlah { get; private set; }

            public void OnGet() => Jumlah = db.Pegawai.Count();
        }

        /// <summary>Bad: injects the Application's view of the database instead of sending a query.</summary>
        public sealed class HalamanMemakaiAppDb(IAppDb db) : PageModel
        {
            public int Jumlah { get; private set; }

            public void OnGet() => Jumlah = db.Jabatan.Count();
        }

        /// <summary>Bad: pulls the context out of the container inside an async handler, invisible in any signature.</summary>
        public sealed class HalamanMenarikDbContextDiDalamHandler : PageModel
        {
            public async Task OnGetAsync(CancellationToken ct)
            {
                var db = HttpContext.RequestServices.GetRequiredService<AppDbContext>();
                await db.SaveChangesAsync(ct);
            }
        }

        /// <summary>Not the database, but an Infrastructure type: reported only by the skipped no-Infrastructure rule.</summary>
        public sealed class HalamanMemakaiIdentity(Microsoft.AspNetCore.Identity.SignInManager<Pengguna> signIn) : PageModel
        {
            public Task OnPostAsync() => signIn.SignOutAsync();
        }

        /// <summary>Good: talks to the mediator.</summary>
        public sealed class HalamanTipis(Mediator.ISender sender) : PageModel
        {
            [BindProperty]
            public Input Masukan { get; set; } = new();

            public IReadOnlyList<PerangkatDaerahRingkas> Daftar { get; private set; } = [];

            public async Task OnGetAsync(CancellationToken ct) => Daftar = await sender.Send(new DaftarPerangkatDaerahQuery(), ct);

            public sealed class Input
            {
                public string? Nama { get; set; }

                public IReadOnlyList<Guid> Ids { get; set; } = [];

                public StatusKepegawaian Status { get; set; }
            }
        }

        /// <summary>Bad: binds every public property, so any one of them can be over-posted.</summary>
        [BindProperties]
        public sealed class HalamanBindProperties : PageModel
        {
            public string? Nama { get; set; }
        }

        /// <summary>Bad: binds a Domain entity inside its Input, and an Identity entity directly.</summary>
        public sealed class HalamanMengikatEntitas : PageModel
        {
            [BindProperty]
            public Input Masukan { get; set; } = new();

            [BindProperty]
            public Pengguna? Pengguna { get; set; }

            public Pegawai? TidakDiikat { get; set; }

            public sealed class Input
            {
                public Pegawai? Pegawai { get; set; }
            }
        }
    }
}
