using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using AngleSharp.Html.Dom;
using Npgsql;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.NaskahDinas;

/// <summary>An issued document as the database holds it (never trusting the pages under test).</summary>
internal sealed record DokumenTerbit(Guid Id, Guid PenugasanId, string Nomor, string Kode, string Sha256, DateOnly Tanggal, string Penandatangan, byte[] Isi)
{
    /// <summary>"094/3/DISKOMINFO/2026" → "094-3-DISKOMINFO-2026.pdf".</summary>
    public string NamaBerkas => Nomor.Replace('/', '-') + ".pdf";
}

/// <summary>Issues Surat Tugas through the real pages and drives the verification, download and archive pages like a browser.</summary>
internal static class DokumenWeb
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The pimpinan account assigns the pegawai account (WF-1) through /Penugasan/Tunjuk; the Surat Tugas is issued with its PDF.</summary>
    public static async Task<DokumenTerbit> TunjukPegawaiAsync(AplikasiUji app, HttpClient pimpinan, string uraian = "Pemutakhiran data aplikasi layanan")
    {
        var pegawai = await PegawaiAkunAsync(app, "pegawai");
        var formulir = await HalamanAsync(pimpinan, "/Penugasan/Tunjuk");
        var mulai = HariIni(app).AddDays(3);
        var respons = await PostAsync(pimpinan, "/Penugasan/Tunjuk", new()
        {
            ["__RequestVerificationToken"] = Token(formulir), ["Masukan.PegawaiId"] = pegawai.Id.ToString(), ["Masukan.Uraian"] = uraian,
            ["Masukan.TargetKinerja"] = "", ["Masukan.TanggalMulai"] = Iso(mulai), ["Masukan.TanggalSelesai"] = Iso(mulai.AddDays(14)), ["Masukan.AlokasiPersen"] = "5",
        });
        var penugasanId = IdDariAlihan(respons, "/Penugasan/Tugas/");
        return await DokumenPenugasanAsync(app, penugasanId);
    }

    public static async Task<DokumenTerbit> DokumenPenugasanAsync(AplikasiUji app, Guid penugasanId)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand("""
            SELECT d."Id", d."Nomor", d."KodeVerifikasi", d."Sha256", d."Tanggal", d."Penandatangan", b."Isi"
            FROM penugasan t JOIN surat_tugas s ON s."Id" = t."SuratTugasId" JOIN dokumen d ON d."SumberId" = s."Id" JOIN berkas_dokumen b ON b."DokumenId" = d."Id"
            WHERE t."Id" = @id
            """, conn);
        cmd.Parameters.AddWithValue("id", penugasanId);
        await using var r = await cmd.ExecuteReaderAsync(Ct);
        (await r.ReadAsync(Ct)).ShouldBeTrue("the penugasan has an issued document");
        return new DokumenTerbit(r.GetGuid(0), penugasanId, r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateOnly>(4), r.GetString(5),
            r.GetFieldValue<byte[]>(6));
    }

    public static string Sha256(byte[] isi) => Convert.ToHexStringLower(SHA256.HashData(isi));

    /// <summary>The audit lines of one action written since <paramref name="sejakId"/>, as (user name, data).</summary>
    public static async Task<List<(string Pengguna, string Data)>> JejakAsync(AplikasiUji app, string aksi, long sejakId)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand("SELECT \"NamaPengguna\", \"Data\" FROM jejak_audit WHERE \"Aksi\" = @a AND \"Id\" > @id ORDER BY \"Id\"", conn);
        cmd.Parameters.AddWithValue("a", aksi);
        cmd.Parameters.AddWithValue("id", sejakId);
        var hasil = new List<(string, string)>();
        await using var r = await cmd.ExecuteReaderAsync(Ct);
        while (await r.ReadAsync(Ct))
        {
            hasil.Add((r.GetString(0), r.GetString(1)));
        }

        return hasil;
    }

    public static Task<long> JejakTerakhirAsync(AplikasiUji app) => SkalarAsync<long>(app, "SELECT coalesce(max(\"Id\"), 0) FROM jejak_audit");

    /// <summary>
    /// Uploads a file to the public verification page like the browser form does: GET the page (antiforgery cookie and
    /// token), then a multipart POST with the token, the code field and the file.
    /// </summary>
    public static async Task<HttpResponseMessage> UnggahAsync(HttpClient klien, string url, string? kode, byte[]? isi, string namaBerkas = "surat.pdf",
        string jenis = "application/pdf")
    {
        var halaman = await HalamanAsync(klien, url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token(halaman)), "__RequestVerificationToken" },
            { new StringContent(kode ?? ""), "Kode" },
        };
        if (isi is not null)
        {
            var berkas = new ByteArrayContent(isi);
            berkas.Headers.ContentType = new MediaTypeHeaderValue(jenis);
            form.Add(berkas, "Berkas", namaBerkas);
        }

        return await klien.PostAsync(url, form, Ct);
    }

    public static async Task<IHtmlDocument> Ok(HttpResponseMessage respons)
    {
        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await AplikasiUji.HtmlAsync(respons);
    }

    /// <summary>The headings of the result cards on the verification page.</summary>
    public static List<string> Judul(IHtmlDocument halaman) =>
        [.. halaman.QuerySelectorAll(".kartu h2").Select(h => h.TextContent.Trim()).Where(t => t != "Periksa berkas PDF")];

    /// <summary>The fields of the document card (dt → dd).</summary>
    public static Dictionary<string, string> Data(IHtmlDocument halaman) =>
        halaman.QuerySelectorAll("dl.data dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!.TextContent.Trim());

    public static void HeaderKeamanan(HttpResponseMessage respons)
    {
        respons.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        respons.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        respons.Headers.GetValues("Referrer-Policy").Single().ShouldBe("same-origin");
        respons.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'self'");
        respons.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
    }
}
