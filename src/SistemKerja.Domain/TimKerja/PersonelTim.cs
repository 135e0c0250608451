using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Domain.TimKerja;

/// <summary>
/// Where a person comes from: the unit organisasi (the unit of their PUO, DOMAIN.md §15 Q-13) and Perangkat Daerah of this
/// Pemerintah Daerah, or another instansi.
/// </summary>
public sealed record AsalPersonel(Guid? UnitOrganisasiId, Guid? PerangkatDaerahId, string? InstansiLain)
{
    public const int PanjangInstansiLain = 200;

    public static AsalPersonel Daerah(Guid unitOrganisasiId, Guid perangkatDaerahId) => new(unitOrganisasiId, perangkatDaerahId, null);

    public static AsalPersonel Instansi(string namaInstansi) => new(null, null, namaInstansi.Trim());

    public bool Lengkap => InstansiLain is null
        ? UnitOrganisasiId is { } u && u != Guid.Empty && PerangkatDaerahId is { } p && p != Guid.Empty
        : !string.IsNullOrWhiteSpace(InstansiLain) && UnitOrganisasiId is null && PerangkatDaerahId is null;

    /// <summary>The scope this person gives a team owned by the unit and Perangkat Daerah given.</summary>
    public CakupanTim Terhadap(Guid unitPemilikKinerjaId, Guid perangkatDaerahPemilikKinerjaId) =>
        InstansiLain is not null ? CakupanTim.LintasInstansi
        : PerangkatDaerahId != perangkatDaerahPemilikKinerjaId ? CakupanTim.LintasPerangkatDaerah
        : UnitOrganisasiId != unitPemilikKinerjaId ? CakupanTim.LintasUnit
        : CakupanTim.DalamUnit;
}

/// <summary>
/// What the rules need to know about a person when they join a team, taken by the caller from the Pegawai, their position
/// and the peta jabatan at that date (DOMAIN.md §3.2–§3.5) and kept as printed in the decree.
/// </summary>
public sealed record ProfilPersonel
{
    /// <summary>Null only for a person of another instansi, who has no Pegawai record here.</summary>
    public Guid? PegawaiId { get; init; }

    public required string Nama { get; init; }

    public string? Nip { get; init; }

    public required string NamaJabatan { get; init; }

    public required JenisJabatan Jenis { get; init; }

    public JenjangFungsional? Jenjang { get; init; }

    /// <summary>A JF from the penyetaraan of a former structural post (MUBA Ps 10(3)b, INHIL Ps 8(4)).</summary>
    public bool HasilPenyetaraan { get; init; }

    public required int KelasJabatan { get; init; }

    /// <summary>PNS only; a PPPK has none (DOMAIN.md §15 Q-12).</summary>
    public GolonganRuang? GolonganRuang { get; init; }

    public required Pendidikan Pendidikan { get; init; }

    /// <summary>MUBA Ps 10(3)c: "pengalaman dan/atau kompetensi manajerial", as attested by the PUO.</summary>
    public bool PengalamanManajerial { get; init; }

    /// <summary>SBS Ps 10(3)c: "pengalaman di bidang kerja sesuai tugas dan fungsi", as attested by the PUO.</summary>
    public bool PengalamanSesuaiTusi { get; init; }

    public required AsalPersonel Asal { get; init; }

    public KategoriFungsional? Kategori => Jenis == JenisJabatan.Fungsional ? Jenjang?.Kategori() : null;

    /// <summary>"Siti Aminah (Analis Kebijakan Ahli Muda)".</summary>
    public string Sebutan => $"{Nama} ({NamaJabatan})";

    /// <summary>
    /// Whether this is the given person of another instansi: such people have no Pegawai record here, so the same name
    /// (trimmed, any case) from the same instansi is the same person (V-TIM-02).
    /// </summary>
    public bool OrangInstansiLainYangSama(string nama, string? instansi) =>
        PegawaiId is null && string.Equals(Nama.Trim(), nama.Trim(), StringComparison.OrdinalIgnoreCase)
            && string.Equals(Asal.InstansiLain, instansi, StringComparison.OrdinalIgnoreCase);

    /// <summary>The same person: the same pegawai, or for another instansi <see cref="OrangInstansiLainYangSama"/>.</summary>
    public bool OrangYangSama(ProfilPersonel lain) =>
        PegawaiId is { } id ? lain.PegawaiId == id : lain.OrangInstansiLainYangSama(Nama, Asal.InstansiLain);
}

public enum PeranTim
{
    Anggota,
    Ketua,

    /// <summary>INHIL Ps 8(4): between the PUO and the ketua.</summary>
    PenanggungJawabTim,
}

/// <summary>The approved record that let a person from another unit join (V-TIM-07).</summary>
public enum JenisPelibatan
{
    /// <summary>WF-3 penunjukan lintas unit or WF-6 sukarela lintas unit.</summary>
    Permohonan,

    /// <summary>WF-4 Keluar: another instansi lent its pegawai.</summary>
    PelibatanInstansi,
}

/// <summary>
/// The approved pelibatan a cross-unit member comes with, read from the request itself so that the team cannot cite a request
/// that is still open, refused, for another person, or for another unit's target.
/// </summary>
public sealed class BuktiPelibatan
{
    private readonly Func<ProfilPersonel, bool> mencakup;

