using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Application.AlurPenugasan.TunjukPegawai;
using SistemKerja.Application.Tests.AlurPenugasan;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Infrastructure.Persistence;
using SistemKerja.TestSupport;
using static SistemKerja.Application.Tests.NaskahDinas.NaskahUji;

namespace SistemKerja.Application.Tests.NaskahDinas;

/// <summary>
/// The number series of issued documents (issue "Official documents"): one per Perangkat Daerah, document kind and year,
/// taken inside the issuing command's transaction, so parallel issuers get consecutive numbers with no duplicates and no
/// gaps, and a command that fails gives its number back. BKPSDM's format per Perangkat Daerah changes the printed text.
/// </summary>
public sealed class PenomoranDokumenTests(DatabaseDemoFixture db, ITestOutputHelper keluaran) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    private Task<Guid> PdDiskominfoAsync() => db.BacaAsync(c => c.PerangkatDaerah.Where(p => p.Singkatan == "DISKOMINFO").Select(p => p.Id).SingleAsync());

    /// <summary>A Pelaksana outside DISKOMINFO, whose series the format test expects to start at 001.</summary>
    private async Task<PegawaiUji> PegawaiBukanDiskominfoAsync() => await sk.PegawaiAsync(kecualiPerangkatDaerahId: await PdDiskominfoAsync());

    private Task<int> UrutTerakhirAsync(Guid pdId, JenisDokumen jenis, int tahun) =>
        db.BacaAsync(async c => await c.Dokumen.Where(d => d.PerangkatDaerahId == pdId && d.Jenis == jenis && d.Tahun == tahun).MaxAsync(d => (int?)d.Urut) ?? 0);

    private Task<int?> PencacahAsync(Guid pdId, JenisDokumen jenis, int tahun) => db.BacaAsync(async c =>
        (await c.Database.SqlQueryRaw<int>(
            "SELECT \"Terakhir\" AS \"Value\" FROM penomoran_dokumen WHERE \"PerangkatDaerahId\" = {0} AND \"Jenis\" = {1} AND \"Tahun\" = {2}", pdId, jenis.ToString(), tahun)
            .ToListAsync()).Cast<int?>().SingleOrDefault());

    /// <summary>Up to <paramref name="n"/> different Pelaksana of one Perangkat Daerah (not DISKOMINFO, kept for the format test).</summary>
    private async Task<List<PegawaiUji>> PegawaiSatuPdAsync(int n)
    {
        var diskominfo = await PdDiskominfoAsync();
        var pertama = await sk.PegawaiDenganAsync(k => k.PerangkatDaerahId != diskominfo);
        var semua = new List<PegawaiUji> { pertama };
        while (semua.Count < n)
        {
            try
            {
                semua.Add(await sk.PegawaiDenganAsync(k => k.PerangkatDaerahId == pertama.PerangkatDaerahId));
            }
            catch (InvalidOperationException)
            {
                break;
            }
        }

        return semua;
    }

    /// <summary>
    /// The requirement: 20 Surat Tugas of one Perangkat Daerah issued at the same moment (separate scopes and
    /// transactions, different pegawai and periods) get exactly the next 20 numbers: no duplicate, no gap.
    /// </summary>
    [Fact]
    public async Task DuaPuluhPenunjukanSerentak_SatuPerangkatDaerah_NomorUrutBerurutanTanpaGandaTanpaCelah()
    {
        const int jumlah = 20;
        var pegawai = await PegawaiSatuPdAsync(jumlah);
        var pdId = pegawai[0].PerangkatDaerahId;
        var singkatan = await db.BacaAsync(c => c.PerangkatDaerah.Where(p => p.Id == pdId).Select(p => p.Singkatan).SingleAsync());
        var tahun = sk.HariIni.Year;

        // One issue first, so the series is already running (the parallel ones must continue it, not restart it).
        await TunjukAsync(db, pegawai[0], sk.HariIni.AddDays(1));
        var awal = await UrutTerakhirAsync(pdId, JenisDokumen.SuratTugas, tahun);
        awal.ShouldBeGreaterThanOrEqualTo(1);

        using var gerbang = new SemaphoreSlim(0);
        var waktu = new Stopwatch();
        var tugas = Enumerable.Range(0, jumlah).Select(async i =>
        {
            var x = pegawai[i % pegawai.Count];
            var mulai = sk.HariIni.AddDays(2 + i);
            await gerbang.WaitAsync(Ct);
            return await db.KirimAsync(new TunjukPegawaiCommand(x.Diri.PegawaiId, $"Tugas serentak ke-{i + 1}", null, mulai, mulai.AddDays(10), false, 1),
                x.Puo.SebagaiPimpinan());
        }).ToList();
        waktu.Start();
        gerbang.Release(jumlah);
        var hasil = await Task.WhenAll(tugas);
        waktu.Stop();
        keluaran.WriteLine($"{jumlah} parallel TunjukPegawai ({pegawai.Count} pegawai of {singkatan}): {waktu.ElapsedMilliseconds} ms, {waktu.ElapsedMilliseconds / jumlah} ms per document");

        hasil.Where(r => r.Gagal).Select(r => r.ErrorUtama!.Pesan).ShouldBeEmpty();
        var ids = hasil.Select(r => r.Nilai).ToHashSet();
        var dokumen = await db.BacaAsync(c => (from s in c.SuratTugas
                                               join d in c.Dokumen on s.Id equals d.SumberId
                                               where ids.Contains(s.PenugasanId)
                                               select new { d.Urut, d.Nomor, d.Tahun, d.Jenis, d.PerangkatDaerahId, SuratNomor = s.Nomor }).ToListAsync());

        dokumen.Count.ShouldBe(jumlah);
        dokumen.Select(d => d.Urut).Order().ShouldBe(Enumerable.Range(awal + 1, jumlah), "exactly the next numbers of the series");
        dokumen.ShouldAllBe(d => d.Tahun == tahun && d.Jenis == JenisDokumen.SuratTugas && d.PerangkatDaerahId == pdId);
        dokumen.ShouldAllBe(d => d.Nomor == $"094/{d.Urut}/{singkatan}/{tahun}" && d.SuratNomor == d.Nomor);
        dokumen.Select(d => d.Nomor).Distinct().Count().ShouldBe(jumlah);
        (await PencacahAsync(pdId, JenisDokumen.SuratTugas, tahun)).ShouldBe(awal + jumlah);
        (await UrutTerakhirAsync(pdId, JenisDokumen.SuratTugas, tahun)).ShouldBe(awal + jumlah);
    }

    /// <summary>
    /// A command that fails after its number was taken (the Surat Tugas is numbered and printed, then the save is refused
    /// by the database — here a test trigger refusing one marked text) rolls back with it: the next document gets that number.
    /// </summary>
    [Fact]
    public async Task PerintahGagalSetelahMengambilNomor_NomorTidakTerpakai_DokumenBerikutnyaMelanjutkanTanpaCelah()
    {
        var x = await PegawaiBukanDiskominfoAsync();
        var tahun = sk.HariIni.Year;
        await TunjukAsync(db, x, sk.HariIni.AddDays(1));
        var awal = await UrutTerakhirAsync(x.PerangkatDaerahId, JenisDokumen.SuratTugas, tahun);
        var penugasanAwal = await db.BacaAsync(c => c.Penugasan.CountAsync());
        await db.BacaAsync(c => c.Database.ExecuteSqlRawAsync("""
            CREATE OR REPLACE FUNCTION uji_tolak_surat() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW."Untuk" LIKE 'GAGAL-UJI%' THEN RAISE EXCEPTION 'ditolak oleh uji'; END IF; RETURN NEW; END $$;
            DROP TRIGGER IF EXISTS uji_tolak_surat ON surat_tugas;
            CREATE TRIGGER uji_tolak_surat BEFORE INSERT ON surat_tugas FOR EACH ROW EXECUTE FUNCTION uji_tolak_surat();
            """));

        var gagal = new TunjukPegawaiCommand(x.Diri.PegawaiId, "GAGAL-UJI penugasan", null, sk.HariIni.AddDays(3), sk.HariIni.AddDays(9), false, 5);
        await Should.ThrowAsync<DbUpdateException>(() => db.KirimAsync(gagal, x.Puo.SebagaiPimpinan()));

        (await db.BacaAsync(c => c.Penugasan.CountAsync())).ShouldBe(penugasanAwal);
        (await PencacahAsync(x.PerangkatDaerahId, JenisDokumen.SuratTugas, tahun)).ShouldBe(awal, "the rolled-back command gave its number back");

        var berikut = await DokumenPenugasanAsync(db, await TunjukAsync(db, x, sk.HariIni.AddDays(4)));
        berikut.Urut.ShouldBe(awal + 1);
        (await db.BacaAsync(c => c.Dokumen.CountAsync(d => d.PerangkatDaerahId == x.PerangkatDaerahId && d.Tahun == tahun && d.Jenis == JenisDokumen.SuratTugas)))
            .ShouldBe(awal + 1, "no gap: numbers 1..n are all used");
    }

    /// <summary>
    /// Uraian (≤ 2,000) and target kinerja (≤ 2,000) both at their maximum still fit the Surat Tugas "Untuk", which joins
    /// them with ", dengan target kinerja: " (once a 500: the column was 4,000 characters).
    /// </summary>
    [Fact]
    public async Task UraianDanTargetMaksimal_PesanValidasi_BukanPengecualian()
    {
        var x = await sk.PegawaiAsync();

        var hasil = await db.KirimAsync(new TunjukPegawaiCommand(x.Diri.PegawaiId, new string('u', 2000), new string('t', 2000), sk.HariIni.AddDays(3), sk.HariIni.AddDays(9), false, 5),
            x.Puo.SebagaiPimpinan());

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        var untuk = await db.BacaAsync(c => c.SuratTugas.Where(st => st.PenugasanId == hasil.Nilai).Select(st => st.Untuk).SingleAsync());
        untuk.Length.ShouldBeGreaterThan(4000);
    }

    /// <summary>
    /// The series restarts every year (the year of the letter's date, which is the WIB date: 20:00 UTC on 31 December
    /// is already 1 January in Sungai Harapan) and each document kind has its own series (a Surat Perintah Tugas under
    /// the MUBA preset does not take a Surat Tugas number).
    /// </summary>
    [Fact]
    public async Task NomorUrut_MulaiLagiSetiapTahunDanSetiapJenisDokumen()
    {
        var x = await PegawaiBukanDiskominfoAsync();
        PegawaiUji y;
        try
        {
            y = await sk.PegawaiDenganAsync(k => k.PerangkatDaerahId == x.PerangkatDaerahId);
        }
        catch (InvalidOperationException)
        {
            y = x;
        }

        var singkatan = await db.BacaAsync(c => c.PerangkatDaerah.Where(p => p.Id == x.PerangkatDaerahId).Select(p => p.Singkatan).SingleAsync());
        // Years no other test of this class issues in (the class shares one database): +10 and +11.
        var tahun = sk.HariIni.Year + 10;
        var akhirTahun = new DateOnly(tahun, 12, 31);
        var jam = new JamUji(JamUji.Wib(akhirTahun, 10));
        await using var layanan = LayananDenganJam(db, jam);

        async Task<Dokumen> TerbitkanAsync(PegawaiUji p)
        {
            var hariIni = DateOnly.FromDateTime(jam.GetLocalNow().DateTime);
            var id = Pasti(await KirimAsync(layanan, new TunjukPegawaiCommand(p.Diri.PegawaiId, "Penataan arsip akhir tahun", null, hariIni.AddDays(1), hariIni.AddDays(20), false, 5),
                p.Puo.SebagaiPimpinan()));
            return await DokumenPenugasanAsync(db, id);
        }

        var st1 = await TerbitkanAsync(x);
        var st2 = await TerbitkanAsync(y);
        await sk.TerapkanPresetAsync(PresetRegulasi.MusiBanyuasin);
        Dokumen spt1;
        try
        {
            spt1 = await TerbitkanAsync(x);
        }
        finally
        {
            await sk.TerapkanPresetAsync(PresetRegulasi.HuluSungaiUtara);
        }

        jam.Sekarang = new DateTimeOffset(tahun, 12, 31, 20, 0, 0, TimeSpan.Zero); // 1 January, 03.00 WIB
        var tahunBaru = await TerbitkanAsync(y);
        jam.Sekarang = JamUji.Wib(akhirTahun, 16);
        var st3 = await TerbitkanAsync(x);

        (st1.Jenis, st1.Tahun, st1.Urut, st1.Tanggal, st1.Nomor).ShouldBe((JenisDokumen.SuratTugas, tahun, 1, akhirTahun, $"094/1/{singkatan}/{tahun}"));
        (st2.Tahun, st2.Urut).ShouldBe((tahun, 2));
        (spt1.Jenis, spt1.Tahun, spt1.Urut, spt1.Nomor).ShouldBe((JenisDokumen.SuratPerintahTugas, tahun, 1, $"094/1/SPT/{singkatan}/{tahun}"), "a separate series per kind, whose default format marks the kind so the two number 1s differ");
        (tahunBaru.Jenis, tahunBaru.Tahun, tahunBaru.Urut, tahunBaru.Tanggal, tahunBaru.Nomor)
            .ShouldBe((JenisDokumen.SuratTugas, tahun + 1, 1, new DateOnly(tahun + 1, 1, 1), $"094/1/{singkatan}/{tahun + 1}"), "a new year restarts at 1 (WIB date)");
        (st3.Tahun, st3.Urut).ShouldBe((tahun, 3), "the year's Surat Tugas series continued after the other series were used");
        (await PencacahAsync(x.PerangkatDaerahId, JenisDokumen.SuratTugas, tahun)).ShouldBe(3);
        (await PencacahAsync(x.PerangkatDaerahId, JenisDokumen.SuratPerintahTugas, tahun)).ShouldBe(1);
        (await PencacahAsync(x.PerangkatDaerahId, JenisDokumen.SuratTugas, tahun + 1)).ShouldBe(1);
    }

    /// <summary>Bug: the issue instant ignores the application's clock (DateTimeOffset.UtcNow in PenerbitDokumen).</summary>
    [Fact]
    public async Task DiterbitkanPada_MengikutiJamAplikasi()
    {
        var x = await PegawaiBukanDiskominfoAsync();
        var jam = new JamUji(JamUji.Wib(new DateOnly(sk.HariIni.Year + 2, 3, 2), 9));
        await using var layanan = LayananDenganJam(db, jam);
        var hariIni = DateOnly.FromDateTime(jam.GetLocalNow().DateTime);

        var id = Pasti(await KirimAsync(layanan, new TunjukPegawaiCommand(x.Diri.PegawaiId, "Penataan arsip", null, hariIni.AddDays(1), hariIni.AddDays(20), false, 5),
            x.Puo.SebagaiPimpinan()));

        var d = await DokumenPenugasanAsync(db, id);
        d.Tanggal.ShouldBe(hariIni);
        d.DiterbitkanPada.ShouldBe(jam.GetUtcNow());
    }

    /// <summary>
    /// BKPSDM's format for one Perangkat Daerah and kind ("800.1.11.1/{urut:000}/DISKOMINFO/{tahun}") is what the
    /// document, the Surat Tugas record and the PDF print; other Perangkat Daerah keep the default format.
    /// </summary>
    [Fact]
    public async Task FormatNomorPerangkatDaerah_MengubahNomorTercetak()
    {
        var pdId = await PdDiskominfoAsync();
        await db.BacaAsync(async c =>
        {
            c.FormatNomorDokumen.Add(new FormatNomorDokumen(pdId, JenisDokumen.SuratTugas, "800.1.11.1/{urut:000}/DISKOMINFO/{tahun}"));
            return await c.SaveChangesAsync();
        });
        var x = await sk.PegawaiDenganAsync(k => k.PerangkatDaerahId == pdId);
        var lain = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pdId);
        var tahun = sk.HariIni.Year;

        var d = await DokumenPenugasanAsync(db, await TunjukAsync(db, x, sk.HariIni.AddDays(1)));
        var d2 = await DokumenPenugasanAsync(db, await TunjukAsync(db, x, sk.HariIni.AddDays(2)));
        var dLain = await DokumenPenugasanAsync(db, await TunjukAsync(db, lain, sk.HariIni.AddDays(1)));

        d.Nomor.ShouldBe($"800.1.11.1/001/DISKOMINFO/{tahun}");
        d2.Nomor.ShouldBe($"800.1.11.1/002/DISKOMINFO/{tahun}");
        (await TeksAsync(await IsiAsync(db, d.Id))).ShouldContain($"NOMOR: 800.1.11.1/001/DISKOMINFO/{tahun}");
        (await db.BacaAsync(c => c.SuratTugas.AsNoTracking().Where(s => s.Id == d.SumberId).Select(s => s.Nomor).SingleAsync())).ShouldBe(d.Nomor);
        dLain.Nomor.ShouldStartWith("094/");
        dLain.Nomor.ShouldEndWith($"/{tahun}");
    }

    [Theory]
    [InlineData("800.1.11.1/{urut:000}/DISKOMINFO/{tahun}", 1, "800.1.11.1/001/DISKOMINFO/2026")]
    [InlineData("800.1.11.1/{urut:000}/DISKOMINFO/{tahun}", 1234, "800.1.11.1/1234/DISKOMINFO/2026")]
    [InlineData("094/{urut}/{singkatan}/{bulan}/{tahun}", 7, "094/7/BKPSDM/XII/2026")]
    [InlineData(FormatNomor.Bawaan, 12, "094/12/BKPSDM/2026")]
    public void FormatNomor_Terapkan(string format, int urut, string diharapkan)
    {
        var n = FormatNomor.Terapkan(format, urut, new DateOnly(2026, 12, 1), "BKPSDM");

        n.ShouldBe(new NomorDokumen(diharapkan, urut, 2026));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("094/BKPSDM/{tahun}")]
    public void FormatNomor_TanpaUrut_Ditolak(string? format) => FormatNomor.Periksa(format).Gagal.ShouldBeTrue();

    /// <summary>
    /// Bug: a format is accepted up to 120 characters (FormatNomor.PanjangFormat), but dokumen."Nomor" and
    /// surat_tugas."Nomor" hold 100: once BKPSDM saves such a format, every issue in that Perangkat Daerah throws.
    /// </summary>
    [Fact]
    public async Task FormatNomorYangLolosPemeriksaan_DapatDiterbitkan()
    {
        var format = "800.1.11.1/{urut:000}/" + new string('X', 90) + "/{tahun}";
        FormatNomor.Periksa(format).Berhasil.ShouldBeTrue();
        var x = await PegawaiBukanDiskominfoAsync();
        await db.BacaAsync(async c =>
        {
            c.FormatNomorDokumen.Add(new FormatNomorDokumen(x.PerangkatDaerahId, JenisDokumen.SuratTugas, format));
            return await c.SaveChangesAsync();
        });
        try
        {
            var hasil = await db.KirimAsync(new TunjukPegawaiCommand(x.Diri.PegawaiId, "Penataan arsip", null, sk.HariIni.AddDays(1), sk.HariIni.AddDays(9), false, 5),
                x.Puo.SebagaiPimpinan());

            hasil.Berhasil.ShouldBeTrue();
            (await DokumenPenugasanAsync(db, hasil.Nilai)).Nomor.ShouldStartWith("800.1.11.1/");
        }
        finally
        {
            await SqlAsync(db.ConnectionString, "DELETE FROM format_nomor_dokumen WHERE \"PerangkatDaerahId\" = @pd", ("pd", x.PerangkatDaerahId));
        }
    }
}
