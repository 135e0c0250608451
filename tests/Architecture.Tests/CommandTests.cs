using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json.Serialization;
using FluentValidation;
using SistemKerja.Application.Common;
using SistemKerja.Architecture.Tests.Support;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;

namespace SistemKerja.Architecture.Tests;

/// <summary>Rules about commands, the requests that implement <see cref="IAppCommand"/>.</summary>
public sealed class CommandTests
{
    /// <summary>
    /// Rule 3: a command that carries input has a FluentValidation validator. Evidence for "every command with input",
    /// not "only commands with text input": every command has one today, even those carrying only ids, a date and a
    /// version (PindahkanUnitOrganisasi, TutupJabatan, AkhiriPemangkuJabatan), whose validators check NotEmpty ids and a
    /// set date. A command without any property has nothing to validate and is exempt (there is none today).
    /// </summary>
    [Fact]
    public void Commands_WithInput_HaveValidator()
    {
        var types = Production.TypesOf(Production.Application);
        types.Where(IsCommand).ShouldNotBeEmpty("no command found: the IAppCommand detection is broken, so this rule would pass vacuously");

        Violations.ShouldBeNone(
            CommandsWithoutValidator(types),
            "Every command (IAppCommand) with input has a validator in SistemKerja.Application; ValidationBehavior runs it before the handler.",
            "add `internal sealed class <Name>Validator : AbstractValidator<<Name>Command>` beside the command, checking the shape of the input (required ids, lengths from domain constants, enums, dates).");
    }

    [Fact]
    public void ValidatorCheck_CommandFixtureWithoutValidator_IsReported()
    {
        var violations = CommandsWithoutValidator(Production.FixturesIn(typeof(Fixtures)));

        violations.ShouldBe([$"{typeof(Fixtures.PerintahTanpaValidator).FullName}: no validator"]);
    }

    /// <summary>
    /// Rule 7a (HOUSE-STYLE "Commands and handlers"): a command is a <c>sealed record</c> carrying only primitives, ids,
    /// dates and enums. TransactionBehavior serialises every successful command into the audit trail with System.Text.Json,
    /// so an entity, DTO graph, stream or callback there bloats the audit line or throws after the handler ran. The one
    /// escape hatch the code uses is <c>[property: JsonIgnore]</c> for a bulk payload kept out of the audit line
    /// (ImporPetaJabatanCommand.Baris and .Kemajuan, with JumlahBaris audited instead); ignored properties are not checked.
    /// </summary>
    [Fact]
    public void Commands_Shape_SealedRecordOfPrimitives()
    {
        var types = Production.TypesOf(Production.Application);

        Violations.ShouldBeNone(
            CommandShapeViolations(types),
            "A command is a sealed record whose audited properties are primitives, strings, Guids, dates, enums (or nullable/collections of them).",
            "declare it `public sealed record <Name>Command(Guid Id, string Nama, …) : IAppCommand<Result>`; pass ids instead of entities or DTOs and let the handler load them. "
                + "Only a bulk payload that must stay out of the audit line may be another type, marked `[property: JsonIgnore]`.");
    }

    [Fact]
    public void CommandShapeCheck_BadFixtures_AreReported()
    {
        var violations = CommandShapeViolations(Production.FixturesIn(typeof(Fixtures)));

        violations.ShouldBe(
        [
            $"{typeof(Fixtures.PerintahBukanRecord).FullName}: is not a record",
            $"{typeof(Fixtures.PerintahBukanRecord).FullName}: is not sealed",
            $"{typeof(Fixtures.PerintahMembawaEntitas).FullName}: property Pegawai is {typeof(Pegawai).FullName}, not a primitive/id/date/enum",
        ]);
    }

    internal static bool IsCommand(Type type) =>
        typeof(IAppCommand).IsAssignableFrom(type) && type is { IsInterface: false, IsAbstract: false };

    /// <summary>One line per command that has public properties but no <see cref="IValidator{T}"/> (AbstractValidator) among <paramref name="types"/>.</summary>
    internal static IReadOnlyList<string> CommandsWithoutValidator(IEnumerable<Type> types)
    {
        var list = types.ToList();
        var validated = list
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToHashSet();
        return [.. list.Where(IsCommand)
            .Where(c => c.GetProperties().Length > 0 && !validated.Contains(c))
            .Select(c => $"{TypeNames.Readable(c)}: no validator")
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>One line per problem: a command that is not a sealed record, or an audited (not [JsonIgnore]) property that is not plain data.</summary>
    internal static IReadOnlyList<string> CommandShapeViolations(IEnumerable<Type> types)
    {
        var violations = new List<string>();
        foreach (var command in types.Where(IsCommand))
        {
            var name = TypeNames.Readable(command);

            // Every record class has the compiler-made "<Clone>$" method; no other class can declare it.
            if (command.GetMethod("<Clone>$") is null)
            {
                violations.Add($"{name}: is not a record");
            }

            if (!command.IsSealed)
            {
                violations.Add($"{name}: is not sealed");
            }

            violations.AddRange(command.GetProperties()
                .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
                .Where(p => !IsPlainData(p.PropertyType))
                .Select(p => $"{name}: property {p.Name} is {p.PropertyType.FullName}, not a primitive/id/date/enum"));
        }

        return [.. violations.Order(StringComparer.Ordinal)];
    }

    private static bool IsPlainData(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return IsPlainData(underlying);
        }

        if (type.IsArray)
        {
            return IsPlainData(type.GetElementType()!);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IEnumerable<>)))
        {
            return IsPlainData(type.GetGenericArguments()[0]);
        }

        return type.IsPrimitive || type.IsEnum
            || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
            || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan);
    }

    private static class Fixtures
    {
        /// <summary>Good: validated.</summary>
        public sealed record PerintahDenganValidator(Guid Id, string Nama) : IAppCommand<Result>;

        public sealed class PerintahDenganValidatorValidator : AbstractValidator<PerintahDenganValidator>
        {
            public PerintahDenganValidatorValidator() => RuleFor(x => x.Id).NotEmpty();
        }

        /// <summary>Bad: input and no validator.</summary>
        public sealed record PerintahTanpaValidator(Guid Id) : IAppCommand<Result>;

        /// <summary>Good: nothing to validate.</summary>
        public sealed record PerintahTanpaMasukan : IAppCommand<Result>;

        /// <summary>Bad: a class, not a record, and open for inheritance.</summary>
        [SuppressMessage("Performance", "CA1852:Seal internal types", Justification = "The unsealed command the check must report.")]
        public class PerintahBukanRecord : IAppCommand<Result>;

        /// <summary>Bad: carries an entity instead of its id.</summary>
        public sealed record PerintahMembawaEntitas(Pegawai Pegawai) : IAppCommand<Result>;

        /// <summary>Good: a bulk payload kept out of the audit line, as ImporPetaJabatanCommand does.</summary>
        public sealed record PerintahDenganMuatanTerabaikan(Guid Id, [property: JsonIgnore] IReadOnlyList<Pegawai> Muatan) : IAppCommand<Result>;

        public sealed class PerintahDenganMuatanTerabaikanValidator : AbstractValidator<PerintahDenganMuatanTerabaikan>;

        public sealed class PerintahBukanRecordValidator : AbstractValidator<PerintahBukanRecord>;

        public sealed class PerintahMembawaEntitasValidator : AbstractValidator<PerintahMembawaEntitas>;
    }
}
