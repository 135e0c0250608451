using Microsoft.EntityFrameworkCore;
using SistemKerja.Architecture.Tests.Support;

namespace SistemKerja.Architecture.Tests;

/// <summary>Rule 1: Domain ← Application ← Infrastructure/Web. A layer never uses a layer to its right.</summary>
public sealed class LayerDependencyTests
{
    /// <summary>Frameworks the domain must not know: persistence, web, messaging and validation belong to outer layers.</summary>
    private static readonly string[] Frameworks =
    [
        "Microsoft.EntityFrameworkCore",
        "Microsoft.AspNetCore",
        "Microsoft.Extensions",
        "Mediator",
        "FluentValidation",
        "Npgsql",
        "Serilog",
    ];

    [Fact]
    public void Domain_Dependencies_NoOtherLayerAndNoFramework()
    {
        var violations = Dependencies.Forbidden(
            Production.TypesOf(Production.Domain),
            ["SistemKerja.Application", "SistemKerja.Infrastructure", "SistemKerja.Web", .. Frameworks]);

        Violations.ShouldBeNone(
            violations,
            "SistemKerja.Domain uses no other project and no framework (EF Core, ASP.NET Core, Mediator, FluentValidation…).",
            "move the code that needs the framework to Application or Infrastructure; the domain returns Result and names rules with IBusinessRule.");
    }

    [Fact]
    public void Domain_AssemblyReferences_OnlyBaseClassLibrary()
    {
        var violations = Dependencies.BeyondBaseClassLibrary(Production.Domain);

        Violations.ShouldBeNone(
            violations,
            "SistemKerja.Domain references only the .NET base class library: no project, no NuGet package.",
            "remove the ProjectReference/PackageReference from SistemKerja.Domain.csproj and move the code that needed it out of the domain.");
    }

    [Fact]
    public void Application_Dependencies_NoInfrastructureOrWeb()
    {
        var violations = Dependencies.Forbidden(
            Production.TypesOf(Production.Application),
            ["SistemKerja.Infrastructure", "SistemKerja.Web"]);

        Violations.ShouldBeNone(
            violations,
            "SistemKerja.Application does not use SistemKerja.Infrastructure or SistemKerja.Web.",
            "declare an interface in Application/Common (as IAppDb, IUnitOfWork, IPenggunaSaatIni are) and implement it in Infrastructure or Web.");
    }

    [Fact]
    public void Infrastructure_Dependencies_NoWeb()
    {
        var violations = Dependencies.Forbidden(Production.TypesOf(Production.Infrastructure), ["SistemKerja.Web"]);

        Violations.ShouldBeNone(
            violations,
            "SistemKerja.Infrastructure does not use SistemKerja.Web.",
            "move what both need into Application (an interface) or into Infrastructure itself.");
    }

    [Fact]
    public void ForbiddenDependencyCheck_FixtureUsingEfCore_IsReported()
    {
        var violations = Dependencies.Forbidden(Production.FixturesIn(typeof(Fixtures)), ["Microsoft.EntityFrameworkCore", "SistemKerja.Web"]);

        violations.ShouldBe(
        [
            $"{typeof(Fixtures.EntitasMemakaiEfCore).FullName} -> Microsoft.EntityFrameworkCore",
            $"{typeof(Fixtures.EntitasMemakaiEfCoreDiDalamMetode).FullName} -> Microsoft.EntityFrameworkCore",
        ]);
    }

    [Fact]
    public void BaseClassLibraryCheck_AssemblyWithPackages_ReportsThem()
    {
        // This test assembly references xunit, Shouldly and the production projects: none of them is the BCL.
        var violations = Dependencies.BeyondBaseClassLibrary(typeof(LayerDependencyTests).Assembly);

        violations.ShouldContain(v => v.EndsWith("-> assembly Shouldly", StringComparison.Ordinal));
        violations.ShouldContain(v => v.EndsWith("-> assembly SistemKerja.Domain", StringComparison.Ordinal));
        violations.ShouldNotContain(v => v.Contains("assembly System.Runtime", StringComparison.Ordinal));
    }

    private static class Fixtures
    {
        /// <summary>Bad: a "domain" entity with an EF Core attribute.</summary>
        [PrimaryKey(nameof(Id))]
        public sealed class EntitasMemakaiEfCore
        {
            public Guid Id { get; init; }
        }

        /// <summary>Bad: the use is only inside a method body, where a signature scan would miss it.</summary>
        public sealed class EntitasMemakaiEfCoreDiDalamMetode
        {
            public static string Nama() => typeof(DbContext).Name;
        }

        /// <summary>Good: plain C#.</summary>
        public sealed class EntitasBersih
        {
            public Guid Id { get; init; }
        }
    }
}
