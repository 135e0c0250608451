using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.Penugasan;

/// <summary>The assignment paths of DOMAIN.md §6 that go through approvals.</summary>
public enum JenisPermohonan
{
    /// <summary>WF-3: surat permohonan pelibatan from the PUO pemilik kinerja (lintas unit / lintas Perangkat Daerah).</summary>
    PenunjukanLintasUnit,

    /// <summary>WF-5: a JF/Pelaksana asks to take part in work of their own unit.</summary>
    SukarelaDalamUnit,

    /// <summary>WF-6: a JF/Pelaksana asks to take part in the work of another unit.</summary>
    SukarelaLintasUnit,
}

/// <summary>How far the assignment reaches from the pegawai's own unit.</summary>
public enum CakupanPenugasan
{
    DalamUnit,
    LintasUnit,
    LintasPerangkatDaerah,
}

public enum StatusPermohonan
{
    Diajukan,
    Disetujui,
    Ditolak,
    Ditarik,
}

/// <summary>The kinds of step a request passes (DOMAIN.md §6.5, §6.7, §6.8).</summary>
public enum JenisLangkah
{
    /// <summary>§6.8 step 0: the home side consents/recommends/"mengetahui" before the letter goes out.</summary>
    PersetujuanAwalAsal,

    /// <summary>§6.5 step 2: a recommendation to the official who answers.</summary>
    Rekomendasi,

    /// <summary>The decision of the addressee (approve, or refuse with reasons).</summary>
    Keputusan,

    /// <summary>§6.5 step 4 / §6.8 step 4: the surat penugasan is drafted and signed.</summary>
    PenerbitanSuratTugas,
}

public enum HasilLangkah
{
    Menunggu,
    Disetujui,
    Ditolak,
}

/// <summary>A party that may act on a step: any holder (definitive, Plt, Plh) of one of the positions, or one named pegawai.</summary>
public sealed record PihakLangkah(Guid? JabatanId, Guid? PegawaiId, string Uraian);

/// <summary>One step of a request, planned when it is submitted (so later changes to the peta jabatan do not rewrite it).</summary>
public sealed class LangkahPermohonan
{
    public const int PanjangCatatan = 2000;
    public const int PanjangEskalasiKe = 300;

    private LangkahPermohonan(Guid id, int urutan, JenisLangkah jenis, string judul, Guid? jabatanId, Guid? jabatanLainId, Guid? pegawaiId, string pelaksana)
    {
        Id = id;
        Urutan = urutan;
        Jenis = jenis;
        Judul = judul;
        JabatanId = jabatanId;
        JabatanLainId = jabatanLainId;
        PegawaiId = pegawaiId;
        Pelaksana = pelaksana;
    }

    public Guid Id { get; private set; }

    public Guid PermohonanId { get; private set; }

    public int Urutan { get; private set; }

    public JenisLangkah Jenis { get; private set; }

    /// <summary>"Rekomendasi Pejabat Penilai Kinerja", "Keputusan Pimpinan Unit Organisasi yang dituju"…</summary>
    public string Judul { get; private set; }

    /// <summary>The position whose holder acts.</summary>
    public Guid? JabatanId { get; private set; }

    /// <summary>A second position that may act instead ("Kepala Unit Organisasi dan/atau Pejabat Penilai Kinerja").</summary>
    public Guid? JabatanLainId { get; private set; }

    /// <summary>A named pegawai who acts (the assignee drafting the surat penugasan, HSU).</summary>
    public Guid? PegawaiId { get; private set; }

    /// <summary>Who is expected to act, as text at planning time.</summary>
    public string Pelaksana { get; private set; }

    public HasilLangkah Hasil { get; private set; }

    public string? Catatan { get; private set; }

    public Guid? DilakukanOlehPegawaiId { get; private set; }

    public string? DilakukanOleh { get; private set; }

    public DateTimeOffset? DilakukanPada { get; private set; }

    /// <summary>When the officials of this step were reminded that it waits (once per step).</summary>
    public DateTimeOffset? DiingatkanPada { get; private set; }

    /// <summary>When the wait was escalated to the superior of the step's official (once per step).</summary>
    public DateTimeOffset? DieskalasiPada { get; private set; }

    /// <summary>The superior's position the wait was escalated to; null when escalated with nobody above.</summary>
    public Guid? EskalasiKeJabatanId { get; private set; }

