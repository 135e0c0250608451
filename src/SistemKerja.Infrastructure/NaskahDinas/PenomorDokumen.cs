using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Infrastructure.Persistence;

namespace SistemKerja.Infrastructure.NaskahDinas;

/// <summary>One counter row per Perangkat Daerah, document kind and year.</summary>
internal sealed class PenomoranDokumen
{
    public Guid PerangkatDaerahId { get; set; }

    public JenisDokumen Jenis { get; set; }

    public int Tahun { get; set; }

    public int Terakhir { get; set; }
}

internal sealed class PenomoranDokumenConfiguration : IEntityTypeConfiguration<PenomoranDokumen>
{
    public void Configure(EntityTypeBuilder<PenomoranDokumen> b)
    {
        b.ToTable("penomoran_dokumen");
        b.HasKey(x => new { x.PerangkatDaerahId, x.Jenis, x.Tahun });
    }
}

/// <summary>
/// <c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c>: one atomic statement that takes the row lock for the rest of the
/// transaction, so concurrent issuers are serialised and a rollback returns the number (no duplicates, no gaps).
/// </summary>
internal sealed class PenomorDokumen(AppDbContext db) : IPenomorDokumen
{
    public async Task<int> BerikutnyaAsync(Guid perangkatDaerahId, JenisDokumen jenis, int tahun, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Document numbers are taken inside the command's transaction only.");
        }

        // A stuck issuer (e.g. a hung render) must not block the series forever: wait at most 15 s for the counter row.
        await db.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = '15s'", ct);
        var hasil = await db.Database.SqlQuery<int>($"""
            INSERT INTO penomoran_dokumen ("PerangkatDaerahId", "Jenis", "Tahun", "Terakhir") VALUES ({perangkatDaerahId}, {jenis.ToString()}, {tahun}, 1)
            ON CONFLICT ("PerangkatDaerahId", "Jenis", "Tahun") DO UPDATE SET "Terakhir" = penomoran_dokumen."Terakhir" + 1
            RETURNING "Terakhir" AS "Value"
            """).ToListAsync(ct);
        return hasil.Single();
    }

    public async Task<IReadOnlyDictionary<JenisDokumen, int>> TerakhirAsync(Guid perangkatDaerahId, int tahun, CancellationToken ct) =>
        await db.Set<PenomoranDokumen>().AsNoTracking().Where(p => p.PerangkatDaerahId == perangkatDaerahId && p.Tahun == tahun)
            .ToDictionaryAsync(p => p.Jenis, p => p.Terakhir, ct);
}
