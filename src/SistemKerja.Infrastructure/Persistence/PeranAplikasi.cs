using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SistemKerja.Infrastructure.Persistence;

/// <summary>
/// The rights of the application's own database role (a LOGIN role that is neither superuser nor owner of the tables).
/// Migrations run as the owner (<c>ConnectionStrings:SistemKerjaPemilik</c>); the app then connects as this role, which
/// may read and write the working tables but only SELECT and INSERT on the audit log, and never UPDATE, DELETE or
/// TRUNCATE the issued documents' bytes or the migration history. Not being owner, it cannot disable the triggers either;
/// not being superuser, it cannot switch them off with <c>session_replication_role</c>.
/// </summary>
public static class PeranAplikasi
{
    /// <summary>The grants for <paramref name="peran"/> on every table and sequence of the schema (idempotent; run after each migration).</summary>
    public static string SqlHakAkses(string peran)
    {
        var p = new NpgsqlCommandBuilder().QuoteIdentifier(peran);
        return $"""
            GRANT USAGE ON SCHEMA public TO {p};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {p};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {p};
            REVOKE UPDATE, DELETE, TRUNCATE ON jejak_audit FROM {p};
            REVOKE UPDATE, DELETE, TRUNCATE ON berkas_dokumen FROM {p};
            REVOKE DELETE, TRUNCATE ON dokumen FROM {p};
            REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "__EFMigrationsHistory" FROM {p};
            """;
    }

    /// <summary>Grants the rights to the role the app connects as, through a context connected as the owner.</summary>
    public static async Task TerapkanAsync(AppDbContext pemilik, string peran, CancellationToken ct = default)
    {
#pragma warning disable EF1002 // the role name is quoted as an identifier by Npgsql; GRANT takes no parameters
        await pemilik.Database.ExecuteSqlRawAsync(SqlHakAkses(peran), ct);
#pragma warning restore EF1002
    }
}
