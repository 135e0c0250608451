using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.Penugasan;

public enum StatusPenugasan
{
    /// <summary>Issued; the assignee has not yet opened it.</summary>
    Ditetapkan,

    /// <summary>G13: receipt is an acknowledgement, not consent (no seed lets the assignee refuse).</summary>
    Diterima,

    /// <summary>[P] cancelled by the issuer with a reason (DOMAIN.md §6.2).</summary>
    Dibatalkan,
}

public enum AsalPenugasan
{
    /// <summary>WF-1: set directly by the PUO/PPK.</summary>
    PenunjukanDalamUnit,

    /// <summary>WF-3.</summary>
    PenunjukanLintasUnit,

    /// <summary>WF-5.</summary>
    SukarelaDalamUnit,

    /// <summary>WF-6.</summary>
    SukarelaLintasUnit,

    /// <summary>WF-4: a request from another instansi, approved by our Pejabat yang Berwenang.</summary>
    LintasInstansi,
}

/// <summary>
/// An issued assignment of one JF/Pelaksana for a period (DOMAIN.md §6.2), with its Surat Tugas. Its period,
/// allocation and full-time flag feed the availability check of later requests (§7.2).
/// </summary>
public sealed class Penugasan : AggregateRoot
{
    public const int PanjangUraian = 2000;

    /// <summary>
    /// The stored description may be longer than what a form accepts: a request's maksud (≤ 2,000) plus
    /// " (sebagai anggota Tim Kerja …)" or " (pelibatan pada …)" (≤ 200 more).
    /// </summary>
    public const int PanjangUraianTersimpan = PanjangUraian + 300;

    private Penugasan(Guid id, AsalPenugasan asal, Guid? permohonanId, Guid pegawaiId, Guid jabatanPegawaiId, Guid unitPemilikKinerjaId,
        string uraian, string? targetKinerja, DateOnly tanggalMulai, DateOnly tanggalSelesai, bool penuhWaktu, int alokasiPersen, Guid penerbitJabatanId, DateTimeOffset ditetapkanPada)
        : base(id)
    {
        Asal = asal;
        PermohonanId = permohonanId;
        PegawaiId = pegawaiId;
        JabatanPegawaiId = jabatanPegawaiId;
        UnitPemilikKinerjaId = unitPemilikKinerjaId;
        Uraian = uraian;
        TargetKinerja = targetKinerja;
        TanggalMulai = tanggalMulai;
        TanggalSelesai = tanggalSelesai;
        PenuhWaktu = penuhWaktu;
        AlokasiPersen = alokasiPersen;
        PenerbitJabatanId = penerbitJabatanId;
        DitetapkanPada = ditetapkanPada;
        Status = StatusPenugasan.Ditetapkan;
    }

    public AsalPenugasan Asal { get; private set; }

    public Guid? PermohonanId { get; private set; }

    public Guid PegawaiId { get; private set; }

    public Guid JabatanPegawaiId { get; private set; }

    public Guid UnitPemilikKinerjaId { get; private set; }

    /// <summary>What is to be done ("Untuk" in the Surat Tugas).</summary>
    public string Uraian { get; private set; }

    public string? TargetKinerja { get; private set; }

    public DateOnly TanggalMulai { get; private set; }

    public DateOnly TanggalSelesai { get; private set; }

    public bool PenuhWaktu { get; private set; }

    public int AlokasiPersen { get; private set; }

    /// <summary>The position that issued (signed) it.</summary>
    public Guid PenerbitJabatanId { get; private set; }

    public DateTimeOffset DitetapkanPada { get; private set; }

    public StatusPenugasan Status { get; private set; }

    public DateTimeOffset? DiterimaPada { get; private set; }

    public string? AlasanPembatalan { get; private set; }

    public Guid? SuratTugasId { get; private set; }

    public bool AktifPada(DateOnly mulai, DateOnly selesai) =>
        Status != StatusPenugasan.Dibatalkan && TanggalMulai <= selesai && mulai <= TanggalSelesai;

    /// <summary>WF-1 (§6.3): a direct penunjukan in the unit.</summary>
    public static Result<Penugasan> Tunjuk(Guid pegawaiId, Guid jabatanPegawaiId, Guid unitId, string uraian, string? target, DateOnly mulai, DateOnly selesai,
        bool penuhWaktu, int alokasiPersen, Guid penerbitJabatanId, DateOnly hariIni, DateTimeOffset waktu)
    {
        var cek = Result.Periksa(
            new PeriodePenugasanHarusValid(mulai, selesai),
            new TanggalMulaiTidakBolehLampau(mulai, hariIni),
            new AlokasiWaktuDalamRentang(alokasiPersen),
            new UraianPenugasanWajibDiisi(uraian));
        if (cek.Gagal)
        {
            return Result<Penugasan>.Fail(cek.Errors);
        }

        return new Penugasan(Guid.CreateVersion7(), AsalPenugasan.PenunjukanDalamUnit, null, pegawaiId, jabatanPegawaiId, unitId, uraian.Trim(),
            string.IsNullOrWhiteSpace(target) ? null : target.Trim(), mulai, selesai, penuhWaktu, alokasiPersen, penerbitJabatanId, waktu);
    }

