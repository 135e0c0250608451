using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.TimKerja;

public enum JenisLaporanTim
{
    /// <summary>"secara berkala" (HSU Ps 21(2), MUBA Ps 12(4), TRK Ps 19(2), INHIL Ps 13(2), SBS Ps 15(2)).</summary>
    Berkala,

    /// <summary>An answer to a <see cref="PermintaanLaporan"/> ("sewaktu-waktu").</summary>
    AtasPermintaan,
}

public enum TujuanLaporanTim
{
    /// <summary>An anggota reports to the ketua (every seed: HSU Ps 21(3), MUBA Lamp B.4.b, TRK Ps 19(1), INHIL Ps 13(1), SBS Ps 15(1)).</summary>
    KetuaTim,

    /// <summary>The ketua (or, without a ketua, an anggota — Q-11) reports to the recipients of <see cref="Tim.JabatanPenerimaLaporan"/>.</summary>
    PimpinanTim,
}

/// <summary>
/// A report on the team's work (DOMAIN.md §9.2 "Laporan"): anggota → ketua, ketua → pimpinan periodically, or anyone asked by
/// the pimpinan. The recipient may give feedback (§8.4: the ketua "memberikan umpan balik berkala"). The team's final result
/// and its acceptance are on <see cref="Tim"/> (V-EVA-01).
/// </summary>
public sealed class LaporanKegiatan : AggregateRoot
{
    public const int PanjangUraian = 4000;
    public const int PanjangUmpanBalik = 2000;

    /// <summary>For EF Core materialisation only.</summary>
    private LaporanKegiatan()
        : base(Guid.Empty)
    {
        Uraian = null!;
    }

    private LaporanKegiatan(Guid id, Guid timId, JenisLaporanTim jenis, PersonelTim pelapor, TujuanLaporanTim tujuan, Guid? tujuanPegawaiId,
        string uraian, Guid? permintaanLaporanId, DateTimeOffset waktu)
        : base(id)
    {
        TimId = timId;
        Jenis = jenis;
        PelaporPersonelId = pelapor.Id;
        PelaporPegawaiId = pelapor.PegawaiId!.Value;
        PeranPelapor = pelapor.Peran;
        Tujuan = tujuan;
        TujuanPegawaiId = tujuanPegawaiId;
        Uraian = uraian;
        PermintaanLaporanId = permintaanLaporanId;
        DisampaikanPada = waktu;
    }

    public Guid TimId { get; private set; }

    public JenisLaporanTim Jenis { get; private set; }

    public Guid PelaporPersonelId { get; private set; }

    public Guid PelaporPegawaiId { get; private set; }

    public PeranTim PeranPelapor { get; private set; }

    public TujuanLaporanTim Tujuan { get; private set; }

    /// <summary>The ketua, when the report goes to the ketua.</summary>
    public Guid? TujuanPegawaiId { get; private set; }

    public string Uraian { get; private set; }

    public Guid? PermintaanLaporanId { get; private set; }

    public DateTimeOffset DisampaikanPada { get; private set; }

    public string? UmpanBalik { get; private set; }

    public Guid? DitanggapiOlehPegawaiId { get; private set; }

    public DateTimeOffset? DitanggapiPada { get; private set; }

    /// <summary>A ketua or anggota reports; the addressee follows from their role and from the request answered, if any.</summary>
    public static Result<LaporanKegiatan> Sampaikan(Tim tim, Guid pelaporPegawaiId, string? uraian, PermintaanLaporan? permintaan, DateTimeOffset waktu)
    {
        var pelapor = tim.PersonelDariPegawai(pelaporPegawaiId);
        var status = Result.Periksa(new AksiTimSesuaiStatus(tim.Status, AksiTim.Lapor));
        if (status.Gagal)
        {
            return Result<LaporanKegiatan>.Fail(status.Errors);
        }

        if (pelapor is null || pelapor.Peran == PeranTim.PenanggungJawabTim)
        {
            return Error.Terlarang("Laporan pelaksanaan tugas tim disampaikan oleh ketua atau anggota tim.");
        }

        var cek = Result.Periksa(new UraianLaporanWajibDiisi(uraian), new LaporanMenjawabPermintaanYangDitujukan(tim, pelapor, permintaan));
        if (cek.Gagal)
        {
            return Result<LaporanKegiatan>.Fail(cek.Errors);
        }

        var keKetua = permintaan is null && pelapor.Peran == PeranTim.Anggota && tim.Ketua is not null;
        return new LaporanKegiatan(Guid.CreateVersion7(), tim.Id, permintaan is null ? JenisLaporanTim.Berkala : JenisLaporanTim.AtasPermintaan, pelapor,
            keKetua ? TujuanLaporanTim.KetuaTim : TujuanLaporanTim.PimpinanTim, keKetua ? tim.Ketua!.PegawaiId : null, uraian!.Trim(), permintaan?.Id, waktu);
    }

    /// <summary>The addressee gives feedback on the report, once.</summary>
    public Result Tanggapi(Tim tim, KebijakanTimKerja k, Guid pegawaiId, IReadOnlyCollection<Guid> jabatanDipegang, string? umpanBalik, DateTimeOffset waktu)
    {
        var penerima = Tujuan == TujuanLaporanTim.KetuaTim ? TujuanPegawaiId == pegawaiId : tim.MenerimaLaporan(pegawaiId, jabatanDipegang, k);
        if (tim.Id != TimId || !penerima)
        {
            return Error.Terlarang("Hanya penerima laporan yang dapat memberikan umpan balik.");
        }

        var cek = Result.Periksa(new UmpanBalikWajibDiisi(umpanBalik), new LaporanHanyaDitanggapiSekali(UmpanBalik));
        if (cek.Berhasil)
        {
            UmpanBalik = umpanBalik!.Trim();
            DitanggapiOlehPegawaiId = pegawaiId;
            DitanggapiPada = waktu;
        }

        return cek;
    }
}

