using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Kepegawaian.TambahPegawai;
using SistemKerja.Application.Kepegawaian.TetapkanPemangkuJabatan;
using SistemKerja.Application.Organisasi.BuatJabatan;
using SistemKerja.Application.Organisasi.BuatUnitOrganisasi;
using SistemKerja.Application.Organisasi.TetapkanKedudukan;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.Organisasi;

/// <summary>The fixed part of the test region: a Dinas (with a Puskesmas under it) and a second, unrelated Dinas.</summary>
internal sealed record DaerahUji(
    Guid DinasId, Guid AkarDinasId, Guid KepalaDinasId,
    Guid PuskesmasId, Guid AkarPuskesmasId, Guid KepalaPuskesmasId,
    Guid DinasLainId, Guid AkarDinasLainId, Guid KepalaDinasLainId);

/// <summary>A Bidang (unit organisasi, led by an Administrator) with two Seksi (not unit organisasi, each led by a Pengawas).</summary>
internal sealed record BidangUji(Guid UnitId, Guid KepalaId, Guid Seksi1Id, Guid KepalaSeksi1Id, Guid Seksi2Id, Guid KepalaSeksi2Id);

/// <summary>
/// Builds a small region on an empty database for the peta jabatan tests: the fixed part once per database (directly,
/// like the seeder), everything a test needs through the real use cases, as admin.
/// </summary>
internal sealed class OrganisasiUji(DatabaseFixtureBase db)
{
    private static int urutNip;
    private static int urutNama;

    public static PenggunaUji Admin { get; } = PenggunaUji.Admin();

    /// <summary>The region, created on first use with the given preset (one preset per database).</summary>
    public async Task<DaerahUji> DaerahAsync(PresetRegulasi preset = PresetRegulasi.HuluSungaiUtara)
    {
        return await db.BacaAsync(async c =>
        {
            if (!await c.PemerintahDaerah.AnyAsync())
            {
                var pemda = PemerintahDaerah.Bentuk("Kabupaten Uji Peta Jabatan", JenisDaerah.Kabupaten, "Kota Uji", "Perbup Uji", preset);
                c.PemerintahDaerah.Add(pemda);
                var dinas = PerangkatDaerah.Bentuk(pemda, JenisPerangkatDaerah.Dinas, null, "Dinas Kesehatan Uji", "DKU", "Jl. Uji 1", null).Nilai;
                var pkm = PerangkatDaerah.Bentuk(pemda, JenisPerangkatDaerah.Puskesmas, null, "UPTD Puskesmas Uji", "PKMU", "Jl. Uji 2", dinas).Nilai;
                var lain = PerangkatDaerah.Bentuk(pemda, JenisPerangkatDaerah.Dinas, null, "Dinas Sosial Uji", "DSU", "Jl. Uji 3", null).Nilai;
                c.PerangkatDaerah.AddRange(dinas, pkm, lain);
                var akarDinas = UnitOrganisasi.BuatAkar(dinas);
                var akarPkm = UnitOrganisasi.BuatAkar(pkm);
                var akarLain = UnitOrganisasi.BuatAkar(lain);
                c.UnitOrganisasi.AddRange(akarDinas, akarPkm, akarLain);
                c.Jabatan.AddRange(
                    Jabatan.Bentuk(akarDinas, "Kepala Dinas Kesehatan Uji", JenisJabatan.JptPratama, null, 14, true, null, false).Nilai,
                    Jabatan.Bentuk(akarPkm, "Kepala Puskesmas (Dokter)", JenisJabatan.Fungsional, JenjangFungsional.AhliMadya, 11, true, TugasTambahan.KepalaPuskesmas, false).Nilai,
                    Jabatan.Bentuk(akarLain, "Kepala Dinas Sosial Uji", JenisJabatan.JptPratama, null, 14, true, null, false).Nilai);
                await c.SaveChangesAsync();
            }

            async Task<(Guid Pd, Guid Akar, Guid Kepala)> Ambil(string singkatan)
            {
                var pd = await c.PerangkatDaerah.AsNoTracking().SingleAsync(p => p.Singkatan == singkatan);
                var akar = await c.UnitOrganisasi.AsNoTracking().SingleAsync(u => u.PerangkatDaerahId == pd.Id && u.IndukId == null);
                var kepala = await c.Jabatan.AsNoTracking().SingleAsync(j => j.UnitOrganisasiId == akar.Id && j.MemimpinUnit);
                return (pd.Id, akar.Id, kepala.Id);
            }

            var d = await Ambil("DKU");
            var p = await Ambil("PKMU");
            var l = await Ambil("DSU");
            return new DaerahUji(d.Pd, d.Akar, d.Kepala, p.Pd, p.Akar, p.Kepala, l.Pd, l.Akar, l.Kepala);
        });
    }

