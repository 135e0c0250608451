using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Application.Organisasi.Struktur;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Application.AlurPenugasan.Bersama;

/// <summary>A pegawai's definitive position on a date, with where it sits.</summary>
internal sealed record JabatanPegawai(Guid PegawaiId, string NamaPegawai, Guid JabatanId, string Jabatan, JenisJabatan Jenis, Guid UnitId, Guid PerangkatDaerahId);

/// <summary>Finds the officials a penugasan workflow needs, through the PPK/PUO resolver of the peta jabatan.</summary>
internal static class PencariPejabat
{
    /// <summary>The positions a pegawai holds on the date, definitively or as Plt/Plh: they may act in each.</summary>
    public static async Task<Dictionary<Guid, JenisPemangkuan>> JabatanDipegangAsync(IAppDb db, Guid? pegawaiId, DateOnly tanggal, CancellationToken ct)
    {
        if (pegawaiId is null)
        {
            return [];
        }

        var daftar = await db.PemangkuJabatan.AsNoTracking()
            .Where(p => p.PegawaiId == pegawaiId && p.Tmt <= tanggal && (p.TanggalSelesai == null || p.TanggalSelesai >= tanggal))
            .Select(p => new { p.JabatanId, p.Jenis })
            .ToListAsync(ct);
        return daftar.GroupBy(p => p.JabatanId).ToDictionary(g => g.Key, g => g.Min(p => p.Jenis));
    }

    public static async Task<JabatanPegawai?> JabatanDefinitifAsync(IAppDb db, Guid pegawaiId, DateOnly tanggal, CancellationToken ct) =>
        (await (from pj in db.PemangkuJabatan.AsNoTracking()
                join j in db.Jabatan on pj.JabatanId equals j.Id
                join p in db.Pegawai on pj.PegawaiId equals p.Id
                where pj.PegawaiId == pegawaiId && pj.Jenis == JenisPemangkuan.Definitif && pj.Tmt <= tanggal && (pj.TanggalSelesai == null || pj.TanggalSelesai >= tanggal)
                select new { p.Id, p.GelarDepan, p.Nama, p.GelarBelakang, JabatanId = j.Id, Jabatan = j.Nama, j.Jenis, j.UnitOrganisasiId, j.PerangkatDaerahId })
            .ToListAsync(ct))
        .Select(x => new JabatanPegawai(x.Id, Pegawai.FormatNama(x.GelarDepan, x.Nama, x.GelarBelakang), x.JabatanId, x.Jabatan, x.Jenis, x.UnitOrganisasiId, x.PerangkatDaerahId))
        .FirstOrDefault();

    /// <summary>
    /// The assignee's definitive position today, if their kind of position may be assigned (V-PEN-01, G4); otherwise the
    /// reason, on the <paramref name="properti"/> field.
    /// </summary>
    public static async Task<Result<JabatanPegawai>> PegawaiYangDapatDitugaskanAsync(IAppDb db, Guid pegawaiId, IReadOnlyList<JenisJabatan> jenisBoleh,
        DateOnly hariIni, string pesanTanpaJabatan, string properti, CancellationToken ct)
    {
        var pegawai = await JabatanDefinitifAsync(db, pegawaiId, hariIni, ct);
        if (pegawai is null)
        {
            return new Error("TanpaJabatan", pesanTanpaJabatan, ErrorKind.AturanDilanggar, properti);
        }

        var jenis = new HanyaJenisJabatanYangDapatDitugaskan(pegawai.Jenis, jenisBoleh);
        return jenis.Dilanggar() ? jenis.SebagaiError(properti) : pegawai;
    }

