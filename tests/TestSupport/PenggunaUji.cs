using SistemKerja.Application.Common;

namespace SistemKerja.TestSupport;

/// <summary>The signed-in user in handler tests: who it is is set by the test (the HTTP layer is tested in Web.Tests).</summary>
public sealed class PenggunaUji : IPenggunaSaatIni
{
    public static readonly AsyncLocal<PenggunaUji?> Saatini = new();

    public Guid? Id => Saatini.Value?.IdUji;

    public string Nama => Saatini.Value?.NamaUji ?? "penguji";

    public Guid? PegawaiId => Saatini.Value?.PegawaiIdUji;

    public Guid? IdUji { get; init; }

    public string NamaUji { get; init; } = "penguji";

    public Guid? PegawaiIdUji { get; init; }

    public IReadOnlyList<string> PeranUji { get; init; } = [];

    public bool Memiliki(string peran) => Saatini.Value?.PeranUji.Contains(peran) ?? false;

    public static PenggunaUji Admin() => new() { IdUji = Guid.NewGuid(), NamaUji = "admin uji", PeranUji = [Peran.AdminBkpsdm, Peran.Pegawai] };

    public static PenggunaUji Pegawai(Guid? pegawaiId = null) => new() { IdUji = Guid.NewGuid(), NamaUji = "pegawai uji", PegawaiIdUji = pegawaiId, PeranUji = [Peran.Pegawai] };
}
