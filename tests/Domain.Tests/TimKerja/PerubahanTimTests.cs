using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.TimKerja;
using static SistemKerja.Domain.Tests.TimKerja.TimUji;

namespace SistemKerja.Domain.Tests.TimKerja;

/// <summary>
/// Amending a team that is set ([P] DOMAIN.md §15 Q-5 applied to teams; §8.2: the decree is changed by a decree of the authority
/// for the team's scope). The decree in force governs until the amending one is set; an abandoned amendment leaves no trace.
/// </summary>
public sealed class PerubahanTimTests
{
    private const string Alasan = "Anggota tim dimutasi ke unit lain dan masa kerja diperpanjang";

    private static Tim DalamPerubahan(PresetRegulasi preset = PresetRegulasi.Tarakan)
    {
        var tim = Ditetapkan(preset);
        tim.MulaiPerubahan(PegawaiPuo, $"  {Alasan}  ", Waktu).Berhasil.ShouldBeTrue();
        return tim;
    }

    [Fact]
    public void MulaiPerubahan_TimDitetapkan_DalamPerubahanDenganSalinanKeputusanBerlaku()
    {
        var tim = DalamPerubahan();

        tim.Status.ShouldBe(StatusTim.DalamPerubahan);
        var p = tim.Perubahan.ShouldNotBeNull();
        (p.Alasan, p.DimulaiOlehPegawaiId, p.DimulaiPada).ShouldBe((Alasan, PegawaiPuo, Waktu));
        p.Semula.Personel.Select(x => (x.Id, x.Peran)).ShouldBe(tim.Personel.Select(x => (x.Id, x.Peran)));
        tim.PerbedaanPerubahan()!.Ada.ShouldBeFalse();
        tim.Keputusan!.PerubahanKe.ShouldBe(0);
    }

    // A reason is required (it becomes the Menimbang of the amending decree); a draft has no decree to amend; one at a time.
    [Fact]
    public void MulaiPerubahan_TanpaAlasanAtauBukanTimDitetapkan_Ditolak()
    {
        var tim = Ditetapkan(PresetRegulasi.Tarakan);
        tim.MulaiPerubahan(PegawaiPuo, "  ", Waktu).Kode().ShouldBe([nameof(PerubahanTimWajibDisertaiAlasan)]);
        tim.MulaiPerubahan(PegawaiPuo, new string('x', Tim.PanjangAlasan + 1), Waktu).Kode().ShouldBe([nameof(PerubahanTimWajibDisertaiAlasan)]);
        (tim.Status, tim.Perubahan).ShouldBe((StatusTim.Ditetapkan, (PerubahanTim?)null));

        SiapDitetapkan(PresetRegulasi.Tarakan).MulaiPerubahan(PegawaiPuo, Alasan, Waktu).Kode().ShouldBe([nameof(AksiTimSesuaiStatus)]);
        DalamPerubahan().MulaiPerubahan(PegawaiPuo, Alasan, Waktu).Kode().ShouldBe([nameof(AksiTimSesuaiStatus)]);
    }

    // A set team cannot be changed in place: the message points to the amendment.
    [Fact]
    public void UbahSusunan_TimDitetapkanTanpaPerubahan_DitolakDenganPetunjuk()
    {
        var tim = Ditetapkan(PresetRegulasi.Tarakan);

        var hasil = tim.KeluarkanPersonel(tim.Anggota[0].Id);

        hasil.Kode().ShouldBe([nameof(AksiTimSesuaiStatus)]);
        hasil.ErrorUtama!.Pesan.ShouldContain("Mulai perubahan terlebih dahulu");
    }

