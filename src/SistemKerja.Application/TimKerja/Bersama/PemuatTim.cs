using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Application.Organisasi.Struktur;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.TimKerja.Bersama;

/// <summary>What the signed-in user may do with a team, from the positions they hold today (never from the page).</summary>
/// <param name="Pimpinan">Holds the PUO pemilik kinerja or the team's PPK, or created the draft: composes the team.</param>
/// <param name="Kewenangan">The kinds of decree authority the user holds for this team (V-TIM-06).</param>
public sealed record AksesTim(
    bool Pimpinan,
    bool Personel,
    bool PenerimaLaporan,
    IReadOnlyCollection<PejabatPenetapTim> Kewenangan,
    bool Pengamat)
{
    public bool BolehMelihat => Pimpinan || Personel || PenerimaLaporan || Kewenangan.Count > 0 || Pengamat;
}

/// <summary>A document that set or amended a team.</summary>
public sealed record NaskahTim(Guid Id, JenisDokumen Jenis, string Nomor, DateOnly Tanggal, string JabatanPenetap)
{
    public string Naskah => Jenis == JenisDokumen.SuratTugas ? "Surat Tugas" : "Keputusan";

    public NaskahDisebut Disebut => new(Naskah, JabatanPenetap, Nomor, Tanggal);
}

