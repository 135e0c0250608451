using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using static SistemKerja.Domain.Tests.DataUji;

namespace SistemKerja.Domain.Tests.Organisasi;

/// <summary>
/// <see cref="Kedudukan.Tetapkan"/>: the rules checked when BKPSDM places a JF/Pelaksana under its Pejabat Penilai Kinerja
/// (DOMAIN.md §5, §14 V-KED-01…04). Error codes are the rule class names; messages are Bahasa Indonesia.
/// </summary>
public sealed class KedudukanTests
{
    private static readonly DateOnly Mulai = new(2025, 1, 2);

    // Dinas Pendidikan
    // ├── Kepala Dinas (JPT Pratama)
    // └── Bidang Pembinaan SD — Kepala Bidang (Administrator)
    //     └── Seksi Kurikulum — Kepala Seksi (Pengawas)
    //         ├── Pengadministrasi Perkantoran (Pelaksana)
    //         ├── Pengelola Kurikulum (Pelaksana; may assess only by delegation)
    //         └── Pengembang Teknologi Pembelajaran (JF, not leading a unit)
    private readonly UnitOrganisasi akar;
    private readonly UnitOrganisasi seksi;
    private readonly Jabatan kadis;
    private readonly Jabatan kabid;
    private readonly Jabatan kasi;
    private readonly Jabatan pelaksana;
    private readonly Jabatan pelaksanaLain;
    private readonly Jabatan jf;

    public KedudukanTests()
    {
        akar = BuatUnitAkar("Dinas Pendidikan");
        var bidang = UnitOrganisasi.BuatDi(akar, "Bidang Pembinaan SD", unitOrganisasiMandiri: false);
        seksi = UnitOrganisasi.BuatDi(bidang, "Seksi Kurikulum", unitOrganisasiMandiri: false);
        kadis = BuatJabatan(akar, JenisJabatan.JptPratama, kelas: 14, memimpinUnit: true, nama: "Kepala Dinas Pendidikan");
        kabid = BuatJabatanKepala(bidang, "Kepala Bidang Pembinaan SD");
        kasi = BuatJabatan(seksi, JenisJabatan.Pengawas, kelas: 9, memimpinUnit: true, nama: "Kepala Seksi Kurikulum");
        pelaksana = BuatJabatan(seksi);
        pelaksanaLain = BuatJabatan(seksi, nama: "Pengelola Kurikulum");
        jf = BuatJabatan(seksi, JenisJabatan.Fungsional, JenjangFungsional.AhliPertama, kelas: 8, nama: "Pengembang Teknologi Pembelajaran");
    }

    private static Result<Kedudukan> Tetapkan(
        Jabatan jabatan,
        Jabatan atasan,
        PresetRegulasi preset = PresetRegulasi.MusiBanyuasin,
        DateOnly? mulai = null,
        string? dasarDelegasi = null,
        bool atasanDalamPdYangSama = true,
        IReadOnlyCollection<Guid>? rantaiAtasan = null,
        Kedudukan? sebelumnya = null,
        string nomorSk = "800/123/BKPSDM/2025",
        JenisPerangkatDaerah? jenisPd = null,
        bool atasanLevel3 = false) =>
        Kedudukan.Tetapkan(jabatan, atasan, mulai ?? Mulai, nomorSk, dasarDelegasi, KebijakanDaerah.DariPreset(preset),
            atasanDalamPdYangSama, rantaiAtasan ?? [], sebelumnya, jenisPd, atasanLevel3);

