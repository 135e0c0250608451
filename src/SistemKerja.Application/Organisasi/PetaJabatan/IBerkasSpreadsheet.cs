using SistemKerja.Domain.Common;

namespace SistemKerja.Application.Organisasi.PetaJabatan;

/// <summary>Reads and writes .xlsx sheets as plain text cells (implemented with MiniExcel in Infrastructure).</summary>
public interface IBerkasSpreadsheet
{
    /// <summary>Writes one sheet: a header row, then the rows; every cell as text (so an 18-digit NIP keeps its digits).</summary>
    void Tulis(Stream tujuan, string namaLembar, IReadOnlyList<KolomSpreadsheet> kolom, IEnumerable<IReadOnlyList<string?>> baris);

    /// <summary>
    /// Reads the first sheet. The first row is the header; each later non-empty row comes back with its line number as
    /// the user sees it in the spreadsheet. A file that is not a readable .xlsx is a failure, not an exception.
    /// </summary>
    Result<LembarSpreadsheet> Baca(Stream sumber, int batasBaris);
}

public sealed record KolomSpreadsheet(string Judul, double Lebar);

public sealed record LembarSpreadsheet(IReadOnlyList<string> Judul, IReadOnlyList<BarisSpreadsheet> Baris);

/// <param name="Nomor">Line number in the spreadsheet (the header is line 1).</param>
/// <param name="Sel">Cell text by header title; null for an empty cell.</param>
/// <param name="SelAngka">Titles of the cells that held a number rather than text (an NIP stored as a number has lost digits).</param>
public sealed record BarisSpreadsheet(int Nomor, IReadOnlyDictionary<string, string?> Sel, IReadOnlySet<string> SelAngka)
{
    public string? this[string judul] => Sel.GetValueOrDefault(judul);
}