    /// <summary>The penugasan an approved request produces; it inherits the requested criteria (V-PER-07).</summary>
    public static Penugasan DariPermohonan(Permohonan p, Guid penerbitJabatanId, DateTimeOffset waktu)
    {
        if (p.Status != StatusPermohonan.Disetujui)
        {
            throw new InvalidOperationException("Only an approved request produces a penugasan.");
        }

        var asal = p.Jenis switch
        {
            JenisPermohonan.PenunjukanLintasUnit => AsalPenugasan.PenunjukanLintasUnit,
            JenisPermohonan.SukarelaDalamUnit => AsalPenugasan.SukarelaDalamUnit,
            _ => AsalPenugasan.SukarelaLintasUnit,
        };
        var uraian = p.NamaTimKerja is { } tim ? $"{p.MaksudDanTujuan} (sebagai anggota {TimKerja.Tim.Sebutan(tim)})" : p.MaksudDanTujuan;
        return new Penugasan(Guid.CreateVersion7(), asal, p.Id, p.PegawaiId, p.JabatanPegawaiId, p.UnitPemilikKinerjaId, uraian,
            p.EkspektasiTargetKinerja, p.TanggalMulai, p.TanggalSelesai, p.PenuhWaktu, p.AlokasiPersen, penerbitJabatanId, waktu);
    }

    /// <summary>WF-4 Masuk (HSU Ps 14e.3–4): one listed pegawai of an approved lintas instansi request.</summary>
    public static Penugasan DariPelibatanInstansi(PelibatanInstansi p, Guid pegawaiId, Guid jabatanPegawaiId, Guid penerbitJabatanId, DateTimeOffset waktu)
    {
        if (p.Status != StatusPelibatanInstansi.Disetujui || !p.PegawaiDitugaskan.Contains(pegawaiId))
        {
            throw new InvalidOperationException("Only a listed pegawai of an approved request is assigned.");
        }

        return new Penugasan(Guid.CreateVersion7(), AsalPenugasan.LintasInstansi, null, pegawaiId, jabatanPegawaiId, p.UnitId,
            $"{p.MaksudDanTujuan} (pelibatan pada {p.InstansiLain})", p.EkspektasiTargetKinerja, p.TanggalMulai, p.TanggalSelesai, p.PenuhWaktu,
            p.AlokasiPersen, penerbitJabatanId, waktu)
        {
            PelibatanInstansiId = p.Id,
        };
    }

    /// <summary>The lintas instansi request it came from (WF-4), if any.</summary>
    public Guid? PelibatanInstansiId { get; private init; }

    public void LampirkanSuratTugas(Guid suratTugasId) => SuratTugasId = suratTugasId;

    /// <summary>G13: the assignee acknowledges receipt ("menerima surat penugasan").</summary>
    public Result Terima(Guid pegawaiId, DateTimeOffset waktu)
    {
        if (pegawaiId != PegawaiId)
        {
            return Error.Terlarang("Hanya pegawai yang ditugaskan yang dapat menyatakan menerima surat penugasan.");
        }

        if (Status != StatusPenugasan.Ditetapkan)
        {
            return new Error("SudahDiterima", "Penugasan ini sudah diterima atau dibatalkan.", ErrorKind.AturanDilanggar);
        }

        Status = StatusPenugasan.Diterima;
        DiterimaPada = waktu;
        return Result.Ok();
    }

    /// <summary>[P] The issuing position cancels, with a reason.</summary>
    public Result Batalkan(IReadOnlyCollection<Guid> jabatanDipegang, string? alasan)
    {
        if (!jabatanDipegang.Contains(PenerbitJabatanId))
        {
            return Error.Terlarang("Hanya pejabat yang menerbitkan penugasan yang dapat membatalkannya.");
        }

        var cek = Result.Periksa(new PembatalanWajibDisertaiAlasan(alasan));
        if (cek.Gagal || Status == StatusPenugasan.Dibatalkan)
        {
            return cek.Gagal ? cek : new Error("SudahDibatalkan", "Penugasan ini sudah dibatalkan.", ErrorKind.AturanDilanggar);
        }

        Status = StatusPenugasan.Dibatalkan;
        AlasanPembatalan = alasan!.Trim();
        return Result.Ok();
    }
}

public sealed class PembatalanWajibDisertaiAlasan(string? alasan) : IBusinessRule
{
    public string Pesan => "Pembatalan penugasan wajib disertai alasan.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(alasan);
}

public sealed class UraianPenugasanWajibDiisi(string? uraian) : IBusinessRule
{
    public string Pesan => "Uraian tugas wajib diisi.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(uraian);
}

/// <summary>V-PEN-01 (G4): the subject of a penugasan is a JF or Pelaksana (HSU adds Pengawas, SBS Administrator).</summary>
public sealed class HanyaJenisJabatanYangDapatDitugaskan(Organisasi.JenisJabatan jenis, IReadOnlyList<Organisasi.JenisJabatan> dapat) : IBusinessRule
{
    public string Pesan
    {
        get
        {
            var nama = dapat.Select(j => j switch
            {
                Organisasi.JenisJabatan.Fungsional => "Pejabat Fungsional",
                Organisasi.JenisJabatan.Pelaksana => "Pelaksana",
                _ => "Pejabat " + j,
            }).ToList();
            return $"Penugasan hanya untuk {(nama.Count > 1 ? string.Join(", ", nama[..^1]) + " dan " + nama[^1] : nama[0])}.";
        }
    }

    public bool Dilanggar() => !dapat.Contains(jenis);
}
