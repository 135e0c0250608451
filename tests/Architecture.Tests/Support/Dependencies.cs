using System.Reflection;
using NetArchTest.Rules;

namespace SistemKerja.Architecture.Tests.Support;

/// <summary>Type-level dependency checks. NetArchTest reads the IL, so a use inside a method body counts too.</summary>
internal static class Dependencies
{
    /// <summary>
    /// One line per type of <paramref name="types"/> that uses a namespace or type of <paramref name="forbidden"/>:
    /// "Ns.Type -> Forbidden.Namespace". A use inside an async method or a lambda is reported on the type that holds it.
    /// </summary>
    public static IReadOnlyList<string> Forbidden(IEnumerable<Type> types, IReadOnlyList<string> forbidden)
    {
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var group in types.GroupBy(t => t.Assembly))
        {
            var wanted = group.Select(TypeNames.Readable).ToHashSet(StringComparer.Ordinal);
            foreach (var dependency in forbidden)
            {
                var result = Types.InAssembly(group.Key).ShouldNot().HaveDependencyOn(dependency).GetResult();
                foreach (var name in result.FailingTypeNames ?? [])
                {
                    var readable = TypeNames.Readable(name);
                    if (wanted.Contains(readable))
                    {
                        violations.Add($"{readable} -> {dependency}");
                    }
                }
            }
        }

        return [.. violations];
    }

    /// <summary>
    /// The assemblies <paramref name="assembly"/> references that are not the .NET base class library: a project or a
    /// package. Only what the compiled code really uses is listed, so an unused PackageReference does not show.
    /// </summary>
    public static IReadOnlyList<string> BeyondBaseClassLibrary(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(name => !IsBaseClassLibrary(name))
            .Order(StringComparer.Ordinal)
            .Select(name => $"{assembly.GetName().Name} -> assembly {name}")];

    private static bool IsBaseClassLibrary(string name) =>
        name is "mscorlib" or "netstandard" or "System" || name.StartsWith("System.", StringComparison.Ordinal);
}
