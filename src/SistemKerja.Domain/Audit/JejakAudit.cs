namespace SistemKerja.Domain.Audit;

/// <summary>
/// One line of the append-only audit trail: who did what, when, with which input. Written for every successful
/// command in the same transaction; the database refuses UPDATE and DELETE on its table.
/// </summary>
public sealed class JejakAudit
{
    public const int PanjangAksi = 100;
    public const int PanjangNamaPengguna = 150;

    public JejakAudit(DateTimeOffset waktu, Guid? penggunaId, string namaPengguna, string aksi, string data)
    {
        Waktu = waktu;
        PenggunaId = penggunaId;
        NamaPengguna = namaPengguna;
        Aksi = aksi;
        Data = data;
    }

    public long Id { get; private set; }

    public DateTimeOffset Waktu { get; private set; }

    public Guid? PenggunaId { get; private set; }

    public string NamaPengguna { get; private set; }

    /// <summary>The use case, e.g. "TetapkanPemangkuJabatan".</summary>
    public string Aksi { get; private set; }

    /// <summary>The command as JSON (passwords never reach a command).</summary>
    public string Data { get; private set; }
}
