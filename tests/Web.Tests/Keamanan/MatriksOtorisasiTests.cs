using System.Net;
using Npgsql;
using SistemKerja.Application.Common;
using SistemKerja.Web.Tests.NaskahDinas;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.Keamanan;

/// <summary>
/// The authorisation matrix, generated from the app's endpoint list: every page and every POST handler, for every role
/// (anonymous, pegawai, pimpinan unit, auditor, BKPSDM admin), and every page that takes an id for another unit's data.
/// A page nobody classified fails <see cref="SetiapHalaman_TercantumDalamMatriks"/>, so a new page cannot slip through.
/// </summary>
public sealed class MatriksOtorisasiTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Any signed-in account (what it sees is then limited by the use case).</summary>
    private static readonly string[] SiapaPunYangMasuk = [];

    /// <summary>Who may open each page (the role sets the README's "Roles" section gives). Folders follow the folder conventions of Program.cs.</summary>
    private static string[]? Boleh(string jalur) => jalur switch
    {
        _ when jalur.StartsWith("/Admin/", StringComparison.Ordinal) => [Peran.AdminBkpsdm],
        _ when jalur.StartsWith("/Auditor/", StringComparison.Ordinal) => [Peran.Auditor, Peran.AdminBkpsdm],
        "/Akun/Masuk" or "/Akun/Keluar" or "/Akun/AksesDitolak" or "/Error" or "/Status" or "/Verifikasi/Index" => null, // anyone, signed in or not
        "/Index" or "/Organisasi/Index" or "/Organisasi/Detail" or "/Organisasi/Bagan" or "/Pegawai/Detail" or "/Dokumen/Unduh"
            or "/Penugasan/Index" or "/Penugasan/Ajukan" or "/Penugasan/Permohonan" or "/Penugasan/Tugas"
            or "/Penugasan/Instansi/Index" or "/Penugasan/Instansi/Detail" or "/Dokumen/Koreksi" or "/Organisasi/TetapkanPelaksana"
            or "/Tim/Index" or "/Tim/Detail" or "/Tim/Beban" or "/Tim/Rekomendasi" => SiapaPunYangMasuk,
        "/Tim/Bentuk" or "/Tim/Ubah" => [Peran.PimpinanUnit],
        "/Pegawai/Index" => [Peran.AdminBkpsdm, Peran.Auditor, Peran.PimpinanUnit],
        "/Penugasan/Tunjuk" or "/Penugasan/Instansi/Keluar" => [Peran.PimpinanUnit],
        "/Penugasan/Instansi/Masuk" => [Peran.AdminBkpsdm],
        _ => throw new ShouldAssertException($"page {jalur} is not in the authorisation matrix: decide who may open it (MatriksOtorisasiTests.Boleh)"),
    };

    /// <summary>Pages with a route id whose data is the whole region's by design (the org chart, the peta jabatan, an import job of the admin).</summary>
    private static readonly HashSet<string> DataSeDaerah = ["/Organisasi/Detail", "/Organisasi/Bagan", "/Admin/PetaJabatan/StatusImpor"];

    private sealed record Akun(string Nama, string? KataSandi, string[] Peran);

    private static readonly Akun[] SemuaAkun =
    [
        new("anonim", null, []),
        new("pegawai", "Pegawai#Demo2025", [Peran.Pegawai]),
        new("pimpinan", "Pimpinan#Demo2025", [Peran.Pegawai, Peran.PimpinanUnit]),
        new("auditor", "Auditor#Demo2025", [Peran.Auditor, Peran.Pegawai]),
        new("admin", "Admin#Demo2025", [Peran.AdminBkpsdm, Peran.Pegawai]),
    ];

    private static bool Diizinkan(string[]? boleh, Akun akun) =>
        boleh is null /* public */ || (akun.KataSandi is not null && (boleh.Length == 0 || boleh.Any(akun.Peran.Contains)));

    [Fact]
    public async Task SetiapHalaman_TercantumDalamMatriks()
    {
        var halaman = await HalamanAplikasi.DaftarAsync(app.Services);

        halaman.Count.ShouldBeGreaterThan(25, "the endpoint list was read");
        foreach (var h in halaman)
        {
            _ = Boleh(h.Jalur);
        }

        halaman.Where(h => h.BerparameterRute && !DataSeDaerah.Contains(h.Jalur) && !ContohDataUnitLain.ContainsKey(h.Jalur)).Select(h => h.Jalur)
            .ShouldBeEmpty("a page with a route id needs a sample of another unit's data in ContohDataUnitLain (or belongs in DataSeDaerah)");
    }

    [Fact]
    public async Task SetiapHalamanDanPost_SetiapPeran_403AtauMasukBilaTidakBerhak_TanpaGalat_TanpaJejak()
    {
        var halaman = await HalamanAplikasi.DaftarAsync(app.Services);
        var klien = new Dictionary<string, HttpClient>();
        foreach (var akun in SemuaAkun)
        {
            klien[akun.Nama] = akun.KataSandi is null ? app.Klien() : await app.MasukSebagaiAsync(akun.Nama, akun.KataSandi);
        }

        var jejakAwal = await JejakTerakhirAsync();
        var salah = new List<string>();
        var jumlah = 0;
        foreach (var h in halaman)
        {
            var boleh = Boleh(h.Jalur);
            foreach (var akun in SemuaAkun)
            {
                var k = klien[akun.Nama];
                var diizinkan = Diizinkan(boleh, akun);

                if (h.Handler.Any(x => x.Metode == "GET"))
                {
                    var get = await k.GetAsync(h.Url(), Ct);
                    jumlah++;
                    Periksa(salah, $"{akun.Nama} GET {h.Url()}", get, diizinkan, akun);
                }

                // A POST by someone without the right is refused before any handler runs (a valid token, so only the role decides).
                if (!diizinkan)
                {
                    foreach (var post in h.Post)
                    {
                        var token = await TokenAsync(k, akun);
                        var respons = await k.PostAsync(h.UrlPost(post), new FormUrlEncodedContent(new Dictionary<string, string>
                        {
                            ["__RequestVerificationToken"] = token,
                            ["Masukan.Versi"] = "1",
                        }), Ct);
                        jumlah++;
                        Periksa(salah, $"{akun.Nama} POST {h.UrlPost(post)}", respons, false, akun);
                    }
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{halaman.Count} pages, {jumlah} requests");
        salah.ShouldBeEmpty(string.Join("\n", salah));
        (await JejakTerakhirAsync()).ShouldBe(jejakAwal, "a refused request wrote an audit line (a command ran)");
    }

    /// <summary>Samples of data belonging to someone else: per page with a route id, the id and the accounts that must not see it.</summary>
    private static readonly Dictionary<string, (Func<DataUji, Guid> Id, string[] Orang)> ContohDataUnitLain = new()
    {
        ["/Penugasan/Permohonan"] = (d => d.Permohonan, ["pimpinan2"]),
        ["/Penugasan/Tugas"] = (d => d.Penugasan, ["pegawai", "pimpinan2"]),
        ["/Dokumen/Unduh"] = (d => d.Dokumen, ["pegawai", "pimpinan2"]),
        ["/Penugasan/Instansi/Detail"] = (d => d.Pelibatan, ["pegawai", "pimpinan2"]),
        ["/Pegawai/Detail"] = (d => d.PegawaiLain, ["pegawai"]),
        ["/Dokumen/Koreksi"] = (d => d.Dokumen, ["pegawai", "pimpinan2"]),
        ["/Tim/Detail"] = (d => d.Tim, ["pegawai", "pimpinan2"]),
        ["/Tim/Rekomendasi"] = (d => d.Tim, ["pegawai", "pimpinan2"]),
        ["/Tim/Ubah"] = (d => d.Tim, ["pegawai", "pimpinan2"]),
    };

    private sealed record DataUji(Guid Permohonan, Guid Penugasan, Guid Dokumen, Guid Pelibatan, Guid PegawaiLain, string Penanda, Guid Tim);

    [Fact]
    public async Task DataUnitLain_SetiapHalamanBerparameter_GetDanPost404_TanpaBocor_TanpaJejak()
    {
        var data = await SiapkanDataUnitAsync();
        var halaman = await HalamanAplikasi.DaftarAsync(app.Services);
        var klien = new Dictionary<string, HttpClient>
        {
            ["pegawai"] = await PegawaiAsync(app),
            ["pimpinan2"] = await Pimpinan2Async(app),
        };
        var jejakAwal = await JejakTerakhirAsync();
        var salah = new List<string>();

        foreach (var h in halaman.Where(h => ContohDataUnitLain.ContainsKey(h.Jalur)))
        {
            var (ambilId, orang) = ContohDataUnitLain[h.Jalur];
            var id = ambilId(data);
            foreach (var nama in orang)
            {
                var k = klien[nama];
                var get = await k.GetAsync(h.Url(id), Ct);
                await PeriksaTertutupAsync(salah, $"{nama} GET {h.Url(id)}", get, data.Penanda);
                foreach (var post in h.Post)
                {
                    var halamanToken = await AplikasiUji.HtmlAsync(await k.GetAsync("/", Ct));
                    var respons = await k.PostAsync(h.UrlPost(post, id), new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["__RequestVerificationToken"] = Token(halamanToken),
                        ["Masukan.Versi"] = "1",
                        ["Masukan.Aksi"] = "Setujui",
                        ["Masukan.Catatan"] = "menyusup",
                    }), Ct);
                    await PeriksaTertutupAsync(salah, $"{nama} POST {h.UrlPost(post, id)}", respons, data.Penanda);
                }
            }
        }

        salah.ShouldBeEmpty(string.Join("\n", salah));
        (await JejakTerakhirAsync()).ShouldBe(jejakAwal, "a refused request wrote an audit line (a command ran)");

        // The same ids open for the people involved: the samples are real.
        var pimpinan = await PimpinanAsync(app);
        (await pimpinan.GetAsync($"/Penugasan/Tugas/{data.Penugasan}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await pimpinan.GetAsync($"/Penugasan/Permohonan/{data.Permohonan}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await pimpinan.GetAsync($"/Pegawai/Detail/{data.PegawaiLain}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await pimpinan.GetAsync($"/Tim/Ubah/{data.Tim}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var pdf = await pimpinan.GetAsync($"/Dokumen/Unduh/{data.Dokumen}", Ct);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        HeaderKeamananTests.PeriksaHeader(pdf).ShouldBeEmpty();
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        (await admin.GetAsync($"/Penugasan/Instansi/Detail/{data.Pelibatan}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SetiapPost_TanpaTokenAntiforgery_400()
    {
        var halaman = await HalamanAplikasi.DaftarAsync(app.Services);
        var salah = new List<string>();
        var jumlah = 0;
        var klien = new Dictionary<string, HttpClient>();
        foreach (var h in halaman.Where(h => !h.TanpaAntiforgery))
        {
            var akun = SemuaAkun.Where(a => a.KataSandi is not null).FirstOrDefault(a => Diizinkan(Boleh(h.Jalur), a)) ?? SemuaAkun[0];
            if (!klien.TryGetValue(akun.Nama, out var k))
            {
                k = klien[akun.Nama] = akun.KataSandi is null ? app.Klien() : await app.MasukSebagaiAsync(akun.Nama, akun.KataSandi);
            }

            foreach (var post in h.Post)
            {
                var respons = await k.PostAsync(h.UrlPost(post), new FormUrlEncodedContent(new Dictionary<string, string> { ["Masukan.Versi"] = "1" }), Ct);
                jumlah++;
                if (respons.StatusCode != HttpStatusCode.BadRequest)
                {
                    salah.Add($"{akun.Nama} POST {h.UrlPost(post)} without a token: {(int)respons.StatusCode}");
                }
            }
        }

        jumlah.ShouldBeGreaterThan(15);
        salah.ShouldBeEmpty(string.Join("\n", salah));

        // Only the error and status pages opt out (they re-render a failed request and change nothing).
        halaman.Where(h => h.TanpaAntiforgery).Select(h => h.Jalur).ShouldBe(["/Error", "/Status"], ignoreOrder: true);
    }

    // ---------------------------------------------------------------- helpers

    private static void Periksa(List<string> salah, string apa, HttpResponseMessage respons, bool diizinkan, Akun akun)
    {
        var kode = (int)respons.StatusCode;
        var keMasuk = respons.StatusCode == HttpStatusCode.Redirect && respons.Headers.Location?.OriginalString.Contains("/Akun/Masuk", StringComparison.Ordinal) == true;
        if (kode >= 500)
        {
            salah.Add($"{apa}: {kode}");
        }
        else if (diizinkan && (respons.StatusCode == HttpStatusCode.Forbidden || keMasuk))
        {
            salah.Add($"{apa}: {kode} but the role may open it");
        }
        else if (!diizinkan && akun.KataSandi is null && !keMasuk)
        {
            salah.Add($"{apa}: {kode}, expected a redirect to /Akun/Masuk");
        }
        else if (!diizinkan && akun.KataSandi is not null && respons.StatusCode != HttpStatusCode.Forbidden)
        {
            salah.Add($"{apa}: {kode}, expected 403");
        }

        salah.AddRange(HeaderKeamananTests.PeriksaHeader(respons).Select(s => $"{apa}: {s}"));
    }

    private static async Task PeriksaTertutupAsync(List<string> salah, string apa, HttpResponseMessage respons, string penanda)
    {
        if (respons.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden))
        {
            salah.Add($"{apa}: {(int)respons.StatusCode}, expected 404 (or 403)");
        }

        var isi = await respons.Content.ReadAsStringAsync(Ct);
        if (isi.Contains(penanda, StringComparison.Ordinal))
        {
            salah.Add($"{apa}: the response shows the other unit's text '{penanda}'");
        }
    }

    private static async Task<string> TokenAsync(HttpClient klien, Akun akun) =>
        Token(await AplikasiUji.HtmlAsync(await klien.GetAsync(akun.KataSandi is null ? "/Akun/Masuk" : "/", Ct)));

    private async Task<long> JejakTerakhirAsync()
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand("SELECT coalesce(max(\"Id\"), 0) FROM jejak_audit", conn);
        return (long)(await cmd.ExecuteScalarAsync(Ct))!;
    }

    /// <summary>
    /// Data of the pimpinan's Bidang (Aplikasi Informatika) that pimpinan2 (another Bidang) must not see: the pegawai's
    /// request, a Surat Tugas of a colleague (which the pegawai account must not see either), a lintas instansi request
    /// not yet approved, and the colleague's profile. Every text carries a marker that must never appear in a refusal.
    /// </summary>
    private async Task<DataUji> SiapkanDataUnitAsync()
    {
        var penanda = "RAHASIA-" + Guid.NewGuid().ToString("N")[..8];
        var pegawai = await PegawaiAsync(app);
        var pimpinan = await PimpinanAsync(app);
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");

        var isian = IsianAjukan(app, "SukarelaDalamUnit");
        isian["Masukan.MaksudDanTujuan"] = $"{Maksud} {penanda}";
        var permohonan = IdDariAlihan(await AjukanAsync(pegawai, "SukarelaDalamUnit", isian), "/Penugasan/Permohonan/");

        var akunPegawai = await PegawaiAkunAsync(app, "pegawai");
        var tunjuk = await HalamanAsync(pimpinan, "/Penugasan/Tunjuk");
        var rekan = tunjuk.QuerySelectorAll("select[name='Masukan.PegawaiId'] option").Select(o => o.GetAttribute("value"))
            .First(v => Guid.TryParse(v, out var g) && g != akunPegawai.Id)!;
        var mulai = HariIni(app).AddDays(5);
        var ditunjuk = await PostAsync(pimpinan, "/Penugasan/Tunjuk", new()
        {
            ["__RequestVerificationToken"] = Token(tunjuk), ["Masukan.PegawaiId"] = rekan, ["Masukan.Uraian"] = $"Penataan arsip {penanda}",
            ["Masukan.TargetKinerja"] = "", ["Masukan.TanggalMulai"] = Iso(mulai), ["Masukan.TanggalSelesai"] = Iso(mulai.AddDays(10)), ["Masukan.AlokasiPersen"] = "5",
        });
        var penugasan = IdDariAlihan(ditunjuk, "/Penugasan/Tugas/");
        var dokumen = await DokumenWeb.DokumenPenugasanAsync(app, penugasan);

        var masuk = await HalamanAsync(admin, "/Penugasan/Instansi/Masuk");
        var unit = masuk.QuerySelectorAll("select[name='Masukan.UnitId'] option")
            .Single(o => o.TextContent.Trim() == "Bidang Aplikasi Informatika" && o.ParentElement?.GetAttribute("label") == "Dinas Komunikasi dan Informatika")
            .GetAttribute("value")!;
        var hariIni = HariIni(app);
        var pelibatan = IdDariAlihan(await AplikasiUji.KirimFormulirAsync(admin, "/Penugasan/Instansi/Masuk", new()
        {
            ["Masukan.InstansiLain"] = "Pemerintah Kabupaten Balangan", ["Masukan.NomorSurat"] = $"800.1/{penanda}/BLG", ["Masukan.TanggalSurat"] = Iso(hariIni.AddDays(-1)),
            ["Masukan.UnitId"] = unit, ["Masukan.MaksudDanTujuan"] = $"Pendampingan {penanda}", ["Masukan.KompetensiDibutuhkan"] = "Analisis data",
            ["Masukan.EkspektasiTargetKinerja"] = "Laporan", ["Masukan.TanggalMulai"] = Iso(hariIni.AddDays(20)), ["Masukan.TanggalSelesai"] = Iso(hariIni.AddDays(40)),
            ["Masukan.AlokasiPersen"] = "10",
        }), "/Penugasan/Instansi/Detail/");

        // A draft Tim Kerja of the pimpinan's Bidang: neither the pegawai (not a member) nor another unit's head may open it.
        var tim = await TimKerja.TimWeb.BentukDrafAsync(app, pimpinan, $"Tim {penanda}", "Tugas rahasia", 30);

        return new DataUji(permohonan, penugasan, dokumen.Id, pelibatan, Guid.Parse(rekan), penanda, tim);
    }
}
