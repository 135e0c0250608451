using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SistemKerja.Web.Tests.NaskahDinas;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.Keamanan;

/// <summary>
/// A fuzz pass over every form of the app: every page from the endpoint list is opened by an account that may use it
/// (with real data where it takes an id), every form on it (POST and GET) is sent with malformed values (huge strings,
/// control and right-to-left characters, NUL, negative and overflowing numbers, impossible dates, bad GUIDs, markup),
/// first in every field at once and then one field at a time with the others as the page filled them. No answer may be a 500.
/// Every query parameter of every GET handler gets the same treatment.
/// </summary>
public sealed class FuzzFormulirTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] NilaiBuruk =
    [
        new string('A', 20_000),
        "Ṡ̷̡͔ǐ̴s̶ ستم \u202Eكرت\u202C 😀 漢字 \u200B\uFEFF",
        "nul\u0000di tengah",
        "-1",
        "99999999999999999999999999",
        "2025-02-30",
        "bukan-guid",
        "<script>alert(1)</script>",
        "-2147483649",
        "1e309",
        "0001-01-01",
        "31/12/2025",
        "00000000-0000-0000-0000-000000000000",
        "' OR 1=1; DROP TABLE pegawai; --",
        "",
    ];

    /// <summary>The values put in every field at once (the first eight kinds); the rest only go one field at a time.</summary>
    private const int NilaiSekaligus = 8;

    /// <summary>The values tried on query parameters (no huge string: URLs are short).</summary>
    private static readonly string[] NilaiQuery = [.. NilaiBuruk.Skip(1).Take(6)];

    private static readonly string[] JenisAjukan = ["SukarelaDalamUnit", "SukarelaLintasUnit", "PenunjukanLintasUnit"];

    private sealed record Kunjungan(string Akun, string Url);

    [Fact]
    public async Task SetiapFormulir_NilaiBuruk_TanpaGalat500()
    {
        var jam = Stopwatch.StartNew();
        var data = await SiapkanAsync();
        var halaman = await HalamanAplikasi.DaftarAsync(app.Services);
        var klien = new Dictionary<string, HttpClient>
        {
            ["anonim"] = app.Klien(),
            ["admin"] = await app.MasukSebagaiAsync("admin", "Admin#Demo2025"),
            ["auditor"] = await app.MasukSebagaiAsync("auditor", "Auditor#Demo2025"),
            ["pimpinan"] = await PimpinanAsync(app),
            ["pegawai"] = await PegawaiAsync(app),
            ["sekda"] = await app.MasukSebagaiAsync("sekda", "Sekda#Demo2025"),
        };

        var kunjungan = new List<Kunjungan>();
        foreach (var h in halaman.Where(h => h.Handler.Any(x => x.Metode == "GET")))
        {
            kunjungan.AddRange(KunjunganUntuk(h, data));
        }

        var galat = new List<string>();
        var jumlah = 0;
        foreach (var (akun, url) in kunjungan)
        {
            var k = klien[akun];
            var respons = await k.GetAsync(url, Ct);
            jumlah++;
            Catat(galat, $"{akun} GET {url}", respons);
            if (respons.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var dokumen = await AplikasiUji.HtmlAsync(respons);
            foreach (var formulir in dokumen.QuerySelectorAll("form").OfType<IHtmlFormElement>())
            {
                jumlah += await FuzzFormulirAsync(k, akun, url, formulir, galat);
            }
        }

        // Every query parameter of every GET handler, with each bad value.
        foreach (var h in halaman)
        {
            foreach (var nama in h.Handler.Where(x => x.Metode == "GET").SelectMany(x => x.Parameter).Where(p => p != "ct" && p != "cancellationToken").Distinct())
            {
                var akun = AkunUntuk(h.Jalur);
                foreach (var nilai in NilaiQuery)
                {
                    var url = $"{h.Url()}?{nama}={Uri.EscapeDataString(nilai)}";
                    Catat(galat, $"{akun} GET {url}", await klien[akun].GetAsync(url, Ct));
                    jumlah++;
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{kunjungan.Count} pages opened, {jumlah} requests, {jam.Elapsed.TotalSeconds:F1} s");
        kunjungan.Count.ShouldBeGreaterThan(25);
        galat.ShouldBeEmpty(string.Join("\n", galat.Take(30)));
    }

    /// <summary>Found by the pass: a NUL in the search reached PostgreSQL (which refuses it in text) and gave a 500. Now 400 before binding.</summary>
    [Fact]
    public async Task KarakterNul_DiQueryDanFormulir_400TanpaTersimpan()
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        var pimpinan = await PimpinanAsync(app);
        var sebelum = await SkalarAsync<long>(app, "SELECT count(*) FROM penugasan");

        var cari = await admin.GetAsync("/Pegawai?q=Rah%00man", Ct);
        var formulir = await HalamanAsync(pimpinan, "/Penugasan/Tunjuk");
        var mulai = HariIni(app).AddDays(3);
        var tunjuk = await PostAsync(pimpinan, "/Penugasan/Tunjuk", new()
        {
            ["__RequestVerificationToken"] = Token(formulir), ["Masukan.PegawaiId"] = (await PegawaiAkunAsync(app, "pegawai")).Id.ToString(),
            ["Masukan.Uraian"] = "Uraian\0tersembunyi", ["Masukan.TargetKinerja"] = "", ["Masukan.TanggalMulai"] = Iso(mulai),
            ["Masukan.TanggalSelesai"] = Iso(mulai.AddDays(5)), ["Masukan.AlokasiPersen"] = "5",
        });

        cari.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        tunjuk.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        (await SkalarAsync<long>(app, "SELECT count(*) FROM penugasan")).ShouldBe(sebelum);
        (await admin.GetAsync("/Pegawai?q=Rahman", Ct)).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    private static async Task<int> FuzzFormulirAsync(HttpClient k, string akun, string url, IHtmlFormElement formulir, List<string> galat)
    {
        var metode = (formulir.GetAttribute("method") ?? "get").ToUpperInvariant();
        var aksi = formulir.GetAttribute("action") is { Length: > 0 } a ? a : url;
        if (aksi.StartsWith("/Akun/Keluar", StringComparison.Ordinal))
        {
            return 0; // signing out would end the session the pass needs
        }

        // Each submit button with its own formaction/name is a target of its own.
        var target = new List<(string Url, KeyValuePair<string, string>? Tombol)>();
        foreach (var b in formulir.QuerySelectorAll("button, input[type=submit]"))
        {
            var tujuan = b.GetAttribute("formaction") is { Length: > 0 } fa ? fa : aksi;
            KeyValuePair<string, string>? tombol = b.GetAttribute("name") is { Length: > 0 } n ? new(n, b.GetAttribute("value") ?? "") : null;
            if (!target.Contains((tujuan, tombol)))
            {
                target.Add((tujuan, tombol));
            }
        }

        if (target.Count == 0)
        {
            target.Add((aksi, null));
        }

        var isian = Isian(formulir);
        var nama = isian.Select(x => x.Key).Where(n => n != "__RequestVerificationToken").Distinct().ToList();
        var jumlah = 0;
        foreach (var (tujuan, tombol) in target)
        {
            var kiriman = new List<List<KeyValuePair<string, string>>>();

            // Every field at once with one bad value (through the form's first button only: the others share its fields).
            if (tujuan == target[0].Url && tombol.Equals(target[0].Tombol))
            {
                kiriman.AddRange(NilaiBuruk.Take(NilaiSekaligus).Select(v => Ganti(isian, nama, v)));
            }

            // One field at a time, the others as the page filled them.
            kiriman.AddRange(nama.Select((n, i) => Ganti(isian, [n], NilaiBuruk[i % NilaiBuruk.Length])));

            foreach (var isi in kiriman)
            {
                if (tombol is { } t)
                {
                    isi.Add(t);
                }

                var respons = metode == "POST"
                    ? await k.PostAsync(tujuan, new FormUrlEncodedContent(isi), Ct)
                    : await k.GetAsync($"{tujuan.Split('?')[0]}?{string.Join("&", isi.Select(x => $"{Uri.EscapeDataString(x.Key)}={Uri.EscapeDataString(x.Value)}"))}", Ct);
                jumlah++;
                var contoh = isi.FirstOrDefault(x => nama.Contains(x.Key) && x.Value != isian.FirstOrDefault(y => y.Key == x.Key).Value);
                Catat(galat, $"{akun} {metode} {tujuan} ({contoh.Key}={Potong(contoh.Value)})", respons);
            }
        }

        return jumlah;
    }

    /// <summary>The fields a browser would send, as the page filled them (checked boxes only, the selected or first option).</summary>
    private static List<KeyValuePair<string, string>> Isian(IHtmlFormElement formulir)
    {
        var isian = new List<KeyValuePair<string, string>>();
        foreach (var e in formulir.Elements)
        {
            var n = e.GetAttribute("name");
            if (string.IsNullOrEmpty(n) || e is IHtmlButtonElement)
            {
                continue;
            }

            switch (e)
            {
                case IHtmlInputElement i when i.Type is "submit" or "button" or "file" or "image":
                    break;
                case IHtmlInputElement i when i.Type is "checkbox" or "radio":
                    if (i.IsChecked)
                    {
                        isian.Add(new(n, i.Value));
                    }

                    break;
                case IHtmlInputElement i:
                    isian.Add(new(n, i.Value));
                    break;
                case IHtmlSelectElement s:
                    isian.Add(new(n, s.SelectedOptions.Length > 0 ? s.SelectedOptions[0].Value : s.Options.Length > 0 ? s.Options[0].Value : ""));
                    break;
                case IHtmlTextAreaElement t:
                    isian.Add(new(n, t.Value));
                    break;
            }
        }

        return isian;
    }

    private static List<KeyValuePair<string, string>> Ganti(List<KeyValuePair<string, string>> isian, IReadOnlyCollection<string> nama, string nilai)
    {
        var hasil = isian.Where(x => !nama.Contains(x.Key)).ToList();
        hasil.AddRange(nama.Select(n => new KeyValuePair<string, string>(n, nilai)));
        return hasil;
    }

    private static void Catat(List<string> galat, string apa, HttpResponseMessage respons)
    {
        if ((int)respons.StatusCode >= 500)
        {
            galat.Add($"{(int)respons.StatusCode} {apa}");
        }
    }

    private static string Potong(string? s) => s is null ? "" : s.Length > 40 ? s[..40] + "…" : s.Replace("\0", "\\0", StringComparison.Ordinal);

    private sealed record DataUji(Guid Permohonan, Guid Penugasan, Guid Dokumen, string Kode, Guid Pelibatan, Guid Jabatan, Guid Unit, Guid Pd, Guid Pegawai);

    /// <summary>The account that opens a page in the pass: the first one the matrix lets in, with the data that shows the page's forms.</summary>
    private static string AkunUntuk(string jalur) => jalur switch
    {
        _ when jalur.StartsWith("/Admin/", StringComparison.Ordinal) => "admin",
        "/Auditor/Dokumen" => "auditor",
        "/Akun/Masuk" or "/Akun/AksesDitolak" or "/Verifikasi/Index" or "/Error" or "/Status" => "anonim",
        "/Penugasan/Instansi/Masuk" or "/Pegawai/Detail" or "/Pegawai/Index" => "admin",
        "/Penugasan/Tugas" or "/Dokumen/Unduh" or "/Penugasan/Ajukan" => "pegawai",
        _ => "pimpinan",
    };

    private static IEnumerable<Kunjungan> KunjunganUntuk(HalamanAplikasi h, DataUji d)
    {
        var akun = AkunUntuk(h.Jalur);
        string[] url = h.Jalur switch
        {
            "/Admin/Jabatan/Ubah" or "/Admin/Jabatan/Kedudukan" => [$"{h.Url()}?id={d.Jabatan}"],
            "/Admin/Jabatan/Tetapkan" => [$"{h.Url()}?jabatanId={d.Jabatan}"],
            "/Admin/Jabatan/Tambah" => [$"{h.Url()}?unitId={d.Unit}"],
            "/Admin/Unit/Ubah" or "/Admin/Unit/Pindahkan" => [$"{h.Url()}?id={d.Unit}"],
            "/Admin/Unit/Tambah" => [$"{h.Url()}?indukId={d.Unit}"],
            "/Admin/PetaJabatan/Impor" or "/Admin/PetaJabatan/Ekspor" => [$"{h.Url()}?perangkatDaerahId={d.Pd}"],
            "/Organisasi/Detail" or "/Organisasi/Bagan" => [h.Url(d.Pd)],
            "/Pegawai/Detail" => [h.Url(d.Pegawai)],
            "/Penugasan/Permohonan" => [h.Url(d.Permohonan)],
            "/Penugasan/Tugas" => [h.Url(d.Penugasan)],
            "/Dokumen/Unduh" => [h.Url(d.Dokumen)],
            "/Penugasan/Instansi/Detail" => [h.Url(d.Pelibatan)],
            "/Verifikasi/Index" => [h.Url(), $"/Verifikasi/{d.Kode}"],
            "/Penugasan/Ajukan" => [.. JenisAjukan.Select(j => $"{h.Url()}?jenis={j}")],
            "/Pegawai/Index" => [$"{h.Url()}?q=a"],
            _ => [h.Url()],
        };
        foreach (var u in url)
        {
            yield return new Kunjungan(akun, u);
        }

        // The lintas instansi request waits for the Sekretaris Daerah: the PyB's form is fuzzed too.
        if (h.Jalur == "/Penugasan/Instansi/Detail")
        {
            yield return new Kunjungan("sekda", h.Url(d.Pelibatan));
        }

        // The ajukan form of a unit head (penunjukan lintas unit).
        if (h.Jalur == "/Penugasan/Ajukan")
        {
            yield return new Kunjungan("pimpinan", $"{h.Url()}?jenis=PenunjukanLintasUnit");
        }
    }

    private async Task<DataUji> SiapkanAsync()
    {
        var pegawai = await PegawaiAsync(app);
        var pimpinan = await PimpinanAsync(app);
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        var permohonan = await AjukanSukarelaDalamUnitAsync(app, pegawai);
        var dokumen = await DokumenWeb.TunjukPegawaiAsync(app, pimpinan);

        var masuk = await HalamanAsync(admin, "/Penugasan/Instansi/Masuk");
        var unit = masuk.QuerySelectorAll("select[name='Masukan.UnitId'] option")
            .Single(o => o.TextContent.Trim() == "Bidang Aplikasi Informatika" && o.ParentElement?.GetAttribute("label") == "Dinas Komunikasi dan Informatika")
            .GetAttribute("value")!;
        var hariIni = HariIni(app);
        var pelibatan = IdDariAlihan(await AplikasiUji.KirimFormulirAsync(admin, "/Penugasan/Instansi/Masuk", new()
        {
            ["Masukan.InstansiLain"] = "Pemerintah Kabupaten Balangan", ["Masukan.NomorSurat"] = "800.1/55/BLG", ["Masukan.TanggalSurat"] = Iso(hariIni.AddDays(-1)),
            ["Masukan.UnitId"] = unit, ["Masukan.MaksudDanTujuan"] = "Pendampingan", ["Masukan.KompetensiDibutuhkan"] = "Analisis data",
            ["Masukan.EkspektasiTargetKinerja"] = "Laporan", ["Masukan.TanggalMulai"] = Iso(hariIni.AddDays(20)), ["Masukan.TanggalSelesai"] = Iso(hariIni.AddDays(40)),
            ["Masukan.AlokasiPersen"] = "10",
        }), "/Penugasan/Instansi/Detail/");

        var unitId = Guid.Parse(unit);
        var jabatan = await SkalarAsync<Guid>(app, "SELECT \"Id\" FROM jabatan WHERE \"UnitOrganisasiId\" = @u AND NOT \"MemimpinUnit\" ORDER BY \"Nama\" LIMIT 1", ("u", unitId));
        var pd = await SkalarAsync<Guid>(app, "SELECT \"PerangkatDaerahId\" FROM unit_organisasi WHERE \"Id\" = @u", ("u", unitId));
        var akunPegawai = await PegawaiAkunAsync(app, "pegawai");
        return new DataUji(permohonan, dokumen.PenugasanId, dokumen.Id, dokumen.Kode, pelibatan, jabatan, unitId, pd, akunPegawai.Id);
    }
}
