using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SistemKerja.Infrastructure.Persistence;

namespace SistemKerja.Infrastructure.Identity;

/// <summary>
/// Identity's user manager with an atomic failed-sign-in counter. The stock <c>AccessFailedAsync</c> reads the count,
/// adds one and saves under the concurrency stamp: of many wrong passwords sent at the same moment most saves fail
/// with a concurrency error that sign-in ignores, so a parallel brute force was never locked out (found by
/// PenguncianAkunTests: 12 concurrent guesses, then the right password still signed in). Here one UPDATE increments
/// and, at the limit, locks and resets, with PostgreSQL's row lock serialising concurrent attempts.
/// </summary>
public sealed class PengelolaPengguna(
    IUserStore<Pengguna> store, IOptions<IdentityOptions> optionsAccessor, IPasswordHasher<Pengguna> passwordHasher,
    IEnumerable<IUserValidator<Pengguna>> userValidators, IEnumerable<IPasswordValidator<Pengguna>> passwordValidators,
    ILookupNormalizer keyNormalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<Pengguna>> logger, AppDbContext db)
    : UserManager<Pengguna>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private sealed record HasilGagal(int AccessFailedCount, DateTimeOffset? LockoutEnd, string? ConcurrencyStamp);

    public override async Task<IdentityResult> AccessFailedAsync(Pengguna user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var maks = Options.Lockout.MaxFailedAccessAttempts;
        var kunciSampai = DateTimeOffset.UtcNow.Add(Options.Lockout.DefaultLockoutTimeSpan);
        var stempel = Guid.NewGuid().ToString();
        var hasil = await db.Database.SqlQuery<HasilGagal>($"""
            UPDATE "AspNetUsers" SET
                "AccessFailedCount" = CASE WHEN "AccessFailedCount" + 1 >= {maks} THEN 0 ELSE "AccessFailedCount" + 1 END,
                "LockoutEnd" = CASE WHEN "AccessFailedCount" + 1 >= {maks} THEN {kunciSampai} ELSE "LockoutEnd" END,
                "ConcurrencyStamp" = {stempel}
            WHERE "Id" = {user.Id} AND "LockoutEnabled"
            RETURNING "AccessFailedCount", "LockoutEnd", "ConcurrencyStamp"
            """).ToListAsync(CancellationToken);
        if (hasil.Count == 1)
        {
            // The tracked user takes the stored values as its own (no second write, no stale concurrency stamp).
            var entri = db.Entry(user);
            user.AccessFailedCount = hasil[0].AccessFailedCount;
            user.LockoutEnd = hasil[0].LockoutEnd;
            user.ConcurrencyStamp = hasil[0].ConcurrencyStamp;
            if (entri.State != EntityState.Detached)
            {
                entri.State = EntityState.Unchanged;
            }
        }

        return IdentityResult.Success;
    }
}
