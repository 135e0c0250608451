using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using SistemKerja.Application.Organisasi.EksporPetaJabatan;
using SistemKerja.Application.Organisasi.ImporPetaJabatan;
using SistemKerja.Application.Organisasi.PetaJabatan;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.PetaJabatan;

/// <summary>
/// Peta jabatan import/export on the demo region, through real .xlsx bytes: every bad row is reported with its line
/// number and reason, and an import with any bad row saves nothing (issue "Peta jabatan and PPK chains").
/// </summary>
public sealed class ImporPetaJabatanTests(DatabaseDemoFixture db, ITestOutputHelper keluaran) : IClassFixture<DatabaseDemoFixture>
{
    private static readonly PenggunaUji Admin = PenggunaUji.Admin();

    private IBerkasSpreadsheet Spreadsheet => db.Layanan.GetRequiredService<IBerkasSpreadsheet>();

    [Fact]
    public async Task EksporLaluImpor_BerkasTidakDiubah_SemuaBarisTetapDanTidakAdaPerubahan()
    {
        var (pdId, _) = await PdAsync("BKPSDM");
        var ekspor = await db.TanyaAsync(new EksporPetaJabatanQuery(pdId), Admin);
        var jumlahJabatan = await db.BacaAsync(c => c.Jabatan.CountAsync(j => j.PerangkatDaerahId == pdId));

        var hasil = await ImporAsync(pdId, ekspor.Nilai.Isi);

        hasil.Berhasil.ShouldBeTrue(Gabung(hasil));
        hasil.Nilai.ShouldBe(new HasilImpor(0, 0, ekspor.Nilai.JumlahBaris, 0));
        ekspor.Nilai.JumlahBaris.ShouldBe(jumlahJabatan);
        (await db.BacaAsync(c => c.Jabatan.CountAsync(j => j.PerangkatDaerahId == pdId))).ShouldBe(jumlahJabatan);
    }

    [Fact]
    public async Task Ekspor_NipDitulisSebagaiTeks18Digit()
    {
        var (pdId, _) = await PdAsync("BKPSDM");
        var ekspor = await db.TanyaAsync(new EksporPetaJabatanQuery(pdId), Admin);

        var lembar = Spreadsheet.Baca(new MemoryStream(ekspor.Nilai.Isi), 1000).Nilai;

        lembar.Judul.ShouldBe(KolomPetaJabatan.Semua.Select(k => k.Judul));
        var nip = lembar.Baris.Select(b => b[KolomPetaJabatan.NipPemangku]).OfType<string>().ToList();
        nip.ShouldNotBeEmpty();
        nip.ShouldAllBe(n => n.Length == 18 && n.All(char.IsAsciiDigit));
        lembar.Baris.ShouldAllBe(b => !b.SelAngka.Contains(KolomPetaJabatan.NipPemangku));
    }

    [Fact]
    public async Task Impor_BarisSalah_SetiapBarisDilaporkanDenganNomorDanAlasan_TidakAdaYangTersimpan()
    {
        var (pdId, akar) = await PdAsync("BKPSDM");
        string?[] Baik(string nama) => Baris(akar, nama);
        var baris = new List<string?[]>
        {
            Baik("Pengelola Arsip Uji 1"), // line 2
            Baris(akar, "Pengelola Uji NIP pendek", nip: "19800715199903200", tmt: "2025-01-02", sk: "SK/1"), // 3: 17 digits
            Baris(akar + " > Bidang Tidak Ada", "Pengelola Uji"), // 4
            Baris(akar, "Pengelola Uji", jenis: "Staf"), // 5
            Baris(akar, "Pengelola Uji", kelas: "20"), // 6
            Baik("Pengelola Arsip Uji 2"), // 7
            Baris(akar, "Pengelola Uji", nip: "19801315 199903 2 003", tmt: "2025-01-02", sk: "SK/2"), // 8: month 13
            Baris(akar, "Pengelola Uji", jenis: "Pelaksana", jenjang: "Ahli Muda"), // 9: jenjang only for JF
            Baris(akar, "Pengelola Uji", kode: "bukan-kode"), // 10
        };
        var sebelum = await HitungAsync(pdId);

        var hasil = await ImporAsync(pdId, Tulis(baris));

        hasil.Gagal.ShouldBeTrue();
        hasil.Errors.Select(e => e.Properti).Distinct().ShouldBe(["Baris 3", "Baris 4", "Baris 5", "Baris 6", "Baris 8", "Baris 9", "Baris 10"]);
        Pesan(hasil, 3).ShouldContain("NIP");
        Pesan(hasil, 4).ShouldContain("Bidang Tidak Ada");
        Pesan(hasil, 5).ShouldContain("\"Staf\" tidak dikenal");
        Pesan(hasil, 6).ShouldContain("Kelas");
        Pesan(hasil, 8).ShouldContain("tidak valid");
        Pesan(hasil, 9).ShouldContain("Jenjang");
        Pesan(hasil, 10).ShouldContain("bukan kode jabatan");
        (await HitungAsync(pdId)).ShouldBe(sebelum);
    }