    /// <summary>Who the wait was escalated to, as text ("Kepala Dinas … (Nama)"), for the history.</summary>
    public string? EskalasiKe { get; private set; }

    internal static LangkahPermohonan Rencanakan(int urutan, JenisLangkah jenis, string judul, PihakLangkah pihak, PihakLangkah? pihakLain = null) =>
        new(Guid.CreateVersion7(), urutan, jenis, judul, pihak.JabatanId, pihakLain?.JabatanId, pihak.PegawaiId,
            pihakLain is null ? pihak.Uraian : $"{pihak.Uraian} atau {pihakLain.Uraian}");

    /// <summary>Merges the next step for the same position into this one; a merged decision stays a decision (so V-PER-06 runs).</summary>
    internal void Gabungkan(JenisLangkah jenis, string judul)
    {
        Judul = $"{Judul}, dan {char.ToLowerInvariant(judul[0])}{judul[1..]}";
        if (jenis == JenisLangkah.Keputusan)
        {
            Jenis = JenisLangkah.Keputusan;
        }
    }

    /// <summary>May a user who holds <paramref name="jabatanDipegang"/> (and is <paramref name="pegawaiId"/>) act here?</summary>
    public bool DapatDilakukanOleh(Guid pegawaiId, IReadOnlyCollection<Guid> jabatanDipegang) =>
        (PegawaiId is { } p && p == pegawaiId)
        || (JabatanId is { } j && jabatanDipegang.Contains(j))
        || (JabatanLainId is { } k && jabatanDipegang.Contains(k));

    internal void Ingatkan(DateTimeOffset waktu) => DiingatkanPada ??= waktu;

    internal void Eskalasikan(PihakLangkah? atasan, DateTimeOffset waktu)
    {
        DieskalasiPada = waktu;
        EskalasiKeJabatanId = atasan?.JabatanId;
        EskalasiKe = atasan is null ? "tidak ada atasan dalam struktur" : Potong(atasan.Uraian, PanjangEskalasiKe);
    }

    private static string Potong(string s, int n) => s.Length > n ? s[..n] : s;

    internal void Catat(HasilLangkah hasil, string? catatan, Guid pegawaiId, string nama, DateTimeOffset waktu)
    {
        Hasil = hasil;
        Catatan = string.IsNullOrWhiteSpace(catatan) ? null : catatan.Trim();
        DilakukanOlehPegawaiId = pegawaiId;
        DilakukanOleh = nama;
        DilakukanPada = waktu;
    }
}

/// <summary>A copy of the request to an official the regulation names (tembusan), resolved when it is submitted.</summary>
public sealed record TembusanPermohonan(Guid JabatanId, string Jabatan, Guid? PegawaiId, string? Nama);

/// <summary>
/// The approver's view of the pegawai's other assignments in the requested period (DOMAIN.md §7.2, V-PER-06),
/// computed by the caller from the Penugasan table.
/// </summary>
public sealed record Ketersediaan(bool AdaPenuhWaktuTumpangTindih, int JumlahTumpangTindih, int BebanPersen)
{
    public const int BebanPokokPersen = 80;

    public bool MelebihiKapasitas => BebanPersen > 100;
}

/// <summary>The approver's attestation of the three MUBA checks (Lampiran B.2.b) and any override reason.</summary>
public sealed record PernyataanKetersediaan(bool WaktuDiluarBebanKerja, bool WaktuDiluarPenugasanLain, bool KompetensiRelevan, string? AlasanPengecualian);

/// <summary>
/// A request for an assignment that needs approvals: a surat permohonan pelibatan (WF-3) or a pengajuan sukarela
/// (WF-5, WF-6). Its steps are planned from the region's policy when it is submitted (<see cref="PerencanaAlur"/>);
/// each step is acted on in order by the official (or Plt/Plh) holding the planned position. A refusal ends it with
/// written reasons; the last approval ends it as Disetujui and the caller issues the Surat Tugas and the Penugasan.
/// </summary>
public sealed class Permohonan : AggregateRoot
{
    public const int PanjangTeks = 2000;
    public const int PanjangNamaTim = 200;

    private readonly List<LangkahPermohonan> langkah = [];
    private readonly List<TembusanPermohonan> tembusan = [];

    /// <summary>For EF Core materialisation only.</summary>
    private Permohonan()
        : base(Guid.Empty)
    {
        MaksudDanTujuan = KompetensiDibutuhkan = EkspektasiTargetKinerja = Pemohon = null!;
    }

