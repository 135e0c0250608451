using System.Globalization;
using System.Net;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.TimKerja;

/// <summary>
/// The team's page (/Tim/Detail) over HTTP, as the demo "pimpinan" (Kepala Bidang Aplikasi Informatika) uses it: the whole chain of
/// the team's documents, and the ketua ranking while the team is composed. Product behaviour, not a regulation rule.
/// </summary>
public sealed class DetailTimHalamanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A draft team of the pimpinan's Bidang with the demo pegawai as ketua and another staff member as anggota.</summary>
    private async Task<(HttpClient Pimpinan, Guid Id, Guid KetuaPegawaiId, Guid AnggotaPegawaiId)> DrafAsync(string nama)
    {
        var pimpinan = await PimpinanAsync(app);
        var id = await TimWeb.BentukDrafAsync(app, pimpinan, nama);
        var ketua = (await PegawaiAkunAsync(app, "pegawai")).Id;
        (await KirimAsync(pimpinan, id, "Susunan", new() { ["Masukan.PegawaiId"] = ketua.ToString(), ["Masukan.Aksi"] = "TambahKetua" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var anggota = Guid.Parse((await HalamanAsync(pimpinan, $"/Tim/Detail/{id}")).QuerySelector("select[name='Masukan.PegawaiId'] option")!.GetAttribute("value")!);
        (await KirimAsync(pimpinan, id, "Susunan", new() { ["Masukan.PegawaiId"] = anggota.ToString(), ["Masukan.Aksi"] = "TambahAnggota" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (pimpinan, id, ketua, anggota);
    }

    /// <summary>Posts a form of the team's page with the token and version it shows.</summary>
    private static async Task<HttpResponseMessage> KirimAsync(HttpClient klien, Guid id, string handler, Dictionary<string, string>? isian = null)
    {
        var h = await HalamanAsync(klien, $"/Tim/Detail/{id}");
        var data = new Dictionary<string, string>(isian ?? [])
        {
            ["__RequestVerificationToken"] = Token(h),
            ["Masukan.Versi"] = h.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!,
            ["Masukan.AlokasiPersen"] = "20",
        };
        return await PostAsync(klien, $"/Tim/Detail/{id}?handler={handler}", data);
    }

    private Task<Guid> PersonelAsync(Guid timId, Guid pegawaiId) => SkalarAsync<Guid>(app,
        "SELECT \"Id\" FROM personel_tim WHERE \"TimId\" = @tim AND \"PegawaiId\" = @pegawai", ("tim", timId), ("pegawai", pegawaiId));

    // After the team is set and amended, "Riwayat naskah" lists the forming and the amending document, oldest first, each with its
    // number, its date written the Indonesian way, its signer and a link that downloads its PDF; the summary shows the one in force.
    [Fact]
    public async Task TimDiubah_RiwayatNaskahMenampilkanKeduaNomorDenganTautan()
    {
        var (pimpinan, id, _, _) = await DrafAsync("Tim Riwayat Naskah Aplikasi");
        (await KirimAsync(pimpinan, id, "Tetapkan")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await KirimAsync(pimpinan, id, "MulaiPerubahan", new() { ["Masukan.Teks"] = "Cakupan layanan bertambah" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var baru = (await HalamanAsync(pimpinan, $"/Tim/Detail/{id}")).QuerySelector("select[name='Masukan.PegawaiId'] option")!.GetAttribute("value")!;
        (await KirimAsync(pimpinan, id, "Susunan", new() { ["Masukan.PegawaiId"] = baru, ["Masukan.Aksi"] = "TambahAnggota" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await KirimAsync(pimpinan, id, "Tetapkan")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var naskah = (await SkalarAsync<string>(app,
                "SELECT string_agg(concat_ws('|', \"Id\", \"Nomor\", \"Tanggal\"::text, \"JabatanPenandatangan\"), E'\\n' ORDER BY \"DiterbitkanPada\") FROM dokumen WHERE \"SumberId\" = @id",
                ("id", id)))
            .Split('\n').Select(b => b.Split('|')).Select(k => (Id: k[0], Nomor: k[1], Tanggal: DateOnly.Parse(k[2], CultureInfo.InvariantCulture), Jabatan: k[3])).ToList();
        naskah.Count.ShouldBe(2);
        naskah[0].Nomor.ShouldNotBe(naskah[1].Nomor);

        var h = await HalamanAsync(pimpinan, $"/Tim/Detail/{id}");

        var baris = h.QuerySelectorAll("table.riwayat-naskah tbody tr").ToList();
        baris.Select(b => string.Join(" | ", b.QuerySelectorAll("td").Take(4).Select(td => td.TextContent.Trim()))).ShouldBe(
        [
            $"Pembentukan | {naskah[0].Nomor} | {TanggalIndonesia(naskah[0].Tanggal)} | {naskah[0].Jabatan}",
            $"Perubahan | {naskah[1].Nomor} | {TanggalIndonesia(naskah[1].Tanggal)} | {naskah[1].Jabatan}",
        ]);
        h.QuerySelector("h2 + table.riwayat-naskah th")!.TextContent.ShouldBe("Keputusan");
        var tautan = baris.Select(b => b.QuerySelector("a")!.GetAttribute("href")).ToList();
        tautan.ShouldBe([$"/Dokumen/Unduh/{naskah[0].Id}", $"/Dokumen/Unduh/{naskah[1].Id}"]);
        foreach (var url in tautan)
        {
            var pdf = await pimpinan.GetAsync(url, Ct);
            pdf.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        }

        // The summary of the decree in force is still there, with the latest number.
        var ringkasan = h.QuerySelector("table.rincian")!.TextContent;
        ringkasan.ShouldContain($"Keputusan nomor {naskah[1].Nomor}");
        ringkasan.ShouldContain("perubahan ke-1");
    }

    // While the team is composed the ranking keeps the current ketua (the others are ranked against them) but marks them
    // "Ketua saat ini" and offers no "Tunjuk sebagai ketua" for them; the anggota keeps the button.
    [Fact]
    public async Task PeringkatKetua_KetuaSaatIniDitandaiTanpaTombolTunjuk()
    {
        var (pimpinan, id, ketua, anggota) = await DrafAsync("Tim Peringkat Ketua Aplikasi");
        var personelKetua = (await PersonelAsync(id, ketua)).ToString();
        var personelAnggota = (await PersonelAsync(id, anggota)).ToString();

        var h = await HalamanAsync(pimpinan, $"/Tim/Detail/{id}");

        var tabel = h.QuerySelectorAll("h2").Single(e => e.TextContent == "Calon ketua tim").NextElementSibling!.NextElementSibling!;
        tabel.QuerySelectorAll("tbody tr").Length.ShouldBe(2);
        tabel.QuerySelectorAll(".ketua-saat-ini").Length.ShouldBe(1);
        var tombolTunjuk = tabel.QuerySelectorAll("form").Where(f => f.QuerySelector("button")!.TextContent == "Tunjuk sebagai ketua")
            .Select(f => f.QuerySelector("input[name='Masukan.PersonelId']")!.GetAttribute("value")).ToList();
        tombolTunjuk.ShouldBe([personelAnggota]);
        var barisKetua = tabel.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector(".ketua-saat-ini") is not null);
        barisKetua.QuerySelectorAll("input[name='Masukan.PersonelId']").Select(i => i.GetAttribute("value")).ShouldAllBe(v => v == personelKetua);
        barisKetua.TextContent.ShouldContain("Ketua saat ini");
    }
}
