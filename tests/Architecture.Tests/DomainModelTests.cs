using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using SistemKerja.Architecture.Tests.Support;
using SistemKerja.Domain.Common;

namespace SistemKerja.Architecture.Tests;

/// <summary>Rule 4: named rules and aggregates are closed; an aggregate changes only through its own methods.</summary>
public sealed class DomainModelTests
{
    [Fact]
    public void BusinessRules_Declaration_Sealed()
    {
        var types = Production.TypesOf([.. Production.All]);
        types.Where(IsBusinessRule).ShouldNotBeEmpty("no IBusinessRule implementation found: this rule would pass vacuously");

        Violations.ShouldBeNone(
            UnsealedBusinessRules(types),
            "Every IBusinessRule implementation is sealed: the class name is the rule's error code, so a subclass would break traceability.",
            "write `public sealed class <RuleName>(…) : IBusinessRule`; share logic through a static helper, not a base class.");
    }

    [Fact]
    public void BusinessRuleCheck_UnsealedFixture_IsReported()
    {
        UnsealedBusinessRules(Production.FixturesIn(typeof(Fixtures)))
            .ShouldBe([$"{typeof(Fixtures.AturanTidakSealed).FullName}: is not sealed"]);
    }

    [Fact]
    public void Aggregates_Declaration_SealedWithoutPublicSetters()
    {
        var types = Production.TypesOf([.. Production.All]);
        types.Where(IsAggregate).ShouldNotBeEmpty("no AggregateRoot subclass found: this rule would pass vacuously");

        Violations.ShouldBeNone(
            AggregateViolations(types),
            "Every AggregateRoot subclass is sealed and has no public setter, init accessor or writable public field.",
            "make it `sealed`, use `{ get; private set; }` and change state through a method named after the business action (Ajukan, Setujui, Tutup…).");
    }

    [Fact]
    public void AggregateCheck_OpenFixtureWithPublicSetters_IsReported()
    {
        var name = typeof(Fixtures.AgregatTerbuka).FullName;

        AggregateViolations(Production.FixturesIn(typeof(Fixtures))).ShouldBe(
        [
            $"{name}: field Catatan is public and writable",
            $"{name}: is not sealed",
            $"{name}: property Kode has a public init",
            $"{name}: property Nama has a public setter",
        ]);
    }

    internal static bool IsBusinessRule(Type type) =>
        typeof(IBusinessRule).IsAssignableFrom(type) && !type.IsInterface;

    internal static bool IsAggregate(Type type) =>
        type.IsSubclassOf(typeof(AggregateRoot));

    /// <summary>One line per class implementing <see cref="IBusinessRule"/> that is not sealed (abstract ones included).</summary>
    internal static IReadOnlyList<string> UnsealedBusinessRules(IEnumerable<Type> types) =>
        [.. types.Where(t => IsBusinessRule(t) && !t.IsSealed)
            .Select(t => $"{TypeNames.Readable(t)}: is not sealed")
            .Order(StringComparer.Ordinal)];

    /// <summary>One line per problem of an <see cref="AggregateRoot"/> subclass: not sealed, public setter/init, public writable field.</summary>
    internal static IReadOnlyList<string> AggregateViolations(IEnumerable<Type> types)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
        var violations = new List<string>();
        foreach (var aggregate in types.Where(IsAggregate))
        {
            var name = TypeNames.Readable(aggregate);
            if (!aggregate.IsSealed)
            {
                violations.Add($"{name}: is not sealed");
            }

            foreach (var property in aggregate.GetProperties(Public).Where(p => p.SetMethod is { IsPublic: true }))
            {
                var init = property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit));
                violations.Add($"{name}: property {property.Name} has a public {(init ? "init" : "setter")}");
            }

            violations.AddRange(aggregate.GetFields(Public)
                .Where(f => !f.IsInitOnly && !f.IsLiteral)
                .Select(f => $"{name}: field {f.Name} is public and writable"));
        }

        return [.. violations.Order(StringComparer.Ordinal)];
    }

    private static class Fixtures
    {
        /// <summary>Bad: can be subclassed.</summary>
        [SuppressMessage("Performance", "CA1852:Seal internal types", Justification = "The unsealed rule the check must report.")]
        public class AturanTidakSealed : IBusinessRule
        {
            public string Pesan => "Selalu dilanggar.";

            public bool Dilanggar() => true;
        }

        /// <summary>Good.</summary>
        public sealed class AturanSealed : IBusinessRule
        {
            public string Pesan => "Tidak pernah dilanggar.";

            public bool Dilanggar() => false;
        }

        /// <summary>Bad: open, with a public setter, a public init and a writable public field.</summary>
        [SuppressMessage("Performance", "CA1852:Seal internal types", Justification = "The unsealed aggregate the check must report.")]
        public class AgregatTerbuka() : AggregateRoot(Guid.Empty)
        {
            public const int PanjangNama = 10;

            public static readonly int Batas = 3;

            public string Catatan = "";

            public string Nama { get; set; } = "";

            public string Kode { get; init; } = "";

            public string Status { get; private set; } = "";
        }

        /// <summary>Good.</summary>
        public sealed class AgregatTertutup() : AggregateRoot(Guid.Empty)
        {
            public string Nama { get; private set; } = "";
        }
    }
}