    private Permohonan(Guid id, JenisPermohonan jenis, CakupanPenugasan cakupan, RincianPermohonan r, Guid pemohonPegawaiId, string pemohon, DateTimeOffset diajukanPada)
        : base(id)
    {
        Jenis = jenis;
        Cakupan = cakupan;
        PegawaiId = r.PegawaiId;
        JabatanPegawaiId = r.JabatanPegawaiId;
        UnitPemilikKinerjaId = r.UnitPemilikKinerjaId;
        MaksudDanTujuan = r.MaksudDanTujuan.Trim();
        KompetensiDibutuhkan = r.KompetensiDibutuhkan.Trim();
        EkspektasiTargetKinerja = r.EkspektasiTargetKinerja.Trim();
        TanggalMulai = r.TanggalMulai;
        TanggalSelesai = r.TanggalSelesai;
        PenuhWaktu = r.PenuhWaktu;
        AlokasiPersen = r.AlokasiPersen;
        NamaTimKerja = string.IsNullOrWhiteSpace(r.NamaTimKerja) ? null : r.NamaTimKerja.Trim();
        Lisan = r.Lisan;
        PemohonPegawaiId = pemohonPegawaiId;
        Pemohon = pemohon;
        DiajukanPada = diajukanPada;
        Status = StatusPermohonan.Diajukan;
    }

    public JenisPermohonan Jenis { get; private set; }

    public CakupanPenugasan Cakupan { get; private set; }

    /// <summary>The JF/Pelaksana to be assigned.</summary>
    public Guid PegawaiId { get; private set; }

    /// <summary>Their position when the request was made.</summary>
    public Guid JabatanPegawaiId { get; private set; }

    /// <summary>The unit whose performance the work serves (the pemilik kinerja).</summary>
    public Guid UnitPemilikKinerjaId { get; private set; }

    public string MaksudDanTujuan { get; private set; }

    public string KompetensiDibutuhkan { get; private set; }

    public string EkspektasiTargetKinerja { get; private set; }

    public DateOnly TanggalMulai { get; private set; }

    public DateOnly TanggalSelesai { get; private set; }

    /// <summary>A full-time secondment: no other full-time duty may overlap it (§7.2).</summary>
    public bool PenuhWaktu { get; private set; }

    /// <summary>Share of working time the assignment takes, 1–100.</summary>
    public int AlokasiPersen { get; private set; }

    /// <summary>The team the pegawai asks to join (TRK/SBS sukarela lintas is only as a team member).</summary>
    public string? NamaTimKerja { get; private set; }

    /// <summary>The request was made orally and recorded (DOMAIN.md §6.7 "Catat permohonan lisan").</summary>
    public bool Lisan { get; private set; }

    public Guid PemohonPegawaiId { get; private set; }

    public string Pemohon { get; private set; }

    public DateTimeOffset DiajukanPada { get; private set; }

    public StatusPermohonan Status { get; private set; }

    /// <summary>The step waiting for action (index into <see cref="Langkah"/>), while <see cref="StatusPermohonan.Diajukan"/>.</summary>
    public int LangkahAktif { get; private set; }

    public DateTimeOffset? SelesaiPada { get; private set; }

    /// <summary>The reason given when an approver overrode an availability warning (kept with the decision).</summary>
    public string? AlasanPengecualianKetersediaan { get; private set; }

    /// <summary>The steps in their planned order (the database does not keep list order).</summary>
    public IReadOnlyList<LangkahPermohonan> Langkah => [.. langkah.OrderBy(l => l.Urutan)];

    public IReadOnlyList<TembusanPermohonan> Tembusan => tembusan;

    /// <summary>
    /// The copies printed on the Surat Tugas: every tembusan of the request except the signer's own position. A plan may name
    /// the official who ends up signing (INHIL Lampiran C.1.c.5.c copies "the PUO concerned", who also signs); a copy to
    /// oneself is no copy.
    /// </summary>
    public IReadOnlyList<string> TembusanSuratTugas(Guid penandatanganJabatanId) =>
        [.. tembusan.Where(t => t.JabatanId != penandatanganJabatanId).Select(t => t.Jabatan)];

    public LangkahPermohonan? LangkahMenunggu => Status == StatusPermohonan.Diajukan ? langkah.Single(l => l.Urutan == LangkahAktif) : null;

