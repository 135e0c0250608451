using System.Reflection;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Infrastructure.Persistence;
using SistemKerja.Web.Pages;

namespace SistemKerja.Architecture.Tests.Support;

/// <summary>The four production assemblies, found through one well-known type each.</summary>
internal static class Production
{
    public static Assembly Domain { get; } = typeof(AggregateRoot).Assembly;

    public static Assembly Application { get; } = typeof(IAppCommand).Assembly;

    public static Assembly Infrastructure { get; } = typeof(AppDbContext).Assembly;

    public static Assembly Web { get; } = typeof(IndexModel).Assembly;

    public static IReadOnlyList<Assembly> All { get; } = [Domain, Application, Infrastructure, Web];

    /// <summary>Every type of the assemblies, nested ones included, without the ones the compiler made up.</summary>
    public static IReadOnlyList<Type> TypesOf(params Assembly[] assemblies) =>
        [.. assemblies.SelectMany(a => a.GetTypes()).Where(t => !TypeNames.IsCompilerGenerated(t))];

    /// <summary>The types nested in <paramref name="container"/>: how a test hands its fixtures to a check.</summary>
    public static IReadOnlyList<Type> FixturesIn(Type container) =>
        [.. container.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).Where(t => !TypeNames.IsCompilerGenerated(t))];
}
