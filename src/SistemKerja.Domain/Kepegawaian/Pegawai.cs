using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Domain.Kepegawaian;

/// <summary>An ASN (PNS or PPPK) of the Pemerintah Daerah, with the history of the positions they held.</summary>
public sealed class Pegawai : AggregateRoot
{
    public const int PanjangNama = 150;
    public const int PanjangGelar = 50;
    public const int PanjangEmail = 200;

    private readonly List<PemangkuJabatan> riwayatJabatan = [];

    private Pegawai(Guid id, Guid pemerintahDaerahId, string nip, StatusKepegawaian status, string nama, string gelarDepan, string gelarBelakang,
        DateOnly tanggalLahir, JenisKelamin jenisKelamin, GolonganRuang? golonganRuang, GolonganPppk? golonganPppk, Pendidikan pendidikan, string? email)
        : base(id)
    {
        PemerintahDaerahId = pemerintahDaerahId;
        Nip = nip;
        Status = status;
        Nama = nama;
        GelarDepan = gelarDepan;
        GelarBelakang = gelarBelakang;
        TanggalLahir = tanggalLahir;
        JenisKelamin = jenisKelamin;
        GolonganRuang = golonganRuang;
        GolonganPppk = golonganPppk;
        Pendidikan = pendidikan;
        Email = email;
    }

    public Guid PemerintahDaerahId { get; private set; }

    /// <summary>18 digits, unformatted; unique in the region.</summary>
    public string Nip { get; private set; }

    public StatusKepegawaian Status { get; private set; }

    public string Nama { get; private set; }

    public string GelarDepan { get; private set; }

    public string GelarBelakang { get; private set; }

    /// <summary>Taken from the NIP.</summary>
    public DateOnly TanggalLahir { get; private set; }

    /// <summary>Taken from the NIP.</summary>
    public JenisKelamin JenisKelamin { get; private set; }

    /// <summary>PNS only.</summary>
    public GolonganRuang? GolonganRuang { get; private set; }

    /// <summary>PPPK only.</summary>
    public GolonganPppk? GolonganPppk { get; private set; }

    public Pendidikan Pendidikan { get; private set; }

    public string? Email { get; private set; }

    public IReadOnlyList<PemangkuJabatan> RiwayatJabatan => riwayatJabatan;

    /// <summary>"Dr. Siti Aminah, S.E., M.Si."</summary>
    public string NamaLengkap => FormatNama(GelarDepan, Nama, GelarBelakang);

    public static string FormatNama(string gelarDepan, string nama, string gelarBelakang) =>
        $"{(gelarDepan.Length > 0 ? gelarDepan + " " : "")}{nama}{(gelarBelakang.Length > 0 ? ", " + gelarBelakang : "")}";

    public static Result<Pegawai> Daftarkan(Guid pemerintahDaerahId, Nip nip, StatusKepegawaian status, string nama, string? gelarDepan, string? gelarBelakang,
        GolonganRuang? golonganRuang, GolonganPppk? golonganPppk, Pendidikan pendidikan, string? email)
    {
        var cek = Result.Periksa(
            new NipHarusSesuaiStatusKepegawaian(nip, status),
            new GolonganHarusSesuaiStatusKepegawaian(status, golonganRuang, golonganPppk));
        if (cek.Gagal)
        {
            return Result<Pegawai>.Fail(cek.Errors);
        }

        return new Pegawai(Guid.CreateVersion7(), pemerintahDaerahId, nip.Nilai, status, nama.Trim(), gelarDepan?.Trim() ?? "", gelarBelakang?.Trim() ?? "",
            nip.TanggalLahir, nip.JenisKelamin, golonganRuang, golonganPppk, pendidikan, string.IsNullOrWhiteSpace(email) ? null : email.Trim());
    }

    /// <summary>The definitive position held on <paramref name="tanggal"/>, if any.</summary>
    public PemangkuJabatan? JabatanDefinitifPada(DateOnly tanggal) =>
        riwayatJabatan.FirstOrDefault(p => p.Jenis == JenisPemangkuan.Definitif && p.AktifPada(tanggal));

