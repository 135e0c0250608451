using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.TunjukPegawai;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Application.Tests.AlurPenugasan;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Domain.Organisasi;
using SistemKerja.TestSupport;
using static SistemKerja.Application.Tests.NaskahDinas.NaskahUji;

namespace SistemKerja.Application.Tests.NaskahDinas;

/// <summary>
/// The auditor's archive: the search over issued documents (Perangkat Daerah, kind, period, pegawai by name or NIP,
/// signer), for auditors and BKPSDM admins only; single and zip downloads, each leaving one line in jejak_audit.
/// </summary>
public sealed class ArsipDokumenTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    private sealed record Terbit(PegawaiUji X, Dokumen D);

    private async Task<Terbit> TerbitkanAsync(PegawaiUji x) => new(x, await DokumenPenugasanAsync(db, await TunjukAsync(db, x, sk.HariIni.AddDays(1))));

    private Task<List<(string Aksi, string Data)>> JejakAsync(PenggunaUji oleh) => db.BacaAsync(async c =>
        (await c.JejakAudit.AsNoTracking().Where(j => j.PenggunaId == oleh.IdUji).OrderBy(j => j.Id).Select(j => new { j.Aksi, j.Data }).ToListAsync())
        .Select(j => (j.Aksi, j.Data)).ToList());

    /// <summary>
    /// Three documents: a Surat Tugas of Perangkat Daerah A (today), one of Perangkat Daerah B (today), and a Surat
    /// Perintah Tugas of A dated three weeks later (MUBA preset, the application's clock moved on). Each filter returns
    /// exactly its rows among them.
    /// </summary>
    [Fact]
    public async Task CariDokumen_SetiapSaringanMengembalikanBarisYangTepat()
    {
        var a = await TerbitkanAsync(await sk.PegawaiAsync());
        var b = await TerbitkanAsync(await sk.PegawaiAsync(kecualiPerangkatDaerahId: a.X.PerangkatDaerahId));
        var xc = await sk.PegawaiDenganAsync(k => k.PerangkatDaerahId == a.X.PerangkatDaerahId && k.Puo.PegawaiId != b.X.Puo.PegawaiId);
        var nanti = sk.HariIni.AddDays(21);
        Terbit c;
        await sk.TerapkanPresetAsync(PresetRegulasi.MusiBanyuasin);
        try
        {
            await using var layanan = LayananDenganJam(db, new JamUji(JamUji.Wib(nanti, 9)));
            var id = Pasti(await KirimAsync(layanan, new TunjukPegawaiCommand(xc.Diri.PegawaiId, "Audit internal persediaan", null, nanti.AddDays(1), nanti.AddDays(10), false, 5),
                xc.Puo.SebagaiPimpinan()));
            c = new Terbit(xc, await DokumenPenugasanAsync(db, id));
        }
        finally
        {
            await sk.TerapkanPresetAsync(PresetRegulasi.HuluSungaiUtara);
        }

        c.D.Tanggal.ShouldBe(nanti);
        c.D.Jenis.ShouldBe(JenisDokumen.SuratPerintahTugas);
        var kami = new[] { a.D.Id, b.D.Id, c.D.Id };
        var auditor = Auditor();
        var orangA = await OrangAsync(db, a.X.Diri.PegawaiId);
        var orangB = await OrangAsync(db, b.X.Diri.PegawaiId);
        var penandatanganB = await OrangAsync(db, b.X.Puo.PegawaiId);

        async Task<List<Guid>> CariAsync(CariDokumenQuery q)
        {
            var hasil = await db.TanyaAsync(q, auditor);
            hasil.Berhasil.ShouldBeTrue();
            hasil.Nilai.Total.ShouldBe(hasil.Nilai.Baris.Count);
            return [.. hasil.Nilai.Baris.Select(r => r.Id).Where(kami.Contains).Order()];
        }

        List<Guid> Set(params Terbit[] t) => [.. t.Select(x => x.D.Id).Order()];

        (await CariAsync(new CariDokumenQuery(null, null, null, null, null, null))).ShouldBe(Set(a, b, c));
        (await CariAsync(new CariDokumenQuery(a.X.PerangkatDaerahId, null, null, null, null, null))).ShouldBe(Set(a, c));
        (await CariAsync(new CariDokumenQuery(b.X.PerangkatDaerahId, null, null, null, null, null))).ShouldBe(Set(b));
        (await CariAsync(new CariDokumenQuery(null, JenisDokumen.SuratPerintahTugas, null, null, null, null))).ShouldBe(Set(c));
        (await CariAsync(new CariDokumenQuery(null, JenisDokumen.SuratTugas, null, null, null, null))).ShouldBe(Set(a, b));
        (await CariAsync(new CariDokumenQuery(null, null, sk.HariIni.AddDays(1), null, null, null))).ShouldBe(Set(c));
        (await CariAsync(new CariDokumenQuery(null, null, null, sk.HariIni, null, null))).ShouldBe(Set(a, b));
        (await CariAsync(new CariDokumenQuery(null, null, sk.HariIni, sk.HariIni, null, null))).ShouldBe(Set(a, b));
        (await CariAsync(new CariDokumenQuery(null, null, nanti, nanti, null, null))).ShouldBe(Set(c));
        (await CariAsync(new CariDokumenQuery(a.X.PerangkatDaerahId, JenisDokumen.SuratTugas, sk.HariIni, nanti, null, null))).ShouldBe(Set(a));
        (await CariAsync(new CariDokumenQuery(null, null, null, null, orangA.NamaTanpaGelar.ToUpperInvariant(), null))).ShouldBe(Set(a), "by name, case-insensitive");
        (await CariAsync(new CariDokumenQuery(null, null, null, null, orangB.NipTampil, null))).ShouldBe(Set(b), "by NIP as printed (grouped)");
        (await CariAsync(new CariDokumenQuery(null, null, null, null, orangB.Nip, null))).ShouldBe(Set(b), "by NIP");
        (await CariAsync(new CariDokumenQuery(null, null, null, null, null, penandatanganB.Nama.ToLowerInvariant()))).ShouldBe(Set(b), "by signer");
        (await CariAsync(new CariDokumenQuery(null, null, null, null, "%", null))).ShouldBeEmpty("% is a character, not a wildcard");
        (await CariAsync(new CariDokumenQuery(null, null, null, null, null, "_"))).ShouldBeEmpty("_ is a character, not a wildcard");

        var baris = (await db.TanyaAsync(new CariDokumenQuery(null, null, null, null, orangA.Nip, null), auditor)).Nilai.Baris.Single();
        var pdA = await db.BacaAsync(x => x.PerangkatDaerah.Where(p => p.Id == a.X.PerangkatDaerahId).Select(p => p.Nama).SingleAsync());
        baris.ShouldBe(new RingkasanDokumen(a.D.Id, a.D.Nomor, JenisDokumen.SuratTugas, sk.HariIni, pdA, a.D.Perihal, orangA.NamaTanpaGelar, a.D.Penandatangan,
            StatusDokumen.Berlaku, a.D.Ukuran));
        (await db.TanyaAsync(new CariDokumenQuery(null, null, null, null, null, null), SkenarioPenugasan.Admin)).Berhasil.ShouldBeTrue("BKPSDM admins search too");
    }

    /// <summary>Pages of one row put together are the whole list, without repeats; the same date lists the later issue first.</summary>
    [Fact]
    public async Task CariDokumen_Halaman_UrutTerbaruDulu()
    {
        var d1 = await TerbitkanAsync(await sk.PegawaiAsync());
        var d2 = await TerbitkanAsync(await sk.PegawaiDenganAsync(k => k.PerangkatDaerahId == d1.X.PerangkatDaerahId));
        var auditor = Auditor();
        CariDokumenQuery Cari(int halaman, int ukuran) => new(d1.X.PerangkatDaerahId, JenisDokumen.SuratTugas, sk.HariIni, sk.HariIni, null, null, halaman, ukuran);

        var semua = (await db.TanyaAsync(Cari(1, 200), auditor)).Nilai;
        var perHalaman = new List<Guid>();
        for (var h = 1; h <= semua.Total; h++)
        {
            var halaman = (await db.TanyaAsync(Cari(h, 1), auditor)).Nilai;
            (halaman.Total, halaman.Halaman, halaman.UkuranHalaman, halaman.Baris.Count).ShouldBe((semua.Total, h, 1, 1));
            perHalaman.Add(halaman.Baris[0].Id);
        }

        perHalaman.ShouldBe(semua.Baris.Select(b => b.Id).ToList());
        perHalaman.Distinct().Count().ShouldBe(semua.Total);
        perHalaman.IndexOf(d2.D.Id).ShouldBeLessThan(perHalaman.IndexOf(d1.D.Id));
        perHalaman.IndexOf(d1.D.Id).ShouldBeGreaterThanOrEqualTo(0);
        (await db.TanyaAsync(Cari(semua.Total + 1, 1), auditor)).Nilai.Baris.ShouldBeEmpty();
    }

    [Fact]
    public async Task CariDanUnduhArsip_BukanAuditorAtauAdmin_Terlarang()
    {
        var t = await TerbitkanAsync(await sk.PegawaiAsync());

        foreach (var bukan in new[] { t.X.Diri.SebagaiPegawai(), t.X.Puo.SebagaiPimpinan(), PenggunaUji.Pegawai() })
        {
            (await db.TanyaAsync(new CariDokumenQuery(null, null, null, null, null, null), bukan)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
            (await db.KirimAsync(new UnduhArsipCommand([t.D.Id]), bukan)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
            (await JejakAsync(bukan)).ShouldBeEmpty();
        }
    }

    /// <summary>
    /// An auditor downloads any document: the stored bytes under a file name made from the number, and exactly one
    /// "UnduhDokumen" line naming the document. The pegawai it is about may download it too (also logged); another
    /// pegawai gets "not found" (no hint that it exists) and no line is written.
    /// </summary>
    [Fact]
    public async Task UnduhDokumen_AuditorDanPegawaiYangBersangkutan_TercatatDiJejakAudit_PegawaiLainTidakDitemukan()
    {
        var t = await TerbitkanAsync(await sk.PegawaiAsync());
        var lain = await sk.PegawaiAsync();
        var isi = await IsiAsync(db, t.D.Id);
        var auditor = Auditor();
        var pemilik = t.X.Diri.SebagaiPegawai();
        var orangLain = lain.Diri.SebagaiPegawai();

        var olehAuditor = Pasti(await db.KirimAsync(new UnduhDokumenCommand(t.D.Id), auditor));
        (olehAuditor.JenisKonten, olehAuditor.NamaBerkas).ShouldBe(("application/pdf", t.D.Nomor.Replace('/', '-') + ".pdf"));
        olehAuditor.Isi.ShouldBe(isi);
        var jejak = await JejakAsync(auditor);
        jejak.Count.ShouldBe(1);
        jejak[0].Aksi.ShouldBe("UnduhDokumen");
        JsonDocument.Parse(jejak[0].Data).RootElement.GetProperty("DokumenId").GetGuid().ShouldBe(t.D.Id);

        Pasti(await db.KirimAsync(new UnduhDokumenCommand(t.D.Id), pemilik)).Isi.ShouldBe(isi);
        (await JejakAsync(pemilik)).Select(j => j.Aksi).ShouldBe(["UnduhDokumen"]);

        var ditolak = await db.KirimAsync(new UnduhDokumenCommand(t.D.Id), orangLain);
        ditolak.ErrorUtama!.Jenis.ShouldBe(ErrorKind.TidakDitemukan);
        (await JejakAsync(orangLain)).ShouldBeEmpty();
        (await db.KirimAsync(new UnduhDokumenCommand(Guid.NewGuid()), auditor)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.TidakDitemukan);
        (await db.KirimAsync(new UnduhDokumenCommand(Guid.Empty), auditor)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Validasi);
        (await JejakAsync(auditor)).Count.ShouldBe(1, "a refused download is not logged as a download");
    }

    /// <summary>A zip of the chosen documents: one entry per document, named from its number, bytes as stored; one audit line.</summary>
    [Fact]
    public async Task UnduhArsip_ZipSatuEntriPerDokumen_NamaDariNomor_Tercatat()
    {
        var d1 = await TerbitkanAsync(await sk.PegawaiAsync());
        var d2 = await TerbitkanAsync(await sk.PegawaiAsync());
        var auditor = Auditor();

        var zip = Pasti(await db.KirimAsync(new UnduhArsipCommand([d1.D.Id, d2.D.Id, d1.D.Id]), auditor));

        zip.JenisKonten.ShouldBe("application/zip");
        zip.NamaBerkas.ShouldMatch(@"^dokumen-\d{8}-\d{6}\.zip$");
        using var arsip = new ZipArchive(new MemoryStream(zip.Isi), ZipArchiveMode.Read);
        var entri = arsip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        });
        entri.Keys.Order().ShouldBe(new[] { d1.D.Nomor, d2.D.Nomor }.Select(n => n.Replace('/', '-') + ".pdf").Order(), "one entry per document, no path separators");
        entri[d1.D.Nomor.Replace('/', '-') + ".pdf"].ShouldBe(await IsiAsync(db, d1.D.Id));
        entri[d2.D.Nomor.Replace('/', '-') + ".pdf"].ShouldBe(await IsiAsync(db, d2.D.Id));

        var jejak = await JejakAsync(auditor);
        jejak.Select(j => j.Aksi).ShouldBe(["UnduhArsip"]);
        jejak[0].Data.ShouldContain(d1.D.Id.ToString());
        jejak[0].Data.ShouldContain(d2.D.Id.ToString());

        (await db.KirimAsync(new UnduhArsipCommand([]), auditor)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Validasi);
        (await db.KirimAsync(new UnduhArsipCommand([Guid.NewGuid()]), auditor)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.TidakDitemukan);
        (await db.KirimAsync(new UnduhArsipCommand([.. Enumerable.Range(0, 501).Select(_ => Guid.NewGuid())]), auditor)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Validasi);
        (await JejakAsync(auditor)).Count.ShouldBe(1);
    }
}
