using SistemKerja.Application.AlurPenugasan.AjukanPermohonan;
using SistemKerja.Application.AlurPenugasan.PilihanPermohonan;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.AlurPenugasan;

/// <summary>
/// The choices the request forms offer (PilihanPermohonan) on the HSU preset: the units a head leads as pemilik kinerja
/// (V-PER-04), the pegawai they may assign directly (WF-1, `000_f720e179c5bde346.txt` Ps 11(1), 12), whether the user may
/// volunteer (V-SUK-01) and where to (V-SUK-02). What the form offers must be what the commands accept.
/// </summary>
public sealed class PilihanPermohonanTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    /// <summary>HSU Ps 12 (the PUO assigns his unit's pegawai), Lampiran II.B.2 (sukarela within the Pemerintah Daerah).</summary>
    [Fact]
    public async Task Hsu_PuoMelihatUnitnyaDanPegawaiUnitnya_PegawaiMelihatTujuanSukarela()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var lain = await sk.PegawaiAsync(kecualiPerangkatDaerahId: x.PerangkatDaerahId);

        var puo = await db.TanyaAsync(new PilihanPermohonanQuery(), x.Puo.SebagaiPimpinan());

        puo.UnitDipimpin.Select(u => u.Id).ShouldBe([x.UnitPuoId]);
        puo.DapatDitunjuk.Select(p => p.Id).ShouldContain(x.Diri.PegawaiId);
        puo.DapatDitunjuk.Select(p => p.Id).ShouldNotContain(lain.Diri.PegawaiId);
        puo.DapatDitunjuk.Single(p => p.Id == x.Diri.PegawaiId).Jabatan.ShouldBe(x.Diri.Jabatan);
        puo.DapatMengajukanSukarela.ShouldBeFalse(); // an Administrator (V-SUK-01)
        (puo.Kebijakan.JenisSurat, puo.Kebijakan.PenerbitPenunjukanDalamUnit, puo.Kebijakan.BentukSukarelaDalamUnit)
            .ShouldBe((JenisSuratPenugasan.SuratTugas, PenerbitPenunjukanDalamUnit.PimpinanUnitOrganisasi, BentukPengajuan.Lisan));

        var pegawai = await db.TanyaAsync(new PilihanPermohonanQuery(), x.Diri.SebagaiPegawai());

        (pegawai.UnitDipimpin.Count, pegawai.DapatDitunjuk.Count, pegawai.DapatMengajukanSukarela).ShouldBe((0, 0, true));
        pegawai.UnitTujuanSukarela.Select(u => u.Id).ShouldContain(pemilik.UnitId); // HSU: the whole Pemerintah Daerah
    }

    /// <summary>
    /// Every unit the form offers as "unit pemilik kinerja" must be one the command lets this user send a pelibatan for
    /// (V-PER-04). A Kepala Sub Bagian heads a Sub Bagian that is not a unit organisasi (its PUO is the Sekretaris).
    /// </summary>
    [Fact]
    public async Task VPer04_UnitYangDitawarkanKepadaKepalaSubBagian_DapatDipakaiMengajukan()
    {
        var pemilikLain = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilikLain.PerangkatDaerahId);
        var y = await sk.PegawaiAsync(kecualiPerangkatDaerahId: x.PerangkatDaerahId, syarat: k => k.PerangkatDaerahId != pemilikLain.PerangkatDaerahId);

        var pilihan = await db.TanyaAsync(new PilihanPermohonanQuery(), x.Ppk.SebagaiPimpinan());

        foreach (var unit in pilihan.UnitDipimpin)
        {
            var hasil = await db.KirimAsync(sk.Pelibatan(y, new PemilikKinerjaUji(unit.Id, unit.Nama, x.PerangkatDaerahId, x.Ppk)), x.Ppk.SebagaiPimpinan());
            hasil.ErrorUtama?.Jenis.ShouldNotBe(ErrorKind.Terlarang, $"the form offered {unit.Nama}, the command refused it");
        }
    }

    /// <summary>
    /// HSU Ps 11(1) (G4, D15): a Pejabat Pengawas may be assigned in HSU, and TunjukPegawai accepts the Sekretaris
    /// assigning his Kepala Sub Bagian; the form's list of pegawai who may be assigned directly must offer him too.
    /// </summary>
    [Fact]
    public async Task Hsu_Ps11_1_PengawasYangDapatDitunjuk_DitawarkanDiFormulir()
    {
        var x = await sk.PegawaiAsync();
        var tunjuk = await sk.TunjukAsync(x with { Diri = x.Ppk }, x.Puo, penuhWaktu: false, alokasi: 10);
        tunjuk.Berhasil.ShouldBeTrue(); // the command accepts it

        var pilihan = await db.TanyaAsync(new PilihanPermohonanQuery(), x.Puo.SebagaiPimpinan());

        pilihan.DapatDitunjuk.Select(p => p.Id).ShouldContain(x.Ppk.PegawaiId);
    }

    /// <summary>V-SUK-02 (`003_a712a2c678725951.txt` Lampiran C.2): under INHIL the form offers only units of the pegawai's own Perangkat Daerah.</summary>
    [Fact]
    public async Task VSuk02_Inhil_TujuanSukarelaHanyaDalamPerangkatDaerahSendiri()
    {
        await sk.TerapkanPresetAsync(PresetRegulasi.IndragiriHilir);
        try
        {
            var pemilik = await sk.PemilikKinerjaAsync();
            var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
            var bidangSendiri = await sk.BidangLainAsync(x);

            var pilihan = await db.TanyaAsync(new PilihanPermohonanQuery(), x.Diri.SebagaiPegawai());

            pilihan.UnitTujuanSukarela.ShouldNotBeEmpty();
            pilihan.UnitTujuanSukarela.ShouldAllBe(u => u.PerangkatDaerah == x.PerangkatDaerah);
            pilihan.UnitTujuanSukarela.Select(u => u.Id).ShouldContain(bidangSendiri.UnitId);
            pilihan.UnitTujuanSukarela.Select(u => u.Id).ShouldNotContain(pemilik.UnitId);
        }
        finally
        {
            await sk.TerapkanPresetAsync(PresetRegulasi.HuluSungaiUtara);
        }
    }

    /// <summary>HSU Ps 13a: the command accepts what the form offers to the PUO — a pelibatan from the Sekretariat for a pegawai of another PD.</summary>
    [Fact]
    public async Task UnitDipimpinPuo_DapatDipakaiMengajukanPelibatan()
    {
        var x = await sk.PegawaiAsync();
        var y = await sk.PegawaiAsync(kecualiPerangkatDaerahId: x.PerangkatDaerahId);
        var unit = (await db.TanyaAsync(new PilihanPermohonanQuery(), x.Puo.SebagaiPimpinan())).UnitDipimpin.Single();

        AjukanPermohonanCommand perintah = sk.Pelibatan(y, new PemilikKinerjaUji(unit.Id, unit.Nama, x.PerangkatDaerahId, x.Puo));
        var hasil = await db.KirimAsync(perintah, x.Puo.SebagaiPimpinan());

        hasil.Berhasil.ShouldBeTrue();
        (await sk.PermohonanAsync(hasil.Nilai)).Jenis.ShouldBe(JenisPermohonan.PenunjukanLintasUnit);
    }
}
