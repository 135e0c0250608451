using System.Net;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.Penugasan;

/// <summary>
/// WF-6 over HTTP on the HSU preset (DOMAIN.md §6.8; `000_f720e179c5bde346.txt` Lampiran II.B.2): the pegawai asks to
/// work for Bidang Informasi dan Komunikasi Publik; the home PPK/Kepala UO consents, the Kepala UO dituju decides, the
/// pegawai drafts the surat penugasan, the home Kepala UO signs it, and the pegawai receives it.
/// </summary>
public sealed class AlurSukarelaLintasUnitHsuTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SukarelaLintasUnit_EmpatLangkahHsu_SuratTugasTerbitDanDiterima()
    {
        var pegawai = await PegawaiAsync(app);
        var pimpinan = await PimpinanAsync(app);
        var pimpinan2 = await Pimpinan2Async(app);
        var dataPegawai = await PegawaiAkunAsync(app, "pegawai");
        var dataPimpinan = await PegawaiAkunAsync(app, "pimpinan");
        var dataPimpinan2 = await PegawaiAkunAsync(app, "pimpinan2");
        var hariIni = HariIni(app);
        var mulai = new DateOnly(hariIni.Year, hariIni.Month, 1).AddMonths(1);
        var selesai = mulai.AddMonths(2).AddDays(-1);

        // The pegawai fills the written request, choosing the target unit in the form's list.
        var formulir = await HalamanAsync(pegawai, "/Penugasan/Ajukan?jenis=SukarelaLintasUnit");
        formulir.QuerySelector("input[name=Jenis]")!.GetAttribute("value").ShouldBe("SukarelaLintasUnit");
        var unitTujuan = OpsiUnit(formulir, "Bidang Informasi dan Komunikasi Publik", "Dinas Komunikasi dan Informatika");
        var isian = IsianAjukan(app, "SukarelaLintasUnit", unitTujuan, alokasi: 20);
        isian["Masukan.TanggalMulai"] = Iso(mulai);
        isian["Masukan.TanggalSelesai"] = Iso(selesai);
        var id = IdDariAlihan(await AjukanAsync(pegawai, "SukarelaLintasUnit", isian), "/Penugasan/Permohonan/");

        var diajukan = await HalamanAsync(pegawai, UrlPermohonan(id));
        diajukan.QuerySelector(".status")!.TextContent.Trim().ShouldBe("Dalam proses");
        diajukan.QuerySelector(".pesan-sukses")!.TextContent.ShouldBe("Permohonan diajukan.");
        diajukan.QuerySelectorAll("ol.alur li").Length.ShouldBe(4, "HSU: consent at home, decision of the target, drafting by the pegawai, signature at home");
        diajukan.Body!.TextContent.ShouldContain("Bidang Informasi dan Komunikasi Publik");
        AdaFormTindakan(diajukan).ShouldBeFalse("the pegawai acts only on the drafting step");

        // Step 1 — persetujuan/rekomendasi atasan asal: pimpinan (PPK and Kepala UO of the pegawai). Not yet pimpinan2.
        AdaFormTindakan(await HalamanAsync(pimpinan2, UrlPermohonan(id))).ShouldBeFalse();
        await SetujuiAsync(pimpinan, id, "Disetujui dan direkomendasikan.");
        (await LangkahAktifAsync(app, id)).ShouldBe(1);

        // Step 2 — keputusan Kepala UO dituju: pimpinan2, with the availability view and the attestations.
        AdaFormTindakan(await HalamanAsync(pimpinan, UrlPermohonan(id))).ShouldBeFalse();
        var keputusan = await HalamanAsync(pimpinan2, UrlPermohonan(id));
        AdaFormTindakan(keputusan).ShouldBeTrue();
        keputusan.QuerySelector("input[name='Masukan.WaktuDiluarBebanKerja']").ShouldNotBeNull();
        await SetujuiAsync(pimpinan2, id, "Diterima di Bidang IKP.");
        (await LangkahAktifAsync(app, id)).ShouldBe(2);

        // Step 3 — the pegawai drafts the surat penugasan.
        AdaFormTindakan(await HalamanAsync(pimpinan, UrlPermohonan(id))).ShouldBeFalse();
        await SetujuiAsync(pegawai, id, "Surat penugasan disusun.");
        (await LangkahAktifAsync(app, id)).ShouldBe(3);

        // Step 4 — the home Kepala UO signs: the request is approved and the penugasan issued.
        (await JumlahPenugasanAsync(app, id)).ShouldBe(0);
        await SetujuiAsync(pimpinan, id, "Ditandatangani.");
        (await StatusPermohonanAsync(app, id)).ShouldBe("Disetujui");
        (await JumlahPenugasanAsync(app, id)).ShouldBe(1);

        var selesaiHalaman = await HalamanAsync(pegawai, UrlPermohonan(id));
        selesaiHalaman.QuerySelector(".status")!.TextContent.Trim().ShouldBe("Disetujui");
        AdaFormTindakan(selesaiHalaman).ShouldBeFalse();
        var langkah = selesaiHalaman.QuerySelectorAll("ol.alur li").ToList();
        langkah.ShouldAllBe(l => l.ClassList.Contains("langkah-disetujui"));
        langkah[0].TextContent.ShouldContain($"Disetujui oleh {dataPimpinan.Nama}");
        langkah[1].TextContent.ShouldContain($"Disetujui oleh {dataPimpinan2.Nama}");
        langkah[2].TextContent.ShouldContain($"Disetujui oleh {dataPegawai.Nama}");
        langkah[3].TextContent.ShouldContain($"Disetujui oleh {dataPimpinan.Nama}");
        var tautanTugas = selesaiHalaman.QuerySelector("a[href^='/Penugasan/Tugas/']")!.GetAttribute("href")!;
        var tugasId = Guid.Parse(tautanTugas["/Penugasan/Tugas/".Length..]);
        (await SkalarAsync<Guid>(app, "SELECT \"Id\" FROM penugasan WHERE \"PermohonanId\" = @id", ("id", id))).ShouldBe(tugasId);

        // The Surat Tugas, as the pegawai sees it.
        var surat = await HalamanAsync(pegawai, tautanTugas);
        var naskah = surat.QuerySelector("article.naskah")!;
        var teks = naskah.TextContent;
        naskah.QuerySelector(".judul-naskah")!.TextContent.Trim().ShouldBe("SURAT TUGAS");
        teks.ShouldContain(dataPegawai.Nama);
        teks.ShouldContain(dataPegawai.NipTampil);
        var untuk = naskah.QuerySelectorAll("tr").Single(tr => tr.Children.Length > 0 && tr.Children[0].TextContent.Trim() == "Untuk").TextContent;
        untuk.ShouldContain(Maksud);
        untuk.ShouldContain($"terhitung mulai tanggal {TanggalIndonesia(mulai)} sampai dengan {TanggalIndonesia(selesai)}");
        var ttd = naskah.QuerySelector(".ttd")!.TextContent;
        ttd.ShouldContain("KEPALA BIDANG APLIKASI INFORMATIKA");
        ttd.ShouldContain(dataPimpinan.Nama);
        ttd.ShouldContain(dataPimpinan.NipTampil);
        ttd.ShouldContain($"pada tanggal {TanggalIndonesia(hariIni)}");
        surat.Body!.TextContent.ShouldContain("Ditetapkan (belum diterima)");

        // Only the assignee may acknowledge; the signer sees the letter without the button.
        surat.QuerySelector("form[action*='handler=Terima']").ShouldNotBeNull();
        (await HalamanAsync(pimpinan, tautanTugas)).QuerySelector("form[action*='handler=Terima']").ShouldBeNull();

        var terima = await PostAsync(pegawai, $"{tautanTugas}?handler=Terima", new() { ["__RequestVerificationToken"] = Token(surat) });
        terima.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        terima.Headers.Location!.OriginalString.ShouldBe(tautanTugas);
        var diterima = await HalamanAsync(pegawai, tautanTugas);
        diterima.QuerySelector("main > p strong")!.TextContent.Trim().ShouldBe("Diterima");
        diterima.QuerySelector("form[action*='handler=Terima']").ShouldBeNull();
        (await SkalarAsync<string>(app, "SELECT \"Status\" FROM penugasan WHERE \"Id\" = @id", ("id", tugasId))).ShouldBe("Diterima");

        // Pressing it again (an old tab) explains instead of failing.
        var lagi = await PostAsync(pegawai, $"{tautanTugas}?handler=Terima", new() { ["__RequestVerificationToken"] = Token(surat) });
        lagi.StatusCode.ShouldBe(HttpStatusCode.OK);
        Galat(await AplikasiUji.HtmlAsync(lagi)).ShouldContain("sudah diterima");

        // The inbox lists it among the pegawai's assignments.
        var kotak = await HalamanAsync(pegawai, "/Penugasan");
        var penugasanSaya = Bagian(kotak, "Penugasan saya");
        penugasanSaya.QuerySelector($"a[href='{tautanTugas}']").ShouldNotBeNull();
        penugasanSaya.TextContent.ShouldContain("Diterima");
    }
}