    [Fact]
    public async Task Impor_NipTersimpanSebagaiAngka_DitolakKarenaDigitBisaBerubah()
    {
        var (pdId, akar) = await PdAsync("BKPSDM");
        var isi = new MemoryStream();
        isi.SaveAs(new[]
        {
            new Dictionary<string, object?>
            {
                [KolomPetaJabatan.Unit] = akar, [KolomPetaJabatan.NamaJabatan] = "Pengelola Uji Angka", [KolomPetaJabatan.JenisJabatan] = "Pelaksana",
                [KolomPetaJabatan.KelasJabatan] = 5d, [KolomPetaJabatan.NipPemangku] = 198007151999032003d,
                [KolomPetaJabatan.TmtPemangku] = "2025-01-02", [KolomPetaJabatan.NomorSkPemangku] = "SK/3",
            },
        }, excelType: ExcelType.XLSX);
        var sebelum = await HitungAsync(pdId);

        var hasil = await ImporAsync(pdId, isi.ToArray());

        hasil.Errors.ShouldHaveSingleItem().Pesan.ShouldContain("tersimpan sebagai angka");
        hasil.ErrorUtama!.Properti.ShouldBe("Baris 2");
        (await HitungAsync(pdId)).ShouldBe(sebelum);
    }

    [Fact]
    public async Task Impor_PegawaiDariPdLain_DitempatkanDanJabatanLamanyaBerakhirSehariSebelumTmt()
    {
        var (pdId, akar) = await PdAsync("BKPSDM");
        var (nip, pegawaiId, jabatanLamaId) = await db.BacaAsync(async c =>
        {
            var x = await (from pj in c.PemangkuJabatan
                           join j in c.Jabatan on pj.JabatanId equals j.Id
                           join p in c.Pegawai on pj.PegawaiId equals p.Id
                           where j.PerangkatDaerahId != pdId && pj.TanggalSelesai == null && pj.Jenis == JenisPemangkuan.Definitif && !j.MemimpinUnit
                           orderby p.Nip
                           select new { p.Nip, p.Id, JabatanId = j.Id }).FirstAsync();
            return (x.Nip, x.Id, x.JabatanId);
        });

        var hasil = await ImporAsync(pdId, Tulis([Baris(akar, "Analis Uji Mutasi", nip: nip, tmt: "02-01-2026", sk: "800.1.3.3/77/BKPSDM/2025")]));

        hasil.Berhasil.ShouldBeTrue(Gabung(hasil));
        hasil.Nilai.ShouldBe(new HasilImpor(1, 0, 0, 1));
        var riwayat = await db.BacaAsync(c => c.PemangkuJabatan.AsNoTracking().Where(p => p.PegawaiId == pegawaiId).ToListAsync());
        riwayat.Single(r => r.JabatanId == jabatanLamaId).TanggalSelesai.ShouldBe(new DateOnly(2026, 1, 1));
        var baru = riwayat.Single(r => r.TanggalSelesai == null);
        baru.Tmt.ShouldBe(new DateOnly(2026, 1, 2));
        (await db.BacaAsync(c => c.Jabatan.Where(j => j.Id == baru.JabatanId).Select(j => j.Nama).SingleAsync())).ShouldBe("Analis Uji Mutasi");
    }

    [Fact]
    public async Task Impor_PegawaiYangSamaDuaKali_BarisKeduaDitolakDenganRujukanBarisPertama()
    {
        var (pdId, akar) = await PdAsync("BKPSDM");
        var nip = await db.BacaAsync(c => c.Pegawai.OrderByDescending(p => p.Nip).Select(p => p.Nip).FirstAsync());

        var hasil = await ImporAsync(pdId, Tulis(
        [
            Baris(akar, "Analis Uji A", nip: nip, tmt: "2026-01-02", sk: "SK/A"),
            Baris(akar, "Analis Uji B", nip: nip, tmt: "2026-01-02", sk: "SK/B"),
        ]));

        hasil.Errors.ShouldHaveSingleItem().Pesan.ShouldContain("sudah ditempatkan pada baris 2");
    }

    [Fact]
    public async Task Impor_BukanAdmin_TerlarangDanTidakAdaYangTersimpan()
    {
        var (pdId, akar) = await PdAsync("BKPSDM");
        var sebelum = await HitungAsync(pdId);

        var hasil = await ImporAsync(pdId, Tulis([Baris(akar, "Pengelola Uji Terlarang")]), PenggunaUji.Pegawai());

        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        (await HitungAsync(pdId)).ShouldBe(sebelum);
    }

    [Fact]
    public void Baca_BerkasBukanXlsx_GagalDenganPesanBukanException()
    {
        var hasil = Spreadsheet.Baca(new MemoryStream("NIP;Nama\n1;2"u8.ToArray()), 100);

        hasil.ErrorUtama!.Kode.ShouldBe("BerkasTidakTerbaca");
        hasil.ErrorUtama.Pesan.ShouldContain(".xlsx");
    }