    // The amending decree: the same rules as the forming one, numbered as the next amendment, with the reason kept.
    [Fact]
    public void Tetapkan_PerubahanDenganAnggotaBaruDanKeluar_KeputusanPerubahanPertama()
    {
        var tim = DalamPerubahan();
        var wury = tim.Personel.Single(p => p.PegawaiId == Wury);
        tim.KeluarkanPersonel(wury.Id).Berhasil.ShouldBeTrue();
        tim.Anggota(Profil(Ramon, "Ramon Gustiyandi, S.STP."), PresetRegulasi.Tarakan);
        tim.UbahRincian(Rincian(selesai: Selesai.AddMonths(3)), tim.Pimpinan).Berhasil.ShouldBeTrue();

        var beda = tim.PerbedaanPerubahan()!;
        beda.Masuk.Select(m => m.Sebutan).ShouldBe(["Ramon Gustiyandi, S.STP. (Analis Kebijakan)"]);
        beda.Keluar.Select(m => m.Sebutan).ShouldHaveSingleItem().ShouldStartWith("Wury Defriana");
        beda.RincianBerubah.ShouldBe(["masa kerja"]);

        var hasil = tim.Tetapkan(PenetapUntuk(PresetRegulasi.Tarakan), K(PresetRegulasi.Tarakan), HariIni.AddDays(10), Waktu.AddDays(10));

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        (tim.Status, tim.Perubahan).ShouldBe((StatusTim.Ditetapkan, (PerubahanTim?)null));
        (tim.Keputusan!.PerubahanKe, tim.Keputusan.AlasanPerubahan, tim.Keputusan.Tanggal).ShouldBe((1, Alasan, HariIni.AddDays(10)));
        tim.TanggalSelesai.ShouldBe(Selesai.AddMonths(3));

        // A second amendment counts on.
        tim.MulaiPerubahan(PegawaiPuo, "Penambahan anggota", Waktu.AddDays(20)).Berhasil.ShouldBeTrue();
        tim.Anggota(Pelaksana(Fitri, "Fitri Yulianti, S.H."), PresetRegulasi.Tarakan);
        tim.Tetapkan(PenetapUntuk(PresetRegulasi.Tarakan), K(PresetRegulasi.Tarakan), HariIni.AddDays(20), Waktu.AddDays(20)).Berhasil.ShouldBeTrue();
        tim.Keputusan!.PerubahanKe.ShouldBe(2);
    }

    [Fact]
    public void Tetapkan_PerubahanTanpaIsi_Ditolak()
    {
        var tim = DalamPerubahan();

        var hasil = tim.Tetapkan(PenetapUntuk(PresetRegulasi.Tarakan), K(PresetRegulasi.Tarakan), HariIni, Waktu);

        hasil.Kode().ShouldBe([nameof(PerubahanTimHarusMengubahSesuatu)]);
        tim.Status.ShouldBe(StatusTim.DalamPerubahan);
        tim.Keputusan!.PerubahanKe.ShouldBe(0);
    }

    // V-TIM-06 on the amended team (TRK `002_d52b46878c9378dd.txt` Ps 12(7)b): a member from another Perangkat Daerah widens the
    // scope, so the Kepala Perangkat Daerah who set the team cannot set the amendment; the Sekda can.
    [Fact]
    public void Tetapkan_PerubahanMemperluasCakupan_PenetapMengikutiCakupanBaru()
    {
        var tim = DalamPerubahan();
        tim.Anggota(Profil(Fitri, "Fitri Yulianti, S.H.", asal: LintasPd), PresetRegulasi.Tarakan, BuktiPelibatan.Dari(PermohonanDisetujui(Fitri)));
        tim.Cakupan.ShouldBe(CakupanTim.LintasPerangkatDaerah);

        tim.Tetapkan(Penetap(PejabatPenetapTim.KepalaPerangkatDaerah, PejabatPenetapTim.PimpinanUnitOrganisasi), K(PresetRegulasi.Tarakan), HariIni, Waktu)
            .Kode().ShouldBe([nameof(PenetapSesuaiKewenanganCakupanTim)]);
        tim.Tetapkan(PenetapSekda, K(PresetRegulasi.Tarakan), HariIni, Waktu).Berhasil.ShouldBeTrue();
        (tim.Keputusan!.PenetapJabatanId, tim.Keputusan.Cakupan, tim.Keputusan.PerubahanKe).ShouldBe((JabatanSekda, CakupanTim.LintasPerangkatDaerah, 1));
    }

