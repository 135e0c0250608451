using Microsoft.Playwright;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.Peramban;

/// <summary>
/// The Tim Kerja workflow (DOMAIN.md §6.4, §8.2) clicked through in a real (headless system) Chromium against the real app
/// on a Kestrel port: the Kepala Bidang forms a team, names a ketua and a member, sets it with a Keputusan (PDF), amends
/// its period and sets the amending Keputusan; the member then finds the team in their own list. Every step asserts on
/// the Indonesian text the user sees and leaves a screenshot in TestResults/peramban/tim-kerja/.
/// </summary>
[Trait("Kategori", "Peramban")]
public sealed class PerjalananTimKerjaTests(AplikasiPeramban app) : IClassFixture<AplikasiPeramban>
{
    private const string NamaTim = "Tim Dasbor Kinerja";
    private const string JudulTim = "Tim Kerja Dasbor Kinerja";

    private static readonly LocatorAssertionsToHaveTextOptions Teks = new() { Timeout = AplikasiPeramban.BatasMs };
    private static readonly LocatorAssertionsToContainTextOptions Memuat = new() { Timeout = AplikasiPeramban.BatasMs };
    private static readonly LocatorAssertionsToBeVisibleOptions Tampak = new() { Timeout = AplikasiPeramban.BatasMs };

