using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.TimKerja;
using static SistemKerja.Domain.Tests.TimKerja.TimUji;

namespace SistemKerja.Domain.Tests.TimKerja;

/// <summary>Setting the decree (§8.2, §6.4 step 2): V-TIM-01, V-TIM-06, V-TIM-07 at the gate, and dissolving a team.</summary>
public sealed class PenetapanTimTests
{
    [Fact]
    public void Tetapkan_ValidDalamUnitTeam_DitetapkanWithDecreeSnapshot()
    {
        var tim = SiapDitetapkan(PresetRegulasi.MusiBanyuasin);

        var hasil = tim.Tetapkan(Penetap(PejabatPenetapTim.PimpinanUnitOrganisasi), K(PresetRegulasi.MusiBanyuasin), HariIni, Waktu);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        tim.Status.ShouldBe(StatusTim.Ditetapkan);
        tim.Keputusan.ShouldBe(new KeputusanTim(JabatanPuo, "Kepala Bagian Organisasi", PegawaiPuo, "Drs. Penetap", CakupanTim.DalamUnit, HariIni, Waktu)
        {
            NamaTimPembentukan = "Tim Kerja Penyusunan Kebijakan Bidang Tatalaksana",
        });
    }

    // ---- V-TIM-01 ----

    // 001_75f6c752ea8be86f.txt Ps 10(4): "paling sedikit memuat rincian tentang tugas Tim Kerja dan susunan personil".
    [Fact]
    public void Tetapkan_NoTasks_RefusedVTim01()
    {
        var tim = Draf(Rincian(tugas: ["   "]));
        tim.Anggota(Profil(Wury), PresetRegulasi.MusiBanyuasin);

        var hasil = tim.Tetapkan(Penetap(PejabatPenetapTim.PimpinanUnitOrganisasi), K(PresetRegulasi.MusiBanyuasin), HariIni, Waktu);

        hasil.Kode().ShouldBe([nameof(KeputusanTimMemuatTugasDanSusunanPersonil)]);
        hasil.ErrorUtama!.Pesan.ShouldStartWith("Keputusan Tim Kerja paling sedikit memuat tugas Tim Kerja dan susunan personil");
        tim.Status.ShouldBe(StatusTim.Draf);
    }

    // V-TIM-01: the ketua alone is not a susunan personil with an anggota (K2 allows zero ketua, not zero anggota).
    [Fact]
    public void Tetapkan_OnlyKetua_RefusedVTim01()
    {
        var tim = Draf();
        var putri = tim.Anggota(Profil(Putri), PresetRegulasi.Sambas);
        tim.TunjukKetua(putri.Id, new KonteksKetua(false, AlasanPenunjukanKetua.Tanpa), K(PresetRegulasi.Sambas)).Berhasil.ShouldBeTrue();

        tim.Tetapkan(PenetapUntuk(PresetRegulasi.Sambas), K(PresetRegulasi.Sambas), HariIni, Waktu).Kode().ShouldBe([nameof(KeputusanTimMemuatTugasDanSusunanPersonil)]);
    }

    // K2 (001 Lampiran B.3; 002 Lampiran Bab II.3; 004 Lampiran I B.2): "dapat menunjuk" — a team without a ketua may be set.
    [Fact]
    public void Tetapkan_WithoutKetua_Allowed()
    {
        var tim = Draf();
        tim.Anggota(Profil(Wury), PresetRegulasi.Tarakan);

        tim.Tetapkan(PenetapUntuk(PresetRegulasi.Tarakan), K(PresetRegulasi.Tarakan), HariIni, Waktu).Berhasil.ShouldBeTrue();
    }

    // ---- V-TIM-06 ----

    // §8.2 V-TIM-06 example: TRK, one member from another PD → the signer must be the Sekda (002_d52b46878c9378dd.txt Ps 12(7)b).
    [Fact]
    public void Tetapkan_TarakanLintasPdSignedByKepalaPd_RefusedVTim06()
    {
        var tim = TimDenganAnggotaDari(LintasPd, PresetRegulasi.Tarakan);

        var hasil = tim.Tetapkan(Penetap(PejabatPenetapTim.KepalaPerangkatDaerah, PejabatPenetapTim.PimpinanUnitOrganisasi), K(PresetRegulasi.Tarakan), HariIni, Waktu);

        hasil.Kode().ShouldBe([nameof(PenetapSesuaiKewenanganCakupanTim)]);
        hasil.ErrorUtama!.Pesan.ShouldBe("Tim Kerja lintas Perangkat Daerah ditetapkan dengan keputusan Sekretaris Daerah.");
    }

