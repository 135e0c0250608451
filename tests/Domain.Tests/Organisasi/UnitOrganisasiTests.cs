using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using static SistemKerja.Domain.Tests.DataUji;

namespace SistemKerja.Domain.Tests.Organisasi;

public sealed class UnitOrganisasiTests
{
    // Tree used by most tests:
    //   akar (Dinas Pendidikan)
    //   ├── sekretariat
    //   │     └── subbagUmum
    //   │           └── tim (grandchild of sekretariat)
    //   └── bidang
    private readonly UnitOrganisasi akar;
    private readonly UnitOrganisasi sekretariat;
    private readonly UnitOrganisasi subbagUmum;
    private readonly UnitOrganisasi tim;
    private readonly UnitOrganisasi bidang;

    public UnitOrganisasiTests()
    {
        akar = BuatUnitAkar();
        sekretariat = UnitOrganisasi.BuatDi(akar, "Sekretariat", unitOrganisasiMandiri: false, urutan: 1);
        subbagUmum = UnitOrganisasi.BuatDi(sekretariat, "Sub Bagian Umum dan Kepegawaian", unitOrganisasiMandiri: false);
        tim = UnitOrganisasi.BuatDi(subbagUmum, "Kelompok Kerja Arsip", unitOrganisasiMandiri: false);
        bidang = UnitOrganisasi.BuatDi(akar, "Bidang Pembinaan SD", unitOrganisasiMandiri: true, urutan: 2);
    }

    [Fact]
    public void BuatAkar_PerangkatDaerah_IsRootNamedAfterPdAndIsUnitOrganisasi()
    {
        var pd = BuatPd(BuatPemda(), nama: "Dinas Kesehatan");

        var unit = UnitOrganisasi.BuatAkar(pd);

        unit.PerangkatDaerahId.ShouldBe(pd.Id);
        unit.IndukId.ShouldBeNull();
        unit.Akar.ShouldBeTrue();
        unit.Nama.ShouldBe("Dinas Kesehatan");
        unit.UnitOrganisasiMandiri.ShouldBeTrue();
        unit.Urutan.ShouldBe(0);
    }

    [Fact]
    public void BuatDi_Induk_InheritsPdAndPointsToInduk()
    {
        var unit = UnitOrganisasi.BuatDi(akar, "  Bidang Pembinaan SMP  ", unitOrganisasiMandiri: true, urutan: 3);

        unit.PerangkatDaerahId.ShouldBe(akar.PerangkatDaerahId);
        unit.IndukId.ShouldBe(akar.Id);
        unit.Akar.ShouldBeFalse();
        unit.Nama.ShouldBe("Bidang Pembinaan SMP");
        unit.UnitOrganisasiMandiri.ShouldBeTrue();
        unit.Urutan.ShouldBe(3);
        unit.Id.ShouldNotBe(akar.Id);
    }

    [Fact]
    public void BuatDi_Grandchild_InheritsPdOfRoot()
    {
        tim.PerangkatDaerahId.ShouldBe(akar.PerangkatDaerahId);
        tim.IndukId.ShouldBe(subbagUmum.Id);
    }

    // ---- PindahkanKe ----

    [Fact]
    public void PindahkanKe_SiblingBranch_ChangesIndukId()
    {
        var hasil = subbagUmum.PindahkanKe(bidang, [akar.Id]);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        subbagUmum.IndukId.ShouldBe(bidang.Id);
    }

    [Fact]
    public void PindahkanKe_UpToRoot_ChangesIndukId()
    {
        var hasil = tim.PindahkanKe(akar, []);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        tim.IndukId.ShouldBe(akar.Id);
    }

    [Fact]
    public void PindahkanKe_Itself_FailsAndKeepsIndukId()
    {
        var hasil = sekretariat.PindahkanKe(sekretariat, [akar.Id]);

        HarusGagalDenganAturan(hasil, nameof(UnitTidakBolehBerindukPadaDirinyaAtauKeturunannya));
        sekretariat.IndukId.ShouldBe(akar.Id);
    }

    [Fact]
    public void PindahkanKe_OwnChild_FailsAndKeepsIndukId()
    {
        // Ancestors of subbagUmum: sekretariat, akar.
        var hasil = sekretariat.PindahkanKe(subbagUmum, [sekretariat.Id, akar.Id]);

        HarusGagalDenganAturan(hasil, nameof(UnitTidakBolehBerindukPadaDirinyaAtauKeturunannya));
        hasil.ErrorUtama!.Pesan.ShouldContain("lingkaran");
        sekretariat.IndukId.ShouldBe(akar.Id);
    }

