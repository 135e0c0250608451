using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Domain.Tests.TimKerja;

/// <summary>
/// Builders for Tim Kerja tests. The personal names come from the sample row of the SBS Keputusan Sekretaris Daerah
/// (`004_af01d94e9933b5a2.txt` Lampiran II format 6 / DOMAIN.md §11.8), used as fixtures only. Seed files:
/// 000_f720e179c5bde346.txt HSU, 001_75f6c752ea8be86f.txt MUBA, 002_d52b46878c9378dd.txt TRK, 003_a712a2c678725951.txt INHIL,
/// 004_af01d94e9933b5a2.txt SBS.
/// </summary>
internal static class TimUji
{
    public static readonly DateOnly HariIni = DataUji.HariIni;
    public static readonly DateTimeOffset Waktu = new(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(7));
    public static readonly DateOnly Mulai = new(2026, 12, 1);
    public static readonly DateOnly Selesai = new(2027, 3, 31);

    // The unit pemilik kinerja (Bagian Organisasi) in its Perangkat Daerah (Sekretariat Daerah), another unit of the same PD
    // (Bagian Hukum), and a unit of another PD (Bidang Anggaran of the BPKAD).
    public static readonly Guid UnitPemilik = Guid.Parse("c0000000-0000-0000-0000-0000000000a1");
    public static readonly Guid PdPemilik = Guid.Parse("d0000000-0000-0000-0000-0000000000a1");
    public static readonly Guid UnitLain = Guid.Parse("c0000000-0000-0000-0000-0000000000a2");
    public static readonly Guid UnitPdLain = Guid.Parse("c0000000-0000-0000-0000-0000000000b1");
    public static readonly Guid PdLain = Guid.Parse("d0000000-0000-0000-0000-0000000000b1");

    public static readonly Guid JabatanPuo = Guid.Parse("a0000000-0000-0000-0000-0000000000a1");
    public static readonly Guid JabatanPpk = Guid.Parse("a0000000-0000-0000-0000-0000000000a2");
    public static readonly Guid JabatanAcceptor = Guid.Parse("a0000000-0000-0000-0000-0000000000a3");
    public static readonly Guid JabatanSekda = Guid.Parse("a0000000-0000-0000-0000-0000000000a4");
    public static readonly Guid JabatanPpkAsal = Guid.Parse("a0000000-0000-0000-0000-0000000000b2");

    public static readonly Guid PegawaiPuo = Guid.Parse("b0000000-0000-0000-0000-0000000000a1");
    public static readonly Guid PegawaiPpk = Guid.Parse("b0000000-0000-0000-0000-0000000000a2");
    public static readonly Guid PegawaiAcceptor = Guid.Parse("b0000000-0000-0000-0000-0000000000a3");
    public static readonly Guid PegawaiPembuat = Guid.Parse("b0000000-0000-0000-0000-0000000000a9");

    public static readonly Guid Putri = Guid.Parse("e0000000-0000-0000-0000-000000000001");
    public static readonly Guid Wury = Guid.Parse("e0000000-0000-0000-0000-000000000002");
    public static readonly Guid Jumiadi = Guid.Parse("e0000000-0000-0000-0000-000000000003");
    public static readonly Guid Ramon = Guid.Parse("e0000000-0000-0000-0000-000000000004");
    public static readonly Guid Fitri = Guid.Parse("e0000000-0000-0000-0000-000000000005");

    public static readonly PresetRegulasi[] SemuaPreset =
    [
        PresetRegulasi.HuluSungaiUtara, PresetRegulasi.MusiBanyuasin, PresetRegulasi.Tarakan, PresetRegulasi.IndragiriHilir, PresetRegulasi.Sambas,
    ];

    public static KebijakanTimKerja K(PresetRegulasi preset) => KebijakanTimKerja.DariPreset(preset);

    public static AsalPersonel DalamUnit => AsalPersonel.Daerah(UnitPemilik, PdPemilik);

    public static AsalPersonel LintasUnit => AsalPersonel.Daerah(UnitLain, PdPemilik);

    public static AsalPersonel LintasPd => AsalPersonel.Daerah(UnitPdLain, PdLain);

