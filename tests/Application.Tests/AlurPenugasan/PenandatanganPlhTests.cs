using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.KotakMasuk;
using SistemKerja.Application.Kepegawaian.TetapkanPemangkuJabatan;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Penugasan;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.AlurPenugasan;

/// <summary>
/// The Surat Tugas is signed by the official who actually acted, and says so: a Plh covering the PUO position acts in
/// it (V-AUTH-01 "definitive, Plt/Plh … at that date"; DOMAIN.md §15 Q-9: "Plh. «Jabatan»" in the signature block).
/// HSU preset, sukarela dalam unit (`000_f720e179c5bde346.txt` Lampiran II.B.1).
/// </summary>
public sealed class PenandatanganPlhTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    [Fact]
    public async Task Hsu_LampiranII_B1_PlhPimpinanUnitMenyetujui_SuratTugasMenyebutPlh()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var plh = pemilik.Puo; // a head from another Perangkat Daerah, appointed Plh of the Sekretaris for the day
        SkenarioPenugasan.Pasti(await db.KirimAsync(
            new TetapkanPemangkuJabatanCommand(plh.PegawaiId, x.Puo.JabatanId, JenisPemangkuan.Plh, sk.HariIni, "800.1.3.3/PLH-01/BKPSDM", false), SkenarioPenugasan.Admin));

        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Sukarela(JenisPermohonan.SukarelaDalamUnit, null), x.Diri.SebagaiPegawai()));

        // The step belongs to the position: the definitive holder, the Plh and the PPK are all told and all see it waiting.
        var menunggu = $"Menunggu tindakan Anda: Persetujuan dan penugasan oleh pimpinan unit organisasi — {SkenarioPenugasan.Maksud}";
        (await sk.SemuaNotifikasiAsync(SkenarioPenugasan.TautanPermohonan(id))).ShouldBe(
            [(x.Puo.PegawaiId, menunggu), (plh.PegawaiId, menunggu), (x.Ppk.PegawaiId, menunggu)], ignoreOrder: true);
        (await db.TanyaAsync(new KotakMasukQuery(), plh.SebagaiPimpinan())).Menunggu.Select(r => r.Id).ShouldContain(id);

        (await sk.SetujuiAsync(id, plh.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Disetujui);

        var t = await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.PermohonanId == id));
        t.PenerbitJabatanId.ShouldBe(x.Puo.JabatanId);
        var s = await db.BacaAsync(c => c.SuratTugas.AsNoTracking().SingleAsync(s => s.PenugasanId == t.Id));
        (s.Penandatangan.JabatanId, s.Penandatangan.Jabatan, s.Penandatangan.Nama, s.Penandatangan.Sebutan)
            .ShouldBe((x.Puo.JabatanId, x.Puo.Jabatan, plh.Nama, "Plh."));
        (await sk.PermohonanAsync(id)).Langkah.Single().DilakukanOlehPegawaiId.ShouldBe(plh.PegawaiId);
    }
}