    // INHIL `003_a712a2c678725951.txt` Ps 9(2)c: a strategic lintas PD team is set by Keputusan Bupati. An amendment that takes
    // out the other PD's member and the strategic flag is still an amendment of the Bupati's decree: the PUO cannot sign it.
    [Fact]
    public void Tetapkan_PerubahanMenyempitkanCakupan_TetapOlehPejabatYangMenetapkan()
    {
        var tim = Draf(Rincian(strategis: true));
        tim.Anggota(Profil(Wury), PresetRegulasi.IndragiriHilir);
        var fitri = tim.Anggota(Profil(Fitri, "Fitri Yulianti, S.H.", asal: LintasPd), PresetRegulasi.IndragiriHilir, BuktiPelibatan.Dari(PermohonanDisetujui(Fitri)));
        var bupati = PenetapKeputusanTim.KepalaDaerah("Bupati Indragiri Hilir", "H. Muhammad Wardan", JabatanSekda, Guid.NewGuid(), "Sekda").Nilai;
        tim.Tetapkan(bupati, K(PresetRegulasi.IndragiriHilir), HariIni, Waktu).Berhasil.ShouldBeTrue();

        tim.MulaiPerubahan(PegawaiPuo, "Anggota dari Perangkat Daerah lain ditarik kembali", Waktu).Berhasil.ShouldBeTrue();
        tim.KeluarkanPersonel(fitri.Id).Berhasil.ShouldBeTrue();
        tim.UbahRincian(Rincian(), tim.Pimpinan).Berhasil.ShouldBeTrue();
        (tim.Cakupan, tim.CakupanPenetapan).ShouldBe((CakupanTim.DalamUnit, CakupanTim.LintasPerangkatDaerah));
        tim.PejabatBerwenang(K(PresetRegulasi.IndragiriHilir)).ShouldBe([PejabatPenetapTim.KepalaDaerah]);

        tim.Tetapkan(Penetap(PejabatPenetapTim.PimpinanUnitOrganisasi), K(PresetRegulasi.IndragiriHilir), HariIni, Waktu)
            .Kode().ShouldBe([nameof(PenetapSesuaiKewenanganCakupanTim)]);
        tim.Tetapkan(PenetapSekda, K(PresetRegulasi.IndragiriHilir), HariIni, Waktu).Kode().ShouldBe([nameof(PenetapSesuaiKewenanganCakupanTim)]);
        tim.Tetapkan(bupati, K(PresetRegulasi.IndragiriHilir), HariIni, Waktu).Berhasil.ShouldBeTrue();
        tim.Keputusan!.PerubahanKe.ShouldBe(1);
    }

    // INHIL Ps 9(2)b "Keputusan Bupati dan/atau Sekretaris Daerah": a lintas unit team the Bupati set is amended by the Bupati
    // again, not by the Sekda in his own name, though the Sekda could have set it.
    [Fact]
    public void Tetapkan_PerubahanKeputusanKepalaDaerah_HanyaOlehKepalaDaerah()
    {
        var tim = Draf();
        tim.Anggota(Profil(Wury), PresetRegulasi.IndragiriHilir);
        tim.Anggota(Profil(Fitri, "Fitri Yulianti, S.H.", asal: LintasUnit), PresetRegulasi.IndragiriHilir, BuktiPelibatan.Dari(PermohonanDisetujui(Fitri)));
        tim.PejabatBerwenang(K(PresetRegulasi.IndragiriHilir)).ShouldBe([PejabatPenetapTim.KepalaDaerah, PejabatPenetapTim.SekretarisDaerah]);
        var bupati = PenetapKeputusanTim.KepalaDaerah("Bupati Indragiri Hilir", "H. Muhammad Wardan", JabatanSekda, Guid.NewGuid(), "Sekda").Nilai;
        tim.Tetapkan(bupati, K(PresetRegulasi.IndragiriHilir), HariIni, Waktu).Berhasil.ShouldBeTrue();
        tim.MulaiPerubahan(PegawaiPuo, "Penambahan anggota", Waktu).Berhasil.ShouldBeTrue();
        tim.Anggota(Pelaksana(Jumiadi), PresetRegulasi.IndragiriHilir);

        tim.PejabatBerwenang(K(PresetRegulasi.IndragiriHilir)).ShouldBe([PejabatPenetapTim.KepalaDaerah]);
        tim.Tetapkan(PenetapSekda, K(PresetRegulasi.IndragiriHilir), HariIni, Waktu).Kode().ShouldBe([nameof(PenetapSesuaiKewenanganCakupanTim)]);
        tim.Tetapkan(bupati, K(PresetRegulasi.IndragiriHilir), HariIni, Waktu).Berhasil.ShouldBeTrue();
    }