    /// <summary>Since when the waiting step waits: the previous step's action, or the submission for the first step.</summary>
    public DateTimeOffset? MenungguSejak => Status != StatusPermohonan.Diajukan
        ? null
        : langkah.Where(l => l.Urutan < LangkahAktif).Select(l => l.DilakukanPada).Max() ?? DiajukanPada;

    /// <summary>Records that the officials of the waiting step were reminded (DOMAIN.md §15 Q-2). Never decides anything.</summary>
    public Result Ingatkan(DateTimeOffset waktu)
    {
        var cek = Result.Periksa(new PermohonanMasihDiproses(Status));
        if (cek.Gagal)
        {
            return cek;
        }

        LangkahMenunggu!.Ingatkan(waktu);
        return Result.Ok();
    }

    /// <summary>
    /// Records that the wait of the step was escalated to the superior of its official (<paramref name="atasan"/>, or
    /// nobody when the structure has no one above). The superior may then see the request; the step still belongs to
    /// its official (the regulations give no one else the decision).
    /// </summary>
    public Result Eskalasikan(PihakLangkah? atasan, DateTimeOffset waktu)
    {
        var cek = Result.Periksa(new PermohonanMasihDiproses(Status), new EskalasiSetelahPengingat(LangkahMenunggu));
        if (cek.Gagal)
        {
            return cek;
        }

        LangkahMenunggu!.Eskalasikan(atasan, waktu);
        return Result.Ok();
    }

    /// <summary>Submits a request with its planned steps and copies. The rules on its content are checked here.</summary>
    public static Result<Permohonan> Ajukan(JenisPermohonan jenis, CakupanPenugasan cakupan, RincianPermohonan rincian, Guid pemohonPegawaiId, string pemohon,
        RencanaAlur rencana, KebijakanPenugasan kebijakan, DateOnly hariIni, DateTimeOffset waktu)
    {
        var cek = Result.Periksa(
            new PermohonanPelibatanWajibMemuatEmpatUnsur(jenis, rincian),
            new PeriodePenugasanHarusValid(rincian.TanggalMulai, rincian.TanggalSelesai),
            new TanggalMulaiTidakBolehLampau(rincian.TanggalMulai, hariIni),
            new AlokasiWaktuDalamRentang(rincian.AlokasiPersen),
            new SukarelaLintasHanyaSebagaiAnggotaTim(jenis, kebijakan, rincian.NamaTimKerja),
            new SukarelaTidakMelampauiCakupan(jenis, cakupan, kebijakan),
            new PermohonanHarusMemilikiLangkah(rencana));
        if (cek.Gagal)
        {
            return Result<Permohonan>.Fail(cek.Errors);
        }

        var p = new Permohonan(Guid.CreateVersion7(), jenis, cakupan, rincian, pemohonPegawaiId, pemohon, waktu);
        p.langkah.AddRange(rencana.Langkah);
        p.tembusan.AddRange(rencana.Tembusan);
        return p;
    }

    /// <summary>
    /// The official of the waiting step approves (recommends, consents, decides, signs). The decision step carries
    /// the availability check (V-PER-06). Returns true when this was the last step: the request is approved.
    /// </summary>
    public Result<bool> Setujui(Guid pegawaiId, string nama, IReadOnlyCollection<Guid> jabatanDipegang, string? catatan,
        Ketersediaan? ketersediaan, PernyataanKetersediaan? pernyataan, KebijakanPenugasan kebijakan, DateTimeOffset waktu)
    {
        var aktif = LangkahMenunggu;
        var cek = Result.Periksa(new PermohonanMasihDiproses(Status));
        if (cek.Gagal)
        {
            return Result<bool>.Fail(cek.Errors);
        }

        if (!aktif!.DapatDilakukanOleh(pegawaiId, jabatanDipegang))
        {
            return Error.Terlarang($"Langkah ini menunggu {aktif.Pelaksana}; Anda tidak berwenang memprosesnya.");
        }

        var sendiri = Result.Periksa(new TidakMemutuskanPermohonanSendiri(this, aktif, pegawaiId));
        if (sendiri.Gagal)
        {
            return Result<bool>.Fail(sendiri.Errors);
        }

        if (aktif.Jenis == JenisLangkah.Keputusan)
        {
            // The attestations are required whatever the caller computed; the overlap rules need the picture.
            var alasan = pernyataan?.AlasanPengecualian;
            var tanpaGambaran = new Ketersediaan(false, 0, 0);
            var periksa = Result.Periksa(
                new PemeriksaanKetersediaanWajibDinyatakan(kebijakan.PemeriksaanKetersediaan, pernyataan),
                new PenugasanPenuhWaktuTumpangTindihPerluAlasan(PenuhWaktu, ketersediaan ?? tanpaGambaran, alasan),
                new BebanMelebihiKapasitasPerluAlasan(ketersediaan ?? tanpaGambaran, alasan));
            if (periksa.Gagal)
            {
                return Result<bool>.Fail(periksa.Errors);
            }

            AlasanPengecualianKetersediaan = string.IsNullOrWhiteSpace(alasan) ? null : alasan.Trim();
        }

        aktif.Catat(HasilLangkah.Disetujui, catatan, pegawaiId, nama, waktu);
        if (LangkahAktif + 1 < langkah.Count)
        {
            LangkahAktif++;
            return false;
        }

        Status = StatusPermohonan.Disetujui;
        SelesaiPada = waktu;
        return true;
    }

