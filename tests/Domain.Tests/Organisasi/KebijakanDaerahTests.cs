using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Domain.Tests.Organisasi;

/// <summary>
/// The five presets against DOMAIN.md §12 (per-region differences) and §13 (RegionPolicy). Each row names the seed and the Pasal.
/// </summary>
public sealed class KebijakanDaerahTests
{
    // ---- kepalaDaerahTitle ----

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, GelarKepalaDaerah.Bupati)] // 000_f720e179c5bde346.txt: Peraturan Bupati HSU No. 4/2025, Ps 1 angka 3
    [InlineData(PresetRegulasi.MusiBanyuasin, GelarKepalaDaerah.Bupati)]   // 001_75f6c752ea8be86f.txt: Peraturan Bupati MUBA No. 14/2024
    [InlineData(PresetRegulasi.Tarakan, GelarKepalaDaerah.WaliKota)]       // 002_d52b46878c9378dd.txt: Peraturan Wali Kota Tarakan No. 9/2025
    [InlineData(PresetRegulasi.IndragiriHilir, GelarKepalaDaerah.Bupati)]  // 003_a712a2c678725951.txt: Peraturan Bupati INHIL No. 1/2024
    [InlineData(PresetRegulasi.Sambas, GelarKepalaDaerah.Bupati)]          // 004_af01d94e9933b5a2.txt: Peraturan Bupati Sambas No. 18/2024
    public void DariPreset_Region_HasKepalaDaerahTitleOfItsRegulation(PresetRegulasi preset, GelarKepalaDaerah gelar)
    {
        var kebijakan = KebijakanDaerah.DariPreset(preset);

        kebijakan.Preset.ShouldBe(preset);
        kebijakan.GelarKepalaDaerah.ShouldBe(gelar);
    }

    // ---- assignableJenis (DOMAIN.md §12 row 11) ----

    // 000_f720e179c5bde346.txt Ps 11(1): penunjukan "kepada Pejabat Pengawas, Pejabat Fungsional dan Pejabat Pelaksana".
    [Fact]
    public void DariPreset_HuluSungaiUtara_PengawasMayBeAssigned()
    {
        KebijakanDaerah.DariPreset(PresetRegulasi.HuluSungaiUtara).JenisDapatDitugaskan
            .ShouldBe([JenisJabatan.Fungsional, JenisJabatan.Pelaksana, JenisJabatan.Pengawas], ignoreOrder: true);
    }

    // 004_af01d94e9933b5a2.txt Lampiran I B.2: "Pejabat Penilai Kinerja menugaskan Pejabat Administrator, Pejabat Fungsional dan Pelaksana".
    [Fact]
    public void DariPreset_Sambas_AdministratorMayBeAssigned()
    {
        KebijakanDaerah.DariPreset(PresetRegulasi.Sambas).JenisDapatDitugaskan
            .ShouldBe([JenisJabatan.Fungsional, JenisJabatan.Pelaksana, JenisJabatan.Administrator], ignoreOrder: true);
    }

    // 001_75f6c752ea8be86f.txt Ps 9(1)–(2) and Ps 10(1), 002_d52b46878c9378dd.txt Ps 8, 003_a712a2c678725951.txt Ps 8(1): only
    // "Pejabat Fungsional dan pelaksana" are assigned.
    [Theory]
    [InlineData(PresetRegulasi.MusiBanyuasin)]
    [InlineData(PresetRegulasi.Tarakan)]
    [InlineData(PresetRegulasi.IndragiriHilir)]
    public void DariPreset_RegionWithoutExtraJenis_OnlyJfAndPelaksanaMayBeAssigned(PresetRegulasi preset)
    {
        KebijakanDaerah.DariPreset(preset).JenisDapatDitugaskan
            .ShouldBe([JenisJabatan.Fungsional, JenisJabatan.Pelaksana], ignoreOrder: true);
    }

    // DOMAIN.md §3.1: JPT are never the subject of a penugasan, in any region.
    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara)]
    [InlineData(PresetRegulasi.MusiBanyuasin)]
    [InlineData(PresetRegulasi.Tarakan)]
    [InlineData(PresetRegulasi.IndragiriHilir)]
    [InlineData(PresetRegulasi.Sambas)]
    public void DariPreset_AnyRegion_NeverAssignsJptAndHasNoDuplicates(PresetRegulasi preset)
    {
        var jenis = KebijakanDaerah.DariPreset(preset).JenisDapatDitugaskan;

        jenis.ShouldNotContain(JenisJabatan.JptMadya);
        jenis.ShouldNotContain(JenisJabatan.JptPratama);
        jenis.ShouldBeUnique();
    }

    // ---- ppk.model and ppk.rsudJenjangOverride (DOMAIN.md §12 row 7, §4.4, §4.5) ----

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, ModelPejabatPenilaiKinerja.Posisional)]                  // 000 Ps 7(2): PPK by position
    [InlineData(PresetRegulasi.MusiBanyuasin, ModelPejabatPenilaiKinerja.Posisional)]                    // 001 Lampiran B.1
    [InlineData(PresetRegulasi.Tarakan, ModelPejabatPenilaiKinerja.Posisional)]                          // 002 Lampiran Bab II A
    [InlineData(PresetRegulasi.IndragiriHilir, ModelPejabatPenilaiKinerja.BerjenjangMenurutJenjangJf)]   // 003_a712a2c678725951.txt Lampiran B.1 (jenjang bands)
    [InlineData(PresetRegulasi.Sambas, ModelPejabatPenilaiKinerja.Posisional)]                           // 004 Lampiran I B.1 (jenjang only in RSUD, below)
    public void DariPreset_Region_HasPpkModelOfItsRegulation(PresetRegulasi preset, ModelPejabatPenilaiKinerja model)
    {
        KebijakanDaerah.DariPreset(preset).ModelPejabatPenilaiKinerja.ShouldBe(model);
    }

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, false)]
    [InlineData(PresetRegulasi.MusiBanyuasin, false)]
    [InlineData(PresetRegulasi.Tarakan, false)]
    [InlineData(PresetRegulasi.IndragiriHilir, false)]
    [InlineData(PresetRegulasi.Sambas, true)] // 004_af01d94e9933b5a2.txt Lampiran I B.2 struktur d: RSUD PPK by jenjang (Ahli Muda/Madya: Kabid; Ahli Utama: Direktur)
    public void DariPreset_Region_RsudJenjangOverrideOnlyInSambas(PresetRegulasi preset, bool menurutJenjang)
    {
        KebijakanDaerah.DariPreset(preset).PpkRsudMenurutJenjang.ShouldBe(menurutJenjang);
    }

    // ---- kedudukan.requiresBaperjakat (DOMAIN.md §12 row 4) ----

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, true)] // 000_f720e179c5bde346.txt Ps 9(2): "berdasarkan rekomendasi dari Badan Pertimbangan Jabatan dan Kepangkatan"
    [InlineData(PresetRegulasi.MusiBanyuasin, false)]  // 001_75f6c752ea8be86f.txt Ps 7(1): Pejabat Pembina Kepegawaian alone
    [InlineData(PresetRegulasi.Tarakan, false)]        // 002_d52b46878c9378dd.txt Ps 7(3)
    [InlineData(PresetRegulasi.IndragiriHilir, false)] // 003_a712a2c678725951.txt Ps 7(4): "ditetapkan oleh Bupati"
    [InlineData(PresetRegulasi.Sambas, false)]         // 004_af01d94e9933b5a2.txt Lampiran I B.1.d
    public void DariPreset_Region_BaperjakatOnlyInHuluSungaiUtara(PresetRegulasi preset, bool perluBaperjakat)
    {
        KebijakanDaerah.DariPreset(preset).KedudukanPerluRekomendasiBaperjakat.ShouldBe(perluBaperjakat);
    }

    // ---- kedudukan.fallbackWhenNoPetaJabatan (DOMAIN.md §12 row 5, §4.7) ----

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, FallbackTanpaPetaJabatan.StrukturalSesuaiTusi)] // 000_f720e179c5bde346.txt Lampiran I: "di bawah Pejabat Struktural yang sesuai dengan tugas dan fungsinya"
    [InlineData(PresetRegulasi.MusiBanyuasin, FallbackTanpaPetaJabatan.BaganStruktur)]          // 001_75f6c752ea8be86f.txt Ps 7(4): "mengacu bagan/struktur organisasi"
    [InlineData(PresetRegulasi.Tarakan, FallbackTanpaPetaJabatan.SusunanOrganisasi)]            // 002_d52b46878c9378dd.txt Ps 7(3): "susunan organisasi dan/atau Peta Jabatan"
    [InlineData(PresetRegulasi.IndragiriHilir, FallbackTanpaPetaJabatan.TidakAda)]              // 003_a712a2c678725951.txt Ps 7(4): Peta Jabatan only, no fallback
    [InlineData(PresetRegulasi.Sambas, FallbackTanpaPetaJabatan.SusunanOrganisasi)]             // 004_af01d94e9933b5a2.txt Ps 8(3): "disesuaikan dengan struktur organisasi"
    public void DariPreset_Region_HasFallbackOfItsRegulation(PresetRegulasi preset, FallbackTanpaPetaJabatan fallback)
    {
        KebijakanDaerah.DariPreset(preset).FallbackTanpaPetaJabatan.ShouldBe(fallback);
    }

    // ---- lintasInstansi.enabled (DOMAIN.md §12 row 15) ----

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, true)] // 000_f720e179c5bde346.txt Ps 11(2) huruf c, Ps 14
    [InlineData(PresetRegulasi.MusiBanyuasin, true)]   // 001_75f6c752ea8be86f.txt Ps 10(5): team members "lintas Instansi Pemerintah"
    [InlineData(PresetRegulasi.Tarakan, true)]         // 002_d52b46878c9378dd.txt Ps 8 (ayat reconstructed) huruf c: "lintas instansi pemerintah"
    [InlineData(PresetRegulasi.IndragiriHilir, false)] // 003_a712a2c678725951.txt Ps 8(2): only "lintas Perangkat Daerah"
    [InlineData(PresetRegulasi.Sambas, true)]          // 004_af01d94e9933b5a2.txt Ps 10(5), Ps 12(1) huruf c
    public void DariPreset_Region_LintasInstansiDisabledOnlyInIndragiriHilir(PresetRegulasi preset, bool lintasInstansi)
    {
        KebijakanDaerah.DariPreset(preset).PenugasanLintasInstansi.ShouldBe(lintasInstansi);
    }

    // ---- legacy.subKoordinatorRevoked (DOMAIN.md §12 row 38, §9.6): the date the regulation was set ----

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, "2025-01-20")] // 000_f720e179c5bde346.txt Ps 26; ditetapkan di Amuntai 20 Jan 2025
    [InlineData(PresetRegulasi.MusiBanyuasin, "2024-02-23")]   // 001_75f6c752ea8be86f.txt Ps 16; ditetapkan di Sekayu 23 Feb 2024
    [InlineData(PresetRegulasi.Tarakan, null)]                 // 002_d52b46878c9378dd.txt: no revocation
    [InlineData(PresetRegulasi.IndragiriHilir, null)]          // 003_a712a2c678725951.txt: no revocation
    [InlineData(PresetRegulasi.Sambas, "2024-04-01")]          // 004_af01d94e9933b5a2.txt Ps 21; ditetapkan di Sambas 1 Apr 2024
    public void DariPreset_Region_SubKoordinatorRevokedOnDateOfRegulation(PresetRegulasi preset, string? dicabutPada)
    {
        DateOnly? diharapkan = dicabutPada is null ? null : DateOnly.ParseExact(dicabutPada, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        KebijakanDaerah.DariPreset(preset).SubKoordinatorDicabutPada.ShouldBe(diharapkan);
    }

    // ---- One summary per region, so a reader can see the whole preset at once ----

    // 003_a712a2c678725951.txt Lampiran B.1 (PPK by jenjang), Ps 7(4) (no fallback), Ps 8(2) (lintas Perangkat Daerah, not lintas instansi).
    [Fact]
    public void DariPreset_IndragiriHilir_IsJenjangBandedWithoutFallbackOrLintasInstansi()
    {
        var inhil = KebijakanDaerah.DariPreset(PresetRegulasi.IndragiriHilir);

        inhil.ModelPejabatPenilaiKinerja.ShouldBe(ModelPejabatPenilaiKinerja.BerjenjangMenurutJenjangJf);
        inhil.FallbackTanpaPetaJabatan.ShouldBe(FallbackTanpaPetaJabatan.TidakAda);
        inhil.PenugasanLintasInstansi.ShouldBeFalse();
        inhil.PpkRsudMenurutJenjang.ShouldBeFalse();
    }

    // 004_af01d94e9933b5a2.txt Lampiran I B.2 (Administrator assigned; RSUD struktur d), Ps 8(3), Ps 21.
    [Fact]
    public void DariPreset_Sambas_IsPositionalWithRsudOverride()
    {
        var sbs = KebijakanDaerah.DariPreset(PresetRegulasi.Sambas);

        sbs.ModelPejabatPenilaiKinerja.ShouldBe(ModelPejabatPenilaiKinerja.Posisional);
        sbs.PpkRsudMenurutJenjang.ShouldBeTrue();
        sbs.JenisDapatDitugaskan.ShouldContain(JenisJabatan.Administrator);
        sbs.JenisDapatDitugaskan.ShouldNotContain(JenisJabatan.Pengawas);
    }

    // 000_f720e179c5bde346.txt Ps 9(2) (BAPERJAKAT), Ps 11(1) (Pengawas assigned).
    [Fact]
    public void DariPreset_HuluSungaiUtara_NeedsBaperjakatAndAssignsPengawasButNotAdministrator()
    {
        var hsu = KebijakanDaerah.DariPreset(PresetRegulasi.HuluSungaiUtara);

        hsu.KedudukanPerluRekomendasiBaperjakat.ShouldBeTrue();
        hsu.JenisDapatDitugaskan.ShouldContain(JenisJabatan.Pengawas);
        hsu.JenisDapatDitugaskan.ShouldNotContain(JenisJabatan.Administrator);
    }

    [Fact]
    public void DariPreset_UnknownPreset_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => KebijakanDaerah.DariPreset((PresetRegulasi)99));
    }

    [Fact]
    public void DariPreset_CalledTwice_GivesEqualButIndependentPolicies()
    {
        var satu = KebijakanDaerah.DariPreset(PresetRegulasi.Tarakan);
        var dua = KebijakanDaerah.DariPreset(PresetRegulasi.Tarakan);

        var diubah = dua with { PenugasanLintasInstansi = false };

        satu.PenugasanLintasInstansi.ShouldBeTrue();
        diubah.PenugasanLintasInstansi.ShouldBeFalse();
        diubah.Preset.ShouldBe(PresetRegulasi.Tarakan);
    }

    // ---- PemerintahDaerah carries the preset ----

    [Fact]
    public void PemerintahDaerahBentuk_Preset_AppliesPolicyOfPresetAndTrimsText()
    {
        var pemda = PemerintahDaerah.Bentuk("  Kota Tarakan ", JenisDaerah.Kota, " Tarakan ", " Peraturan Wali Kota Tarakan Nomor 9 Tahun 2025 ", PresetRegulasi.Tarakan);

        pemda.Nama.ShouldBe("Kota Tarakan");
        pemda.Jenis.ShouldBe(JenisDaerah.Kota);
        pemda.Ibukota.ShouldBe("Tarakan");
        pemda.DasarHukum.ShouldBe("Peraturan Wali Kota Tarakan Nomor 9 Tahun 2025");
        pemda.Kebijakan.Preset.ShouldBe(PresetRegulasi.Tarakan);
        pemda.Kebijakan.GelarKepalaDaerah.ShouldBe(GelarKepalaDaerah.WaliKota);
    }

    // DOMAIN.md §13: "A new region starts from the closest seed and is adjusted by a super-admin."
    [Fact]
    public void TerapkanKebijakan_AdjustedPolicy_ReplacesPolicy()
    {
        var pemda = PemerintahDaerah.Bentuk("Kabupaten Contoh", JenisDaerah.Kabupaten, "Contoh", "Perbup Contoh", PresetRegulasi.IndragiriHilir);
        var disesuaikan = pemda.Kebijakan with { PenugasanLintasInstansi = true, FallbackTanpaPetaJabatan = FallbackTanpaPetaJabatan.BaganStruktur };

        pemda.TerapkanKebijakan(disesuaikan);

        pemda.Kebijakan.PenugasanLintasInstansi.ShouldBeTrue();
        pemda.Kebijakan.FallbackTanpaPetaJabatan.ShouldBe(FallbackTanpaPetaJabatan.BaganStruktur);
        pemda.Kebijakan.ModelPejabatPenilaiKinerja.ShouldBe(ModelPejabatPenilaiKinerja.BerjenjangMenurutJenjangJf);
    }
}
