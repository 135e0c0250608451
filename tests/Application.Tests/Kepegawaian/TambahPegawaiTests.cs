using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Kepegawaian.TambahPegawai;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.Kepegawaian;

public sealed class TambahPegawaiTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private static TambahPegawaiCommand Perintah(string nip, string nama = "Rahmat Hidayat") =>
        new(nip, StatusKepegawaian.Pns, nama, null, "S.Kom.", GolonganRuang.IIIA, null, Pendidikan.S1, null);

    [Fact]
    public async Task TambahPegawai_NipValid_TersimpanDenganTanggalLahirDariNip()
    {
        var hasil = await db.KirimAsync(Perintah("19900215 201503 1 002"), PenggunaUji.Admin());

        hasil.Berhasil.ShouldBeTrue(string.Join("; ", hasil.Errors.Select(e => e.Pesan)));
        var p = await db.BacaAsync(c => c.Pegawai.SingleAsync(x => x.Id == hasil.Nilai));
        p.Nip.ShouldBe("199002152015031002");
        p.TanggalLahir.ShouldBe(new DateOnly(1990, 2, 15));
        p.JenisKelamin.ShouldBe(JenisKelamin.LakiLaki);
    }

    [Theory]
    [InlineData("19901315 201503 1 002")] // month 13
    [InlineData("1990021520150310")] // too short
    [InlineData("19900215 201503 3 002")] // gender digit 3
    [InlineData("abc")]
    public async Task TambahPegawai_NipTidakValid_DitolakDanTidakAdaYangTersimpan(string nip)
    {
        var sebelum = await db.BacaAsync(c => c.Pegawai.CountAsync());
        var auditSebelum = await db.BacaAsync(c => c.JejakAudit.CountAsync());

        var hasil = await db.KirimAsync(Perintah(nip), PenggunaUji.Admin());

        hasil.Gagal.ShouldBeTrue();
        hasil.Errors.ShouldAllBe(e => e.Properti == "Nip");
        (await db.BacaAsync(c => c.Pegawai.CountAsync())).ShouldBe(sebelum);
        (await db.BacaAsync(c => c.JejakAudit.CountAsync())).ShouldBe(auditSebelum);
    }

    [Fact]
    public async Task TambahPegawai_NipSudahTerdaftar_DitolakSebagaiKonflik()
    {
        var nipLama = await db.BacaAsync(c => c.Pegawai.Select(p => p.Nip).FirstAsync());

        var hasil = await db.KirimAsync(Perintah(nipLama), PenggunaUji.Admin());

        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Konflik);
        hasil.ErrorUtama.Pesan.ShouldContain("sudah terdaftar");
    }

    [Fact]
    public async Task TambahPegawai_BukanAdmin_Terlarang()
    {
        var hasil = await db.KirimAsync(Perintah("19910101 201601 2 001"), PenggunaUji.Pegawai());

        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        (await db.BacaAsync(c => c.Pegawai.AnyAsync(p => p.Nip == "199101012016012001"))).ShouldBeFalse();
    }

    [Fact]
    public async Task TambahPegawai_Berhasil_MeninggalkanJejakAudit()
    {
        var admin = PenggunaUji.Admin();

        var hasil = await db.KirimAsync(Perintah("19920303 201703 2 004", "Siti Audit"), admin);

        hasil.Berhasil.ShouldBeTrue();
        var jejak = await db.BacaAsync(c => c.JejakAudit.Where(j => j.PenggunaId == admin.IdUji).ToListAsync());
        jejak.ShouldHaveSingleItem().Aksi.ShouldBe("TambahPegawai");
        jejak[0].Data.ShouldContain("Siti Audit");
    }

    [Fact]
    public async Task TambahPegawai_PnsTanpaGolongan_DitolakDenganPesanIndonesia()
    {
        var hasil = await db.KirimAsync(Perintah("19930404 201804 1 005") with { GolonganRuang = null }, PenggunaUji.Admin());

        hasil.ErrorUtama!.Kode.ShouldBe(nameof(GolonganHarusSesuaiStatusKepegawaian));
        hasil.ErrorUtama.Pesan.ShouldContain("golongan ruang");
    }
}
