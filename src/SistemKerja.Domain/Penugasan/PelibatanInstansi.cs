using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.Penugasan;

/// <summary>Which side of a lintas instansi request this Pemerintah Daerah is on (DOMAIN.md §6.6).</summary>
public enum ArahPelibatanInstansi
{
    /// <summary>Another instansi asks for our JF/Pelaksana: we are the tujuan (HSU Ps 14c–e, TRK Lampiran B.1.c(3)–(4)).</summary>
    Masuk,

    /// <summary>Our PUO pemilik kinerja asks another instansi for staff: we are the pemohon (HSU Ps 14a–b).</summary>
    Keluar,
}

/// <summary>The steps of the long flow as this Pemerintah Daerah lives them (the other side's steps are letters it registers).</summary>
public enum TahapPelibatanInstansi
{
    /// <summary>Masuk: the PyB (Sekretaris Daerah, §15 Q-3) agrees and instructs the unit (Ps 14c).</summary>
    PersetujuanPejabatBerwenangTujuan,

    /// <summary>Masuk: the unit's head answers the availability with the list of pegawai (Ps 14d, e.1).</summary>
    JawabanKetersediaan,

    /// <summary>Masuk: the PyB agrees with the answer and the list and sends the surat jawaban (Ps 14e.2).</summary>
    PersetujuanJawaban,

    /// <summary>Masuk: the PUO gives each listed pegawai a surat penugasan (Ps 14e.3–4).</summary>
    PenerbitanSuratTugas,

    /// <summary>Keluar: the PyB pemohon agrees and sends the surat permohonan pelibatan (Ps 14a–b).</summary>
    PersetujuanPejabatBerwenangPemohon,

    /// <summary>Keluar: the other instansi's answer (and its list of pegawai) is registered.</summary>
    JawabanInstansiTujuan,

    Selesai,
}

public enum StatusPelibatanInstansi
{
    Diproses,
    Disetujui,
    Ditolak,
}

/// <summary>One line of the request's history: who did what, when.</summary>
public sealed record RiwayatPelibatanInstansi(TahapPelibatanInstansi Tahap, bool Setuju, string? Catatan, Guid OlehPegawaiId, string Oleh, DateTimeOffset Waktu);

/// <summary>A pegawai of the other instansi named in its answer (Keluar).</summary>
public sealed record PegawaiInstansiLain(string Nama, string? Nip, string? Jabatan);

/// <summary>
/// WF-4 lintas instansi (DOMAIN.md §6.6): the long flow through the Pejabat yang Berwenang, when the other instansi is not
/// on this platform. Its letters are registered (number, date) by the local PyB's side, and each registration moves the
/// request; our own officials act natively. An incoming request ends with a Surat Tugas for every pegawai on the approved
/// list; an outgoing one ends with the other side's answer and its list of pegawai.
/// </summary>
public sealed class PelibatanInstansi : AggregateRoot
{
    public const int PanjangTeks = 2000;
    public const int PanjangNama = 200;
    public const int PanjangNomor = 100;

    private readonly List<RiwayatPelibatanInstansi> riwayat = [];
    private List<Guid> pegawaiDitugaskan = [];
    private List<PegawaiInstansiLain> pegawaiInstansiLain = [];

    /// <summary>For EF Core materialisation only.</summary>
    private PelibatanInstansi()
        : base(Guid.Empty)
    {
        InstansiLain = MaksudDanTujuan = KompetensiDibutuhkan = EkspektasiTargetKinerja = NomorSuratPermohonan = null!;
    }

    private PelibatanInstansi(Guid id, ArahPelibatanInstansi arah, string instansiLain, string nomorSurat, DateOnly tanggalSurat, RincianPelibatanInstansi r,
        Guid unitId, Guid pejabatBerwenangJabatanId, Guid pimpinanUnitJabatanId, Guid dibuatOlehPegawaiId, DateTimeOffset waktu)
        : base(id)
    {
        Arah = arah;
        InstansiLain = instansiLain.Trim();
        NomorSuratPermohonan = nomorSurat.Trim();
        TanggalSuratPermohonan = tanggalSurat;
        MaksudDanTujuan = r.MaksudDanTujuan.Trim();
        KompetensiDibutuhkan = r.KompetensiDibutuhkan.Trim();
        EkspektasiTargetKinerja = r.EkspektasiTargetKinerja.Trim();
        TanggalMulai = r.TanggalMulai;
        TanggalSelesai = r.TanggalSelesai;
        AlokasiPersen = r.AlokasiPersen;
        PenuhWaktu = r.PenuhWaktu;
        UnitId = unitId;
        PejabatBerwenangJabatanId = pejabatBerwenangJabatanId;
        PimpinanUnitJabatanId = pimpinanUnitJabatanId;
        DibuatOlehPegawaiId = dibuatOlehPegawaiId;
        DibuatPada = waktu;
        Tahap = arah == ArahPelibatanInstansi.Masuk ? TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan : TahapPelibatanInstansi.PersetujuanPejabatBerwenangPemohon;
        Status = StatusPelibatanInstansi.Diproses;
    }

