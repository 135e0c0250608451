using SistemKerja.Application.AlurPenugasan.DetailPermohonan;
using SistemKerja.Application.AlurPenugasan.KotakMasuk;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Penugasan;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.AlurPenugasan;

/// <summary>
/// Who sees a surat permohonan pelibatan (WF-3, HSU preset, `000_f720e179c5bde346.txt` Ps 13a–b): the detail only for
/// the people involved (requester, assignee, the officials of its steps, the copied PPK), BKPSDM admins and auditors
/// (V-AUTH-02); for anyone else it does not exist. The inbox puts it under "Menunggu" for the official of the waiting
/// step only, under "Dikirim" for the requester, under "Tembusan" for the copied PPK.
/// </summary>
public sealed class VisibilitasPermohonanTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    private static PenggunaUji Auditor(Guid pegawaiId) =>
        new() { IdUji = Guid.NewGuid(), NamaUji = "auditor uji", PegawaiIdUji = pegawaiId, PeranUji = [Peran.Auditor, Peran.Pegawai] };

    /// <summary>HSU Ps 13a–b, V-AUTH-02: requester, assignee, step officials, admin and auditor see the detail; others get null.</summary>
    [Fact]
    public async Task DetailPermohonan_HanyaUntukYangTerlibat_AdminDanAuditor()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var lain = await sk.PegawaiAsync(kecualiPerangkatDaerahId: x.PerangkatDaerahId, syarat: k => k.PerangkatDaerahId != pemilik.PerangkatDaerahId);
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik), pemilik.Puo.SebagaiPimpinan()));

        // Not involved: the request does not exist for them (no leak of its existence).
        (await db.TanyaAsync(new DetailPermohonanQuery(id), lain.Diri.SebagaiPegawai())).ShouldBeNull();
        (await db.TanyaAsync(new DetailPermohonanQuery(id), lain.Puo.SebagaiPimpinan())).ShouldBeNull();
        (await db.TanyaAsync(new DetailPermohonanQuery(id), x.KepalaPd.SebagaiPimpinan())).ShouldBeNull();

        var pemohon = await db.TanyaAsync(new DetailPermohonanQuery(id), pemilik.Puo.SebagaiPimpinan());
        pemohon.ShouldNotBeNull();
        (pemohon.Id, pemohon.Pemohon, pemohon.Pegawai.Id, pemohon.BolehTarik, pemohon.BolehBertindak).ShouldBe((id, pemilik.Puo.Nama, x.Diri.PegawaiId, true, false));
        (pemohon.UnitPemilikKinerja, pemohon.MaksudDanTujuan, pemohon.KompetensiDibutuhkan, pemohon.EkspektasiTargetKinerja)
            .ShouldBe((pemilik.Unit, SkenarioPenugasan.Maksud, SkenarioPenugasan.Kompetensi, SkenarioPenugasan.Ekspektasi));
        pemohon.Langkah.Select(l => (l.Urutan, l.Aktif)).ShouldBe([(0, true), (1, false), (2, false), (3, false)]);

        var pegawai = await db.TanyaAsync(new DetailPermohonanQuery(id), x.Diri.SebagaiPegawai());
        (pegawai!.BolehTarik, pegawai.BolehBertindak).ShouldBe((false, false));

        // The PPK acts on the waiting step (and is copied); the PUO acts on later steps.
        var ppk = await db.TanyaAsync(new DetailPermohonanQuery(id), x.Ppk.SebagaiPimpinan());
        (ppk!.BolehBertindak, ppk.BolehTarik).ShouldBe((true, false));
        ppk.Ketersediaan.ShouldBeNull(); // a recommendation, not the decision (§7.2 belongs to the decision)
        var puo = await db.TanyaAsync(new DetailPermohonanQuery(id), x.Puo.SebagaiPimpinan());
        puo!.BolehBertindak.ShouldBeFalse();

        (await db.TanyaAsync(new DetailPermohonanQuery(id), SkenarioPenugasan.Admin))!.Id.ShouldBe(id);
        var auditor = await db.TanyaAsync(new DetailPermohonanQuery(id), Auditor(lain.Diri.PegawaiId));
        (auditor!.Id, auditor.BolehBertindak, auditor.BolehTarik).ShouldBe((id, false, false));

        // At the decision the PUO asal acts and gets the availability view (§7.2); the requester does not.
        await sk.SetujuiAsync(id, x.Ppk.SebagaiPimpinan());
        puo = await db.TanyaAsync(new DetailPermohonanQuery(id), x.Puo.SebagaiPimpinan());
        (puo!.BolehBertindak, puo.Ketersediaan?.Ringkasan).ShouldBe((true, new Ketersediaan(false, 0, 90)));
        (await db.TanyaAsync(new DetailPermohonanQuery(id), pemilik.Puo.SebagaiPimpinan()))!.Ketersediaan.ShouldBeNull();
    }

    /// <summary>HSU Ps 13a–b ([P] tembusan PPK): "Menunggu" follows the waiting step, "Dikirim" the requester, "Tembusan" the copied PPK.</summary>
    [Fact]
    public async Task KotakMasuk_MenungguHanyaUntukPejabatLangkahAktif_DikirimUntukPemohon_TembusanUntukPpk()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik), pemilik.Puo.SebagaiPimpinan()));

        async Task<(bool Menunggu, bool Dikirim, bool Tembusan)> LetakAsync(PenggunaUji siapa)
        {
            var k = await db.TanyaAsync(new KotakMasukQuery(), siapa);
            return (k.Menunggu.Any(r => r.Id == id), k.Dikirim.Any(r => r.Id == id), k.Tembusan.Any(r => r.Id == id));
        }

        (await LetakAsync(x.Ppk.SebagaiPimpinan())).ShouldBe((true, false, true));
        (await LetakAsync(x.Puo.SebagaiPimpinan())).ShouldBe((false, false, false));
        (await LetakAsync(pemilik.Puo.SebagaiPimpinan())).ShouldBe((false, true, false));
        (await LetakAsync(x.Diri.SebagaiPegawai())).ShouldBe((false, true, false));
        (await LetakAsync(x.KepalaPd.SebagaiPimpinan())).ShouldBe((false, false, false));

        var ringkas = (await db.TanyaAsync(new KotakMasukQuery(), x.Ppk.SebagaiPimpinan())).Menunggu.Single(r => r.Id == id);
        (ringkas.Jenis, ringkas.Status, ringkas.Pemohon, ringkas.LangkahMenunggu, ringkas.TanggalMulai, ringkas.TanggalSelesai)
            .ShouldBe((JenisPermohonan.PenunjukanLintasUnit, StatusPermohonan.Diajukan, pemilik.Puo.Nama, "Rekomendasi Pejabat Penilai Kinerja pegawai", sk.Mulai, sk.Selesai));

        // The PPK recommends: the request moves to the PUO asal's "Menunggu" and leaves the PPK's.
        await sk.SetujuiAsync(id, x.Ppk.SebagaiPimpinan());

        (await LetakAsync(x.Ppk.SebagaiPimpinan())).ShouldBe((false, false, true));
        (await LetakAsync(x.Puo.SebagaiPimpinan())).ShouldBe((true, false, false));
        (await LetakAsync(pemilik.Puo.SebagaiPimpinan())).ShouldBe((false, true, false));
        (await db.TanyaAsync(new KotakMasukQuery(), x.Puo.SebagaiPimpinan())).Menunggu.Single(r => r.Id == id).LangkahMenunggu
            .ShouldBe("Persetujuan pimpinan unit tempat pegawai berkedudukan");
    }
}