/// <summary>Loads teams, builds member profiles from the peta jabatan, and works out who may act on a team.</summary>
internal static class PemuatTim
{
    public static DateOnly HariIni(TimeProvider waktu) => DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);

    /// <summary>
    /// The team with its members and results, tracked, for a command. The row is locked first, so two commands on one team run
    /// one after the other and the later one, holding the version its form showed, is told the team changed (members live in
    /// their own rows: the version check on the team row alone would not order two additions).
    /// </summary>
    public static async Task<Result<Tim>> MuatAsync(IAppDb db, Guid timId, uint? versi, CancellationToken ct)
    {
        await db.KunciAsync<Tim>(timId, ct);
        var tim = await db.Tim.SingleOrDefaultAsync(t => t.Id == timId, ct);
        if (tim is null)
        {
            return Error.TidakDitemukan("Tim Kerja");
        }

        if (versi is { } v)
        {
            if (tim.Versi != v)
            {
                return Error.DiubahPenggunaLain;
            }

            db.TetapkanVersiAsli(tim, v);
        }

        return tim;
    }

    /// <summary>
    /// The team's forming document and amendments still in force (Keputusan or Surat Tugas, not cancelled by a correction),
    /// oldest first: the page links the last, an amending decree cites the first and the last.
    /// </summary>
    public static async Task<List<NaskahTim>> NaskahTimAsync(IAppDb db, Guid timId, CancellationToken ct) =>
        await db.Dokumen.AsNoTracking()
            .Where(d => d.SumberId == timId && (d.Jenis == JenisDokumen.KeputusanTimKerja || d.Jenis == JenisDokumen.SuratTugas) && d.Status == StatusDokumen.Berlaku)
            .OrderBy(d => d.DiterbitkanPada)
            .Select(d => new NaskahTim(d.Id, d.Jenis, d.Nomor, d.Tanggal, d.JabatanPenandatangan))
            .ToListAsync(ct);

    /// <summary>
    /// The team (locked, version-checked, as <see cref="MuatAsync"/>) with the region's team policy, for a change of its
    /// susunan: only its pimpinan may make one; another user who may see the team is refused, anyone else does not find it.
    /// </summary>
    public static async Task<Result<(Tim Tim, KebijakanTimKerja Kebijakan)>> MuatUntukSusunanAsync(IAppDb db, IPenggunaSaatIni pengguna, Guid timId,
        uint versi, DateOnly hariIni, CancellationToken ct)
    {
        var dimuat = await MuatAsync(db, timId, versi, ct);
        if (dimuat.Gagal)
        {
            return Result<(Tim, KebijakanTimKerja)>.Fail(dimuat.Errors);
        }

        var k = (await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(ct)).TimKerja;
        var akses = await AksesAsync(db, pengguna, dimuat.Nilai, k, hariIni, ct);
        if (!akses.Pimpinan)
        {
            return akses.BolehMelihat ? Error.Terlarang("Susunan tim diatur oleh Pimpinan Unit Organisasi pemilik kinerja.") : Error.TidakDitemukan("Tim Kerja");
        }

        return (dimuat.Nilai, k);
    }

    /// <summary>
    /// A pegawai as the rules see them (DOMAIN.md §3.2–§3.5): their definitive position today, its kind, jenjang, kelas and
    /// penyetaraan, their golongan and education, and their origin: the unit of their PUO (§15 Q-13) and Perangkat Daerah.
    /// </summary>
    public static async Task<Result<ProfilPersonel>> ProfilAsync(IAppDb db, Guid pegawaiId, DateOnly tanggal, bool pengalamanManajerial,
        bool pengalamanSesuaiTusi, string properti, CancellationToken ct)
    {
        var jp = await PencariPejabat.JabatanDefinitifAsync(db, pegawaiId, tanggal, ct);
        if (jp is null)
        {
            return new Error("TanpaJabatan", "Pegawai tidak memangku jabatan definitif pada hari ini.", ErrorKind.AturanDilanggar, properti);
        }

        var jabatan = await db.Jabatan.AsNoTracking().Where(j => j.Id == jp.JabatanId)
            .Select(j => new { j.Jenjang, j.KelasJabatan, j.HasilPenyetaraan, j.MemimpinUnit }).SingleAsync(ct);
        var orang = await db.Pegawai.AsNoTracking().Where(p => p.Id == pegawaiId)
            .Select(p => new { p.Nip, p.GolonganRuang, p.Pendidikan }).SingleAsync(ct);

        // A head of a unit belongs to the unit they lead; anyone else to the unit of their Pimpinan Unit Organisasi.
        var unitAsal = jp.UnitId;
        if (!jabatan.MemimpinUnit && await PencariPejabat.PimpinanUnitOrganisasiAsync(db, jp.UnitId, tanggal, ct) is { } puo)
        {
            unitAsal = await db.Jabatan.Where(j => j.Id == puo).Select(j => j.UnitOrganisasiId).SingleAsync(ct);
        }

        return new ProfilPersonel
        {
            PegawaiId = pegawaiId,
            Nama = jp.NamaPegawai,
            Nip = orang.Nip,
            NamaJabatan = jp.Jabatan,
            Jenis = jp.Jenis,
            Jenjang = jabatan.Jenjang,
            HasilPenyetaraan = jabatan.HasilPenyetaraan,
            KelasJabatan = jabatan.KelasJabatan,
            GolonganRuang = orang.GolonganRuang,
            Pendidikan = orang.Pendidikan,
            PengalamanManajerial = pengalamanManajerial,
            PengalamanSesuaiTusi = pengalamanSesuaiTusi,
            Asal = AsalPersonel.Daerah(unitAsal, jp.PerangkatDaerahId),
        };
    }

    /// <summary>Whether Pengawas positions remain in the structure of the unit pemilik kinerja (HSU Ps 20(3), TRK Ps 12(4)).</summary>
    public static Task<bool> StrukturMemilikiPengawasAsync(IAppDb db, Guid unitId, CancellationToken ct) =>
        (from j in db.Jabatan
         join u in db.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
         where (u.Id == unitId || u.IndukId == unitId) && j.Jenis == JenisJabatan.Pengawas && j.DitutupPada == null
         select j.Id).AnyAsync(ct);

    /// <summary>The officials around a new team of <paramref name="unitId"/>: its PUO and, when another position, the PPK of its staff.</summary>
    public static async Task<SusunanPimpinanTim?> PimpinanAsync(IAppDb db, KebijakanDaerah kebijakan, Guid unitId, DateOnly tanggal, CancellationToken ct)
    {
        var pdId = await db.UnitOrganisasi.Where(u => u.Id == unitId).Select(u => (Guid?)u.PerangkatDaerahId).SingleOrDefaultAsync(ct);
        if (pdId is null)
        {
            return null;
        }

        var struktur = await PemuatStruktur.MuatAsync(db, pdId.Value, tanggal, ct);
        var puo = PenentuPejabatPenilai.PimpinanUnitOrganisasiDari(struktur, unitId).Jabatan;
        if (puo is null)
        {
            return null;
        }

        var ppk = PenentuPejabatPenilai.PejabatPenilaiUntukStafUnit(struktur, kebijakan, unitId).Jabatan;
        return new SusunanPimpinanTim(new PejabatTim(puo.Id, puo.Nama), ppk is null || ppk.Id == puo.Id ? null : new PejabatTim(ppk.Id, ppk.Nama));
    }

    /// <summary>
    /// The decree authorities the user holds for this team (<see cref="PejabatPenetapTim"/>), each with the position that
    /// carries it: PUO and PPK of the team, head of the Perangkat Daerah pemilik kinerja, Sekretaris Daerah (also the
    /// Pejabat yang Berwenang by default, §15 Q-3). The Kepala Daerah is not a pegawai of the peta jabatan.
    /// </summary>
    public static async Task<Dictionary<PejabatPenetapTim, Guid>> KewenanganAsync(IAppDb db, Tim tim, IReadOnlyDictionary<Guid, JenisPemangkuan> dipegang,
        DateOnly tanggal, CancellationToken ct) =>
        dipegang.Count == 0 ? [] : (await JabatanPenetapAsync(db, dipegang, tanggal, ct)).Untuk(tim);

    /// <summary>The positions the user holds that carry a decree authority beyond a team's own officials (read once, used for many teams).</summary>
    public static async Task<JabatanPenetap> JabatanPenetapAsync(IAppDb db, IReadOnlyDictionary<Guid, JenisPemangkuan> dipegang, DateOnly tanggal, CancellationToken ct)
    {
        var jabatan = dipegang.Keys.ToList();
        var sekda = await PencariPejabat.PejabatBerwenangInstansiAsync(db, ct);

        // Heads of a Perangkat Daerah: positions held that lead a root unit (through a vacancy the next official up acts, as in PencariPejabat).
        var akar = await (from j in db.Jabatan
                          join u in db.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
                          where jabatan.Contains(j.Id) && j.MemimpinUnit && u.IndukId == null
                          select new { u.PerangkatDaerahId, u.Id }).ToListAsync(ct);
        var kepala = new Dictionary<Guid, Guid>();
        foreach (var a in akar)
        {
            if (await PencariPejabat.PimpinanUnitOrganisasiAsync(db, a.Id, tanggal, ct) is { } puo && dipegang.ContainsKey(puo))
            {
                kepala.TryAdd(a.PerangkatDaerahId, puo);
            }
        }

        return new JabatanPenetap(dipegang, kepala, sekda is { } s && dipegang.ContainsKey(s) ? s : null);
    }

    public static async Task<AksesTim> AksesAsync(IAppDb db, IPenggunaSaatIni pengguna, Tim tim, KebijakanTimKerja k, DateOnly tanggal, CancellationToken ct)
    {
        var saya = pengguna.PegawaiId ?? Guid.Empty;
        var dipegang = await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, tanggal, ct);
        var jabatan = dipegang.Keys.ToList();
        var pimpinan = jabatan.Contains(tim.Pimpinan.PimpinanPemilikKinerja.JabatanId)
            || (tim.Pimpinan.PejabatPenilai is { } ppk && jabatan.Contains(ppk.JabatanId))
            || (tim.Status == StatusTim.Draf && tim.DibuatOlehPegawaiId == saya);
        var kewenangan = await KewenanganAsync(db, tim, dipegang, tanggal, ct);
        var berwenang = tim.PejabatBerwenang(k);
        var penetap = tim.Keputusan is { } kep && jabatan.Contains(kep.PenetapJabatanId);
        return new AksesTim(
            pimpinan,
            tim.PersonelDariPegawai(saya) is not null || tim.Perubahan?.Semula.Personel.Any(p => p.Profil.PegawaiId == saya) == true,
            tim.MenerimaLaporan(saya, jabatan, k) || penetap,
            [.. kewenangan.Keys.Where(berwenang.Contains)],
            pengguna.Memiliki(Peran.AdminBkpsdm) || pengguna.Memiliki(Peran.Auditor));
    }
}

