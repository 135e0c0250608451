using System.Net;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.Penugasan;

/// <summary>
/// Who may see and act on requests and letters: the people involved (and BKPSDM admins, auditors) read; only the
/// official of the waiting step acts (V-PER-05, V-AUTH-01); a request does not exist for anyone else. Every POST needs
/// the antiforgery token; every page carries the security headers.
/// </summary>
public sealed class OtorisasiPenugasanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>pegawai → pimpinan (sukarela dalam unit, one decision): approved, with its Surat Tugas.</summary>
    private async Task<(Guid PermohonanId, string TautanTugas)> PenugasanDalamUnitAsync(HttpClient pegawai, HttpClient pimpinan)
    {
        var id = await AjukanSukarelaDalamUnitAsync(app, pegawai);
        await SetujuiAsync(pimpinan, id, "Disetujui.");
        var halaman = await HalamanAsync(pegawai, UrlPermohonan(id));
        halaman.QuerySelector(".status")!.TextContent.Trim().ShouldBe("Disetujui");
        return (id, halaman.QuerySelector("a[href^='/Penugasan/Tugas/']")!.GetAttribute("href")!);
    }

    [Fact]
    public async Task PermohonanDanSuratTugasDalamUnit_PenggunaTidakTerlibat_404TanpaBocor()
    {
        var pegawai = await PegawaiAsync(app);
        var pimpinan = await PimpinanAsync(app);
        var pimpinan2 = await Pimpinan2Async(app);
        var (id, tautanTugas) = await PenugasanDalamUnitAsync(pegawai, pimpinan);

        foreach (var url in new[] { UrlPermohonan(id), tautanTugas })
        {
            var respons = await pimpinan2.GetAsync(url, Ct);
            respons.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
            var isi = await respons.Content.ReadAsStringAsync(Ct);
            isi.ShouldContain("Halaman tidak ditemukan");
            isi.ShouldNotContain(Maksud);
        }

        // The same URLs are there for those involved, and for BKPSDM and the auditor (read only).
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        var auditor = await app.MasukSebagaiAsync("auditor", "Auditor#Demo2025");
        foreach (var klien in new[] { pegawai, pimpinan, admin, auditor })
        {
            (await HalamanAsync(klien, UrlPermohonan(id))).Body!.TextContent.ShouldContain(Maksud);
            (await HalamanAsync(klien, tautanTugas)).QuerySelector(".judul-naskah")!.TextContent.ShouldBe("SURAT TUGAS");
        }

        // Nor can the outsider act on them: the answer is the same 404, and nothing changes.
        var token = Token(await HalamanAsync(pimpinan2, "/Penugasan"));
        var terima = await PostAsync(pimpinan2, $"{tautanTugas}?handler=Terima", new() { ["__RequestVerificationToken"] = token });
        terima.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var tarik = await PostAsync(pimpinan2, $"{UrlPermohonan(id)}?handler=Tarik", new() { ["__RequestVerificationToken"] = token, ["Masukan.Versi"] = "0" });
        tarik.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The signer may read the letter but not acknowledge it in the assignee's place.
        var suratPimpinan = await HalamanAsync(pimpinan, tautanTugas);
        var terimaPimpinan = await PostAsync(pimpinan, $"{tautanTugas}?handler=Terima", new() { ["__RequestVerificationToken"] = Token(suratPimpinan) });
        terimaPimpinan.StatusCode.ShouldBe(HttpStatusCode.OK);
        Galat(await AplikasiUji.HtmlAsync(terimaPimpinan)).ShouldContain("Hanya pegawai yang ditugaskan yang dapat menyatakan menerima surat penugasan");

        (await SkalarAsync<string>(app, "SELECT \"Status\" FROM penugasan WHERE \"PermohonanId\" = @id", ("id", id))).ShouldBe("Ditetapkan");
        (await StatusPermohonanAsync(app, id)).ShouldBe("Disetujui");
    }

    [Fact]
    public async Task PermohonanDalamUnitBerjalan_PenggunaTidakTerlibatMenyetujui_404DanTidakBerubah()
    {
        var pegawai = await PegawaiAsync(app);
        var pimpinan = await PimpinanAsync(app);
        var pimpinan2 = await Pimpinan2Async(app);
        var id = await AjukanSukarelaDalamUnitAsync(app, pegawai);
        var versi = (await HalamanAsync(pimpinan, UrlPermohonan(id))).QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!;

        var respons = await TindakAsync(pimpinan2, id, "Setujui", versi: versi, halaman: await HalamanAsync(pimpinan2, "/Penugasan"));

        respons.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await LangkahDilakukanAsync(app, id)).ShouldBe(0);
        (await StatusPermohonanAsync(app, id)).ShouldBe("Diajukan");
    }

    [Fact]
    public async Task Setujui_OlehPimpinan2SaatLangkahMenungguPimpinan_PesanIndonesiaDanTidakBerubah()
    {
        var pegawai = await PegawaiAsync(app);
        var pimpinan = await PimpinanAsync(app);
        var pimpinan2 = await Pimpinan2Async(app);
        var id = await AjukanSukarelaLintasAsync(app, pegawai);

        // pimpinan2 is part of the flow (the next step), so sees the request, but without the action form.
        var halamanPimpinan2 = await HalamanAsync(pimpinan2, UrlPermohonan(id));
        AdaFormTindakan(halamanPimpinan2).ShouldBeFalse();
        var versi = (await HalamanAsync(pimpinan, UrlPermohonan(id))).QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!;
        var halamanPegawai = await HalamanAsync(pegawai, UrlPermohonan(id));

        foreach (var (klien, halamanSendiri, langkah) in new[] { (pimpinan2, halamanPimpinan2, "Setujui"), (pimpinan2, halamanPimpinan2, "Tolak"), (pegawai, halamanPegawai, "Setujui") })
        {
            var respons = await TindakAsync(klien, id, langkah, new() { ["Masukan.Catatan"] = "Saya ambil alih." }, versi, halamanSendiri);

            respons.StatusCode.ShouldBe(HttpStatusCode.OK, langkah);
            var halaman = await AplikasiUji.HtmlAsync(respons);
            Galat(halaman).ShouldContain("Langkah ini menunggu Kepala Bidang Aplikasi Informatika; Anda tidak berwenang memprosesnya");
            halaman.QuerySelector(".status")!.TextContent.Trim().ShouldBe("Dalam proses");
        }

        var tarik = await TindakAsync(pimpinan2, id, "Tarik", versi: versi, halaman: halamanPimpinan2);
        tarik.StatusCode.ShouldBe(HttpStatusCode.OK);
        Galat(await AplikasiUji.HtmlAsync(tarik)).ShouldContain("Hanya pemohon yang dapat menarik permohonan");

        (await LangkahDilakukanAsync(app, id)).ShouldBe(0);
        (await LangkahAktifAsync(app, id)).ShouldBe(0);
        (await StatusPermohonanAsync(app, id)).ShouldBe("Diajukan");
        AdaFormTindakan(await HalamanAsync(pimpinan, UrlPermohonan(id))).ShouldBeTrue("the step still waits for the pimpinan");
    }

    [Fact]
    public async Task Tunjuk_OlehPegawaiBiasa_403_OlehPimpinanUnit_200()
    {
        var pegawai = await PegawaiAsync(app);
        var pimpinan = await PimpinanAsync(app);

        var get = await pegawai.GetAsync("/Penugasan/Tunjuk", Ct);
        get.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await get.Content.ReadAsStringAsync(Ct)).ShouldContain("Akses ditolak");

        var token = Token(await HalamanAsync(pegawai, "/Penugasan"));
        var dataPegawai = await PegawaiAkunAsync(app, "pegawai");
        var post = await PostAsync(pegawai, "/Penugasan/Tunjuk", new()
        {
            ["__RequestVerificationToken"] = token, ["Masukan.PegawaiId"] = dataPegawai.Id.ToString(), ["Masukan.Uraian"] = "Menunjuk diri sendiri",
            ["Masukan.TanggalMulai"] = Iso(HariIni(app)), ["Masukan.TanggalSelesai"] = Iso(HariIni(app).AddDays(5)), ["Masukan.AlokasiPersen"] = "5",
        });
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await SkalarAsync<long>(app, "SELECT count(*) FROM penugasan WHERE \"Asal\" = 'PenunjukanDalamUnit'")).ShouldBe(0);

        var halaman = await HalamanAsync(pimpinan, "/Penugasan/Tunjuk");
        halaman.QuerySelectorAll("select[name='Masukan.PegawaiId'] option").Select(o => o.GetAttribute("value")).ShouldContain(dataPegawai.Id.ToString());
    }

    [Fact]
    public async Task Penugasan_TanpaMasuk_DialihkanKeHalamanMasuk()
    {
        foreach (var url in new[] { "/Penugasan", "/Penugasan/Ajukan", $"/Penugasan/Permohonan/{Guid.NewGuid()}", $"/Penugasan/Tugas/{Guid.NewGuid()}", "/Penugasan/Tunjuk" })
        {
            var respons = await app.Klien().GetAsync(url, Ct);
            respons.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            respons.Headers.Location!.OriginalString.ShouldContain("/Akun/Masuk");
        }
    }

    [Fact]
    public async Task Post_TanpaTokenAntiforgery_400DanTidakBerubah()
    {
        var pegawai = await PegawaiAsync(app);
        var pimpinan = await PimpinanAsync(app);
        var pimpinan2 = await Pimpinan2Async(app);
        var id = await AjukanSukarelaLintasAsync(app, pegawai);
        var halaman = await HalamanAsync(pimpinan, UrlPermohonan(id));
        var versi = halaman.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!;
        var jumlah = await JumlahPermohonanAsync(app);

        var tanpaToken = await PostAsync(pimpinan, $"{UrlPermohonan(id)}?handler=Setujui", new() { ["Masukan.Versi"] = versi, ["Masukan.Catatan"] = "tanpa token" });
        tanpaToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // A token issued to another user does not do either.
        var tokenLain = Token(await HalamanAsync(pimpinan2, "/Penugasan"));
        var tokenOrangLain = await PostAsync(pimpinan, $"{UrlPermohonan(id)}?handler=Setujui", new()
        {
            ["__RequestVerificationToken"] = tokenLain, ["Masukan.Versi"] = versi, ["Masukan.Catatan"] = "token orang lain",
        });
        tokenOrangLain.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var ajukan = await PostAsync(pegawai, "/Penugasan/Ajukan?jenis=SukarelaDalamUnit", IsianAjukan(app, "SukarelaDalamUnit"));
        ajukan.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var tarik = await PostAsync(pegawai, $"{UrlPermohonan(id)}?handler=Tarik", new() { ["Masukan.Versi"] = versi });
        tarik.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await LangkahDilakukanAsync(app, id)).ShouldBe(0);
        (await StatusPermohonanAsync(app, id)).ShouldBe("Diajukan");
        (await JumlahPermohonanAsync(app)).ShouldBe(jumlah);

        // The same POST with the page's own token goes through (so the 400s above were the token, nothing else).
        (await TindakAsync(pimpinan, id, "Setujui", versi: versi, halaman: halaman)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task HalamanPenugasan_MembawaHeaderKeamanan()
    {
        var pegawai = await PegawaiAsync(app);
        var pimpinan = await PimpinanAsync(app);
        var (id, tautanTugas) = await PenugasanDalamUnitAsync(pegawai, pimpinan);
        var halaman = new (HttpClient Klien, string Url, HttpStatusCode Status)[]
        {
            (pegawai, "/Penugasan", HttpStatusCode.OK),
            (pegawai, "/Penugasan/Ajukan?jenis=SukarelaDalamUnit", HttpStatusCode.OK),
            (pegawai, "/Penugasan/Ajukan?jenis=SukarelaLintasUnit", HttpStatusCode.OK),
            (pimpinan, "/Penugasan/Ajukan?jenis=PenunjukanLintasUnit", HttpStatusCode.OK),
            (pegawai, UrlPermohonan(id), HttpStatusCode.OK),
            (pegawai, tautanTugas, HttpStatusCode.OK),
            (pimpinan, "/Penugasan/Tunjuk", HttpStatusCode.OK),
            (pegawai, "/Penugasan/Tunjuk", HttpStatusCode.Forbidden),
            (pegawai, UrlPermohonan(Guid.NewGuid()), HttpStatusCode.NotFound),
        };

        foreach (var (klien, url, status) in halaman)
        {
            var respons = await klien.GetAsync(url, Ct);
            respons.StatusCode.ShouldBe(status, url);
            respons.Headers.Contains("Content-Security-Policy").ShouldBeTrue(url);
            respons.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'self'", customMessage: url);
            respons.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"], customMessage: url);
            respons.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"], customMessage: url);
        }

        var tanpaToken = await PostAsync(pimpinan, $"{UrlPermohonan(id)}?handler=Setujui", new() { ["Masukan.Versi"] = "1" });
        tanpaToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        tanpaToken.Headers.Contains("Content-Security-Policy").ShouldBeTrue();
        tanpaToken.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }
}
