using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SistemKerja.Web.Tests.Kinerja;

/// <summary>The SQL commands one HTTP request sent, in order (each is one round trip to PostgreSQL).</summary>
public sealed class HitunganSql
{
    private readonly ConcurrentQueue<string> perintah = new();

    public int Jumlah => perintah.Count;

    public IReadOnlyList<string> Perintah => [.. perintah];

    internal void Tambah(string sql) => perintah.Enqueue(sql.Length > 300 ? sql[..300] + " …" : sql);

    /// <summary>Fails with the list of statements when the request needed more round trips than <paramref name="anggaran"/>.</summary>
    public void TidakMelebihi(int anggaran, string apa)
    {
        if (Jumlah > anggaran)
        {
            throw new ShouldAssertException(
                $"{apa}: {Jumlah} SQL round trips, budget {anggaran} (an N+1 query?). Statements:\n"
                + string.Join("\n", Perintah.Select((s, i) => $"{i + 1,3}. {s.ReplaceLineEndings(" ")}")));
        }
    }
}

/// <summary>
/// Counts the database commands of each HTTP request that carries the header <see cref="Header"/>: an EF Core command
/// interceptor (every query, every SaveChanges batch, the Identity stores) plus a middleware that opens the count at the
/// start of the request. The count lives in an AsyncLocal, so parallel requests and test classes do not mix.
/// </summary>
public sealed class PenghitungSql : DbCommandInterceptor, IStartupFilter
{
    public const string Header = "X-Uji-Hitung-Sql";

    private static readonly AsyncLocal<HitunganSql?> Berjalan = new();
    private readonly ConcurrentDictionary<string, HitunganSql> hasil = new();

    public HitunganSql Hasil(string kunci) => hasil.TryGetValue(kunci, out var h) ? h : throw new InvalidOperationException($"no request counted under {kunci}");

    /// <summary>Counts the commands sent inside <paramref name="kerja"/> (for work outside an HTTP request, e.g. the N+1 fixture).</summary>
    public static async Task<HitunganSql> HitungAsync(Func<Task> kerja)
    {
        var hitungan = new HitunganSql();
        var sebelumnya = Berjalan.Value;
        Berjalan.Value = hitungan;
        try
        {
            await kerja();
        }
        finally
        {
            Berjalan.Value = sebelumnya;
        }

        return hitungan;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (HttpContext context, RequestDelegate lanjut) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var kunci) && kunci.ToString() is { Length: > 0 } k)
            {
                hasil[k] = await HitungAsync(() => lanjut(context));
            }
            else
            {
                await lanjut(context);
            }
        });
        next(app);
    };

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Catat(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        Catat(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Catat(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Catat(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Catat(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        Catat(command);
        return ValueTask.FromResult(result);
    }

    private static void Catat(DbCommand command) => Berjalan.Value?.Tambah(command.CommandText);
}
