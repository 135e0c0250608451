namespace SistemKerja.Domain.Common;

/// <summary>Base of every aggregate root: a Guid identity and a concurrency version (mapped to PostgreSQL xmin).</summary>
public abstract class AggregateRoot
{
    protected AggregateRoot(Guid id) => Id = id;

    public Guid Id { get; private set; }

    /// <summary>Optimistic concurrency token. Set by the database; never assigned by domain code.</summary>
    public uint Versi { get; private set; }
}
