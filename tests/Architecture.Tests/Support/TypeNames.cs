using System.Runtime.CompilerServices;

namespace SistemKerja.Architecture.Tests.Support;

internal static class TypeNames
{
    /// <summary>Closures, async state machines, anonymous types: their names start with '&lt;'.</summary>
    public static bool IsCompilerGenerated(Type type) =>
        type.Name.StartsWith('<') || type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);

    /// <summary>
    /// The name of the type a person wrote, from a reflection name ("Ns.Outer+Inner") or a Mono.Cecil name
    /// ("Ns.Outer/Inner"): a compiler-generated nested type (async state machine, closure) is reported as the type
    /// whose code it holds.
    /// </summary>
    public static string Readable(string fullName)
    {
        var parts = fullName.Replace('/', '+').Split('+');
        return string.Join('+', parts.TakeWhile((part, index) => index == 0 || !part.StartsWith('<')));
    }

    public static string Readable(Type type) => Readable(type.FullName ?? type.Name);
}
