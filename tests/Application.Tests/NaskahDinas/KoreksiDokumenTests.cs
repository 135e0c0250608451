using Microsoft.EntityFrameworkCore;
using Npgsql;
using SistemKerja.Application.AlurPenugasan.DetailPenugasan;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Application.Tests.AlurPenugasan;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Dokumen;
using SistemKerja.TestSupport;
using static SistemKerja.Application.Tests.NaskahDinas.NaskahUji;

namespace SistemKerja.Application.Tests.NaskahDinas;

/// <summary>
/// Corrections (DOMAIN.md §11.11): an issued document is immutable; a correction is a new document with a new number that
/// cancels the old one, and both stay (bytes, hash, number). Only the signer of the original or an Admin BKPSDM may issue it.
/// </summary>
public sealed class KoreksiDokumenTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private static readonly PenggunaUji Anonim = new() { IdUji = null, NamaUji = "anonim", PeranUji = [] };

    private readonly SkenarioPenugasan sk = new(db);

    private async Task<(PegawaiUji X, Guid PenugasanId, Dokumen D, byte[] Isi)> TerbitkanAsync()
    {
        var x = await sk.PegawaiAsync();
        var penugasanId = await TunjukAsync(db, x, sk.HariIni.AddDays(1));
        var d = await DokumenPenugasanAsync(db, penugasanId);
        return (x, penugasanId, d, await IsiAsync(db, d.Id));
    }

    private Task<Dokumen> BacaDokumenAsync(Guid id) => db.BacaAsync(c => c.Dokumen.AsNoTracking().SingleAsync(d => d.Id == id));

    [Fact]
    public async Task Koreksi_OlehPenandatangan_NomorBaru_LamaDibatalkan_KeduanyaTersimpanDanDapatDiunduh()
    {
        var (x, penugasanId, lama, isiLama) = await TerbitkanAsync();

        var hasil = await db.KirimAsync(new KoreksiDokumenCommand(lama.Id, "  Tempat penugasan salah ketik ", lama.Versi), x.Puo.SebagaiPimpinan());

        hasil.Berhasil.ShouldBeTrue(string.Join("; ", hasil.Errors.Select(e => e.Pesan)));
        var baru = await BacaDokumenAsync(hasil.Nilai);
        var lamaSesudah = await BacaDokumenAsync(lama.Id);
        baru.Nomor.ShouldNotBe(lama.Nomor);
        (baru.Jenis, baru.PerangkatDaerahId, baru.Tahun, baru.Urut).ShouldBe((lama.Jenis, lama.PerangkatDaerahId, sk.HariIni.Year, lama.Urut + 1),
            "the next number of the same series (no other issue in between in this class)");
        (baru.Status, baru.MenggantikanId, baru.SumberId, baru.Tanggal).ShouldBe((StatusDokumen.Berlaku, (Guid?)lama.Id, lama.SumberId, sk.HariIni));
        (lamaSesudah.Status, lamaSesudah.DibatalkanOlehId, lamaSesudah.AlasanPembatalan).ShouldBe((StatusDokumen.Dibatalkan, (Guid?)baru.Id, "Tempat penugasan salah ketik"));
        (lamaSesudah.Nomor, lamaSesudah.Sha256, lamaSesudah.KodeVerifikasi).ShouldBe((lama.Nomor, lama.Sha256, lama.KodeVerifikasi), "the old document never changes");

        // Both PDFs stay, byte for byte; the new one prints the new number and its own verification code.
        (await IsiAsync(db, lama.Id)).ShouldBe(isiLama);
        var isiBaru = await IsiAsync(db, baru.Id);
        Sha256(isiBaru).ShouldBe(baru.Sha256);
        var teks = await TeksAsync(isiBaru);
        teks.ShouldContain(baru.Nomor);
        teks.ShouldContain(baru.KodeVerifikasi);
        teks.ShouldNotContain(lama.Nomor);

        foreach (var id in new[] { lama.Id, baru.Id })
        {
            var unduh = await db.KirimAsync(new UnduhDokumenCommand(id), x.Diri.SebagaiPegawai());
            unduh.Berhasil.ShouldBeTrue("the assignee downloads both the cancelled and the correcting document");
        }

        // The Surat Tugas record carries the new number; its page leads to the correction and lists the cancelled one.
        var detail = (await db.TanyaAsync(new DetailPenugasanQuery(penugasanId), x.Diri.SebagaiPegawai()))!;
        (detail.Surat.Nomor, detail.DokumenId, detail.BolehKoreksi).ShouldBe((baru.Nomor, (Guid?)baru.Id, false));
        detail.DokumenDibatalkan!.Select(d => (d.Id, d.Nomor)).ShouldBe([(lama.Id, lama.Nomor)]);
        (await db.TanyaAsync(new DetailPenugasanQuery(penugasanId), x.Puo.SebagaiPimpinan()))!.BolehKoreksi.ShouldBeTrue();
    }

    [Fact]
    public async Task Verifikasi_LamaDibatalkanDigantiNomorBaru_BaruBerlakuMenggantikanLama()
    {
        var (_, _, lama, isiLama) = await TerbitkanAsync();
        var baruId = Pasti(await db.KirimAsync(new KoreksiDokumenCommand(lama.Id, "Uraian tugas salah", lama.Versi), SkenarioPenugasan.Admin));
        var baru = await BacaDokumenAsync(baruId);

        var infoLama = (await db.TanyaAsync(new VerifikasiDokumenQuery(lama.KodeVerifikasi), Anonim))!;
        (infoLama.Status, infoLama.DibatalkanOlehNomor, infoLama.AlasanPembatalan).ShouldBe((StatusDokumen.Dibatalkan, baru.Nomor, "Uraian tugas salah"));
        var infoBaru = (await db.TanyaAsync(new VerifikasiDokumenQuery(baru.KodeVerifikasi), Anonim))!;
        (infoBaru.Status, infoBaru.MenggantikanNomor, infoBaru.DibatalkanOlehNomor).ShouldBe((StatusDokumen.Berlaku, lama.Nomor, (string?)null));

        var berkasLama = await db.TanyaAsync(new VerifikasiBerkasQuery(null, isiLama), Anonim);
        (berkasLama.Hasil, berkasLama.Dokumen!.Status).ShouldBe((HasilCocok.Asli, StatusDokumen.Dibatalkan), "the file is genuine, and cancelled");
    }

    [Fact]
    public async Task Koreksi_BukanPenandatanganAtauAdmin_Ditolak_TidakAdaYangBerubah()
    {
        var (x, _, lama, _) = await TerbitkanAsync();
        var lain = await sk.PegawaiAsync(x.PerangkatDaerahId);
        var jumlah = await db.BacaAsync(c => c.Dokumen.CountAsync());

        foreach (var siapa in new[] { x.Diri.SebagaiPegawai(), lain.Puo.SebagaiPimpinan(), Auditor() })
        {
            var hasil = await db.KirimAsync(new KoreksiDokumenCommand(lama.Id, "Salah", lama.Versi), siapa);
            hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
            (await db.TanyaAsync(new DokumenUntukKoreksiQuery(lama.Id), siapa)).ShouldBeNull();
        }

        (await db.BacaAsync(c => c.Dokumen.CountAsync())).ShouldBe(jumlah, "no number was taken, no document issued");
        (await BacaDokumenAsync(lama.Id)).Status.ShouldBe(StatusDokumen.Berlaku);
    }

    [Fact]
    public async Task Koreksi_KeduaKaliAtasDokumenYangSama_Ditolak_KoreksiAtasPenggantiBoleh()
    {
        var (x, _, lama, _) = await TerbitkanAsync();
        var baruId = Pasti(await db.KirimAsync(new KoreksiDokumenCommand(lama.Id, "Salah pertama", lama.Versi), x.Puo.SebagaiPimpinan()));
        var versiSekarang = (await BacaDokumenAsync(lama.Id)).Versi;

        var lagi = await db.KirimAsync(new KoreksiDokumenCommand(lama.Id, "Salah kedua", versiSekarang), x.Puo.SebagaiPimpinan());

        lagi.ErrorUtama!.Pesan.ShouldBe("Dokumen ini sudah dibatalkan.");
        (await BacaDokumenAsync(lama.Id)).DibatalkanOlehId.ShouldBe(baruId);
        (await db.KirimAsync(new KoreksiDokumenCommand(lama.Id, "Versi lama", lama.Versi), x.Puo.SebagaiPimpinan())).Gagal.ShouldBeTrue("a stale form too");

        var baru = await BacaDokumenAsync(baruId);
        (await db.KirimAsync(new KoreksiDokumenCommand(baruId, "Masih salah", baru.Versi), x.Puo.SebagaiPimpinan())).Berhasil.ShouldBeTrue("the correction itself may be corrected");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Koreksi_TanpaAlasan_DitolakDenganPesanIndonesia(string? alasan)
    {
        var (x, _, lama, _) = await TerbitkanAsync();

        var hasil = await db.KirimAsync(new KoreksiDokumenCommand(lama.Id, alasan, lama.Versi), x.Puo.SebagaiPimpinan());

        hasil.ErrorUtama!.Pesan.ShouldBe("Alasan koreksi wajib diisi.");
    }

    /// <summary>The triggers still refuse every change but the one cancellation, and refuse undoing or rewriting it.</summary>
    [Theory]
    [InlineData("UPDATE dokumen SET \"Status\" = 'Berlaku', \"DibatalkanOlehId\" = NULL, \"AlasanPembatalan\" = NULL WHERE \"Id\" = @id")]
    [InlineData("UPDATE dokumen SET \"AlasanPembatalan\" = 'Alasan lain' WHERE \"Id\" = @id")]
    [InlineData("UPDATE dokumen SET \"DibatalkanOlehId\" = \"Id\" WHERE \"Id\" = @id")]
    [InlineData("UPDATE dokumen SET \"Nomor\" = 'X/1/2026' WHERE \"Id\" = @id")]
    public async Task DokumenDibatalkan_PembatalanTidakDapatDiubahAtauDibatalkanLewatSql(string sql)
    {
        var (x, _, lama, _) = await TerbitkanAsync();
        var baruId = Pasti(await db.KirimAsync(new KoreksiDokumenCommand(lama.Id, "Salah", lama.Versi), x.Puo.SebagaiPimpinan()));

        var e = await Should.ThrowAsync<PostgresException>(() => SqlAsync(db.ConnectionString, sql, ("id", lama.Id)));

        e.SqlState.ShouldBe(PostgresErrorCodes.RaiseException);
        var sesudah = await BacaDokumenAsync(lama.Id);
        (sesudah.Status, sesudah.DibatalkanOlehId, sesudah.AlasanPembatalan, sesudah.Nomor).ShouldBe((StatusDokumen.Dibatalkan, (Guid?)baruId, "Salah", lama.Nomor));
    }

    [Theory]
    [InlineData("UPDATE dokumen SET \"Status\" = 'Dibatalkan' WHERE \"Id\" = @id")]
    [InlineData("UPDATE dokumen SET \"Status\" = 'Dibatalkan', \"DibatalkanOlehId\" = \"Id\", \"AlasanPembatalan\" = 'x' WHERE \"Id\" = @id")]
    [InlineData("UPDATE dokumen SET \"MenggantikanId\" = \"Id\" WHERE \"Id\" = @id")]
    public async Task DokumenBerlaku_PembatalanTidakLengkapAtauRujukanBaru_DitolakLewatSql(string sql)
    {
        var (_, _, d, _) = await TerbitkanAsync();

        var e = await Should.ThrowAsync<PostgresException>(() => SqlAsync(db.ConnectionString, sql, ("id", d.Id)));

        e.SqlState.ShouldBe(PostgresErrorCodes.RaiseException);
        (await BacaDokumenAsync(d.Id)).Status.ShouldBe(StatusDokumen.Berlaku);
    }
}
