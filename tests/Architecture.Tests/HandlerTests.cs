using System.Diagnostics.CodeAnalysis;
using Mediator;
using SistemKerja.Architecture.Tests.Support;

namespace SistemKerja.Architecture.Tests;

/// <summary>
/// Rule 2: every command/query handler is <c>internal sealed</c>. All of them are today: the handler is an implementation
/// detail behind the mediator (only the request and its response are public), and the Mediator source generator and
/// DI reach internal types.
/// </summary>
public sealed class HandlerTests
{
    [Fact]
    public void Handlers_Declaration_InternalSealed()
    {
        var types = Production.TypesOf([.. Production.All]);
        types.Where(IsHandler).ShouldNotBeEmpty("no handler found: the handler detection is broken, so this rule would pass vacuously");

        Violations.ShouldBeNone(
            HandlersNotInternalSealed(types),
            "A command/query handler is `internal sealed class …Handler(…) : ICommandHandler<…>/IQueryHandler<…>`.",
            "write `internal sealed class` in front of the handler; if another layer needs it, it should send the request through ISender instead.");
    }

    [Fact]
    public void HandlerCheck_PublicOrUnsealedFixtures_AreReported()
    {
        var violations = HandlersNotInternalSealed(Production.FixturesIn(typeof(Fixtures)));

        violations.ShouldBe(
        [
            $"{typeof(Fixtures.PenanganPublik).FullName}: is public",
            $"{typeof(Fixtures.PenanganTidakSealed).FullName}: is not sealed",
        ]);
    }

    /// <summary>One line per handler declared <c>public</c> or not <c>sealed</c>.</summary>
    internal static IReadOnlyList<string> HandlersNotInternalSealed(IEnumerable<Type> types) =>
        [.. types.Where(IsHandler)
            .Select(t => (Type: t, Problems: Problems(t)))
            .Where(x => x.Problems.Count > 0)
            .Select(x => $"{TypeNames.Readable(x.Type)}: {string.Join(", ", x.Problems)}")
            .Order(StringComparer.Ordinal)];

    /// <summary>A class implementing one of Mediator's handler interfaces (ICommandHandler, IQueryHandler, IRequestHandler…).</summary>
    internal static bool IsHandler(Type type) =>
        type is { IsClass: true, IsAbstract: false }
        && type.GetInterfaces().Any(i =>
            i.IsGenericType
            && i.Namespace == typeof(ICommandHandler<,>).Namespace
            && i.Name.EndsWith("Handler`" + i.GetGenericArguments().Length, StringComparison.Ordinal));

    private static List<string> Problems(Type handler)
    {
        var problems = new List<string>();
        if (handler.IsPublic || handler.IsNestedPublic)
        {
            problems.Add("is public");
        }

        if (!handler.IsSealed)
        {
            problems.Add("is not sealed");
        }

        return problems;
    }

    private static class Fixtures
    {
        public sealed record Perintah : ICommand<int>;

        public sealed record Pertanyaan : IQuery<int>;

        /// <summary>Bad: public.</summary>
        public sealed class PenanganPublik : ICommandHandler<Perintah, int>
        {
            public ValueTask<int> Handle(Perintah command, CancellationToken cancellationToken) => ValueTask.FromResult(1);
        }

        /// <summary>Bad: can be inherited.</summary>
        [SuppressMessage("Performance", "CA1852:Seal internal types", Justification = "The unsealed handler the check must report.")]
        internal class PenanganTidakSealed : IQueryHandler<Pertanyaan, int>
        {
            public ValueTask<int> Handle(Pertanyaan query, CancellationToken cancellationToken) => ValueTask.FromResult(1);
        }

        /// <summary>Good.</summary>
        internal sealed class PenanganBenar : IQueryHandler<Pertanyaan, int>
        {
            public ValueTask<int> Handle(Pertanyaan query, CancellationToken cancellationToken) => ValueTask.FromResult(2);
        }
    }
}
