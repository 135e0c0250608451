using System.Net;
using static SistemKerja.Web.Tests.NaskahDinas.DokumenWeb;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.NaskahDinas;

/// <summary>/Admin/Naskah/FormatNomor: BKPSDM previews and saves a number format per Perangkat Daerah and kind; others get 403.</summary>
public sealed class FormatNomorHalamanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static Dictionary<string, string> Isian(string token, Guid pd, string jenis, string format) =>
        new() { ["__RequestVerificationToken"] = token, ["Pd"] = pd.ToString(), ["Masukan.Jenis"] = jenis, ["Masukan.Format"] = format };

    [Fact]
    public async Task Admin_PratinjauLaluSimpan_PenandaSalahDitolakDenganPesanIndonesia_SuratBerikutnyaMemakaiFormat()
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        var pd = await SkalarAsync<Guid>(app, "SELECT \"Id\" FROM perangkat_daerah WHERE \"Singkatan\" = 'DISKOMINFO'");
        var url = $"/Admin/Naskah/FormatNomor?pd={pd}";
        var halaman = await HalamanAsync(admin, url);
        halaman.QuerySelector("tr[data-jenis=SuratTugas] td.berikutnya")!.TextContent.ShouldEndWith($"/DISKOMINFO/{HariIni(app).Year}");
        var token = Token(halaman);

        var salah = await Ok(await PostAsync(admin, url, Isian(token, pd, "SuratTugas", "094/{nomor}/{tahun}")));
        Galat(salah).ShouldContain("Penanda {nomor} tidak dikenal.");
        salah.QuerySelector("tr[data-jenis=SuratTugas] input[name='Masukan.Format']")!.GetAttribute("value").ShouldBe("094/{nomor}/{tahun}", "the typed format stays in its row");

        var pratinjau = await Ok(await PostAsync(admin, $"/Admin/Naskah/FormatNomor?handler=Pratinjau&pd={pd}", Isian(token, pd, "SuratTugas", "800/{urut:000}/{singkatan}/{tahun}")));
        var berikutnya = pratinjau.QuerySelector("tr[data-jenis=SuratTugas] td.berikutnya")!.TextContent; // still the saved (default) format
        var urut = berikutnya.Split('/')[1];
        pratinjau.QuerySelector("tr[data-jenis=SuratTugas] .pratinjau strong")!.TextContent.ShouldBe($"800/{int.Parse(urut, System.Globalization.CultureInfo.InvariantCulture):000}/DISKOMINFO/{HariIni(app).Year}");
        (await SkalarAsync<long>(app, "SELECT count(*) FROM format_nomor_dokumen")).ShouldBe(0L, "a preview saves nothing");

        var simpan = await PostAsync(admin, url, Isian(token, pd, "SuratTugas", "800/{urut:000}/{singkatan}/{tahun}"));
        simpan.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var sesudah = await HalamanAsync(admin, url);
        var nomor = sesudah.QuerySelector("tr[data-jenis=SuratTugas] td.berikutnya")!.TextContent;
        nomor.ShouldStartWith("800/");

        var d = await TunjukPegawaiAsync(app, await PimpinanAsync(app));
        d.Nomor.ShouldBe(nomor, "the Surat Tugas of the Bidang's head (Diskominfo) uses the saved format");
    }

    [Fact]
    public async Task BukanAdmin_403()
    {
        var pimpinan = await PimpinanAsync(app);
        (await pimpinan.GetAsync("/Admin/Naskah/FormatNomor", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var auditor = await app.MasukSebagaiAsync("auditor", "Auditor#Demo2025");
        (await auditor.GetAsync("/Admin/Naskah/FormatNomor", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