/// <summary>
/// The decree-relevant positions a user holds: per Perangkat Daerah they head, and the Sekretaris Daerah's (which also records
/// a Keputusan Kepala Daerah, <see cref="PenetapKeputusanTim.KepalaDaerah"/>).
/// </summary>
internal sealed record JabatanPenetap(IReadOnlyDictionary<Guid, JenisPemangkuan> Dipegang, IReadOnlyDictionary<Guid, Guid> KepalaPerangkatDaerah, Guid? SekretarisDaerah)
{
    public Dictionary<PejabatPenetapTim, Guid> Untuk(Tim tim)
    {
        var hasil = new Dictionary<PejabatPenetapTim, Guid>();
        void Jika(PejabatPenetapTim jenis, Guid? jabatanId)
        {
            if (jabatanId is { } id && Dipegang.ContainsKey(id))
            {
                hasil.TryAdd(jenis, id);
            }
        }

        Jika(PejabatPenetapTim.PimpinanUnitOrganisasi, tim.Pimpinan.PimpinanPemilikKinerja.JabatanId);
        Jika(PejabatPenetapTim.PejabatPenilaiKinerja, tim.Pimpinan.PejabatPenilai?.JabatanId);
        Jika(PejabatPenetapTim.KepalaPerangkatDaerah, KepalaPerangkatDaerah.TryGetValue(tim.PerangkatDaerahPemilikKinerjaId, out var k) ? k : null);
        Jika(PejabatPenetapTim.SekretarisDaerah, SekretarisDaerah);
        Jika(PejabatPenetapTim.PejabatBerwenang, SekretarisDaerah);

        // The Kepala Daerah is not a pegawai: the Sekretariat Daerah records the Keputusan the Kepala Daerah signed.
        Jika(PejabatPenetapTim.KepalaDaerah, SekretarisDaerah);
        return hasil;
    }
}