    /// <summary>A JF keahlian Ahli Muda, S1, III/c, kelas 9, from the unit pemilik kinerja, unless told otherwise.</summary>
    public static ProfilPersonel Profil(
        Guid? pegawaiId = null,
        string nama = "Wury Defriana, S.Sos.",
        JenisJabatan jenis = JenisJabatan.Fungsional,
        JenjangFungsional? jenjang = JenjangFungsional.AhliMuda,
        bool penyetaraan = false,
        int kelas = 9,
        GolonganRuang? golongan = GolonganRuang.IIIC,
        Pendidikan pendidikan = Pendidikan.S1,
        bool manajerial = false,
        bool pengalaman = true,
        AsalPersonel? asal = null,
        string? namaJabatan = null) => new()
        {
            PegawaiId = pegawaiId ?? Guid.NewGuid(),
            Nama = nama,
            Nip = DataUji.NipSambas,
            NamaJabatan = namaJabatan ?? (jenis == JenisJabatan.Fungsional ? "Analis Kebijakan" : jenis == JenisJabatan.Pelaksana ? "Pengolah Data" : "Kepala Subbagian"),
            Jenis = jenis,
            Jenjang = jenis == JenisJabatan.Fungsional ? jenjang : null,
            HasilPenyetaraan = penyetaraan,
            KelasJabatan = kelas,
            GolonganRuang = golongan,
            Pendidikan = pendidikan,
            PengalamanManajerial = manajerial,
            PengalamanSesuaiTusi = pengalaman,
            Asal = asal ?? DalamUnit,
        };

    public static ProfilPersonel Pelaksana(Guid? pegawaiId = null, string nama = "Jumiadi, S.A.P.", GolonganRuang? golongan = GolonganRuang.IIIB,
        Pendidikan pendidikan = Pendidikan.S1, bool pengalaman = true, int kelas = 7, AsalPersonel? asal = null, bool manajerial = false) =>
        Profil(pegawaiId, nama, JenisJabatan.Pelaksana, null, kelas: kelas, golongan: golongan, pendidikan: pendidikan, pengalaman: pengalaman,
            asal: asal, manajerial: manajerial);

    public static ProfilPersonel Pengawas(Guid? pegawaiId = null, string nama = "Ramon Gustiyandi, S.STP.", AsalPersonel? asal = null) =>
        Profil(pegawaiId, nama, JenisJabatan.Pengawas, null, kelas: 9, asal: asal);

    public static RincianTim Rincian(DateOnly? mulai = null, DateOnly? selesai = null, IReadOnlyList<string>? tugas = null, bool strategis = false) => new(
        "Tim Penyusunan Kebijakan Bidang Tatalaksana",
        tugas ?? ["Menyusun Peta Proses Bisnis pelaksanaan tugas Tim", "Menyusun rancangan Peraturan Bupati bidang Tatalaksana"],
        "Tersusunnya Peraturan Bupati bidang Tatalaksana",
        "1 Dokumen",
        JenisTugasTim.Insidental,
        mulai ?? Mulai,
        selesai ?? Selesai,
        strategis);

    public static SusunanPimpinanTim Pimpinan(bool denganPpk = true, bool denganAcceptor = false) => new(
        new PejabatTim(JabatanPuo, "Kepala Bagian Organisasi"),
        denganPpk ? new PejabatTim(JabatanPpk, "Penata Kelola Sistem dan Teknologi Informasi Ahli Madya") : null,
        denganAcceptor ? new PejabatTim(JabatanAcceptor, "Asisten Pemerintahan dan Kesejahteraan Rakyat") : null);

    public static Tim Draf(RincianTim? rincian = null, SusunanPimpinanTim? pimpinan = null)
    {
        var hasil = Tim.Rancang(UnitPemilik, PdPemilik, rincian ?? Rincian(), pimpinan ?? Pimpinan(), PegawaiPembuat, Waktu);
        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        return hasil.Nilai;
    }

    public static PersonelTim Anggota(this Tim tim, ProfilPersonel profil, PresetRegulasi preset, BuktiPelibatan? pelibatan = null, int alokasi = 20)
    {
        var hasil = tim.TambahAnggota(new PersonelBaru(profil, alokasi, Pelibatan: pelibatan), K(preset));
        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        return hasil.Nilai;
    }

    /// <summary>A draft with Putri Kusumawati (JF Ahli Muda) as ketua and Wury, Jumiadi as anggota, all of the unit pemilik kinerja.</summary>
    public static Tim SiapDitetapkan(PresetRegulasi preset, SusunanPimpinanTim? pimpinan = null)
    {
        var tim = Draf(pimpinan: pimpinan);
        var putri = tim.Anggota(Profil(Putri, "Putri Kusumawati, S.Sos.", kelas: 9), preset);
        tim.Anggota(Profil(Wury, "Wury Defriana, S.Sos.", jenjang: JenjangFungsional.AhliPertama, kelas: 8), preset);
        tim.Anggota(Pelaksana(Jumiadi), preset);
        var ketua = tim.TunjukKetua(putri.Id, new KonteksKetua(false, AlasanPenunjukanKetua.Tanpa), K(preset));
        ketua.Berhasil.ShouldBeTrue(ketua.ErrorUtama?.Pesan);
        return tim;
    }

    public static PenetapKeputusanTim Penetap(params PejabatPenetapTim[] kewenangan) =>
        new(JabatanPuo, "Kepala Bagian Organisasi", PegawaiPuo, "Drs. Penetap", kewenangan);

