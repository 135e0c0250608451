using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.TimKerja;

public enum StatusHasilTim
{
    Disampaikan,

    /// <summary>A reviewer in the chain passed it on to the acceptor (V-EVA-01 "reviewers forward/return").</summary>
    Diteruskan,

    /// <summary>Not according to the target; returned with notes (V-EVA-02).</summary>
    Perbaikan,

    Diterima,
}

/// <summary>Who acts on a result that misses the target (<see cref="TindakLanjutHasilTidakSesuai"/>).</summary>
public enum PelaksanaPerbaikan
{
    /// <summary>SBS Lampiran I, and [P] where the seed is silent: the team adjusts and submits again.</summary>
    Tim,

    /// <summary>HSU Lampiran II.A.2.3c: the Kepala Unit Organisasi carries out the perbaikan and may then accept.</summary>
    PimpinanUnit,
}

/// <summary>One submission of the team's result to the acceptor (§6.2 HasilDisampaikan → DalamReviu → Selesai | Perbaikan).</summary>
public sealed class HasilTim
{
    public const int PanjangUraian = 4000;
    public const int PanjangCatatan = 2000;

    /// <summary>For EF Core materialisation only.</summary>
    private HasilTim()
    {
        Uraian = null!;
    }

    internal HasilTim(Guid id, string uraian, Guid olehPegawaiId, DateTimeOffset waktu)
    {
        Id = id;
        Uraian = uraian;
        DisampaikanOlehPegawaiId = olehPegawaiId;
        DisampaikanPada = waktu;
        Status = StatusHasilTim.Disampaikan;
    }

    public Guid Id { get; private set; }

    public string Uraian { get; private set; }

    public Guid DisampaikanOlehPegawaiId { get; private set; }

    public DateTimeOffset DisampaikanPada { get; private set; }

    public StatusHasilTim Status { get; private set; }

    /// <summary>The last reviewer's or the acceptor's note (mandatory on return, V-EVA-02).</summary>
    public string? Catatan { get; private set; }

    public Guid? DinilaiOlehPegawaiId { get; private set; }

    public DateTimeOffset? DinilaiPada { get; private set; }

    public PelaksanaPerbaikan? PelaksanaPerbaikan { get; private set; }

    public bool MenungguPenilaian => Status is StatusHasilTim.Disampaikan or StatusHasilTim.Diteruskan;

    internal void Catat(StatusHasilTim status, string? catatan, Guid olehPegawaiId, DateTimeOffset waktu, PelaksanaPerbaikan? pelaksana = null)
    {
        Status = status;
        Catatan = string.IsNullOrWhiteSpace(catatan) ? null : catatan.Trim();
        DinilaiOlehPegawaiId = olehPegawaiId;
        DinilaiPada = waktu;
        PelaksanaPerbaikan = pelaksana;
    }
}

/// <summary>
/// The evaluation of the team's result (DOMAIN.md §6.2, §10, V-EVA-01/02): the ketua (or, without a ketua, an anggota — Q-11)
/// submits; reviewers forward or return; only the acceptor declares it Selesai.
/// </summary>
public sealed partial class Tim
{
    private readonly List<HasilTim> hasil = [];

    /// <summary>Every submission, oldest first.</summary>
    public IReadOnlyList<HasilTim> Hasil => [.. hasil.OrderBy(h => h.DisampaikanPada)];

    public HasilTim? HasilTerakhir => hasil.OrderBy(h => h.DisampaikanPada).LastOrDefault();

    /// <summary>The ketua hands the team's result to the pimpinan ("hasil … disampaikan kepada …" §10.1).</summary>
    public Result SampaikanHasil(Guid pegawaiId, string? uraian, DateTimeOffset waktu)
    {
        var oleh = PersonelDariPegawai(pegawaiId);
        var bolehMenyampaikan = oleh is not null && (oleh.Peran == PeranTim.Ketua || (Ketua is null && oleh.Peran == PeranTim.Anggota));
        var status = Periksa(AksiTim.SampaikanHasil);
        if (status.Gagal || !bolehMenyampaikan)
        {
            return status.Gagal ? status : Error.Terlarang(Ketua is null
                ? "Hasil pelaksanaan tugas tim disampaikan oleh anggota tim."
                : "Hasil pelaksanaan tugas tim disampaikan oleh ketua tim.");
        }

        var cek = Result.Periksa(new UraianHasilWajibDiisi(uraian), new HasilSebelumnyaMasihDinilai(HasilTerakhir));
        if (cek.Berhasil)
        {
            hasil.Add(new HasilTim(Guid.CreateVersion7(), uraian!.Trim(), pegawaiId, waktu));
        }

        return cek;
    }

    /// <summary>A reviewer in the chain (not the acceptor) passes the result on (§10 review chain).</summary>
    public Result TeruskanHasil(Guid pegawaiId, IReadOnlyCollection<Guid> jabatanDipegang, string? catatan, KebijakanTimKerja k, DateTimeOffset waktu)
    {
        var cek = PeriksaPenilaian(AksiTim.TeruskanHasil);
        if (cek.Gagal)
        {
            return cek;
        }

        if (!MenerimaLaporan(pegawaiId, jabatanDipegang, k) || jabatanDipegang.Contains(PenerimaHasil.JabatanId))
        {
            return Error.Terlarang("Hanya peninjau hasil tim (selain penerima hasil) yang dapat meneruskan hasil.");
        }

        HasilTerakhir!.Catat(StatusHasilTim.Diteruskan, catatan, pegawaiId, waktu);
        return Result.Ok();
    }

