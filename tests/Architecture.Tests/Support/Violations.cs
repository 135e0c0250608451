namespace SistemKerja.Architecture.Tests.Support;

internal static class Violations
{
    /// <summary>
    /// Fails with the rule, how to fix it and every offending type on its own line, so the message alone tells a
    /// newcomer what to change.
    /// </summary>
    public static void ShouldBeNone(IReadOnlyCollection<string> violations, string rule, string fix)
    {
        if (violations.Count == 0)
        {
            return;
        }

        Assert.Fail(
            $"""
            Rule: {rule}
            Fix: {fix}
            {violations.Count} violation(s):
              - {string.Join(Environment.NewLine + "  - ", violations.Order(StringComparer.Ordinal))}
            """);
    }
}
