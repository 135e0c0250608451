using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;

namespace SistemKerja.Infrastructure.Persistence;

/// <summary>
/// One transaction per command. A stale version (another user saved first) and a unique-key clash (two users doing the
/// same thing at once) are expected outcomes and come back as <see cref="ErrorKind.Konflik"/> results, never exceptions.
/// </summary>
internal sealed class UnitOfWork(AppDbContext db, ILogger<UnitOfWork> logger) : IUnitOfWork
{
    public async Task<Result> JalankanDalamTransaksiAsync(Func<CancellationToken, Task<Result>> kerja, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            // Nested command (a command sending another): the outer transaction decides.
            return await kerja(ct);
        }

        var strategi = db.Database.CreateExecutionStrategy();
        return await strategi.ExecuteAsync(async () =>
        {
            // A retry (deadlock, serialization failure, lost connection) starts from a clean slate: nothing the failed
            // attempt added or changed may be saved twice.
            db.ChangeTracker.Clear();
            await using var transaksi = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var hasil = await kerja(ct);
                if (hasil.Gagal)
                {
                    await transaksi.RollbackAsync(ct);
                    db.ChangeTracker.Clear();
                    return hasil;
                }

                await db.SaveChangesAsync(ct);
                await transaksi.CommitAsync(ct);
                return hasil;
            }
            catch (DbUpdateConcurrencyException)
            {
                await transaksi.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                return Result.Fail(Error.DiubahPenggunaLain);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg)
            {
                logger.LogInformation("Unique constraint {Constraint} refused a concurrent change", pg.ConstraintName);
                await transaksi.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                return Result.Fail(PesanKonflik(pg.ConstraintName));
            }
        });
    }

    private static Error PesanKonflik(string? constraint) => constraint switch
    {
        "ux_pemangku_satu_definitif_per_pegawai" => Error.Konflik("Pegawai ini baru saja ditetapkan pada jabatan definitif lain. Muat ulang halaman."),
        "ux_pemangku_satu_per_jabatan" => Error.Konflik("Jabatan ini baru saja dipangku pegawai lain. Muat ulang halaman."),
        "ux_jabatan_satu_pimpinan_per_unit" => Error.Konflik("Unit ini sudah memiliki jabatan pimpinan."),
        "IX_pegawai_Nip" => Error.Konflik("NIP tersebut sudah terdaftar."),
        _ => Error.Konflik("Data yang sama baru saja disimpan oleh pengguna lain. Muat ulang halaman."),
    };
}