    [Fact]
    public async Task PimpinanMembentukMenetapkanDanMengubahTim_AnggotaMelihatTimnya()
    {
        var foto = new PencatatLangkah("tim-kerja");
        var dataPegawai = await PegawaiAkunAsync(app, "pegawai");
        var dataPimpinan = await PegawaiAkunAsync(app, "pimpinan");
        var hariIni = HariIni(app);

        // 1. The Kepala Bidang Aplikasi Informatika drafts the team.
        var pimpinan = await app.MasukAsync("pimpinan", "Pimpinan#Demo2025", dataPimpinan.Nama);
        await pimpinan.GotoAsync("/Tim/Bentuk");
        await Expect(pimpinan.Locator("h1")).ToHaveTextAsync("Bentuk Tim Kerja", Teks);
        await Expect(pimpinan.Locator("select[name='Masukan.UnitId'] option").First).ToHaveTextAsync("Bidang Aplikasi Informatika", Teks);
        await pimpinan.GetByLabel("Nama tim").FillAsync(NamaTim);
        await pimpinan.GetByLabel("Tugas tim (satu tugas per baris)").FillAsync("Menyusun indikator kinerja dasbor\nMembangun dasbor kinerja daerah");
        await pimpinan.GetByLabel("Sasaran / target kinerja").FillAsync("Dasbor kinerja daerah tersedia daring");
        await pimpinan.GetByLabel("Satuan output (mis. \"1 Dokumen\")").FillAsync("1 Aplikasi");
        await pimpinan.Locator("select[name='Masukan.JenisTugas']").SelectOptionAsync("Insidental");
        await pimpinan.GetByLabel("Tanggal mulai").FillAsync(Iso(hariIni));
        await pimpinan.GetByLabel("Tanggal selesai").FillAsync(Iso(hariIni.AddDays(60)));
        await foto.FotoAsync(pimpinan, "pimpinan-bentuk-tim");
        await pimpinan.GetByRole(AriaRole.Button, new() { Name = "Buat draf tim" }).ClickAsync();
        await Expect(pimpinan.Locator(".pesan-sukses")).ToHaveTextAsync("Draf Tim Kerja dibuat. Tambahkan anggota dan ketua, lalu ajukan penetapan.", Teks);
        await Expect(pimpinan.Locator("h1")).ToHaveTextAsync(JudulTim, Teks);
        await Expect(pimpinan.Locator(".status")).ToHaveTextAsync("Draf", Teks);
        var urlTim = new Uri(pimpinan.Url).AbsolutePath;
        urlTim.ShouldStartWith("/Tim/Detail/");
        var timId = Guid.Parse(urlTim["/Tim/Detail/".Length..]);
        await foto.FotoAsync(pimpinan, "pimpinan-draf-tim");

        // 2. A ketua (the first person offered other than the demo pegawai) and the demo pegawai as anggota.
        var opsi = pimpinan.Locator("select[name='Masukan.PegawaiId'] option");
        var nilai = await opsi.EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        nilai.ShouldContain(dataPegawai.Id.ToString(), "the demo pegawai sits in the pimpinan's Bidang");
        var ketuaId = nilai.First(v => v.Length > 0 && v != dataPegawai.Id.ToString());
        var ketuaNama = (await pimpinan.Locator($"select[name='Masukan.PegawaiId'] option[value='{ketuaId}']").TextContentAsync())!
            .Split(" — ")[0].Trim();
        await TambahPersonelAsync(pimpinan, ketuaId, "TambahKetua");
        await TambahPersonelAsync(pimpinan, dataPegawai.Id.ToString(), "TambahAnggota");
        var susunan = pimpinan.Locator("table.tabel").First.Locator("tbody tr");
        await Expect(susunan).ToHaveCountAsync(2, new() { Timeout = AplikasiPeramban.BatasMs });
        await Expect(susunan.Filter(new() { HasText = ketuaNama })).ToContainTextAsync("Ketua Tim", Memuat);
        await Expect(susunan.Filter(new() { HasText = dataPegawai.Nama })).ToContainTextAsync("Anggota Tim", Memuat);
        await foto.FotoAsync(pimpinan, "pimpinan-susunan-tim");

        // 3. Set the team: the Keputusan is issued and its PDF downloads.
        await pimpinan.GetByRole(AriaRole.Button, new() { Name = "Tetapkan tim dan terbitkan Keputusan", Exact = true }).ClickAsync();
        await Expect(pimpinan.Locator(".pesan-sukses")).ToHaveTextAsync("Tim Kerja ditetapkan; naskahnya diterbitkan dan personel diberi tahu.", Teks);
        await Expect(pimpinan.Locator(".status")).ToHaveTextAsync("Ditetapkan (berjalan)", Teks);
        var ditetapkanOleh = pimpinan.Locator("table.rincian tr").Filter(new() { HasText = "Ditetapkan oleh" });
        await Expect(ditetapkanOleh).ToContainTextAsync(dataPimpinan.Nama, Memuat);
        await Expect(ditetapkanOleh).Not.ToContainTextAsync("perubahan ke-");
        await foto.FotoAsync(pimpinan, "pimpinan-tim-ditetapkan");
        var pdf = await UnduhPdfAsync(pimpinan, foto, "keputusan-pembentukan.pdf");

        // 4. Start an amendment with a reason, then move the end of the period in the particulars form.
        await pimpinan.Locator("details summary").Filter(new() { HasText = "Ubah tim yang sudah ditetapkan" }).ClickAsync();
        var formPerubahan = pimpinan.Locator("form[action*='handler=MulaiPerubahan']");
        await formPerubahan.Locator("textarea[name='Masukan.Teks']").FillAsync("Pengembangan dasbor memerlukan waktu tambahan.");
        await foto.FotoAsync(pimpinan, "pimpinan-alasan-perubahan");
        await formPerubahan.GetByRole(AriaRole.Button, new() { Name = "Mulai perubahan" }).ClickAsync();
        await Expect(pimpinan.Locator(".pesan-sukses")).ToContainTextAsync("Perubahan tim dimulai.", Memuat);
        var perubahan = pimpinan.Locator("section.perubahan");
        await Expect(perubahan).ToBeVisibleAsync(Tampak);
        await Expect(perubahan).ToContainTextAsync("Pengembangan dasbor memerlukan waktu tambahan.", Memuat);
        await Expect(pimpinan.Locator(".status")).ToHaveTextAsync("Ditetapkan (perubahan sedang disusun)", Teks);
        await foto.FotoAsync(pimpinan, "pimpinan-perubahan-dimulai");

        await pimpinan.GetByRole(AriaRole.Link, new() { Name = "Ubah rincian tim" }).ClickAsync();
        await Expect(pimpinan.Locator("h1")).ToHaveTextAsync($"Ubah rincian Tim Kerja {NamaTim}", Teks);
        new Uri(pimpinan.Url).AbsolutePath.ShouldBe($"/Tim/Ubah/{timId}");
        var selesai = pimpinan.Locator("input[name='Masukan.TanggalSelesai']");
        await Expect(selesai).ToHaveValueAsync(Iso(hariIni.AddDays(60)), new() { Timeout = AplikasiPeramban.BatasMs });
        await selesai.FillAsync(Iso(hariIni.AddDays(120)));
        await foto.FotoAsync(pimpinan, "pimpinan-ubah-rincian");
        await pimpinan.GetByRole(AriaRole.Button, new() { Name = "Simpan rincian" }).ClickAsync();
        await Expect(pimpinan.Locator(".pesan-sukses")).ToHaveTextAsync("Rincian Tim Kerja diperbarui.", Teks);
        new Uri(pimpinan.Url).AbsolutePath.ShouldBe(urlTim);
        await Expect(perubahan).ToContainTextAsync("Rincian diubah: masa kerja", Memuat);
        await foto.FotoAsync(pimpinan, "pimpinan-rincian-diubah");

        // 5. Set the amendment: the amending Keputusan is issued and the team runs again.
        await pimpinan.GetByRole(AriaRole.Button, new() { Name = "Tetapkan perubahan dan terbitkan Keputusan perubahan", Exact = true }).ClickAsync();
        // Only the start of the message: it still says "naskah pembentukan" for the amending decree.
        await Expect(pimpinan.Locator(".pesan-sukses")).ToContainTextAsync("Tim Kerja ditetapkan", Memuat);
        await Expect(pimpinan.Locator(".status")).ToHaveTextAsync("Ditetapkan (berjalan)", Teks);
        await Expect(pimpinan.Locator("main")).ToContainTextAsync("perubahan ke-1", Memuat);
        await Expect(perubahan).ToHaveCountAsync(0, new() { Timeout = AplikasiPeramban.BatasMs });
        await foto.FotoAsync(pimpinan, "pimpinan-perubahan-ditetapkan");
        var pdfPerubahan = await UnduhPdfAsync(pimpinan, foto, "keputusan-perubahan.pdf");
        pdfPerubahan.ShouldNotBe(pdf, "the amending Keputusan is a new document");

        // 6. The demo pegawai, now an anggota, finds the team in its own list and opens it.
        var pegawai = await app.MasukAsync("pegawai", "Pegawai#Demo2025", dataPegawai.Nama);
        await pegawai.GotoAsync("/Tim");
        await Expect(pegawai.Locator("h1")).ToHaveTextAsync("Tim Kerja", Teks);
        var baris = pegawai.Locator("table.tabel tbody tr").Filter(new() { Has = pegawai.Locator($"a[href='{urlTim}']") });
        await Expect(baris).ToHaveCountAsync(1, new() { Timeout = AplikasiPeramban.BatasMs });
        await Expect(baris).ToContainTextAsync(NamaTim, Memuat);
        await Expect(baris).ToContainTextAsync("Ditetapkan (berjalan)", Memuat);
        await Expect(baris).ToContainTextAsync("Anggota Tim", Memuat);
        await foto.FotoAsync(pegawai, "pegawai-daftar-tim");
        await baris.GetByRole(AriaRole.Link, new() { Name = NamaTim }).ClickAsync();
        await Expect(pegawai.Locator("h1")).ToHaveTextAsync(JudulTim, Teks);
        await Expect(pegawai.Locator(".status")).ToHaveTextAsync("Ditetapkan (berjalan)", Teks);
        await Expect(pegawai.GetByRole(AriaRole.Link, new() { Name = "Ubah rincian tim" })).ToHaveCountAsync(0, new() { Timeout = AplikasiPeramban.BatasMs });
        await foto.FotoAsync(pegawai, "pegawai-halaman-tim");
    }

