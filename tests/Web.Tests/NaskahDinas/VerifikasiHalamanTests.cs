using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Infrastructure.Persistence;
using static SistemKerja.Web.Tests.NaskahDinas.DokumenWeb;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.NaskahDinas;

/// <summary>
/// The public verification page (/Verifikasi/{kode}, the address in the QR code of every PDF): anyone, without signing
/// in, sees the document behind a code, and can upload a PDF to learn whether it is byte for byte the issued file.
/// </summary>
public sealed class VerifikasiHalamanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private DokumenTerbit? dokumen;

    private async Task<DokumenTerbit> DokumenAsync() => dokumen ??= await TunjukPegawaiAsync(app, await PimpinanAsync(app));

    [Fact]
    public async Task GetDenganKode_TanpaMasuk_NomorTanggalPenandatanganHashBerlaku()
    {
        var d = await DokumenAsync();
        var anonim = app.Klien();

        foreach (var url in new[] { $"/Verifikasi/{d.Kode}", $"/Verifikasi?Kode={d.Kode.ToLowerInvariant()}" })
        {
            var respons = await anonim.GetAsync(url, Ct);
            var halaman = await Ok(respons);

            Judul(halaman).ShouldBe(["Dokumen sah dan berlaku"], url);
            var data = Data(halaman);
            data["Nomor"].ShouldBe(d.Nomor);
            data["Jenis"].ShouldBe("Surat Tugas");
            data["Tanggal"].ShouldBe(TanggalIndonesia(d.Tanggal));
            data["Diterbitkan oleh"].ShouldBe("Dinas Komunikasi dan Informatika");
            data["Penandatangan"].ShouldStartWith(d.Penandatangan + ", ");
            data["Penandatangan"].ShouldEndWith("Kepala Bidang Aplikasi Informatika");
            data["SHA-256 berkas asli"].ShouldBe(d.Sha256);
            data.ShouldNotContainKey("Dibatalkan oleh");
            HeaderKeamanan(respons);
        }
    }

    [Fact]
    public async Task KodeTidakDikenal_TidakDikenal_TanpaKode_TanpaHasil()
    {
        var anonim = app.Klien();

        var tidakDikenal = await Ok(await anonim.GetAsync("/Verifikasi/ZZZZZZZZZZ", Ct));
        Judul(tidakDikenal).ShouldBe(["Tidak dikenal"]);
        tidakDikenal.QuerySelector(".kartu.galat p")!.TextContent.ShouldContain("ZZZZZZZZZZ");

        var kosong = await Ok(await anonim.GetAsync("/Verifikasi", Ct));
        Judul(kosong).ShouldBeEmpty();
        kosong.QuerySelector("input[type=file][name=Berkas]").ShouldNotBeNull();
    }

    /// <summary>Uploading the issued file, a file with one byte appended or changed, with and without the code.</summary>
    [Fact]
    public async Task UnggahBerkas_TanpaMasuk_AsliTidakSesuaiTidakDikenal()
    {
        var d = await DokumenAsync();
        var anonim = app.Klien();
        var tambah = d.Isi.Append((byte)' ').ToArray();
        var ubah = (byte[])d.Isi.Clone();
        ubah[d.Isi.Length / 3] ^= 0x20;

        var asli = await Ok(await UnggahAsync(anonim, $"/Verifikasi/{d.Kode}", d.Kode, d.Isi));
        Judul(asli).ShouldBe(["Dokumen sah dan berlaku", "Berkas asli"]);
        asli.QuerySelector(".kartu.sukses[role=status] code")!.TextContent.ShouldBe(d.Sha256);

        var asliTanpaKode = await Ok(await UnggahAsync(anonim, "/Verifikasi", null, d.Isi));
        Judul(asliTanpaKode).ShouldBe(["Berkas asli", "Dokumen sah dan berlaku"], "the file alone finds its document");
        Data(asliTanpaKode)["Nomor"].ShouldBe(d.Nomor);

        foreach (var palsu in new[] { tambah, ubah })
        {
            var berubah = await Ok(await UnggahAsync(anonim, $"/Verifikasi/{d.Kode}", d.Kode, palsu));
            Judul(berubah).ShouldBe(["Dokumen sah dan berlaku", "Berkas TIDAK sesuai dengan dokumen asli"]);
            berubah.QuerySelector("[role=status] code")!.TextContent.ShouldBe(Sha256(palsu));

            var tanpaKode = await Ok(await UnggahAsync(anonim, "/Verifikasi", null, palsu));
            Judul(tanpaKode).ShouldBe(["Tidak dikenal"]);
        }
    }

    /// <summary>An empty upload, no file, a text file and a file over 10 MB get a message on the page, never a 500.</summary>
    [Fact]
    public async Task UnggahBerkasKosongBukanPdfTerlaluBesar_PesanTanpaGalat500()
    {
        var d = await DokumenAsync();
        var anonim = app.Klien();

        var kosong = await Ok(await UnggahAsync(anonim, "/Verifikasi", null, []));
        Galat(kosong).ShouldContain("Pilih berkas PDF yang akan diperiksa.");
        var tanpaBerkas = await Ok(await UnggahAsync(anonim, "/Verifikasi", d.Kode, null));
        Galat(tanpaBerkas).ShouldContain("Pilih berkas PDF yang akan diperiksa.");

        var teks = await Ok(await UnggahAsync(anonim, "/Verifikasi", null, "ini bukan PDF"u8.ToArray(), "catatan.txt", "text/plain"));
        Judul(teks).ShouldBe(["Tidak dikenal"]);
        var teksDenganKode = await Ok(await UnggahAsync(anonim, $"/Verifikasi/{d.Kode}", d.Kode, "ini bukan PDF"u8.ToArray(), "catatan.txt", "text/plain"));
        Judul(teksDenganKode).ShouldContain("Berkas TIDAK sesuai dengan dokumen asli");

        var besar = await Ok(await UnggahAsync(anonim, "/Verifikasi", null, new byte[(10 * 1024 * 1024) + 1]));
        Galat(besar).ShouldContain("Berkas terlalu besar (paling besar 10 MB).");
        var jauhLebihBesar = await UnggahAsync(anonim, "/Verifikasi", null, new byte[12 * 1024 * 1024]);
        ((int)jauhLebihBesar.StatusCode).ShouldBeLessThan(500, "over the request limit: refused, not an error");
    }

    [Fact]
    public async Task Unggah_TanpaTokenAntiforgery_400()
    {
        var d = await DokumenAsync();
        using var form = new MultipartFormDataContent { { new StringContent(d.Kode), "Kode" }, { new ByteArrayContent(d.Isi), "Berkas", "surat.pdf" } };

        var respons = await app.Klien().PostAsync($"/Verifikasi/{d.Kode}", form, Ct);

        respons.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    /// <summary>
    /// A correction through /Dokumen/Koreksi by the signer (DOMAIN.md §11.11): a new number, the old document DIBATALKAN
    /// "diganti oleh" the new number with the reason, both files recognised and downloadable; the pegawai the letter is
    /// about may not correct it (no form, a forged POST refused).
    /// </summary>
    [Fact]
    public async Task Koreksi_OlehPenandatangan_LamaDIBATALKANDigantiNomorBaru_KeduanyaDapatDiunduh()
    {
        var pimpinan = await PimpinanAsync(app);
        var asli = await TunjukPegawaiAsync(app, pimpinan, "Penyusunan modul pelatihan");
        var pegawai = await PegawaiAsync(app);

        (await pegawai.GetAsync($"/Dokumen/Koreksi/{asli.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var tokenPegawai = Token(await HalamanAsync(pegawai, "/Verifikasi"));
        (await PostAsync(pegawai, $"/Dokumen/Koreksi/{asli.Id}", new() { ["__RequestVerificationToken"] = tokenPegawai, ["Masukan.Alasan"] = "x", ["Masukan.Versi"] = "0" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await SkalarAsync<string>(app, "SELECT \"Status\" FROM dokumen WHERE \"Id\" = @id", ("id", asli.Id))).ShouldBe("Berlaku");

        var tugas = await HalamanAsync(pimpinan, $"/Penugasan/Tugas/{asli.PenugasanId}");
        tugas.QuerySelector($"a[href='/Dokumen/Koreksi/{asli.Id}']").ShouldNotBeNull("the signer is offered the correction");
        var formulir = await HalamanAsync(pimpinan, $"/Dokumen/Koreksi/{asli.Id}");
        var kosong = await PostAsync(pimpinan, $"/Dokumen/Koreksi/{asli.Id}", new()
        {
            ["__RequestVerificationToken"] = Token(formulir), ["Masukan.Alasan"] = " ", ["Masukan.Versi"] = formulir.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!,
        });
        Galat(await Ok(kosong)).ShouldContain("Alasan koreksi wajib diisi.");

        var respons = await PostAsync(pimpinan, $"/Dokumen/Koreksi/{asli.Id}", new()
        {
            ["__RequestVerificationToken"] = Token(formulir), ["Masukan.Alasan"] = "Uraian tugas salah",
            ["Masukan.Versi"] = formulir.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!,
        });
        var baruId = IdDariAlihan(respons, "/Dokumen/Koreksi/");
        var nomorBaru = await SkalarAsync<string>(app, "SELECT \"Nomor\" FROM dokumen WHERE \"Id\" = @id", ("id", baruId));
        var kodeBaru = await SkalarAsync<string>(app, "SELECT \"KodeVerifikasi\" FROM dokumen WHERE \"Id\" = @id", ("id", baruId));
        nomorBaru.ShouldNotBe(asli.Nomor);

        var halaman = await Ok(await app.Klien().GetAsync($"/Verifikasi/{asli.Kode}", Ct));
        Judul(halaman).ShouldBe(["Dokumen telah DIBATALKAN"]);
        halaman.QuerySelector(".status-batal")!.TextContent.Trim().ShouldBe($"Dokumen ini dibatalkan, diganti oleh {nomorBaru}.");
        Data(halaman)["Dibatalkan oleh"].ShouldBe($"{nomorBaru} — Uraian tugas salah");
        var unggah = await Ok(await UnggahAsync(app.Klien(), "/Verifikasi", null, asli.Isi));
        Judul(unggah).ShouldBe(["Berkas asli", "Dokumen telah DIBATALKAN"]);
        var baru = await Ok(await app.Klien().GetAsync($"/Verifikasi/{kodeBaru}", Ct));
        Judul(baru).ShouldBe(["Dokumen sah dan berlaku"]);
        Data(baru)["Menggantikan"].ShouldBe($"{asli.Nomor} (dibatalkan)");

        foreach (var id in new[] { asli.Id, baruId })
        {
            var unduh = await pegawai.GetAsync($"/Dokumen/Unduh/{id}", Ct);
            unduh.StatusCode.ShouldBe(HttpStatusCode.OK);
            unduh.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        }

        // Once cancelled, no second correction of the same document.
        var lagi = await HalamanAsync(pimpinan, $"/Dokumen/Koreksi/{asli.Id}");
        lagi.QuerySelector("#status")!.TextContent.ShouldBe($"Dibatalkan, diganti oleh {nomorBaru}");
        lagi.QuerySelector("textarea[name='Masukan.Alasan']").ShouldBeNull();
        var kedua = await PostAsync(pimpinan, $"/Dokumen/Koreksi/{asli.Id}", new()
        {
            ["__RequestVerificationToken"] = Token(lagi), ["Masukan.Alasan"] = "Lagi", ["Masukan.Versi"] = "0",
        });
        Galat(await Ok(kedua)).ShouldContain("Dokumen ini sudah dibatalkan.");
    }
}