    /// <summary>
    /// Places this pegawai in a position from <paramref name="tmt"/>. A pegawai holds at most one definitive position at a
    /// time; with <paramref name="akhiriJabatanSebelumnya"/> the current one ends the day before (a mutasi).
    /// </summary>
    /// <param name="pemangkuAktifJabatan">The holdings of <paramref name="jabatan"/> still open (or ending on/after the TMT), loaded by the caller.</param>
    /// <param name="tanggalSelesai">
    /// For a Plt/Plh: the last day of the appointment as the appointing letter sets it (a Plh covering a leave); the
    /// holding ends by itself after that day. Null: until ended.
    /// </param>
    public Result<PemangkuJabatan> TetapkanPadaJabatan(Jabatan jabatan, JenisPemangkuan jenis, DateOnly tmt, string nomorSk,
        IReadOnlyCollection<PemangkuJabatan> pemangkuAktifJabatan, bool akhiriJabatanSebelumnya, DateOnly? tanggalSelesai = null)
    {
        var definitifSaatIni = riwayatJabatan.FirstOrDefault(p => p.Jenis == JenisPemangkuan.Definitif && p.TanggalSelesai is null);
        var cek = Result.Periksa(
            new JabatanSamaTidakDapatDitetapkanDuaKali(this, jabatan, tmt, tanggalSelesai),
            new JabatanHanyaDapatDipangkuSatuPegawaiPerJenis(jabatan, jenis, pemangkuAktifJabatan, tmt, tanggalSelesai),
            new PegawaiHanyaMemangkuSatuJabatanDefinitif(jenis, definitifSaatIni, akhiriJabatanSebelumnya),
            new PltPlhHanyaUntukJabatanPimpinan(jabatan, jenis),
            new MasaPltPlhHarusValid(jenis, tmt, tanggalSelesai),
            new TmtTidakBolehSebelumJabatanSebelumnya(jenis, riwayatJabatan, tmt));
        if (cek.Gagal)
        {
            return Result<PemangkuJabatan>.Fail(cek.Errors);
        }

        if (jenis == JenisPemangkuan.Definitif && definitifSaatIni is not null)
        {
            definitifSaatIni.Akhiri(tmt.AddDays(-1));
        }

        var pemangku = new PemangkuJabatan(Guid.CreateVersion7(), Id, jabatan.Id, jenis, tmt, nomorSk.Trim());
        if (tanggalSelesai is { } selesai)
        {
            pemangku.Akhiri(selesai);
        }

        riwayatJabatan.Add(pemangku);
        return pemangku;
    }

    /// <summary>Ends an open holding (pensiun, pemberhentian, end of a Plt), or ends a Plt/Plh earlier than its letter said.</summary>
    public Result AkhiriJabatan(Guid pemangkuJabatanId, DateOnly tanggalSelesai)
    {
        var pemangku = riwayatJabatan.FirstOrDefault(p => p.Id == pemangkuJabatanId && (p.TanggalSelesai is null || tanggalSelesai < p.TanggalSelesai));
        if (pemangku is null)
        {
            return Error.TidakDitemukan("Jabatan aktif pegawai");
        }

        if (tanggalSelesai < pemangku.Tmt)
        {
            return new Error("TanggalSelesaiSebelumTmt", "Tanggal selesai tidak boleh sebelum TMT jabatan.", ErrorKind.Validasi, "TanggalSelesai");
        }

        pemangku.Akhiri(tanggalSelesai);
        return Result.Ok();
    }
}

public enum JenisPemangkuan
{
    Definitif,

    /// <summary>Pelaksana Tugas: covers a vacant or long-absent head (DOMAIN.md §15).</summary>
    Plt,

    /// <summary>Pelaksana Harian: covers a head absent for a short time.</summary>
    Plh,
}