    [Fact]
    public async Task Impor_10000Baris_TersimpanSemuaDenganKemajuanBertahap()
    {
        var (pdId, akar) = await PdAsync("DINKES");
        var baris = Enumerable.Range(1, 10_000).Select(i => Baris(akar, $"Pengadministrasi Uji {i:00000}")).ToList();
        var kemajuan = new List<KemajuanImpor>();
        var sebelum = await HitungAsync(pdId);
        var jam = Stopwatch.StartNew();

        var hasil = await ImporAsync(pdId, Tulis(baris), kemajuan: new Catat(kemajuan));

        keluaran.WriteLine($"10.000 baris: {jam.ElapsedMilliseconds} ms (baca + periksa + simpan)");
        hasil.Berhasil.ShouldBeTrue(Gabung(hasil));
        hasil.Nilai.JabatanBaru.ShouldBe(10_000);
        (await HitungAsync(pdId)).Jabatan.ShouldBe(sebelum.Jabatan + 10_000);
        kemajuan.Count.ShouldBe(40);
        kemajuan.Select(k => k.Diperiksa).ShouldBeInOrder();
        kemajuan[^1].ShouldBe(new KemajuanImpor(10_000, 10_000));
    }

    [Fact]
    public async Task Impor_10000BarisDenganSatuBarisSalahDiAkhir_TidakAdaYangTersimpan()
    {
        var (pdId, akar) = await PdAsync("DISDIK");
        var baris = Enumerable.Range(1, 10_000).Select(i => Baris(akar, $"Pengadministrasi Uji {i:00000}")).ToList();
        baris[^1] = Baris(akar, "Pengadministrasi Uji Terakhir", nip: "1234", tmt: "2026-01-02", sk: "SK/9");
        var sebelum = await HitungAsync(pdId);

        var hasil = await ImporAsync(pdId, Tulis(baris));

        hasil.Errors.ShouldHaveSingleItem().Properti.ShouldBe("Baris 10001");
        hasil.ErrorUtama!.Pesan.ShouldContain("NIP \"1234\" tidak valid");
        (await HitungAsync(pdId)).ShouldBe(sebelum);
    }

    private async Task<Result<HasilImpor>> ImporAsync(Guid pdId, byte[] isi, PenggunaUji? sebagai = null, IProgress<KemajuanImpor>? kemajuan = null)
    {
        var lembar = Spreadsheet.Baca(new MemoryStream(isi), ImporPetaJabatanCommand.BatasBaris);
        lembar.Berhasil.ShouldBeTrue(lembar.ErrorUtama?.Pesan);
        return await db.KirimAsync(new ImporPetaJabatanCommand(pdId, "uji.xlsx", lembar.Nilai.Baris, kemajuan), sebagai ?? Admin);
    }

    private byte[] Tulis(IEnumerable<string?[]> baris)
    {
        var isi = new MemoryStream();
        Spreadsheet.Tulis(isi, "Peta Jabatan", KolomPetaJabatan.Semua, baris);
        return isi.ToArray();
    }

    /// <summary>A row in the export layout; by default a new Pelaksana slot in <paramref name="unit"/>.</summary>
    private static string?[] Baris(string unit, string nama, string jenis = "Pelaksana", string? jenjang = null, string kelas = "5",
        string? nip = null, string? tmt = null, string? sk = null, string? kode = null) =>
        [kode, unit, nama, jenis, jenjang, kelas, "Tidak", null, nip, null, null, tmt, sk, null];

    private Task<(Guid PdId, string Akar)> PdAsync(string singkatan) => db.BacaAsync(async c =>
    {
        var pd = await c.PerangkatDaerah.Where(p => p.Singkatan == singkatan).Select(p => p.Id).SingleAsync();
        var akar = await c.UnitOrganisasi.Where(u => u.PerangkatDaerahId == pd && u.IndukId == null).Select(u => u.Nama).SingleAsync();
        return (pd, akar);
    });

    private Task<(int Jabatan, int Pemangku, int Audit)> HitungAsync(Guid pdId) => db.BacaAsync(async c => (
        await c.Jabatan.CountAsync(j => j.PerangkatDaerahId == pdId),
        await c.PemangkuJabatan.CountAsync(),
        await c.JejakAudit.CountAsync()));

    private static string Pesan(Result hasil, int baris) => string.Join(" | ", hasil.Errors.Where(e => e.Properti == $"Baris {baris}").Select(e => e.Pesan));

    private static string Gabung(Result hasil) => string.Join("; ", hasil.Errors.Take(5).Select(e => e.Pesan));

    private sealed class Catat(List<KemajuanImpor> daftar) : IProgress<KemajuanImpor>
    {
        public void Report(KemajuanImpor value) => daftar.Add(value);
    }
}
