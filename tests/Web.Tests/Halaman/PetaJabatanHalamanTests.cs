using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Infrastructure.Persistence;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Tests.Halaman;

/// <summary>
/// The peta jabatan / kedudukan pages (org chart, edit unit/position, set kedudukan, pegawai kedudukan by date) on the real
/// host and the demo region: concrete content, the Indonesian reason on a refused form, 403 for non-admins, never a 500.
/// </summary>
public sealed partial class PetaJabatanHalamanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private const string BidangDemo = "Bidang Aplikasi Informatika";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly HariIni => DateOnly.FromDateTime(SistemKerja.Application.Common.WaktuDaerah.Dari(null).GetLocalNow().DateTime); // the app's clock (WIB)

    private Task<HttpClient> AdminAsync() => app.MasukSebagaiAsync("admin", "Admin#Demo2025");

    private async Task<T> SkalarAsync<T>(string sql)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync(Ct);
        return (T)(await new NpgsqlCommand(sql, conn).ExecuteScalarAsync(Ct))!;
    }

    private async Task<List<(Guid Id, string Nama)>> BarisAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var r = await new NpgsqlCommand(sql, conn).ExecuteReaderAsync(Ct);
        var hasil = new List<(Guid, string)>();
        while (await r.ReadAsync(Ct))
        {
            hasil.Add((r.GetGuid(0), r.GetString(1)));
        }

        return hasil;
    }

    private Task<long> JumlahKedudukanAsync() => SkalarAsync<long>("SELECT count(*) FROM kedudukan");

    private Task<Guid> UnitBidangAsync() => SkalarAsync<Guid>($"SELECT \"Id\" FROM unit_organisasi WHERE \"Nama\" = '{BidangDemo}'");

    private Task<Guid> KepalaBidangAsync() => SkalarAsync<Guid>($"SELECT \"Id\" FROM jabatan WHERE \"Nama\" = 'Kepala {BidangDemo}'");

    /// <summary>The held JF positions of the demo Bidang, in a fixed order, so that each test can take its own.</summary>
    private Task<List<(Guid Id, string Nama)>> JfBidangAsync() => BarisAsync(
        $"""
        SELECT j."Id", j."Nama" FROM jabatan j JOIN unit_organisasi u ON u."Id" = j."UnitOrganisasiId"
        WHERE u."Nama" = '{BidangDemo}' AND j."Jenis" = 'Fungsional' AND NOT j."MemimpinUnit"
          AND EXISTS (SELECT 1 FROM pemangku_jabatan p WHERE p."JabatanId" = j."Id" AND p."TanggalSelesai" IS NULL)
        ORDER BY j."Id"
        """);

    /// <summary>GETs <paramref name="halaman"/> for its antiforgery token and POSTs the fields to <paramref name="tujuan"/> (default: the same URL).</summary>
    private static async Task<HttpResponseMessage> KirimAsync(HttpClient klien, string halaman, Dictionary<string, string> isian, string? tujuan = null)
    {
        var dokumen = await AplikasiUji.HtmlAsync(await klien.GetAsync(halaman, Ct));
        isian["__RequestVerificationToken"] = dokumen.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await klien.PostAsync(tujuan ?? halaman, new FormUrlEncodedContent(isian), Ct);
    }

    // ---------- Bagan (SVG org chart) ----------

    [GeneratedRegex("^-?[0-9]+(\\.[0-9]+)?$")]
    private static partial Regex Angka();

    [GeneratedRegex("^-?[0-9]+(\\.[0-9]+)?,-?[0-9]+(\\.[0-9]+)?$")]
    private static partial Regex Titik();

    /// <summary>Every numeric attribute of the SVG must use a decimal point (SVG syntax), never the id-ID decimal comma.</summary>
    private static void AtributAngkaSvgValid(IElement svg, string konteks)
    {
        foreach (var el in svg.QuerySelectorAll("*").Prepend(svg))
        {
            foreach (var nama in new[] { "x", "y", "width", "height", "rx", "font-size", "stroke-width" })
            {
                if (el.GetAttribute(nama) is { } nilai)
                {
                    Angka().IsMatch(nilai).ShouldBeTrue($"{konteks}: <{el.LocalName} {nama}=\"{nilai}\">");
                }
            }

            if (el.GetAttribute("viewBox") is { } viewBox)
            {
                viewBox.Split(' ').ShouldAllBe(v => Angka().IsMatch(v), $"{konteks}: viewBox=\"{viewBox}\"");
            }

            if (el.GetAttribute("points") is { } titik)
            {
                titik.Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldAllBe(t => Titik().IsMatch(t), $"{konteks}: points=\"{titik}\"");
            }
        }
    }

    [Fact]
    public async Task Bagan_SetiapPerangkatDaerah_200SvgSatuKotakPerUnitTanpaDesimalKoma()
    {
        var admin = await AdminAsync();
        var pd = await BarisAsync("SELECT \"Id\", \"Nama\" FROM perangkat_daerah ORDER BY \"Nama\"");
        pd.Count.ShouldBeGreaterThanOrEqualTo(30);

        foreach (var (id, nama) in pd)
        {
            var respons = await admin.GetAsync($"/Organisasi/Bagan/{id}", Ct);

            respons.StatusCode.ShouldBe(HttpStatusCode.OK, nama);
            var html = await AplikasiUji.HtmlAsync(respons);
            html.QuerySelector("h1")!.TextContent.ShouldBe($"Bagan Organisasi: {nama}");
            var svg = html.QuerySelector("svg")!;
            var unit = await SkalarAsync<long>($"SELECT count(*) FROM unit_organisasi WHERE \"PerangkatDaerahId\" = '{id}' AND (\"DitutupPada\" IS NULL OR \"DitutupPada\" > current_date)");
            svg.QuerySelectorAll("rect").Length.ShouldBe((int)unit, nama);
            svg.QuerySelectorAll("polyline").Length.ShouldBe((int)unit - 1, nama);
            AtributAngkaSvgValid(svg, nama);
        }
    }

    [Fact]
    public async Task Bagan_DinasKominfo_KotakBidangMenampilkanKepalaDanPemangkunya()
    {
        var admin = await AdminAsync();
        var pdId = await SkalarAsync<Guid>("SELECT \"Id\" FROM perangkat_daerah WHERE \"Singkatan\" = 'DISKOMINFO'");
        var pemangku = await SkalarAsync<string>(
            $"SELECT p.\"Nama\" FROM pegawai p JOIN pemangku_jabatan pj ON pj.\"PegawaiId\" = p.\"Id\" WHERE pj.\"JabatanId\" = '{await KepalaBidangAsync()}' AND pj.\"TanggalSelesai\" IS NULL");

        var html = await AplikasiUji.HtmlAsync(await admin.GetAsync($"/Organisasi/Bagan/{pdId}", Ct));

        var kotak = html.QuerySelectorAll("svg a").Single(a => a.QuerySelector("text")!.TextContent == BidangDemo);
        kotak.GetAttribute("href").ShouldBe($"/Organisasi/Detail/{pdId}#unit-{await UnitBidangAsync()}");
        kotak.QuerySelectorAll("text")[1].TextContent.ShouldBe("Kepala Bidang Aplikasi Informatika");
        kotak.QuerySelectorAll("text")[2].TextContent.ShouldContain(pemangku);
        kotak.QuerySelector("rect")!.GetAttribute("stroke-width").ShouldBe("2.5");
    }

    // A deeper tree (four nested sub-units) puts parents at fractional x positions (centred over their children).
    [Fact]
    public async Task Bagan_PohonDalamDenganKoordinatPecahan_TanpaDesimalKoma()
    {
        var admin = await AdminAsync();
        var pdId = await SkalarAsync<Guid>("SELECT \"Id\" FROM perangkat_daerah WHERE \"Singkatan\" = 'KEL-SM'");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var induk = db.UnitOrganisasi.Single(u => u.PerangkatDaerahId == pdId && u.IndukId == null);
            for (var tingkat = 1; tingkat <= 4; tingkat++)
            {
                var cabang = UnitOrganisasi.BuatDi(induk, $"Cabang Uji {tingkat}", false, 90 + tingkat);
                db.UnitOrganisasi.AddRange(cabang, UnitOrganisasi.BuatDi(cabang, $"Daun Uji {tingkat}", false, 1));
                induk = cabang;
            }

            db.UnitOrganisasi.Add(UnitOrganisasi.BuatDi(induk, "Daun Uji Terakhir", false, 2));
            await db.SaveChangesAsync(Ct);
        }

        var respons = await admin.GetAsync($"/Organisasi/Bagan/{pdId}", Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        var svg = (await AplikasiUji.HtmlAsync(respons)).QuerySelector("svg")!;
        svg.QuerySelectorAll("rect").Length.ShouldBe(11);
        AtributAngkaSvgValid(svg, "Kelurahan Sungai Malang");
        svg.QuerySelectorAll("rect").Select(r => r.GetAttribute("x")!).ShouldContain(x => x.Contains('.'), "the layout should produce a fractional x");
    }

    [Fact]
    public async Task Bagan_PerangkatDaerahTidakAda_404()
    {
        var admin = await AdminAsync();

        (await admin.GetAsync($"/Organisasi/Bagan/{Guid.NewGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    // ---------- Admin pages: GET ----------

    [Fact]
    public async Task UbahUnit_OlehAdmin_200FormulirTerisi()
    {
        var admin = await AdminAsync();
        var unit = await UnitBidangAsync();

        var respons = await admin.GetAsync($"/Admin/Unit/Ubah?id={unit}", Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await AplikasiUji.HtmlAsync(respons);
        html.QuerySelector("h1")!.TextContent.ShouldBe($"Ubah unit: {BidangDemo}");
        html.QuerySelector("input[name='Masukan.Nama']")!.GetAttribute("value").ShouldBe(BidangDemo);
        html.QuerySelector("input[name='Masukan.UnitOrganisasiMandiri']")!.HasAttribute("checked").ShouldBeTrue();
        html.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value").ShouldBe((await SkalarAsync<uint>($"SELECT xmin FROM unit_organisasi WHERE \"Id\" = '{unit}'")).ToString());
        html.QuerySelector("input[name='Tutup.Tanggal']")!.GetAttribute("value").ShouldBe(HariIni.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task UbahUnit_SimpanNamaSaja_UrutanTetap()
    {
        var admin = await AdminAsync();
        var unit = await SkalarAsync<Guid>("SELECT \"Id\" FROM unit_organisasi WHERE \"Nama\" = 'Bidang Persandian dan Statistik'");
        var urutan = await SkalarAsync<int>($"SELECT \"Urutan\" FROM unit_organisasi WHERE \"Id\" = '{unit}'");
        urutan.ShouldBe(4);
        var html = await AplikasiUji.HtmlAsync(await admin.GetAsync($"/Admin/Unit/Ubah?id={unit}", Ct));
        html.QuerySelector("input[name='Masukan.Urutan']")!.GetAttribute("value").ShouldBe("4");

        var respons = await KirimAsync(admin, $"/Admin/Unit/Ubah?id={unit}", new()
        {
            ["Masukan.Nama"] = "Bidang Persandian, Statistik dan Keamanan Informasi",
            ["Masukan.UnitOrganisasiMandiri"] = "true",
            ["Masukan.Urutan"] = html.QuerySelector("input[name='Masukan.Urutan']")!.GetAttribute("value")!,
            ["Masukan.Versi"] = html.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!,
        });

        respons.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SkalarAsync<int>($"SELECT \"Urutan\" FROM unit_organisasi WHERE \"Id\" = '{unit}'")).ShouldBe(4);
    }

    [Fact]
    public async Task UbahJabatan_OlehAdmin_200FormulirTerisi()
    {
        var admin = await AdminAsync();
        var (jf, nama) = (await JfBidangAsync())[0];
        var kelas = await SkalarAsync<int>($"SELECT \"KelasJabatan\" FROM jabatan WHERE \"Id\" = '{jf}'");
        var jenjang = await SkalarAsync<string>($"SELECT \"Jenjang\" FROM jabatan WHERE \"Id\" = '{jf}'");

        var respons = await admin.GetAsync($"/Admin/Jabatan/Ubah?id={jf}", Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await AplikasiUji.HtmlAsync(respons);
        html.QuerySelector("h1")!.TextContent.ShouldBe($"Ubah jabatan: {nama}");
        html.QuerySelector("input[name='Masukan.Nama']")!.GetAttribute("value").ShouldBe(nama);
        html.QuerySelector("input[name='Masukan.KelasJabatan']")!.GetAttribute("value").ShouldBe(kelas.ToString());
        html.QuerySelector("select[name='Masukan.Jenjang'] option[selected]")!.GetAttribute("value").ShouldBe(jenjang);
    }

    [Fact]
    public async Task Kedudukan_OlehAdmin_200RiwayatKosongDanCalonPenilai()
    {
        var admin = await AdminAsync();
        var (jf, nama) = (await JfBidangAsync())[1];
        var kepala = await KepalaBidangAsync();

        var respons = await admin.GetAsync($"/Admin/Jabatan/Kedudukan?id={jf}", Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await AplikasiUji.HtmlAsync(respons);
        html.QuerySelector("h1")!.TextContent.ShouldStartWith($"Kedudukan: {nama}");
        html.Body!.TextContent.ShouldContain("Belum ditetapkan: Pejabat Penilai Kinerja mengikuti struktur organisasi");
        var calon = html.QuerySelectorAll("select[name='Masukan.AtasanJabatanId'] option").Select(o => o.GetAttribute("value")).ToList();
        calon.ShouldContain(kepala.ToString());
        calon.ShouldNotContain(jf.ToString());
        foreach (var (lain, _) in await JfBidangAsync())
        {
            calon.ShouldNotContain(lain.ToString(), "a JF below Pengawas is not offered as PPK");
        }
    }

    [Fact]
    public async Task DetailPegawai_Tanggal2025_03_01_200KedudukanPadaTanggalItu()
    {
        var pegawai = await app.MasukSebagaiAsync("pegawai", "Pegawai#Demo2025");
        var id = await SkalarAsync<Guid>("SELECT \"PegawaiId\" FROM \"AspNetUsers\" WHERE \"UserName\" = 'pegawai'");
        var ppk = await SkalarAsync<string>("SELECT p.\"Nama\" FROM pegawai p JOIN \"AspNetUsers\" a ON a.\"PegawaiId\" = p.\"Id\" WHERE a.\"UserName\" = 'pimpinan'");
        (await SkalarAsync<bool>($"SELECT \"Tmt\" <= DATE '2025-03-01' FROM pemangku_jabatan WHERE \"PegawaiId\" = '{id}'")).ShouldBeTrue("demo TMT after the date asked");

        var respons = await pegawai.GetAsync($"/Pegawai/Detail/{id}?Tanggal=2025-03-01", Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await AplikasiUji.HtmlAsync(respons);
        var kedudukan = html.QuerySelector("#kedudukan")!;
        kedudukan.QuerySelector("h2")!.TextContent.ShouldBe("Kedudukan per 1 Maret 2025");
        var baris = kedudukan.QuerySelectorAll("tbody tr");
        baris[0].QuerySelector("th")!.TextContent.ShouldBe("Pejabat Penilai Kinerja");
        baris[0].QuerySelectorAll("td")[0].TextContent.ShouldBe("Kepala Bidang Aplikasi Informatika");
        baris[0].QuerySelectorAll("td")[1].TextContent.ShouldContain(ppk);
        baris[0].QuerySelector(".lencana")!.TextContent.ShouldBe("Struktur organisasi");
        html.QuerySelector("input[name=Tanggal]")!.GetAttribute("value").ShouldBe("2025-03-01");
    }

    [Fact]
    public async Task DetailPegawai_TanggalSebelumTmt_TidakMemangkuJabatan()
    {
        var admin = await AdminAsync();
        var id = await SkalarAsync<Guid>("SELECT \"PegawaiId\" FROM \"AspNetUsers\" WHERE \"UserName\" = 'pegawai'");

        var respons = await admin.GetAsync($"/Pegawai/Detail/{id}?Tanggal=2000-01-01", Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        var kedudukan = (await AplikasiUji.HtmlAsync(respons)).QuerySelector("#kedudukan")!;
        kedudukan.QuerySelector("h2")!.TextContent.ShouldBe("Kedudukan per 1 Januari 2000");
        kedudukan.TextContent.ShouldContain("Tidak memangku jabatan definitif pada tanggal ini.");
    }

    [Theory]
    [InlineData("0001-01-01", "Kedudukan per 1 Januari 0001", false)]
    [InlineData("9999-12-31", "Kedudukan per 31 Desember 9999", true)]
    public async Task DetailPegawai_TanggalEkstrem_200TanpaGalat(string tanggal, string judul, bool memangku)
    {
        var admin = await AdminAsync();
        var id = await SkalarAsync<Guid>("SELECT \"PegawaiId\" FROM \"AspNetUsers\" WHERE \"UserName\" = 'pegawai'");

        var respons = await admin.GetAsync($"/Pegawai/Detail/{id}?Tanggal={tanggal}", Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        var kedudukan = (await AplikasiUji.HtmlAsync(respons)).QuerySelector("#kedudukan")!;
        kedudukan.QuerySelector("h2")!.TextContent.ShouldBe(judul);
        kedudukan.QuerySelectorAll("tbody tr").Length.ShouldBe(memangku ? 2 : 0);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2025-13-01")]
    [InlineData("kemarin")]
    [InlineData("99999-01-01")]
    [InlineData("%27%3B--")]
    [InlineData("")]
    public async Task DetailPegawai_TanggalTidakValid_200KedudukanHariIniTanpa500(string tanggal)
    {
        var admin = await AdminAsync();
        var id = await SkalarAsync<Guid>("SELECT \"PegawaiId\" FROM \"AspNetUsers\" WHERE \"UserName\" = 'pegawai'");

        var respons = await admin.GetAsync($"/Pegawai/Detail/{id}?Tanggal={tanggal}", Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        var kedudukan = (await AplikasiUji.HtmlAsync(respons)).QuerySelector("#kedudukan")!;
        kedudukan.QuerySelector("h2")!.TextContent.ShouldBe($"Kedudukan per {Tampilan.Tanggal(HariIni)}");
        kedudukan.QuerySelectorAll("tbody tr").Length.ShouldBe(2);
    }

    [Theory]
    [InlineData("/Admin/Unit/Ubah?id={0}")]
    [InlineData("/Admin/Unit/Ubah?id=bukan-guid")]
    [InlineData("/Admin/Jabatan/Ubah?id={0}")]
    [InlineData("/Admin/Jabatan/Kedudukan?id={0}")]
    [InlineData("/Admin/Jabatan/Kedudukan")]
    [InlineData("/Pegawai/Detail/{0}?Tanggal=2025-03-01")]
    public async Task HalamanBaru_IdTidakAda_404BukanGalat(string pola)
    {
        var admin = await AdminAsync();

        var respons = await admin.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, pola, Guid.NewGuid()), Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await respons.Content.ReadAsStringAsync(Ct)).ShouldContain("Halaman tidak ditemukan");
    }

    // ---------- Admin pages: authorisation ----------

    [Theory]
    [InlineData("pegawai", "Pegawai#Demo2025", "/Admin/Unit/Ubah?id={unit}")]
    [InlineData("pegawai", "Pegawai#Demo2025", "/Admin/Jabatan/Ubah?id={jf}")]
    [InlineData("pegawai", "Pegawai#Demo2025", "/Admin/Jabatan/Kedudukan?id={jf}")]
    [InlineData("pimpinan", "Pimpinan#Demo2025", "/Admin/Unit/Ubah?id={unit}")]
    [InlineData("pimpinan", "Pimpinan#Demo2025", "/Admin/Jabatan/Ubah?id={jf}")]
    [InlineData("pimpinan", "Pimpinan#Demo2025", "/Admin/Jabatan/Kedudukan?id={jf}")]
    [InlineData("auditor", "Auditor#Demo2025", "/Admin/Unit/Ubah?id={unit}")]
    [InlineData("auditor", "Auditor#Demo2025", "/Admin/Jabatan/Ubah?id={jf}")]
    [InlineData("auditor", "Auditor#Demo2025", "/Admin/Jabatan/Kedudukan?id={jf}")]
    public async Task HalamanAdminBaru_OlehBukanAdmin_403(string pengguna, string sandi, string pola)
    {
        var klien = await app.MasukSebagaiAsync(pengguna, sandi);
        var url = pola.Replace("{unit}", (await UnitBidangAsync()).ToString()).Replace("{jf}", (await JfBidangAsync())[0].Id.ToString());

        var respons = await klien.GetAsync(url, Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await respons.Content.ReadAsStringAsync(Ct)).ShouldContain("Akses ditolak");
    }

    [Fact]
    public async Task PostKedudukan_OlehPimpinanDenganTokenCurian_403DanTidakTersimpan()
    {
        var admin = await AdminAsync();
        var (jf, _) = (await JfBidangAsync())[2];
        var url = $"/Admin/Jabatan/Kedudukan?id={jf}";
        var token = (await AplikasiUji.HtmlAsync(await admin.GetAsync(url, Ct))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var pimpinan = await app.MasukSebagaiAsync("pimpinan", "Pimpinan#Demo2025");
        var sebelum = await JumlahKedudukanAsync();

        var respons = await pimpinan.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Masukan.AtasanJabatanId"] = (await KepalaBidangAsync()).ToString(),
            ["Masukan.BerlakuMulai"] = "2026-01-02",
            ["Masukan.NomorSk"] = "821.2/PENYUSUP/2026",
            ["__RequestVerificationToken"] = token,
        }), Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await JumlahKedudukanAsync()).ShouldBe(sebelum);
    }

    // ---------- Kedudukan form: POST ----------

    // V-KED-01: PPK at least Pengawas unless delegated (PPK definition, `000_f720e179c5bde346.txt` Ps 1; DOMAIN.md §5 item 2).
    [Fact]
    public async Task PostKedudukan_AtasanJfDiBawahPengawas_200AlasanBahasaIndonesiaDanTidakTersimpan_Hsu000Ps1()
    {
        var admin = await AdminAsync();
        var jf = await JfBidangAsync();
        var sebelum = await JumlahKedudukanAsync();

        var respons = await KirimAsync(admin, $"/Admin/Jabatan/Kedudukan?id={jf[3].Id}", new()
        {
            ["Masukan.AtasanJabatanId"] = jf[4].Id.ToString(),
            ["Masukan.BerlakuMulai"] = "2026-01-02",
            ["Masukan.NomorSk"] = "821.2/PJ-07/BKPSDM/2026",
            ["Masukan.DasarDelegasi"] = "",
        });

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await AplikasiUji.HtmlAsync(respons);
        html.QuerySelector(".galat")!.TextContent.ShouldContain(
            "Pejabat Penilai Kinerja paling rendah Pejabat Pengawas atau pejabat yang diberi pendelegasian kewenangan (isi dasar pendelegasian).");
        html.QuerySelector("input[name='Masukan.NomorSk']")!.GetAttribute("value").ShouldBe("821.2/PJ-07/BKPSDM/2026");
        (await JumlahKedudukanAsync()).ShouldBe(sebelum);
    }

    [Fact]
    public async Task PostKedudukan_AtasanKepalaBidang_TersimpanLaluTampilDiRiwayatDanDiHalamanPegawai()
    {
        var admin = await AdminAsync();
        var (jf, _) = (await JfBidangAsync())[5];
        var kepala = await KepalaBidangAsync();
        var sebelum = await JumlahKedudukanAsync();
        var url = $"/Admin/Jabatan/Kedudukan?id={jf}";

        var respons = await KirimAsync(admin, url, new()
        {
            ["Masukan.AtasanJabatanId"] = kepala.ToString(),
            ["Masukan.BerlakuMulai"] = "2026-01-02",
            ["Masukan.NomorSk"] = "821.2/PJ-08/BKPSDM/2026",
        });

        respons.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        respons.Headers.Location!.OriginalString.ShouldBe($"/Admin/Jabatan/Kedudukan?id={jf}");
        (await JumlahKedudukanAsync()).ShouldBe(sebelum + 1);
        var halaman = await AplikasiUji.HtmlAsync(await admin.GetAsync(url, Ct));
        var riwayat = halaman.QuerySelectorAll("tbody tr").Single().QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        riwayat[0].ShouldBe("Kepala Bidang Aplikasi Informatika");
        riwayat[2].ShouldBe("2 Januari 2026 – sekarang");
        riwayat[3].ShouldBe("821.2/PJ-08/BKPSDM/2026");
        var pemangku = await SkalarAsync<Guid>($"SELECT \"PegawaiId\" FROM pemangku_jabatan WHERE \"JabatanId\" = '{jf}' AND \"TanggalSelesai\" IS NULL");
        var profil = await AplikasiUji.HtmlAsync(await admin.GetAsync($"/Pegawai/Detail/{pemangku}?Tanggal=2026-01-02", Ct));
        profil.QuerySelector("#kedudukan tbody tr .lencana")!.TextContent.ShouldBe("Peta Jabatan");
        var sehariSebelum = await AplikasiUji.HtmlAsync(await admin.GetAsync($"/Pegawai/Detail/{pemangku}?Tanggal=2026-01-01", Ct));
        sehariSebelum.QuerySelector("#kedudukan tbody tr .lencana")!.TextContent.ShouldBe("Struktur organisasi");
    }

    [Fact]
    public async Task PostKedudukan_JabatanStruktural_200PesanHanyaJfDanPelaksana()
    {
        var admin = await AdminAsync();
        var kepala = await KepalaBidangAsync();
        var kepalaDinas = await SkalarAsync<Guid>("SELECT \"Id\" FROM jabatan WHERE \"Nama\" = 'Kepala Dinas Komunikasi dan Informatika'");
        var sebelum = await JumlahKedudukanAsync();

        var respons = await KirimAsync(admin, $"/Admin/Jabatan/Kedudukan?id={kepala}", new()
        {
            ["Masukan.AtasanJabatanId"] = kepalaDinas.ToString(), ["Masukan.BerlakuMulai"] = "2026-01-02", ["Masukan.NomorSk"] = "821.2/PJ-09/BKPSDM/2026",
        });

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AplikasiUji.HtmlAsync(respons)).QuerySelector(".galat")!.TextContent.ShouldContain("Kedudukan hanya ditetapkan untuk Jabatan Fungsional dan Pelaksana.");
        (await JumlahKedudukanAsync()).ShouldBe(sebelum);
    }

    [Theory]
    [InlineData("kemarin", "821.2/X/2026")]
    [InlineData("", "821.2/X/2026")]
    [InlineData("2026-01-02", "")]
    public async Task PostKedudukan_IsianTidakValid_200PesanTanpa500DanTidakTersimpan(string mulai, string nomorSk)
    {
        var admin = await AdminAsync();
        var (jf, _) = (await JfBidangAsync())[6];
        var sebelum = await JumlahKedudukanAsync();

        var respons = await KirimAsync(admin, $"/Admin/Jabatan/Kedudukan?id={jf}", new()
        {
            ["Masukan.AtasanJabatanId"] = (await KepalaBidangAsync()).ToString(), ["Masukan.BerlakuMulai"] = mulai, ["Masukan.NomorSk"] = nomorSk,
        });

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AplikasiUji.HtmlAsync(respons)).QuerySelector(".galat")!.TextContent.Trim().ShouldNotBeEmpty();
        (await JumlahKedudukanAsync()).ShouldBe(sebelum);
    }

    [Fact]
    public async Task PostKedudukan_TanpaTokenAntiforgery_400DanTidakTersimpan()
    {
        var admin = await AdminAsync();
        var (jf, _) = (await JfBidangAsync())[7];
        var sebelum = await JumlahKedudukanAsync();

        var respons = await admin.PostAsync($"/Admin/Jabatan/Kedudukan?id={jf}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Masukan.AtasanJabatanId"] = (await KepalaBidangAsync()).ToString(), ["Masukan.BerlakuMulai"] = "2026-01-02", ["Masukan.NomorSk"] = "821.2/TANPA-TOKEN/2026",
        }), Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await respons.Content.ReadAsStringAsync(Ct)).ShouldContain("Permintaan tidak valid");
        (await JumlahKedudukanAsync()).ShouldBe(sebelum);
    }

    // ---------- Ubah / tutup forms: POST ----------

    [Fact]
    public async Task PostTutupUnit_MasihAdaJabatan_200PesanDanTidakDitutup()
    {
        var admin = await AdminAsync();
        var unit = await UnitBidangAsync();
        var html = await AplikasiUji.HtmlAsync(await admin.GetAsync($"/Admin/Unit/Ubah?id={unit}", Ct));

        var respons = await KirimAsync(admin, $"/Admin/Unit/Ubah?id={unit}", new()
        {
            ["Tutup.Tanggal"] = HariIni.ToString("yyyy-MM-dd"),
            ["Tutup.Versi"] = html.QuerySelector("input[name='Tutup.Versi']")!.GetAttribute("value")!,
        }, tujuan: $"/Admin/Unit/Ubah?id={unit}&handler=Tutup");

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AplikasiUji.HtmlAsync(respons)).QuerySelector(".galat")!.TextContent.ShouldContain("Unit masih memiliki jabatan atau sub unit yang aktif.");
        (await SkalarAsync<long>($"SELECT count(*) FROM unit_organisasi WHERE \"Id\" = '{unit}' AND \"DitutupPada\" IS NULL")).ShouldBe(1);
    }

    [Fact]
    public async Task PostUbahJabatan_VersiBasi_200PesanDiubahPenggunaLainDanTidakTertimpa()
    {
        var admin = await AdminAsync();
        var (jf, _) = (await JfBidangAsync())[8];
        var url = $"/Admin/Jabatan/Ubah?id={jf}";
        var formulir = await AplikasiUji.HtmlAsync(await admin.GetAsync(url, Ct));
        var versiLama = formulir.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!;
        var kelas = formulir.QuerySelector("input[name='Masukan.KelasJabatan']")!.GetAttribute("value")!;
        var jenjang = formulir.QuerySelector("select[name='Masukan.Jenjang'] option[selected]")!.GetAttribute("value")!;
        var pertama = await KirimAsync(admin, url, new()
        {
            ["Masukan.Nama"] = "Jabatan Diubah Admin Pertama", ["Masukan.Jenjang"] = jenjang, ["Masukan.KelasJabatan"] = kelas, ["Masukan.Versi"] = versiLama,
        });
        pertama.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var kedua = await KirimAsync(admin, url, new()
        {
            ["Masukan.Nama"] = "Jabatan Diubah Admin Kedua", ["Masukan.Jenjang"] = jenjang, ["Masukan.KelasJabatan"] = kelas, ["Masukan.Versi"] = versiLama,
        });

        kedua.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AplikasiUji.HtmlAsync(kedua)).QuerySelector(".galat")!.TextContent.ShouldContain("Data ini baru saja diubah oleh pengguna lain.");
        (await SkalarAsync<string>($"SELECT \"Nama\" FROM jabatan WHERE \"Id\" = '{jf}'")).ShouldBe("Jabatan Diubah Admin Pertama");
    }
}
