using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.Penugasan;

/// <summary>The person a Surat Tugas is addressed to, as printed ("Kepada").</summary>
public sealed record PenerimaSuratTugas(Guid PegawaiId, string Nama, string Nip, string Pangkat, string Jabatan);

/// <summary>The signature block, as printed: "Plt. Kepala Dinas …", name, pangkat, NIP.</summary>
public sealed record PenandatanganSuratTugas(Guid JabatanId, string Jabatan, string Nama, string Nip, string Pangkat, string? Sebutan);

/// <summary>
/// The record of a Surat Tugas / Surat Perintah Tugas (DOMAIN.md §11, templates T1/T7): immutable once issued.
/// The nomor and the PDF come with the documents issue; until then it is shown as a page.
/// </summary>
public sealed class SuratTugas : AggregateRoot
{
    /// <summary>For EF Core materialisation only (owned types cannot be constructor parameters).</summary>
    private SuratTugas()
        : base(Guid.Empty)
    {
        Judul = Dasar = Untuk = Tempat = null!;
        Kepada = null!;
        Penandatangan = null!;
        Tembusan = [];
    }

    private SuratTugas(Guid id, Guid penugasanId, Guid perangkatDaerahId, string judul, string dasar, string untuk, DateOnly mulai, DateOnly selesai,
        PenerimaSuratTugas kepada, PenandatanganSuratTugas penandatangan, string tempat, DateOnly tanggal, IReadOnlyList<string> tembusan)
        : base(id)
    {
        PenugasanId = penugasanId;
        PerangkatDaerahId = perangkatDaerahId;
        Judul = judul;
        Dasar = dasar;
        Untuk = untuk;
        TanggalMulai = mulai;
        TanggalSelesai = selesai;
        Kepada = kepada;
        Penandatangan = penandatangan;
        Tempat = tempat;
        Tanggal = tanggal;
        Tembusan = tembusan;
    }

    public Guid PenugasanId { get; private set; }

    /// <summary>The Perangkat Daerah whose kop the letter carries (the signer's).</summary>
    public Guid PerangkatDaerahId { get; private set; }

    /// <summary>"SURAT TUGAS" or "SURAT PERINTAH TUGAS".</summary>
    public string Judul { get; private set; }

    public string Dasar { get; private set; }

    public string Untuk { get; private set; }

    public DateOnly TanggalMulai { get; private set; }

    public DateOnly TanggalSelesai { get; private set; }

    public PenerimaSuratTugas Kepada { get; private set; }

    public PenandatanganSuratTugas Penandatangan { get; private set; }

    /// <summary>"Ditetapkan di".</summary>
    public string Tempat { get; private set; }

    public DateOnly Tanggal { get; private set; }

    /// <summary>Numbered later by the documents module; null until then.</summary>
    public string? Nomor { get; private set; }

    public IReadOnlyList<string> Tembusan { get; private set; }

    /// <summary>Numbered once, when its document is issued (the number series belongs to the documents module).</summary>
    public void BeriNomor(string nomor)
    {
        if (Nomor is not null)
        {
            throw new InvalidOperationException("A Surat Tugas is numbered once.");
        }

        Nomor = nomor;
    }

    /// <summary>
    /// A correction (DOMAIN.md §11.11): the record is issued again as a new document, dated <paramref name="tanggal"/>, which
    /// takes a new number; the old document stays, cancelled. Only the number and the date of the record change.
    /// </summary>
    public void SiapkanKoreksi(DateOnly tanggal)
    {
        if (Nomor is null)
        {
            throw new InvalidOperationException("Only a numbered Surat Tugas can be corrected.");
        }

        Nomor = null;
        Tanggal = tanggal;
    }

    public static SuratTugas Terbitkan(Penugasan penugasan, Guid perangkatDaerahId, bool perintahTugas, string dasar, PenerimaSuratTugas kepada,
        PenandatanganSuratTugas penandatangan, string tempat, DateOnly tanggal, IReadOnlyList<string> tembusan)
    {
        var untuk = penugasan.TargetKinerja is { } t ? $"{penugasan.Uraian}, dengan target kinerja: {t}" : penugasan.Uraian;
        var surat = new SuratTugas(Guid.CreateVersion7(), penugasan.Id, perangkatDaerahId, perintahTugas ? "SURAT PERINTAH TUGAS" : "SURAT TUGAS",
            dasar, untuk, penugasan.TanggalMulai, penugasan.TanggalSelesai, kepada, penandatangan, tempat, tanggal, tembusan);
        penugasan.LampirkanSuratTugas(surat.Id);
        return surat;
    }
}