    /// <summary>
    /// V-EVA-01: only the acceptor declares the kegiatan Selesai ("dinyatakan selesai setelah [acceptor] menerima hasil … sesuai
    /// dengan target", §6.2). In HSU the acceptor may also accept after carrying out the perbaikan themself, saying what was done.
    /// </summary>
    public Result TerimaHasil(Guid pegawaiId, IReadOnlyCollection<Guid> jabatanDipegang, string? catatan, DateOnly tanggal, DateTimeOffset waktu)
    {
        if (!jabatanDipegang.Contains(PenerimaHasil.JabatanId))
        {
            return Error.Terlarang($"Hanya {PenerimaHasil.NamaJabatan} yang dapat menyatakan kegiatan selesai.");
        }

        var status = Periksa(AksiTim.TerimaHasil);
        if (status.Gagal)
        {
            return status;
        }

        var terakhir = HasilTerakhir;
        var diperbaikiPimpinan = terakhir is { Status: StatusHasilTim.Perbaikan, PelaksanaPerbaikan: PelaksanaPerbaikan.PimpinanUnit };
        var cek = Result.Periksa(diperbaikiPimpinan ? new PerbaikanOlehPimpinanWajibDicatat(catatan) : new AdaHasilYangMenungguPenilaian(terakhir));
        if (cek.Berhasil)
        {
            terakhir!.Catat(StatusHasilTim.Diterima, catatan, pegawaiId, waktu);
            DiakhiriPada = tanggal;
            Status = TransisiTim.Tujuan(Status, AksiTim.TerimaHasil)!.Value;
        }

        return cek;
    }

    /// <summary>
    /// A reviewer or the acceptor finds the result not according to the target and returns it with notes (V-EVA-02). Who
    /// then acts follows <c>evaluation.onMismatch</c>: HSU the Kepala UO, SBS (and [P] elsewhere) the team.
    /// </summary>
    public Result KembalikanHasil(Guid pegawaiId, IReadOnlyCollection<Guid> jabatanDipegang, string? catatan, KebijakanTimKerja k, DateTimeOffset waktu)
    {
        var cek = PeriksaPenilaian(AksiTim.KembalikanHasil);
        if (cek.Gagal)
        {
            return cek;
        }

        if (!MenerimaLaporan(pegawaiId, jabatanDipegang, k))
        {
            return Error.Terlarang("Hanya peninjau atau penerima hasil tim yang dapat mengembalikan hasil untuk perbaikan.");
        }

        var catatanCek = Result.Periksa(new PengembalianHasilWajibDisertaiCatatan(catatan));
        if (catatanCek.Berhasil)
        {
            var pelaksana = k.TindakLanjutHasilTidakSesuai == TindakLanjutHasilTidakSesuai.PerbaikanOlehPimpinanUnit
                ? PelaksanaPerbaikan.PimpinanUnit
                : PelaksanaPerbaikan.Tim;
            HasilTerakhir!.Catat(StatusHasilTim.Perbaikan, catatan, pegawaiId, waktu, pelaksana);
        }

        return catatanCek;
    }

    private Result PeriksaPenilaian(AksiTim aksi)
    {
        var status = Periksa(aksi);
        return status.Gagal ? status : Result.Periksa(new AdaHasilYangMenungguPenilaian(HasilTerakhir));
    }
}

public sealed class UraianHasilWajibDiisi(string? uraian) : IBusinessRule
{
    public string Pesan => "Uraian hasil pelaksanaan tugas tim wajib diisi.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(uraian);
}

/// <summary>One result under review at a time: a new one waits for the decision on the last.</summary>
public sealed class HasilSebelumnyaMasihDinilai(HasilTim? terakhir) : IBusinessRule
{
    public string Pesan => "Hasil yang disampaikan sebelumnya masih dalam penilaian.";

    public bool Dilanggar() => terakhir?.MenungguPenilaian == true;
}

public sealed class AdaHasilYangMenungguPenilaian(HasilTim? terakhir) : IBusinessRule
{
    public string Pesan => "Belum ada hasil pelaksanaan tugas tim yang menunggu penilaian.";

    public bool Dilanggar() => terakhir?.MenungguPenilaian != true;
}

/// <summary>V-EVA-02 [P]: returning for perbaikan requires notes (HSU Lampiran II.A.2.3c; SBS Lampiran I "disesuaikan kembali").</summary>
public sealed class PengembalianHasilWajibDisertaiCatatan(string? catatan) : IBusinessRule
{
    public string Pesan => "Pengembalian hasil untuk perbaikan wajib disertai catatan.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(catatan);
}

/// <summary>HSU Lampiran II.A.2.3c: the Kepala UO who carried out the perbaikan records what was done before accepting.</summary>
public sealed class PerbaikanOlehPimpinanWajibDicatat(string? catatan) : IBusinessRule
{
    public string Pesan => "Catat perbaikan pencapaian target kinerja yang dilakukan sebelum menyatakan kegiatan selesai.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(catatan);
}