    private BuktiPelibatan(JenisPelibatan jenis, Guid id, bool disetujui, Guid unitPemilikKinerjaId, Func<ProfilPersonel, bool> mencakup)
    {
        Jenis = jenis;
        Id = id;
        Disetujui = disetujui;
        UnitPemilikKinerjaId = unitPemilikKinerjaId;
        this.mencakup = mencakup;
    }

    public JenisPelibatan Jenis { get; }

    public Guid Id { get; }

    /// <summary>Approved, and of a kind that brings a person from another unit.</summary>
    public bool Disetujui { get; }

    public Guid UnitPemilikKinerjaId { get; }

    public bool Mencakup(ProfilPersonel profil) => mencakup(profil);

    public static BuktiPelibatan Dari(Permohonan p) => new(
        JenisPelibatan.Permohonan, p.Id, p.Status == StatusPermohonan.Disetujui && p.Jenis != JenisPermohonan.SukarelaDalamUnit,
        p.UnitPemilikKinerjaId, profil => profil.PegawaiId == p.PegawaiId);

    /// <summary>An outgoing request (WF-4 Keluar) answered with the other instansi's list of pegawai.</summary>
    public static BuktiPelibatan Dari(PelibatanInstansi p) => new(
        JenisPelibatan.PelibatanInstansi, p.Id, p.Status == StatusPelibatanInstansi.Disetujui && p.Arah == ArahPelibatanInstansi.Keluar,
        p.UnitId, profil => profil.PegawaiId is null && p.PegawaiInstansiLain.Any(x => OrangSama(x, profil)));

    private static bool OrangSama(PegawaiInstansiLain x, ProfilPersonel profil) =>
        !string.IsNullOrWhiteSpace(x.Nip) && !string.IsNullOrWhiteSpace(profil.Nip)
            ? Angka(x.Nip) == Angka(profil.Nip)
            : string.Equals(x.Nama.Trim(), profil.Nama.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Angka(string nip) => new([.. nip.Where(char.IsAsciiDigit)]);
}

/// <summary>One person in a team's susunan personil, with the snapshot printed in the decree.</summary>
public sealed class PersonelTim
{
    /// <summary>For EF Core materialisation only.</summary>
    private PersonelTim()
    {
        Profil = null!;
    }

    internal PersonelTim(Guid id, ProfilPersonel profil, PeranTim peran, CakupanTim cakupan, int alokasiPersen, bool penuhWaktu, BuktiPelibatan? pelibatan)
    {
        Id = id;
        Profil = profil;
        PegawaiId = profil.PegawaiId;
        Peran = peran;
        Cakupan = cakupan;
        AlokasiPersen = alokasiPersen;
        PenuhWaktu = penuhWaktu;
        JenisPelibatan = pelibatan?.Jenis;
        PelibatanId = pelibatan?.Id;
    }

    public Guid Id { get; private set; }

    public ProfilPersonel Profil { get; private set; }

    public PeranTim Peran { get; private set; }

    /// <summary>The person's origin relative to the unit pemilik kinerja.</summary>
    public CakupanTim Cakupan { get; private set; }

    /// <summary>Share of working time the team takes, 1–100 (DOMAIN.md §7.2).</summary>
    public int AlokasiPersen { get; private set; }

    public bool PenuhWaktu { get; private set; }

    public JenisPelibatan? JenisPelibatan { get; private set; }

    /// <summary>The approved Permohonan or PelibatanInstansi that brought a cross-unit member (V-TIM-07).</summary>
    public Guid? PelibatanId { get; private set; }

    /// <summary>The pegawai of this region (copied from the profile so that "which teams is X in?" is an indexed query); null for another instansi.</summary>
    public Guid? PegawaiId { get; private set; }

    public bool DariUnitLain => Cakupan != CakupanTim.DalamUnit;

    /// <summary>Whether this is the given person of another instansi (<see cref="ProfilPersonel.OrangInstansiLainYangSama"/>).</summary>
    public bool OrangInstansiLainYangSama(string nama, string? instansi) => Profil.OrangInstansiLainYangSama(nama, instansi);

    internal void UbahPeran(PeranTim peran) => Peran = peran;

    /// <summary>The person as an abandoned amendment puts them back (<see cref="Tim.BatalkanPerubahan"/>).</summary>
    internal static PersonelTim Dari(SalinanPersonel s)
    {
        var p = new PersonelTim(s.Id, s.Profil, s.Peran, s.Cakupan, s.AlokasiPersen, s.PenuhWaktu, null);
        p.JenisPelibatan = s.JenisPelibatan;
        p.PelibatanId = s.PelibatanId;
        return p;
    }

    internal void Pulihkan(SalinanPersonel s)
    {
        Profil = s.Profil;
        Peran = s.Peran;
        Cakupan = s.Cakupan;
        AlokasiPersen = s.AlokasiPersen;
        PenuhWaktu = s.PenuhWaktu;
        JenisPelibatan = s.JenisPelibatan;
        PelibatanId = s.PelibatanId;
    }
}
