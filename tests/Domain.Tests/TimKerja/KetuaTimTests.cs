using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.TimKerja;
using static SistemKerja.Domain.Tests.TimKerja.TimUji;

namespace SistemKerja.Domain.Tests.TimKerja;

/// <summary>Appointing the ketua (§8.3): V-TIM-02, V-TIM-03 (K3), V-TIM-04 (K4, K5, K7, K8), V-TIM-05 (K6), who may lead.</summary>
public sealed class KetuaTimTests
{
    private static readonly KonteksKetua TanpaAlasan = new(false, AlasanPenunjukanKetua.Tanpa);

    [Fact]
    public void TunjukKetua_Anggota_BecomesKetuaAndLeavesAnggota()
    {
        var tim = Draf();
        var putri = tim.Anggota(Profil(Putri), PresetRegulasi.Sambas);
        tim.Anggota(Profil(Wury), PresetRegulasi.Sambas);

        tim.TunjukKetua(putri.Id, TanpaAlasan, K(PresetRegulasi.Sambas)).Berhasil.ShouldBeTrue();

        tim.Ketua.ShouldBe(putri);
        tim.Anggota.Select(a => a.PegawaiId).ShouldBe([Wury]);
    }

    [Fact]
    public void TunjukKetua_NewPerson_AddedAsKetua()
    {
        var tim = Draf();
        tim.Anggota(Profil(Wury), PresetRegulasi.Tarakan);

        var hasil = tim.TunjukKetua(new PersonelBaru(Pengawas(Ramon), 10), TanpaAlasan, K(PresetRegulasi.Tarakan));

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        tim.Ketua!.PegawaiId.ShouldBe(Ramon);
        tim.Ketua.Peran.ShouldBe(PeranTim.Ketua);
    }

    // ---- V-TIM-02 ----

    [Fact]
    public void TunjukKetua_SecondKetua_RefusedVTim02()
    {
        var tim = SiapDitetapkan(PresetRegulasi.Sambas);
        var wury = tim.PersonelDariPegawai(Wury)!;

        var hasil = tim.TunjukKetua(wury.Id, TanpaAlasan, K(PresetRegulasi.Sambas));

        hasil.Kode().ShouldBe([nameof(TimHanyaMemilikiSatuKetua)]);
        hasil.ErrorUtama!.Pesan.ShouldContain("Putri Kusumawati, S.Sos.");
    }

    [Fact]
    public void TunjukKetua_NewPersonWhileKetuaExists_RefusedVTim02()
    {
        var tim = SiapDitetapkan(PresetRegulasi.Sambas);

        tim.TunjukKetua(new PersonelBaru(Profil(Fitri), 10), TanpaAlasan, K(PresetRegulasi.Sambas)).Kode().ShouldBe([nameof(TimHanyaMemilikiSatuKetua)]);
    }

    // Re-designating the same ketua updates the stored reasons (the composition changed after the choice).
    [Fact]
    public void TunjukKetua_SameKetuaAgain_UpdatesReasons()
    {
        var tim = SiapDitetapkan(PresetRegulasi.Sambas);

        tim.TunjukKetua(tim.Ketua!.Id, new KonteksKetua(false, new AlasanPenunjukanKetua(LuarUnitPemilikKinerja: "  x  ")), K(PresetRegulasi.Sambas)).Berhasil.ShouldBeTrue();

        tim.AlasanKetua.LuarUnitPemilikKinerja.ShouldBe("x");
    }

    [Fact]
    public void LepasKetua_Ketua_BackToAnggota()
    {
        var tim = SiapDitetapkan(PresetRegulasi.Sambas);

        tim.LepasKetua(K(PresetRegulasi.Sambas)).Berhasil.ShouldBeTrue();

        tim.Ketua.ShouldBeNull();
        tim.Anggota.Count.ShouldBe(3);
    }

