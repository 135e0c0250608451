using Microsoft.Playwright;
using SistemKerja.Web.Tests.NaskahDinas;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.Peramban;

/// <summary>
/// The main journeys of each role, clicked through in a real (headless system) Chromium against the real app on a
/// Kestrel port, with its strict CSP. Every step asserts on the Indonesian text the user sees and leaves a screenshot in
/// TestResults/peramban/.
/// </summary>
[Trait("Kategori", "Peramban")]
public sealed class PerjalananUtamaTests(AplikasiPeramban app) : IClassFixture<AplikasiPeramban>
{
    private static readonly LocatorAssertionsToHaveTextOptions Teks = new() { Timeout = AplikasiPeramban.BatasMs };
    private static readonly LocatorAssertionsToBeVisibleOptions Tampak = new() { Timeout = AplikasiPeramban.BatasMs };

    /// <summary>
    /// WF-6 on the demo (HSU) region: the Pelaksana asks to work for another unit; its own head consents, the target head
    /// decides, the Pelaksana drafts, its head signs and the Surat Tugas is issued and received. Then the auditor finds it
    /// in the archive, downloads the PDF and checks it (and a tampered copy) on the public verification page.
    /// </summary>
    [Fact]
    public async Task PelaksanaAjukanLintasUnit_DuaPimpinanMenyetujui_SuratTugasTerbit_AuditorMengunduhDanMemverifikasi()
    {
        var foto = new PencatatLangkah("pelaksana-sampai-auditor");
        var dataPegawai = await PegawaiAkunAsync(app, "pegawai");
        var dataPimpinan = await PegawaiAkunAsync(app, "pimpinan");
        var dataPimpinan2 = await PegawaiAkunAsync(app, "pimpinan2");
        var hariIni = HariIni(app);
        var mulai = new DateOnly(hariIni.Year, hariIni.Month, 1).AddMonths(1);
        var selesai = mulai.AddMonths(2).AddDays(-1);

        // 1. The Pelaksana signs in and writes the request from the inbox.
        var pegawai = await app.MasukAsync("pegawai", "Pegawai#Demo2025", dataPegawai.Nama);
        await foto.FotoAsync(pegawai, "pegawai-beranda");
        await pegawai.GetByRole(AriaRole.Link, new() { Name = "Penugasan", Exact = false }).First.ClickAsync();
        await Expect(pegawai.Locator("h1")).ToHaveTextAsync("Kotak masuk penugasan", Teks);
        await pegawai.GetByRole(AriaRole.Link, new() { Name = "Ajukan diri (lintas unit)" }).ClickAsync();
        await Expect(pegawai.Locator("h1")).ToHaveTextAsync("Pengajuan sukarela lintas unit", new() { IgnoreCase = true, Timeout = AplikasiPeramban.BatasMs });
        var unit = await pegawai.Locator("select[name='Masukan.UnitPemilikKinerjaId'] optgroup[label='Dinas Komunikasi dan Informatika'] option")
            .Filter(new() { HasTextRegex = new("^\\s*Bidang Informasi dan Komunikasi Publik\\s*$") }).GetAttributeAsync("value");
        await pegawai.GetByLabel("Unit organisasi yang dituju").SelectOptionAsync(unit!);
        await pegawai.GetByLabel("Maksud dan tujuan").FillAsync(Maksud);
        await pegawai.GetByLabel("Kompetensi/keahlian/keterampilan yang dibutuhkan").FillAsync(Kompetensi);
        await pegawai.GetByLabel("Ekspektasi/target kinerja").FillAsync(Ekspektasi);
        await pegawai.GetByLabel("Tanggal mulai").FillAsync(Iso(mulai));
        await pegawai.GetByLabel("Tanggal selesai").FillAsync(Iso(selesai));
        await pegawai.GetByLabel("Alokasi waktu (% jam kerja)").FillAsync("20");
        await foto.FotoAsync(pegawai, "pegawai-formulir-diisi");
        await pegawai.GetByRole(AriaRole.Button, new() { Name = "Ajukan", Exact = true }).ClickAsync();
        await Expect(pegawai.Locator(".pesan-sukses")).ToHaveTextAsync("Permohonan diajukan.", Teks);
        await Expect(pegawai.Locator("p .status")).ToHaveTextAsync("Dalam proses", Teks);
        await Expect(pegawai.Locator("ol.alur li")).ToHaveCountAsync(4, new() { Timeout = AplikasiPeramban.BatasMs });
        await Expect(pegawai.Locator("main")).ToContainTextAsync("Bidang Informasi dan Komunikasi Publik", new() { Timeout = AplikasiPeramban.BatasMs });
        var urlPermohonan = new Uri(pegawai.Url).AbsolutePath;
        await foto.FotoAsync(pegawai, "pegawai-permohonan-diajukan");

        // 2. Step 1: the Pelaksana's own head (PPK and Kepala UO) finds it in the inbox and consents.
        var pimpinan = await app.MasukAsync("pimpinan", "Pimpinan#Demo2025", dataPimpinan.Nama);
        await BukaDariKotakMasukAsync(pimpinan);
        await foto.FotoAsync(pimpinan, "pimpinan-kotak-masuk");
        await pimpinan.GetByRole(AriaRole.Link, new() { Name = Maksud }).First.ClickAsync();
        await SetujuiAsync(pimpinan, "Disetujui dan direkomendasikan.", "Langkah disetujui dan diteruskan.", disetujui: 1);
        await foto.FotoAsync(pimpinan, "pimpinan-langkah1-disetujui");

        // 3. Step 2: the head of the target unit decides, with the availability view.
        var pimpinan2 = await app.MasukAsync("pimpinan2", "Pimpinan2#Demo2025", dataPimpinan2.Nama);
        await BukaDariKotakMasukAsync(pimpinan2);
        await pimpinan2.GetByRole(AriaRole.Link, new() { Name = Maksud }).First.ClickAsync();
        await Expect(pimpinan2.GetByRole(AriaRole.Heading, new() { Name = "Ketersediaan pegawai pada periode yang dimohon" })).ToBeVisibleAsync(Tampak);
        await foto.FotoAsync(pimpinan2, "pimpinan2-keputusan");
        await SetujuiAsync(pimpinan2, "Diterima di Bidang IKP.", "Langkah disetujui dan diteruskan.", disetujui: 2);
        await foto.FotoAsync(pimpinan2, "pimpinan2-langkah2-disetujui");

        // 4. Step 3: the Pelaksana drafts the surat penugasan (the request is back in its inbox).
        await BukaDariKotakMasukAsync(pegawai);
        await pegawai.GetByRole(AriaRole.Link, new() { Name = Maksud }).First.ClickAsync();
        await SetujuiAsync(pegawai, "Surat penugasan disusun.", "Langkah disetujui dan diteruskan.", disetujui: 3);

        // 5. Step 4: the own head signs; the Surat Tugas is issued.
        await BukaDariKotakMasukAsync(pimpinan);
        await pimpinan.GetByRole(AriaRole.Link, new() { Name = Maksud }).First.ClickAsync();
        await SetujuiAsync(pimpinan, "Ditandatangani.", "Permohonan disetujui; surat penugasan diterbitkan.", disetujui: 4);
        await Expect(pimpinan.Locator("p .status")).ToHaveTextAsync("Disetujui", Teks);
        await Expect(pimpinan.Locator("ol.alur li").Nth(0)).ToContainTextAsync($"Disetujui oleh {dataPimpinan.Nama}");
        await Expect(pimpinan.Locator("ol.alur li").Nth(1)).ToContainTextAsync($"Disetujui oleh {dataPimpinan2.Nama}");
        await Expect(pimpinan.Locator("ol.alur li").Nth(2)).ToContainTextAsync($"Disetujui oleh {dataPegawai.Nama}");
        await foto.FotoAsync(pimpinan, "pimpinan-surat-tugas-diterbitkan");

        // 6. The Pelaksana reads the Surat Tugas and acknowledges it.
        await pegawai.GotoAsync(urlPermohonan);
        await pegawai.GetByRole(AriaRole.Link, new() { Name = "Lihat surat penugasan" }).ClickAsync();
        var naskah = pegawai.Locator("article.naskah");
        await Expect(naskah.Locator(".judul-naskah")).ToHaveTextAsync("SURAT TUGAS", Teks);
        await Expect(naskah).ToContainTextAsync(dataPegawai.Nama);
        await Expect(naskah).ToContainTextAsync(dataPegawai.NipTampil);
        await Expect(naskah).ToContainTextAsync(Maksud);
        await Expect(naskah).ToContainTextAsync($"terhitung mulai tanggal {TanggalIndonesia(mulai)} sampai dengan {TanggalIndonesia(selesai)}");
        await Expect(naskah.Locator(".ttd")).ToContainTextAsync("KEPALA BIDANG APLIKASI INFORMATIKA");
        await Expect(naskah.Locator(".ttd")).ToContainTextAsync(dataPimpinan.Nama);
        await Expect(pegawai.Locator("main")).ToContainTextAsync("Ditetapkan (belum diterima)");
        await foto.FotoAsync(pegawai, "pegawai-surat-tugas");
        await pegawai.GetByRole(AriaRole.Button, new() { Name = "Terima surat penugasan" }).ClickAsync();
        await Expect(pegawai.Locator(".pesan-sukses")).ToHaveTextAsync("Surat penugasan diterima.", Teks);
        await Expect(pegawai.Locator("main > p strong").First).ToHaveTextAsync("Diterima", Teks);
        var tugasId = Guid.Parse(new Uri(pegawai.Url).AbsolutePath["/Penugasan/Tugas/".Length..]);
        var dokumen = await DokumenWeb.DokumenPenugasanAsync(app, tugasId);
        await Expect(naskah.Locator(".nomor-naskah")).ToHaveTextAsync($"NOMOR: {dokumen.Nomor}", Teks);
        await Expect(pegawai.Locator("main")).ToContainTextAsync($"Kode verifikasi {dokumen.Kode}");
        await foto.FotoAsync(pegawai, "pegawai-surat-tugas-diterima");

        // 7. The auditor finds the document in the archive by the pegawai's name and downloads the PDF.
        var auditor = await app.MasukAsync("auditor", "Auditor#Demo2025", null);
        await auditor.GetByRole(AriaRole.Link, new() { Name = "Arsip Dokumen" }).ClickAsync();
        await Expect(auditor.Locator("h1")).ToHaveTextAsync("Arsip dokumen terbitan", Teks);
        await auditor.Locator("select[name='Filter.Jenis']").SelectOptionAsync(new SelectOptionValue { Label = "Surat Tugas" });
        await auditor.GetByLabel("Pegawai (nama/NIP)").FillAsync(dataPegawai.Nip);
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Cari", Exact = true }).ClickAsync();
        await Expect(auditor.Locator("main")).ToContainTextAsync("1 dokumen.", new() { Timeout = AplikasiPeramban.BatasMs });
        var baris = auditor.Locator("table.tabel tbody tr").Filter(new() { Has = auditor.Locator($"a[href='/Dokumen/Unduh/{dokumen.Id}']") });
        await Expect(baris).ToHaveCountAsync(1, new() { Timeout = AplikasiPeramban.BatasMs });
        await Expect(baris).ToContainTextAsync("Surat Tugas");
        await Expect(baris).ToContainTextAsync(dataPegawai.Nama);
        await Expect(baris).ToContainTextAsync("Berlaku");
        await foto.FotoAsync(auditor, "auditor-arsip-dokumen");
        var unduhan = await auditor.RunAndWaitForDownloadAsync(() => baris.GetByRole(AriaRole.Link, new() { Name = "Unduh PDF" }).ClickAsync());
        unduhan.SuggestedFilename.ShouldBe(dokumen.NamaBerkas);
        var pdf = await File.ReadAllBytesAsync(await unduhan.PathAsync(), TestContext.Current.CancellationToken);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        DokumenWeb.Sha256(pdf).ShouldBe(dokumen.Sha256, "the download is the issued file, byte for byte");
        await File.WriteAllBytesAsync(Path.Combine(foto.Folder, dokumen.NamaBerkas), pdf, TestContext.Current.CancellationToken);

        // 8. Public verification: the code shows the document; the file itself is genuine; a tampered copy is not.
        await auditor.GetByRole(AriaRole.Link, new() { Name = "Verifikasi", Exact = true }).ClickAsync();
        await Expect(auditor.Locator("h1")).ToHaveTextAsync("Verifikasi dokumen", Teks);
        await auditor.GetByLabel("Kode verifikasi").FillAsync(dokumen.Kode);
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Periksa kode" }).ClickAsync();
        await Expect(auditor.Locator("main")).ToContainTextAsync(dokumen.Nomor, new() { Timeout = AplikasiPeramban.BatasMs });
        await auditor.GetByLabel("Berkas PDF").SetInputFilesAsync(new FilePayload { Name = dokumen.NamaBerkas, MimeType = "application/pdf", Buffer = pdf });
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Bandingkan dengan dokumen asli" }).ClickAsync();
        var hasil = auditor.Locator("[role=status].kartu");
        await Expect(hasil.Locator("h2")).ToHaveTextAsync("Berkas asli", Teks);
        await Expect(hasil).ToContainTextAsync(dokumen.Sha256);
        await foto.FotoAsync(auditor, "verifikasi-berkas-asli");

        var palsu = (byte[])pdf.Clone();
        palsu[palsu.Length / 2] ^= 0x20;
        await auditor.GetByLabel("Berkas PDF").SetInputFilesAsync(new FilePayload { Name = "salinan-diubah.pdf", MimeType = "application/pdf", Buffer = palsu });
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Bandingkan dengan dokumen asli" }).ClickAsync();
        await Expect(hasil.Locator("h2")).ToHaveTextAsync("Berkas TIDAK sesuai dengan dokumen asli", Teks);
        await Expect(hasil).Not.ToContainTextAsync("SHA-256 cocok");
        await foto.FotoAsync(auditor, "verifikasi-berkas-diubah");
    }

