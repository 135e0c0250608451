using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Application.AlurPenugasan.AjukanPelibatanKeluar;
using SistemKerja.Application.AlurPenugasan.CatatPelibatanMasuk;
using SistemKerja.Application.AlurPenugasan.ProsesPelibatanInstansi;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.AlurPenugasan;

/// <summary>A person of the demo region signed in for a lintas instansi test: their pegawai, name, definitive position and roles.</summary>
internal sealed record AkunPelibatan(Guid PegawaiId, string Nama, Guid? JabatanId, string? Jabatan, PenggunaUji Pengguna);

/// <summary>A JF/Pelaksana held definitively in a unit (what the availability answer may list).</summary>
internal sealed record AnggotaUnitUji(Guid PegawaiId, Guid JabatanId, string Nama);

internal sealed record JumlahPelibatan(int Pelibatan, int Penugasan, int SuratTugas, int Notifikasi);

/// <summary>
/// Actors and commands of WF-4 lintas instansi (DOMAIN.md §6.6) on the demo region ("Kabupaten Sungai Harapan", HSU preset).
/// The demo accounts are found through the Identity users table (Pengguna.PegawaiId); our Pejabat yang Berwenang, the
/// Sekretaris Daerah (§15 Q-3), through its position (the head of the Sekretariat Daerah), so the tests do not depend on the
/// "sekda" account existing in an older template. Each unit member is handed out once per database, so one test's
/// penugasan does not change another test's availability.
/// </summary>
internal sealed class PelibatanInstansiUji(DatabaseFixtureBase db)
{
    public const string Instansi = "Pemerintah Kabupaten Balangan";
    public const string Maksud = "Pembangunan Sistem Informasi Kepegawaian terpadu antardaerah";
    public const string Kompetensi = "Analisis sistem, basis data, dan integrasi layanan";
    public const string Ekspektasi = "Aplikasi kepegawaian terintegrasi berjalan di kedua instansi";

    private readonly HashSet<Guid> dipakai = [];
    private int urut;

    /// <summary>"Today" as the use cases see it: the application's TimeProvider in the region's zone (WIB).</summary>
    public DateOnly HariIni => DateOnly.FromDateTime(db.Layanan.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);

    public Task<AkunPelibatan> AdminAsync() => AkunAsync("admin", Peran.AdminBkpsdm, Peran.Pegawai);

    public Task<AkunPelibatan> AuditorAsync() => AkunAsync("auditor", Peran.Auditor, Peran.Pegawai);

    /// <summary>Kepala Bidang Aplikasi Informatika, Dinas Kominfo (Pegawai + the derived PimpinanUnit role).</summary>
    public Task<AkunPelibatan> PimpinanAsync() => AkunAsync("pimpinan", Peran.Pegawai, Peran.PimpinanUnit);

    /// <summary>Kepala Bidang Informasi dan Komunikasi Publik, Dinas Kominfo: an official with nothing to do with the request.</summary>
    public Task<AkunPelibatan> Pimpinan2Async() => AkunAsync("pimpinan2", Peran.Pegawai, Peran.PimpinanUnit);

    /// <summary>The Pelaksana of the pimpinan's Bidang.</summary>
    public Task<AkunPelibatan> PegawaiAsync() => AkunAsync("pegawai", Peran.Pegawai);

    /// <summary>The definitive holder of the Sekretaris Daerah position (leads the Sekretariat Daerah, hence PimpinanUnit).</summary>
    public async Task<AkunPelibatan> SekdaAsync()
    {
        var jabatanId = await JabatanSekdaAsync();
        return await PemangkuAsync(jabatanId, Peran.Pegawai, Peran.PimpinanUnit)
            ?? throw new InvalidOperationException("Data demo: jabatan Sekretaris Daerah tidak dipangku.");
    }

    public Task<Guid> JabatanSekdaAsync() => db.BacaAsync(c => (
            from j in c.Jabatan
            join u in c.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
            join d in c.PerangkatDaerah on u.PerangkatDaerahId equals d.Id
            where d.Jenis == JenisPerangkatDaerah.SekretariatDaerah && u.IndukId == null && j.MemimpinUnit
            select j.Id)
        .SingleAsync());

