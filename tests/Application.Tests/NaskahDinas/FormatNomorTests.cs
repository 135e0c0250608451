using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Application.Tests.AlurPenugasan;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Dokumen;
using SistemKerja.TestSupport;
using static SistemKerja.Application.Tests.NaskahDinas.NaskahUji;

namespace SistemKerja.Application.Tests.NaskahDinas;

/// <summary>
/// BKPSDM sets the number format per Perangkat Daerah and document kind (DOMAIN.md §11: numbered per PD, kind and year);
/// the page previews the next number, and the next issued document gets exactly that number.
/// </summary>
public sealed class FormatNomorTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    [Fact]
    public async Task AturFormat_OlehAdmin_PratinjauSamaDenganNomorYangDiterbitkan()
    {
        var x = await sk.PegawaiAsync();
        var singkatan = await db.BacaAsync(c => c.PerangkatDaerah.Where(p => p.Id == x.PerangkatDaerahId).Select(p => p.Singkatan).SingleAsync());
        var awal = (await db.TanyaAsync(new FormatNomorPerangkatDaerahQuery(x.PerangkatDaerahId), SkenarioPenugasan.Admin)).Nilai;
        var st = awal.Jenis.Single(j => j.Jenis == JenisDokumen.SuratTugas);
        (st.Format, st.Bawaan).ShouldBe((FormatNomor.Bawaan, true));
        awal.Jenis.Count.ShouldBe(Enum.GetValues<JenisDokumen>().Length);

        var hasil = await db.KirimAsync(new AturFormatNomorCommand(x.PerangkatDaerahId, JenisDokumen.SuratTugas, " 800.1.11.1/{urut:000}/{singkatan}/{bulan}/{tahun} "), SkenarioPenugasan.Admin);

        hasil.Berhasil.ShouldBeTrue(string.Join("; ", hasil.Errors.Select(e => e.Pesan)));
        var sesudah = (await db.TanyaAsync(new FormatNomorPerangkatDaerahQuery(x.PerangkatDaerahId), SkenarioPenugasan.Admin)).Nilai.Jenis.Single(j => j.Jenis == JenisDokumen.SuratTugas);
        string[] romawi = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
        (sesudah.Format, sesudah.Bawaan).ShouldBe(("800.1.11.1/{urut:000}/{singkatan}/{bulan}/{tahun}", false));
        sesudah.NomorBerikutnya.ShouldBe($"800.1.11.1/{sesudah.UrutBerikutnya:000}/{singkatan}/{romawi[sk.HariIni.Month - 1]}/{sk.HariIni.Year}");

        var d = await DokumenPenugasanAsync(db, await TunjukAsync(db, x, sk.HariIni.AddDays(1)));
        d.Nomor.ShouldBe(sesudah.NomorBerikutnya, "the preview is the number the next document gets");
        var lagi = (await db.TanyaAsync(new FormatNomorPerangkatDaerahQuery(x.PerangkatDaerahId), SkenarioPenugasan.Admin)).Nilai.Jenis.Single(j => j.Jenis == JenisDokumen.SuratTugas);
        lagi.UrutBerikutnya.ShouldBe(sesudah.UrutBerikutnya + 1);

        (await db.KirimAsync(new AturFormatNomorCommand(x.PerangkatDaerahId, JenisDokumen.SuratTugas, "094/{urut}/{tahun}"), SkenarioPenugasan.Admin)).Berhasil.ShouldBeTrue("changed again");
        (await db.BacaAsync(c => c.FormatNomorDokumen.Where(f => f.PerangkatDaerahId == x.PerangkatDaerahId).Select(f => f.Format).ToListAsync())).ShouldBe(["094/{urut}/{tahun}"]);
    }

    [Theory]
    [InlineData("094/{nomor}/{tahun}", "Penanda {nomor} tidak dikenal. Penanda yang dapat dipakai: {urut}, {urut:000}, {tahun}, {bulan}, {singkatan}.")]
    [InlineData("094/{singkatan}/{tahun}", "Format nomor wajib memuat {urut} atau {urut:000}, agar setiap dokumen bernomor berbeda.")]
    [InlineData("", "Format nomor wajib diisi, misalnya 800.1.11.1/{urut}/BKPSDM/{tahun}.")]
    public async Task AturFormat_PenandaSalah_DitolakDenganPesanIndonesia_TidakTersimpan(string format, string pesan)
    {
        var pd = await db.BacaAsync(c => c.PerangkatDaerah.OrderBy(p => p.Nama).Select(p => p.Id).FirstAsync());

        var hasil = await db.KirimAsync(new AturFormatNomorCommand(pd, JenisDokumen.SuratJawabanPenolakan, format), SkenarioPenugasan.Admin);

        (hasil.ErrorUtama!.Pesan, hasil.ErrorUtama.Properti).ShouldBe((pesan, "Format"));
        (await db.BacaAsync(c => c.FormatNomorDokumen.CountAsync(f => f.PerangkatDaerahId == pd && f.Jenis == JenisDokumen.SuratJawabanPenolakan))).ShouldBe(0);
    }

    [Fact]
    public async Task AturFormat_BukanAdmin_Terlarang()
    {
        var x = await sk.PegawaiAsync();

        foreach (var siapa in new[] { x.Puo.SebagaiPimpinan(), Auditor() })
        {
            (await db.KirimAsync(new AturFormatNomorCommand(x.PerangkatDaerahId, JenisDokumen.SuratTugas, "1/{urut}/{tahun}"), siapa)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
            (await db.TanyaAsync(new FormatNomorPerangkatDaerahQuery(x.PerangkatDaerahId), siapa)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        }
    }
}