    /// <summary>The official of the waiting step refuses, with written reasons (V-PER-05; HSU Ps 13d, Lampiran II.B.2e).</summary>
    public Result Tolak(Guid pegawaiId, string nama, IReadOnlyCollection<Guid> jabatanDipegang, string? alasan, DateTimeOffset waktu)
    {
        var masih = Result.Periksa(new PermohonanMasihDiproses(Status));
        if (masih.Gagal)
        {
            return masih;
        }

        var aktif = LangkahMenunggu!;
        if (!aktif.DapatDilakukanOleh(pegawaiId, jabatanDipegang))
        {
            return Error.Terlarang($"Langkah ini menunggu {aktif.Pelaksana}; Anda tidak berwenang memprosesnya.");
        }

        var cek = Result.Periksa(new PegawaiTidakDapatMenolakPenugasan(aktif), new PenolakanWajibDisertaiAlasan(alasan));
        if (cek.Gagal)
        {
            return cek;
        }

        aktif.Catat(HasilLangkah.Ditolak, alasan, pegawaiId, nama, waktu);
        Status = StatusPermohonan.Ditolak;
        SelesaiPada = waktu;
        return Result.Ok();
    }

    /// <summary>The requester withdraws a request still in process ([P] DOMAIN.md §6.5 "Ditarik").</summary>
    public Result Tarik(Guid pegawaiId, DateTimeOffset waktu)
    {
        var cek = Result.Periksa(new PermohonanMasihDiproses(Status));
        if (cek.Gagal)
        {
            return cek;
        }

        if (pegawaiId != PemohonPegawaiId)
        {
            return Error.Terlarang("Hanya pemohon yang dapat menarik permohonan.");
        }

        Status = StatusPermohonan.Ditarik;
        SelesaiPada = waktu;
        return Result.Ok();
    }

    /// <summary>Is this pegawai involved (and so allowed to see it): requester, assignee, a copy, or an actor of a step?</summary>
    public bool Melibatkan(Guid pegawaiId, IReadOnlyCollection<Guid> jabatanDipegang) =>
        pegawaiId == PemohonPegawaiId || pegawaiId == PegawaiId
        || tembusan.Any(t => t.PegawaiId == pegawaiId || jabatanDipegang.Contains(t.JabatanId))
        || langkah.Any(l => l.DapatDilakukanOleh(pegawaiId, jabatanDipegang) || l.DilakukanOlehPegawaiId == pegawaiId
            || (l.EskalasiKeJabatanId is { } atasan && jabatanDipegang.Contains(atasan)));
}

/// <summary>What the requester writes (the four mandatory fields of §7.1 and the period).</summary>
public sealed record RincianPermohonan(
    Guid PegawaiId,
    Guid JabatanPegawaiId,
    Guid UnitPemilikKinerjaId,
    string MaksudDanTujuan,
    string KompetensiDibutuhkan,
    string EkspektasiTargetKinerja,
    DateOnly TanggalMulai,
    DateOnly TanggalSelesai,
    bool PenuhWaktu,
    int AlokasiPersen,
    string? NamaTimKerja,
    bool Lisan);

/// <summary>V-PER-01 (DOMAIN.md §7.1): HSU Ps 17, MUBA Ps 11(1)a, TRK Lampiran B.1.c, INHIL Lampiran C.1.c.5.e, SBS Ps 12(4).</summary>
public sealed class PermohonanPelibatanWajibMemuatEmpatUnsur(JenisPermohonan jenis, RincianPermohonan r) : IBusinessRule
{
    public string Pesan => "Surat permohonan pelibatan wajib memuat maksud dan tujuan, kompetensi yang dibutuhkan, ekspektasi/target kinerja, dan durasi pelibatan.";