    [Fact]
    public void PindahkanKe_OwnGrandchild_FailsAndKeepsIndukId()
    {
        // Ancestors of tim: subbagUmum, sekretariat, akar.
        var hasil = sekretariat.PindahkanKe(tim, [subbagUmum.Id, sekretariat.Id, akar.Id]);

        HarusGagalDenganAturan(hasil, nameof(UnitTidakBolehBerindukPadaDirinyaAtauKeturunannya));
        sekretariat.IndukId.ShouldBe(akar.Id);
    }

    [Fact]
    public void PindahkanKe_RootUnderOwnChild_FailsWithRootAndCycleRules()
    {
        var hasil = akar.PindahkanKe(bidang, [akar.Id]);

        hasil.Errors.Select(e => e.Kode).ShouldBe(
        [
            nameof(UnitAkarTidakDapatDipindahkan),
            nameof(UnitTidakBolehBerindukPadaDirinyaAtauKeturunannya),
        ]);
        akar.IndukId.ShouldBeNull();
        akar.Akar.ShouldBeTrue();
    }

    [Fact]
    public void PindahkanKe_RootUnderUnrelatedNodeOfSamePd_FailsWithOnlyUnitAkarTidakDapatDipindahkan()
    {
        // Only the root rule is exercised here: the caller reports no ancestor that would make a cycle.
        var hasil = akar.PindahkanKe(bidang, []);

        HarusGagalDenganAturan(hasil, nameof(UnitAkarTidakDapatDipindahkan));
        akar.IndukId.ShouldBeNull();
    }

    [Fact]
    public void PindahkanKe_NodeOfOtherPd_FailsAndKeepsIndukId()
    {
        var akarPdLain = BuatUnitAkar("Dinas Kesehatan");
        var bidangPdLain = UnitOrganisasi.BuatDi(akarPdLain, "Bidang Kesehatan Masyarakat", unitOrganisasiMandiri: true);

        var hasil = subbagUmum.PindahkanKe(bidangPdLain, [akarPdLain.Id]);

        HarusGagalDenganAturan(hasil, nameof(UnitHanyaDapatDipindahkanDalamPerangkatDaerahYangSama));
        subbagUmum.IndukId.ShouldBe(sekretariat.Id);
        subbagUmum.PerangkatDaerahId.ShouldBe(akar.PerangkatDaerahId);
    }

    [Fact]
    public void PindahkanKe_RootIntoOtherPd_ReportsBothRules()
    {
        var akarPdLain = BuatUnitAkar("Dinas Kesehatan");

        var hasil = akar.PindahkanKe(akarPdLain, []);

        hasil.Errors.Select(e => e.Kode).ShouldBe(
        [
            nameof(UnitAkarTidakDapatDipindahkan),
            nameof(UnitHanyaDapatDipindahkanDalamPerangkatDaerahYangSama),
        ]);
        akar.IndukId.ShouldBeNull();
    }

    [Fact]
    public void PindahkanKe_FailedThenValidMove_OnlyValidMoveApplies()
    {
        sekretariat.PindahkanKe(tim, [subbagUmum.Id, sekretariat.Id, akar.Id]).Gagal.ShouldBeTrue();

        sekretariat.PindahkanKe(bidang, [akar.Id]).Berhasil.ShouldBeTrue();

        sekretariat.IndukId.ShouldBe(bidang.Id);
    }

    // ---- Ubah ----

    [Fact]
    public void Ubah_NonRoot_ChangesNameFlagAndOrder()
    {
        bidang.Ubah("  Bidang Pembinaan Sekolah Dasar ", unitOrganisasiMandiri: false, urutan: 5);

        bidang.Nama.ShouldBe("Bidang Pembinaan Sekolah Dasar");
        bidang.UnitOrganisasiMandiri.ShouldBeFalse();
        bidang.Urutan.ShouldBe(5);
    }

    [Fact]
    public void Ubah_RootWithUnitOrganisasiFalse_StaysUnitOrganisasi()
    {
        akar.Ubah("Dinas Pendidikan dan Kebudayaan", unitOrganisasiMandiri: false, urutan: 0);

        akar.Nama.ShouldBe("Dinas Pendidikan dan Kebudayaan");
        akar.UnitOrganisasiMandiri.ShouldBeTrue();
    }

    private static void HarusGagalDenganAturan(Result hasil, string kode)
    {
        hasil.Gagal.ShouldBeTrue();
        hasil.Errors.Count.ShouldBe(1, string.Join("; ", hasil.Errors.Select(e => e.Kode)));
        hasil.ErrorUtama!.Kode.ShouldBe(kode);
        hasil.ErrorUtama.Jenis.ShouldBe(ErrorKind.AturanDilanggar);
        hasil.ErrorUtama.Pesan.ShouldNotBeNullOrWhiteSpace();
    }
}
