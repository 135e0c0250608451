using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Application.AlurPenugasan.KotakMasuk;
using SistemKerja.Application.AlurPenugasan.ProsesPermohonan;
using SistemKerja.Application.AlurPenugasan.TunjukPegawai;
using SistemKerja.Application.Kepegawaian.TetapkanPemangkuJabatan;
using SistemKerja.Application.Tests.NaskahDinas;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Penugasan;
using SistemKerja.Infrastructure.NaskahDinas;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.AlurPenugasan;

/// <summary>
/// An official away: a Plh appointed by the head of the Perangkat Daerah for the days of a leave receives the waiting
/// request and signs "Plh. «Jabatan»"; after the last day of the letter the Plh no longer acts. A Plt signs "Plt.
/// «Jabatan»" (V-AUTH-01 "definitive, Plt/Plh … at that date"; DOMAIN.md §15 Q-9). HSU preset, sukarela dalam unit
/// (`000_f720e179c5bde346.txt` Lampiran II.B.1) and penunjukan langsung (WF-1).
/// </summary>
public sealed class PltPlhCutiTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    [Fact]
    public async Task Permohonan_PimpinanCutiDanPlhDitetapkanKepalaPd_PlhMenerimaMenyetujuiDanMenandatanganiSebagaiPlh()
    {
        // The Kepala Bidang goes on leave; an official who has no part in the request is appointed Plh for three days
        // (x's own PPK may act on this step anyway: "Kepala Unit Organisasi dan/atau Pejabat Penilai Kinerja").
        var x = await sk.PegawaiAsync(syarat: p => p.Puo.JabatanId != p.KepalaPd.JabatanId);
        var lain = await sk.PegawaiAsync(kecualiPerangkatDaerahId: x.PerangkatDaerahId);
        var plh = lain.Puo;
        var hariIni = sk.HariIni;
        var tetapkan = new TetapkanPemangkuJabatanCommand(plh.PegawaiId, x.Puo.JabatanId, JenisPemangkuan.Plh, hariIni, "800.1.3.3/PLH-07/2026", false, hariIni.AddDays(2));

        // Only BKPSDM or the head of that Perangkat Daerah appoints, and the head only a Plt/Plh.
        (await db.KirimAsync(tetapkan, lain.KepalaPd.SebagaiPimpinan())).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        (await db.KirimAsync(tetapkan, x.Puo.SebagaiPimpinan())).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        (await db.KirimAsync(tetapkan with { Jenis = JenisPemangkuan.Definitif, TanggalSelesai = null }, x.KepalaPd.SebagaiPimpinan())).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        SkenarioPenugasan.Pasti(await db.KirimAsync(tetapkan, x.KepalaPd.SebagaiPimpinan()));

        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Sukarela(JenisPermohonan.SukarelaDalamUnit, null), x.Diri.SebagaiPegawai()));

        // During the leave the Plh has it in the inbox and was told.
        (await db.TanyaAsync(new KotakMasukQuery(), plh.SebagaiPimpinan())).Menunggu.Select(r => r.Id).ShouldContain(id);
        (await sk.NotifikasiAsync(plh.PegawaiId, SkenarioPenugasan.TautanPermohonan(id))).ShouldNotBeEmpty();

        // The day after the letter's last day the Plh no longer acts in the position.
        await using (var sesudah = NaskahUji.LayananDenganJam(db, new JamUji(JamUji.Wib(hariIni.AddDays(3), 9))))
        {
            PenggunaUji.Saatini.Value = plh.SebagaiPimpinan();
            await using var scope = sesudah.CreateAsyncScope();
            (await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(new KotakMasukQuery(), NaskahUji.Ct)).Menunggu.Select(r => r.Id).ShouldNotContain(id);
            var versi = await sk.VersiAsync(id);
            (await NaskahUji.KirimAsync(sesudah, new ProsesPermohonanCommand(id, true, null, false, false, false, null, versi), plh.SebagaiPimpinan()))
                .Berhasil.ShouldBeFalse();
        }

        // Within the leave the Plh approves: the request moves on and the Surat Tugas is signed "Plh. «Jabatan»".
        (await sk.SetujuiAsync(id, plh.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Disetujui);
        var t = await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.PermohonanId == id));
        var dokumen = await NaskahUji.DokumenPenugasanAsync(db, t.Id);
        var teks = await NaskahUji.TeksAsync(await NaskahUji.IsiAsync(db, dokumen.Id));
        teks.ShouldContain($"Plh. {x.Puo.Jabatan}");
        teks.ShouldContain(plh.Nama);
    }

    [Fact]
    public async Task SuratTugas_DitandatanganiPlt_PdfMenyebutPlt()
    {
        // The head of the Perangkat Daerah is also Plt of a Kepala Bidang position and signs in it.
        var x = await sk.PegawaiAsync(syarat: p => p.Puo.JabatanId != p.KepalaPd.JabatanId);
        var plt = x.KepalaPd;
        SkenarioPenugasan.Pasti(await db.KirimAsync(
            new TetapkanPemangkuJabatanCommand(plt.PegawaiId, x.Puo.JabatanId, JenisPemangkuan.Plt, sk.HariIni, "800.1.3.3/PLT-02/2026", false), SkenarioPenugasan.Admin));

        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(new TunjukPegawaiCommand(x.Diri.PegawaiId, "Penyusunan laporan inventaris aset daerah", "Laporan inventaris tersusun",
            sk.HariIni.AddDays(1), sk.HariIni.AddDays(30), false, 5), plt.SebagaiPimpinan()));

        var dokumen = await NaskahUji.DokumenPenugasanAsync(db, id);
        var teks = await NaskahUji.TeksAsync(await NaskahUji.IsiAsync(db, dokumen.Id));
        teks.ShouldContain($"Plt. {x.Puo.Jabatan}");
        teks.ShouldContain(plt.Nama);
        dokumen.Penandatangan.ShouldBe(plt.Nama);
    }
}
