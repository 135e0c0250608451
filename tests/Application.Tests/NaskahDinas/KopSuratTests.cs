using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Application.Tests.AlurPenugasan;
using SistemKerja.Domain.Common;
using SistemKerja.TestSupport;
using static SistemKerja.Application.Tests.NaskahDinas.NaskahUji;

namespace SistemKerja.Application.Tests.NaskahDinas;

/// <summary>
/// The kop surat of a Perangkat Daerah (DOMAIN.md §11: every document carries the kop of its Perangkat Daerah): BKPSDM
/// uploads its logo (PNG/JPEG by content, at most 512 KB) and edits its address; documents printed afterwards carry
/// both, documents already issued keep their bytes.
/// </summary>
public sealed class KopSuratTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    [Fact]
    public async Task UnggahLogoDanUbahAlamat_DokumenSesudahnyaMemuatGambarDanAlamat_DokumenLamaTetap()
    {
        var x = await sk.PegawaiAsync();
        var sebelum = await DokumenPenugasanAsync(db, await TunjukAsync(db, x, sk.HariIni.AddDays(1)));
        var isiSebelum = await IsiAsync(db, sebelum.Id);
        (await GambarAsync(isiSebelum)).ShouldBeEmpty("no logo yet (the QR code is vector)");
        var kop = (await db.TanyaAsync(new KopSuratPerangkatDaerahQuery(x.PerangkatDaerahId), SkenarioPenugasan.Admin)).Nilai;
        kop.JenisLogo.ShouldBeNull();

        var unggah = await db.KirimAsync(new UnggahLogoKopCommand(x.PerangkatDaerahId, "lambang.PNG", LogoPng), SkenarioPenugasan.Admin);
        unggah.Berhasil.ShouldBeTrue(string.Join("; ", unggah.Errors.Select(e => e.Pesan)));
        var alamat = await db.KirimAsync(new UbahAlamatKopCommand(x.PerangkatDaerahId, " Jalan Uji Kop Nomor 77, Sungai Harapan 71400 ", kop.Versi), SkenarioPenugasan.Admin);
        alamat.Berhasil.ShouldBeTrue(string.Join("; ", alamat.Errors.Select(e => e.Pesan)));

        var sesudah = await DokumenPenugasanAsync(db, await TunjukAsync(db, await sk.PegawaiDenganAsync(p => p.PerangkatDaerahId == x.PerangkatDaerahId), sk.HariIni.AddDays(1)));
        var isiSesudah = await IsiAsync(db, sesudah.Id);
        var gambar = await GambarAsync(isiSesudah);
        gambar.Count.ShouldBe(1, "the logo is embedded once");
        gambar[0].ShouldContain(" 32 ", Case.Sensitive, "the 32×32 logo");
        (await TeksAsync(isiSesudah)).ShouldContain("Jalan Uji Kop Nomor 77, Sungai Harapan 71400");
        (await IsiAsync(db, sebelum.Id)).ShouldBe(isiSebelum, "an issued document keeps its kop");

        var logo = await db.TanyaAsync(new LogoKopQuery(x.PerangkatDaerahId), SkenarioPenugasan.Admin);
        logo.Nilai.JenisKonten.ShouldBe("image/png");
        logo.Nilai.Isi.ShouldBe(LogoPng);
        var jejak = await db.BacaAsync(c => c.JejakAudit.Where(j => j.Aksi == "UnggahLogoKop").Select(j => j.Data).ToListAsync());
        jejak.Single().Length.ShouldBeLessThan(300, "the bytes are not copied into the audit trail");
    }

    public static TheoryData<string, byte[], string> BerkasSalah => new()
    {
        { "logo.png", [0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0], "Logo harus berkas PNG atau JPEG asli (.png, .jpg, .jpeg); isi berkas ini tidak sesuai." },
        { "logo.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray(), "Logo harus berkas PNG atau JPEG asli (.png, .jpg, .jpeg); isi berkas ini tidak sesuai." },
        { "logo.gif", LogoPng, "Logo harus berkas PNG atau JPEG asli (.png, .jpg, .jpeg); isi berkas ini tidak sesuai." },
        { "logo.jpg", LogoPng, "Logo harus berkas PNG atau JPEG asli (.png, .jpg, .jpeg); isi berkas ini tidak sesuai." },
        { "logo.png", [.. LogoPng, .. new byte[512 * 1024]], "Berkas logo terlalu besar: paling besar 512 KB." },
        { "logo.png", [], "Pilih berkas logo (PNG atau JPEG)." },
    };

    [Theory]
    [MemberData(nameof(BerkasSalah))]
    public async Task UnggahLogo_BukanPngJpegAtauTerlaluBesar_DitolakDenganPesanIndonesia(string nama, byte[] isi, string pesan)
    {
        var pd = await db.BacaAsync(c => c.PerangkatDaerah.OrderByDescending(p => p.Nama).Select(p => p.Id).FirstAsync());

        var hasil = await db.KirimAsync(new UnggahLogoKopCommand(pd, nama, isi), SkenarioPenugasan.Admin);

        hasil.ErrorUtama!.Pesan.ShouldBe(pesan);
        (await db.BacaAsync(c => c.LogoKop.CountAsync(l => l.PerangkatDaerahId == pd))).ShouldBe(0);
    }

    [Fact]
    public async Task UnggahLogoDanUbahAlamat_BukanAdmin_Terlarang_AlamatKosongDitolak()
    {
        var x = await sk.PegawaiAsync();
        var kop = (await db.TanyaAsync(new KopSuratPerangkatDaerahQuery(x.PerangkatDaerahId), SkenarioPenugasan.Admin)).Nilai;

        foreach (var siapa in new[] { x.Puo.SebagaiPimpinan(), Auditor() })
        {
            (await db.KirimAsync(new UnggahLogoKopCommand(x.PerangkatDaerahId, "logo.png", LogoPng), siapa)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
            (await db.KirimAsync(new UbahAlamatKopCommand(x.PerangkatDaerahId, "Jl. Lain", kop.Versi), siapa)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        }

        (await db.KirimAsync(new UbahAlamatKopCommand(x.PerangkatDaerahId, "  ", kop.Versi), SkenarioPenugasan.Admin)).ErrorUtama!.Pesan.ShouldBe("Alamat kop surat wajib diisi.");
        (await db.KirimAsync(new UbahAlamatKopCommand(x.PerangkatDaerahId, "Jl. Satu\nJl. Dua", kop.Versi), SkenarioPenugasan.Admin)).ErrorUtama!.Pesan.ShouldBe("Alamat kop surat harus satu baris.");
        (await db.BacaAsync(c => c.PerangkatDaerah.Where(p => p.Id == x.PerangkatDaerahId).Select(p => p.Alamat).SingleAsync())).ShouldBe(kop.Alamat);
    }
}
