using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.DetailPenugasan;
using SistemKerja.Application.AlurPenugasan.KotakMasuk;
using SistemKerja.Application.AlurPenugasan.TerimaPenugasan;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Penugasan;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.AlurPenugasan;

/// <summary>
/// WF-1, penunjukan individu dalam unit (DOMAIN.md §6.3; HSU `000_f720e179c5bde346.txt` Ps 11(1), Ps 12: set by the
/// Pimpinan Unit Organisasi, D14), and the receipt of the surat penugasan by the assignee (Ps 13e; G13: an
/// acknowledgement, not consent).
/// </summary>
public sealed class PenunjukanLangsungTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    /// <summary>HSU Ps 12: the PUO assigns directly → one Penugasan (Ditetapkan) and one Surat Tugas, tembusan the PPK.</summary>
    [Fact]
    public async Task Wf1_Hsu_Ps12_OlehPuo_PenugasanDanSuratTugas_TembusanPpk_PegawaiDiberitahu()
    {
        var x = await sk.PegawaiAsync();
        var awal = await sk.JumlahAsync();

        var id = SkenarioPenugasan.Pasti(await sk.TunjukAsync(x, x.Puo, penuhWaktu: true, alokasi: 40));

        var t = await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.Id == id));
        (t.Asal, t.Status, t.PermohonanId, t.PegawaiId, t.JabatanPegawaiId, t.UnitPemilikKinerjaId, t.PenerbitJabatanId)
            .ShouldBe((AsalPenugasan.PenunjukanDalamUnit, StatusPenugasan.Ditetapkan, (Guid?)null, x.Diri.PegawaiId, x.Diri.JabatanId, x.UnitPuoId, x.Puo.JabatanId));
        (t.TanggalMulai, t.TanggalSelesai, t.PenuhWaktu, t.AlokasiPersen).ShouldBe((sk.HariIni.AddDays(1), sk.HariIni.AddDays(90), true, 40));
        (t.Uraian, t.TargetKinerja).ShouldBe(("Pengelolaan arsip dinamis unit", "Seluruh arsip aktif tertata dan terdaftar"));

        var s = await db.BacaAsync(c => c.SuratTugas.AsNoTracking().SingleAsync(s => s.PenugasanId == id));
        t.SuratTugasId.ShouldBe(s.Id);
        (s.Judul, s.PerangkatDaerahId).ShouldBe(("SURAT TUGAS", x.PerangkatDaerahId));
        (s.Penandatangan.JabatanId, s.Penandatangan.Nama, s.Penandatangan.Sebutan).ShouldBe((x.Puo.JabatanId, x.Puo.Nama, (string?)null));
        (s.Kepada.PegawaiId, s.Kepada.Nama).ShouldBe((x.Diri.PegawaiId, x.Diri.Nama));
        s.Tembusan.ShouldBe([x.Ppk.Jabatan]);
        (await sk.NotifikasiAsync(x.Diri.PegawaiId, SkenarioPenugasan.TautanTugas(id))).ShouldBe(["Anda menerima penugasan: Pengelolaan arsip dinamis unit"]);
        (await sk.JumlahAsync()).ShouldBe(awal with { Penugasan = awal.Penugasan + 1, SuratTugas = awal.SuratTugas + 1, Notifikasi = awal.Notifikasi + 1 });

        var kotak = await db.TanyaAsync(new KotakMasukQuery(), x.Diri.SebagaiPegawai());
        kotak.PenugasanSaya.Select(r => (r.Id, r.Asal, r.Status)).ShouldBe([(id, AsalPenugasan.PenunjukanDalamUnit, StatusPenugasan.Ditetapkan)]);
    }

    /// <summary>
    /// V-PEN-03 (HSU Ps 11(1) "oleh Pimpinan Unit Organisasi", D14 = PUO only): the PPK, the Kepala PD and a head of
    /// another unit may not assign; a user without the Pimpinan Unit role is stopped before the handler. Nothing is saved.
    /// </summary>
    [Fact]
    public async Task Wf1_Hsu_Ps11_BukanPuo_Terlarang_TidakAdaYangTersimpan()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var awal = await sk.JumlahAsync();

        foreach (var bukanPuo in new[] { x.Ppk, x.KepalaPd, pemilik.Puo })
        {
            var hasil = await sk.TunjukAsync(x, bukanPuo, penuhWaktu: false, alokasi: 10);

            hasil.Errors.Count.ShouldBe(1);
            (hasil.ErrorUtama!.Jenis, hasil.ErrorUtama.Pesan).ShouldBe((ErrorKind.Terlarang, "Anda tidak berwenang menetapkan penugasan untuk pegawai ini: hanya Pimpinan Unit Organisasinya."));
        }

        var tanpaPeran = await db.KirimAsync(
            new Application.AlurPenugasan.TunjukPegawai.TunjukPegawaiCommand(x.Diri.PegawaiId, "Uraian", null, sk.Mulai, sk.Selesai, false, 10), x.Puo.SebagaiPegawai());
        (tanpaPeran.ErrorUtama!.Jenis, tanpaPeran.ErrorUtama.Pesan).ShouldBe((ErrorKind.Terlarang, "Anda tidak berwenang melakukan tindakan ini."));

        (await sk.JumlahAsync()).ShouldBe(awal);
    }

    /// <summary>
    /// HSU Ps 13e / G13: only the assignee acknowledges receipt, once. Anyone else is refused; a second receipt is refused.
    /// </summary>
    [Fact]
    public async Task TerimaPenugasan_HanyaOlehPegawaiYangDitugaskan_SatuKali()
    {
        var x = await sk.PegawaiAsync();
        var id = SkenarioPenugasan.Pasti(await sk.TunjukAsync(x, x.Puo, penuhWaktu: false, alokasi: 10));

        foreach (var orangLain in new[] { x.Puo.SebagaiPimpinan(), x.Ppk.SebagaiPimpinan() })
        {
            var hasil = await db.KirimAsync(new TerimaPenugasanCommand(id), orangLain);
            (hasil.ErrorUtama!.Jenis, hasil.ErrorUtama.Pesan).ShouldBe((ErrorKind.Terlarang, "Hanya pegawai yang ditugaskan yang dapat menyatakan menerima surat penugasan."));
        }

        (await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.Id == id))).Status.ShouldBe(StatusPenugasan.Ditetapkan);
        (await db.TanyaAsync(new DetailPenugasanQuery(id), x.Diri.SebagaiPegawai()))!.BolehTerima.ShouldBeTrue();

        (await db.KirimAsync(new TerimaPenugasanCommand(id), x.Diri.SebagaiPegawai())).Berhasil.ShouldBeTrue();

        var t = await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.Id == id));
        t.Status.ShouldBe(StatusPenugasan.Diterima);
        t.DiterimaPada.ShouldNotBeNull();
        var detail = await db.TanyaAsync(new DetailPenugasanQuery(id), x.Diri.SebagaiPegawai());
        (detail!.Status, detail.BolehTerima).ShouldBe((StatusPenugasan.Diterima, false));

        var lagi = await db.KirimAsync(new TerimaPenugasanCommand(id), x.Diri.SebagaiPegawai());
        (lagi.ErrorUtama!.Kode, lagi.ErrorUtama.Jenis).ShouldBe(("SudahDiterima", ErrorKind.AturanDilanggar));
        (await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.Id == id))).DiterimaPada.ShouldBe(t.DiterimaPada);
    }

    /// <summary>HSU Ps 12 / Ps 13e, V-AUTH-02: the Surat Tugas page is for the people concerned (assignee, signer, admin); an unrelated pegawai does not see it.</summary>
    [Fact]
    public async Task DetailPenugasan_HanyaUntukYangBerkepentingan()
    {
        var x = await sk.PegawaiAsync();
        var lain = await sk.PegawaiAsync(kecualiPerangkatDaerahId: x.PerangkatDaerahId);
        var id = SkenarioPenugasan.Pasti(await sk.TunjukAsync(x, x.Puo, penuhWaktu: false, alokasi: 10));

        (await db.TanyaAsync(new DetailPenugasanQuery(id), lain.Diri.SebagaiPegawai())).ShouldBeNull();
        (await db.TanyaAsync(new DetailPenugasanQuery(id), x.Puo.SebagaiPimpinan()))!.Surat.Penandatangan.Nama.ShouldBe(x.Puo.Nama);
        (await db.TanyaAsync(new DetailPenugasanQuery(id), SkenarioPenugasan.Admin)).ShouldNotBeNull();
        var dilihatPegawai = await db.TanyaAsync(new DetailPenugasanQuery(id), x.Diri.SebagaiPegawai());
        (dilihatPegawai!.Surat.Judul, dilihatPegawai.Surat.KopPerangkatDaerah, dilihatPegawai.Surat.Kepada.PegawaiId).ShouldBe(("SURAT TUGAS", x.PerangkatDaerah, x.Diri.PegawaiId));
    }

    /// <summary>
    /// The Surat Tugas of a WF-1 penunjukan is copied to the PPK (tembusan, [P] §6.3 "the assignee's PPK when the issuer
    /// is not the PPK"; Q-15 "The assignee's PPK and home PUO always receive a copy (in-app notification and the
    /// document)"). DetailPenugasan promises the page to "copies" too, so the copied PPK must be able to open it.
    /// </summary>
    [Fact]
    public async Task DetailPenugasan_Wf1_PpkPenerimaTembusan_DapatMelihatSuratTugas()
    {
        var x = await sk.PegawaiAsync();
        var id = SkenarioPenugasan.Pasti(await sk.TunjukAsync(x, x.Puo, penuhWaktu: false, alokasi: 10));
        (await db.BacaAsync(c => c.SuratTugas.AsNoTracking().SingleAsync(s => s.PenugasanId == id))).Tembusan.ShouldBe([x.Ppk.Jabatan]);

        var dilihatPpk = await db.TanyaAsync(new DetailPenugasanQuery(id), x.Ppk.SebagaiPimpinan());

        dilihatPpk.ShouldNotBeNull();
        dilihatPpk.Surat.Tembusan.ShouldBe([x.Ppk.Jabatan]);
    }
}
