using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using SistemKerja.Domain.TimKerja;
using static SistemKerja.Domain.Tests.TimKerja.TimUji;

namespace SistemKerja.Domain.Tests.TimKerja;

/// <summary>
/// Composing a Tim Kerja (DOMAIN.md §8.1, §8.4, §6.4 step 1): details, personnel, V-TIM-02, V-TIM-07, the INHIL penanggung
/// jawab tim. Seed files as in <see cref="TimUji"/>.
/// </summary>
public sealed class TimTests
{
    // ---- Sebutan: how documents name the team ----

    // 001_75f6c752ea8be86f.txt T1 "menjadi Tim Evaluasi Kebijakan Tata Naskah Dinas"; 004 T8 "Pembentukan Tim Kerja ...": the
    // word "Tim" is written once however the user typed the name.
    [Theory]
    [InlineData("Dasbor Layanan", "Tim Kerja Dasbor Layanan")]
    [InlineData("Tim Dasbor Layanan", "Tim Kerja Dasbor Layanan")]
    [InlineData("tim  Dasbor Layanan", "Tim Kerja Dasbor Layanan")]
    [InlineData("Tim Kerja Dasbor Layanan", "Tim Kerja Dasbor Layanan")]
    [InlineData("  Timbangan Pasar ", "Tim Kerja Timbangan Pasar")]
    public void Sebutan_TidakMengulangKataTim(string nama, string sebutan)
    {
        Tim.Sebutan(nama).ShouldBe(sebutan);
        Draf(Rincian() with { Nama = nama }).SebutanLengkap.ShouldBe(sebutan);
    }

    // ---- Rancang ----

    // 004_af01d94e9933b5a2.txt Lampiran II format 6 Lampiran: sub kegiatan, nama kegiatan, sasaran "Tersusunnya Peraturan Bupati …", satuan "1 Dokumen".
    [Fact]
    public void Rancang_Valid_DrafWithTrimmedTasksAndNoPersonnel()
    {
        var tim = Draf(Rincian(tugas: ["  Menyusun Peta Proses Bisnis  ", "   ", "Menyusun KAK"]));

        tim.Status.ShouldBe(StatusTim.Draf);
        tim.Nama.ShouldBe("Tim Penyusunan Kebijakan Bidang Tatalaksana");
        tim.Tugas.ShouldBe(["Menyusun Peta Proses Bisnis", "Menyusun KAK"]);
        tim.Sasaran.ShouldBe("Tersusunnya Peraturan Bupati bidang Tatalaksana");
        tim.SatuanSasaran.ShouldBe("1 Dokumen");
        tim.JenisTugas.ShouldBe(JenisTugasTim.Insidental);
        (tim.TanggalMulai, tim.TanggalSelesai).ShouldBe((Mulai, Selesai));
        tim.UnitPemilikKinerjaId.ShouldBe(UnitPemilik);
        tim.PerangkatDaerahPemilikKinerjaId.ShouldBe(PdPemilik);
        tim.Personel.ShouldBeEmpty();
        tim.Ketua.ShouldBeNull();
        tim.Cakupan.ShouldBe(CakupanTim.DalamUnit);
        tim.PenerimaHasil.JabatanId.ShouldBe(JabatanPuo); // [P] §10: the PUO pemilik kinerja when no acceptor is named
        tim.Keputusan.ShouldBeNull();
    }

