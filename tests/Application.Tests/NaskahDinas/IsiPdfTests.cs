using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Application.Tests.AlurPenugasan;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Domain.Organisasi;
using SistemKerja.TestSupport;
using static SistemKerja.Application.Tests.NaskahDinas.NaskahUji;

namespace SistemKerja.Application.Tests.NaskahDinas;

/// <summary>
/// The Surat Tugas PDF issued when a penugasan is set (issue "Official documents"): what it prints, read back with
/// poppler-utils from the bytes stored in berkas_dokumen, and the SHA-256 recorded for those bytes.
/// </summary>
public sealed class IsiPdfTests(DatabaseDemoFixture db, ITestOutputHelper keluaran) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    /// <summary>The first day of the next month: a start date far enough ahead, printed as e.g. "1 Desember 2026".</summary>
    private DateOnly AwalBulanDepan => new DateOnly(sk.HariIni.Year, sk.HariIni.Month, 1).AddMonths(1);

    [Fact]
    public async Task SuratTugas_PdfMemuatKopNomorPegawaiPenandatanganDanKodeVerifikasi_HashSesuaiBerkas()
    {
        var x = await sk.PegawaiAsync();
        var mulai = AwalBulanDepan;
        var waktu = Stopwatch.StartNew();
        var id = await TunjukAsync(db, x, mulai, "Penyusunan laporan inventaris aset daerah");
        waktu.Stop();

        var d = await DokumenPenugasanAsync(db, id);
        var isi = await IsiAsync(db, d.Id);
        var teks = await TeksAsync(isi);
        keluaran.WriteLine($"TunjukPegawai incl. PDF (Chromium may start here): {waktu.ElapsedMilliseconds} ms, {isi.Length} bytes");
        keluaran.WriteLine(teks);

        var pegawai = await OrangAsync(db, x.Diri.PegawaiId);
        var penandatangan = await OrangAsync(db, x.Puo.PegawaiId);
        var pd = await db.BacaAsync(c => c.PerangkatDaerah.AsNoTracking().Where(p => p.Id == x.PerangkatDaerahId).Select(p => new { p.Nama, p.Singkatan }).SingleAsync());
        var ibukota = await db.BacaAsync(c => c.PemerintahDaerah.Select(p => p.Ibukota).SingleAsync());

        (d.Jenis, d.PerangkatDaerahId, d.PegawaiId, d.Status, d.Tanggal, d.Tahun).ShouldBe((JenisDokumen.SuratTugas, x.PerangkatDaerahId, (Guid?)x.Diri.PegawaiId,
            StatusDokumen.Berlaku, sk.HariIni, sk.HariIni.Year));
        d.Nomor.ShouldBe($"094/{d.Urut}/{pd.Singkatan}/{sk.HariIni.Year}", "the default format 094/{urut}/{singkatan}/{tahun}");
        (d.Penandatangan, d.NipPenandatangan, d.JabatanPenandatangan).ShouldBe((penandatangan.Nama, penandatangan.Nip, x.Puo.Jabatan));
        d.KodeVerifikasi.ShouldMatch("^[2-9A-HJKMNP-Z]{10}$");
        (await db.BacaAsync(c => c.SuratTugas.AsNoTracking().Where(s => s.PenugasanId == id).Select(s => s.Nomor).SingleAsync())).ShouldBe(d.Nomor);

        d.Sha256.ShouldBe(Sha256(isi), "the stored hash is the hash of the stored bytes");
        d.Ukuran.ShouldBe(isi.LongLength);
        isi.AsSpan(0, 5).ToArray().ShouldBe("%PDF-"u8.ToArray());

        teks.ShouldContain("PEMERINTAH KABUPATEN SUNGAI HARAPAN");
        teks.ShouldContain(pd.Nama.ToUpperInvariant());
        teks.ShouldContain("SURAT TUGAS");
        teks.ShouldNotContain("SURAT PERINTAH TUGAS");
        teks.ShouldContain($"NOMOR: {d.Nomor}");
        teks.ShouldContain("MEMERINTAHKAN");
        teks.ShouldContain(pegawai.Nama);
        teks.ShouldContain(pegawai.NipTampil);
        teks.ShouldContain("Untuk : Penyusunan laporan inventaris aset daerah, dengan target kinerja: Seluruh arsip aktif tertata");
        teks.ShouldContain($"terhitung mulai tanggal {TanggalIndonesia(mulai)} sampai dengan {TanggalIndonesia(mulai.AddDays(30))}");
        teks.ShouldContain($"Ditetapkan di {ibukota} pada tanggal {TanggalIndonesia(sk.HariIni)}");
        teks.ShouldContain(x.Puo.Jabatan.ToUpperInvariant() + ",");
        teks.ShouldContain(penandatangan.Nama);
        teks.ShouldContain($"NIP {penandatangan.NipTampil}");
        teks.ShouldContain($"Kode verifikasi {d.KodeVerifikasi}");
        Regex.Replace(teks, @"\s", "").ShouldContain($"/Verifikasi/{d.KodeVerifikasi}");
        teks.ShouldContain("Tembusan");
        teks.ShouldContain(x.Ppk.Jabatan);
    }

    [Fact]
    public async Task SuratTugas_PdfA4_SatuHalaman_FontLiberationTertanam()
    {
        var x = await sk.PegawaiAsync();
        var d = await DokumenPenugasanAsync(db, await TunjukAsync(db, x, AwalBulanDepan));
        var isi = await IsiAsync(db, d.Id);

        var info = await InfoAsync(isi);
        var fonts = await FontAsync(isi);
        keluaran.WriteLine(info);
        keluaran.WriteLine(fonts);

        info.ShouldMatch(@"Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)", "595 x 842 pt within a point (Chromium writes 594.96 x 841.92)");
        info.ShouldMatch(@"Pages:\s+1\s");
        var baris = fonts.Split('\n').Skip(2).Where(b => b.Trim().Length > 0).ToList();
        baris.ShouldNotBeEmpty();
        baris.ShouldContain(b => b.Contains("Liberation", StringComparison.Ordinal), "the Liberation Serif of the template");
        baris.ShouldAllBe(b => Regex.IsMatch(b, @"\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$"), "every font is embedded (column emb = yes)");
    }

    /// <summary>
    /// The template prints user text as text (HTML-encoded): a name or a task with markup comes out literally, never as
    /// markup. Also reports the render time of the warm Chromium (report only).
    /// </summary>
    [Fact]
    public async Task Cetak_TeksBerisiHtml_TercetakApaAdanya_WaktuPerPdfDilaporkan()
    {
        var pembuat = db.Layanan.GetRequiredService<IPembuatPdf>();
        var hari = new DateOnly(2026, 12, 1);
        SuratTugasCetak Surat(int i) => new(new KopSurat("Kabupaten Sungai Harapan", "Dinas <Uji> & Coba", "Jl. Uji No. 1"), "SURAT TUGAS", $"094/{i}/UJI/2026",
            ["Dasar <script>alert(1)</script>"], "Rina <b>Sari</b> & Co", "198007152005012003", "Penata (III/c)", "Analis", "Menguji <img src=x onerror=alert(1)>",
            hari, hari.AddDays(30), "Harapan Jaya", hari, "Kepala Dinas", "Budi", "Pembina (IV/a)", "197001011990031001", ["Inspektur"], "ABCDEFGHJK",
            "http://127.0.0.1:5000/Verifikasi/ABCDEFGHJK");

        await pembuat.SuratTugasAsync(Surat(0), Ct); // warm
        const int n = 5;
        var waktu = Stopwatch.StartNew();
        var pdf = new List<byte[]>();
        for (var i = 1; i <= n; i++)
        {
            pdf.Add(await pembuat.SuratTugasAsync(Surat(i), Ct));
        }

        waktu.Stop();
        keluaran.WriteLine($"IPembuatPdf.SuratTugasAsync (warm Chromium): {waktu.ElapsedMilliseconds / n} ms per PDF over {n}, {pdf.Average(p => p.Length):0} bytes on average");

        var teks = await TeksAsync(pdf[0]);
        teks.ShouldContain("DINAS <UJI> & COBA");
        teks.ShouldContain("Rina <b>Sari</b> & Co");
        teks.ShouldContain("Dasar <script>alert(1)</script>");
        teks.ShouldContain("Menguji <img src=x onerror=alert(1)>");
        teks.ShouldContain("NOMOR: 094/1/UJI/2026");
        teks.ShouldContain("terhitung mulai tanggal 1 Desember 2026 sampai dengan 31 Desember 2026");
        teks.ShouldContain("NIP : 19800715 200501 2 003");
        teks.ShouldContain("NIP 19700101 199003 1 001");
        pdf.Select(Sha256).Distinct().Count().ShouldBe(n, "each number gives another file");
    }

    /// <summary>MUBA and SBS issue a Surat Perintah Tugas: the title, the kind and its own number series.</summary>
    [Theory]
    [InlineData(PresetRegulasi.MusiBanyuasin)]
    [InlineData(PresetRegulasi.Sambas)]
    public async Task PresetMubaSbs_JudulSuratPerintahTugas(PresetRegulasi preset)
    {
        await sk.TerapkanPresetAsync(preset);
        try
        {
            var x = await sk.PegawaiAsync();
            var waktu = Stopwatch.StartNew();
            var d = await DokumenPenugasanAsync(db, await TunjukAsync(db, x, AwalBulanDepan));
            keluaran.WriteLine($"TunjukPegawai incl. PDF (warm): {waktu.ElapsedMilliseconds} ms");
            var teks = await TeksAsync(await IsiAsync(db, d.Id));

            d.Jenis.ShouldBe(JenisDokumen.SuratPerintahTugas);
            teks.ShouldContain("SURAT PERINTAH TUGAS");
            teks.ShouldContain($"NOMOR: {d.Nomor}");
            d.Perihal.ShouldStartWith("SURAT PERINTAH TUGAS: ");
        }
        finally
        {
            await sk.TerapkanPresetAsync(PresetRegulasi.HuluSungaiUtara);
        }
    }
}
