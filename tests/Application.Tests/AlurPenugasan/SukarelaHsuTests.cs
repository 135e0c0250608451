using Microsoft.EntityFrameworkCore;
using Npgsql;
using SistemKerja.Application.AlurPenugasan.KotakMasuk;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Penugasan;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.AlurPenugasan;

/// <summary>
/// Pengajuan sukarela on the HSU preset (`000_f720e179c5bde346.txt` Lampiran II.B.1–2; DOMAIN.md §6.7, §6.8, §6.10 D1,
/// D2, D4): within the unit the request is oral (lisan) to the Kepala Unit Organisasi "dan/atau" the PPK, either of
/// whom assigns; across units it needs the home PPK's/PUO's consent first, then the target PUO, then the pegawai
/// drafts the surat penugasan, signed by the home Kepala UO and/or PPK.
/// </summary>
public sealed class SukarelaHsuTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    private async Task<(PegawaiUji X, Guid Id)> AjukanDalamUnitAsync()
    {
        var x = await sk.PegawaiAsync();
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Sukarela(JenisPermohonan.SukarelaDalamUnit, null), x.Diri.SebagaiPegawai()));
        return (x, id);
    }

    /// <summary>
    /// WF-5, HSU Lampiran II.B.1a–c and D1 (lisan): one decision step for the PUO or the PPK, recorded as oral; both are
    /// told. The PPK assigns: one Penugasan in the PUO's unit, one Surat Tugas signed by the PPK that cites the oral request.
    /// </summary>
    [Fact]
    public async Task Wf5_Hsu_LampiranII_B1_Lisan_PpkMenyetujui_SuratTugasDitandatanganiPpk()
    {
        var (x, id) = await AjukanDalamUnitAsync();
        var tautan = SkenarioPenugasan.TautanPermohonan(id);

        var p = await sk.PermohonanAsync(id);
        (p.Jenis, p.Cakupan, p.Lisan, p.PemohonPegawaiId, p.PegawaiId, p.UnitPemilikKinerjaId)
            .ShouldBe((JenisPermohonan.SukarelaDalamUnit, CakupanPenugasan.DalamUnit, true, x.Diri.PegawaiId, x.Diri.PegawaiId, x.UnitPuoId));
        p.Pemohon.ShouldBe(x.Diri.Nama);
        SkenarioPenugasan.Rute(p).ShouldBe([(JenisLangkah.Keputusan, x.Puo.JabatanId, x.Ppk.JabatanId, null)]);
        p.Tembusan.ShouldBeEmpty();
        var menunggu = $"Menunggu tindakan Anda: Persetujuan dan penugasan oleh pimpinan unit organisasi — {SkenarioPenugasan.Maksud}";
        (await sk.SemuaNotifikasiAsync(tautan)).ShouldBe([(x.Puo.PegawaiId, menunggu), (x.Ppk.PegawaiId, menunggu)], ignoreOrder: true);

        (await sk.SetujuiAsync(id, x.Ppk.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Disetujui);

        var t = await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.PermohonanId == id));
        (t.Asal, t.Status, t.PegawaiId, t.UnitPemilikKinerjaId, t.PenerbitJabatanId)
            .ShouldBe((AsalPenugasan.SukarelaDalamUnit, StatusPenugasan.Ditetapkan, x.Diri.PegawaiId, x.UnitPuoId, x.Ppk.JabatanId));
        (t.TanggalMulai, t.TanggalSelesai).ShouldBe((sk.Mulai, sk.Selesai));
        var s = await db.BacaAsync(c => c.SuratTugas.AsNoTracking().SingleAsync(s => s.PenugasanId == t.Id));
        s.Judul.ShouldBe("SURAT TUGAS");
        (s.Penandatangan.JabatanId, s.Penandatangan.Nama, s.Penandatangan.Sebutan).ShouldBe((x.Ppk.JabatanId, x.Ppk.Nama, (string?)null));
        s.Tembusan.ShouldBeEmpty();
        s.Dasar.ShouldContain($"Pengajuan sukarela {x.Diri.Nama} yang disampaikan secara lisan tanggal ");
        (await sk.NotifikasiAsync(x.Diri.PegawaiId, SkenarioPenugasan.TautanTugas(t.Id)))
            .ShouldBe([$"Permohonan disetujui dan surat penugasan diterbitkan: {SkenarioPenugasan.Maksud}"]);
    }

    /// <summary>WF-5, HSU Lampiran II.B.1b "Kepala Unit Organisasi menugaskan": the PUO may assign instead, and then signs.</summary>
    [Fact]
    public async Task Wf5_Hsu_LampiranII_B1b_PuoMenyetujui_SuratTugasDitandatanganiPuo()
    {
        var (x, id) = await AjukanDalamUnitAsync();

        (await sk.SetujuiAsync(id, x.Puo.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Disetujui);

        var t = await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.PermohonanId == id));
        t.PenerbitJabatanId.ShouldBe(x.Puo.JabatanId);
        var s = await db.BacaAsync(c => c.SuratTugas.AsNoTracking().SingleAsync(s => s.PenugasanId == t.Id));
        (s.Penandatangan.JabatanId, s.Penandatangan.Nama).ShouldBe((x.Puo.JabatanId, x.Puo.Nama));
        (await sk.PermohonanAsync(id)).Langkah.Single().DilakukanOlehPegawaiId.ShouldBe(x.Puo.PegawaiId);
    }

    /// <summary>
    /// WF-6, HSU Lampiran II.B.2 (D2 prior consent, D4 the pegawai drafts, signed by the home Kepala UO and/or PPK;
    /// tembusan PPK): four steps; the target PUO sees nothing before the home consent (V-SUK-04). Here the PUO gives the
    /// consent and the PPK signs: the Surat Tugas carries the PPK, the work belongs to the target unit.
    /// </summary>
    [Fact]
    public async Task Wf6_Hsu_LampiranII_B2_PersetujuanAwalLaluTujuanLaluPegawaiMenyusunLaluAtasanAsalMenandatangani()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);

        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Sukarela(JenisPermohonan.SukarelaLintasUnit, pemilik.UnitId), x.Diri.SebagaiPegawai()));

        var p = await sk.PermohonanAsync(id);
        (p.Cakupan, p.Lisan, p.UnitPemilikKinerjaId).ShouldBe((CakupanPenugasan.LintasPerangkatDaerah, false, pemilik.UnitId));
        SkenarioPenugasan.Rute(p).ShouldBe(
        [
            (JenisLangkah.PersetujuanAwalAsal, x.Ppk.JabatanId, x.Puo.JabatanId, null),
            (JenisLangkah.Keputusan, pemilik.Puo.JabatanId, null, null),
            (JenisLangkah.PenerbitanSuratTugas, null, null, x.Diri.PegawaiId),
            (JenisLangkah.PenerbitanSuratTugas, x.Puo.JabatanId, x.Ppk.JabatanId, null),
        ]);
        p.Tembusan.ShouldBe([new TembusanPermohonan(x.Ppk.JabatanId, x.Ppk.Jabatan, x.Ppk.PegawaiId, x.Ppk.Nama)]);

        // V-SUK-04: the letter reaches the target only after the home consent.
        (await db.TanyaAsync(new KotakMasukQuery(), pemilik.Puo.SebagaiPimpinan())).Menunggu.Select(r => r.Id).ShouldNotContain(id);
        (await sk.SetujuiAsync(id, x.Puo.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Diajukan);
        (await db.TanyaAsync(new KotakMasukQuery(), pemilik.Puo.SebagaiPimpinan())).Menunggu.Select(r => r.Id).ShouldContain(id);

        (await sk.SetujuiAsync(id, pemilik.Puo.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Diajukan);
        (await sk.SetujuiAsync(id, x.Diri.SebagaiPegawai())).ShouldBe(StatusPermohonan.Diajukan);
        (await sk.SetujuiAsync(id, x.Ppk.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Disetujui);

        p = await sk.PermohonanAsync(id);
        p.Langkah.Select(l => l.DilakukanOlehPegawaiId).ShouldBe([x.Puo.PegawaiId, pemilik.Puo.PegawaiId, x.Diri.PegawaiId, x.Ppk.PegawaiId]);
        var t = await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.PermohonanId == id));
        (t.Asal, t.UnitPemilikKinerjaId, t.PenerbitJabatanId).ShouldBe((AsalPenugasan.SukarelaLintasUnit, pemilik.UnitId, x.Ppk.JabatanId));
        var s = await db.BacaAsync(c => c.SuratTugas.AsNoTracking().SingleAsync(s => s.PenugasanId == t.Id));
        (s.Judul, s.Penandatangan.JabatanId, s.Penandatangan.Nama, s.PerangkatDaerahId).ShouldBe(("SURAT TUGAS", x.Ppk.JabatanId, x.Ppk.Nama, x.PerangkatDaerahId));
        // The request's copy goes to the PPK asal, who signs this Surat Tugas: no copy to the signer (Permohonan.TembusanSuratTugas).
        s.Tembusan.ShouldBeEmpty();
        s.Dasar.ShouldContain($"Pengajuan sukarela {x.Diri.Nama} tanggal ");
        s.Dasar.ShouldNotContain("lisan");
    }

    /// <summary>V-SUK-01 (G4, G14): a pengajuan sukarela is for JF/Pelaksana; a Pengawas (Kepala Sub Bagian) is refused.</summary>
    [Fact]
    public async Task VSuk01_PengawasMengajukanSukarela_DitolakTanpaJejak()
    {
        var x = await sk.PegawaiAsync();
        var awal = await sk.JumlahAsync();

        var hasil = await db.KirimAsync(sk.Sukarela(JenisPermohonan.SukarelaDalamUnit, null), x.Ppk.SebagaiPimpinan());

        hasil.Errors.Count.ShouldBe(1);
        (hasil.ErrorUtama!.Kode, hasil.ErrorUtama.Pesan).ShouldBe((nameof(HanyaJenisJabatanYangDapatDitugaskan), "Penugasan hanya untuk Pejabat Fungsional dan Pelaksana."));
        (await sk.JumlahAsync()).ShouldBe(awal);
    }

    /// <summary>HSU Lampiran II.B.1 vs B.2: a "lintas unit" request to one's own unit organisasi is sent back to the in-unit route (WF-5).</summary>
    [Fact]
    public async Task Wf6_KeUnitSendiri_DiarahkanKeSukarelaDalamUnit()
    {
        var x = await sk.PegawaiAsync();
        var awal = await sk.JumlahAsync();

        var hasil = await db.KirimAsync(sk.Sukarela(JenisPermohonan.SukarelaLintasUnit, x.UnitPuoId), x.Diri.SebagaiPegawai());

        hasil.Errors.Count.ShouldBe(1);
        (hasil.ErrorUtama!.Kode, hasil.ErrorUtama.Pesan).ShouldBe(("BukanLintasUnit", "Unit yang dituju adalah unit organisasi Anda sendiri; gunakan pengajuan sukarela dalam unit."));
        (await sk.JumlahAsync()).ShouldBe(awal);
    }

    /// <summary>
    /// Two officials who may both answer the same waiting step (HSU Lampiran II.B.1: the PUO "dan/atau" the PPK, two
    /// different people here) press "setujui" at the same time with the same version: exactly one wins, the other gets
    /// a Konflik; one step record, one Penugasan, one Surat Tugas. A row lock on the request holds both transactions
    /// at their write until both have read the same version, so the race is real on every run.
    /// </summary>
    [Fact]
    public async Task Wf5_Hsu_PuoDanPpkMenyetujuiBersamaan_SatuBerhasilSatuKonflik()
    {
        var (x, id) = await AjukanDalamUnitAsync();
        x.Puo.PegawaiId.ShouldNotBe(x.Ppk.PegawaiId);
        var versi = await sk.VersiAsync(id);
        var awal = await sk.JumlahAsync();

        Result<StatusPermohonan>[] hasil;
        await using (var kunci = new NpgsqlConnection(db.ConnectionString))
        {
            await kunci.OpenAsync(TestContext.Current.CancellationToken);
            await using var transaksi = await kunci.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await using (var cmd = new NpgsqlCommand("SELECT 1 FROM permohonan WHERE \"Id\" = @id FOR UPDATE", kunci, transaksi))
            {
                cmd.Parameters.AddWithValue("id", id);
                await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }

            var olehPuo = sk.ProsesAsync(id, x.Puo.SebagaiPimpinan(), versi: versi);
            var olehPpk = sk.ProsesAsync(id, x.Ppk.SebagaiPimpinan(), versi: versi);
            var keduanyaMenunggu = await TungguSesiTerkunciAsync(2);
            await transaksi.RollbackAsync(TestContext.Current.CancellationToken);
            hasil = await Task.WhenAll(olehPuo, olehPpk);
            keduanyaMenunggu.ShouldBeTrue("both commands should have reached their write while the request row was locked");
        }

        hasil.Count(h => h.Berhasil).ShouldBe(1);
        hasil.Single(h => h.Berhasil).Nilai.ShouldBe(StatusPermohonan.Disetujui);
        var kalah = hasil.Single(h => h.Gagal);
        kalah.Errors.Count.ShouldBe(1);
        kalah.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Konflik);

        var p = await sk.PermohonanAsync(id);
        p.Status.ShouldBe(StatusPermohonan.Disetujui);
        var langkah = p.Langkah.Single();
        langkah.Hasil.ShouldBe(HasilLangkah.Disetujui);
        langkah.DilakukanOlehPegawaiId.ShouldNotBeNull();
        new[] { x.Puo.PegawaiId, x.Ppk.PegawaiId }.ShouldContain(langkah.DilakukanOlehPegawaiId.Value);
        var t = await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.PermohonanId == id));
        t.PenerbitJabatanId.ShouldBe(langkah.DilakukanOlehPegawaiId == x.Puo.PegawaiId ? x.Puo.JabatanId : x.Ppk.JabatanId);
        var akhir = await sk.JumlahAsync();
        (akhir.Penugasan, akhir.SuratTugas, akhir.Langkah).ShouldBe((awal.Penugasan + 1, awal.SuratTugas + 1, awal.Langkah));
        (await sk.NotifikasiAsync(x.Diri.PegawaiId, SkenarioPenugasan.TautanTugas(t.Id))).Count.ShouldBe(1);
    }

    /// <summary>Waits until <paramref name="jumlah"/> sessions of this database are blocked on a lock (at most 20 s).</summary>
    private async Task<bool> TungguSesiTerkunciAsync(int jumlah)
    {
        await using var conn = new NpgsqlConnection(db.ConnectionString);
        await conn.OpenAsync(TestContext.Current.CancellationToken);
        for (var i = 0; i < 200; i++)
        {
            await using var cmd = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", conn);
            if ((long)(await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken))! >= jumlah)
            {
                return true;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return false;
    }
}