    // Abandoning puts the team back as decreed: the same rows (ids), roles, time shares and particulars.
    [Fact]
    public void BatalkanPerubahan_TimKembaliSesuaiKeputusan()
    {
        var tim = DalamPerubahan();
        var sebelum = tim.Personel.Select(p => (p.Id, p.PegawaiId, p.Peran, p.AlokasiPersen)).OrderBy(x => x.Id).ToList();
        var ketua = tim.Ketua!;
        tim.LepasKetua(K(PresetRegulasi.Tarakan)).Berhasil.ShouldBeTrue();
        tim.KeluarkanPersonel(tim.Personel.Single(p => p.PegawaiId == Jumiadi).Id).Berhasil.ShouldBeTrue();
        tim.Anggota(Profil(Ramon, "Ramon Gustiyandi, S.STP."), PresetRegulasi.Tarakan);
        tim.UbahRincian(Rincian(tugas: ["Tugas pengganti"]), tim.Pimpinan).Berhasil.ShouldBeTrue();
        tim.PerbedaanPerubahan()!.Peran.ShouldHaveSingleItem().ShouldBe(new PeranBerubah(ketua.Profil.Sebutan, PeranTim.Ketua, PeranTim.Anggota));

        tim.BatalkanPerubahan().Berhasil.ShouldBeTrue();

        (tim.Status, tim.Perubahan).ShouldBe((StatusTim.Ditetapkan, (PerubahanTim?)null));
        tim.Personel.Select(p => (p.Id, p.PegawaiId, p.Peran, p.AlokasiPersen)).OrderBy(x => x.Id).ShouldBe(sebelum);
        tim.Ketua!.Id.ShouldBe(ketua.Id);
        tim.Tugas.ShouldBe(Rincian().Tugas);
        tim.BatalkanPerubahan().Kode().ShouldBe([nameof(AksiTimSesuaiStatus)]);
    }

    // The composition on record during an amendment is the draft: no result is handed in or accepted on the strength of it.
    [Fact]
    public void DalamPerubahan_HasilMenungguPerubahanDitetapkan()
    {
        var tim = DalamPerubahan();

        var hasil = tim.SampaikanHasil(Putri, "Draf peta proses bisnis selesai", Waktu);

        hasil.Kode().ShouldBe([nameof(AksiTimSesuaiStatus)]);
        hasil.ErrorUtama!.Pesan.ShouldContain("setelah perubahan itu ditetapkan atau dibatalkan");
        tim.BatalkanPerubahan().Berhasil.ShouldBeTrue();
        tim.SampaikanHasil(Putri, "Draf peta proses bisnis selesai", Waktu).Berhasil.ShouldBeTrue();
    }

    // Dissolving during an amendment dissolves the team as its decree set it (the undecreed changes are dropped).
    [Fact]
    public void Bubarkan_DalamPerubahan_TimDibubarkanSesuaiKeputusan()
    {
        var tim = DalamPerubahan();
        var jumlah = tim.Personel.Count;
        tim.KeluarkanPersonel(tim.Personel.Single(p => p.PegawaiId == Jumiadi).Id).Berhasil.ShouldBeTrue();

        tim.Bubarkan(PegawaiPuo, [JabatanPuo], "Program dihentikan", HariIni).Berhasil.ShouldBeTrue();

        (tim.Status, tim.Perubahan, tim.Personel.Count).ShouldBe((StatusTim.Dibubarkan, (PerubahanTim?)null, jumlah));
    }
}
