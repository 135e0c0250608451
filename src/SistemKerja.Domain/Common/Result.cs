namespace SistemKerja.Domain.Common;

/// <summary>How a command or rule failed. Maps to an HTTP status in the web layer.</summary>
public enum ErrorKind
{
    /// <summary>The input has the wrong shape (a FluentValidation failure).</summary>
    Validasi,

    /// <summary>The thing asked for does not exist, or the user may not know that it exists.</summary>
    TidakDitemukan,

    /// <summary>The user is known but may not do this.</summary>
    Terlarang,

    /// <summary>Somebody else changed the data first (optimistic concurrency, unique keys).</summary>
    Konflik,

    /// <summary>A business rule of the domain was broken.</summary>
    AturanDilanggar,
}

/// <summary>One expected failure, with a message in Bahasa Indonesia for the user.</summary>
/// <param name="Kode">Stable machine code, e.g. the rule name.</param>
/// <param name="Pesan">Message shown to the user.</param>
/// <param name="Properti">The input field the message belongs to, when there is one.</param>
public sealed record Error(string Kode, string Pesan, ErrorKind Jenis, string? Properti = null)
{
    public static Error TidakDitemukan(string apa) =>
        new("TidakDitemukan", $"{apa} tidak ditemukan.", ErrorKind.TidakDitemukan);

    public static Error Terlarang(string pesan = "Anda tidak berwenang melakukan tindakan ini.") =>
        new("Terlarang", pesan, ErrorKind.Terlarang);

    public static Error Konflik(string pesan) => new("Konflik", pesan, ErrorKind.Konflik);

    public static readonly Error DiubahPenggunaLain = new(
        "Konkurensi",
        "Data ini baru saja diubah oleh pengguna lain. Muat ulang halaman lalu ulangi tindakan Anda.",
        ErrorKind.Konflik);
}

/// <summary>The outcome of a command: success, or one or more expected errors. Exceptions are for bugs only.</summary>
public class Result
{
    private static readonly Result Sukses = new([]);

    protected Result(IReadOnlyList<Error> errors) => Errors = errors;

    public IReadOnlyList<Error> Errors { get; }

    public bool Berhasil => Errors.Count == 0;

    public bool Gagal => !Berhasil;

    public Error? ErrorUtama => Errors.Count > 0 ? Errors[0] : null;

    public static Result Ok() => Sukses;

    public static Result<T> Ok<T>(T nilai) => Result<T>.Ok(nilai);

    public static Result Fail(Error error) => new([error]);

    public static Result Fail(IReadOnlyList<Error> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failure needs at least one error.", nameof(errors));
        }

        return new Result(errors);
    }

    /// <summary>Checks the rules in order and fails with every broken one.</summary>
    public static Result Periksa(params IBusinessRule[] aturan)
    {
        var dilanggar = aturan.Where(a => a.Dilanggar()).Select(a => a.SebagaiError()).ToList();
        return dilanggar.Count == 0 ? Sukses : new Result(dilanggar);
    }

    public static implicit operator Result(Error error) => Fail(error);
}

/// <summary>A result that carries a value on success.</summary>
public sealed class Result<T> : Result
{
    private readonly T? nilai;

    private Result(T? nilai, IReadOnlyList<Error> errors)
        : base(errors) => this.nilai = nilai;

    /// <summary>The value; reading it from a failed result is a bug.</summary>
    public T Nilai => Berhasil ? nilai! : throw new InvalidOperationException("A failed result has no value.");

    public static Result<T> Ok(T nilai) => new(nilai, []);

    public static new Result<T> Fail(Error error) => new(default, [error]);

    public static new Result<T> Fail(IReadOnlyList<Error> errors) => new(default, errors);

    public static implicit operator Result<T>(Error error) => Fail(error);

    public static implicit operator Result<T>(T nilai) => Ok(nilai);
}
