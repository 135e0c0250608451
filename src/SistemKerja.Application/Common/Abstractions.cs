using Microsoft.EntityFrameworkCore;
using SistemKerja.Domain.Audit;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Notifikasi;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.Common;

/// <summary>The database as the use cases see it. Implemented by the EF Core context in Infrastructure.</summary>
public interface IAppDb
{
    DbSet<PemerintahDaerah> PemerintahDaerah { get; }

    DbSet<PerangkatDaerah> PerangkatDaerah { get; }

    DbSet<UnitOrganisasi> UnitOrganisasi { get; }

    DbSet<Jabatan> Jabatan { get; }

    DbSet<Pegawai> Pegawai { get; }

    /// <summary>Position holdings; written through <see cref="Domain.Kepegawaian.Pegawai"/>, read directly.</summary>
    DbSet<PemangkuJabatan> PemangkuJabatan { get; }

    DbSet<JejakAudit> JejakAudit { get; }

    DbSet<Kedudukan> Kedudukan { get; }

    DbSet<Permohonan> Permohonan { get; }

    /// <summary>Steps of requests; written through <see cref="Domain.Penugasan.Permohonan"/>, read directly by the inbox.</summary>
    DbSet<LangkahPermohonan> LangkahPermohonan { get; }

    DbSet<Penugasan> Penugasan { get; }

    DbSet<SuratTugas> SuratTugas { get; }

    DbSet<Notifikasi> Notifikasi { get; }

    DbSet<PelibatanInstansi> PelibatanInstansi { get; }

    DbSet<Dokumen> Dokumen { get; }

    /// <summary>PDF bytes of issued documents; loaded only to download or verify.</summary>
    DbSet<BerkasDokumen> BerkasDokumen { get; }

    DbSet<FormatNomorDokumen> FormatNomorDokumen { get; }

    DbSet<Tim> Tim { get; }

    /// <summary>Members of every team: a pegawai's load across teams.</summary>
    DbSet<PersonelTim> PersonelTim { get; }

    DbSet<LaporanKegiatan> LaporanKegiatan { get; }

    DbSet<PermintaanLaporan> PermintaanLaporan { get; }

    DbSet<RekomendasiPenilaianKinerja> RekomendasiPenilaianKinerja { get; }
    /// <summary>Kop surat logos per Perangkat Daerah; loaded only to print or show one.</summary>
    DbSet<LogoKop> LogoKop { get; }

    /// <summary>Sets the concurrency version the user saw, so a stale form is refused (optimistic concurrency).</summary>
    void TetapkanVersiAsli(AggregateRoot aggregate, uint versi);

    /// <summary>
    /// Writes the aggregate's own row even when only its children changed, so that its version is checked and moves on:
    /// two officials changing a team's members at once get one success and one "diubah oleh pengguna lain".
    /// </summary>
    void TandaiBerubah(AggregateRoot aggregate);

    /// <summary>
    /// Locks the aggregate's row until the command's transaction ends (SELECT … FOR UPDATE), so that a command that reads the
    /// aggregate after this call sees the last committed version and concurrent commands on it run one after the other.
    /// </summary>
    Task KunciAsync<T>(Guid id, CancellationToken ct)
        where T : AggregateRoot;
}

/// <summary>Unit of work: one transaction per command, translating concurrency and unique-key clashes into results.</summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Runs <paramref name="kerja"/> in a transaction (with the provider's retry strategy), saves and commits when its result
    /// is a success, rolls back otherwise. Returns the work's own result, or the save's failure (stale version, duplicate key).
    /// </summary>
    Task<Result> JalankanDalamTransaksiAsync(Func<CancellationToken, Task<Result>> kerja, CancellationToken ct);
}

/// <summary>The signed-in user. Authorisation in handlers goes through this, never through the page alone.</summary>
public interface IPenggunaSaatIni
{
    Guid? Id { get; }

    string Nama { get; }

    Guid? PegawaiId { get; }

    bool Memiliki(string peran);
}

public enum HasilMasuk
{
    Berhasil,
    Gagal,

    /// <summary>Too many failed attempts: the account waits (Identity lockout).</summary>
    Terkunci,
}

/// <summary>Signing in and out with a password (ASP.NET Core Identity behind it), so that the sign-in pages need no Infrastructure type.</summary>
public interface IPintuMasuk
{
    /// <summary>Checks the password, counts a failure towards the lockout, and on success sets the sign-in cookie.</summary>
    Task<HasilMasuk> MasukAsync(string namaPengguna, string kataSandi);

    Task KeluarAsync();
}

/// <summary>Role names. <see cref="PimpinanUnit"/> is derived from the position a pegawai holds, never assigned by hand.</summary>
public static class Peran
{
    public const string Pegawai = "Pegawai";
    public const string PimpinanUnit = "PimpinanUnit";
    public const string AdminBkpsdm = "AdminBkpsdm";
    public const string Auditor = "Auditor";

    /// <summary>The application's own background jobs (reminders); never given to an account.</summary>
    public const string Sistem = "Sistem";

    public static readonly IReadOnlyList<string> DapatDitetapkan = [Pegawai, AdminBkpsdm, Auditor];

    public static string Label(string peran) => peran switch
    {
        Pegawai => "Pegawai",
        PimpinanUnit => "Pimpinan Unit / Pejabat Penilai Kinerja",
        AdminBkpsdm => "Admin BKPSDM",
        Auditor => "Auditor",
        Sistem => "Sistem",
        _ => peran,
    };
}

/// <summary>
/// The number counter of a Perangkat Daerah, document kind and year. Runs inside the command's transaction and locks the
/// counter row until it ends: parallel issuers wait in turn (no duplicates) and a rolled-back issue gives its number back
/// (no gaps).
/// </summary>
public interface IPenomorDokumen
{
    Task<int> BerikutnyaAsync(Guid perangkatDaerahId, Domain.Dokumen.JenisDokumen jenis, int tahun, CancellationToken ct);

    /// <summary>The last numbers taken in a year, per document kind, without taking one (for previews).</summary>
    Task<IReadOnlyDictionary<Domain.Dokumen.JenisDokumen, int>> TerakhirAsync(Guid perangkatDaerahId, int tahun, CancellationToken ct);
}
