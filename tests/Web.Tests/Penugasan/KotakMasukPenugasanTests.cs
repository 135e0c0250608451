using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.Penugasan;

/// <summary>
/// Each person's inbox follows the request (HSU sukarela lintas unit): the official of the waiting step sees it under
/// "Menunggu tindakan saya", the next official only once it reaches them; the pegawai under what they sent; the
/// tembusan (the pegawai's PPK, HSU Lampiran II.B) under Tembusan.
/// </summary>
public sealed class KotakMasukPenugasanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private const string Menunggu = "Menunggu tindakan saya";
    private const string Dikirim = "Yang saya ajukan atau menyangkut saya";
    private const string Tembusan = "Tembusan";

    [Fact]
    public async Task KotakMasuk_MengikutiLangkahYangMenunggu()
    {
        var pegawai = await PegawaiAsync(app);
        var pimpinan = await PimpinanAsync(app);
        var pimpinan2 = await Pimpinan2Async(app);
        var auditor = await app.MasukSebagaiAsync("auditor", "Auditor#Demo2025");
        var id = await AjukanSukarelaLintasAsync(app, pegawai);
        var tautan = UrlPermohonan(id);

        // The copy goes to the pegawai's PPK: the position the pimpinan account holds.
        var pemegangTembusan = await SkalarAsync<Guid>(app,
            "SELECT pj.\"PegawaiId\" FROM tembusan_permohonan t JOIN pemangku_jabatan pj ON pj.\"JabatanId\" = t.\"JabatanId\" AND pj.\"TanggalSelesai\" IS NULL WHERE t.\"PermohonanId\" = @id",
            ("id", id));
        pemegangTembusan.ShouldBe((await PegawaiAkunAsync(app, "pimpinan")).Id);

        // Submitted: step 1 waits for the pimpinan only.
        var kotakPimpinan = await HalamanAsync(pimpinan, "/Penugasan");
        TautanDiBagian(kotakPimpinan, Menunggu).ShouldContain(tautan);
        TautanDiBagian(kotakPimpinan, Tembusan).ShouldContain(tautan);
        Bagian(kotakPimpinan, "Pemberitahuan").QuerySelectorAll($"a[href='{tautan}']").Select(a => a.TextContent)
            .ShouldContain(t => t.StartsWith("Menunggu tindakan Anda", StringComparison.Ordinal));

        var kotakPimpinan2 = await HalamanAsync(pimpinan2, "/Penugasan");
        TautanDiBagian(kotakPimpinan2, Menunggu).ShouldNotContain(tautan);
        TautanDiBagian(kotakPimpinan2, Tembusan).ShouldNotContain(tautan);
        Bagian(kotakPimpinan2, "Pemberitahuan").QuerySelector($"a[href='{tautan}']").ShouldBeNull();

        var kotakPegawai = await HalamanAsync(pegawai, "/Penugasan");
        TautanDiBagian(kotakPegawai, Dikirim).ShouldContain(tautan);
        TautanDiBagian(kotakPegawai, Menunggu).ShouldNotContain(tautan);
        TautanDiBagian(kotakPegawai, Tembusan).ShouldNotContain(tautan);

        TautanDiBagian(await HalamanAsync(auditor, "/Penugasan"), Menunggu).ShouldNotContain(tautan);

        // Step 1 done: now it waits for pimpinan2, and leaves the pimpinan's "waiting" list (the copy stays).
        await SetujuiAsync(pimpinan, id, "Disetujui atasan asal.");

        kotakPimpinan2 = await HalamanAsync(pimpinan2, "/Penugasan");
        TautanDiBagian(kotakPimpinan2, Menunggu).ShouldContain(tautan);
        Bagian(kotakPimpinan2, Menunggu).TextContent.ShouldContain("Persetujuan pimpinan unit organisasi yang dituju");
        Bagian(kotakPimpinan2, "Pemberitahuan").QuerySelector($"a[href='{tautan}']").ShouldNotBeNull();

        kotakPimpinan = await HalamanAsync(pimpinan, "/Penugasan");
        TautanDiBagian(kotakPimpinan, Menunggu).ShouldNotContain(tautan);
        TautanDiBagian(kotakPimpinan, Tembusan).ShouldContain(tautan);

        kotakPegawai = await HalamanAsync(pegawai, "/Penugasan");
        TautanDiBagian(kotakPegawai, Menunggu).ShouldNotContain(tautan);
        TautanDiBagian(kotakPegawai, Dikirim).ShouldContain(tautan);

        // Step 2 done: the pegawai drafts the surat penugasan, so it is the pegawai's turn.
        await SetujuiAsync(pimpinan2, id, "Disetujui unit tujuan.");
        TautanDiBagian(await HalamanAsync(pegawai, "/Penugasan"), Menunggu).ShouldContain(tautan);
        TautanDiBagian(await HalamanAsync(pimpinan2, "/Penugasan"), Menunggu).ShouldNotContain(tautan);
    }

    [Fact]
    public async Task Ditarik_HilangDariMenungguDanTampilDitarik()
    {
        var pegawai = await PegawaiAsync(app);
        var pimpinan = await PimpinanAsync(app);
        var id = await AjukanSukarelaLintasAsync(app, pegawai);
        var tautan = UrlPermohonan(id);
        TautanDiBagian(await HalamanAsync(pimpinan, "/Penugasan"), Menunggu).ShouldContain(tautan);

        var halaman = await HalamanAsync(pegawai, tautan);
        halaman.QuerySelector("form[action*='handler=Tarik']").ShouldNotBeNull("the requester may withdraw while it is in process");
        (await TindakAsync(pegawai, id, "Tarik", halaman: halaman)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);

        (await StatusPermohonanAsync(app, id)).ShouldBe("Ditarik");
        TautanDiBagian(await HalamanAsync(pimpinan, "/Penugasan"), Menunggu).ShouldNotContain(tautan);
        var kotakPegawai = await HalamanAsync(pegawai, "/Penugasan");
        Bagian(kotakPegawai, Dikirim).QuerySelectorAll("tr").Single(tr => tr.QuerySelector($"a[href='{tautan}']") is not null).TextContent.ShouldContain("Ditarik");
        var akhir = await HalamanAsync(pimpinan, tautan);
        akhir.QuerySelector(".status")!.TextContent.Trim().ShouldBe("Ditarik");
        AdaFormTindakan(akhir).ShouldBeFalse();
    }
}