    /// <summary>A new Bidang under <paramref name="indukId"/> with its head and two Seksi with their heads; names are unique.</summary>
    public async Task<BidangUji> BidangAsync(Guid indukId)
    {
        var n = Interlocked.Increment(ref urutNama);
        var bidang = await UnitAsync(indukId, $"Bidang Uji {n}", mandiri: true);
        var kepala = await JabatanAsync(bidang, $"Kepala Bidang Uji {n}", JenisJabatan.Administrator, kelas: 11, memimpin: true);
        var seksi1 = await UnitAsync(bidang, $"Seksi Uji {n}.1", mandiri: false);
        var kepalaSeksi1 = await JabatanAsync(seksi1, $"Kepala Seksi Uji {n}.1", JenisJabatan.Pengawas, kelas: 9, memimpin: true);
        var seksi2 = await UnitAsync(bidang, $"Seksi Uji {n}.2", mandiri: false);
        var kepalaSeksi2 = await JabatanAsync(seksi2, $"Kepala Seksi Uji {n}.2", JenisJabatan.Pengawas, kelas: 9, memimpin: true);
        return new BidangUji(bidang, kepala, seksi1, kepalaSeksi1, seksi2, kepalaSeksi2);
    }

    public async Task<Guid> UnitAsync(Guid indukId, string nama, bool mandiri, int urutan = 0) =>
        Pasti(await db.KirimAsync(new BuatUnitOrganisasiCommand(indukId, nama, mandiri, urutan), Admin));

    public async Task<Guid> JabatanAsync(Guid unitId, string nama, JenisJabatan jenis, JenjangFungsional? jenjang = null, int kelas = 7,
        bool memimpin = false, TugasTambahan? tugasTambahan = null) =>
        Pasti(await db.KirimAsync(new BuatJabatanCommand(unitId, nama, jenis, jenjang, kelas, memimpin, tugasTambahan, false), Admin));

    /// <summary>A PNS with a valid, unique NIP (born 1985, TMT 2010).</summary>
    public async Task<Guid> PegawaiAsync(string nama)
    {
        var n = Interlocked.Increment(ref urutNip);
        var nip = $"198501{1 + (n / 999 % 28):D2}2010011{(n % 999) + 1:D3}";
        return Pasti(await db.KirimAsync(new TambahPegawaiCommand(nip, StatusKepegawaian.Pns, nama, null, null, GolonganRuang.IIIB, null, Pendidikan.S1, null), Admin));
    }

    /// <summary>Places the pegawai in the position and returns the holding's id.</summary>
    public async Task<Guid> TempatkanAsync(Guid pegawaiId, Guid jabatanId, DateOnly tmt, JenisPemangkuan jenis = JenisPemangkuan.Definitif) =>
        Pasti(await db.KirimAsync(new TetapkanPemangkuJabatanCommand(pegawaiId, jabatanId, jenis, tmt, "800/UJI/2024", false), Admin));

    /// <summary>A new pegawai holding the position definitively from <paramref name="tmt"/>.</summary>
    public async Task<Guid> PemangkuAsync(Guid jabatanId, string nama, DateOnly tmt)
    {
        var pegawai = await PegawaiAsync(nama);
        await TempatkanAsync(pegawai, jabatanId, tmt);
        return pegawai;
    }

    public Task<Result<Guid>> KedudukanAsync(Guid jabatanId, Guid atasanId, DateOnly mulai, string? delegasi = null, string nomorSk = "821.2/PJ-01/BKPSDM/2025") =>
        db.KirimAsync(new TetapkanKedudukanCommand(jabatanId, atasanId, mulai, nomorSk, delegasi), Admin);

    public Task<int> JumlahKedudukanAsync() => db.BacaAsync(c => c.Kedudukan.CountAsync());

    public Task<uint> VersiJabatanAsync(Guid id) => db.BacaAsync(c => c.Jabatan.AsNoTracking().Where(j => j.Id == id).Select(j => j.Versi).SingleAsync());

    public Task<uint> VersiUnitAsync(Guid id) => db.BacaAsync(c => c.UnitOrganisasi.AsNoTracking().Where(u => u.Id == id).Select(u => u.Versi).SingleAsync());

    public Task<uint> VersiPegawaiAsync(Guid id) => db.BacaAsync(c => c.Pegawai.AsNoTracking().Where(p => p.Id == id).Select(p => p.Versi).SingleAsync());

    private static T Pasti<T>(Result<T> hasil) =>
        hasil.Berhasil ? hasil.Nilai : throw new InvalidOperationException("Test setup failed: " + string.Join("; ", hasil.Errors.Select(e => $"{e.Kode}: {e.Pesan}")));
}