    /// <summary>Whoever holds the position today (definitive first, then Plt/Plh), signed in as an official.</summary>
    public async Task<AkunPelibatan?> PemangkuAsync(Guid jabatanId, params string[] peran)
    {
        var hariIni = HariIni;
        var pegawaiId = await db.BacaAsync(c => c.PemangkuJabatan.AsNoTracking()
            .Where(p => p.JabatanId == jabatanId && p.Tmt <= hariIni && (p.TanggalSelesai == null || p.TanggalSelesai >= hariIni))
            .OrderBy(p => p.Jenis)
            .Select(p => (Guid?)p.PegawaiId)
            .FirstOrDefaultAsync());
        return pegawaiId is { } id ? await OrangAsync(id, peran.Length == 0 ? [Peran.Pegawai, Peran.PimpinanUnit] : peran) : null;
    }

    /// <summary>A demo account, through its Pengguna.PegawaiId.</summary>
    public async Task<AkunPelibatan> AkunAsync(string namaPengguna, params string[] peran)
    {
        var pegawaiId = await db.BacaAsync(c => c.Users.Where(u => u.UserName == namaPengguna).Select(u => u.PegawaiId).SingleAsync())
            ?? throw new InvalidOperationException($"Akun demo {namaPengguna} tidak terhubung dengan pegawai.");
        return await OrangAsync(pegawaiId, peran);
    }

    public async Task<AkunPelibatan> OrangAsync(Guid pegawaiId, IReadOnlyList<string> peran)
    {
        var hariIni = HariIni;
        var data = await db.BacaAsync(async c =>
        {
            var g = await c.Pegawai.AsNoTracking().Where(p => p.Id == pegawaiId).Select(p => new { p.GelarDepan, p.Nama, p.GelarBelakang }).SingleAsync();
            var j = await (from pj in c.PemangkuJabatan.AsNoTracking()
                           join jb in c.Jabatan on pj.JabatanId equals jb.Id
                           where pj.PegawaiId == pegawaiId && pj.Jenis == JenisPemangkuan.Definitif && pj.Tmt <= hariIni && (pj.TanggalSelesai == null || pj.TanggalSelesai >= hariIni)
                           select new { jb.Id, jb.Nama })
                .FirstOrDefaultAsync();
            return (Nama: Pegawai.FormatNama(g.GelarDepan, g.Nama, g.GelarBelakang), JabatanId: j?.Id, Jabatan: j?.Nama);
        });
        var pengguna = new PenggunaUji { IdUji = Guid.NewGuid(), NamaUji = data.Nama, PegawaiIdUji = pegawaiId, PeranUji = [.. peran] };
        return new AkunPelibatan(pegawaiId, data.Nama, data.JabatanId, data.Jabatan, pengguna);
    }

    /// <summary>A unit organisasi by Perangkat Daerah abbreviation and name.</summary>
    public Task<Guid> UnitAsync(string singkatanPd, string nama) => db.BacaAsync(c => (
            from u in c.UnitOrganisasi
            join d in c.PerangkatDaerah on u.PerangkatDaerahId equals d.Id
            where d.Singkatan == singkatanPd && u.Nama == nama
            select u.Id)
        .SingleAsync());

    /// <summary>The pimpinan account's unit: Bidang Aplikasi Informatika of the Dinas Kominfo.</summary>
    public Task<Guid> BidangAplikasiAsync() => UnitAsync("DISKOMINFO", "Bidang Aplikasi Informatika");