public static class JenisPemangkuanExtensions
{
    /// <summary>What an acting official writes before the position they sign in: "Plt." / "Plh."; nothing for the definitive holder.</summary>
    public static string? Sebutan(this JenisPemangkuan jenis) => jenis switch
    {
        JenisPemangkuan.Plt => "Plt.",
        JenisPemangkuan.Plh => "Plh.",
        _ => null,
    };

    /// <summary>The position as signed: "Plt. Kepala Dinas …".</summary>
    public static string Jabatan(this JenisPemangkuan jenis, string namaJabatan) => jenis.Sebutan() is { } s ? $"{s} {namaJabatan}" : namaJabatan;
}

/// <summary>One period during which a pegawai held a position. Kept as history; never deleted.</summary>
public sealed class PemangkuJabatan
{
    public const int PanjangNomorSk = 100;

    internal PemangkuJabatan(Guid id, Guid pegawaiId, Guid jabatanId, JenisPemangkuan jenis, DateOnly tmt, string nomorSk)
    {
        Id = id;
        PegawaiId = pegawaiId;
        JabatanId = jabatanId;
        Jenis = jenis;
        Tmt = tmt;
        NomorSk = nomorSk;
    }

    public Guid Id { get; private set; }

    public Guid PegawaiId { get; private set; }

    public Guid JabatanId { get; private set; }

    public JenisPemangkuan Jenis { get; private set; }

    /// <summary>Terhitung mulai tanggal.</summary>
    public DateOnly Tmt { get; private set; }

    /// <summary>Last day held; null while still held.</summary>
    public DateOnly? TanggalSelesai { get; private set; }

    public string NomorSk { get; private set; }

    public bool AktifPada(DateOnly tanggal) => Tmt <= tanggal && (TanggalSelesai is null || tanggal <= TanggalSelesai);

    /// <summary>Does this holding share a day with the period from <paramref name="mulai"/> to <paramref name="selesai"/> (open when null)?</summary>
    public bool TumpangTindih(DateOnly mulai, DateOnly? selesai) => (TanggalSelesai is null || mulai <= TanggalSelesai) && (selesai is null || Tmt <= selesai);

    internal void Akhiri(DateOnly tanggal) => TanggalSelesai = tanggal;
}

public sealed class GolonganHarusSesuaiStatusKepegawaian(StatusKepegawaian status, GolonganRuang? golonganRuang, GolonganPppk? golonganPppk) : IBusinessRule
{
    public string Pesan => status == StatusKepegawaian.Pns
        ? "PNS wajib memiliki golongan ruang (I/a–IV/e) dan tidak memiliki golongan PPPK."
        : "PPPK wajib memiliki golongan PPPK (I–XVII) dan tidak memiliki golongan ruang PNS.";

    public bool Dilanggar() => status == StatusKepegawaian.Pns
        ? golonganRuang is null || golonganPppk is not null
        : golonganPppk is null || golonganRuang is not null;
}

/// <summary>A pegawai holds at most one definitive position (DOMAIN.md §4.1 "Pegawai — holds at most one definitive position").</summary>
public sealed class PegawaiHanyaMemangkuSatuJabatanDefinitif(JenisPemangkuan jenis, PemangkuJabatan? definitifSaatIni, bool akhiriJabatanSebelumnya) : IBusinessRule
{
    public string Pesan => "Pegawai ini masih memangku jabatan definitif lain. Akhiri jabatan tersebut terlebih dahulu atau pilih \"akhiri jabatan sebelumnya\" (mutasi).";

    public bool Dilanggar() => jenis == JenisPemangkuan.Definitif && definitifSaatIni is not null && !akhiriJabatanSebelumnya;
}