    [Fact]
    public void Tetapkan_TarakanLintasPdSignedBySekda_Ditetapkan()
    {
        var tim = TimDenganAnggotaDari(LintasPd, PresetRegulasi.Tarakan);

        tim.Tetapkan(PenetapSekda, K(PresetRegulasi.Tarakan), HariIni, Waktu).Berhasil.ShouldBeTrue();

        tim.Keputusan!.Cakupan.ShouldBe(CakupanTim.LintasPerangkatDaerah);
    }

    // 002_d52b46878c9378dd.txt Ps 12(7): the authority per scope, each case checked against one signer of each kind.
    [Theory]
    [InlineData(PresetRegulasi.Tarakan, CakupanTim.DalamUnit, PejabatPenetapTim.PimpinanUnitOrganisasi, true)]      // Ps 12(7)a "Kepala Unit Kerja"
    [InlineData(PresetRegulasi.Tarakan, CakupanTim.LintasUnit, PejabatPenetapTim.KepalaPerangkatDaerah, true)]       // a "satu Perangkat Daerah"
    [InlineData(PresetRegulasi.Tarakan, CakupanTim.LintasUnit, PejabatPenetapTim.PimpinanUnitOrganisasi, false)]
    [InlineData(PresetRegulasi.Tarakan, CakupanTim.LintasPerangkatDaerah, PejabatPenetapTim.KepalaDaerah, false)]    // b Sekda only
    [InlineData(PresetRegulasi.Tarakan, CakupanTim.LintasInstansi, PejabatPenetapTim.KepalaDaerah, true)]            // c Wali Kota
    [InlineData(PresetRegulasi.Tarakan, CakupanTim.LintasInstansi, PejabatPenetapTim.SekretarisDaerah, false)]
    [InlineData(PresetRegulasi.IndragiriHilir, CakupanTim.DalamUnit, PejabatPenetapTim.PimpinanUnitOrganisasi, true)] // 003 Ps 9(2)a
    [InlineData(PresetRegulasi.IndragiriHilir, CakupanTim.LintasUnit, PejabatPenetapTim.PimpinanUnitOrganisasi, false)] // b Bupati dan/atau Sekda
    [InlineData(PresetRegulasi.IndragiriHilir, CakupanTim.LintasUnit, PejabatPenetapTim.SekretarisDaerah, true)]
    [InlineData(PresetRegulasi.IndragiriHilir, CakupanTim.LintasPerangkatDaerah, PejabatPenetapTim.KepalaDaerah, true)]
    [InlineData(PresetRegulasi.MusiBanyuasin, CakupanTim.LintasPerangkatDaerah, PejabatPenetapTim.PimpinanUnitOrganisasi, true)] // 001 Ps 10(4)
    [InlineData(PresetRegulasi.MusiBanyuasin, CakupanTim.DalamUnit, PejabatPenetapTim.SekretarisDaerah, false)]
    [InlineData(PresetRegulasi.HuluSungaiUtara, CakupanTim.LintasUnit, PejabatPenetapTim.PimpinanUnitOrganisasi, true)] // 000 Ps 20(1) [P]
    [InlineData(PresetRegulasi.Sambas, CakupanTim.LintasPerangkatDaerah, PejabatPenetapTim.PejabatPenilaiKinerja, true)] // 004 Ps 1 a20, 11(4)
    [InlineData(PresetRegulasi.Sambas, CakupanTim.LintasUnit, PejabatPenetapTim.KepalaDaerah, false)]
    public void Tetapkan_SignerKindForScope_VTim06(PresetRegulasi preset, CakupanTim cakupan, PejabatPenetapTim penetap, bool boleh)
    {
        var tim = cakupan switch
        {
            CakupanTim.DalamUnit => SiapDitetapkan(preset),
            CakupanTim.LintasUnit => TimDenganAnggotaDari(LintasUnit, preset),
            CakupanTim.LintasPerangkatDaerah => TimDenganAnggotaDari(LintasPd, preset),
            _ => TimDenganAnggotaInstansiLain(preset),
        };
        tim.Cakupan.ShouldBe(cakupan);

        var hasil = tim.Tetapkan(Penetap(penetap), K(preset), HariIni, Waktu);

        hasil.Kode().ShouldBe(boleh ? [] : [nameof(PenetapSesuaiKewenanganCakupanTim)]);
    }

