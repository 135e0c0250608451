using System.Net;
using AngleSharp.Html.Dom;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.Penugasan;

/// <summary>
/// Two presses on the same step (two tabs, two officials, a double click): exactly one is recorded, the other gets a
/// message in Bahasa Indonesia, never a 500. A form loaded before the request moved on is refused as "diubah".
/// </summary>
public sealed class KonkurensiPenugasanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    /// <summary>Presses Setujui on the same loaded page from several clients at once.</summary>
    private static async Task<HttpResponseMessage[]> SetujuiSerentakAsync(Guid id, params (HttpClient Klien, IHtmlDocument Halaman)[] penekan)
    {
        using var mulai = new SemaphoreSlim(0);
        var tugas = penekan.Select(async p =>
        {
            await mulai.WaitAsync(TestContext.Current.CancellationToken);
            return await TindakAsync(p.Klien, id, "Setujui", new() { ["Masukan.Catatan"] = "Setuju." }, halaman: p.Halaman);
        }).ToList();
        mulai.Release(penekan.Length);
        return await Task.WhenAll(tugas);
    }

    private static async Task SatuBerhasilSisanyaPesanAsync(HttpResponseMessage[] hasil)
    {
        hasil.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Redirect || r.StatusCode == HttpStatusCode.OK);
        hasil.Count(r => r.StatusCode == HttpStatusCode.Redirect).ShouldBe(1);
        foreach (var kalah in hasil.Where(r => r.StatusCode == HttpStatusCode.OK))
        {
            Galat(await AplikasiUji.HtmlAsync(kalah)).ShouldNotBeEmpty("the losing press explains what happened");
        }
    }

    [Fact]
    public async Task SetujuiSerentak_DuaSesiPimpinan_TepatSatuLangkahTercatat()
    {
        var pegawai = await PegawaiAsync(app);
        var id = await AjukanSukarelaLintasAsync(app, pegawai);
        var sesi1 = await PimpinanAsync(app);
        var sesi2 = await PimpinanAsync(app);
        var halaman1 = await HalamanAsync(sesi1, UrlPermohonan(id));
        var halaman2 = await HalamanAsync(sesi2, UrlPermohonan(id));
        halaman1.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")
            .ShouldBe(halaman2.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value"));

        var hasil = await SetujuiSerentakAsync(id, (sesi1, halaman1), (sesi2, halaman2), (sesi1, halaman1), (sesi2, halaman2));

        await SatuBerhasilSisanyaPesanAsync(hasil);
        (await LangkahDilakukanAsync(app, id)).ShouldBe(1);
        (await LangkahAktifAsync(app, id)).ShouldBe(1);
        (await SkalarAsync<long>(app, "SELECT count(*) FROM notifikasi WHERE \"Tautan\" = @t AND \"Judul\" LIKE 'Menunggu tindakan Anda: Persetujuan pimpinan unit organisasi yang dituju%'",
            ("t", UrlPermohonan(id)))).ShouldBe(1, "the next official is told once");
    }

    [Fact]
    public async Task PenandatangananSerentak_TepatSatuPenugasanDanSatuSuratTugas()
    {
        var pegawai = await PegawaiAsync(app);
        var pimpinan2 = await Pimpinan2Async(app);
        var sesi1 = await PimpinanAsync(app);
        var sesi2 = await PimpinanAsync(app);
        var id = await AjukanSukarelaLintasAsync(app, pegawai);
        await SetujuiAsync(sesi1, id, "Setuju.");
        await SetujuiAsync(pimpinan2, id, "Setuju.");
        await SetujuiAsync(pegawai, id, "Disusun.");

        var hasil = await SetujuiSerentakAsync(id,
            (sesi1, await HalamanAsync(sesi1, UrlPermohonan(id))), (sesi2, await HalamanAsync(sesi2, UrlPermohonan(id))),
            (sesi1, await HalamanAsync(sesi1, UrlPermohonan(id))), (sesi2, await HalamanAsync(sesi2, UrlPermohonan(id))));

        await SatuBerhasilSisanyaPesanAsync(hasil);
        (await StatusPermohonanAsync(app, id)).ShouldBe("Disetujui");
        (await LangkahDilakukanAsync(app, id)).ShouldBe(4);
        (await JumlahPenugasanAsync(app, id)).ShouldBe(1);
        (await SkalarAsync<long>(app, "SELECT count(*) FROM surat_tugas s JOIN penugasan t ON t.\"Id\" = s.\"PenugasanId\" WHERE t.\"PermohonanId\" = @id", ("id", id))).ShouldBe(1);
    }

    [Fact]
    public async Task SetujuiDuaKaliBerurutan_VersiSama_KeduaDitolakDenganPesanDanSatuLangkah()
    {
        var pegawai = await PegawaiAsync(app);
        var pimpinan = await PimpinanAsync(app);
        var id = await AjukanSukarelaLintasAsync(app, pegawai);
        var halaman = await HalamanAsync(pimpinan, UrlPermohonan(id));

        (await TindakAsync(pimpinan, id, "Setujui", halaman: halaman)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var kedua = await TindakAsync(pimpinan, id, "Setujui", halaman: halaman);

        kedua.StatusCode.ShouldBe(HttpStatusCode.OK);
        var galat = Galat(await AplikasiUji.HtmlAsync(kedua));
        galat.ShouldNotBeEmpty();
        (await LangkahDilakukanAsync(app, id)).ShouldBe(1);
        (await LangkahAktifAsync(app, id)).ShouldBe(1);
    }

    [Fact]
    public async Task SetujuiDuaKaliBerurutan_VersiSama_KeduaMendapatPesanDiubah()
    {
        var pegawai = await PegawaiAsync(app);
        var pimpinan = await PimpinanAsync(app);
        var id = await AjukanSukarelaLintasAsync(app, pegawai);
        var halaman = await HalamanAsync(pimpinan, UrlPermohonan(id));

        (await TindakAsync(pimpinan, id, "Setujui", halaman: halaman)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var kedua = await TindakAsync(pimpinan, id, "Setujui", halaman: halaman);

        kedua.StatusCode.ShouldBe(HttpStatusCode.OK);
        Galat(await AplikasiUji.HtmlAsync(kedua)).ShouldContain("diubah");
        (await LangkahDilakukanAsync(app, id)).ShouldBe(1);
    }

    [Fact]
    public async Task FormulirLama_LangkahKembaliKePengguna_PesanDiubahDanTidakBerubah()
    {
        var pegawai = await PegawaiAsync(app);
        var pimpinan = await PimpinanAsync(app);
        var pimpinan2 = await Pimpinan2Async(app);
        var id = await AjukanSukarelaLintasAsync(app, pegawai);

        // The pimpinan approves step 1 from one tab, and keeps another tab with that same old form open.
        var tabLama = await HalamanAsync(pimpinan, UrlPermohonan(id));
        (await TindakAsync(pimpinan, id, "Setujui", halaman: tabLama)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await SetujuiAsync(pimpinan2, id, "Setuju.");
        await SetujuiAsync(pegawai, id, "Disusun.");
        (await LangkahAktifAsync(app, id)).ShouldBe(3, "the signature step waits for the pimpinan again");

        var basi = await TindakAsync(pimpinan, id, "Setujui", new() { ["Masukan.Catatan"] = "dari tab lama" }, halaman: tabLama);

        basi.StatusCode.ShouldBe(HttpStatusCode.OK);
        var halaman = await AplikasiUji.HtmlAsync(basi);
        Galat(halaman).ShouldContain("Data ini baru saja diubah oleh pengguna lain");
        halaman.QuerySelector("textarea[name='Masukan.Catatan']")!.TextContent.ShouldBe("dari tab lama", "what the user typed is kept");
        (await LangkahDilakukanAsync(app, id)).ShouldBe(3);
        (await StatusPermohonanAsync(app, id)).ShouldBe("Diajukan");
        (await JumlahPenugasanAsync(app, id)).ShouldBe(0);

        // After reloading the page (as the message says), pressing again signs.
        (await TindakAsync(pimpinan, id, "Setujui")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StatusPermohonanAsync(app, id)).ShouldBe("Disetujui");
    }

    [Fact]
    public async Task FormulirDitolakKarenaDiubah_MembawaVersiTerkini_TekanLagiBerhasil()
    {
        var pegawai = await PegawaiAsync(app);
        var pimpinan = await PimpinanAsync(app);
        var pimpinan2 = await Pimpinan2Async(app);
        var id = await AjukanSukarelaLintasAsync(app, pegawai);
        var tabLama = await HalamanAsync(pimpinan, UrlPermohonan(id));
        (await TindakAsync(pimpinan, id, "Setujui", halaman: tabLama)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await SetujuiAsync(pimpinan2, id, "Setuju.");
        await SetujuiAsync(pegawai, id, "Disusun.");
        var basi = await AplikasiUji.HtmlAsync(await TindakAsync(pimpinan, id, "Setujui", halaman: tabLama));
        Galat(basi).ShouldContain("diubah");

        // PermohonanModel.SelesaiAsync sets Masukan.Versi to the current version so that the returned form can be sent again.
        var versiTerkini = (await HalamanAsync(pimpinan, UrlPermohonan(id))).QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value");
        basi.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value").ShouldBe(versiTerkini);
        (await TindakAsync(pimpinan, id, "Setujui", halaman: basi)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task TarikDenganFormulirLama_SetelahLangkahDisetujui_PesanDiubahDanTetapDiproses()
    {
        var pegawai = await PegawaiAsync(app);
        var pimpinan = await PimpinanAsync(app);
        var id = await AjukanSukarelaLintasAsync(app, pegawai);
        var halamanPegawai = await HalamanAsync(pegawai, UrlPermohonan(id));
        halamanPegawai.QuerySelector("form[action*='handler=Tarik']").ShouldNotBeNull();

        await SetujuiAsync(pimpinan, id, "Setuju.");
        var tarik = await TindakAsync(pegawai, id, "Tarik", halaman: halamanPegawai);

        tarik.StatusCode.ShouldBe(HttpStatusCode.OK);
        Galat(await AplikasiUji.HtmlAsync(tarik)).ShouldContain("diubah");
        (await StatusPermohonanAsync(app, id)).ShouldBe("Diajukan");
    }
}