    /// <summary>BKPSDM: the list of Perangkat Daerah, the peta jabatan and org chart of Dinas Kominfo, a pegawai found by name and their PPK.</summary>
    [Fact]
    public async Task AdminBkpsdm_PetaJabatanBaganDanPpkPegawai()
    {
        var foto = new PencatatLangkah("admin-bkpsdm");
        var dataPegawai = await PegawaiAkunAsync(app, "pegawai");
        var dataPimpinan = await PegawaiAkunAsync(app, "pimpinan");
        var admin = await app.MasukAsync("admin", "Admin#Demo2025", null);
        await Expect(admin.Locator("main")).ToContainTextAsync("Admin BKPSDM", new() { Timeout = AplikasiPeramban.BatasMs });
        await foto.FotoAsync(admin, "admin-beranda");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Perangkat Daerah", Exact = true }).ClickAsync();
        await Expect(admin.Locator("h1")).ToHaveTextAsync("Perangkat Daerah", Teks);
        await foto.FotoAsync(admin, "daftar-perangkat-daerah");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Dinas Komunikasi dan Informatika", Exact = true }).ClickAsync();
        await Expect(admin.Locator("h1")).ToHaveTextAsync("Dinas Komunikasi dan Informatika", Teks);
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Unit organisasi dan peta jabatan" })).ToBeVisibleAsync(Tampak);
        var bidang = admin.Locator("section.unit").Filter(new() { Has = admin.GetByRole(AriaRole.Heading, new() { Name = "Bidang Aplikasi Informatika" }) });
        await Expect(bidang).ToContainTextAsync("Kepala Bidang Aplikasi Informatika");
        await Expect(bidang).ToContainTextAsync(dataPimpinan.Nama);
        await Expect(bidang).ToContainTextAsync(dataPegawai.Nama);
        await foto.FotoAsync(admin, "peta-jabatan-diskominfo");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Bagan organisasi" }).ClickAsync();
        await Expect(admin.Locator("h1")).ToHaveTextAsync("Bagan Organisasi: Dinas Komunikasi dan Informatika", Teks);
        var bagan = admin.Locator(".bagan svg");
        await Expect(bagan).ToBeVisibleAsync(Tampak);
        await Expect(bagan).ToContainTextAsync("Bidang Aplikasi Informatika");
        await foto.FotoAsync(admin, "bagan-diskominfo");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Cari Pegawai" }).ClickAsync();
        await Expect(admin.Locator("h1")).ToHaveTextAsync("Cari Pegawai", Teks);
        await admin.GetByPlaceholder("Nama atau NIP").FillAsync(dataPegawai.Nip);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Cari", Exact = true }).ClickAsync();
        await Expect(admin.Locator("main")).ToContainTextAsync("1 pegawai ditemukan.", new() { Timeout = AplikasiPeramban.BatasMs });
        await foto.FotoAsync(admin, "cari-pegawai");
        await admin.GetByRole(AriaRole.Link, new() { Name = dataPegawai.Nama }).ClickAsync();
        await Expect(admin.Locator("h2").First).ToHaveTextAsync(dataPegawai.Nama, Teks);
        var ppk = admin.Locator("#kedudukan tr").Filter(new() { HasText = "Pejabat Penilai Kinerja" });
        await Expect(ppk).ToContainTextAsync("Kepala Bidang Aplikasi Informatika", new() { Timeout = AplikasiPeramban.BatasMs });
        await Expect(ppk).ToContainTextAsync(dataPimpinan.Nama);
        await Expect(ppk).ToContainTextAsync(dataPimpinan.NipTampil);
        await foto.FotoAsync(admin, "pegawai-dan-ppk");
    }

