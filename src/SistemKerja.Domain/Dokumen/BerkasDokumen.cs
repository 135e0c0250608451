namespace SistemKerja.Domain.Dokumen;

/// <summary>The PDF bytes of an issued document, kept apart from its record so lists never load them. Never changed.</summary>
public sealed class BerkasDokumen(Guid dokumenId, byte[] isi)
{
    public Guid DokumenId { get; private set; } = dokumenId;

    public byte[] Isi { get; private set; } = isi;
}

/// <summary>The number format BKPSDM sets for one Perangkat Daerah and document kind.</summary>
public sealed class FormatNomorDokumen(Guid perangkatDaerahId, JenisDokumen jenis, string format)
{
    public Guid PerangkatDaerahId { get; private set; } = perangkatDaerahId;

    public JenisDokumen Jenis { get; private set; } = jenis;

    public string Format { get; private set; } = format;

    public void Ubah(string format) => Format = format.Trim();
}
