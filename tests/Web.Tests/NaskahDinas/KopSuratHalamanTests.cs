using System.Net;
using System.Net.Http.Headers;
using static SistemKerja.Web.Tests.NaskahDinas.DokumenWeb;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.NaskahDinas;

/// <summary>/Admin/Naskah/Kop: BKPSDM uploads the kop logo (PNG/JPEG by content) and edits the address; others get 403.</summary>
public sealed class KopSuratHalamanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAAN0lEQVR42mP4jwOcYGDAikhVzzBqwagFQ8ACahmES/2oBaMWDAULRouKUQtGLRitD0YtGLUACADp6IpqRYAUywAAAABJRU5ErkJggg==");

    private static async Task<HttpResponseMessage> UnggahLogoAsync(HttpClient klien, string url, byte[] isi, string nama, string jenis)
    {
        var halaman = await HalamanAsync(klien, url);
        using var form = new MultipartFormDataContent { { new StringContent(Token(halaman)), "__RequestVerificationToken" } };
        var berkas = new ByteArrayContent(isi);
        berkas.Headers.ContentType = new MediaTypeHeaderValue(jenis);
        form.Add(berkas, "Logo", nama);
        return await klien.PostAsync(url.Replace("?pd=", "?handler=Logo&pd=", StringComparison.Ordinal), form, Ct);
    }

    [Fact]
    public async Task Admin_UnggahLogoDanUbahAlamat_BerkasPalsuDitolak_BukanAdmin403()
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        var pd = await SkalarAsync<Guid>(app, "SELECT \"Id\" FROM perangkat_daerah WHERE \"Singkatan\" = 'DISKOMINFO'");
        var url = $"/Admin/Naskah/Kop?pd={pd}";

        var palsu = await Ok(await UnggahLogoAsync(admin, url, "GIF89a bukan png"u8.ToArray(), "logo.png", "image/png"));
        Galat(palsu).ShouldContain("Logo harus berkas PNG atau JPEG asli");
        (await SkalarAsync<long>(app, "SELECT count(*) FROM logo_kop")).ShouldBe(0L);

        var unggah = await UnggahLogoAsync(admin, url, Png, "lambang.png", "image/png");
        unggah.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var halaman = await HalamanAsync(admin, url);
        var gambar = halaman.QuerySelector("#logo-sekarang img")!.GetAttribute("src")!;
        var logo = await admin.GetAsync(gambar, Ct);
        logo.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await logo.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(Png);

        var alamat = await PostAsync(admin, url.Replace("?pd=", "?handler=Alamat&pd=", StringComparison.Ordinal), new()
        {
            ["__RequestVerificationToken"] = Token(halaman), ["Alamat.Teks"] = "Jl. Kop Baru No. 5, Sungai Harapan",
            ["Alamat.Versi"] = halaman.QuerySelector("input[name='Alamat.Versi']")!.GetAttribute("value")!,
        });
        alamat.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SkalarAsync<string>(app, "SELECT \"Alamat\" FROM perangkat_daerah WHERE \"Id\" = @id", ("id", pd))).ShouldBe("Jl. Kop Baru No. 5, Sungai Harapan");

        var pimpinan = await PimpinanAsync(app);
        (await pimpinan.GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await pimpinan.GetAsync(gambar, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