    /// <summary>The JF/Pelaksana held definitively today in the unit or the units below it (by name), read directly.</summary>
    public Task<List<AnggotaUnitUji>> AnggotaUnitAsync(Guid unitId)
    {
        var hariIni = HariIni;
        return db.BacaAsync(async c =>
        {
            var pdId = await c.UnitOrganisasi.Where(u => u.Id == unitId).Select(u => u.PerangkatDaerahId).SingleAsync();
            var semua = await c.UnitOrganisasi.AsNoTracking().Where(u => u.PerangkatDaerahId == pdId).Select(u => new { u.Id, u.IndukId }).ToListAsync();
            var cakupan = new HashSet<Guid> { unitId };
            bool tambah;
            do
            {
                tambah = false;
                foreach (var u in semua.Where(u => u.IndukId is { } i && cakupan.Contains(i) && !cakupan.Contains(u.Id)))
                {
                    cakupan.Add(u.Id);
                    tambah = true;
                }
            }
            while (tambah);

            var ids = cakupan.ToList();
            var baris = await (from pj in c.PemangkuJabatan.AsNoTracking()
                               join j in c.Jabatan on pj.JabatanId equals j.Id
                               join g in c.Pegawai on pj.PegawaiId equals g.Id
                               where ids.Contains(j.UnitOrganisasiId) && !j.MemimpinUnit && pj.Jenis == JenisPemangkuan.Definitif
                                   && (j.Jenis == JenisJabatan.Fungsional || j.Jenis == JenisJabatan.Pelaksana)
                                   && pj.Tmt <= hariIni && (pj.TanggalSelesai == null || pj.TanggalSelesai >= hariIni)
                               select new { g.Id, JabatanId = j.Id, g.GelarDepan, g.Nama, g.GelarBelakang })
                .ToListAsync();
            return baris.Select(b => new AnggotaUnitUji(b.Id, b.JabatanId, Pegawai.FormatNama(b.GelarDepan, b.Nama, b.GelarBelakang))).OrderBy(b => b.PegawaiId).ToList();
        });
    }

    /// <summary>Unit members not yet handed out, with no penugasan and not on any list in this database.</summary>
    public async Task<List<AnggotaUnitUji>> AmbilAnggotaAsync(Guid unitId, int jumlah, Func<AnggotaUnitUji, bool>? syarat = null)
    {
        // Issued penugasan change the load of the next answer; the demo "pegawai" account is kept for the journeys that name it.
        var terpakai = await db.BacaAsync(async c => (await c.Penugasan.Select(p => p.PegawaiId).ToListAsync())
            .Concat(await c.Users.Where(u => u.UserName == "pegawai" && u.PegawaiId != null).Select(u => u.PegawaiId!.Value).ToListAsync())
            .ToHashSet());
        var pilihan = (await AnggotaUnitAsync(unitId))
            .Where(a => !dipakai.Contains(a.PegawaiId) && !terpakai.Contains(a.PegawaiId) && (syarat?.Invoke(a) ?? true))
            .Take(jumlah)
            .ToList();
        if (pilihan.Count < jumlah)
        {
            throw new InvalidOperationException("Data demo tidak lagi memiliki cukup pegawai di unit ini untuk skenario.");
        }

        dipakai.UnionWith(pilihan.Select(a => a.PegawaiId));
        return pilihan;
    }

    /// <summary>Reserves a pegawai so that other tests of the class do not take them (e.g. the demo "pegawai" account).</summary>
    public void Pesan(Guid pegawaiId) => dipakai.Add(pegawaiId);

    /// <summary>A unique incoming letter number (the tests of one class share the database).</summary>
    public string NomorBaru(string awalan = "800.1") => $"{awalan}/{Interlocked.Increment(ref urut):000}/BKPSDM-BLG/{HariIni.Year}";

    /// <summary>A surat permohonan pelibatan from another instansi with the four fields of §7.1 (HSU Ps 17), starting in a week.</summary>
    public CatatPelibatanMasukCommand Masuk(Guid unitId, string nomor, int alokasi = 10, bool penuhWaktu = false, DateOnly? mulai = null, DateOnly? tanggalSurat = null) =>
        new(Instansi, nomor, tanggalSurat ?? HariIni.AddDays(-2), unitId, Maksud, Kompetensi, Ekspektasi, mulai ?? HariIni.AddDays(7), HariIni.AddDays(60), penuhWaktu, alokasi);

    public AjukanPelibatanKeluarCommand Keluar(Guid unitId, int alokasi = 25) =>
        new("Pemerintah Provinsi Kalimantan Selatan", unitId, Maksud, Kompetensi, Ekspektasi, HariIni.AddDays(14), HariIni.AddDays(90), false, alokasi);

    public Task<uint> VersiAsync(Guid id) =>
        db.BacaAsync(c => c.PelibatanInstansi.AsNoTracking().Where(p => p.Id == id).Select(p => p.Versi).SingleAsync());

    public Task<PelibatanInstansi> PelibatanAsync(Guid id) => db.BacaAsync(c => c.PelibatanInstansi.AsNoTracking().SingleAsync(p => p.Id == id));