    private static void HarusGagalDenganAturan(Result hasil, string kode)
    {
        hasil.Gagal.ShouldBeTrue();
        hasil.Errors.Select(e => e.Kode).ShouldBe([kode]);
        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.AturanDilanggar);
    }

    // ---- success ----

    [Fact]
    public void Tetapkan_PelaksanaDiBawahKepalaSeksi_BerhasilDanBerlakuSejakTanggalMulai()
    {
        var hasil = Tetapkan(pelaksana, kasi, nomorSk: "  800/123/BKPSDM/2025  ");

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        var k = hasil.Nilai;
        k.Id.ShouldNotBe(Guid.Empty);
        k.JabatanId.ShouldBe(pelaksana.Id);
        k.AtasanJabatanId.ShouldBe(kasi.Id);
        k.BerlakuMulai.ShouldBe(Mulai);
        k.BerlakuSampai.ShouldBeNull();
        k.NomorSk.ShouldBe("800/123/BKPSDM/2025");
        k.DasarDelegasi.ShouldBeNull();
        k.AktifPada(Mulai.AddDays(-1)).ShouldBeFalse();
        k.AktifPada(Mulai).ShouldBeTrue();
        k.AktifPada(new DateOnly(2030, 12, 31)).ShouldBeTrue();
    }

    // ---- KedudukanHanyaUntukFungsionalDanPelaksana (000_f720e179c5bde346.txt Ps 7(1): kedudukan places JF and Pelaksana) ----

    [Theory]
    [InlineData(JenisJabatan.JptPratama)]
    [InlineData(JenisJabatan.Administrator)]
    [InlineData(JenisJabatan.Pengawas)]
    public void Tetapkan_JabatanStruktural_Ditolak(JenisJabatan jenis)
    {
        var unit = UnitOrganisasi.BuatDi(akar, "Seksi Kesiswaan", unitOrganisasiMandiri: false);
        var struktural = BuatJabatan(unit, jenis, kelas: 9, memimpinUnit: true, nama: "Kepala Seksi Kesiswaan");

        var hasil = Tetapkan(struktural, kadis);

        HarusGagalDenganAturan(hasil, nameof(KedudukanHanyaUntukFungsionalDanPelaksana));
        hasil.ErrorUtama!.Pesan.ShouldContain("hanya ditetapkan untuk Jabatan Fungsional dan Pelaksana");
    }

    // The head of a unit kerja mandiri (Kepala Sekolah) is placed by the structure, not by a kedudukan.
    [Fact]
    public void Tetapkan_FungsionalYangMemimpinUnit_Ditolak()
    {
        var sekolah = UnitOrganisasi.BuatDi(akar, "SD Negeri 1 Amuntai", unitOrganisasiMandiri: true);
        var kepalaSekolah = BuatJabatan(sekolah, JenisJabatan.Fungsional, JenjangFungsional.AhliMadya, kelas: 11,
            memimpinUnit: true, tugasTambahan: TugasTambahan.KepalaSekolah, nama: "Guru Ahli Madya");

        var hasil = Tetapkan(kepalaSekolah, kadis);

        HarusGagalDenganAturan(hasil, nameof(KedudukanHanyaUntukFungsionalDanPelaksana));
    }

    // ---- PejabatPenilaiKinerjaPalingRendahPengawas (V-KED-01) ----
    // PPK definitions: 000_f720e179c5bde346.txt Ps 1 angka 14, 001_75f6c752ea8be86f.txt Ps 1 angka 22,
    // 003_a712a2c678725951.txt Ps 1 angka 13, 004_af01d94e9933b5a2.txt Ps 1 angka 21: "atasan langsung dengan ketentuan paling
    // rendah pejabat pengawas atau pejabat lain yang diberi pendelegasian kewenangan".

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Tetapkan_AtasanPelaksanaTanpaDasarDelegasi_Ditolak(string? dasarDelegasi)
    {
        var hasil = Tetapkan(pelaksana, pelaksanaLain, dasarDelegasi: dasarDelegasi);

        HarusGagalDenganAturan(hasil, nameof(PejabatPenilaiKinerjaPalingRendahPengawas));
        hasil.ErrorUtama!.Pesan.ShouldContain("paling rendah Pejabat Pengawas");
        hasil.ErrorUtama.Pesan.ShouldContain("pendelegasian kewenangan");
    }

    [Fact]
    public void Tetapkan_AtasanPelaksanaDenganDasarDelegasi_BerhasilDanMenyimpanDasarnya()
    {
        var hasil = Tetapkan(pelaksana, pelaksanaLain, dasarDelegasi: "  Keputusan Kepala Dinas Nomor 800/45/DISDIK/2025  ");

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        hasil.Nilai.AtasanJabatanId.ShouldBe(pelaksanaLain.Id);
        hasil.Nilai.DasarDelegasi.ShouldBe("Keputusan Kepala Dinas Nomor 800/45/DISDIK/2025");
    }

    [Fact]
    public void Tetapkan_AtasanFungsionalYangTidakMemimpinUnitTanpaDelegasi_Ditolak()
    {
        var hasil = Tetapkan(pelaksana, jf);

        HarusGagalDenganAturan(hasil, nameof(PejabatPenilaiKinerjaPalingRendahPengawas));
    }

    // 001_75f6c752ea8be86f.txt Ps 7(5), Lampiran B.1.j: the Kepala Puskesmas (JF with tugas tambahan) is PPK of its staff.
    [Fact]
    public void Tetapkan_AtasanKepalaPuskesmasFungsional_Berhasil()
    {
        var puskesmas = BuatAkarPuskesmas(PresetRegulasi.MusiBanyuasin, "Puskesmas Sekayu");
        var kepalaPuskesmas = BuatJabatan(puskesmas, JenisJabatan.Fungsional, JenjangFungsional.AhliMuda, kelas: 10,
            memimpinUnit: true, tugasTambahan: TugasTambahan.KepalaPuskesmas, nama: "Dokter Ahli Muda");
        var perawat = BuatJabatan(puskesmas, JenisJabatan.Fungsional, JenjangFungsional.AhliPertama, kelas: 8, nama: "Perawat");

        var hasil = Tetapkan(perawat, kepalaPuskesmas);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        hasil.Nilai.AtasanJabatanId.ShouldBe(kepalaPuskesmas.Id);
    }

    // ---- KedudukanTidakBolehMelingkar ----

    [Fact]
    public void Tetapkan_AtasanDirinyaSendiri_Ditolak()
    {
        var hasil = Tetapkan(pelaksana, pelaksana, dasarDelegasi: "SK delegasi");

        HarusGagalDenganAturan(hasil, nameof(KedudukanTidakBolehMelingkar));
        hasil.ErrorUtama!.Pesan.ShouldContain("tidak boleh melingkar");
    }

    // pelaksanaLain already sits (by delegation) under pelaksana: putting pelaksana under pelaksanaLain would close a loop.
    [Fact]
    public void Tetapkan_AtasanBeradaDiBawahJabatan_DitolakKarenaMelingkar()
    {
        var hasil = Tetapkan(pelaksana, pelaksanaLain, dasarDelegasi: "SK delegasi", rantaiAtasan: [pelaksana.Id, kasi.Id, kabid.Id]);

        HarusGagalDenganAturan(hasil, nameof(KedudukanTidakBolehMelingkar));
        hasil.ErrorUtama!.Pesan.ShouldBe("\"Pengelola Kurikulum\" berada di bawah \"Pengadministrasi Perkantoran\" (langsung atau tidak langsung); kedudukan tidak boleh melingkar.");
    }

    [Fact]
    public void Tetapkan_RantaiAtasanTanpaJabatan_Berhasil()
    {
        var hasil = Tetapkan(pelaksana, kasi, rantaiAtasan: [kabid.Id, kadis.Id]);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
    }

    // ---- AtasanHarusDariPerangkatDaerahYangSamaAtauInduk ----

    [Fact]
    public void Tetapkan_AtasanDariPerangkatDaerahLain_Ditolak()
    {
        var dinkes = BuatUnitAkar("Dinas Kesehatan");
        var kasiDinkes = BuatJabatan(dinkes, JenisJabatan.Pengawas, kelas: 9, memimpinUnit: true, nama: "Kepala Seksi Pelayanan Kesehatan");

        var hasil = Tetapkan(pelaksana, kasiDinkes, atasanDalamPdYangSama: false);

        HarusGagalDenganAturan(hasil, nameof(AtasanHarusDariPerangkatDaerahYangSamaAtauInduk));
        hasil.ErrorUtama!.Pesan.ShouldContain("Perangkat Daerah yang sama");
    }

    // ---- JenjangHarusSesuaiTingkatPejabatPenilai (V-KED-04, INHIL only) ----
    // 003_a712a2c678725951.txt Lampiran B.1.a.1)–5): ahli madya → JPT Pratama; ahli muda → Administrator; ahli pertama,
    // keterampilan and pelaksana → Administrator or Pengawas. Ahli utama: [P] like ahli madya (DOMAIN.md §4.4).

    [Theory]
    [InlineData(JenjangFungsional.AhliUtama, JenisJabatan.JptPratama, true)]
    [InlineData(JenjangFungsional.AhliUtama, JenisJabatan.Administrator, false)]
    [InlineData(JenjangFungsional.AhliMadya, JenisJabatan.JptPratama, true)]
    [InlineData(JenjangFungsional.AhliMadya, JenisJabatan.Administrator, false)]
    [InlineData(JenjangFungsional.AhliMadya, JenisJabatan.Pengawas, false)]
    [InlineData(JenjangFungsional.AhliMuda, JenisJabatan.JptPratama, false)]
    [InlineData(JenjangFungsional.AhliMuda, JenisJabatan.Administrator, true)]
    [InlineData(JenjangFungsional.AhliMuda, JenisJabatan.Pengawas, false)]
    [InlineData(JenjangFungsional.AhliPertama, JenisJabatan.JptPratama, false)]
    [InlineData(JenjangFungsional.AhliPertama, JenisJabatan.Administrator, true)]
    [InlineData(JenjangFungsional.AhliPertama, JenisJabatan.Pengawas, true)]
    [InlineData(JenjangFungsional.Terampil, JenisJabatan.JptPratama, false)]
    [InlineData(JenjangFungsional.Terampil, JenisJabatan.Administrator, true)]
    [InlineData(JenjangFungsional.Terampil, JenisJabatan.Pengawas, true)]
    [InlineData(JenjangFungsional.Penyelia, JenisJabatan.Pengawas, true)]
    [InlineData(null, JenisJabatan.JptPratama, false)] // Pelaksana
    [InlineData(null, JenisJabatan.Administrator, true)]
    [InlineData(null, JenisJabatan.Pengawas, true)]
    public void Tetapkan_Inhil_AtasanHarusSesuaiPitaJenjang(JenjangFungsional? jenjang, JenisJabatan jenisAtasan, bool diterima)
    {
        var subjek = SubjekBerjenjang(jenjang);
        var atasan = AtasanBerjenis(jenisAtasan);

        var hasil = Tetapkan(subjek, atasan, PresetRegulasi.IndragiriHilir);

        if (diterima)
        {
            hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        }
        else
        {
            HarusGagalDenganAturan(hasil, nameof(JenjangHarusSesuaiTingkatPejabatPenilai));
        }
    }

    [Theory]
    [InlineData(JenjangFungsional.AhliMadya, JenisJabatan.Administrator, "Ahli Madya/Utama berkedudukan di bawah Pejabat Pimpinan Tinggi Pratama")]
    [InlineData(JenjangFungsional.AhliMuda, JenisJabatan.Pengawas, "Ahli Muda berkedudukan di bawah Pejabat Administrator")]
    [InlineData(JenjangFungsional.AhliPertama, JenisJabatan.JptPratama, "di bawah Pejabat Administrator atau Pejabat Pengawas")]
    [InlineData(null, JenisJabatan.JptPratama, "di bawah Pejabat Administrator atau Pejabat Pengawas")]
    public void Tetapkan_InhilDiLuarPita_PesanMenyebutTingkatYangBoleh(JenjangFungsional? jenjang, JenisJabatan jenisAtasan, string frasa)
    {
        var hasil = Tetapkan(SubjekBerjenjang(jenjang), AtasanBerjenis(jenisAtasan), PresetRegulasi.IndragiriHilir);

        HarusGagalDenganAturan(hasil, nameof(JenjangHarusSesuaiTingkatPejabatPenilai));
        hasil.ErrorUtama!.Pesan.ShouldContain(frasa);
    }

    // The bands are INHIL's only: the other presets follow the position (ModelPejabatPenilaiKinerja.Posisional).
    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara)]
    [InlineData(PresetRegulasi.MusiBanyuasin)]
    [InlineData(PresetRegulasi.Tarakan)]
    [InlineData(PresetRegulasi.Sambas)]
    public void Tetapkan_AhliMadyaDiBawahKepalaSeksiDiLuarInhil_Berhasil(PresetRegulasi preset)
    {
        var hasil = Tetapkan(SubjekBerjenjang(JenjangFungsional.AhliMadya), kasi, preset);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
    }

    [Fact]
    public void Tetapkan_InhilDpmptspPelaksanaDanAhliPertamaDiBawahKepalaDinas_Berhasil()
    {
        var dpmptsp = UnitOrganisasi.BuatAkar(BuatPd(BuatPemda(PresetRegulasi.IndragiriHilir), JenisPerangkatDaerah.Dpmptsp, nama: "DPMPTSP"));
        var kepalaDinas = BuatJabatan(dpmptsp, JenisJabatan.JptPratama, kelas: 14, memimpinUnit: true, nama: "Kepala Dinas Penanaman Modal dan PTSP");
        var pengelolaPerizinan = BuatJabatan(dpmptsp, nama: "Pengelola Layanan Perizinan");
        var analis = BuatJabatan(dpmptsp, JenisJabatan.Fungsional, JenjangFungsional.AhliPertama, kelas: 8, nama: "Analis Penanaman Modal");

        foreach (var subjek in new[] { pengelolaPerizinan, analis })
        {
            var hasil = Tetapkan(subjek, kepalaDinas, PresetRegulasi.IndragiriHilir, jenisPd: JenisPerangkatDaerah.Dpmptsp);

            hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        }
    }

    [Fact]
    public void Tetapkan_InhilStafDiBawahKepalaPuskesmasFungsional_Berhasil()
    {
        var puskesmas = BuatAkarPuskesmas(PresetRegulasi.IndragiriHilir, "Puskesmas Tembilahan");
        var kepalaPuskesmas = BuatJabatan(puskesmas, JenisJabatan.Fungsional, JenjangFungsional.AhliMuda, kelas: 10,
            memimpinUnit: true, tugasTambahan: TugasTambahan.KepalaPuskesmas, nama: "Dokter Ahli Muda");
        var perawat = BuatJabatan(puskesmas, JenisJabatan.Fungsional, JenjangFungsional.AhliPertama, kelas: 8, nama: "Perawat");

        var hasil = Tetapkan(perawat, kepalaPuskesmas, PresetRegulasi.IndragiriHilir);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
    }

    // ---- PengawasLevel3BukanPejabatPenilai (V-KED-08, TRK) ----

    // 002_d52b46878c9378dd.txt Lampiran A.1)b)2: a level-3 Kepala Seksi "menjadi pelaksana koordinasi … seperti ketua tim".
    [Theory]
    [InlineData(PresetRegulasi.Tarakan, false)]
    [InlineData(PresetRegulasi.MusiBanyuasin, true)]
    public void Tetapkan_AtasanPengawasLevel3_HanyaDitolakDiTarakan(PresetRegulasi preset, bool diterima)
    {
        var hasil = Tetapkan(pelaksana, kasi, preset, atasanLevel3: true);

        hasil.Berhasil.ShouldBe(diterima);
        if (!diterima)
        {
            hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(PengawasLevel3BukanPejabatPenilai)]);
            hasil.ErrorUtama!.Pesan.ShouldContain("pelaksana koordinasi");
        }
    }

    // ---- KedudukanBaruSetelahKedudukanSebelumnya: history ----

    [Fact]
    public void Tetapkan_AdaKedudukanSebelumnya_SebelumnyaBerakhirSehariSebelumKedudukanBaru()
    {
        var lama = Tetapkan(pelaksana, kasi).Nilai;
        var mulaiBaru = new DateOnly(2025, 7, 1);

        var hasil = Tetapkan(pelaksana, kabid, mulai: mulaiBaru, sebelumnya: lama);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        lama.BerlakuSampai.ShouldBe(new DateOnly(2025, 6, 30));
        lama.AktifPada(new DateOnly(2025, 6, 30)).ShouldBeTrue();
        lama.AktifPada(mulaiBaru).ShouldBeFalse();
        hasil.Nilai.AktifPada(new DateOnly(2025, 6, 30)).ShouldBeFalse();
        hasil.Nilai.AktifPada(mulaiBaru).ShouldBeTrue();
        hasil.Nilai.AtasanJabatanId.ShouldBe(kabid.Id);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-30)]
    public void Tetapkan_TanggalMulaiTidakSesudahKedudukanSebelumnya_DitolakDanSebelumnyaTetapBerlaku(int selisihHari)
    {
        var lama = Tetapkan(pelaksana, kasi).Nilai;

        var hasil = Tetapkan(pelaksana, kabid, mulai: Mulai.AddDays(selisihHari), sebelumnya: lama);

        HarusGagalDenganAturan(hasil, nameof(KedudukanBaruSetelahKedudukanSebelumnya));
        hasil.ErrorUtama!.Pesan.ShouldContain("harus sesudah tanggal berlaku kedudukan sebelumnya");
        lama.BerlakuSampai.ShouldBeNull();
    }

    // A rejected kedudukan never ends the previous one, whichever rule refused it.
    [Fact]
    public void Tetapkan_DitolakAturanLain_KedudukanSebelumnyaTidakDiakhiri()
    {
        var lama = Tetapkan(pelaksana, kasi).Nilai;

        var hasil = Tetapkan(pelaksana, kadis, mulai: new DateOnly(2025, 7, 1), atasanDalamPdYangSama: false, sebelumnya: lama);

        hasil.Gagal.ShouldBeTrue();
        lama.BerlakuSampai.ShouldBeNull();
    }

    [Fact]
    public void Tetapkan_BeberapaAturanDilanggar_SemuaDilaporkanBerurutan()
    {
        var lama = Tetapkan(pelaksana, kasi).Nilai;

        var hasil = Tetapkan(kabid, kabid, PresetRegulasi.IndragiriHilir, mulai: Mulai, atasanDalamPdYangSama: false, sebelumnya: lama);

        hasil.Errors.Select(e => e.Kode).ShouldBe(
        [
            nameof(KedudukanHanyaUntukFungsionalDanPelaksana),
            nameof(KedudukanTidakBolehMelingkar),
            nameof(AtasanHarusDariPerangkatDaerahYangSamaAtauInduk),
            nameof(KedudukanBaruSetelahKedudukanSebelumnya),
        ]);
    }

    private static UnitOrganisasi BuatAkarPuskesmas(PresetRegulasi preset, string nama)
    {
        var pemda = BuatPemda(preset);
        var dinkes = BuatPd(pemda, JenisPerangkatDaerah.Dinas, nama: "Dinas Kesehatan");
        return UnitOrganisasi.BuatAkar(BuatPd(pemda, JenisPerangkatDaerah.Puskesmas, induk: dinkes, nama: nama));
    }

    private Jabatan SubjekBerjenjang(JenjangFungsional? jenjang) => jenjang is { } j
        ? BuatJabatan(seksi, JenisJabatan.Fungsional, j, kelas: 8, nama: "Pengembang Teknologi Pembelajaran")
        : pelaksana;

    private Jabatan AtasanBerjenis(JenisJabatan jenis) => jenis switch
    {
        JenisJabatan.JptPratama => kadis,
        JenisJabatan.Administrator => kabid,
        JenisJabatan.Pengawas => kasi,
        _ => throw new ArgumentOutOfRangeException(nameof(jenis), jenis, "Only structural atasan in these tests."),
    };
}