    // 002_d52b46878c9378dd.txt: a Pengawas may lead (Ps 12(4)) but anggota are JF/Pelaksana (Ps 1 a27): releasing means removing.
    [Fact]
    public void LepasKetua_TarakanPengawas_RefusedBecauseNotAnAnggotaKind()
    {
        var tim = Draf();
        tim.TunjukKetua(new PersonelBaru(Pengawas(Ramon), 10), TanpaAlasan, K(PresetRegulasi.Tarakan)).Berhasil.ShouldBeTrue();

        tim.LepasKetua(K(PresetRegulasi.Tarakan)).Kode().ShouldBe([nameof(JenisJabatanAnggotaSesuaiKetentuan)]);
    }

    // ---- who may lead ----

    // 000 Ps 20(1) "Pejabat Fungsional atau Pejabat Pelaksana", Ps 20(3) Pengawas; Administrator only in MUBA (T1) and INHIL (Ps 8(4)).
    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, true)]
    [InlineData(PresetRegulasi.MusiBanyuasin, false)]
    [InlineData(PresetRegulasi.Tarakan, true)]
    [InlineData(PresetRegulasi.IndragiriHilir, false)]
    [InlineData(PresetRegulasi.Sambas, true)]
    public void TunjukKetua_Administrator_OnlyWhereTheSeedAllows(PresetRegulasi preset, bool ditolak)
    {
        var admin = Profil(Ramon, jenis: JenisJabatan.Administrator, kelas: 11, namaJabatan: "Kepala Bagian Hukum");

        var hasil = Draf().TunjukKetua(new PersonelBaru(admin, 10), TanpaAlasan, K(preset));

        hasil.Kode().ShouldBe(ditolak ? [nameof(JenisJabatanKetuaSesuaiKetentuan)] : []);
    }

    // ---- V-TIM-03 (K3) ----

    // 002_d52b46878c9378dd.txt Ps 12(6): "ketua Tim Kerja berasal dari Perangkat Daerah/Unit Kerja pemilik kinerja" — a block.
    [Fact]
    public void TunjukKetua_TarakanKetuaFromOtherUnit_BlockedEvenWithReason()
    {
        var tim = Draf();
        var fitri = tim.Anggota(Profil(Fitri, asal: LintasUnit), PresetRegulasi.Tarakan, BuktiPelibatan.Dari(PermohonanDisetujui(Fitri)));

        var hasil = tim.TunjukKetua(fitri.Id, new KonteksKetua(false, new AlasanPenunjukanKetua(LuarUnitPemilikKinerja: "Paling menguasai")), K(PresetRegulasi.Tarakan));

        hasil.Kode().ShouldBe([nameof(KetuaBerasalDariUnitPemilikKinerja)]);
        hasil.ErrorUtama!.Pesan.ShouldBe("Ketua tim harus berasal dari unit organisasi pemilik kinerja.");
    }

    // 000 Ps 20(2), 001 Ps 10(5), 003 Ps 8(3), 004 Ps 10(6): "diutamakan" — allowed with a stored reason [P].
    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara)]
    [InlineData(PresetRegulasi.MusiBanyuasin)]
    [InlineData(PresetRegulasi.IndragiriHilir)]
    [InlineData(PresetRegulasi.Sambas)]
    public void TunjukKetua_PreferredRegionKetuaFromOtherUnit_NeedsReason(PresetRegulasi preset)
    {
        var tim = Draf();
        var fitri = tim.Anggota(Profil(Fitri, asal: LintasUnit), preset, BuktiPelibatan.Dari(PermohonanDisetujui(Fitri)));

        tim.TunjukKetua(fitri.Id, TanpaAlasan, K(preset)).Kode().ShouldBe([nameof(KetuaBerasalDariUnitPemilikKinerja)]);
        tim.TunjukKetua(fitri.Id, new KonteksKetua(false, new AlasanPenunjukanKetua(LuarUnitPemilikKinerja: "Satu-satunya analis hukum")), K(preset))
            .Berhasil.ShouldBeTrue();
        tim.AlasanKetua.LuarUnitPemilikKinerja.ShouldBe("Satu-satunya analis hukum");
    }

    // ---- V-TIM-04 ----

    // 001_75f6c752ea8be86f.txt T1 lampiran II: "kelas jabatan minimal 7 (tujuh) atau kelas jabatan di atasnya".
    [Theory]
    [InlineData(6, true)]
    [InlineData(7, false)]
    public void TunjukKetua_MusiBanyuasinKelasJabatan_MinimalSeven(int kelas, bool ditolak)
    {
        var hasil = Draf().TunjukKetua(new PersonelBaru(Pelaksana(kelas: kelas), 10), TanpaAlasan, K(PresetRegulasi.MusiBanyuasin));

        hasil.Kode().ShouldBe(ditolak ? [nameof(KetuaMemenuhiKelasJabatanMinimal)] : []);
        if (ditolak)
        {
            hasil.ErrorUtama!.Pesan.ShouldBe("Ketua tim harus memiliki kelas jabatan minimal 7 atau di atasnya (kelas jabatan Jumiadi, S.A.P. (Pengolah Data): 6).");
        }
    }

    // 004_af01d94e9933b5a2.txt Ps 10(3): a. minimal sarjana; b. minimal III/b; c. pengalaman sesuai tusi. Each missing one blocks.
    [Theory]
    [InlineData(Pendidikan.S1, GolonganRuang.IIIB, true, null)]
    [InlineData(Pendidikan.D3, GolonganRuang.IIIB, true, "pendidikan D3")]
    [InlineData(Pendidikan.S1, GolonganRuang.IIIA, true, "golongan III/a")]
    [InlineData(Pendidikan.S2, GolonganRuang.IVA, false, "pengalaman sesuai tugas dan fungsi belum dinyatakan")]
    public void TunjukKetua_SambasPelaksana_MustMeetPs10Ayat3(Pendidikan pendidikan, GolonganRuang golongan, bool pengalaman, string? kurang)
    {
        var hasil = Draf().TunjukKetua(new PersonelBaru(Pelaksana(pendidikan: pendidikan, golongan: golongan, pengalaman: pengalaman), 10), TanpaAlasan, K(PresetRegulasi.Sambas));

        hasil.Kode().ShouldBe(kurang is null ? [] : [nameof(PelaksanaSebagaiKetuaMemenuhiSyarat)]);
        if (kurang is not null)
        {
            hasil.ErrorUtama!.Pesan.ShouldBe("Pelaksana dapat ditugaskan menjadi ketua tim dengan pendidikan minimal sarjana, golongan minimal III/b, "
                + $"dan pengalaman sesuai tugas dan fungsi. Belum terpenuhi: {kurang}.");
        }
    }

    // §15 Q-12 [P]: a PPPK Pelaksana has no golongan ruang, so SBS (b) is not met until BKPSDM maps the grades.
    [Fact]
    public void TunjukKetua_SambasPppkPelaksana_Blocked()
    {
        var hasil = Draf().TunjukKetua(new PersonelBaru(Pelaksana(golongan: null), 10), TanpaAlasan, K(PresetRegulasi.Sambas));

        hasil.Kode().ShouldBe([nameof(PelaksanaSebagaiKetuaMemenuhiSyarat)]);
        hasil.ErrorUtama!.Pesan.ShouldEndWith("Belum terpenuhi: tidak memiliki golongan ruang PNS.");
    }

    // The SBS Pelaksana rule does not touch a JF, nor a Pelaksana elsewhere.
    [Fact]
    public void TunjukKetua_PelaksanaD3OutsideSambas_Allowed()
    {
        Draf().TunjukKetua(new PersonelBaru(Pelaksana(pendidikan: Pendidikan.D3, golongan: GolonganRuang.IIC), 10), TanpaAlasan, K(PresetRegulasi.IndragiriHilir))
            .Berhasil.ShouldBeTrue();
    }

    // 000_f720e179c5bde346.txt Ps 20(3): Pengawas remain → the PUO appoints the Pengawas ([P] warn with a reason, Q-21).
    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, "Pengawas sedang tugas belajar", false)]
    [InlineData(false, null, false)]
    public void TunjukKetua_HuluSungaiUtaraJfWhilePengawasRemain_NeedsReason(bool masihAdaPengawas, string? alasan, bool ditolak)
    {
        var konteks = new KonteksKetua(masihAdaPengawas, new AlasanPenunjukanKetua(KetentuanPengawas: alasan));

        var hasil = Draf().TunjukKetua(new PersonelBaru(Profil(Putri), 10), konteks, K(PresetRegulasi.HuluSungaiUtara));

        hasil.Kode().ShouldBe(ditolak ? [nameof(KetuaPengawasJikaMasihAda)] : []);
    }

    [Fact]
    public void TunjukKetua_HuluSungaiUtaraPengawasWhilePengawasRemain_NoReasonNeeded()
    {
        Draf().TunjukKetua(new PersonelBaru(Pengawas(Ramon), 10), new KonteksKetua(true, AlasanPenunjukanKetua.Tanpa), K(PresetRegulasi.HuluSungaiUtara))
            .Berhasil.ShouldBeTrue();
    }

    // 002_d52b46878c9378dd.txt Ps 12(4): not simplified → Pengawas or JF; a Pelaksana needs a reason [P]. Ps 12(5): simplified → JF or Pelaksana.
    [Theory]
    [InlineData(true, JenisJabatan.Pelaksana, true)]
    [InlineData(true, JenisJabatan.Fungsional, false)]
    [InlineData(false, JenisJabatan.Pelaksana, false)]
    public void TunjukKetua_TarakanNotSimplified_PengawasOrJf(bool belumDisederhanakan, JenisJabatan jenis, bool ditolak)
    {
        var calon = jenis == JenisJabatan.Pelaksana ? Pelaksana() : Profil();

        var hasil = Draf().TunjukKetua(new PersonelBaru(calon, 10), new KonteksKetua(belumDisederhanakan, AlasanPenunjukanKetua.Tanpa), K(PresetRegulasi.Tarakan));

        hasil.Kode().ShouldBe(ditolak ? [nameof(KetuaPengawasAtauJfPadaUnitBelumDisederhanakan)] : []);
    }

    // ---- V-TIM-05 (K6) ----

    // 001_75f6c752ea8be86f.txt Ps 10(3): with a JF keahlian in the team, a Pelaksana III/d as ketua needs a reason; with it, it is stored.
    [Fact]
    public void TunjukKetua_MusiBanyuasinLowerPriority_NeedsReason()
    {
        var tim = Draf();
        tim.Anggota(Profil(Putri, "Putri Kusumawati, S.Sos."), PresetRegulasi.MusiBanyuasin);
        var jumiadi = tim.Anggota(Pelaksana(Jumiadi, golongan: GolonganRuang.IIID), PresetRegulasi.MusiBanyuasin);

        var tanpa = tim.TunjukKetua(jumiadi.Id, TanpaAlasan, K(PresetRegulasi.MusiBanyuasin));
        var dengan = tim.TunjukKetua(jumiadi.Id, new KonteksKetua(false, new AlasanPenunjukanKetua(BukanPrioritas: "Pengalaman 10 tahun di tatalaksana")),
            K(PresetRegulasi.MusiBanyuasin));

        tanpa.Kode().ShouldBe([nameof(KetuaBukanPrioritasPerluAlasan)]);
        tanpa.ErrorUtama!.Pesan.ShouldStartWith("Calon ketua dengan urutan prioritas lebih tinggi tersedia: Putri Kusumawati, S.Sos. (Analis Kebijakan).");
        dengan.Berhasil.ShouldBeTrue();
        tim.AlasanKetua.BukanPrioritas.ShouldBe("Pengalaman 10 tahun di tatalaksana");
    }

    [Fact]
    public void TunjukKetua_MusiBanyuasinTopPriority_NoReasonNeeded()
    {
        var tim = Draf();
        var putri = tim.Anggota(Profil(Putri), PresetRegulasi.MusiBanyuasin);
        tim.Anggota(Pelaksana(Jumiadi, golongan: GolonganRuang.IIID), PresetRegulasi.MusiBanyuasin);

        tim.TunjukKetua(putri.Id, TanpaAlasan, K(PresetRegulasi.MusiBanyuasin)).Berhasil.ShouldBeTrue();
    }

    // The priority list is MUBA's; elsewhere the same choice needs no reason.
    [Fact]
    public void TunjukKetua_SambasLowerInK6Order_NoReasonNeeded()
    {
        var tim = Draf();
        tim.Anggota(Profil(Putri), PresetRegulasi.Sambas);
        var jumiadi = tim.Anggota(Pelaksana(Jumiadi, golongan: GolonganRuang.IIID), PresetRegulasi.Sambas);

        tim.TunjukKetua(jumiadi.Id, TanpaAlasan, K(PresetRegulasi.Sambas)).Berhasil.ShouldBeTrue();
    }

    // A higher-priority person who cannot lead (MUBA kelas < 7) does not make the choice "lower".
    [Fact]
    public void TunjukKetua_MusiBanyuasinHigherCandidateIneligible_NoReasonNeeded()
    {
        var tim = Draf();
        tim.Anggota(Profil(Putri, kelas: 6), PresetRegulasi.MusiBanyuasin);
        var jumiadi = tim.Anggota(Pelaksana(Jumiadi, kelas: 7), PresetRegulasi.MusiBanyuasin);

        tim.TunjukKetua(jumiadi.Id, TanpaAlasan, K(PresetRegulasi.MusiBanyuasin)).Berhasil.ShouldBeTrue();
    }

    // Following K3 (001 Ps 10(5): ketua from the unit pemilik kinerja) over a better a–e candidate from another unit needs no reason.
    [Fact]
    public void TunjukKetua_MusiBanyuasinHomeUnitOverBetterCrossUnit_NoReasonNeeded()
    {
        var tim = Draf();
        tim.Anggota(Profil(Fitri, jenjang: JenjangFungsional.AhliUtama, asal: LintasUnit), PresetRegulasi.MusiBanyuasin, BuktiPelibatan.Dari(PermohonanDisetujui(Fitri)));
        var jumiadi = tim.Anggota(Pelaksana(Jumiadi), PresetRegulasi.MusiBanyuasin);

        tim.TunjukKetua(jumiadi.Id, TanpaAlasan, K(PresetRegulasi.MusiBanyuasin)).Berhasil.ShouldBeTrue();
    }

    // Adding a higher-ranked anggota after the choice makes the reason necessary at the decree.
    [Fact]
    public void Tetapkan_MusiBanyuasinHigherAnggotaAddedAfterChoice_RefusedVTim05()
    {
        var tim = Draf();
        var jumiadi = tim.Anggota(Pelaksana(Jumiadi), PresetRegulasi.MusiBanyuasin);
        tim.Anggota(Pelaksana(Wury, "Wury"), PresetRegulasi.MusiBanyuasin);
        tim.TunjukKetua(jumiadi.Id, TanpaAlasan, K(PresetRegulasi.MusiBanyuasin)).Berhasil.ShouldBeTrue();
        tim.Anggota(Profil(Putri, penyetaraan: true), PresetRegulasi.MusiBanyuasin);

        tim.Tetapkan(Penetap(PejabatPenetapTim.PimpinanUnitOrganisasi), K(PresetRegulasi.MusiBanyuasin), HariIni, Waktu)
            .Kode().ShouldBe([nameof(KetuaBukanPrioritasPerluAlasan)]);
    }
}