    /// <summary>One step of the request, as <paramref name="oleh"/>, with the version they saw (the current one unless given).</summary>
    public async Task<Result<StatusPelibatanInstansi>> ProsesAsync(Guid id, AksiPelibatanInstansi aksi, AkunPelibatan oleh, string? catatan = null, string? nomor = null,
        DateOnly? tanggal = null, IReadOnlyList<Guid>? pegawai = null, string? alasanPengecualian = null, bool jawabanDisetujui = false, string? daftar = null, uint? versi = null) =>
        await db.KirimAsync(new ProsesPelibatanInstansiCommand(id, aksi, catatan, nomor, tanggal, pegawai ?? [], alasanPengecualian, jawabanDisetujui, daftar,
            versi ?? await VersiAsync(id)), oleh.Pengguna);

    /// <summary>Does the step and insists that it worked.</summary>
    public async Task<StatusPelibatanInstansi> PastiAsync(Guid id, AksiPelibatanInstansi aksi, AkunPelibatan oleh, string? catatan = null, string? nomor = null,
        DateOnly? tanggal = null, IReadOnlyList<Guid>? pegawai = null, string? alasanPengecualian = null, bool jawabanDisetujui = false, string? daftar = null) =>
        Pasti(await ProsesAsync(id, aksi, oleh, catatan, nomor, tanggal, pegawai, alasanPengecualian, jawabanDisetujui, daftar));

    /// <summary>Registers an incoming request as the admin and moves it to <paramref name="tahap"/> (through the right officials).</summary>
    public async Task<Guid> MasukSampaiAsync(Guid unitId, TahapPelibatanInstansi tahap, IReadOnlyList<Guid>? daftar = null, int alokasi = 10)
    {
        var admin = await AdminAsync();
        var sekda = await SekdaAsync();
        var id = Pasti(await db.KirimAsync(Masuk(unitId, NomorBaru(), alokasi), admin.Pengguna));
        var puo = await PemangkuAsync((await PelibatanAsync(id)).PimpinanUnitJabatanId)
            ?? throw new InvalidOperationException("Pimpinan unit yang diminta tidak dipangku.");
        var urutan = new[]
        {
            TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, TahapPelibatanInstansi.JawabanKetersediaan, TahapPelibatanInstansi.PersetujuanJawaban,
            TahapPelibatanInstansi.PenerbitanSuratTugas, TahapPelibatanInstansi.Selesai,
        };
        for (var i = 0; i < Array.IndexOf(urutan, tahap); i++)
        {
            _ = urutan[i] switch
            {
                TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan => await PastiAsync(id, AksiPelibatanInstansi.Setujui, sekda),
                TahapPelibatanInstansi.JawabanKetersediaan => await PastiAsync(id, AksiPelibatanInstansi.JawabKetersediaan, puo,
                    pegawai: daftar ?? [.. (await AmbilAnggotaAsync(unitId, 1)).Select(a => a.PegawaiId)]),
                TahapPelibatanInstansi.PersetujuanJawaban => await PastiAsync(id, AksiPelibatanInstansi.Setujui, sekda, nomor: $"800.1/{i}/SETDA/{HariIni.Year}", tanggal: HariIni),
                _ => await PastiAsync(id, AksiPelibatanInstansi.Terbitkan, puo),
            };
        }

        (await PelibatanAsync(id)).Tahap.ShouldBe(tahap);
        return id;
    }

    public Task<JumlahPelibatan> JumlahAsync() => db.BacaAsync(async c => new JumlahPelibatan(
        await c.PelibatanInstansi.CountAsync(), await c.Penugasan.CountAsync(), await c.SuratTugas.CountAsync(), await c.Notifikasi.CountAsync()));

    public static string TautanDetail(Guid id) => $"/Penugasan/Instansi/Detail/{id}";

    /// <summary>Every notice with this link, as (pegawai, title).</summary>
    public Task<List<(Guid PegawaiId, string Judul)>> NotifikasiAsync(string tautan) =>
        db.BacaAsync(async c => (await c.Notifikasi.AsNoTracking().Where(n => n.Tautan == tautan).OrderBy(n => n.DibuatPada).ToListAsync())
            .Select(n => (n.PegawaiId, n.Judul)).ToList());

    public static T Pasti<T>(Result<T> hasil) =>
        hasil.Berhasil ? hasil.Nilai : throw new InvalidOperationException("Langkah uji gagal: " + string.Join("; ", hasil.Errors.Select(e => $"{e.Kode}: {e.Pesan}")));
}