    public static PenetapKeputusanTim PenetapSekda => new(JabatanSekda, "Sekretaris Daerah", Guid.NewGuid(), "Sekda", [PejabatPenetapTim.SekretarisDaerah]);

    public static Tim Ditetapkan(PresetRegulasi preset, SusunanPimpinanTim? pimpinan = null)
    {
        var tim = SiapDitetapkan(preset, pimpinan);
        var hasil = tim.Tetapkan(PenetapUntuk(preset), K(preset), HariIni, Waktu);
        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        return tim;
    }

    /// <summary>A signer who holds the authority of a dalam unit team in the region.</summary>
    public static PenetapKeputusanTim PenetapUntuk(PresetRegulasi preset) => Penetap([.. K(preset).Penetap.DalamUnit]);

    public static string[] Kode(this Result hasil) => [.. hasil.Errors.Select(e => e.Kode)];

    /// <summary>
    /// A WF-3 penunjukan lintas unit for <paramref name="pegawaiId"/> serving <paramref name="unitPemilikKinerja"/>, approved at every
    /// step by the holder of the step's position (SBS preset: decision of the home PUO, then the Surat Perintah Tugas).
    /// </summary>
    public static Permohonan PermohonanDisetujui(Guid pegawaiId, Guid? unitPemilikKinerja = null, bool setujui = true)
    {
        var kebijakan = KebijakanPenugasan.DariPreset(PresetRegulasi.Sambas);
        var pejabat = new PejabatTerkait(
            new PihakLangkah(null, pegawaiId, "Pegawai"),
            new Pejabat(Guid.NewGuid(), "Kepala Bagian Hukum", Guid.NewGuid(), "Kabag Hukum"),
            new Pejabat(Guid.NewGuid(), "Analis Hukum Ahli Madya", Guid.NewGuid(), "PPK Asal"),
            new Pejabat(Guid.NewGuid(), "Sekretaris Daerah", Guid.NewGuid(), "Sekda"),
            new Pejabat(JabatanPuo, "Kepala Bagian Organisasi", PegawaiPuo, "Kabag Organisasi"));
        var rincian = new RincianPermohonan(pegawaiId, Guid.NewGuid(), unitPemilikKinerja ?? UnitPemilik, "Penyusunan kebijakan tatalaksana",
            "Analisis hukum", "Rancangan Perbup tersusun", HariIni, HariIni.AddDays(120), false, 20, "Tim Penyusunan Kebijakan Bidang Tatalaksana", false);
        var diajukan = Permohonan.Ajukan(JenisPermohonan.PenunjukanLintasUnit, CakupanPenugasan.LintasUnit, rincian, PegawaiPuo, "Kabag Organisasi",
            PerencanaAlur.Rencanakan(JenisPermohonan.PenunjukanLintasUnit, kebijakan, pejabat), kebijakan, HariIni, Waktu);
        diajukan.Berhasil.ShouldBeTrue(diajukan.ErrorUtama?.Pesan);
        var p = diajukan.Nilai;
        while (setujui && p.Status == StatusPermohonan.Diajukan)
        {
            var l = p.LangkahMenunggu!;
            var langkah = p.Setujui(l.PegawaiId ?? Guid.NewGuid(), "Pejabat Uji", l.JabatanId is { } j ? [j] : [], null, null, null, kebijakan, Waktu);
            langkah.Berhasil.ShouldBeTrue(langkah.ErrorUtama?.Pesan);
        }

        return p;
    }

    /// <summary>A WF-4 Keluar request answered by the other instansi with <paramref name="nama"/> on its list.</summary>
    public static PelibatanInstansi PelibatanInstansiDisetujui(string nama, string? nip = null)
    {
        var pyb = Guid.NewGuid();
        var r = new RincianPelibatanInstansi("Penyusunan kebijakan tatalaksana", "Analisis kebijakan", "Rancangan Perbup tersusun", HariIni, HariIni.AddDays(120), false, 20);
        var p = PelibatanInstansi.AjukanKeluar("Pemerintah Kabupaten Bengkayang", "800/01/ORG", r, UnitPemilik, pyb, JabatanPuo, PegawaiPuo, "Kabag Organisasi", HariIni, Waktu).Nilai;
        p.SetujuiPejabatBerwenang(Guid.NewGuid(), "Sekda", [pyb], "800/02/ORG", HariIni, null, Waktu).Berhasil.ShouldBeTrue();
        p.CatatJawabanInstansi(Guid.NewGuid(), "Sekda", [pyb], false, true, "800/99/BKY", HariIni, [new PegawaiInstansiLain(nama, nip, "Analis Kebijakan")], null, Waktu)
            .Berhasil.ShouldBeTrue();
        return p;
    }
}