    // 003_a712a2c678725951.txt Ps 9(2)c: a lintas PD team for a strategic programme is set by Keputusan Bupati (not the Sekda).
    [Theory]
    [InlineData(PejabatPenetapTim.SekretarisDaerah, false)]
    [InlineData(PejabatPenetapTim.KepalaDaerah, true)]
    public void Tetapkan_IndragiriHilirStrategicLintasPd_OnlyBupati(PejabatPenetapTim penetap, bool boleh)
    {
        var tim = TimDenganAnggotaDari(LintasPd, PresetRegulasi.IndragiriHilir, Rincian(strategis: true));

        var hasil = tim.Tetapkan(Penetap(penetap), K(PresetRegulasi.IndragiriHilir), HariIni, Waktu);

        hasil.Kode().ShouldBe(boleh ? [] : [nameof(PenetapSesuaiKewenanganCakupanTim)]);
        if (!boleh)
        {
            hasil.ErrorUtama!.Pesan.ShouldBe("Tim Kerja lintas Perangkat Daerah ditetapkan dengan keputusan Bupati/Wali Kota.");
        }
    }

    // 002_d52b46878c9378dd.txt Ps 12(7)c: the Wali Kota's decree, recorded by the Sekda, sets a lintas instansi team; the
    // decree keeps the Kepala Daerah's office and name, with the Sekda's position (numbering) and who recorded it.
    [Fact]
    public void Tetapkan_TarakanLintasInstansi_KeputusanKepalaDaerahDicatatSekda()
    {
        var tim = TimDenganAnggotaInstansiLain(PresetRegulasi.Tarakan);
        var sekda = Guid.NewGuid();

        var penetap = PenetapKeputusanTim.KepalaDaerah("Wali Kota Tarakan", " dr. H. Khairul, M.Kes. ", JabatanSekda, sekda, "Sekda (Sekretaris Daerah)");
        var hasil = tim.Tetapkan(penetap.Nilai, K(PresetRegulasi.Tarakan), HariIni, Waktu);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        (tim.Keputusan!.PenetapJabatan, tim.Keputusan.PenetapNama, tim.Keputusan.PenetapJabatanId, tim.Keputusan.PenetapPegawaiId, tim.Keputusan.DicatatOleh)
            .ShouldBe(("Wali Kota Tarakan", "dr. H. Khairul, M.Kes.", JabatanSekda, sekda, "Sekda (Sekretaris Daerah)"));
    }

    // The decree of a Kepala Daerah nobody recorded cannot be printed: refused before any team rule is looked at.
    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void KeputusanKepalaDaerah_NamaBelumDicatat_Ditolak(string? nama)
    {
        var penetap = PenetapKeputusanTim.KepalaDaerah("Bupati Indragiri Hilir", nama, JabatanSekda, Guid.NewGuid(), "Sekda");

        penetap.Kode().ShouldBe([nameof(NamaKepalaDaerahSudahDicatat)]);
        penetap.ErrorUtama!.Pesan.ShouldStartWith("Nama Bupati Indragiri Hilir belum dicatat");
    }

    // DOMAIN.md §13 kepalaDaerahTitle: TRK is a city (Wali Kota), the others kabupaten (Bupati); the office drops "Kabupaten"/"Kota".
    [Theory]
    [InlineData(GelarKepalaDaerah.WaliKota, "Kota Tarakan", "Wali Kota Tarakan")]
    [InlineData(GelarKepalaDaerah.Bupati, "Kabupaten Hulu Sungai Utara", "Bupati Hulu Sungai Utara")]
    [InlineData(GelarKepalaDaerah.Bupati, "Sambas", "Bupati Sambas")]
    public void SebutanKepalaDaerah_DariGelarDanNamaDaerah(GelarKepalaDaerah gelar, string daerah, string sebutan) =>
        PemerintahDaerah.SebutanKepalaDaerah(gelar, daerah).ShouldBe(sebutan);

    // A strategic flag on a team inside one PD changes nothing (Ps 9(2)c speaks of lintas PD teams).
    [Fact]
    public void Tetapkan_IndragiriHilirStrategicDalamUnit_PuoStillSigns()
    {
        var tim = Draf(Rincian(strategis: true));
        tim.Anggota(Profil(Wury), PresetRegulasi.IndragiriHilir);

        tim.Tetapkan(Penetap(PejabatPenetapTim.PimpinanUnitOrganisasi), K(PresetRegulasi.IndragiriHilir), HariIni, Waktu).Berhasil.ShouldBeTrue();
    }

