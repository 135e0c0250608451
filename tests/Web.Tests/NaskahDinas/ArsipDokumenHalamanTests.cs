using System.IO.Compression;
using System.Net;
using static SistemKerja.Web.Tests.NaskahDinas.DokumenWeb;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.NaskahDinas;

/// <summary>
/// Downloading issued PDFs (/Dokumen/Unduh/{id}) and the auditor's archive (/Auditor/Dokumen, zip via ?handler=Zip):
/// who may, what comes back, the security headers, and the audit line each download leaves.
/// </summary>
public sealed class ArsipDokumenHalamanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private Task<HttpClient> AuditorAsync() => app.MasukSebagaiAsync("auditor", "Auditor#Demo2025");

    /// <summary>The pegawai the Surat Tugas is about downloads it: the stored bytes, as an attachment named from the number, with the security headers.</summary>
    [Fact]
    public async Task Unduh_OlehPegawaiYangBersangkutan_PdfAsliDenganHeaderKeamanan_Tercatat()
    {
        var d = await TunjukPegawaiAsync(app, await PimpinanAsync(app));
        var pegawai = await PegawaiAsync(app);
        var sejak = await JejakTerakhirAsync(app);

        var respons = await pegawai.GetAsync($"/Dokumen/Unduh/{d.Id}", Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        respons.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        respons.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        respons.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe(d.NamaBerkas);
        var isi = await respons.Content.ReadAsByteArrayAsync(Ct);
        isi.ShouldBe(d.Isi);
        Sha256(isi).ShouldBe(d.Sha256);
        HeaderKeamanan(respons);
        (await JejakAsync(app, "UnduhDokumen", sejak)).Count(j => j.Data.Contains(d.Id.ToString(), StringComparison.Ordinal)).ShouldBe(1);
    }

    /// <summary>
    /// An auditor downloads any document (one audit line); another pegawai gets 404 and nothing is logged; without
    /// signing in the browser is sent to the sign-in page; an unknown id is 404.
    /// </summary>
    [Fact]
    public async Task Unduh_AuditorBoleh_PegawaiLain404_TanpaMasukDialihkan()
    {
        var d = await TunjukPegawaiAsync(app, await PimpinanAsync(app));
        var auditor = await AuditorAsync();
        var lain = await Pimpinan2Async(app);
        var sejak = await JejakTerakhirAsync(app);

        var olehLain = await lain.GetAsync($"/Dokumen/Unduh/{d.Id}", Ct);
        olehLain.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await olehLain.Content.ReadAsStringAsync(Ct)).ShouldContain("Halaman tidak ditemukan");
        (await JejakAsync(app, "UnduhDokumen", sejak)).ShouldBeEmpty();

        var olehAuditor = await auditor.GetAsync($"/Dokumen/Unduh/{d.Id}", Ct);
        olehAuditor.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await olehAuditor.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(d.Isi);
        var jejak = await JejakAsync(app, "UnduhDokumen", sejak);
        jejak.Count.ShouldBe(1);
        jejak[0].Data.ShouldContain(d.Id.ToString());

        var anonim = await app.Klien().GetAsync($"/Dokumen/Unduh/{d.Id}", Ct);
        anonim.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonim.Headers.Location!.OriginalString.ShouldContain("/Akun/Masuk");
        (await auditor.GetAsync($"/Dokumen/Unduh/{Guid.NewGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await auditor.GetAsync("/Dokumen/Unduh/bukan-guid", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await JejakAsync(app, "UnduhDokumen", sejak)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task ArsipAuditor_PegawaiDanPimpinan403_TanpaMasukDialihkan()
    {
        var d = await TunjukPegawaiAsync(app, await PimpinanAsync(app));

        foreach (var klien in new[] { await PegawaiAsync(app), await PimpinanAsync(app) })
        {
            (await klien.GetAsync("/Auditor/Dokumen", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            var token = Token(await HalamanAsync(klien, "/Penugasan"));
            var zip = await PostAsync(klien, "/Auditor/Dokumen?handler=Zip", new() { ["__RequestVerificationToken"] = token, ["Pilih"] = d.Id.ToString() });
            zip.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            zip.Content.Headers.ContentType?.MediaType.ShouldNotBe("application/zip");
        }

        var anonim = await app.Klien().GetAsync("/Auditor/Dokumen", Ct);
        anonim.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonim.Headers.Location!.OriginalString.ShouldContain("/Akun/Masuk");
    }

    /// <summary>The auditor's search page lists the document with its download link; the filters narrow the list; a bad date is a message.</summary>
    [Fact]
    public async Task ArsipAuditor_CariDenganSaringan()
    {
        var d = await TunjukPegawaiAsync(app, await PimpinanAsync(app));
        var pegawai = await PegawaiAkunAsync(app, "pegawai");
        var auditor = await AuditorAsync();

        async Task<List<string>> NomorAsync(string url) =>
            [.. (await HalamanAsync(auditor, url)).QuerySelectorAll("table.tabel tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim())];

        var semua = await HalamanAsync(auditor, "/Auditor/Dokumen");
        var baris = semua.QuerySelectorAll("table.tabel tbody tr").Single(tr => tr.QuerySelector("td:nth-child(2)")!.TextContent.Trim() == d.Nomor);
        baris.QuerySelector($"a[href='/Dokumen/Unduh/{d.Id}']").ShouldNotBeNull();
        baris.QuerySelector($"input[name=Pilih][value='{d.Id}']").ShouldNotBeNull();
        baris.TextContent.ShouldContain("Surat Tugas");
        baris.TextContent.ShouldContain("Berlaku");

        (await NomorAsync($"/Auditor/Dokumen?Filter.Pegawai={pegawai.Nip}")).ShouldContain(d.Nomor);
        (await NomorAsync($"/Auditor/Dokumen?Filter.Pegawai={Uri.EscapeDataString(pegawai.NipTampil)}")).ShouldContain(d.Nomor);
        (await NomorAsync($"/Auditor/Dokumen?Filter.Penandatangan={Uri.EscapeDataString(d.Penandatangan)}")).ShouldContain(d.Nomor);
        (await NomorAsync($"/Auditor/Dokumen?Filter.Dari={Iso(d.Tanggal)}&Filter.Sampai={Iso(d.Tanggal)}&Filter.Jenis=SuratTugas")).ShouldContain(d.Nomor);
        (await NomorAsync("/Auditor/Dokumen?Filter.Jenis=SuratPerintahTugas")).ShouldNotContain(d.Nomor);
        (await NomorAsync($"/Auditor/Dokumen?Filter.Dari={Iso(d.Tanggal.AddDays(1))}")).ShouldNotContain(d.Nomor);
        (await NomorAsync($"/Auditor/Dokumen?Filter.PerangkatDaerahId={Guid.NewGuid()}")).ShouldBeEmpty();

        var buruk = await auditor.GetAsync("/Auditor/Dokumen?Filter.Dari=kemarin&Filter.Jenis=Bukan", Ct);
        Galat(await Ok(buruk)).ShouldNotBeEmpty();
    }

    /// <summary>The zip of the ticked rows: one entry per document named from its number, the stored bytes; one "UnduhArsip" audit line.</summary>
    [Fact]
    public async Task ArsipAuditor_UnduhZip_SatuEntriPerDokumen_Tercatat_TanpaPilihanPesan()
    {
        var pimpinan = await PimpinanAsync(app);
        var d1 = await TunjukPegawaiAsync(app, pimpinan, "Uji coba aplikasi antrean");
        var d2 = await TunjukPegawaiAsync(app, pimpinan, "Uji coba aplikasi pengaduan");
        var auditor = await AuditorAsync();
        var halaman = await HalamanAsync(auditor, "/Auditor/Dokumen");
        var sejak = await JejakTerakhirAsync(app);

        var isian = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", Token(halaman)), new("Pilih", d1.Id.ToString()), new("Pilih", d2.Id.ToString()),
        };
        var respons = await auditor.PostAsync("/Auditor/Dokumen?handler=Zip", new FormUrlEncodedContent(isian), Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        respons.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        HeaderKeamanan(respons);
        using var zip = new ZipArchive(new MemoryStream(await respons.Content.ReadAsByteArrayAsync(Ct)), ZipArchiveMode.Read);
        zip.Entries.Select(e => e.FullName).Order().ShouldBe(new[] { d1.NamaBerkas, d2.NamaBerkas }.Order());
        foreach (var d in new[] { d1, d2 })
        {
            using var s = zip.GetEntry(d.NamaBerkas)!.Open();
            using var m = new MemoryStream();
            await s.CopyToAsync(m, Ct);
            m.ToArray().ShouldBe(d.Isi);
        }

        var jejak = await JejakAsync(app, "UnduhArsip", sejak);
        jejak.Count.ShouldBe(1);
        jejak[0].Data.ShouldContain(d1.Id.ToString());
        jejak[0].Data.ShouldContain(d2.Id.ToString());

        var tanpaPilihan = await PostAsync(auditor, "/Auditor/Dokumen?handler=Zip", new() { ["__RequestVerificationToken"] = Token(halaman) });
        Galat(await Ok(tanpaPilihan)).ShouldContain("Pilih paling sedikit satu dokumen.");
        (await JejakAsync(app, "UnduhArsip", sejak)).Count.ShouldBe(1);
    }

    /// <summary>The signer sees "Unduh PDF resmi" on the Surat Tugas page; following it must not be a dead end.</summary>
    [Fact]
    public async Task Unduh_PenandatanganYangMelihatTautan_MendapatPdf()
    {
        var pimpinan = await PimpinanAsync(app);
        var d = await TunjukPegawaiAsync(app, pimpinan);
        var tugas = await HalamanAsync(pimpinan, $"/Penugasan/Tugas/{d.PenugasanId}");
        tugas.QuerySelector($"a[href='/Dokumen/Unduh/{d.Id}']").ShouldNotBeNull("the page offers the download to the signer");

        var respons = await pimpinan.GetAsync($"/Dokumen/Unduh/{d.Id}", Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
