using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SistemKerja.Domain.Kepegawaian;

namespace SistemKerja.Web.Tests.Penugasan;

/// <summary>A demo account's pegawai as the database holds it (what the Surat Tugas must print).</summary>
internal sealed record PegawaiAkun(Guid Id, string Nama, string Nip)
{
    /// <summary>The NIP as an official letter groups it: "19800715 199903 2 003".</summary>
    public string NipTampil => Nip.Length == 18 ? $"{Nip[..8]} {Nip[8..14]} {Nip[14]} {Nip[15..]}" : Nip;
}

/// <summary>
/// Drives the penugasan pages like a browser does: the forms' own fields, the antiforgery token of the page, the
/// version the page carries. Also reads the database directly, so the assertions do not trust the pages they test.
/// </summary>
internal static class PenugasanWeb
{
    public const string Maksud = "Penyusunan dasbor data layanan informasi publik";
    public const string Kompetensi = "Pengolahan data dan visualisasi informasi";
    public const string Ekspektasi = "Dasbor terbit dan diperbarui setiap minggu";

    private static readonly string[] Bulan =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>"Today" as the application sees it: its own clock, in the region's time zone (WIB).</summary>
    public static DateOnly HariIni(AplikasiUji app) =>
        DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);

    public static string Iso(DateOnly tanggal) => tanggal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An Indonesian date written out independently of the app's culture data: "1 Desember 2026".</summary>
    public static string TanggalIndonesia(DateOnly tanggal) => $"{tanggal.Day} {Bulan[tanggal.Month - 1]} {tanggal.Year}";

    public static Task<HttpClient> PegawaiAsync(AplikasiUji app) => app.MasukSebagaiAsync("pegawai", "Pegawai#Demo2025");

    public static Task<HttpClient> PimpinanAsync(AplikasiUji app) => app.MasukSebagaiAsync("pimpinan", "Pimpinan#Demo2025");

    public static Task<HttpClient> Pimpinan2Async(AplikasiUji app) => app.MasukSebagaiAsync("pimpinan2", "Pimpinan2#Demo2025");

    public static async Task<IHtmlDocument> HalamanAsync(HttpClient klien, string url)
    {
        var respons = await klien.GetAsync(url, Ct);
        respons.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}");
        return await AplikasiUji.HtmlAsync(respons);
    }

    public static string Token(IHtmlDocument halaman) =>
        halaman.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("the page has no antiforgery token");

    public static Task<HttpResponseMessage> PostAsync(HttpClient klien, string url, Dictionary<string, string> isian) =>
        klien.PostAsync(url, new FormUrlEncodedContent(isian), Ct);

    /// <summary>The request form as a pegawai fills it: a valid request for the kind unless a field is overridden.</summary>
    public static Dictionary<string, string> IsianAjukan(AplikasiUji app, string jenis, string? unitId = null, int alokasi = 5)
    {
        var hariIni = HariIni(app);
        var isian = new Dictionary<string, string>
        {
            ["Jenis"] = jenis,
            ["Masukan.MaksudDanTujuan"] = Maksud,
            ["Masukan.KompetensiDibutuhkan"] = Kompetensi,
            ["Masukan.EkspektasiTargetKinerja"] = Ekspektasi,
            ["Masukan.TanggalMulai"] = Iso(hariIni.AddDays(7)),
            ["Masukan.TanggalSelesai"] = Iso(hariIni.AddDays(40)),
            ["Masukan.AlokasiPersen"] = alokasi.ToString(CultureInfo.InvariantCulture),
            ["Masukan.NamaTimKerja"] = "",
        };
        if (unitId is not null)
        {
            isian["Masukan.UnitPemilikKinerjaId"] = unitId;
        }

        return isian;
    }

    public static Task<HttpResponseMessage> AjukanAsync(HttpClient klien, string jenis, Dictionary<string, string> isian) =>
        AplikasiUji.KirimFormulirAsync(klien, $"/Penugasan/Ajukan?jenis={jenis}", isian);

    /// <summary>The request id from the redirect after a successful submission.</summary>
    public static Guid IdDariAlihan(HttpResponseMessage respons, string awalan)
    {
        respons.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"expected a redirect to {awalan}…");
        var lokasi = respons.Headers.Location!.OriginalString;
        lokasi.ShouldStartWith(awalan);
        return Guid.Parse(lokasi[awalan.Length..]);
    }

    /// <summary>The value of the option of the form's select whose text is exactly <paramref name="teks"/>.</summary>
    public static string OpsiUnit(IHtmlDocument formulir, string teks, string? kelompok = null)
    {
        var opsi = formulir.QuerySelectorAll("select[name='Masukan.UnitPemilikKinerjaId'] option")
            .Where(o => o.TextContent.Trim() == teks && (kelompok is null || o.ParentElement?.GetAttribute("label") == kelompok))
            .ToList();
        opsi.Count.ShouldBe(1, $"one option '{teks}' expected in the unit select");
        return opsi[0].GetAttribute("value")!;
    }

    /// <summary>A SukarelaLintasUnit request of the pegawai account to Bidang Informasi dan Komunikasi Publik (Dinas Kominfo).</summary>
    public static async Task<Guid> AjukanSukarelaLintasAsync(AplikasiUji app, HttpClient pegawai, int alokasi = 5)
    {
        var formulir = await HalamanAsync(pegawai, "/Penugasan/Ajukan?jenis=SukarelaLintasUnit");
        var unit = OpsiUnit(formulir, "Bidang Informasi dan Komunikasi Publik", "Dinas Komunikasi dan Informatika");
        var respons = await AjukanAsync(pegawai, "SukarelaLintasUnit", IsianAjukan(app, "SukarelaLintasUnit", unit, alokasi));
        return IdDariAlihan(respons, "/Penugasan/Permohonan/");
    }

    /// <summary>A SukarelaDalamUnit request of the pegawai account (HSU: one decision by the PUO, the pimpinan account).</summary>
    public static async Task<Guid> AjukanSukarelaDalamUnitAsync(AplikasiUji app, HttpClient pegawai, int alokasi = 5)
    {
        var respons = await AjukanAsync(pegawai, "SukarelaDalamUnit", IsianAjukan(app, "SukarelaDalamUnit", alokasi: alokasi));
        return IdDariAlihan(respons, "/Penugasan/Permohonan/");
    }

    public static string UrlPermohonan(Guid id) => $"/Penugasan/Permohonan/{id}";

    /// <summary>The action form is on the page (the user may act on the waiting step).</summary>
    public static bool AdaFormTindakan(IHtmlDocument halaman) =>
        halaman.QuerySelector("button[formaction*='handler=Setujui']") is not null;

    /// <summary>
    /// Presses Setujui/Tolak/Tarik on the request page: the page's token and version (or the given ones), the
    /// attestations ticked, plus any extra fields.
    /// </summary>
    public static async Task<HttpResponseMessage> TindakAsync(HttpClient klien, Guid id, string handler, Dictionary<string, string>? tambahan = null,
        string? versi = null, IHtmlDocument? halaman = null)
    {
        halaman ??= await HalamanAsync(klien, UrlPermohonan(id));
        versi ??= halaman.QuerySelector("input[name='Masukan.Versi']")?.GetAttribute("value")
            ?? throw new InvalidOperationException("the page has no Masukan.Versi (no action form)");
        var isian = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(halaman),
            ["Masukan.Versi"] = versi,
            ["Masukan.Catatan"] = "",
            ["Masukan.WaktuDiluarBebanKerja"] = "true",
            ["Masukan.WaktuDiluarPenugasanLain"] = "true",
            ["Masukan.KompetensiRelevan"] = "true",
            ["Masukan.AlasanPengecualian"] = "",
        };
        foreach (var (k, v) in tambahan ?? [])
        {
            isian[k] = v;
        }

        return await PostAsync(klien, $"{UrlPermohonan(id)}?handler={handler}", isian);
    }

    /// <summary>Approves the waiting step and expects the redirect back to the request.</summary>
    public static async Task SetujuiAsync(HttpClient klien, Guid id, string catatan)
    {
        var respons = await TindakAsync(klien, id, "Setujui", new() { ["Masukan.Catatan"] = catatan });
        if (respons.StatusCode != HttpStatusCode.Redirect)
        {
            var galat = (await AplikasiUji.HtmlAsync(respons)).QuerySelector("div.galat")?.TextContent.Trim();
            throw new ShouldAssertException($"Setujui was refused ({(int)respons.StatusCode}): {galat}");
        }

        respons.Headers.Location!.OriginalString.ShouldBe(UrlPermohonan(id));
    }

    /// <summary>The text of the validation summary (and any other error block) on a page.</summary>
    public static string Galat(IHtmlDocument halaman) =>
        string.Join(" | ", halaman.QuerySelectorAll(".galat").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));

    /// <summary>The request links listed in the inbox section whose heading starts with <paramref name="judul"/>.</summary>
    public static List<string> TautanDiBagian(IHtmlDocument kotak, string judul)
    {
        var bagian = kotak.QuerySelectorAll("section.kartu").Where(s => s.QuerySelector("h2")?.TextContent.Trim().StartsWith(judul, StringComparison.Ordinal) == true).ToList();
        bagian.Count.ShouldBe(1, $"one inbox section '{judul}' expected");
        return [.. bagian[0].QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)];
    }

    public static IElement Bagian(IHtmlDocument kotak, string judul) =>
        kotak.QuerySelectorAll("section.kartu").Single(s => s.QuerySelector("h2")?.TextContent.Trim().StartsWith(judul, StringComparison.Ordinal) == true);

    // ---- the database, read directly ----

    public static async Task<T> SkalarAsync<T>(AplikasiUji app, string sql, params (string Nama, object Nilai)[] parameter)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var (nama, nilai) in parameter)
        {
            cmd.Parameters.AddWithValue(nama, nilai);
        }

        return (T)(await cmd.ExecuteScalarAsync(Ct))!;
    }

    public static Task<long> JumlahPermohonanAsync(AplikasiUji app) => SkalarAsync<long>(app, "SELECT count(*) FROM permohonan");

    /// <summary>How many steps of the request have been acted on (approved or refused).</summary>
    public static Task<long> LangkahDilakukanAsync(AplikasiUji app, Guid id) =>
        SkalarAsync<long>(app, "SELECT count(*) FROM langkah_permohonan WHERE \"PermohonanId\" = @id AND \"Hasil\" <> 'Menunggu'", ("id", id));

    public static Task<string> StatusPermohonanAsync(AplikasiUji app, Guid id) =>
        SkalarAsync<string>(app, "SELECT \"Status\" FROM permohonan WHERE \"Id\" = @id", ("id", id));

    public static Task<int> LangkahAktifAsync(AplikasiUji app, Guid id) =>
        SkalarAsync<int>(app, "SELECT \"LangkahAktif\" FROM permohonan WHERE \"Id\" = @id", ("id", id));

    public static Task<long> JumlahPenugasanAsync(AplikasiUji app, Guid permohonanId) =>
        SkalarAsync<long>(app, "SELECT count(*) FROM penugasan WHERE \"PermohonanId\" = @id", ("id", permohonanId));

    /// <summary>The pegawai behind a demo account, with the name formatted as the app prints it.</summary>
    public static async Task<PegawaiAkun> PegawaiAkunAsync(AplikasiUji app, string namaPengguna)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand(
            "SELECT p.\"Id\", p.\"GelarDepan\", p.\"Nama\", p.\"GelarBelakang\", p.\"Nip\" FROM \"AspNetUsers\" u JOIN pegawai p ON p.\"Id\" = u.\"PegawaiId\" WHERE u.\"UserName\" = @u", conn);
        cmd.Parameters.AddWithValue("u", namaPengguna);
        await using var r = await cmd.ExecuteReaderAsync(Ct);
        (await r.ReadAsync(Ct)).ShouldBeTrue($"demo account {namaPengguna} has no pegawai");
        return new PegawaiAkun(r.GetGuid(0), Pegawai.FormatNama(r.GetString(1), r.GetString(2), r.GetString(3)), r.GetString(4));
    }
}
