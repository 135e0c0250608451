using System.Net;
using System.Net.Http.Headers;
using Npgsql;

namespace SistemKerja.Web.Tests.Halaman;

/// <summary>The peta jabatan upload in the browser: export, upload, progress page, every bad row listed, nothing saved.</summary>
public sealed class ImporPetaJabatanHalamanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ekspor_AdminMengunduhXlsx()
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        var pdId = await PdAsync("BKPSDM");

        var respons = await admin.GetAsync($"/Admin/PetaJabatan/Ekspor?perangkatDaerahId={pdId}", Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        respons.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        respons.Content.Headers.ContentDisposition!.FileNameStar.ShouldStartWith("peta-jabatan-bkpsdm-");
        var isi = await respons.Content.ReadAsByteArrayAsync(Ct);
        isi[..2].ShouldBe("PK"u8.ToArray());
    }

    [Fact]
    public async Task ImporBerkasEkspor_HalamanStatusMenunjukkanBerhasil()
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        var pdId = await PdAsync("BKPSDM");
        var isi = await admin.GetByteArrayAsync($"/Admin/PetaJabatan/Ekspor?perangkatDaerahId={pdId}", Ct);

        var status = await UnggahDanTungguAsync(admin, pdId, "peta.xlsx", isi);

        status.ShouldContain("Impor berhasil");
        status.ShouldContain("jabatan tanpa perubahan");
    }

    [Fact]
    public async Task ImporBarisSalah_HalamanStatusMendaftarSetiapBarisDanTidakAdaYangTersimpan()
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        var pdId = await PdAsync("BKPSDM");
        var isi = await admin.GetByteArrayAsync($"/Admin/PetaJabatan/Ekspor?perangkatDaerahId={pdId}", Ct);

        // Corrupt the NIP of the first holder in the exported sheet: 18 digits become 17 (the strings live in the sheet XML).
        var nip = await SkalarAsync<string>($"""SELECT p."Nip" FROM pemangku_jabatan pj JOIN jabatan j ON j."Id" = pj."JabatanId" JOIN pegawai p ON p."Id" = pj."PegawaiId" WHERE j."PerangkatDaerahId" = '{pdId}' AND pj."TanggalSelesai" IS NULL ORDER BY j."MemimpinUnit" DESC, j."KelasJabatan" DESC LIMIT 1""");
        var rusak = GantiTeksDalamXlsx(isi, nip, nip[..17]);
        var sebelum = await SkalarAsync<long>("SELECT count(*) FROM pemangku_jabatan");

        var status = await UnggahDanTungguAsync(admin, pdId, "rusak.xlsx", rusak);

        status.ShouldContain("Impor ditolak: tidak ada data yang disimpan");
        status.ShouldContain("Baris ");
        status.ShouldContain("NIP Pemangku");
        (await SkalarAsync<long>("SELECT count(*) FROM pemangku_jabatan")).ShouldBe(sebelum);
    }

    [Theory]
    [InlineData("data.csv", "NIP;Nama")]
    [InlineData("data.xlsx", "bukan zip")]
    public async Task Unggah_BukanXlsx_PesanPadaFormulirTanpa500(string nama, string teks)
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        var pdId = await PdAsync("BKPSDM");

        var respons = await UnggahAsync(admin, pdId, nama, System.Text.Encoding.UTF8.GetBytes(teks));

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AplikasiUji.HtmlAsync(respons)).QuerySelector(".galat")!.TextContent.ShouldContain(".xlsx");
    }

    [Fact]
    public async Task ZipBukanSpreadsheet_DitolakSaatDibacaTanpa500()
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        var pdId = await PdAsync("BKPSDM");
        using var zip = new MemoryStream();
        using (var arsip = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var tulis = new StreamWriter(arsip.CreateEntry("hello.txt").Open());
            await tulis.WriteAsync("bukan spreadsheet");
        }

        var status = await UnggahDanTungguAsync(admin, pdId, "palsu.xlsx", zip.ToArray());

        status.ShouldContain("tidak dapat dibaca sebagai spreadsheet");
    }

    [Fact]
    public async Task BukanAdmin_HalamanImporDanEkspor403_StatusMilikOrangLain404()
    {
        var pdId = await PdAsync("BKPSDM");
        var pegawai = await app.MasukSebagaiAsync("pegawai", "Pegawai#Demo2025");
        (await pegawai.GetAsync($"/Admin/PetaJabatan/Impor?perangkatDaerahId={pdId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await pegawai.GetAsync($"/Admin/PetaJabatan/Ekspor?perangkatDaerahId={pdId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        var isi = await admin.GetByteArrayAsync($"/Admin/PetaJabatan/Ekspor?perangkatDaerahId={pdId}", Ct);
        var lokasi = (await UnggahAsync(admin, pdId, "peta.xlsx", isi)).Headers.Location!.ToString();
        (await admin.GetAsync(lokasi, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync($"/Admin/PetaJabatan/StatusImpor/{Guid.NewGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<HttpResponseMessage> UnggahAsync(HttpClient klien, Guid pdId, string nama, byte[] isi)
    {
        var url = $"/Admin/PetaJabatan/Impor?perangkatDaerahId={pdId}";
        var halaman = await AplikasiUji.HtmlAsync(await klien.GetAsync(url, Ct));
        var token = halaman.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var berkas = new ByteArrayContent(isi);
        berkas.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(berkas, "Berkas", nama);
        return await klien.PostAsync(url, form, Ct);
    }

    /// <summary>Uploads, then follows the status page (which refreshes itself while running) until the import ends.</summary>
    private static async Task<string> UnggahDanTungguAsync(HttpClient klien, Guid pdId, string nama, byte[] isi)
    {
        var respons = await UnggahAsync(klien, pdId, nama, isi);
        respons.StatusCode.ShouldBe(HttpStatusCode.Redirect, await respons.Content.ReadAsStringAsync(Ct));
        var lokasi = respons.Headers.Location!.ToString();
        for (var i = 0; i < 300; i++)
        {
            var html = await klien.GetStringAsync(lokasi, Ct);
            if (!html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            {
                return html;
            }

            await Task.Delay(100, Ct);
        }

        throw new TimeoutException("import did not finish in 30 s");
    }

    private static byte[] GantiTeksDalamXlsx(byte[] xlsx, string lama, string baru)
    {
        using var salinan = new MemoryStream();
        salinan.Write(xlsx);
        using (var arsip = new System.IO.Compression.ZipArchive(salinan, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entri in arsip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList())
            {
                string teks;
                using (var baca = new StreamReader(entri.Open()))
                {
                    teks = baca.ReadToEnd();
                }

                if (teks.Contains(lama, StringComparison.Ordinal))
                {
                    var nama = entri.FullName;
                    entri.Delete();
                    using var tulis = new StreamWriter(arsip.CreateEntry(nama).Open());
                    tulis.Write(teks.Replace(lama, baru, StringComparison.Ordinal));
                }
            }
        }

        return salinan.ToArray();
    }

    private Task<Guid> PdAsync(string singkatan) => SkalarAsync<Guid>($"""SELECT "Id" FROM perangkat_daerah WHERE "Singkatan" = '{singkatan}'""");

    private async Task<T> SkalarAsync<T>(string sql)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync(Ct);
        return (T)(await new NpgsqlCommand(sql, conn).ExecuteScalarAsync(Ct))!;
    }
}
