using Microsoft.EntityFrameworkCore;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.AlurPenugasan;

/// <summary>
/// The demo region switched to the Tarakan preset (`002_d52b46878c9378dd.txt`): WF-3 per Lampiran B.1.b — the letter
/// goes to the PPK dituju (D5), the Kepala PD/unit kerja recommends (D6), the PPK drafts the surat penugasan (D3);
/// sukarela lintas only to join a Tim Kerja (Ps 14(3)a, V-SUK-03); the PPK may also assign directly (Ps 9(4), D14).
/// In TRK a Kepala Sub Bagian under a Sekretaris is a level-3 coordinator, not a PPK (§4.6, V-KED-08), so PPK and PUO
/// differ only where a Pengawas sits directly under the head: the pegawai here work in the Sub Bagian Tata Usaha of a
/// Puskesmas/UPTD (PPK the Kasubbag TU, PUO the Kepala Puskesmas/UPTD).
/// </summary>
public sealed class AlurTrkTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    private static bool PpkBukanPuo(PegawaiUji k) => k.Ppk.JabatanId != k.Puo.JabatanId;

    [Fact]
    public async Task Trk_LampiranB1b_RekomendasiKepalaUnit_PpkDitujuMemutuskanDanMenyusunSuratTugas()
    {
        await sk.TerapkanPresetAsync(PresetRegulasi.Tarakan);
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiDenganAsync(PpkBukanPuo, pemilik.PerangkatDaerahId);

        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik), pemilik.Puo.SebagaiPimpinan()));

        var p = await sk.PermohonanAsync(id);
        SkenarioPenugasan.Rute(p).ShouldBe(
        [
            (JenisLangkah.Rekomendasi, x.Puo.JabatanId, null, null), // B.1.b(3): rekomendasi Kepala PD/unit kerja
            (JenisLangkah.Keputusan, x.Ppk.JabatanId, null, null),   // B.1.b(2)–(3): the PPK dituju answers and drafts
        ]);
        p.Tembusan.Select(t => t.JabatanId).ShouldBe([x.Ppk.JabatanId]);

        (await sk.SetujuiAsync(id, x.Puo.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Diajukan);
        (await sk.SetujuiAsync(id, x.Ppk.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Disetujui);

        var t = await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.PermohonanId == id));
        (t.Status, t.PenerbitJabatanId).ShouldBe((StatusPenugasan.Ditetapkan, x.Ppk.JabatanId));
        var s = await db.BacaAsync(c => c.SuratTugas.AsNoTracking().SingleAsync(s => s.PenugasanId == t.Id));
        (s.Judul, s.Penandatangan.JabatanId, s.Penandatangan.Nama).ShouldBe(("SURAT TUGAS", x.Ppk.JabatanId, x.Ppk.Nama));
    }

    /// <summary>
    /// V-SUK-03, `002_d52b46878c9378dd.txt` Ps 14(3)a "sebagai anggota Tim Kerja": without naming the team the request is
    /// refused and nothing is saved; with it, the home Kepala consents first (HomeKepalaConsent), the target PUO decides
    /// and the home PPK drafts the letter (D4), copies to the PPK and the home Kepala.
    /// </summary>
    [Fact]
    public async Task VSuk03_Trk_Ps14_3a_SukarelaLintasTanpaTimKerja_Ditolak_DenganTimDiterima()
    {
        await sk.TerapkanPresetAsync(PresetRegulasi.Tarakan);
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiDenganAsync(PpkBukanPuo, pemilik.PerangkatDaerahId);
        var awal = await sk.JumlahAsync();

        foreach (var tanpaTim in new[] { null, "   " })
        {
            var hasil = await db.KirimAsync(sk.Sukarela(JenisPermohonan.SukarelaLintasUnit, pemilik.UnitId, namaTim: tanpaTim), x.Diri.SebagaiPegawai());

            hasil.Errors.Count.ShouldBe(1);
            (hasil.ErrorUtama!.Kode, hasil.ErrorUtama.Jenis, hasil.ErrorUtama.Pesan).ShouldBe((nameof(SukarelaLintasHanyaSebagaiAnggotaTim), ErrorKind.AturanDilanggar,
                "Pengajuan sukarela lintas unit organisasi hanya untuk menjadi anggota Tim Kerja; sebutkan Tim Kerja yang dituju."));
        }

        (await sk.JumlahAsync()).ShouldBe(awal);

        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Sukarela(JenisPermohonan.SukarelaLintasUnit, pemilik.UnitId, namaTim: " Tim Satu Data Kabupaten "), x.Diri.SebagaiPegawai()));

        var p = await sk.PermohonanAsync(id);
        p.NamaTimKerja.ShouldBe("Tim Satu Data Kabupaten");
        SkenarioPenugasan.Rute(p).ShouldBe(
        [
            (JenisLangkah.PersetujuanAwalAsal, x.Puo.JabatanId, null, null),
            (JenisLangkah.Keputusan, pemilik.Puo.JabatanId, null, null),
            (JenisLangkah.PenerbitanSuratTugas, x.Ppk.JabatanId, null, null),
        ]);
        p.Tembusan.Select(t => t.JabatanId).ShouldBe([x.Ppk.JabatanId, x.Puo.JabatanId], ignoreOrder: true);
    }

    /// <summary>`002_d52b46878c9378dd.txt` Ps 9(4) "Pejabat Penilai Kinerja atau Kepala PD/Unit Kerja" (D14): the PPK may assign directly and signs.</summary>
    [Fact]
    public async Task Wf1_Trk_Ps9_4_PpkMenunjukLangsung_SuratTugasDitandatanganiPpkTanpaTembusan()
    {
        await sk.TerapkanPresetAsync(PresetRegulasi.Tarakan);
        var x = await sk.PegawaiDenganAsync(PpkBukanPuo);

        var id = SkenarioPenugasan.Pasti(await sk.TunjukAsync(x, x.Ppk, penuhWaktu: false, alokasi: 20));

        var t = await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.Id == id));
        (t.Asal, t.PenerbitJabatanId).ShouldBe((AsalPenugasan.PenunjukanDalamUnit, x.Ppk.JabatanId));
        var s = await db.BacaAsync(c => c.SuratTugas.AsNoTracking().SingleAsync(s => s.PenugasanId == id));
        (s.Judul, s.Penandatangan.JabatanId, s.Penandatangan.Nama).ShouldBe(("SURAT TUGAS", x.Ppk.JabatanId, x.Ppk.Nama));
        s.Tembusan.ShouldBeEmpty();
    }
}
