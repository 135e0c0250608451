using Microsoft.EntityFrameworkCore;
using Npgsql;
using SistemKerja.Application.AlurPenugasan.DetailPenugasan;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Application.Tests.AlurPenugasan;
using SistemKerja.Domain.Dokumen;
using SistemKerja.TestSupport;
using static SistemKerja.Application.Tests.NaskahDinas.NaskahUji;

namespace SistemKerja.Application.Tests.NaskahDinas;

/// <summary>
/// An issued document never changes (DB triggers on berkas_dokumen and on the number/hash/code of dokumen); a correction
/// cancels it and both stay. The public verification queries find it by its code, and recognise the original file and a
/// tampered one by SHA-256.
/// </summary>
public sealed class KeabadianDanVerifikasiTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private static readonly PenggunaUji Anonim = new() { IdUji = null, NamaUji = "anonim", PeranUji = [] };

    private readonly SkenarioPenugasan sk = new(db);

    private async Task<(PegawaiUji X, Dokumen D, byte[] Isi)> TerbitkanAsync()
    {
        var x = await sk.PegawaiAsync();
        var d = await DokumenPenugasanAsync(db, await TunjukAsync(db, x, sk.HariIni.AddDays(1)));
        return (x, d, await IsiAsync(db, d.Id));
    }

    private async Task<PostgresException> DitolakAsync(string sql, Guid id)
    {
        var e = await Should.ThrowAsync<PostgresException>(() => SqlAsync(db.ConnectionString, sql, ("id", id)));
        e.SqlState.ShouldBe(PostgresErrorCodes.RaiseException, $"refused by the trigger: {sql}");
        return e;
    }

    [Fact]
    public async Task BerkasDokumen_UpdateDanDeleteLewatSql_DitolakTrigger_IsiDanHashTetap()
    {
        var (_, d, isi) = await TerbitkanAsync();

        (await DitolakAsync("UPDATE berkas_dokumen SET \"Isi\" = \"Isi\" || '\\x00'::bytea WHERE \"DokumenId\" = @id", d.Id)).MessageText.ShouldBe("berkas_dokumen is immutable");
        (await DitolakAsync("UPDATE berkas_dokumen SET \"Isi\" = set_byte(\"Isi\", 100, 65) WHERE \"DokumenId\" = @id", d.Id)).MessageText.ShouldBe("berkas_dokumen is immutable");
        (await DitolakAsync("DELETE FROM berkas_dokumen WHERE \"DokumenId\" = @id", d.Id)).MessageText.ShouldBe("berkas_dokumen is immutable");

        (await IsiAsync(db, d.Id)).ShouldBe(isi);
        Sha256(await IsiAsync(db, d.Id)).ShouldBe(d.Sha256);
    }

    [Theory]
    [InlineData("UPDATE dokumen SET \"Nomor\" = 'X/1/2026' WHERE \"Id\" = @id")]
    [InlineData("UPDATE dokumen SET \"Sha256\" = repeat('0', 64) WHERE \"Id\" = @id")]
    [InlineData("UPDATE dokumen SET \"KodeVerifikasi\" = 'ZZZZZZZZZZ' WHERE \"Id\" = @id")]
    [InlineData("UPDATE dokumen SET \"Urut\" = \"Urut\" + 1000 WHERE \"Id\" = @id")]
    [InlineData("UPDATE dokumen SET \"Tanggal\" = \"Tanggal\" - 1 WHERE \"Id\" = @id")]
    public async Task Dokumen_NomorHashKodeTanggal_TidakDapatDiubahLewatSql(string sql)
    {
        var (_, d, _) = await TerbitkanAsync();

        (await DitolakAsync(sql, d.Id)).MessageText.ShouldStartWith("an issued dokumen is immutable");

        var sesudah = await db.BacaAsync(c => c.Dokumen.AsNoTracking().SingleAsync(x => x.Id == d.Id));
        (sesudah.Nomor, sesudah.Sha256, sesudah.KodeVerifikasi, sesudah.Urut, sesudah.Tanggal).ShouldBe((d.Nomor, d.Sha256, d.KodeVerifikasi, d.Urut, d.Tanggal));
    }

    [Fact]
    public async Task Dokumen_DeleteLewatSql_Ditolak()
    {
        var (_, d, _) = await TerbitkanAsync();

        (await DitolakAsync("DELETE FROM dokumen WHERE \"Id\" = @id", d.Id)).MessageText.ShouldBe("dokumen cannot be deleted");

        (await db.BacaAsync(c => c.Dokumen.CountAsync(x => x.Id == d.Id))).ShouldBe(1);
    }

    /// <summary>Bug: row triggers do not fire on TRUNCATE, so the "immutable" bytes can be wiped in one statement.</summary>
    [Fact]
    public async Task BerkasDokumen_Truncate_Ditolak()
    {
        await TerbitkanAsync();
        await using var conn = new NpgsqlConnection(db.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var tx = await conn.BeginTransactionAsync(Ct);
        try
        {
            await using var cmd = new NpgsqlCommand("TRUNCATE berkas_dokumen", conn, tx);
            var e = await Should.ThrowAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync(Ct));
            e.SqlState.ShouldBe(PostgresErrorCodes.RaiseException);
        }
        finally
        {
            await tx.RollbackAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Bug: the migration says "only the cancellation fields may change", but the trigger lets the signer, the pegawai and
    /// the subject be rewritten, and the public verification page then shows the rewritten signer for the original hash.
    /// </summary>
    [Fact]
    public async Task Dokumen_PenandatanganTidakDapatDiubahLewatSql()
    {
        var (_, d, _) = await TerbitkanAsync();

        await DitolakAsync("UPDATE dokumen SET \"Penandatangan\" = 'Orang Lain, S.H.' WHERE \"Id\" = @id", d.Id);

        (await db.TanyaAsync(new VerifikasiDokumenQuery(d.KodeVerifikasi), Anonim))!.Penandatangan.ShouldBe(d.Penandatangan);
    }

    [Fact]
    public async Task VerifikasiDokumen_DenganKode_NomorTanggalPenandatanganHashBerlaku_TanpaMasuk()
    {
        var (x, d, _) = await TerbitkanAsync();
        var pd = await db.BacaAsync(c => c.PerangkatDaerah.Where(p => p.Id == x.PerangkatDaerahId).Select(p => p.Nama).SingleAsync());

        var info = await db.TanyaAsync(new VerifikasiDokumenQuery(d.KodeVerifikasi), Anonim);

        info.ShouldBe(new InfoDokumen(d.Nomor, JenisDokumen.SuratTugas, sk.HariIni, pd, (await OrangAsync(db, x.Puo.PegawaiId)).Nama, x.Puo.Jabatan, d.Sha256,
            StatusDokumen.Berlaku, null, null, d.KodeVerifikasi));
        (await db.TanyaAsync(new VerifikasiDokumenQuery($"  {d.KodeVerifikasi.ToLowerInvariant()} "), Anonim))!.Nomor.ShouldBe(d.Nomor, "typed in lower case with spaces");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ZZZZZZZZZZ")]
    [InlineData("ABCDEFGHJKMNPQ")]
    [InlineData("' OR 1=1 --")]
    public async Task VerifikasiDokumen_KodeTidakDikenal_Null(string? kode) =>
        (await db.TanyaAsync(new VerifikasiDokumenQuery(kode), Anonim)).ShouldBeNull();

    [Fact]
    public async Task VerifikasiBerkas_AsliBerubahTidakDikenal()
    {
        var (_, d, isi) = await TerbitkanAsync();
        var tambahSatuByte = isi.Append((byte)'\n').ToArray();
        var ubahSatuByte = (byte[])isi.Clone();
        ubahSatuByte[isi.Length / 2] ^= 0x01;

        var asli = await db.TanyaAsync(new VerifikasiBerkasQuery(null, isi), Anonim);
        (asli.Hasil, asli.Sha256, asli.Dokumen!.Nomor, asli.Dokumen.KodeVerifikasi).ShouldBe((HasilCocok.Asli, d.Sha256, d.Nomor, d.KodeVerifikasi));
        (await db.TanyaAsync(new VerifikasiBerkasQuery(d.KodeVerifikasi, isi), Anonim)).Hasil.ShouldBe(HasilCocok.Asli);

        foreach (var ubahan in new[] { tambahSatuByte, ubahSatuByte })
        {
            var berubah = await db.TanyaAsync(new VerifikasiBerkasQuery(d.KodeVerifikasi, ubahan), Anonim);
            (berubah.Hasil, berubah.Sha256, berubah.Dokumen!.Nomor).ShouldBe((HasilCocok.Berubah, Sha256(ubahan), d.Nomor));
            berubah.Sha256.ShouldNotBe(d.Sha256);

            var tanpaKode = await db.TanyaAsync(new VerifikasiBerkasQuery(null, ubahan), Anonim);
            (tanpaKode.Hasil, tanpaKode.Dokumen).ShouldBe((HasilCocok.TidakDikenal, (InfoDokumen?)null));
            (await db.TanyaAsync(new VerifikasiBerkasQuery("ZZZZZZZZZZ", ubahan), Anonim)).Hasil.ShouldBe(HasilCocok.TidakDikenal);
        }

        (await db.TanyaAsync(new VerifikasiBerkasQuery(null, []), Anonim)).Hasil.ShouldBe(HasilCocok.TidakDikenal);
        (await db.TanyaAsync(new VerifikasiBerkasQuery(d.KodeVerifikasi, "bukan pdf"u8.ToArray()), Anonim)).Hasil.ShouldBe(HasilCocok.Berubah);
    }

    /// <summary>
    /// The Surat Tugas page offers "Unduh PDF resmi" to everyone who may open it (the signer and the copied PPK too), but
    /// the download lets only auditors, BKPSDM admins and the assignee through: the signer gets "not found".
    /// </summary>
    [Fact]
    public async Task Penandatangan_YangMelihatTautanUnduh_DapatMengunduh()
    {
        var (x, d, isi) = await TerbitkanAsync();
        var penugasanId = await db.BacaAsync(c => c.SuratTugas.Where(s => s.Id == d.SumberId).Select(s => s.PenugasanId).SingleAsync());
        (await db.TanyaAsync(new DetailPenugasanQuery(penugasanId), x.Puo.SebagaiPimpinan()))!.DokumenId.ShouldBe(d.Id);

        var unduh = await db.KirimAsync(new UnduhDokumenCommand(d.Id), x.Puo.SebagaiPimpinan());

        unduh.Berhasil.ShouldBeTrue();
        unduh.Nilai.Isi.ShouldBe(isi);
    }

    /// <summary>The verification queries are public: no role needed, nothing written.</summary>
    [Fact]
    public async Task Verifikasi_TidakMenulisJejakAudit()
    {
        var (_, d, isi) = await TerbitkanAsync();
        var awal = await db.BacaAsync(c => c.JejakAudit.CountAsync());

        await db.TanyaAsync(new VerifikasiDokumenQuery(d.KodeVerifikasi), Anonim);
        await db.TanyaAsync(new VerifikasiBerkasQuery(d.KodeVerifikasi, isi), Anonim);

        (await db.BacaAsync(c => c.JejakAudit.CountAsync())).ShouldBe(awal);
    }
}
