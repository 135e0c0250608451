using System.Net;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.TimKerja;

/// <summary>
/// "Ubah rincian tim" over HTTP (DOMAIN.md §8.1): the demo "pimpinan" (Kepala Bidang Aplikasi Informatika) drafts a team and
/// changes its particulars on a form prefilled with them; bad input is answered on the form and changes nothing; another
/// unit's head does not find the form.
/// </summary>
public sealed class UbahRincianHalamanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A draft team of the pimpinan's Bidang, made through the Bentuk form.</summary>
    private async Task<(HttpClient Pimpinan, Guid Id)> DrafAsync(string nama)
    {
        var pimpinan = await PimpinanAsync(app);
        var id = await TimWeb.BentukDrafAsync(app, pimpinan, nama, "Menyusun peta proses bisnis\nMembangun aplikasi layanan",
            lain: new() { ["Masukan.Sasaran"] = "Aplikasi layanan terbit", ["Masukan.SatuanSasaran"] = "1 Aplikasi" });
        return (pimpinan, id);
    }

    /// <summary>The form as the page shows it, with some fields changed.</summary>
    private static async Task<Dictionary<string, string>> IsianAsync(HttpClient klien, Guid id, Dictionary<string, string> ubah)
    {
        var h = await HalamanAsync(klien, $"/Tim/Ubah/{id}");
        var isian = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(h),
            ["Masukan.Versi"] = h.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!,
            ["Masukan.Nama"] = h.QuerySelector("input[name='Masukan.Nama']")!.GetAttribute("value")!,
            ["Masukan.Tugas"] = h.QuerySelector("textarea[name='Masukan.Tugas']")!.TextContent,
            ["Masukan.Sasaran"] = h.QuerySelector("textarea[name='Masukan.Sasaran']")!.TextContent,
            ["Masukan.SatuanSasaran"] = h.QuerySelector("input[name='Masukan.SatuanSasaran']")!.GetAttribute("value")!,
            ["Masukan.JenisTugas"] = h.QuerySelector("select[name='Masukan.JenisTugas'] option[selected]")!.GetAttribute("value")!,
            ["Masukan.TanggalMulai"] = h.QuerySelector("input[name='Masukan.TanggalMulai']")!.GetAttribute("value")!,
            ["Masukan.TanggalSelesai"] = h.QuerySelector("input[name='Masukan.TanggalSelesai']")!.GetAttribute("value")!,
        };
        foreach (var (k, v) in ubah)
        {
            isian[k] = v;
        }

        return isian;
    }

    /// <summary>The stored particulars and version of the team, read directly.</summary>
    private Task<string> SidikAsync(Guid id) => SkalarAsync<string>(app,
        "SELECT concat_ws('|', \"Nama\", \"Tugas\"::text, \"Sasaran\", \"SatuanSasaran\", \"JenisTugas\", \"TanggalMulai\", \"TanggalSelesai\", "
        + "\"ProgramStrategisLintasPerangkatDaerah\", xmin::text) FROM tim_kerja WHERE \"Id\" = @id", ("id", id));

    [Fact]
    public async Task FormulirTerisi_Disimpan_DialihkanKeHalamanTim()
    {
        var (pimpinan, id) = await DrafAsync("Tim Aplikasi Rincian Awal");

        var h = await HalamanAsync(pimpinan, $"/Tim/Ubah/{id}");
        h.QuerySelector("input[name='Masukan.Nama']")!.GetAttribute("value").ShouldBe("Tim Aplikasi Rincian Awal");
        h.QuerySelector("textarea[name='Masukan.Tugas']")!.TextContent.Trim().ShouldBe("Menyusun peta proses bisnis\nMembangun aplikasi layanan");
        h.QuerySelector("input[name='Masukan.SatuanSasaran']")!.GetAttribute("value").ShouldBe("1 Aplikasi");
        h.QuerySelector("select[name='Masukan.JenisTugas'] option[selected]")!.GetAttribute("value").ShouldBe("Insidental");
        h.QuerySelector("input[name='Masukan.TanggalSelesai']")!.GetAttribute("value").ShouldBe(Iso(HariIni(app).AddDays(60)));
        h.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value").ShouldNotBeNullOrEmpty();
        h.Body!.TextContent.ShouldContain("Bidang Aplikasi Informatika");

        var selesai = HariIni(app).AddDays(120);
        var r = await PostAsync(pimpinan, $"/Tim/Ubah/{id}", await IsianAsync(pimpinan, id, new()
        {
            ["Masukan.Nama"] = "Tim Aplikasi Rincian Baru",
            ["Masukan.Tugas"] = "Menyusun peta proses bisnis\r\n\r\nMembangun aplikasi layanan\r\nMelatih operator",
            ["Masukan.JenisTugas"] = "Rutin",
            ["Masukan.TanggalSelesai"] = Iso(selesai),
            ["Masukan.ProgramStrategis"] = "true",
        }));

        r.StatusCode.ShouldBe(HttpStatusCode.Redirect, await r.Content.ReadAsStringAsync(Ct));
        r.Headers.Location!.OriginalString.ShouldBe($"/Tim/Detail/{id}");
        (await HalamanAsync(pimpinan, $"/Tim/Detail/{id}")).Body!.TextContent.ShouldContain("Rincian Tim Kerja diperbarui.");
        (await SkalarAsync<string>(app, "SELECT \"Nama\" FROM tim_kerja WHERE \"Id\" = @id", ("id", id))).ShouldBe("Tim Aplikasi Rincian Baru");
        (await SkalarAsync<string>(app, "SELECT \"Tugas\"::text FROM tim_kerja WHERE \"Id\" = @id", ("id", id)))
            .ShouldBe("[\"Menyusun peta proses bisnis\", \"Membangun aplikasi layanan\", \"Melatih operator\"]");
        (await SkalarAsync<string>(app, "SELECT \"JenisTugas\" FROM tim_kerja WHERE \"Id\" = @id", ("id", id))).ShouldBe("Rutin");
        (await SkalarAsync<string>(app, "SELECT \"TanggalSelesai\"::text FROM tim_kerja WHERE \"Id\" = @id", ("id", id))).ShouldBe(Iso(selesai));
        (await SkalarAsync<bool>(app, "SELECT \"ProgramStrategisLintasPerangkatDaerah\" FROM tim_kerja WHERE \"Id\" = @id", ("id", id))).ShouldBeTrue();

        // The form shows the stored values again.
        (await HalamanAsync(pimpinan, $"/Tim/Ubah/{id}")).QuerySelector("textarea[name='Masukan.Tugas']")!.TextContent.Trim()
            .ShouldBe("Menyusun peta proses bisnis\nMembangun aplikasi layanan\nMelatih operator");
    }

    // Values a browser would not send (a date typed by hand, a kind outside the list) and an end before the start: answered on
    // the form in Bahasa Indonesia, in the summary and beside the field, nothing saved, never a 500.
    [Fact]
    public async Task MasukanBuruk_PesanDiFormulirTanpaPerubahan()
    {
        var (pimpinan, id) = await DrafAsync("Tim Aplikasi Masukan Buruk");
        var sebelum = await SidikAsync(id);

        foreach (var (kolom, nilai, pesan) in new[]
        {
            ("Masukan.TanggalSelesai", Iso(HariIni(app).AddDays(-3)), "Tanggal selesai tidak boleh sebelum tanggal mulai."),
            ("Masukan.TanggalMulai", "bukan-tanggal", "Nilai 'bukan-tanggal' tidak valid untuk Tanggal mulai."),
            ("Masukan.JenisTugas", "BukanJenis", "Nilai 'BukanJenis' tidak valid untuk Jenis tugas."),
            ("Masukan.JenisTugas", "99", "Nilai '99' tidak valid."),
            ("Masukan.Nama", " ", "Nama tim"),
        })
        {
            var r = await PostAsync(pimpinan, $"/Tim/Ubah/{id}", await IsianAsync(pimpinan, id, new() { [kolom] = nilai }));

            r.StatusCode.ShouldBe(HttpStatusCode.OK, $"{kolom}={nilai}");
            var h = await AplikasiUji.HtmlAsync(r);
            h.QuerySelector(".validation-summary-errors")!.TextContent.ShouldContain(pesan);
            h.QuerySelector($"span[data-valmsg-for='{kolom}']")!.TextContent.ShouldContain(pesan, customMessage: $"beside {kolom}");
            h.Body!.TextContent.ShouldNotContain("is not valid");
            h.QuerySelector($"[name='{kolom}']").ShouldNotBeNull("the form is shown again");
            (await SidikAsync(id)).ShouldBe(sebelum, $"{kolom}={nilai}");
        }
    }

    // §8.1: only the team's pimpinan changes it. Another Bidang's head gets 404 for the form and for a post (which changes
    // nothing); a pegawai without the PimpinanUnit role is refused by the page.
    [Fact]
    public async Task PimpinanUnitLain_TidakMenemukan_TanpaPerubahan()
    {
        var (pimpinan, id) = await DrafAsync("Tim Aplikasi Tertutup");
        var isian = await IsianAsync(pimpinan, id, new() { ["Masukan.Nama"] = "Tim Diubah Penyusup" });
        var sebelum = await SidikAsync(id);

        var pimpinan2 = await Pimpinan2Async(app);
        (await pimpinan2.GetAsync($"/Tim/Ubah/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        isian["__RequestVerificationToken"] = Token(await HalamanAsync(pimpinan2, "/"));
        var r = await PostAsync(pimpinan2, $"/Tim/Ubah/{id}", isian);
        r.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
        (await r.Content.ReadAsStringAsync(Ct)).ShouldNotContain("Tim Aplikasi Tertutup");
        (await SidikAsync(id)).ShouldBe(sebelum);

        (await (await PegawaiAsync(app)).GetAsync($"/Tim/Ubah/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await pimpinan.GetAsync($"/Tim/Ubah/{Guid.NewGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<HttpResponseMessage> KirimDetailAsync(HttpClient klien, Guid id, string handler, Dictionary<string, string>? isian = null)
    {
        var h = await HalamanAsync(klien, $"/Tim/Detail/{id}");
        var data = new Dictionary<string, string>(isian ?? [])
        {
            ["__RequestVerificationToken"] = Token(h),
            ["Masukan.Versi"] = h.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!,
        };
        return await PostAsync(klien, $"/Tim/Detail/{id}?handler={handler}", data);
    }

    // A set team is amended on its page (DOMAIN.md §8.2 [P]): the reason is required; while the amendment is drafted the page
    // shows what changes against the decree in force and the particulars form opens again; the PUO sets the amending decree.
    // A member cannot open an amendment.
    [Fact]
    public async Task TimDitetapkan_DiubahMelaluiKeputusanPerubahan()
    {
        var (pimpinan, id) = await DrafAsync("Tim Perluasan Layanan Aplikasi");
        var pegawai = await PegawaiAkunAsync(app, "pegawai");
        (await KirimDetailAsync(pimpinan, id, "Susunan", new() { ["Masukan.PegawaiId"] = pegawai.Id.ToString(), ["Masukan.Aksi"] = "TambahAnggota",
            ["Masukan.AlokasiPersen"] = "20" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await KirimDetailAsync(pimpinan, id, "Tetapkan")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var ditetapkan = await HalamanAsync(pimpinan, $"/Tim/Detail/{id}");
        ditetapkan.QuerySelector("form[action*='handler=MulaiPerubahan']").ShouldNotBeNull();
        ditetapkan.QuerySelector("a[href^='/Tim/Ubah/']").ShouldBeNull();

        var anggota = await PegawaiAsync(app);
        var olehAnggota = await KirimDetailAsync(anggota, id, "MulaiPerubahan", new() { ["Masukan.Teks"] = "Perpanjangan" });
        olehAnggota.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await olehAnggota.Content.ReadAsStringAsync(Ct)).ShouldContain("Anda tidak berwenang melakukan tindakan ini.");
        var tanpaAlasan = await KirimDetailAsync(pimpinan, id, "MulaiPerubahan", new() { ["Masukan.Teks"] = "  " });
        tanpaAlasan.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await tanpaAlasan.Content.ReadAsStringAsync(Ct)).ShouldContain("Alasan perubahan");
        (await SkalarAsync<string>(app, $"SELECT \"Status\" FROM tim_kerja WHERE \"Id\" = '{id}'")).ShouldBe("Ditetapkan");

        (await KirimDetailAsync(pimpinan, id, "MulaiPerubahan", new() { ["Masukan.Teks"] = "Masa kerja diperpanjang karena cakupan layanan bertambah" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var selesaiBaru = Iso(HariIni(app).AddDays(120));
        (await PostAsync(pimpinan, $"/Tim/Ubah/{id}", await IsianAsync(pimpinan, id, new() { ["Masukan.TanggalSelesai"] = selesaiBaru })))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var dalam = await HalamanAsync(pimpinan, $"/Tim/Detail/{id}");
        dalam.QuerySelector(".status")!.TextContent.ShouldBe("Ditetapkan (perubahan sedang disusun)");
        dalam.QuerySelector("section.perubahan")!.TextContent.ShouldContain("Rincian diubah: masa kerja");
        dalam.QuerySelector("a[href^='/Tim/Ubah/']").ShouldNotBeNull();
        dalam.QuerySelector("button[name='Masukan.Sebagai']")!.TextContent.ShouldBe("Tetapkan perubahan dan terbitkan Keputusan perubahan");

        (await KirimDetailAsync(pimpinan, id, "Tetapkan")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var sesudah = await HalamanAsync(pimpinan, $"/Tim/Detail/{id}");
        sesudah.QuerySelector(".status")!.TextContent.ShouldBe("Ditetapkan (berjalan)");
        sesudah.Body!.TextContent.ShouldContain("perubahan ke-1");
        sesudah.QuerySelector("section.perubahan").ShouldBeNull();
        (await SkalarAsync<long>(app, $"SELECT count(*) FROM dokumen WHERE \"SumberId\" = '{id}'")).ShouldBe(2);
    }
}