    public bool Dilanggar() => jenis != JenisPermohonan.SukarelaDalamUnit
        && (string.IsNullOrWhiteSpace(r.MaksudDanTujuan) || string.IsNullOrWhiteSpace(r.KompetensiDibutuhkan)
            || string.IsNullOrWhiteSpace(r.EkspektasiTargetKinerja) || r.TanggalMulai == default || r.TanggalSelesai == default);
}

/// <summary>V-PEN-02 / V-PER-02: every penugasan is for "periode waktu tertentu" (Pasal 1 of every seed).</summary>
public sealed class PeriodePenugasanHarusValid(DateOnly mulai, DateOnly selesai) : IBusinessRule
{
    public string Pesan => "Periode penugasan wajib diisi; tanggal selesai tidak boleh sebelum tanggal mulai.";

    public bool Dilanggar() => mulai == default || selesai == default || selesai < mulai;
}

/// <summary>V-PER-02 [P]: the start is not before the day the request is submitted.</summary>
public sealed class TanggalMulaiTidakBolehLampau(DateOnly mulai, DateOnly hariIni) : IBusinessRule
{
    public string Pesan => "Tanggal mulai penugasan tidak boleh sebelum tanggal permohonan diajukan.";

    public bool Dilanggar() => mulai != default && mulai < hariIni;
}

public sealed class AlokasiWaktuDalamRentang(int persen) : IBusinessRule
{
    public string Pesan => "Alokasi waktu harus antara 1 dan 100 persen dari jam kerja.";

    public bool Dilanggar() => persen is < 1 or > 100;
}

/// <summary>V-SUK-03: TRK Ps 14(3)a "sebagai anggota Tim Kerja"; SBS Lampiran II format 1.</summary>
public sealed class SukarelaLintasHanyaSebagaiAnggotaTim(JenisPermohonan jenis, KebijakanPenugasan kebijakan, string? namaTim) : IBusinessRule
{
    public string Pesan => "Pengajuan sukarela lintas unit organisasi hanya untuk menjadi anggota Tim Kerja; sebutkan Tim Kerja yang dituju.";

    public bool Dilanggar() => jenis == JenisPermohonan.SukarelaLintasUnit && kebijakan.SukarelaLintasHanyaSebagaiAnggotaTim && string.IsNullOrWhiteSpace(namaTim);
}

/// <summary>V-SUK-02 (G15): INHIL Lampiran C.2 limits sukarela to the Perangkat Daerah; HSU/TRK to the Pemerintah Daerah.</summary>
public sealed class SukarelaTidakMelampauiCakupan(JenisPermohonan jenis, CakupanPenugasan cakupan, KebijakanPenugasan kebijakan) : IBusinessRule
{
    public string Pesan => kebijakan.CakupanSukarelaMaksimal == CakupanSukarelaMaksimal.PerangkatDaerah
        ? "Pengajuan sukarela hanya dapat dilakukan di dalam unit organisasi dan lintas unit organisasi di dalam Perangkat Daerah bersangkutan."
        : "Pengajuan sukarela hanya dapat dilakukan di dalam Pemerintah Daerah bersangkutan.";

    public bool Dilanggar() => jenis != JenisPermohonan.PenunjukanLintasUnit
        && cakupan == CakupanPenugasan.LintasPerangkatDaerah
        && kebijakan.CakupanSukarelaMaksimal == CakupanSukarelaMaksimal.PerangkatDaerah;
}

/// <summary>V-PEN-04: a request needs resolvable officials to act on it.</summary>
public sealed class PermohonanHarusMemilikiLangkah(RencanaAlur rencana) : IBusinessRule
{
    public string Pesan => rencana.Kendala ?? "Pejabat yang memproses permohonan tidak dapat ditentukan.";

    public bool Dilanggar() => rencana.Langkah.Count == 0 || rencana.Kendala is not null;
}

public sealed class PermohonanMasihDiproses(StatusPermohonan status) : IBusinessRule
{
    public string Pesan => $"Permohonan sudah {status.ToString().ToLowerInvariant()} dan tidak dapat diproses lagi.";

