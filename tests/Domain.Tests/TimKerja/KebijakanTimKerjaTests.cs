using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.TimKerja;
using static SistemKerja.Domain.Tests.TimKerja.TimUji;

namespace SistemKerja.Domain.Tests.TimKerja;

/// <summary>
/// The Tim Kerja keys of the five presets against DOMAIN.md §8, §9.2 and §13 (<c>timKerja.*</c>, <c>reporting.*</c>,
/// <c>evaluation.onMismatch</c>), and how they survive storage as JSON in <see cref="KebijakanDaerah"/>.
/// </summary>
public sealed class KebijakanTimKerjaTests
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    // ---- timKerja.decreeAuthority (§8.2, §12 row 22) ----

    // 002_d52b46878c9378dd.txt Ps 12(7): a. Keputusan Kepala PD/Kepala Unit Kerja; b. Keputusan Sekretaris Daerah (lintas PD/UK);
    // c. Keputusan Wali Kota (lintas instansi).
    [Fact]
    public void DariPreset_Tarakan_DecreeAuthorityByScopeOfPs12Ayat7()
    {
        var p = K(PresetRegulasi.Tarakan).Penetap;

        p.DalamUnit.ShouldBe([PejabatPenetapTim.PimpinanUnitOrganisasi, PejabatPenetapTim.KepalaPerangkatDaerah]);
        p.LintasUnit.ShouldBe([PejabatPenetapTim.KepalaPerangkatDaerah]);
        p.LintasPerangkatDaerah.ShouldBe([PejabatPenetapTim.SekretarisDaerah]);
        p.LintasInstansi.ShouldBe([PejabatPenetapTim.KepalaDaerah]);
        p.ProgramStrategisLintasPerangkatDaerah.ShouldBeNull();
    }

    // 003_a712a2c678725951.txt Ps 9(2): a. surat tugas/keputusan PUO; b. Keputusan Bupati dan/atau Sekretaris Daerah;
    // c. lintas PD for a strategic programme → Keputusan Bupati; Ps 8(2): no lintas instansi.
    [Fact]
    public void DariPreset_IndragiriHilir_DecreeAuthorityByScopeOfPs9Ayat2()
    {
        var p = K(PresetRegulasi.IndragiriHilir).Penetap;

        p.DalamUnit.ShouldBe([PejabatPenetapTim.PimpinanUnitOrganisasi]);
        p.LintasUnit.ShouldBe([PejabatPenetapTim.KepalaDaerah, PejabatPenetapTim.SekretarisDaerah]);
        p.LintasPerangkatDaerah.ShouldBe([PejabatPenetapTim.KepalaDaerah, PejabatPenetapTim.SekretarisDaerah]);
        p.LintasInstansi.ShouldBeEmpty();
        p.Untuk(CakupanTim.LintasPerangkatDaerah, programStrategis: true).ShouldBe([PejabatPenetapTim.KepalaDaerah]);
        p.Untuk(CakupanTim.LintasPerangkatDaerah, programStrategis: false).ShouldBe([PejabatPenetapTim.KepalaDaerah, PejabatPenetapTim.SekretarisDaerah]);
    }

    // ---- timKerja.formationDocument (§8.2, §11) ----

    // 001_75f6c752ea8be86f.txt: the formats "Surat Tugas Tim Kerja Internal Unit Kerja" (T1) and "... Antar Unit Kerja Lintas
    // Perangkat Daerah" (T2); 004_af01d94e9933b5a2.txt Lampiran II format 6 (T8) and 002 Ps 12(7), 003 Ps 9(2) name a Keputusan.
    [Theory]
    [InlineData(PresetRegulasi.MusiBanyuasin, NaskahPembentukanTim.SuratTugas)]
    [InlineData(PresetRegulasi.Sambas, NaskahPembentukanTim.Keputusan)]
    [InlineData(PresetRegulasi.Tarakan, NaskahPembentukanTim.Keputusan)]
    [InlineData(PresetRegulasi.IndragiriHilir, NaskahPembentukanTim.Keputusan)]
    [InlineData(PresetRegulasi.HuluSungaiUtara, NaskahPembentukanTim.Keputusan)]
    public void DariPreset_NaskahPembentukan_MengikutiTemplatDaerah(PresetRegulasi preset, NaskahPembentukanTim naskah) =>
        K(preset).NaskahPembentukan.ShouldBe(naskah);

    [Fact]
    public void NaskahPembentukan_TersimpanSebelumKunciAda_DibacaSebagaiKeputusan()
    {
        var json = JsonSerializer.SerializeToNode(K(PresetRegulasi.MusiBanyuasin), Json)!.AsObject();
        json.Remove(nameof(KebijakanTimKerja.NaskahPembentukan)).ShouldBeTrue();

        json.Deserialize<KebijakanTimKerja>(Json)!.NaskahPembentukan.ShouldBe(NaskahPembentukanTim.Keputusan);
        JsonSerializer.Deserialize<KebijakanTimKerja>(JsonSerializer.Serialize(K(PresetRegulasi.MusiBanyuasin), Json), Json)!
            .NaskahPembentukan.ShouldBe(NaskahPembentukanTim.SuratTugas);
    }

    // 001_75f6c752ea8be86f.txt Ps 10(4) "Keputusan Kepala Unit Organisasi"; 000_f720e179c5bde346.txt Ps 20(1) [P] the PUO.
    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara)]
    [InlineData(PresetRegulasi.MusiBanyuasin)]
    public void DariPreset_HsuAndMuba_PuoSetsEveryScope(PresetRegulasi preset)
    {
        foreach (var cakupan in Enum.GetValues<CakupanTim>())
        {
            K(preset).Penetap.Untuk(cakupan, programStrategis: true).ShouldBe([PejabatPenetapTim.PimpinanUnitOrganisasi]);
        }
    }

    // 004_af01d94e9933b5a2.txt Ps 1 a20 "pejabat yang berwenang" (not narrowed), Ps 11(4) PPK or PUO, Lampiran II format 6 (Sekda).
    [Fact]
    public void DariPreset_Sambas_PejabatBerwenangNotNarrowed()
    {
        var dalamUnit = K(PresetRegulasi.Sambas).Penetap.DalamUnit;

        dalamUnit.ShouldBe([PejabatPenetapTim.PimpinanUnitOrganisasi, PejabatPenetapTim.PejabatPenilaiKinerja, PejabatPenetapTim.KepalaPerangkatDaerah,
            PejabatPenetapTim.SekretarisDaerah, PejabatPenetapTim.PejabatBerwenang]);
        K(PresetRegulasi.Sambas).Penetap.LintasInstansi.ShouldBe(dalamUnit);
    }

    // ---- ketua keys (§8.3, §12 rows 24–27, 29, 30) ----

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, KetuaDariPemilikKinerja.Diutamakan, PengawasSebagaiKetua.DiutamakanJikaMasihAda)]            // 000 Ps 20(2), 20(3)
    [InlineData(PresetRegulasi.MusiBanyuasin, KetuaDariPemilikKinerja.Diutamakan, PengawasSebagaiKetua.TidakDiatur)]                        // 001 Ps 10(5)
    [InlineData(PresetRegulasi.Tarakan, KetuaDariPemilikKinerja.Wajib, PengawasSebagaiKetua.PengawasAtauJfJikaBelumDisederhanakan)]         // 002 Ps 12(6), 12(4)
    [InlineData(PresetRegulasi.IndragiriHilir, KetuaDariPemilikKinerja.Diutamakan, PengawasSebagaiKetua.TidakDiatur)]                       // 003 Ps 8(3)
    [InlineData(PresetRegulasi.Sambas, KetuaDariPemilikKinerja.Diutamakan, PengawasSebagaiKetua.TidakDiatur)]                               // 004 Ps 10(6)
    public void DariPreset_Region_KetuaOriginAndPengawasKeys(PresetRegulasi preset, KetuaDariPemilikKinerja dariPemilik, PengawasSebagaiKetua pengawas)
    {
        K(preset).KetuaDariPemilikKinerja.ShouldBe(dariPemilik);
        K(preset).PengawasSebagaiKetua.ShouldBe(pengawas);
    }

    // 001_75f6c752ea8be86f.txt Format Surat Tugas Tim Kerja Internal, lampiran II "kelas jabatan minimal 7 (tujuh)", Ps 10(3) a–e.
    [Fact]
    public void DariPreset_MusiBanyuasin_KelasMinimalSevenAndPriorityList()
    {
        K(PresetRegulasi.MusiBanyuasin).KetuaMinimalKelasJabatan.ShouldBe(7);
        K(PresetRegulasi.MusiBanyuasin).UrutanPrioritasKetua.ShouldBeTrue();
    }

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara)]
    [InlineData(PresetRegulasi.Tarakan)]
    [InlineData(PresetRegulasi.IndragiriHilir)]
    [InlineData(PresetRegulasi.Sambas)]
    public void DariPreset_OtherRegions_NoKelasMinimalNoPriorityList(PresetRegulasi preset)
    {
        K(preset).KetuaMinimalKelasJabatan.ShouldBeNull();
        K(preset).UrutanPrioritasKetua.ShouldBeFalse();
    }

    // 004_af01d94e9933b5a2.txt Ps 10(3): a. pendidikan minimal sarjana; b. golongan minimal III/b; c. pengalaman sesuai tusi.
    [Fact]
    public void DariPreset_Sambas_PelaksanaKetuaRuleOfPs10Ayat3()
    {
        K(PresetRegulasi.Sambas).SyaratPelaksanaKetua.ShouldBe(new SyaratPelaksanaKetua(Pendidikan.S1, GolonganRuang.IIIB, PengalamanSesuaiTusi: true));
        SemuaPreset.Where(p => p != PresetRegulasi.Sambas).ShouldAllBe(p => K(p).SyaratPelaksanaKetua == null);
    }

    // 003_a712a2c678725951.txt Ps 8(4): penanggung jawab tim; no other seed has the role.
    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, false)]
    [InlineData(PresetRegulasi.MusiBanyuasin, false)]
    [InlineData(PresetRegulasi.Tarakan, false)]
    [InlineData(PresetRegulasi.IndragiriHilir, true)]
    [InlineData(PresetRegulasi.Sambas, false)]
    public void DariPreset_Region_PenanggungJawabTimOnlyInIndragiriHilir(PresetRegulasi preset, bool ada)
    {
        K(preset).PenanggungJawabTim.ShouldBe(ada);
    }

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, "Fungsional,Pelaksana,Pengawas", "Fungsional,Pelaksana,Pengawas")]                           // 000 Ps 20(1), 20(3); Ps 11(1)
    [InlineData(PresetRegulasi.MusiBanyuasin, "Fungsional,Pelaksana,Pengawas,Administrator", "Fungsional,Pelaksana,Pengawas,Administrator")] // 001 T1 lampiran II–III, T2 III–IV
    [InlineData(PresetRegulasi.Tarakan, "Fungsional,Pelaksana,Pengawas", "Fungsional,Pelaksana")]                                          // 002 Ps 12(4)–(5); Ps 1 a27
    [InlineData(PresetRegulasi.IndragiriHilir, "Fungsional,Pelaksana,Pengawas,Administrator", "Fungsional,Pelaksana")]                     // 003 Ps 8(3)–(4); Ps 8(1)
    [InlineData(PresetRegulasi.Sambas, "Fungsional,Pelaksana,Pengawas", "Fungsional,Pelaksana,Administrator")]                             // 004 Ps 10(3), Lamp I A.1.d; Lamp I B.2
    public void DariPreset_Region_WhoMayLeadAndWhoMayJoin(PresetRegulasi preset, string ketua, string anggota)
    {
        string.Join(",", K(preset).JenisDapatMenjadiKetua).ShouldBe(ketua);
        string.Join(",", K(preset).JenisDapatMenjadiAnggota).ShouldBe(anggota);
    }

    // ---- reporting.* and evaluation.onMismatch (§9.2, §12 rows 34, 37) ----

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, PenerimaLaporanTim.PimpinanUnitPemilikKinerja, PelaporanIndividu.PimpinanUnitPemilikKinerja)]                 // 000 Ps 21(1)–(2)
    [InlineData(PresetRegulasi.MusiBanyuasin, PenerimaLaporanTim.PejabatPenilaiAtauPimpinanUnit, PelaporanIndividu.PejabatPenilaiAtauPimpinanUnit)]           // 001 Ps 12(3)–(4)
    [InlineData(PresetRegulasi.Tarakan, PenerimaLaporanTim.PimpinanUnitPemilikKinerja, PelaporanIndividu.KepalaPerangkatDaerahAtauUnitKerja)]                // 002 Ps 18, 19(2)
    [InlineData(PresetRegulasi.IndragiriHilir, PenerimaLaporanTim.PimpinanUnitAtauPenanggungJawabTim, PelaporanIndividu.AtasanLangsungAtauPimpinanUnit)]     // 003 Ps 12, 13(2)
    [InlineData(PresetRegulasi.Sambas, PenerimaLaporanTim.PejabatPenilaiAtauPimpinanUnit, PelaporanIndividu.PimpinanUnitMelaluiPemilikKinerja)]              // 004 Ps 15(2)–(3)
    public void DariPreset_Region_ReportingLinesOfSection9Point2(PresetRegulasi preset, PenerimaLaporanTim ketua, PelaporanIndividu individu)
    {
        K(preset).PenerimaLaporanKetua.ShouldBe(ketua);
        K(preset).PelaporanIndividu.ShouldBe(individu);
    }

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, TindakLanjutHasilTidakSesuai.PerbaikanOlehPimpinanUnit)] // 000 Lampiran II.A.2.3c
    [InlineData(PresetRegulasi.MusiBanyuasin, TindakLanjutHasilTidakSesuai.TidakDiatur)]
    [InlineData(PresetRegulasi.Tarakan, TindakLanjutHasilTidakSesuai.TidakDiatur)]
    [InlineData(PresetRegulasi.IndragiriHilir, TindakLanjutHasilTidakSesuai.TidakDiatur)]
    [InlineData(PresetRegulasi.Sambas, TindakLanjutHasilTidakSesuai.DikembalikanKePelaksana)]           // 004 Lampiran I (UPTD, Puskesmas/Sekolah)
    public void DariPreset_Region_OnMismatch(PresetRegulasi preset, TindakLanjutHasilTidakSesuai tindakLanjut)
    {
        K(preset).TindakLanjutHasilTidakSesuai.ShouldBe(tindakLanjut);
    }

    [Fact]
    public void DariPreset_UnknownPreset_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => KebijakanTimKerja.DariPreset((PresetRegulasi)42));
    }

    // ---- KebijakanDaerah.TimKerja ----

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara)]
    [InlineData(PresetRegulasi.MusiBanyuasin)]
    [InlineData(PresetRegulasi.Tarakan)]
    [InlineData(PresetRegulasi.IndragiriHilir)]
    [InlineData(PresetRegulasi.Sambas)]
    public void KebijakanDaerah_DariPreset_TimKerjaIsPresetOfSameRegion(PresetRegulasi preset)
    {
        Teks(KebijakanDaerah.DariPreset(preset).TimKerja).ShouldBe(Teks(KebijakanTimKerja.DariPreset(preset)));
    }

    // A region stored before the Tim Kerja keys existed (jsonb without "TimKerja") reads its preset's values.
    [Theory]
    [InlineData(PresetRegulasi.Tarakan)]
    [InlineData(PresetRegulasi.IndragiriHilir)]
    public void KebijakanDaerah_JsonWithoutTimKerja_GetsPresetPolicy(PresetRegulasi preset)
    {
        var node = JsonNode.Parse(JsonSerializer.Serialize(KebijakanDaerah.DariPreset(preset), Json))!.AsObject();
        node.Remove(nameof(KebijakanDaerah.TimKerja)).ShouldBeTrue();

        var dibaca = JsonSerializer.Deserialize<KebijakanDaerah>(node.ToJsonString(), Json)!;

        Teks(dibaca.TimKerja).ShouldBe(Teks(KebijakanTimKerja.DariPreset(preset)));
    }

    // DOMAIN.md §13: a super-admin adjusts a region; the adjustment survives the round trip, the INHIL strategic list included.
    [Fact]
    public void KebijakanDaerah_JsonRoundTripWithAdjustedTimKerja_KeepsAdjustment()
    {
        var daerah = KebijakanDaerah.DariPreset(PresetRegulasi.IndragiriHilir);
        var disesuaikan = daerah with { TimKerja = daerah.TimKerja with { KetuaMinimalKelasJabatan = 8, KetuaDariPemilikKinerja = KetuaDariPemilikKinerja.Wajib } };

        var json = JsonSerializer.Serialize(disesuaikan, Json);
        var dibaca = JsonSerializer.Deserialize<KebijakanDaerah>(json, Json)!;

        dibaca.TimKerja.KetuaMinimalKelasJabatan.ShouldBe(8);
        dibaca.TimKerja.KetuaDariPemilikKinerja.ShouldBe(KetuaDariPemilikKinerja.Wajib);
        dibaca.TimKerja.Penetap.ProgramStrategisLintasPerangkatDaerah.ShouldBe([PejabatPenetapTim.KepalaDaerah]);
        daerah.TimKerja.KetuaMinimalKelasJabatan.ShouldBeNull();
        JsonSerializer.Serialize(dibaca, Json).ShouldBe(json);
    }

    // ---- the narrowest scope an official may set (lists of drafts awaiting a decree narrow by it) ----

    // 002_d52b46878c9378dd.txt Ps 12(7)b–c: the Sekda sets lintas PD teams and records the Wali Kota's lintas instansi ones.
    [Fact]
    public void CakupanMulaiDariTerendah_TarakanSekda_LintasPerangkatDaerahUpwards()
    {
        var p = K(PresetRegulasi.Tarakan).Penetap;

        p.CakupanMulaiDariTerendah([PejabatPenetapTim.SekretarisDaerah, PejabatPenetapTim.KepalaDaerah])
            .ShouldBe([CakupanTim.LintasPerangkatDaerah, CakupanTim.LintasInstansi]);
        p.CakupanMulaiDariTerendah([PejabatPenetapTim.KepalaDaerah]).ShouldBe([CakupanTim.LintasInstansi]);
    }

    // 003_a712a2c678725951.txt Ps 9(2)b–c: lintas unit teams already by the Bupati and/or Sekda; strategic ones by the Bupati.
    [Fact]
    public void CakupanMulaiDariTerendah_IndragiriHilirSekda_LintasUnitUpwards()
    {
        K(PresetRegulasi.IndragiriHilir).Penetap.CakupanMulaiDariTerendah([PejabatPenetapTim.SekretarisDaerah])
            .ShouldBe([CakupanTim.LintasUnit, CakupanTim.LintasPerangkatDaerah, CakupanTim.LintasInstansi]);
    }

    // 001_75f6c752ea8be86f.txt Ps 10(4): every team by "Keputusan Kepala Unit Organisasi", so a Sekda as such sets none.
    [Fact]
    public void CakupanMulaiDariTerendah_OfficialWhoSetsNothing_Empty()
    {
        K(PresetRegulasi.MusiBanyuasin).Penetap.CakupanMulaiDariTerendah([PejabatPenetapTim.SekretarisDaerah, PejabatPenetapTim.KepalaDaerah])
            .ShouldBeEmpty();
        K(PresetRegulasi.Sambas).Penetap.CakupanMulaiDariTerendah([PejabatPenetapTim.SekretarisDaerah]).ShouldBe(Enum.GetValues<CakupanTim>());
    }

    private static string Teks(KebijakanTimKerja k) => JsonSerializer.Serialize(k, Json);
}