    // G5: "periode waktu tertentu".
    [Theory]
    [InlineData("2027-01-01", "2026-12-31")]
    [InlineData("0001-01-01", "2026-12-31")]
    public void Rancang_InvalidPeriod_Refused(string mulai, string selesai)
    {
        var hasil = Tim.Rancang(UnitPemilik, PdPemilik, Rincian(DateOnly.Parse(mulai, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(selesai, System.Globalization.CultureInfo.InvariantCulture)), Pimpinan(), PegawaiPembuat, Waktu);

        hasil.Kode().ShouldBe([nameof(PeriodeTimHarusValid)]);
    }

    [Fact]
    public void Rancang_BlankName_Refused()
    {
        Tim.Rancang(UnitPemilik, PdPemilik, Rincian() with { Nama = "  " }, Pimpinan(), PegawaiPembuat, Waktu).Kode().ShouldBe([nameof(NamaTimWajibDiisi)]);
    }

    // ---- TambahAnggota ----

    [Fact]
    public void TambahAnggota_FromUnitPemilikKinerja_DalamUnitWithoutPelibatan()
    {
        var tim = Draf();

        var p = tim.Anggota(Profil(Wury, "  Wury Defriana, S.Sos.  "), PresetRegulasi.Sambas, alokasi: 30);

        p.Peran.ShouldBe(PeranTim.Anggota);
        p.Cakupan.ShouldBe(CakupanTim.DalamUnit);
        p.Profil.Nama.ShouldBe("Wury Defriana, S.Sos.");
        p.AlokasiPersen.ShouldBe(30);
        p.PelibatanId.ShouldBeNull();
        tim.Anggota.ShouldBe([p]);
    }

    // V-TIM-02 [P]: one person, one role ("the Ketua cannot also be an Anggota").
    [Fact]
    public void TambahAnggota_SamePegawaiTwice_RefusedByPersonelTidakBolehGanda()
    {
        var tim = Draf();
        tim.Anggota(Profil(Wury), PresetRegulasi.Sambas);

        tim.TambahAnggota(new PersonelBaru(Profil(Wury, "Wury D."), 10), K(PresetRegulasi.Sambas)).Kode().ShouldBe([nameof(PersonelTidakBolehGanda)]);
    }

    // 002_d52b46878c9378dd.txt Ps 1 a27 / Ps 12(1): anggota are JF and/or Pelaksana; 001 T1 lampiran III also allows a Pengawas.
    [Theory]
    [InlineData(PresetRegulasi.Tarakan, true)]
    [InlineData(PresetRegulasi.IndragiriHilir, true)]
    [InlineData(PresetRegulasi.MusiBanyuasin, false)]
    [InlineData(PresetRegulasi.HuluSungaiUtara, false)]
    public void TambahAnggota_Pengawas_RefusedWhereOnlyJfAndPelaksanaJoin(PresetRegulasi preset, bool ditolak)
    {
        var hasil = Draf().TambahAnggota(new PersonelBaru(Pengawas(), 20), K(preset));

        hasil.Kode().ShouldBe(ditolak ? [nameof(JenisJabatanAnggotaSesuaiKetentuan)] : []);
    }

    [Fact]
    public void TambahAnggota_AllocationOutOfRangeAndJenjangOnPelaksana_AllRulesReported()
    {
        var profil = Pelaksana() with { Jenjang = JenjangFungsional.AhliMuda, KelasJabatan = 18 };

        var hasil = Draf().TambahAnggota(new PersonelBaru(profil, 0), K(PresetRegulasi.Sambas));

        hasil.Kode().ShouldBe([nameof(JenjangHanyaUntukJabatanFungsional), nameof(KelasJabatanHarusDalamRentang), nameof(AlokasiWaktuDalamRentang)]);
    }

    [Fact]
    public void TambahAnggota_IncompleteOrigin_Refused()
    {
        var profil = Profil() with { Asal = new AsalPersonel(UnitPemilik, null, null) };

        Draf().TambahAnggota(new PersonelBaru(profil, 20), K(PresetRegulasi.Sambas)).Kode().ShouldBe([nameof(ProfilPersonelHarusLengkap)]);
    }

    // ---- V-TIM-07 ----

    // §6.4: a person from another unit goes through WF-3/WF-6 before the decree; 000_f720e179c5bde346.txt Lampiran II.A.2.2.
    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara)]
    [InlineData(PresetRegulasi.MusiBanyuasin)]
    [InlineData(PresetRegulasi.Tarakan)]
    [InlineData(PresetRegulasi.IndragiriHilir)]
    [InlineData(PresetRegulasi.Sambas)]
    public void TambahAnggota_FromOtherUnitWithoutPelibatan_RefusedVTim07(PresetRegulasi preset)
    {
        var hasil = Draf().TambahAnggota(new PersonelBaru(Profil(Fitri, "Fitri Yulianti, S.H.", asal: LintasUnit), 20), K(preset));

        hasil.Kode().ShouldBe([nameof(AnggotaLintasUnitMemerlukanPelibatanDisetujui)]);
        hasil.ErrorUtama!.Pesan.ShouldBe("Anggota dari unit lain memerlukan persetujuan pelibatan dari pimpinan unitnya.");
    }

    [Fact]
    public void TambahAnggota_FromOtherPdWithApprovedPermohonan_KeepsPelibatanAndScope()
    {
        var tim = Draf();
        var permohonan = PermohonanDisetujui(Fitri);

        var p = tim.Anggota(Profil(Fitri, "Fitri Yulianti, S.H.", asal: LintasPd), PresetRegulasi.Sambas, BuktiPelibatan.Dari(permohonan));

        p.Cakupan.ShouldBe(CakupanTim.LintasPerangkatDaerah);
        p.JenisPelibatan.ShouldBe(JenisPelibatan.Permohonan);
        p.PelibatanId.ShouldBe(permohonan.Id);
        tim.Cakupan.ShouldBe(CakupanTim.LintasPerangkatDaerah);
    }

    [Fact]
    public void TambahAnggota_PermohonanStillInProcess_RefusedVTim07()
    {
        var permohonan = PermohonanDisetujui(Fitri, setujui: false);

        var hasil = Draf().TambahAnggota(new PersonelBaru(Profil(Fitri, asal: LintasUnit), 20, Pelibatan: BuktiPelibatan.Dari(permohonan)), K(PresetRegulasi.Sambas));

        hasil.Kode().ShouldBe([nameof(PelibatanHarusDisetujuiUntukPersonelIni)]);
    }

    [Fact]
    public void TambahAnggota_PermohonanForAnotherPegawai_RefusedVTim07()
    {
        var permohonan = PermohonanDisetujui(Ramon);

        var hasil = Draf().TambahAnggota(new PersonelBaru(Profil(Fitri, asal: LintasUnit), 20, Pelibatan: BuktiPelibatan.Dari(permohonan)), K(PresetRegulasi.Sambas));

        hasil.Kode().ShouldBe([nameof(PelibatanHarusDisetujuiUntukPersonelIni)]);
    }

    [Fact]
    public void TambahAnggota_PermohonanForAnotherUnitsTarget_RefusedVTim07()
    {
        var permohonan = PermohonanDisetujui(Fitri, unitPemilikKinerja: UnitPdLain);

        var hasil = Draf().TambahAnggota(new PersonelBaru(Profil(Fitri, asal: LintasUnit), 20, Pelibatan: BuktiPelibatan.Dari(permohonan)), K(PresetRegulasi.Sambas));

        hasil.Kode().ShouldBe([nameof(PelibatanHarusDisetujuiUntukPersonelIni)]);
    }

    // A pelibatan given for someone of the unit itself is not needed and not kept.
    [Fact]
    public void TambahAnggota_DalamUnitWithPelibatan_PelibatanNotKept()
    {
        var p = Draf().Anggota(Profil(Fitri), PresetRegulasi.Sambas, BuktiPelibatan.Dari(PermohonanDisetujui(Fitri)));

        p.PelibatanId.ShouldBeNull();
    }

    // ---- Lintas instansi (WF-4 Keluar) ----

    // 002_d52b46878c9378dd.txt Ps 12(7)c: members from another instansi; the person is on the other side's list.
    [Fact]
    public void TambahAnggota_FromOtherInstansiOnApprovedList_LintasInstansi()
    {
        var tim = Draf();
        var profil = Profil(nama: "Andi Saputra, S.E.", asal: AsalPersonel.Instansi("Pemerintah Kabupaten Bengkayang")) with { PegawaiId = null, Nip = null };

        var p = tim.Anggota(profil, PresetRegulasi.Tarakan, BuktiPelibatan.Dari(PelibatanInstansiDisetujui("andi saputra, s.e.")));

        p.Cakupan.ShouldBe(CakupanTim.LintasInstansi);
        p.JenisPelibatan.ShouldBe(JenisPelibatan.PelibatanInstansi);
        tim.Cakupan.ShouldBe(CakupanTim.LintasInstansi);
    }

    [Fact]
    public void TambahAnggota_FromOtherInstansiNotOnList_RefusedVTim07()
    {
        var profil = Profil(nama: "Budi", asal: AsalPersonel.Instansi("Pemerintah Kabupaten Bengkayang")) with { PegawaiId = null, Nip = null };

        var hasil = Draf().TambahAnggota(new PersonelBaru(profil, 20, Pelibatan: BuktiPelibatan.Dari(PelibatanInstansiDisetujui("Andi Saputra, S.E."))), K(PresetRegulasi.Tarakan));

        hasil.Kode().ShouldBe([nameof(PelibatanHarusDisetujuiUntukPersonelIni)]);
    }

    // 003_a712a2c678725951.txt Ps 8(2): "dalam satu unit organisasi, lintas unit organisasi, dan/atau lintas Perangkat Daerah" — no other instansi.
    [Fact]
    public void TambahAnggota_FromOtherInstansiInIndragiriHilir_Refused()
    {
        var profil = Profil(nama: "Andi", asal: AsalPersonel.Instansi("Pemerintah Kota Dumai")) with { PegawaiId = null, Nip = null };

        var hasil = Draf().TambahAnggota(new PersonelBaru(profil, 20, Pelibatan: BuktiPelibatan.Dari(PelibatanInstansiDisetujui("Andi"))), K(PresetRegulasi.IndragiriHilir));

        hasil.Kode().ShouldBe([nameof(TimLintasInstansiHarusDiaturDaerah)]);
    }

    // A pegawai of this region must carry their Pegawai id; only another instansi's person may lack it.
    [Fact]
    public void TambahAnggota_OwnPegawaiWithoutId_Refused()
    {
        Draf().TambahAnggota(new PersonelBaru(Profil() with { PegawaiId = null }, 20), K(PresetRegulasi.Sambas)).Kode().ShouldBe([nameof(ProfilPersonelHarusLengkap)]);
    }

    // ---- Penanggung jawab tim (INHIL) ----

    // 003_a712a2c678725951.txt Ps 8(4): "Pejabat administrasi dan Pejabat Fungsional penyetaraan bertindak sebagai penanggungjawab tim kerja".
    [Fact]
    public void TambahPenanggungJawabTim_IndragiriHilirPengawas_Added()
    {
        var tim = Draf();

        var hasil = tim.TambahPenanggungJawabTim(new PersonelBaru(Pengawas(Ramon), 10), K(PresetRegulasi.IndragiriHilir));

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        tim.PenanggungJawabTim!.Profil.Nama.ShouldBe("Ramon Gustiyandi, S.STP.");
        tim.Anggota.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void TambahPenanggungJawabTim_IndragiriHilirJf_OnlyHasilPenyetaraan(bool penyetaraan, bool ditolak)
    {
        var hasil = Draf().TambahPenanggungJawabTim(new PersonelBaru(Profil(penyetaraan: penyetaraan), 10), K(PresetRegulasi.IndragiriHilir));

        hasil.Kode().ShouldBe(ditolak ? [nameof(PenanggungJawabTimPejabatAdministrasiAtauJfPenyetaraan)] : []);
    }

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara)]
    [InlineData(PresetRegulasi.MusiBanyuasin)]
    [InlineData(PresetRegulasi.Tarakan)]
    [InlineData(PresetRegulasi.Sambas)]
    public void TambahPenanggungJawabTim_OtherRegions_Refused(PresetRegulasi preset)
    {
        Draf().TambahPenanggungJawabTim(new PersonelBaru(Pengawas(), 10), K(preset)).Kode().ShouldBe([nameof(PenanggungJawabTimHanyaJikaDiaturDaerah)]);
    }

    [Fact]
    public void TambahPenanggungJawabTim_Second_Refused()
    {
        var tim = Draf();
        tim.TambahPenanggungJawabTim(new PersonelBaru(Pengawas(Ramon), 10), K(PresetRegulasi.IndragiriHilir));

        tim.TambahPenanggungJawabTim(new PersonelBaru(Pengawas(Fitri, "Fitri"), 10), K(PresetRegulasi.IndragiriHilir))
            .Kode().ShouldBe([nameof(TimHanyaMemilikiSatuPenanggungJawabTim)]);
    }

    // ---- KeluarkanPersonel ----

    [Fact]
    public void KeluarkanPersonel_Ketua_RemovedWithItsReasons()
    {
        var tim = SiapDitetapkan(PresetRegulasi.Sambas);
        var ketua = tim.Ketua!;

        tim.KeluarkanPersonel(ketua.Id).Berhasil.ShouldBeTrue();

        tim.Ketua.ShouldBeNull();
        tim.AlasanKetua.ShouldBe(AlasanPenunjukanKetua.Tanpa);
        tim.Personel.Count.ShouldBe(2);
    }

    [Fact]
    public void KeluarkanPersonel_Unknown_NotFound()
    {
        Draf().KeluarkanPersonel(Guid.NewGuid()).ErrorUtama!.Jenis.ShouldBe(ErrorKind.TidakDitemukan);
    }

    // Changing the susunan of a team already set needs a keputusan perubahan (transition table).
    [Fact]
    public void TambahAnggota_TeamAlreadySet_RefusedByStatus()
    {
        var tim = Ditetapkan(PresetRegulasi.Sambas);

        var hasil = tim.TambahAnggota(new PersonelBaru(Profil(Fitri), 20), K(PresetRegulasi.Sambas));

        hasil.Kode().ShouldBe([nameof(AksiTimSesuaiStatus)]);
        hasil.ErrorUtama!.Pesan.ShouldContain("perubahan keputusan");
    }
}