    private static ILocatorAssertions Expect(ILocator l) => Assertions.Expect(l);

    /// <summary>Opens the inbox and expects the request among the ones waiting for this user.</summary>
    private static async Task BukaDariKotakMasukAsync(IPage halaman)
    {
        await halaman.GotoAsync("/Penugasan");
        var menunggu = halaman.Locator("section.kartu").Filter(new() { Has = halaman.GetByRole(AriaRole.Heading, new() { Name = "Menunggu tindakan saya" }) });
        await Expect(menunggu.GetByRole(AriaRole.Link, new() { Name = Maksud })).ToBeVisibleAsync(Tampak);
    }

    /// <summary>Ticks the availability checks when the step asks for them, writes the note and presses Setujui.</summary>
    private static async Task SetujuiAsync(IPage halaman, string catatan, string pesan, int disetujui)
    {
        await Expect(halaman.GetByRole(AriaRole.Heading, new() { Name = "Tindakan Anda" })).ToBeVisibleAsync(Tampak);
        foreach (var centang in await halaman.Locator("form fieldset input[type=checkbox]").AllAsync())
        {
            await centang.CheckAsync();
        }

        await halaman.GetByLabel("Catatan / alasan (wajib bila menolak)").FillAsync(catatan);
        await halaman.GetByRole(AriaRole.Button, new() { Name = "Setujui", Exact = true }).ClickAsync();
        await Expect(halaman.Locator(".pesan-sukses")).ToHaveTextAsync(pesan, Teks);
        await Expect(halaman.Locator("ol.alur li.langkah-disetujui")).ToHaveCountAsync(disetujui, new() { Timeout = AplikasiPeramban.BatasMs });
        await Expect(halaman.GetByRole(AriaRole.Heading, new() { Name = "Tindakan Anda" })).ToHaveCountAsync(0, new() { Timeout = AplikasiPeramban.BatasMs });
    }
}