    public bool Dilanggar() => status != StatusPermohonan.Diajukan;
}

/// <summary>
/// G13 (DOMAIN.md §6.1): "menerima surat penugasan untuk dilaksanakan dengan penuh tanggung jawab"; no seed lets the
/// assignee refuse. At the step where the pegawai drafts the surat penugasan (HSU Ps 13c) they can only go on.
/// </summary>
public sealed class PegawaiTidakDapatMenolakPenugasan(LangkahPermohonan langkah) : IBusinessRule
{
    public string Pesan => "Pegawai yang ditugaskan tidak dapat menolak penugasan; susun surat penugasan sesuai kriteria permohonan.";

    public bool Dilanggar() => langkah.PegawaiId is not null;
}

/// <summary>
/// Nobody decides on their own assignment: the assignee (e.g. as Plh of their own head) may not approve a step other
/// than their own drafting step, and the requester may not take the addressee's decision on their own request.
/// </summary>
public sealed class TidakMemutuskanPermohonanSendiri(Permohonan p, LangkahPermohonan langkah, Guid pegawaiId) : IBusinessRule
{
    public string Pesan => "Anda tidak dapat memutuskan permohonan yang menyangkut diri Anda sendiri; langkah ini harus diproses pejabat lain (atau Plt/Plh-nya).";

    public bool Dilanggar() =>
        (langkah.PegawaiId is null && pegawaiId == p.PegawaiId)
        || (langkah.Jenis == JenisLangkah.Keputusan && pegawaiId == p.PemohonPegawaiId);
}

/// <summary>A wait is escalated only after its officials were reminded, and once (DOMAIN.md §15 Q-2 [P]).</summary>
public sealed class EskalasiSetelahPengingat(LangkahPermohonan? langkah) : IBusinessRule
{
    public string Pesan => "Permohonan hanya dapat dieskalasi sekali, setelah pejabatnya diingatkan.";

    public bool Dilanggar() => langkah is null || langkah.DiingatkanPada is null || langkah.DieskalasiPada is not null;
}

/// <summary>V-PER-05: HSU Ps 13d "dengan alasan mengapa tidak dapat menyetujui permohonan"; Lampiran II.B.2e.</summary>
public sealed class PenolakanWajibDisertaiAlasan(string? alasan) : IBusinessRule
{
    public string Pesan => "Penolakan wajib disertai alasan.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(alasan);
}

/// <summary>V-PER-06, MUBA `001_75f6c752ea8be86f.txt` Lampiran B.2.b: the approver must ensure all three.</summary>
public sealed class PemeriksaanKetersediaanWajibDinyatakan(PemeriksaanKetersediaan aturan, PernyataanKetersediaan? pernyataan) : IBusinessRule
{
    public string Pesan => "Pimpinan Unit Organisasi harus memastikan ketersediaan waktu di luar beban kerja, di luar penugasan lain, dan relevansi kompetensi pegawai sebelum menyetujui.";

    public bool Dilanggar() => aturan == PemeriksaanKetersediaan.Wajib
        && (pernyataan is null || !pernyataan.WaktuDiluarBebanKerja || !pernyataan.WaktuDiluarPenugasanLain || !pernyataan.KompetensiRelevan);
}

/// <summary>V-PER-06 [P]: a full-time assignment may not overlap another full-time one unless the approver says why.</summary>
public sealed class PenugasanPenuhWaktuTumpangTindihPerluAlasan(bool penuhWaktu, Ketersediaan k, string? alasan) : IBusinessRule
{
    public string Pesan => "Pegawai sedang menjalani penugasan penuh waktu pada periode yang sama. Tolak permohonan, atau setujui dengan alasan pengecualian.";

    public bool Dilanggar() => (k.AdaPenuhWaktuTumpangTindih || (penuhWaktu && k.JumlahTumpangTindih > 0)) && string.IsNullOrWhiteSpace(alasan);
}

/// <summary>V-PER-06 [P]: beban kerja pokok plus overlapping allocations above 100 % needs a reason.</summary>
public sealed class BebanMelebihiKapasitasPerluAlasan(Ketersediaan k, string? alasan) : IBusinessRule
{
    public string Pesan => $"Beban kerja pegawai pada periode tersebut menjadi {k.BebanPersen}% (di atas 100%). Setujui hanya dengan alasan pengecualian.";

    public bool Dilanggar() => k.MelebihiKapasitas && string.IsNullOrWhiteSpace(alasan);
}