    // A signer with no authority at all.
    [Fact]
    public void Tetapkan_SignerWithoutAnyAuthority_RefusedVTim06()
    {
        var tim = SiapDitetapkan(PresetRegulasi.HuluSungaiUtara);

        tim.Tetapkan(Penetap(), K(PresetRegulasi.HuluSungaiUtara), HariIni, Waktu).Kode().ShouldBe([nameof(PenetapSesuaiKewenanganCakupanTim)]);
    }

    // ---- Gate re-checks ----

    // The ketua rules run again on the final composition: a MUBA kelas-6 ketua accepted under an adjusted policy is refused
    // when the region's real policy (kelas ≥ 7, 001 T1 lampiran II) is used at the decree.
    [Fact]
    public void Tetapkan_KetuaNoLongerEligible_RefusedAtGate()
    {
        var longgar = K(PresetRegulasi.MusiBanyuasin) with { KetuaMinimalKelasJabatan = null };
        var tim = Draf();
        var putri = tim.Anggota(Profil(Putri, kelas: 6), PresetRegulasi.MusiBanyuasin);
        tim.Anggota(Profil(Wury), PresetRegulasi.MusiBanyuasin);
        tim.TunjukKetua(putri.Id, new KonteksKetua(false, new AlasanPenunjukanKetua(BukanPrioritas: "Menguasai substansi")), longgar).Berhasil.ShouldBeTrue();

        tim.Tetapkan(Penetap(PejabatPenetapTim.PimpinanUnitOrganisasi), K(PresetRegulasi.MusiBanyuasin), HariIni, Waktu)
            .Kode().ShouldBe([nameof(KetuaMemenuhiKelasJabatanMinimal)]);
    }

    [Fact]
    public void Tetapkan_Twice_RefusedByStatus()
    {
        var tim = Ditetapkan(PresetRegulasi.Sambas);

        var hasil = tim.Tetapkan(PenetapUntuk(PresetRegulasi.Sambas), K(PresetRegulasi.Sambas), HariIni, Waktu);

        hasil.Kode().ShouldBe([nameof(AksiTimSesuaiStatus)]);
        hasil.ErrorUtama!.Pesan.ShouldBe("Tim Kerja sudah ditetapkan.");
    }

    // ---- Bubarkan [P] ----

    [Fact]
    public void Bubarkan_ByPuoWithReason_DibubarkanAndEnded()
    {
        var tim = Ditetapkan(PresetRegulasi.Sambas);

        var hasil = tim.Bubarkan(PegawaiPuo, [JabatanPuo], "  Kegiatan dihapus dari DPA perubahan.  ", HariIni.AddDays(20));

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        tim.Status.ShouldBe(StatusTim.Dibubarkan);
        tim.AlasanPembubaran.ShouldBe("Kegiatan dihapus dari DPA perubahan.");
        tim.DiakhiriPada.ShouldBe(HariIni.AddDays(20));
    }

    [Fact]
    public void Bubarkan_WithoutReason_Refused()
    {
        Ditetapkan(PresetRegulasi.Sambas).Bubarkan(PegawaiPuo, [JabatanPuo], " ", HariIni).Kode().ShouldBe([nameof(PembubaranWajibDisertaiAlasan)]);
    }

    [Fact]
    public void Bubarkan_ByAnggota_Forbidden()
    {
        Ditetapkan(PresetRegulasi.Sambas).Bubarkan(Wury, [], "alasan", HariIni).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
    }

    // The author of a draft may drop it; once set only the PUO or the signer may.
    [Fact]
    public void Bubarkan_DraftByAuthor_Allowed()
    {
        Draf().Bubarkan(PegawaiPembuat, [], "Batal dibentuk", HariIni).Berhasil.ShouldBeTrue();
    }

    private static Tim TimDenganAnggotaDari(AsalPersonel asal, PresetRegulasi preset, RincianTim? rincian = null)
    {
        var tim = Draf(rincian);
        tim.Anggota(Profil(Wury), preset);
        tim.Anggota(Profil(Fitri, "Fitri Yulianti, S.H.", asal: asal), preset, BuktiPelibatan.Dari(PermohonanDisetujui(Fitri)));
        return tim;
    }

    private static Tim TimDenganAnggotaInstansiLain(PresetRegulasi preset)
    {
        var tim = Draf();
        tim.Anggota(Profil(Wury), preset);
        var profil = Profil(nama: "Andi", asal: AsalPersonel.Instansi("Pemerintah Kabupaten Bengkayang")) with { PegawaiId = null, Nip = null };
        tim.Anggota(profil, preset, BuktiPelibatan.Dari(PelibatanInstansiDisetujui("Andi")));
        return tim;
    }
}