    public ArahPelibatanInstansi Arah { get; private set; }

    /// <summary>"Pemerintah Kabupaten Balangan".</summary>
    public string InstansiLain { get; private set; }

    /// <summary>Masuk: the number of the incoming letter; Keluar: of our outgoing letter (set when the PyB sends it, else the draft reference).</summary>
    public string NomorSuratPermohonan { get; private set; }

    public DateOnly TanggalSuratPermohonan { get; private set; }

    public string MaksudDanTujuan { get; private set; }

    public string KompetensiDibutuhkan { get; private set; }

    public string EkspektasiTargetKinerja { get; private set; }

    public DateOnly TanggalMulai { get; private set; }

    public DateOnly TanggalSelesai { get; private set; }

    public int AlokasiPersen { get; private set; }

    public bool PenuhWaktu { get; private set; }

    /// <summary>Masuk: the unit organisasi asked to provide staff; Keluar: the unit pemilik kinerja.</summary>
    public Guid UnitId { get; private set; }

    /// <summary>The position of our Pejabat yang Berwenang (Sekretaris Daerah by default, §15 Q-3).</summary>
    public Guid PejabatBerwenangJabatanId { get; private set; }

    /// <summary>The PUO of <see cref="UnitId"/>: answers the availability and assigns (Masuk).</summary>
    public Guid PimpinanUnitJabatanId { get; private set; }

    public Guid DibuatOlehPegawaiId { get; private set; }

    public DateTimeOffset DibuatPada { get; private set; }

    public TahapPelibatanInstansi Tahap { get; private set; }

    public StatusPelibatanInstansi Status { get; private set; }

    /// <summary>Masuk: our surat jawaban; Keluar: the other instansi's surat jawaban.</summary>
    public string? NomorSuratJawaban { get; private set; }

    public DateOnly? TanggalSuratJawaban { get; private set; }

    public string? AlasanPengecualianKetersediaan { get; private set; }

    public IReadOnlyList<RiwayatPelibatanInstansi> Riwayat => riwayat;

    /// <summary>Masuk: our pegawai on the approved list.</summary>
    public IReadOnlyList<Guid> PegawaiDitugaskan => pegawaiDitugaskan;

    /// <summary>Keluar: the other instansi's pegawai named in its answer.</summary>
    public IReadOnlyList<PegawaiInstansiLain> PegawaiInstansiLain => pegawaiInstansiLain;

    /// <summary>The position that must act now (null when nobody of ours acts: finished, or an answer to register).</summary>
    public Guid? JabatanBertindak => Status != StatusPelibatanInstansi.Diproses ? null : Tahap switch
    {
        TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan or TahapPelibatanInstansi.PersetujuanJawaban
            or TahapPelibatanInstansi.PersetujuanPejabatBerwenangPemohon or TahapPelibatanInstansi.JawabanInstansiTujuan => PejabatBerwenangJabatanId,
        TahapPelibatanInstansi.JawabanKetersediaan or TahapPelibatanInstansi.PenerbitanSuratTugas => PimpinanUnitJabatanId,
        _ => null,
    };

    /// <summary>Registers an incoming request from another instansi (the PyB's secretariat, [P] DOMAIN.md §6.6 notes).</summary>
    public static Result<PelibatanInstansi> CatatMasuk(string instansiLain, string nomorSurat, DateOnly tanggalSurat, RincianPelibatanInstansi r,
        Guid unitId, Guid pejabatBerwenangJabatanId, Guid pimpinanUnitJabatanId, Guid pencatatPegawaiId, string pencatat, DateOnly hariIni, DateTimeOffset waktu) =>
        Buat(ArahPelibatanInstansi.Masuk, instansiLain, nomorSurat, tanggalSurat, r, unitId, pejabatBerwenangJabatanId, pimpinanUnitJabatanId, pencatatPegawaiId, pencatat, hariIni, waktu);