    /// <summary>
    /// The officials around an assignment of <paramref name="pegawai"/> to work of <paramref name="unitPemilikKinerjaId"/>.
    /// A caller that already loaded the structure of the pegawai's Perangkat Daerah on that date passes it as
    /// <paramref name="strukturAsal"/> (it is the largest read of a request).
    /// </summary>
    public static async Task<PejabatTerkait> TentukanAsync(IAppDb db, KebijakanDaerah kebijakan, JabatanPegawai pegawai, Guid unitPemilikKinerjaId,
        Guid perangkatDaerahPemilikKinerjaId, DateOnly tanggal, CancellationToken ct, StrukturPadaTanggal? strukturAsal = null)
    {
        var asal = strukturAsal ?? await PemuatStruktur.MuatAsync(db, pegawai.PerangkatDaerahId, tanggal, ct);
        var hasil = PenentuPejabatPenilai.Tentukan(asal, kebijakan, pegawai.JabatanId);
        var akar = asal.Unit.Values.FirstOrDefault(u => u.PerangkatDaerahId == pegawai.PerangkatDaerahId && u.IndukId is null);
        var kepala = akar is null ? null : PenentuPejabatPenilai.PimpinanUnitOrganisasiDari(asal, akar.Id);

        var tujuan = perangkatDaerahPemilikKinerjaId == pegawai.PerangkatDaerahId
            ? asal
            : await PemuatStruktur.MuatAsync(db, perangkatDaerahPemilikKinerjaId, tanggal, ct);
        var pemilikKinerja = PenentuPejabatPenilai.PimpinanUnitOrganisasiDari(tujuan, unitPemilikKinerjaId);
        var ppkTujuan = PenentuPejabatPenilai.PejabatPenilaiUntukStafUnit(tujuan, kebijakan, unitPemilikKinerjaId);
        var akarTujuan = tujuan.Unit.Values.FirstOrDefault(u => u.PerangkatDaerahId == perangkatDaerahPemilikKinerjaId && u.IndukId is null);
        var kepalaTujuan = akarTujuan is null ? null : PenentuPejabatPenilai.PimpinanUnitOrganisasiDari(tujuan, akarTujuan.Id);

        return new PejabatTerkait(
            new PihakLangkah(null, pegawai.PegawaiId, $"{pegawai.NamaPegawai} ({pegawai.Jabatan})"),
            Dari(hasil.PimpinanUnitOrganisasi),
            Dari(hasil.PejabatPenilaiKinerja),
            Dari(kepala),
            Dari(pemilikKinerja),
            Dari(kepalaTujuan),
            Dari(ppkTujuan));
    }

    /// <summary>
    /// Our Pejabat yang Berwenang for lintas instansi requests: the Sekretaris Daerah by default (DOMAIN.md §15 Q-3), the
    /// head position of the Sekretariat Daerah.
    /// </summary>
    public static async Task<Guid?> PejabatBerwenangInstansiAsync(IAppDb db, CancellationToken ct) =>
        await (from j in db.Jabatan.AsNoTracking()
               join u in db.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
               join d in db.PerangkatDaerah on u.PerangkatDaerahId equals d.Id
               where d.Jenis == JenisPerangkatDaerah.SekretariatDaerah && u.IndukId == null && j.MemimpinUnit && j.DitutupPada == null
               select (Guid?)j.Id)
            .FirstOrDefaultAsync(ct);

    /// <summary>The PUO position over a unit on the date (through vacancies), or null.</summary>
    public static async Task<Guid?> PimpinanUnitOrganisasiAsync(IAppDb db, Guid unitId, DateOnly tanggal, CancellationToken ct)
    {
        var pdId = await db.UnitOrganisasi.Where(u => u.Id == unitId).Select(u => (Guid?)u.PerangkatDaerahId).SingleOrDefaultAsync(ct);
        if (pdId is null)
        {
            return null;
        }

        var struktur = await PemuatStruktur.MuatAsync(db, pdId.Value, tanggal, ct);
        return PenentuPejabatPenilai.PimpinanUnitOrganisasiDari(struktur, unitId).Jabatan?.Id;
    }

    /// <summary>The positions of the PPK and the PUO of a position on the date (who may see what is issued to its holder).</summary>
    public static async Task<IReadOnlyList<Guid>> AtasanAsync(IAppDb db, KebijakanDaerah kebijakan, Guid jabatanId, DateOnly tanggal, CancellationToken ct)
    {
        var pdId = await db.Jabatan.Where(j => j.Id == jabatanId).Select(j => (Guid?)j.PerangkatDaerahId).SingleOrDefaultAsync(ct);
        if (pdId is null)
        {
            return [];
        }

        var hasil = PenentuPejabatPenilai.Tentukan(await PemuatStruktur.MuatAsync(db, pdId.Value, tanggal, ct), kebijakan, jabatanId);
        return [.. new[] { hasil.PejabatPenilaiKinerja.Jabatan?.Id, hasil.PimpinanUnitOrganisasi.Jabatan?.Id }.OfType<Guid>()];
    }

    /// <summary>The pegawai who hold (act in) the positions on the date: who gets the inbox notice.</summary>
    public static async Task<List<Guid>> PemangkuAsync(IAppDb db, IReadOnlyCollection<Guid> jabatanIds, DateOnly tanggal, CancellationToken ct) =>
        jabatanIds.Count == 0
            ? []
            : await db.PemangkuJabatan.AsNoTracking()
                .Where(p => jabatanIds.Contains(p.JabatanId) && p.Tmt <= tanggal && (p.TanggalSelesai == null || p.TanggalSelesai >= tanggal))
                .Select(p => p.PegawaiId).Distinct().ToListAsync(ct);

    private static Pejabat? Dari(PejabatTerpilih? p) =>
        p?.Jabatan is { } j ? new Pejabat(j.Id, j.Nama, p.Pemangku?.PegawaiId, p.Pemangku?.Nama) : null;
}