    private static ILocatorAssertions Expect(ILocator l) => Assertions.Expect(l);

    /// <summary>Picks the pegawai and the role in the "Tambah personel" form and presses Tambahkan.</summary>
    private static async Task TambahPersonelAsync(IPage halaman, string pegawaiId, string aksi)
    {
        var form = halaman.Locator("form[action*='handler=Susunan']").Filter(new() { Has = halaman.Locator("select[name='Masukan.PegawaiId']") });
        await form.Locator("select[name='Masukan.PegawaiId']").SelectOptionAsync(pegawaiId);
        await form.Locator("select[name='Masukan.Aksi']").SelectOptionAsync(aksi);
        await form.GetByRole(AriaRole.Button, new() { Name = "Tambahkan", Exact = true }).ClickAsync();
        await Expect(halaman.Locator(".pesan-sukses")).ToHaveTextAsync("Susunan tim diperbarui.", Teks);
    }

    /// <summary>Downloads the decree in force through its "unduh PDF" link, checks it is a PDF and keeps it with the screenshots.</summary>
    private static async Task<byte[]> UnduhPdfAsync(IPage halaman, PencatatLangkah foto, string namaBerkas)
    {
        var tautan = halaman.Locator("table.rincian").GetByRole(AriaRole.Link, new() { Name = "unduh PDF" });
        await Expect(tautan).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/Dokumen/Unduh/"), new() { Timeout = AplikasiPeramban.BatasMs });
        var unduhan = await halaman.RunAndWaitForDownloadAsync(() => tautan.ClickAsync());
        unduhan.SuggestedFilename.ShouldEndWith(".pdf");
        var pdf = await File.ReadAllBytesAsync(await unduhan.PathAsync(), TestContext.Current.CancellationToken);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        await File.WriteAllBytesAsync(Path.Combine(foto.Folder, namaBerkas), pdf, TestContext.Current.CancellationToken);
        return pdf;
    }
}
