using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Domain.Tests.Penugasan;

/// <summary>
/// The penugasan keys of the five presets against DOMAIN.md §6.10 (D1–D7) and §13, and how they survive storage as JSON.
/// Seed files: 000_f720e179c5bde346.txt HSU, 001_75f6c752ea8be86f.txt MUBA, 002_d52b46878c9378dd.txt TRK,
/// 003_a712a2c678725951.txt INHIL, 004_af01d94e9933b5a2.txt SBS.
/// </summary>
public sealed class KebijakanPenugasanTests
{
    /// <summary>The options the Infrastructure uses for the jsonb column (enums as strings).</summary>
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, PenerbitPenunjukanDalamUnit.PimpinanUnitOrganisasi)]           // 000 Ps 11(1), 12
    [InlineData(PresetRegulasi.MusiBanyuasin, PenerbitPenunjukanDalamUnit.PimpinanUnitOrganisasi)]             // 001 Ps 9(4)
    [InlineData(PresetRegulasi.Tarakan, PenerbitPenunjukanDalamUnit.PejabatPenilaiAtauPimpinanUnit)]           // 002 Ps 9(4)
    [InlineData(PresetRegulasi.IndragiriHilir, PenerbitPenunjukanDalamUnit.PimpinanUnitOrganisasi)]            // 003 Ps 9(1)
    [InlineData(PresetRegulasi.Sambas, PenerbitPenunjukanDalamUnit.PejabatPenilaiAtauPimpinanUnit)]            // 004 Ps 11(4)
    public void DariPreset_Region_PenunjukanDalamUnitIssuerOfD14(PresetRegulasi preset, PenerbitPenunjukanDalamUnit penerbit)
    {
        KebijakanPenugasan.DariPreset(preset).PenerbitPenunjukanDalamUnit.ShouldBe(penerbit);
    }

    // §13 penunjukan.dalamUnit.document: 001_75f6c752ea8be86f.txt Ps 9(4) "surat perintah tugas"; 004_af01d94e9933b5a2.txt
    // Lampiran II format 5 "SURAT PERINTAH TUGAS"; 000 Ps 13c, 002 Ps 13(2), 003 Lampiran C.1.b.3 "surat penugasan" (Surat Tugas).
    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, JenisSuratPenugasan.SuratTugas)]
    [InlineData(PresetRegulasi.MusiBanyuasin, JenisSuratPenugasan.SuratPerintahTugas)]
    [InlineData(PresetRegulasi.Tarakan, JenisSuratPenugasan.SuratTugas)]
    [InlineData(PresetRegulasi.IndragiriHilir, JenisSuratPenugasan.SuratTugas)]
    [InlineData(PresetRegulasi.Sambas, JenisSuratPenugasan.SuratPerintahTugas)]
    public void DariPreset_Region_LetterTitleOfRegion(PresetRegulasi preset, JenisSuratPenugasan jenis)
    {
        KebijakanPenugasan.DariPreset(preset).JenisSurat.ShouldBe(jenis);
    }

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, PenerimaPermohonanPelibatan.PimpinanUnitAsal, RekomendasiPelibatan.PejabatPenilaiKePimpinanUnit,
        PenerbitSuratPelibatan.PegawaiMenyusunPimpinanUnitAsalMenandatangani)] // 000 Ps 13a–c
    [InlineData(PresetRegulasi.MusiBanyuasin, PenerimaPermohonanPelibatan.PimpinanUnitAsal, RekomendasiPelibatan.TidakAda,
        PenerbitSuratPelibatan.PimpinanUnitPemilikKinerja)] // 001 Ps 11(1)a–c
    [InlineData(PresetRegulasi.Tarakan, PenerimaPermohonanPelibatan.PejabatPenilaiAsal, RekomendasiPelibatan.KepalaUnitKePejabatPenilai,
        PenerbitSuratPelibatan.PejabatPenilaiAsal)] // 002 Lampiran B.1.b(1)–(3)
    [InlineData(PresetRegulasi.IndragiriHilir, PenerimaPermohonanPelibatan.PimpinanUnitAsal, RekomendasiPelibatan.PejabatAdministrasi,
        PenerbitSuratPelibatan.PimpinanUnitAsal)] // 003 Lampiran C.1.b.1–3
    [InlineData(PresetRegulasi.Sambas, PenerimaPermohonanPelibatan.PimpinanUnitAsal, RekomendasiPelibatan.TidakAda,
        PenerbitSuratPelibatan.KepalaPerangkatDaerahAsal)] // 004 Ps 12(3), Lampiran II format 5
    public void DariPreset_Region_PelibatanKeysOfD3D5D6(PresetRegulasi preset, PenerimaPermohonanPelibatan penerima, RekomendasiPelibatan rekomendasi,
        PenerbitSuratPelibatan penerbit)
    {
        var k = KebijakanPenugasan.DariPreset(preset);

        k.PenerimaPermohonanPelibatan.ShouldBe(penerima);
        k.RekomendasiPelibatan.ShouldBe(rekomendasi);
        k.PenerbitSuratPelibatan.ShouldBe(penerbit);
        k.TembusanPelibatan.ShouldBe([PenerimaTembusan.PejabatPenilaiAsal]); // §13 pelibatan.tembusan: TRK Lampiran B.1.b(1); [P] elsewhere
    }

    // §13 pelibatan.availabilityChecks: only 001_75f6c752ea8be86f.txt Lampiran B.2.b "harus memastikan ketersediaan".
    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, PemeriksaanKetersediaan.Dianjurkan)]
    [InlineData(PresetRegulasi.MusiBanyuasin, PemeriksaanKetersediaan.Wajib)]
    [InlineData(PresetRegulasi.Tarakan, PemeriksaanKetersediaan.Dianjurkan)]
    [InlineData(PresetRegulasi.IndragiriHilir, PemeriksaanKetersediaan.Dianjurkan)]
    [InlineData(PresetRegulasi.Sambas, PemeriksaanKetersediaan.Dianjurkan)]
    public void DariPreset_Region_AvailabilityChecksMandatoryOnlyInMusiBanyuasin(PresetRegulasi preset, PemeriksaanKetersediaan pemeriksaan)
    {
        KebijakanPenugasan.DariPreset(preset).PemeriksaanKetersediaan.ShouldBe(pemeriksaan);
    }

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, CakupanSukarelaMaksimal.PemerintahDaerah, BentukPengajuan.Lisan, true)]   // 000 Lampiran II.B, B.1a
    [InlineData(PresetRegulasi.MusiBanyuasin, CakupanSukarelaMaksimal.PemerintahDaerah, BentukPengajuan.Tertulis, false)] // 001 Ps 11(2)a
    [InlineData(PresetRegulasi.Tarakan, CakupanSukarelaMaksimal.PemerintahDaerah, BentukPengajuan.Lisan, false)]          // 002 Ps 14(2)a, Lampiran B.2
    [InlineData(PresetRegulasi.IndragiriHilir, CakupanSukarelaMaksimal.PerangkatDaerah, BentukPengajuan.Lisan, false)]    // 003 Lampiran C.2, C.2.a.1
    [InlineData(PresetRegulasi.Sambas, CakupanSukarelaMaksimal.PemerintahDaerah, BentukPengajuan.Tertulis, false)]        // 004 Lampiran II format 1
    public void DariPreset_Region_SukarelaKeysOfD1D7(PresetRegulasi preset, CakupanSukarelaMaksimal cakupan, BentukPengajuan bentuk, bool bolehKePpk)
    {
        var k = KebijakanPenugasan.DariPreset(preset);

        k.CakupanSukarelaMaksimal.ShouldBe(cakupan);
        k.BentukSukarelaDalamUnit.ShouldBe(bentuk);
        k.SukarelaDalamUnitBolehKePejabatPenilai.ShouldBe(bolehKePpk);
    }

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, PersetujuanAwalSukarela.PejabatPenilaiAtauPimpinanUnit,
        PenerbitSuratSukarela.PegawaiMenyusunDitandatanganiAtasanAsal, false, false)] // 000 Lampiran II.B.2a, c
    [InlineData(PresetRegulasi.MusiBanyuasin, PersetujuanAwalSukarela.LisanKePimpinanUnit, PenerbitSuratSukarela.PimpinanUnitAsal, false, false)] // 001 Ps 11(3)a, e
    [InlineData(PresetRegulasi.Tarakan, PersetujuanAwalSukarela.PersetujuanKepalaUnitAsal, PenerbitSuratSukarela.PejabatPenilaiAsal, true, false)] // 002 Ps 14(3)a, Lampiran B.2.b(3)
    [InlineData(PresetRegulasi.IndragiriHilir, PersetujuanAwalSukarela.TidakAda, PenerbitSuratSukarela.PimpinanUnitAsal, false, false)] // 003 Lampiran C.2.b
    [InlineData(PresetRegulasi.Sambas, PersetujuanAwalSukarela.MengetahuiAtasanLangsung, PenerbitSuratSukarela.KepalaPerangkatDaerahAsal, true, true)] // 004 formats 1, 3–5
    public void DariPreset_Region_SukarelaLintasKeysOfD2D4(PresetRegulasi preset, PersetujuanAwalSukarela persetujuanAwal, PenerbitSuratSukarela penerbit,
        bool hanyaAnggotaTim, bool diputuskanPpk)
    {
        var k = KebijakanPenugasan.DariPreset(preset);

        k.PersetujuanAwalSukarelaLintas.ShouldBe(persetujuanAwal);
        k.PenerbitSuratSukarelaLintas.ShouldBe(penerbit);
        k.SukarelaLintasHanyaSebagaiAnggotaTim.ShouldBe(hanyaAnggotaTim);
        k.SukarelaLintasDiputuskanPejabatPenilaiTujuan.ShouldBe(diputuskanPpk);
    }

    // §13 sukarela.lintas.tembusan: 000 Lampiran II.B (PPK), 001 Ps 11(3)b (PUO bersangkutan), 002 Lampiran B.2.b(1) (PPK and Kepala),
    // 003 Lampiran C.2.b.1 (PUO bersangkutan), 004 format 1 (none).
    [Fact]
    public void DariPreset_AllRegions_SukarelaLintasCopiesOfSection13()
    {
        KebijakanPenugasan.DariPreset(PresetRegulasi.HuluSungaiUtara).TembusanSukarelaLintas.ShouldBe([PenerimaTembusan.PejabatPenilaiAsal]);
        KebijakanPenugasan.DariPreset(PresetRegulasi.MusiBanyuasin).TembusanSukarelaLintas.ShouldBe([PenerimaTembusan.PimpinanUnitAsal]);
        KebijakanPenugasan.DariPreset(PresetRegulasi.Tarakan).TembusanSukarelaLintas.ShouldBe([PenerimaTembusan.PejabatPenilaiAsal, PenerimaTembusan.PimpinanUnitAsal]);
        KebijakanPenugasan.DariPreset(PresetRegulasi.IndragiriHilir).TembusanSukarelaLintas.ShouldBe([PenerimaTembusan.PimpinanUnitAsal]);
        KebijakanPenugasan.DariPreset(PresetRegulasi.Sambas).TembusanSukarelaLintas.ShouldBeEmpty();
    }

    [Fact]
    public void DariPreset_UnknownPreset_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => KebijakanPenugasan.DariPreset((PresetRegulasi)42));
    }

    // ---- KebijakanDaerah.Penugasan ----

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara)]
    [InlineData(PresetRegulasi.MusiBanyuasin)]
    [InlineData(PresetRegulasi.Tarakan)]
    [InlineData(PresetRegulasi.IndragiriHilir)]
    [InlineData(PresetRegulasi.Sambas)]
    public void KebijakanDaerah_DariPreset_PenugasanIsPresetOfSameRegion(PresetRegulasi preset)
    {
        Teks(KebijakanDaerah.DariPreset(preset).Penugasan).ShouldBe(Teks(KebijakanPenugasan.DariPreset(preset)));
    }

    // DOMAIN.md §13: a super-admin adjusts a region; the adjustment replaces the preset's values.
    [Fact]
    public void KebijakanDaerah_PenugasanAdjusted_KeepsAdjustment()
    {
        var daerah = KebijakanDaerah.DariPreset(PresetRegulasi.Tarakan);
        var disesuaikan = daerah with { Penugasan = daerah.Penugasan with { PemeriksaanKetersediaan = PemeriksaanKetersediaan.Wajib } };

        disesuaikan.Penugasan.PemeriksaanKetersediaan.ShouldBe(PemeriksaanKetersediaan.Wajib);
        daerah.Penugasan.PemeriksaanKetersediaan.ShouldBe(PemeriksaanKetersediaan.Dianjurkan);
    }

    // A region stored before the penugasan keys existed (jsonb without "Penugasan") reads its preset's values (System.Text.Json).
    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara)]
    [InlineData(PresetRegulasi.MusiBanyuasin)]
    [InlineData(PresetRegulasi.Tarakan)]
    [InlineData(PresetRegulasi.IndragiriHilir)]
    [InlineData(PresetRegulasi.Sambas)]
    public void KebijakanDaerah_JsonWithoutPenugasan_GetsPresetPolicy(PresetRegulasi preset)
    {
        var node = JsonNode.Parse(JsonSerializer.Serialize(KebijakanDaerah.DariPreset(preset), Json))!.AsObject();
        node.Remove(nameof(KebijakanDaerah.Penugasan)).ShouldBeTrue();
        node.ContainsKey(nameof(KebijakanDaerah.Penugasan)).ShouldBeFalse();

        var dibaca = JsonSerializer.Deserialize<KebijakanDaerah>(node.ToJsonString(), Json)!;

        dibaca.Preset.ShouldBe(preset);
        Teks(dibaca.Penugasan).ShouldBe(Teks(KebijakanPenugasan.DariPreset(preset)));
    }

    // The earlier shape, written by hand: only the organisation keys, enums as strings.
    [Fact]
    public void KebijakanDaerah_HandWrittenLegacyJson_SambasGetsSambasPenugasan()
    {
        const string json = """
            {"Preset":"Sambas","GelarKepalaDaerah":"Bupati","JenisDapatDitugaskan":["Fungsional","Pelaksana","Administrator"],
             "ModelPejabatPenilaiKinerja":"Posisional","PpkRsudMenurutJenjang":true,"KedudukanPerluRekomendasiBaperjakat":false,
             "FallbackTanpaPetaJabatan":"SusunanOrganisasi","PenugasanLintasInstansi":true,"SubKoordinatorDicabutPada":"2024-04-01"}
            """;

        var dibaca = JsonSerializer.Deserialize<KebijakanDaerah>(json, Json)!;

        dibaca.Penugasan.PenerbitSuratPelibatan.ShouldBe(PenerbitSuratPelibatan.KepalaPerangkatDaerahAsal);
        dibaca.Penugasan.PersetujuanAwalSukarelaLintas.ShouldBe(PersetujuanAwalSukarela.MengetahuiAtasanLangsung);
        dibaca.Penugasan.TembusanSukarelaLintas.ShouldBeEmpty();
        dibaca.Penugasan.SukarelaLintasHanyaSebagaiAnggotaTim.ShouldBeTrue();
    }

    // An adjusted policy survives the round trip (the value comparer in Infrastructure compares the JSON text).
    [Fact]
    public void KebijakanDaerah_JsonRoundTripWithAdjustedPenugasan_KeepsAdjustment()
    {
        var daerah = KebijakanDaerah.DariPreset(PresetRegulasi.IndragiriHilir);
        var disesuaikan = daerah with
        {
            Penugasan = daerah.Penugasan with
            {
                PemeriksaanKetersediaan = PemeriksaanKetersediaan.Wajib,
                TembusanPelibatan = [PenerimaTembusan.PejabatPenilaiAsal, PenerimaTembusan.KepalaPerangkatDaerahAsal],
            },
        };

        var json = JsonSerializer.Serialize(disesuaikan, Json);
        var dibaca = JsonSerializer.Deserialize<KebijakanDaerah>(json, Json)!;

        json.ShouldContain("\"PemeriksaanKetersediaan\":\"Wajib\"");
        dibaca.Penugasan.PemeriksaanKetersediaan.ShouldBe(PemeriksaanKetersediaan.Wajib);
        dibaca.Penugasan.TembusanPelibatan.ShouldBe([PenerimaTembusan.PejabatPenilaiAsal, PenerimaTembusan.KepalaPerangkatDaerahAsal]);
        dibaca.Penugasan.CakupanSukarelaMaksimal.ShouldBe(CakupanSukarelaMaksimal.PerangkatDaerah);
        JsonSerializer.Serialize(dibaca, Json).ShouldBe(json);
    }

    // Serialising always writes "Penugasan" (the getter falls back to the preset), so after the first save every row holds a full
    // KebijakanPenugasan object. A key added later as `required` (JenisSurat, in the working tree) then makes those rows unreadable:
    // the "no data migration is needed" promise of KebijakanDaerah.Penugasan only holds for the whole object, not per key.
    [Fact(Skip = "KNOWN LIMITATION (tracked in the README): a stored Penugasan object that lacks a key added later fails to load; adding a required policy key needs a data migration that writes the preset value into pemerintah_daerah.Kebijakan")]
    public void KebijakanDaerah_StoredPenugasanWithoutLaterKey_GetsPresetValue()
    {
        var node = JsonNode.Parse(JsonSerializer.Serialize(KebijakanDaerah.DariPreset(PresetRegulasi.MusiBanyuasin), Json))!.AsObject();
        node[nameof(KebijakanDaerah.Penugasan)]!.AsObject().Remove("JenisSurat").ShouldBeTrue();

        var dibaca = JsonSerializer.Deserialize<KebijakanDaerah>(node.ToJsonString(), Json)!;

        Teks(dibaca.Penugasan).ShouldBe(Teks(KebijakanPenugasan.DariPreset(PresetRegulasi.MusiBanyuasin)));
    }

    /// <summary>Record equality compares the lists by reference, so compare the JSON text instead.</summary>
    private static string Teks(KebijakanPenugasan k) => JsonSerializer.Serialize(k, Json);
}
