using System.Net;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.TimKerja;

/// <summary>
/// The Kepala Daerah over HTTP: the BKPSDM admin records the name on the region settings page; a forged choice of authority
/// on the team page is answered on the page and changes nothing.
/// </summary>
public sealed class KeputusanKepalaDaerahHalamanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AdminMencatatNamaKepalaDaerah_KosongDitolakDiFormulir()
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        async Task<HttpResponseMessage> KirimAsync(string nama)
        {
            var h = await HalamanAsync(admin, "/Admin/Kebijakan");
            var form = h.QuerySelector("form[action*='handler=KepalaDaerah']")!;
            return await PostAsync(admin, "/Admin/Kebijakan?handler=KepalaDaerah", new()
            {
                ["__RequestVerificationToken"] = Token(h), ["Masukan.Versi"] = form.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!,
                ["Masukan.NamaKepalaDaerah"] = nama,
            });
        }

        var kosong = await KirimAsync("   ");
        kosong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await kosong.Content.ReadAsStringAsync(Ct)).ShouldContain("Nama kepala daerah");
        (await SkalarAsync<string>(app, "SELECT \"NamaKepalaDaerah\" FROM pemerintah_daerah")).ShouldBe("H. Rahmat Hidayat, S.Sos., M.Si.");

        (await KirimAsync("Drs. H. Abdul Wahid, M.M.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var halaman = await HalamanAsync(admin, "/Admin/Kebijakan");
        halaman.QuerySelector("input[name='Masukan.NamaKepalaDaerah']")!.GetAttribute("value").ShouldBe("Drs. H. Abdul Wahid, M.M.");
        halaman.Body!.TextContent.ShouldContain("Keputusan Bupati Sungai Harapan");
    }

    // The team page offers the PUO of this HSU-preset region no Kepala Daerah button; posting one anyway, or a value outside
    // the list, is answered on the page and the team stays a draft.
    [Fact]
    public async Task TetapkanTim_KewenanganPalsu_DitolakTanpaPerubahan()
    {
        var pimpinan = await PimpinanAsync(app);
        var url = $"/Tim/Detail/{await TimWeb.BentukDrafAsync(app, pimpinan, "Tim Layanan Data Terbuka", "Menerbitkan data terbuka", 30)}";
        var pegawai = await PegawaiAkunAsync(app, "pegawai");
        var h = await HalamanAsync(pimpinan, url);
        (await PostAsync(pimpinan, $"{url}?handler=Susunan", new()
        {
            ["__RequestVerificationToken"] = Token(h), ["Masukan.Versi"] = h.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!,
            ["Masukan.PegawaiId"] = pegawai.Id.ToString(), ["Masukan.Aksi"] = "TambahAnggota", ["Masukan.AlokasiPersen"] = "20",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var siap = await HalamanAsync(pimpinan, url);
        siap.QuerySelectorAll("button[name='Masukan.Sebagai']").Select(b => (b.GetAttribute("value"), b.TextContent))
            .ShouldBe([((string?)null, "Tetapkan tim dan terbitkan Keputusan")]);
        foreach (var (sebagai, pesan) in new[] { ("KepalaDaerah", "tidak dapat menetapkan tim ini sebagai Bupati/Wali Kota"), ("Ngawur", "Pilih kewenangan penetapan") })
        {
            var d = await HalamanAsync(pimpinan, url);
            var r = await PostAsync(pimpinan, $"{url}?handler=Tetapkan", new()
            {
                ["__RequestVerificationToken"] = Token(d), ["Masukan.Versi"] = d.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!,
                ["Masukan.Sebagai"] = sebagai,
            });
            r.StatusCode.ShouldBe(HttpStatusCode.OK, sebagai);
            (await r.Content.ReadAsStringAsync(Ct)).ShouldContain(pesan);
        }

        (await HalamanAsync(pimpinan, url)).QuerySelector(".status")!.TextContent.ShouldBe("Draf");
    }
}
