namespace SistemKerja.Domain.Common;

/// <summary>
/// A named invariant of the domain (kgrzybek's IBusinessRule). The class name is the rule's code, so a
/// broken rule is traceable from the UI message back to the code and the test that enforces it.
/// </summary>
public interface IBusinessRule
{
    bool Dilanggar();

    string Pesan { get; }
}

public static class BusinessRuleExtensions
{
    public static Error SebagaiError(this IBusinessRule aturan, string? properti = null) =>
        new(aturan.GetType().Name, aturan.Pesan, ErrorKind.AturanDilanggar, properti);
}