/// <summary>One slot, one holder: a position is held by one pegawai at a time (per kind: one definitive, one Plt, one Plh).</summary>
/// <remarks>A Plt/Plh with an end date blocks only its own period: the next Plh may follow the day after.</remarks>
public sealed class JabatanHanyaDapatDipangkuSatuPegawaiPerJenis(Jabatan jabatan, JenisPemangkuan jenis, IReadOnlyCollection<PemangkuJabatan> pemangkuAktif,
    DateOnly? tmt = null, DateOnly? selesai = null) : IBusinessRule
{
    public string Pesan => $"Jabatan \"{jabatan.NamaLengkap}\" sudah dipangku pegawai lain ({jenis}) pada periode tersebut. Akhiri pemangkuan tersebut terlebih dahulu.";

    public bool Dilanggar() => pemangkuAktif.Any(p => p.JabatanId == jabatan.Id && p.Jenis == jenis
        && (tmt is { } mulai ? p.TumpangTindih(mulai, selesai) : p.TanggalSelesai is null));
}

public sealed class JabatanSamaTidakDapatDitetapkanDuaKali(Pegawai pegawai, Jabatan jabatan, DateOnly? tmt = null, DateOnly? selesai = null) : IBusinessRule
{
    public string Pesan => "Pegawai ini sudah memangku jabatan tersebut.";

    public bool Dilanggar() => pegawai.RiwayatJabatan.Any(p => p.JabatanId == jabatan.Id
        && (p.TanggalSelesai is null || (tmt is { } mulai && p.TumpangTindih(mulai, selesai))));
}

/// <summary>
/// A Plt/Plh appointment may carry the period of its letter (a Plh covers a short absence, BKN SE 1/2021 [B]); the end
/// is not before the TMT. A definitive holding has no planned end (it ends by mutasi, pensiun or pemberhentian).
/// </summary>
public sealed class MasaPltPlhHarusValid(JenisPemangkuan jenis, DateOnly tmt, DateOnly? selesai) : IBusinessRule
{
    public string Pesan => jenis == JenisPemangkuan.Definitif
        ? "Tanggal selesai hanya diisi untuk Plt. atau Plh.; jabatan definitif diakhiri melalui mutasi atau pemberhentian."
        : "Tanggal selesai Plt./Plh. tidak boleh sebelum TMT.";

    public bool Dilanggar() => selesai is { } s && (jenis == JenisPemangkuan.Definitif || s < tmt);
}

/// <summary>Plt/Plh cover a head (PUO/PPK) position only (DOMAIN.md §15 Q on Plt/Plh).</summary>
public sealed class PltPlhHanyaUntukJabatanPimpinan(Jabatan jabatan, JenisPemangkuan jenis) : IBusinessRule
{
    public string Pesan => "Plt. atau Plh. hanya dapat ditetapkan pada jabatan pimpinan unit.";

    public bool Dilanggar() => jenis != JenisPemangkuan.Definitif && !jabatan.MemimpinUnit;
}

/// <summary>
/// Definitive holdings never overlap, also in the past: a new one starts after the TMT of the open one (which then
/// ends the day before) and after the last day of every ended one (DOMAIN.md §4.1).
/// </summary>
public sealed class TmtTidakBolehSebelumJabatanSebelumnya(JenisPemangkuan jenis, IReadOnlyList<PemangkuJabatan> riwayat, DateOnly tmt) : IBusinessRule
{
    public string Pesan => "TMT jabatan definitif baru harus sesudah jabatan definitif sebelumnya (masa jabatan definitif tidak boleh tumpang tindih).";

    public bool Dilanggar() => jenis == JenisPemangkuan.Definitif && riwayat.Any(p => p.Jenis == JenisPemangkuan.Definitif
        && (p.TanggalSelesai is { } selesai ? tmt <= selesai : tmt <= p.Tmt));
}

/// <summary>A number read as a PPPK number cannot be registered for a PNS, and the other way round.</summary>
public sealed class NipHarusSesuaiStatusKepegawaian(Nip nip, StatusKepegawaian status) : IBusinessRule
{
    public string Pesan => "NIP tidak sesuai dengan status kepegawaian yang dipilih.";

    public bool Dilanggar() => nip.Status != status;
}
