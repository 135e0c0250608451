using System.Net;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.TimKerja;

/// <summary>
/// Tim Kerja over HTTP (DOMAIN.md §6.4, §8): the demo "pimpinan" (Kepala Bidang Aplikasi Informatika) drafts a team, adds the
/// demo "pegawai" of the same Bidang as ketua and another staff member, and sets it; the members see it, another unit's
/// head does not; bad input is answered on the form.
/// </summary>
public sealed class TimKerjaHalamanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Dictionary<string, string> IsianBentuk(string unitId, string nama) => new()
    {
        ["Masukan.UnitId"] = unitId,
        ["Masukan.Nama"] = nama,
        ["Masukan.Tugas"] = "Menyusun peta proses bisnis\nMembangun aplikasi layanan",
        ["Masukan.Sasaran"] = "Aplikasi layanan terbit",
        ["Masukan.SatuanSasaran"] = "1 Aplikasi",
        ["Masukan.JenisTugas"] = "Insidental",
        ["Masukan.TanggalMulai"] = Iso(HariIni(app)),
        ["Masukan.TanggalSelesai"] = Iso(HariIni(app).AddDays(60)),
    };

    private static async Task<HttpResponseMessage> KirimFormAsync(HttpClient klien, string urlHalaman, string aksi, Dictionary<string, string> isian)
    {
        var halaman = await HalamanAsync(klien, urlHalaman);
        isian["__RequestVerificationToken"] = Token(halaman);
        return await PostAsync(klien, aksi, isian);
    }

    [Fact]
    public async Task PimpinanMembentukDanMenetapkan_AnggotaMelihat_UnitLainTidak()
    {
        var pimpinan = await PimpinanAsync(app);
        var bentuk = await HalamanAsync(pimpinan, "/Tim/Bentuk");
        var unitId = bentuk.QuerySelector("select[name='Masukan.UnitId'] option")!.GetAttribute("value")!;
        var alihan = await KirimFormAsync(pimpinan, "/Tim/Bentuk", "/Tim/Bentuk", IsianBentuk(unitId, "Tim Aplikasi Layanan Terpadu"));
        var id = IdDariAlihan(alihan, "/Tim/Detail/");
        var url = $"/Tim/Detail/{id}";

        var detail = await HalamanAsync(pimpinan, url);
        detail.QuerySelector(".status")!.TextContent.ShouldBe("Draf");
        var dataPegawai = await PegawaiAkunAsync(app, "pegawai");
        var opsi = detail.QuerySelectorAll("select[name='Masukan.PegawaiId'] option").Select(o => o.GetAttribute("value")!).ToList();
        opsi.ShouldContain(dataPegawai.Id.ToString(), "the demo pegawai sits in the pimpinan's Bidang");
        var lain = opsi.First(o => o != dataPegawai.Id.ToString());

        async Task SusunAsync(string pegawaiId, string aksi)
        {
            var h = await HalamanAsync(pimpinan, url);
            var versi = h.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!;
            var r = await PostAsync(pimpinan, $"{url}?handler=Susunan", new()
            {
                ["__RequestVerificationToken"] = Token(h), ["Masukan.Versi"] = versi, ["Masukan.PegawaiId"] = pegawaiId, ["Masukan.Aksi"] = aksi,
                ["Masukan.AlokasiPersen"] = "25",
            });
            r.StatusCode.ShouldBe(HttpStatusCode.Redirect, await r.Content.ReadAsStringAsync(Ct));
        }

        await SusunAsync(dataPegawai.Id.ToString(), "TambahKetua");
        await SusunAsync(lain, "TambahAnggota");
        var tersusun = await HalamanAsync(pimpinan, url);
        tersusun.QuerySelectorAll("table.tabel tbody tr").Length.ShouldBeGreaterThanOrEqualTo(2);
        tersusun.Body!.TextContent.ShouldContain("Ketua Tim");

        var tetapkan = await PostAsync(pimpinan, $"{url}?handler=Tetapkan", new()
        {
            ["__RequestVerificationToken"] = Token(tersusun),
            ["Masukan.Versi"] = tersusun.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!,
        });
        tetapkan.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var ditetapkan = await HalamanAsync(pimpinan, url);
        ditetapkan.QuerySelector(".status")!.TextContent.ShouldBe("Ditetapkan (berjalan)");
        var unduh = ditetapkan.QuerySelector("a[href^='/Dokumen/Unduh/']")!.GetAttribute("href")!;
        var pdf = await pimpinan.GetAsync(unduh, Ct);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");

        // The ketua sees the team in their list and on its page, with the result form; another unit's head gets 404.
        var pegawai = await PegawaiAsync(app);
        (await HalamanAsync(pegawai, "/Tim")).Body!.TextContent.ShouldContain("Tim Aplikasi Layanan Terpadu");
        (await HalamanAsync(pegawai, url)).QuerySelector("form[action*='handler=Hasil']").ShouldNotBeNull();
        var pimpinan2 = await Pimpinan2Async(app);
        (await pimpinan2.GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The load page draws the team as a bar for the ketua.
        var beban = await HalamanAsync(pegawai, "/Tim/Beban");
        beban.QuerySelector("svg.beban rect").ShouldNotBeNull();
        beban.Body!.TextContent.ShouldContain("Tim Kerja Aplikasi Layanan Terpadu (ketua)");
    }

    // A forged or stale choice of a person of another instansi (the form offers only people of approved answers) and values
    // outside the lists: answered on the form in Bahasa Indonesia, the team unchanged, never a 500.
    [Fact]
    public async Task TambahAnggotaInstansiLain_PilihanPalsu_PesanDiFormulirTanpaPerubahan()
    {
        var pimpinan = await PimpinanAsync(app);
        var bentuk = await HalamanAsync(pimpinan, "/Tim/Bentuk");
        var unitId = bentuk.QuerySelector("select[name='Masukan.UnitId'] option")!.GetAttribute("value")!;
        var id = IdDariAlihan(await KirimFormAsync(pimpinan, "/Tim/Bentuk", "/Tim/Bentuk", IsianBentuk(unitId, "Tim Pertukaran Data")), "/Tim/Detail/");
        var url = $"/Tim/Detail/{id}";
        var sebelum = await SkalarAsync<long>(app, $"SELECT count(*) FROM personel_tim WHERE \"TimId\" = '{id}'");

        foreach (var (pilihan, jenis, pesan) in new[]
        {
            ($"{Guid.NewGuid()}:0", "Fungsional", "Pelibatan instansi tidak ditemukan."),
            ("bukan-pilihan", "Fungsional", "Pelibatan instansi"),
            ($"{Guid.NewGuid()}:0", "BukanJenis", "tidak valid untuk Jenis jabatan"),
        })
        {
            var h = await HalamanAsync(pimpinan, url);
            var r = await PostAsync(pimpinan, $"{url}?handler=InstansiLain", new()
            {
                ["__RequestVerificationToken"] = Token(h), ["Masukan.Versi"] = h.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!,
                ["Masukan.CalonInstansiLain"] = pilihan, ["Masukan.JenisJabatan"] = jenis, ["Masukan.Jenjang"] = "AhliPertama",
                ["Masukan.KelasJabatan"] = "8", ["Masukan.Pendidikan"] = "S1", ["Masukan.AlokasiPersen"] = "20",
            });
            r.StatusCode.ShouldBe(HttpStatusCode.OK, pilihan);
            var teks = await r.Content.ReadAsStringAsync(Ct);
            teks.ShouldContain(pesan);
            teks.ShouldNotContain("is not valid");
        }

        (await SkalarAsync<long>(app, $"SELECT count(*) FROM personel_tim WHERE \"TimId\" = '{id}'")).ShouldBe(sebelum);
    }

    // Product behaviour (the UI speaks Bahasa Indonesia), not a regulation rule: the fields MVC treats as required without an attribute
    // (a unit id, dates, an enum, a checkbox) carry "… wajib diisi." in data-val-required, named by their display names, never the
    // framework's English "The UnitId field is required.".
    [Fact]
    public async Task BentukTim_FormulirTanpaPesanValidasiBahasaInggris()
    {
        var pimpinan = await PimpinanAsync(app);

        var respons = await pimpinan.GetAsync("/Tim/Bentuk", Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await respons.Content.ReadAsStringAsync(Ct);
        foreach (var inggris in new[] { "field is required", "The value", "must be a number", "The field" })
        {
            html.ShouldNotContain(inggris, Case.Insensitive);
        }

        var h = await AplikasiUji.HtmlAsync(respons);
        h.QuerySelector("select[name='Masukan.UnitId']")!.GetAttribute("data-val-required").ShouldBe("Unit pemilik kinerja wajib diisi.");
        h.QuerySelector("input[name='Masukan.TanggalMulai']")!.GetAttribute("data-val-required").ShouldBe("Tanggal mulai wajib diisi.");
        h.QuerySelector("select[name='Masukan.JenisTugas']")!.GetAttribute("data-val-required").ShouldBe("Jenis tugas wajib diisi.");
    }

    [Fact]
    public async Task BentukTim_MasukanBuruk_PesanDiFormulirTanpaMenyimpan()
    {
        var pimpinan = await PimpinanAsync(app);
        var bentuk = await HalamanAsync(pimpinan, "/Tim/Bentuk");
        var unitId = bentuk.QuerySelector("select[name='Masukan.UnitId'] option")!.GetAttribute("value")!;
        var sebelum = await SkalarAsync<long>(app, "SELECT count(*) FROM tim_kerja");

        var isian = IsianBentuk(unitId, "");
        isian["Masukan.TanggalSelesai"] = Iso(HariIni(app).AddDays(-3));
        var r = await KirimFormAsync(pimpinan, "/Tim/Bentuk", "/Tim/Bentuk", isian);

        r.StatusCode.ShouldBe(HttpStatusCode.OK);
        var teks = await r.Content.ReadAsStringAsync(Ct);
        teks.ShouldContain("Tanggal selesai tidak boleh sebelum tanggal mulai.");
        teks.ShouldContain("Nama tim");

        var jenisAsing = IsianBentuk(unitId, "Tim Jenis Asing");
        jenisAsing["Masukan.JenisTugas"] = "BukanJenis";
        var rj = await KirimFormAsync(pimpinan, "/Tim/Bentuk", "/Tim/Bentuk", jenisAsing);
        rj.StatusCode.ShouldBe(HttpStatusCode.OK, "a value outside the list is a form error, not a 500");
        (await rj.Content.ReadAsStringAsync(Ct)).ShouldNotContain("is not valid");
        (await SkalarAsync<long>(app, "SELECT count(*) FROM tim_kerja")).ShouldBe(sebelum);

        // A unit the user does not lead: refused by the use case, not only hidden by the page.
        var asing = IsianBentuk(Guid.NewGuid().ToString(), "Tim Asing");
        var r2 = await KirimFormAsync(pimpinan, "/Tim/Bentuk", "/Tim/Bentuk", asing);
        r2.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await r2.Content.ReadAsStringAsync(Ct)).ShouldContain("Pimpinan Unit Organisasi pemilik kinerja");

        // A pegawai without a unit to lead cannot open the form at all.
        (await (await PegawaiAsync(app)).GetAsync("/Tim/Bentuk", Ct)).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        (await pimpinan.GetAsync($"/Tim/Detail/{Guid.NewGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