/// <summary>
/// A request for a report "secara sewaktu-waktu" to the ketua and/or anggota (HSU Ps 21(4), TRK Ps 19(3), INHIL Ps 13(3),
/// SBS Ps 15(4); MUBA silent, [P] allowed to the same recipients). Answered by <see cref="LaporanKegiatan"/>s that cite it.
/// </summary>
public sealed class PermintaanLaporan : AggregateRoot
{
    public const int PanjangUraian = 2000;

    private readonly List<Guid> kepadaPersonel = [];

    /// <summary>For EF Core materialisation only.</summary>
    private PermintaanLaporan()
        : base(Guid.Empty)
    {
        Uraian = null!;
    }

    private PermintaanLaporan(Guid id, Guid timId, Guid pemintaPegawaiId, IEnumerable<Guid> kepada, string uraian, DateOnly? batasWaktu, DateTimeOffset waktu)
        : base(id)
    {
        TimId = timId;
        PemintaPegawaiId = pemintaPegawaiId;
        kepadaPersonel.AddRange(kepada.Distinct());
        Uraian = uraian;
        BatasWaktu = batasWaktu;
        DimintaPada = waktu;
    }

    public Guid TimId { get; private set; }

    public Guid PemintaPegawaiId { get; private set; }

    /// <summary>The personel (ketua and/or anggota) asked.</summary>
    public IReadOnlyList<Guid> KepadaPersonel => kepadaPersonel;

    public string Uraian { get; private set; }

    public DateOnly? BatasWaktu { get; private set; }

    public DateTimeOffset DimintaPada { get; private set; }

    public static Result<PermintaanLaporan> Buat(Tim tim, KebijakanTimKerja k, Guid pemintaPegawaiId, IReadOnlyCollection<Guid> jabatanDipegang,
        IReadOnlyCollection<Guid> kepadaPersonel, string? uraian, DateOnly? batasWaktu, DateOnly hariIni, DateTimeOffset waktu)
    {
        var status = Result.Periksa(new AksiTimSesuaiStatus(tim.Status, AksiTim.Lapor));
        if (status.Gagal)
        {
            return Result<PermintaanLaporan>.Fail(status.Errors);
        }

        if (!tim.MenerimaLaporan(pemintaPegawaiId, jabatanDipegang, k))
        {
            return Error.Terlarang("Hanya pimpinan pemilik kinerja tim (atau pejabat yang ditetapkan daerah) yang dapat meminta laporan sewaktu-waktu.");
        }

        var cek = Result.Periksa(
            new PermintaanLaporanDitujukanKepadaKetuaAtauAnggota(tim, kepadaPersonel),
            new UraianPermintaanLaporanWajibDiisi(uraian),
            new BatasWaktuLaporanTidakBolehLampau(batasWaktu, hariIni));
        if (cek.Gagal)
        {
            return Result<PermintaanLaporan>.Fail(cek.Errors);
        }

        return new PermintaanLaporan(Guid.CreateVersion7(), tim.Id, pemintaPegawaiId, kepadaPersonel, uraian!.Trim(), batasWaktu, waktu);
    }
}

public sealed class UraianLaporanWajibDiisi(string? uraian) : IBusinessRule
{
    public string Pesan => "Uraian laporan pelaksanaan tugas wajib diisi.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(uraian);
}

/// <summary>An answer cites a request of the same team that was addressed to the reporter.</summary>
public sealed class LaporanMenjawabPermintaanYangDitujukan(Tim tim, PersonelTim pelapor, PermintaanLaporan? permintaan) : IBusinessRule
{
    public string Pesan => "Permintaan laporan yang dijawab tidak ditujukan kepada Anda atau bukan untuk tim ini.";

    public bool Dilanggar() => permintaan is not null && (permintaan.TimId != tim.Id || !permintaan.KepadaPersonel.Contains(pelapor.Id));
}

public sealed class UmpanBalikWajibDiisi(string? umpanBalik) : IBusinessRule
{
    public string Pesan => "Umpan balik wajib diisi.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(umpanBalik);
}

public sealed class LaporanHanyaDitanggapiSekali(string? umpanBalik) : IBusinessRule
{
    public string Pesan => "Laporan ini sudah ditanggapi.";

    public bool Dilanggar() => umpanBalik is not null;
}

/// <summary>§9.2: a request goes to "ketua tim dan/atau anggota tim kerja" (every seed that has it).</summary>
public sealed class PermintaanLaporanDitujukanKepadaKetuaAtauAnggota(Tim tim, IReadOnlyCollection<Guid> kepadaPersonel) : IBusinessRule
{
    public string Pesan => "Permintaan laporan ditujukan kepada ketua tim dan/atau anggota tim kerja (sekurang-kurangnya satu orang).";

    public bool Dilanggar() => kepadaPersonel.Count == 0
        || kepadaPersonel.Any(id => !tim.Personel.Any(p => p.Id == id && p.Peran is (PeranTim.Ketua or PeranTim.Anggota) && p.PegawaiId is not null));
}

public sealed class UraianPermintaanLaporanWajibDiisi(string? uraian) : IBusinessRule
{
    public string Pesan => "Sebutkan laporan yang diminta.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(uraian);
}

public sealed class BatasWaktuLaporanTidakBolehLampau(DateOnly? batasWaktu, DateOnly hariIni) : IBusinessRule
{
    public string Pesan => "Batas waktu laporan tidak boleh sebelum hari ini.";

    public bool Dilanggar() => batasWaktu is { } batas && batas < hariIni;
}
