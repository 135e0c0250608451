using Mediator;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Infrastructure.Persistence;
using Xunit;

namespace SistemKerja.TestSupport;

/// <summary>One database per test class (class fixture). <see cref="DenganDataDemo"/> picks the demo-seeded template.</summary>
public abstract class DatabaseFixtureBase : IAsyncLifetime
{
    private ServiceProvider? layanan;

    protected abstract bool DenganDataDemo { get; }

    public string ConnectionString { get; private set; } = "";

    public ServiceProvider Layanan => layanan ?? throw new InvalidOperationException("Fixture not initialised.");

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await PostgresUji.BuatDatabaseAsync(DenganDataDemo);
        layanan = PostgresUji.BuatLayanan(ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (layanan is not null)
        {
            await layanan.DisposeAsync();
        }

        await PostgresUji.HapusDatabaseAsync(ConnectionString);
        GC.SuppressFinalize(this);
    }

    /// <summary>Sends a message as <paramref name="sebagai"/> in a fresh scope, like one HTTP request.</summary>
    public async Task<TResponse> KirimAsync<TResponse>(ICommand<TResponse> perintah, PenggunaUji sebagai)
    {
        PenggunaUji.Saatini.Value = sebagai;
        await using var scope = Layanan.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(perintah);
    }

    /// <summary>Sends a query as <paramref name="sebagai"/> in a fresh scope.</summary>
    public async Task<TResponse> TanyaAsync<TResponse>(IQuery<TResponse> pertanyaan, PenggunaUji sebagai)
    {
        PenggunaUji.Saatini.Value = sebagai;
        await using var scope = Layanan.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(pertanyaan);
    }

    /// <summary>Runs a read against the database in a fresh scope (for assertions).</summary>
    public async Task<T> BacaAsync<T>(Func<AppDbContext, Task<T>> baca)
    {
        await using var scope = Layanan.CreateAsyncScope();
        return await baca(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}

public sealed class DatabaseKosongFixture : DatabaseFixtureBase
{
    protected override bool DenganDataDemo => false;
}

public sealed class DatabaseDemoFixture : DatabaseFixtureBase
{
    protected override bool DenganDataDemo => true;
}