    /// <summary>Our PUO pemilik kinerja asks another instansi (HSU Ps 14a: first to our own PyB).</summary>
    public static Result<PelibatanInstansi> AjukanKeluar(string instansiTujuan, string nomorSuratKonsep, RincianPelibatanInstansi r, Guid unitPemilikKinerjaId,
        Guid pejabatBerwenangJabatanId, Guid pimpinanUnitJabatanId, Guid pemohonPegawaiId, string pemohon, DateOnly hariIni, DateTimeOffset waktu) =>
        Buat(ArahPelibatanInstansi.Keluar, instansiTujuan, nomorSuratKonsep, hariIni, r, unitPemilikKinerjaId, pejabatBerwenangJabatanId, pimpinanUnitJabatanId, pemohonPegawaiId, pemohon, hariIni, waktu);

    private static Result<PelibatanInstansi> Buat(ArahPelibatanInstansi arah, string instansiLain, string nomorSurat, DateOnly tanggalSurat, RincianPelibatanInstansi r,
        Guid unitId, Guid pyb, Guid puo, Guid olehId, string oleh, DateOnly hariIni, DateTimeOffset waktu)
    {
        var rincian = new RincianPermohonan(Guid.Empty, Guid.Empty, unitId, r.MaksudDanTujuan, r.KompetensiDibutuhkan, r.EkspektasiTargetKinerja,
            r.TanggalMulai, r.TanggalSelesai, r.PenuhWaktu, r.AlokasiPersen, null, false);
        var cek = Result.Periksa(
            new PermohonanPelibatanWajibMemuatEmpatUnsur(JenisPermohonan.PenunjukanLintasUnit, rincian),
            new PeriodePenugasanHarusValid(r.TanggalMulai, r.TanggalSelesai),
            new TanggalMulaiTidakBolehLampau(r.TanggalMulai, hariIni),
            new AlokasiWaktuDalamRentang(r.AlokasiPersen),
            new InstansiLainWajibDisebut(instansiLain, nomorSurat));
        if (cek.Gagal)
        {
            return Result<PelibatanInstansi>.Fail(cek.Errors);
        }

        var p = new PelibatanInstansi(Guid.CreateVersion7(), arah, instansiLain, nomorSurat, tanggalSurat, r, unitId, pyb, puo, olehId, waktu);
        p.riwayat.Add(new RiwayatPelibatanInstansi(p.Tahap, true, arah == ArahPelibatanInstansi.Masuk ? $"Surat permohonan dari {p.InstansiLain} dicatat." : "Surat permohonan pelibatan diajukan.", olehId, oleh, waktu));
        return p;
    }

    /// <summary>The PyB agrees (and sends the letter: Keluar records the outgoing number), or agrees with the answer (Masuk).</summary>
    public Result SetujuiPejabatBerwenang(Guid pegawaiId, string nama, IReadOnlyCollection<Guid> jabatanDipegang, string? nomorSurat, DateOnly? tanggalSurat, string? catatan, DateTimeOffset waktu)
    {
        var cek = Boleh(jabatanDipegang, TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, TahapPelibatanInstansi.PersetujuanJawaban, TahapPelibatanInstansi.PersetujuanPejabatBerwenangPemohon);
        if (cek.Gagal)
        {
            return cek;
        }

        if (Tahap is TahapPelibatanInstansi.PersetujuanJawaban or TahapPelibatanInstansi.PersetujuanPejabatBerwenangPemohon)
        {
            var surat = Result.Periksa(new NomorSuratWajibDiisi(nomorSurat, tanggalSurat));
            if (surat.Gagal)
            {
                return surat;
            }
        }

        var tahap = Tahap;
        switch (Tahap)
        {
            case TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan:
                Tahap = TahapPelibatanInstansi.JawabanKetersediaan;
                break;
            case TahapPelibatanInstansi.PersetujuanJawaban:
                NomorSuratJawaban = nomorSurat!.Trim();
                TanggalSuratJawaban = tanggalSurat;
                Tahap = TahapPelibatanInstansi.PenerbitanSuratTugas;
                break;
            default:
                NomorSuratPermohonan = nomorSurat!.Trim();
                TanggalSuratPermohonan = tanggalSurat!.Value;
                Tahap = TahapPelibatanInstansi.JawabanInstansiTujuan;
                break;
        }

        riwayat.Add(new RiwayatPelibatanInstansi(tahap, true, catatan, pegawaiId, nama, waktu));
        return Result.Ok();
    }

    /// <summary>Refusal at any of our steps, with reasons (§6.6 notes [P]: every branch ends in a written refusal).</summary>
    public Result Tolak(Guid pegawaiId, string nama, IReadOnlyCollection<Guid> jabatanDipegang, string? alasan, DateTimeOffset waktu)
    {
        var cek = Boleh(jabatanDipegang, TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, TahapPelibatanInstansi.JawabanKetersediaan,
            TahapPelibatanInstansi.PersetujuanJawaban, TahapPelibatanInstansi.PersetujuanPejabatBerwenangPemohon);
        if (cek.Gagal)
        {
            return cek;
        }

        var alasanCek = Result.Periksa(new PenolakanWajibDisertaiAlasan(alasan));
        if (alasanCek.Gagal)
        {
            return alasanCek;
        }

        riwayat.Add(new RiwayatPelibatanInstansi(Tahap, false, alasan, pegawaiId, nama, waktu));
        Status = StatusPelibatanInstansi.Ditolak;
        Tahap = TahapPelibatanInstansi.Selesai;
        return Result.Ok();
    }

    /// <summary>
    /// The unit's head answers with the pegawai who are available (Ps 14d, e.1). Each must belong to the unit and be
    /// available (§7.2): a full-time overlap or overload needs a reason.
    /// </summary>
    public Result JawabKetersediaan(Guid pegawaiId, string nama, IReadOnlyCollection<Guid> jabatanDipegang, IReadOnlyDictionary<Guid, Ketersediaan> pegawai,
        IReadOnlyCollection<Guid> pegawaiDiUnit, string? alasanPengecualian, string? catatan, DateTimeOffset waktu)
    {
        var cek = Boleh(jabatanDipegang, TahapPelibatanInstansi.JawabanKetersediaan);
        if (cek.Gagal)
        {
            return cek;
        }

        var aturan = new List<IBusinessRule> { new DaftarPegawaiTidakBolehKosong(pegawai.Count), new PegawaiHarusDariUnitYangDiminta(pegawai.Keys, pegawaiDiUnit) };
        aturan.AddRange(pegawai.Values.Select(k => new PenugasanPenuhWaktuTumpangTindihPerluAlasan(PenuhWaktu, k, alasanPengecualian)));
        aturan.AddRange(pegawai.Values.Select(k => new BebanMelebihiKapasitasPerluAlasan(k, alasanPengecualian)));
        var periksa = Result.Periksa([.. aturan.DistinctBy(a => (a.GetType(), a.Pesan))]);
        if (periksa.Gagal)
        {
            return periksa;
        }

        pegawaiDitugaskan = [.. pegawai.Keys];
        AlasanPengecualianKetersediaan = string.IsNullOrWhiteSpace(alasanPengecualian) ? null : alasanPengecualian.Trim();
        riwayat.Add(new RiwayatPelibatanInstansi(Tahap, true, catatan, pegawaiId, nama, waktu));
        Tahap = TahapPelibatanInstansi.PersetujuanJawaban;
        return Result.Ok();
    }

    /// <summary>The PUO assigns every listed pegawai (the caller issues the Penugasan and Surat Tugas records).</summary>
    public Result<IReadOnlyList<Guid>> Terbitkan(Guid pegawaiId, string nama, IReadOnlyCollection<Guid> jabatanDipegang, DateTimeOffset waktu)
    {
        var cek = Boleh(jabatanDipegang, TahapPelibatanInstansi.PenerbitanSuratTugas);
        if (cek.Gagal)
        {
            return Result<IReadOnlyList<Guid>>.Fail(cek.Errors);
        }

        riwayat.Add(new RiwayatPelibatanInstansi(Tahap, true, $"Surat penugasan diterbitkan untuk {pegawaiDitugaskan.Count} pegawai.", pegawaiId, nama, waktu));
        Tahap = TahapPelibatanInstansi.Selesai;
        Status = StatusPelibatanInstansi.Disetujui;
        return pegawaiDitugaskan;
    }

    /// <summary>Keluar: registers the other instansi's answer: approved with its list of pegawai, or refused with its reasons.</summary>
    public Result CatatJawabanInstansi(Guid pegawaiId, string nama, IReadOnlyCollection<Guid> jabatanDipegang, bool pencatatBerwenang, bool disetujui,
        string? nomorSurat, DateOnly? tanggalSurat, IReadOnlyList<PegawaiInstansiLain> daftar, string? catatan, DateTimeOffset waktu)
    {
        if (Tahap != TahapPelibatanInstansi.JawabanInstansiTujuan || Status != StatusPelibatanInstansi.Diproses)
        {
            return Result.Periksa(new PelibatanInstansiPadaTahap(Tahap, [TahapPelibatanInstansi.JawabanInstansiTujuan]));
        }

        if (!pencatatBerwenang && !jabatanDipegang.Contains(PejabatBerwenangJabatanId) && !jabatanDipegang.Contains(PimpinanUnitJabatanId))
        {
            return Error.Terlarang("Jawaban instansi tujuan dicatat oleh Pejabat yang Berwenang, pimpinan unit pemohon, atau Admin BKPSDM.");
        }

        var cek = Result.Periksa(new NomorSuratWajibDiisi(nomorSurat, tanggalSurat), new DaftarPegawaiTidakBolehKosong(disetujui ? daftar.Count : 1),
            new PenolakanWajibDisertaiAlasan(disetujui ? "-" : catatan));
        if (cek.Gagal)
        {
            return cek;
        }

        NomorSuratJawaban = nomorSurat!.Trim();
        TanggalSuratJawaban = tanggalSurat;
        pegawaiInstansiLain = disetujui ? [.. daftar] : [];
        riwayat.Add(new RiwayatPelibatanInstansi(Tahap, disetujui, catatan, pegawaiId, nama, waktu));
        Tahap = TahapPelibatanInstansi.Selesai;
        Status = disetujui ? StatusPelibatanInstansi.Disetujui : StatusPelibatanInstansi.Ditolak;
        return Result.Ok();
    }

    public bool Melibatkan(Guid pegawaiId, IReadOnlyCollection<Guid> jabatanDipegang) =>
        pegawaiId == DibuatOlehPegawaiId || pegawaiDitugaskan.Contains(pegawaiId)
        || jabatanDipegang.Contains(PejabatBerwenangJabatanId) || jabatanDipegang.Contains(PimpinanUnitJabatanId)
        || riwayat.Any(r => r.OlehPegawaiId == pegawaiId);

    private Result Boleh(IReadOnlyCollection<Guid> jabatanDipegang, params TahapPelibatanInstansi[] tahap)
    {
        var cek = Result.Periksa(new PelibatanInstansiPadaTahap(Status == StatusPelibatanInstansi.Diproses ? Tahap : TahapPelibatanInstansi.Selesai, tahap));
        if (cek.Gagal)
        {
            return cek;
        }

        return JabatanBertindak is { } j && jabatanDipegang.Contains(j)
            ? Result.Ok()
            : Error.Terlarang("Tahap ini menunggu pejabat lain; Anda tidak berwenang memprosesnya.");
    }
}

/// <summary>The requester's part of a lintas instansi letter: the four fields of §7.1 and the period.</summary>
public sealed record RincianPelibatanInstansi(string MaksudDanTujuan, string KompetensiDibutuhkan, string EkspektasiTargetKinerja, DateOnly TanggalMulai,
    DateOnly TanggalSelesai, bool PenuhWaktu, int AlokasiPersen);

public sealed class InstansiLainWajibDisebut(string? instansi, string? nomorSurat) : IBusinessRule
{
    public string Pesan => "Nama instansi lain dan nomor surat wajib diisi.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(instansi) || string.IsNullOrWhiteSpace(nomorSurat);
}

public sealed class NomorSuratWajibDiisi(string? nomor, DateOnly? tanggal) : IBusinessRule
{
    public string Pesan => "Nomor dan tanggal surat wajib diisi.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(nomor) || tanggal is null || tanggal == default(DateOnly);
}

/// <summary>HSU Ps 14e.1: "surat jawaban permohonan pelibatan beserta daftar Pejabat Fungsional dan Pelaksana yang ditugaskan".</summary>
public sealed class DaftarPegawaiTidakBolehKosong(int jumlah) : IBusinessRule
{
    public string Pesan => "Daftar pegawai yang ditugaskan wajib diisi paling sedikit satu orang.";

    public bool Dilanggar() => jumlah < 1;
}

public sealed class PegawaiHarusDariUnitYangDiminta(IEnumerable<Guid> dipilih, IReadOnlyCollection<Guid> diUnit) : IBusinessRule
{
    public string Pesan => "Pegawai yang ditugaskan harus Pejabat Fungsional atau Pelaksana dari unit yang diminta.";

    public bool Dilanggar() => dipilih.Any(p => !diUnit.Contains(p));
}

public sealed class PelibatanInstansiPadaTahap(TahapPelibatanInstansi tahap, IReadOnlyCollection<TahapPelibatanInstansi> boleh) : IBusinessRule
{
    public string Pesan => tahap == TahapPelibatanInstansi.Selesai
        ? "Permohonan ini sudah selesai diproses."
        : "Tindakan ini tidak sesuai dengan tahap permohonan saat ini.";

    public bool Dilanggar() => !boleh.Contains(tahap);
}
