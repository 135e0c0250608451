using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Domain.Tests.Organisasi;

/// <summary>
/// <see cref="PenentuPejabatPenilai.Tentukan"/> against the kedudukan rules of the five seed regulations (DOMAIN.md §4.3–§4.8).
/// Every organisation-type test names the seed file and the Pasal/Lampiran it follows. Seed files:
/// 000_f720e179c5bde346.txt HSU, 001_75f6c752ea8be86f.txt MUBA, 002_d52b46878c9378dd.txt TRK,
/// 003_a712a2c678725951.txt INHIL, 004_af01d94e9933b5a2.txt SBS.
/// </summary>
public sealed class PenentuPejabatPenilaiTests
{
    private const string NamaKadis = "Drs. H. Ahmad Yani, M.Pd.";
    private const string NamaSekretaris = "Hj. Siti Rahmah, S.E.";
    private const string NamaKasubbag = "Rudi Hartono, S.Sos.";
    private const string NamaKabid = "Dra. Nurhayati";
    private const string NamaKasi = "Bambang Sutrisno, S.Pd.";

    // The Dinas/Badan chart of 001_75f6c752ea8be86f.txt Lampiran B.1.d (Gambar 4), used by most tests. No Peta Jabatan
    // (no kedudukan) unless a test sets one. The whole Dinas is the unit organisasi (Lampiran B.1.d angka 1).
    //
    //   Dinas Pendidikan ............................... Kepala Dinas (JPT Pratama) — Drs. H. Ahmad Yani
    //   ├── Sekretariat ................................ Sekretaris (Administrator) — Hj. Siti Rahmah
    //   │   ├── Analis SDM Aparatur Ahli Pertama (JF placed in the Sekretariat itself)
    //   │   └── Sub Bagian Umum dan Kepegawaian ........ Kepala Sub Bagian (Pengawas) — Rudi Hartono
    //   │       └── Pengadministrasi Perkantoran (Pelaksana)
    //   └── Bidang Pembinaan Sekolah Dasar ............. Kepala Bidang (Administrator) — Dra. Nurhayati
    //       ├── Pengembang Teknologi Pembelajaran Ahli Muda (JF placed in the Bidang itself)
    //       └── Seksi Kurikulum ........................ Kepala Seksi (Pengawas) — Bambang Sutrisno
    //           └── Pengolah Data (Pelaksana)
    private readonly StrukturUji s = new();
    private readonly UnitUji akarDinas;
    private readonly JabatanSnapshot kadis;
    private readonly JabatanSnapshot sekretaris;
    private readonly JabatanSnapshot jfDiSekretariat;
    private readonly JabatanSnapshot kasubbag;
    private readonly JabatanSnapshot pelaksanaDiSubbag;
    private readonly UnitUji bidang;
    private readonly JabatanSnapshot kabid;
    private readonly JabatanSnapshot jfDiBidang;
    private readonly UnitUji seksi;
    private readonly JabatanSnapshot kasi;
    private readonly JabatanSnapshot pengolahData;

    public PenentuPejabatPenilaiTests()
    {
        akarDinas = s.PerangkatDaerah(JenisPerangkatDaerah.Dinas, "Dinas Pendidikan").Akar;
        kadis = akarDinas.Kepala(JenisJabatan.JptPratama, "Kepala Dinas Pendidikan", NamaKadis);

        var sekretariat = akarDinas.Unit("Sekretariat");
        sekretaris = sekretariat.Kepala(JenisJabatan.Administrator, "Sekretaris Dinas Pendidikan", NamaSekretaris);
        jfDiSekretariat = sekretariat.Fungsional("Analis SDM Aparatur Ahli Pertama", JenjangFungsional.AhliPertama);
        var subbag = sekretariat.Unit("Sub Bagian Umum dan Kepegawaian");
        kasubbag = subbag.Kepala(JenisJabatan.Pengawas, "Kepala Sub Bagian Umum dan Kepegawaian", NamaKasubbag);
        pelaksanaDiSubbag = subbag.Pelaksana("Pengadministrasi Perkantoran");

        bidang = akarDinas.Unit("Bidang Pembinaan Sekolah Dasar");
        kabid = bidang.Kepala(JenisJabatan.Administrator, "Kepala Bidang Pembinaan Sekolah Dasar", NamaKabid);
        jfDiBidang = bidang.Fungsional("Pengembang Teknologi Pembelajaran Ahli Muda", JenjangFungsional.AhliMuda);
        seksi = bidang.Unit("Seksi Kurikulum");
        kasi = seksi.Kepala(JenisJabatan.Pengawas, "Kepala Seksi Kurikulum", NamaKasi);
        pengolahData = seksi.Pelaksana("Pengolah Data");
    }

    // ================================================================================================================
    // Dinas / Badan
    // ================================================================================================================

    // 001_75f6c752ea8be86f.txt Lampiran B.1.d angka 5): "Sub Bidang/Seksi/Sub Bagian berperan sebagai pejabat penilai kinerja
    // … memberikan penilaian kinerja kepada Pejabat Pelaksana"; angka 1): Kepala Dinas "selaku Pimpinan Unit Organisasi".
    [Fact]
    public void Tentukan_MubaDinasPelaksanaDiSeksi_PpkKepalaSeksiDanPuoKepalaDinas()
    {
        var hasil = s.Tentukan(PresetRegulasi.MusiBanyuasin, pengolahData);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kasi, NamaKasi, DasarPenentuan.Struktur);
        hasil.PimpinanUnitOrganisasi.HarusJabatan(kadis, NamaKadis, DasarPenentuan.Struktur);
    }

    // 001_75f6c752ea8be86f.txt Lampiran B.1.d angka 5): the Sub Bagian is PPK of the Pelaksana of the Sekretariat too.
    [Fact]
    public void Tentukan_MubaDinasPelaksanaDiSubBagian_PpkKepalaSubBagian()
    {
        var hasil = s.Tentukan(PresetRegulasi.MusiBanyuasin, pelaksanaDiSubbag);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kasubbag, NamaKasubbag, DasarPenentuan.Struktur);
        hasil.PimpinanUnitOrganisasi.HarusJabatan(kadis, NamaKadis, DasarPenentuan.Struktur);
    }

    // 001_75f6c752ea8be86f.txt Lampiran B.1.d angka 4): "Sekretaris/Kepala Bidang/… berperan sebagai pejabat penilai kinerja
    // … memberikan penilaian kinerja kepada Pejabat Fungsional dan Pelaksana" — a JF placed in the Bidang.
    [Fact]
    public void Tentukan_MubaDinasFungsionalDiBidang_PpkKepalaBidang()
    {
        var hasil = s.Tentukan(PresetRegulasi.MusiBanyuasin, jfDiBidang);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kabid, NamaKabid, DasarPenentuan.Struktur);
        hasil.PimpinanUnitOrganisasi.HarusJabatan(kadis, NamaKadis, DasarPenentuan.Struktur);
    }

    // 001_75f6c752ea8be86f.txt Lampiran B.1.d angka 4): the Sekretaris is PPK of a JF placed directly in the Sekretariat.
    [Fact]
    public void Tentukan_MubaDinasFungsionalLangsungDiSekretariat_PpkSekretaris()
    {
        var hasil = s.Tentukan(PresetRegulasi.MusiBanyuasin, jfDiSekretariat);

        hasil.PejabatPenilaiKinerja.HarusJabatan(sekretaris, NamaSekretaris, DasarPenentuan.Struktur);
    }

    // 000_f720e179c5bde346.txt Ps 8(1): JF/Pelaksana "yang berkedudukan di bawah Pejabat Pimpinan Tinggi Pratama … terdapat
    // pada setiap Perangkat Daerah" — a JF placed in the root unit is assessed by the Kepala Dinas.
    [Fact]
    public void Tentukan_HsuFungsionalLangsungDiBawahKepalaDinas_PpkKepalaDinas()
    {
        var perencana = akarDinas.Fungsional("Perencana Ahli Madya", JenjangFungsional.AhliMadya);

        var hasil = s.Tentukan(PresetRegulasi.HuluSungaiUtara, perencana);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kadis, NamaKadis, DasarPenentuan.Struktur);
        hasil.PimpinanUnitOrganisasi.HarusJabatan(kadis, NamaKadis, DasarPenentuan.Struktur);
    }

    // ================================================================================================================
    // RSUD
    // ================================================================================================================

    // 001_75f6c752ea8be86f.txt Lampiran B.1.g (Gambar 7, RSUD type C/D): "Kepala Seksi/Kepala Sub Bagian berperan selaku
    // Pejabat Penilai Kinerja … kepada Pejabat Fungsional dan Pelaksana"; angka 1): Direktur "selaku Pimpinan Unit Organisasi".
    // MUBA has no jenjang override, so even an Ahli Muda stays under the Kepala Seksi.
    [Fact]
    public void Tentukan_MubaRsudTipeCd_JfDanPelaksanaDinilaiKepalaSeksiAtauSubBagian()
    {
        var rs = new StrukturUji();
        var rsud = rs.PerangkatDaerah(JenisPerangkatDaerah.Rsud, "RSUD Sekayu");
        var direktur = rsud.Akar.Kepala(JenisJabatan.JptPratama, "Direktur RSUD Sekayu", "dr. Hendra Gunawan, Sp.PD.");
        var seksiPelayanan = rsud.Akar.Unit("Seksi Pelayanan Medik");
        var kasiPelayanan = seksiPelayanan.Kepala(JenisJabatan.Pengawas, "Kepala Seksi Pelayanan Medik", "dr. Lestari Wulandari");
        var perawat = seksiPelayanan.Fungsional("Perawat Ahli Muda", JenjangFungsional.AhliMuda);
        var subbagTu = rsud.Akar.Unit("Sub Bagian Tata Usaha");
        var kasubbagTu = subbagTu.Kepala(JenisJabatan.Pengawas, "Kepala Sub Bagian Tata Usaha", "Yusuf Effendi, S.E.");
        var pengadministrasi = subbagTu.Pelaksana("Pengadministrasi Umum");

        var jf = rs.Tentukan(PresetRegulasi.MusiBanyuasin, perawat);
        var pelaksana = rs.Tentukan(PresetRegulasi.MusiBanyuasin, pengadministrasi);

        jf.PejabatPenilaiKinerja.HarusJabatan(kasiPelayanan, "dr. Lestari Wulandari", DasarPenentuan.Struktur);
        jf.PimpinanUnitOrganisasi.HarusJabatan(direktur, "dr. Hendra Gunawan, Sp.PD.", DasarPenentuan.Struktur);
        pelaksana.PejabatPenilaiKinerja.HarusJabatan(kasubbagTu, "Yusuf Effendi, S.E.", DasarPenentuan.Struktur);
        pelaksana.PimpinanUnitOrganisasi.HarusJabatan(direktur, "dr. Hendra Gunawan, Sp.PD.", DasarPenentuan.Struktur);
    }

    private sealed record RsudSambas(StrukturUji Struktur, JabatanSnapshot Direktur, JabatanSnapshot Kabid, JabatanSnapshot Kasi, UnitUji Seksi);

    // UOBK of 004_af01d94e9933b5a2.txt Lampiran I B.2 huruf d: Direktur (Administrator, level I) → Kepala Bidang
    // (Administrator) → Pejabat Pengawas (level II), who is "Pimpinan Unit Organisasi" of its unit (angka 6).
    private static RsudSambas BuatRsudSambas()
    {
        var rs = new StrukturUji();
        var rsud = rs.PerangkatDaerah(JenisPerangkatDaerah.Rsud, "RSUD Sambas");
        var direktur = rsud.Akar.Kepala(JenisJabatan.Administrator, "Direktur RSUD Sambas", "dr. Fauzan Azima");
        var bidangPelayanan = rsud.Akar.Unit("Bidang Pelayanan");
        var kabid = bidangPelayanan.Kepala(JenisJabatan.Administrator, "Kepala Bidang Pelayanan", "Ns. Maria Ulfa, M.Kep.");
        var seksiMedik = bidangPelayanan.Unit("Seksi Pelayanan Medik", mandiri: true);
        var kasi = seksiMedik.Kepala(JenisJabatan.Pengawas, "Kepala Seksi Pelayanan Medik", "dr. Ika Pratiwi");
        return new RsudSambas(rs, direktur, kabid, kasi, seksiMedik);
    }

    // 004_af01d94e9933b5a2.txt Lampiran I B.2 huruf d angka 5)–9): the Pengawas assesses JF and Pelaksana, except
    // "Penilaian kinerja bagi Pejabat Fungsional Ahli Muda dan Madya dilaksanakan oleh Kepala Bidang/Kepala Bagian" (angka 8)
    // and "bagi Pejabat Fungsional Ahli Utama dilaksanakan oleh Direktur" (angka 9); the Pengawas stays PUO (angka 7).
    [Theory]
    [InlineData(JenjangFungsional.AhliPertama, "Kepala Seksi")]
    [InlineData(JenjangFungsional.Terampil, "Kepala Seksi")]
    [InlineData(null, "Kepala Seksi")] // Pelaksana
    [InlineData(JenjangFungsional.AhliMuda, "Kepala Bidang")]
    [InlineData(JenjangFungsional.AhliMadya, "Kepala Bidang")]
    [InlineData(JenjangFungsional.AhliUtama, "Direktur")]
    public void Tentukan_SambasRsudMenurutJenjang_PpkBerbedaDariPuoKepalaSeksi(JenjangFungsional? jenjang, string ppk)
    {
        var rs = BuatRsudSambas();
        var subjek = jenjang is { } j ? rs.Seksi.Fungsional($"Dokter {j.Label()}", j) : rs.Seksi.Pelaksana("Pengadministrasi Rekam Medis");

        var hasil = rs.Struktur.Tentukan(PresetRegulasi.Sambas, subjek);

        var (harapan, pemangku, dilewati) = ppk switch
        {
            "Kepala Seksi" => (rs.Kasi, "dr. Ika Pratiwi", Array.Empty<string>()),
            "Kepala Bidang" => (rs.Kabid, "Ns. Maria Ulfa, M.Kep.", new[] { rs.Kasi.Nama }),
            _ => (rs.Direktur, "dr. Fauzan Azima", new[] { rs.Kasi.Nama, rs.Kabid.Nama }),
        };
        hasil.PejabatPenilaiKinerja.HarusJabatan(harapan, pemangku, DasarPenentuan.Struktur);
        var catatanRsud = hasil.PejabatPenilaiKinerja.Catatan.Where(c => c.Contains("di RSUD dinilai oleh", StringComparison.Ordinal)).ToList();
        catatanRsud.Count.ShouldBe(dilewati.Length);
        foreach (var nama in dilewati)
        {
            catatanRsud.ShouldContain(c => c.Contains($"{nama} dilewati", StringComparison.Ordinal));
        }

        hasil.PimpinanUnitOrganisasi.HarusJabatan(rs.Kasi, "dr. Ika Pratiwi", DasarPenentuan.Struktur);
    }

    // The same chart without the Sambas rule (PpkRsudMenurutJenjang = false, e.g. MUBA 001_75f6c752ea8be86f.txt Lampiran B.1.g):
    // the Ahli Madya stays under the Pengawas.
    [Fact]
    public void Tentukan_RsudTanpaAturanJenjangSambas_AhliMadyaTetapDiKepalaSeksi()
    {
        var rs = BuatRsudSambas();
        var dokter = rs.Seksi.Fungsional("Dokter Ahli Madya", JenjangFungsional.AhliMadya);

        var hasil = rs.Struktur.Tentukan(PresetRegulasi.MusiBanyuasin, dokter);

        hasil.PejabatPenilaiKinerja.HarusJabatan(rs.Kasi, "dr. Ika Pratiwi", DasarPenentuan.Struktur);
    }

    // ================================================================================================================
    // UPTD, Puskesmas, Sekolah
    // ================================================================================================================

    // 001_75f6c752ea8be86f.txt Lampiran B.1.i.2 (Gambar 10, UPT tipe B): "Kepala UPT (Pejabat Pengawas) berperan selaku
    // Pimpinan Unit Organisasi dan Pejabat Penilai Kinerja". Also 004_af01d94e9933b5a2.txt Lampiran I model 12.
    [Fact]
    public void Tentukan_MubaUptTipeB_KepalaUptAdalahPpkSekaligusPuo()
    {
        var st = new StrukturUji();
        var dinas = st.PerangkatDaerah(JenisPerangkatDaerah.Dinas, "Dinas Pertanian");
        dinas.Akar.Kepala(JenisJabatan.JptPratama, "Kepala Dinas Pertanian", "Ir. Syamsul Bahri");
        var upt = st.PerangkatDaerah(JenisPerangkatDaerah.Uptd, "UPT Balai Benih Induk", induk: dinas);
        var kepalaUpt = upt.Akar.Kepala(JenisJabatan.Pengawas, "Kepala UPT Balai Benih Induk", "Agus Salim, S.P.");
        var pengawasBenih = upt.Akar.Fungsional("Pengawas Benih Tanaman Ahli Pertama", JenjangFungsional.AhliPertama);
        var pelaksana = upt.Akar.Pelaksana("Pengelola Kebun Benih");

        foreach (var subjek in new[] { pengawasBenih, pelaksana })
        {
            var hasil = st.Tentukan(PresetRegulasi.MusiBanyuasin, subjek);

            hasil.PejabatPenilaiKinerja.HarusJabatan(kepalaUpt, "Agus Salim, S.P.", DasarPenentuan.Struktur);
            hasil.PimpinanUnitOrganisasi.HarusJabatan(kepalaUpt, "Agus Salim, S.P.", DasarPenentuan.Struktur);
        }
    }

    // StrukturPadaTanggal.IndukDari: the root of a UPTD continues into the root of its induk Dinas, so the Kepala UPT is
    // assessed and led by the Kepala Dinas (001_75f6c752ea8be86f.txt Lampiran B.1.d angka 1: the Kepala Dinas is PUO).
    [Fact]
    public void Tentukan_KepalaUptd_NaikKeKepalaDinasInduk()
    {
        var st = new StrukturUji();
        var dinas = st.PerangkatDaerah(JenisPerangkatDaerah.Dinas, "Dinas Pertanian");
        var kepalaDinas = dinas.Akar.Kepala(JenisJabatan.JptPratama, "Kepala Dinas Pertanian", "Ir. Syamsul Bahri");
        var upt = st.PerangkatDaerah(JenisPerangkatDaerah.Uptd, "UPT Balai Benih Induk", induk: dinas);
        var kepalaUpt = upt.Akar.Kepala(JenisJabatan.Pengawas, "Kepala UPT Balai Benih Induk", "Agus Salim, S.P.");

        var hasil = st.Tentukan(PresetRegulasi.MusiBanyuasin, kepalaUpt);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kepalaDinas, "Ir. Syamsul Bahri", DasarPenentuan.Struktur);
        hasil.PimpinanUnitOrganisasi.HarusJabatan(kepalaDinas, "Ir. Syamsul Bahri", DasarPenentuan.Struktur);
    }

    // A vacant Kepala UPT: the staff's PPK passes over the UPTD root into the induk Dinas.
    [Fact]
    public void Tentukan_KepalaUptdLowong_StafDinilaiKepalaDinasInduk()
    {
        var st = new StrukturUji();
        var dinas = st.PerangkatDaerah(JenisPerangkatDaerah.Dinas, "Dinas Pertanian");
        var kepalaDinas = dinas.Akar.Kepala(JenisJabatan.JptPratama, "Kepala Dinas Pertanian", "Ir. Syamsul Bahri");
        var upt = st.PerangkatDaerah(JenisPerangkatDaerah.Uptd, "UPT Balai Benih Induk", induk: dinas);
        upt.Akar.KepalaLowong(JenisJabatan.Pengawas, "Kepala UPT Balai Benih Induk");
        var pelaksana = upt.Akar.Pelaksana("Pengelola Kebun Benih");

        var hasil = st.Tentukan(PresetRegulasi.MusiBanyuasin, pelaksana);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kepalaDinas, "Ir. Syamsul Bahri", DasarPenentuan.Struktur);
        hasil.PejabatPenilaiKinerja.Catatan.ShouldContain("Jabatan Kepala UPT Balai Benih Induk lowong; diteruskan ke Kepala Dinas Pertanian.");
        hasil.PimpinanUnitOrganisasi.HarusJabatan(kepalaDinas, "Ir. Syamsul Bahri", DasarPenentuan.Struktur);
    }

    // 001_75f6c752ea8be86f.txt Lampiran B.1.j (Gambar 12): "Kepala Puskesmas/Sekolah (Pejabat Fungsional) selaku Pimpinan
    // Unit Organisasi dan Pejabat Penilai Kinerja"; 002_d52b46878c9378dd.txt Lampiran A.4) (UPTD Puskesmas, level 1);
    // 004_af01d94e9933b5a2.txt Lampiran I B.1.d.6) (Puskesmas led by a JF as PPK); 000_f720e179c5bde346.txt Ps 8(4).
    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara)]
    [InlineData(PresetRegulasi.MusiBanyuasin)]
    [InlineData(PresetRegulasi.Tarakan)]
    [InlineData(PresetRegulasi.Sambas)]
    public void Tentukan_Puskesmas_KepalaPuskesmasFungsionalAdalahPpkSekaligusPuo(PresetRegulasi preset)
    {
        var st = new StrukturUji();
        var dinkes = st.PerangkatDaerah(JenisPerangkatDaerah.Dinas, "Dinas Kesehatan");
        dinkes.Akar.Kepala(JenisJabatan.JptPratama, "Kepala Dinas Kesehatan", "dr. Hj. Erlina");
        var puskesmas = st.PerangkatDaerah(JenisPerangkatDaerah.Puskesmas, "Puskesmas Sekayu", induk: dinkes);
        var kepala = puskesmas.Akar.KepalaFungsional("Kepala Puskesmas Sekayu", JenjangFungsional.AhliMuda, "dr. Rina Marlina");
        var perawat = puskesmas.Akar.Fungsional("Perawat Ahli Pertama", JenjangFungsional.AhliPertama);
        var pelaksana = puskesmas.Akar.Pelaksana("Pengadministrasi Umum");

        foreach (var subjek in new[] { perawat, pelaksana })
        {
            var hasil = st.Tentukan(preset, subjek);

            hasil.PejabatPenilaiKinerja.HarusJabatan(kepala, "dr. Rina Marlina", DasarPenentuan.Struktur);
            hasil.PejabatPenilaiKinerja.Catatan.ShouldHaveSingleItem(); // only the fallback note: the JF head is not skipped
            hasil.PimpinanUnitOrganisasi.HarusJabatan(kepala, "dr. Rina Marlina", DasarPenentuan.Struktur);
        }
    }

    // 000_f720e179c5bde346.txt Ps 8(5): JF and Pelaksana of an SD/SMP sit under "Pejabat Fungsional guru yang diberi tugas
    // tambahan sebagai Kepala Sekolah, pejabat penilai kinerja adalah Kepala Sekolah"; 004_af01d94e9933b5a2.txt Lampiran I
    // model 13: "berkedudukan di bawah Kepala sekolah". The Kepala Sekolah answers to the Kepala Dinas (IndukDari).
    [Fact]
    public void Tentukan_HsuSekolah_KepalaSekolahAdalahPpkSekaligusPuo()
    {
        var st = new StrukturUji();
        var disdik = st.PerangkatDaerah(JenisPerangkatDaerah.Dinas, "Dinas Pendidikan");
        var kepalaDinas = disdik.Akar.Kepala(JenisJabatan.JptPratama, "Kepala Dinas Pendidikan", NamaKadis);
        var sekolah = st.PerangkatDaerah(JenisPerangkatDaerah.SatuanPendidikan, "SD Negeri 1 Amuntai", induk: disdik);
        var kepalaSekolah = sekolah.Akar.KepalaFungsional("Kepala SD Negeri 1 Amuntai", JenjangFungsional.AhliMadya, "Hj. Masitah, S.Pd.");
        var guru = sekolah.Akar.Fungsional("Guru Kelas Ahli Pertama", JenjangFungsional.AhliPertama);
        var tu = sekolah.Akar.Pelaksana("Pengelola Data Sekolah");

        foreach (var subjek in new[] { guru, tu })
        {
            var hasil = st.Tentukan(PresetRegulasi.HuluSungaiUtara, subjek);

            hasil.PejabatPenilaiKinerja.HarusJabatan(kepalaSekolah, "Hj. Masitah, S.Pd.", DasarPenentuan.Struktur);
            hasil.PimpinanUnitOrganisasi.HarusJabatan(kepalaSekolah, "Hj. Masitah, S.Pd.", DasarPenentuan.Struktur);
        }

        var kepala = st.Tentukan(PresetRegulasi.HuluSungaiUtara, kepalaSekolah);
        kepala.PejabatPenilaiKinerja.HarusJabatan(kepalaDinas, NamaKadis, DasarPenentuan.Struktur);
        kepala.PimpinanUnitOrganisasi.HarusJabatan(kepalaDinas, NamaKadis, DasarPenentuan.Struktur);
    }

    // V-KED-01. PPK definitions: 000_f720e179c5bde346.txt Ps 1 angka 14, 001_75f6c752ea8be86f.txt Ps 1 angka 22 ("paling
    // rendah Pejabat Pengawas"); a JF leading a unit kerja mandiri: 004_af01d94e9933b5a2.txt Lampiran I B.1 huruf b,
    // 001_75f6c752ea8be86f.txt Ps 7(5), 003_a712a2c678725951.txt Ps 7(3).
    [Theory]
    [InlineData(JenisJabatan.JptMadya, false, true)]
    [InlineData(JenisJabatan.JptPratama, false, true)]
    [InlineData(JenisJabatan.Administrator, false, true)]
    [InlineData(JenisJabatan.Pengawas, false, true)]
    [InlineData(JenisJabatan.Pengawas, true, true)]
    [InlineData(JenisJabatan.Fungsional, true, true)]
    [InlineData(JenisJabatan.Fungsional, false, false)]
    [InlineData(JenisJabatan.Pelaksana, false, false)]
    [InlineData(JenisJabatan.Pelaksana, true, false)]
    public void DapatMenjadiPejabatPenilai_JenisDanMemimpinUnit_PalingRendahPengawasAtauJfPimpinanUnit(JenisJabatan jenis, bool memimpinUnit, bool dapat)
    {
        PenentuPejabatPenilai.DapatMenjadiPejabatPenilai(jenis, memimpinUnit).ShouldBe(dapat);
    }

    // ================================================================================================================
    // Kecamatan / Kelurahan
    // ================================================================================================================

    // 001_75f6c752ea8be86f.txt Lampiran B.1.h (Gambar 8): Camat "selaku Pimpinan Unit Organisasi"; "Kepala Sub Bagian dan
    // Seksi di Kecamatan berperan selaku Pejabat Penilai Kinerja … kepada Pejabat Fungsional dan Pelaksana".
    [Fact]
    public void Tentukan_MubaKecamatan_PpkKepalaSeksiAtauSubBagianDanPuoCamat()
    {
        var st = new StrukturUji();
        var kecamatan = st.PerangkatDaerah(JenisPerangkatDaerah.Kecamatan, "Kecamatan Sekayu");
        var camat = kecamatan.Akar.Kepala(JenisJabatan.Administrator, "Camat Sekayu", "Drs. Firdaus");
        var sekretariat = kecamatan.Akar.Unit("Sekretariat Kecamatan");
        sekretariat.Kepala(JenisJabatan.Administrator, "Sekretaris Camat", "Marlina, S.IP.");
        var subbag = sekretariat.Unit("Sub Bagian Umum dan Kepegawaian");
        var kasubbag = subbag.Kepala(JenisJabatan.Pengawas, "Kepala Sub Bagian Umum dan Kepegawaian Kecamatan", "Joko Susilo");
        var pengadministrasi = subbag.Pelaksana("Pengadministrasi Umum");
        var seksiPemerintahan = kecamatan.Akar.Unit("Seksi Pemerintahan");
        var kasi = seksiPemerintahan.Kepala(JenisJabatan.Pengawas, "Kepala Seksi Pemerintahan", "Rahmawati, S.STP.");
        var analis = seksiPemerintahan.Fungsional("Analis Kebijakan Ahli Pertama", JenjangFungsional.AhliPertama);

        var jf = st.Tentukan(PresetRegulasi.MusiBanyuasin, analis);
        var pelaksana = st.Tentukan(PresetRegulasi.MusiBanyuasin, pengadministrasi);

        jf.PejabatPenilaiKinerja.HarusJabatan(kasi, "Rahmawati, S.STP.", DasarPenentuan.Struktur);
        jf.PimpinanUnitOrganisasi.HarusJabatan(camat, "Drs. Firdaus", DasarPenentuan.Struktur);
        pelaksana.PejabatPenilaiKinerja.HarusJabatan(kasubbag, "Joko Susilo", DasarPenentuan.Struktur);
        pelaksana.PimpinanUnitOrganisasi.HarusJabatan(camat, "Drs. Firdaus", DasarPenentuan.Struktur);
    }

    // 001_75f6c752ea8be86f.txt Lampiran B.1.i.3 (Gambar 11): Lurah (Pengawas) "selaku Pimpinan Unit Organisasi"; "Sekretaris
    // Kelurahan dan Kepala Seksi berperan selaku Pejabat Penilai Kinerja". Same in 002_d52b46878c9378dd.txt Lampiran A.3)a).
    // The Kelurahan sits under its Kecamatan (DOMAIN.md §4.1), so the Lurah answers to the Camat.
    [Fact]
    public void Tentukan_MubaKelurahan_PpkSekretarisKelurahanAtauKepalaSeksiDanPuoLurah()
    {
        var st = new StrukturUji();
        var kecamatan = st.PerangkatDaerah(JenisPerangkatDaerah.Kecamatan, "Kecamatan Sekayu");
        var camat = kecamatan.Akar.Kepala(JenisJabatan.Administrator, "Camat Sekayu", "Drs. Firdaus");
        var kelurahan = st.PerangkatDaerah(JenisPerangkatDaerah.Kelurahan, "Kelurahan Balai Agung", induk: kecamatan);
        var lurah = kelurahan.Akar.Kepala(JenisJabatan.Pengawas, "Lurah Balai Agung", "Herman Saputra, S.Sos.");
        var sekretariat = kelurahan.Akar.Unit("Sekretariat Kelurahan");
        var seklur = sekretariat.Kepala(JenisJabatan.Pengawas, "Sekretaris Kelurahan Balai Agung", "Nurul Hidayah");
        var pengelolaKeuangan = sekretariat.Pelaksana("Pengelola Keuangan");
        var seksiTrantib = kelurahan.Akar.Unit("Seksi Ketenteraman dan Ketertiban");
        var kasi = seksiTrantib.Kepala(JenisJabatan.Pengawas, "Kepala Seksi Ketenteraman dan Ketertiban", "Andi Pratama");
        var polisiPp = seksiTrantib.Fungsional("Polisi Pamong Praja Terampil", JenjangFungsional.Terampil);

        var diSekretariat = st.Tentukan(PresetRegulasi.MusiBanyuasin, pengelolaKeuangan);
        var diSeksi = st.Tentukan(PresetRegulasi.MusiBanyuasin, polisiPp);
        var lurahSendiri = st.Tentukan(PresetRegulasi.MusiBanyuasin, lurah);

        diSekretariat.PejabatPenilaiKinerja.HarusJabatan(seklur, "Nurul Hidayah", DasarPenentuan.Struktur);
        diSekretariat.PimpinanUnitOrganisasi.HarusJabatan(lurah, "Herman Saputra, S.Sos.", DasarPenentuan.Struktur);
        diSeksi.PejabatPenilaiKinerja.HarusJabatan(kasi, "Andi Pratama", DasarPenentuan.Struktur);
        diSeksi.PimpinanUnitOrganisasi.HarusJabatan(lurah, "Herman Saputra, S.Sos.", DasarPenentuan.Struktur);
        lurahSendiri.PejabatPenilaiKinerja.HarusJabatan(camat, "Drs. Firdaus", DasarPenentuan.Struktur);
        lurahSendiri.PimpinanUnitOrganisasi.HarusJabatan(camat, "Drs. Firdaus", DasarPenentuan.Struktur);
    }

    private sealed record KantorCamatSambas(StrukturUji Struktur, JabatanSnapshot Camat, JabatanSnapshot Kasi, JabatanSnapshot Jf);

    // 004_af01d94e9933b5a2.txt Lampiran I B.2 huruf c ("Unit organisasi yang dipimpin oleh Pejabat Administrator"; Kantor Camat
    // and Kantor Kesbangpol): the Seksi is the unit organisasi of its Pengawas.
    private static KantorCamatSambas BuatKantorCamatSambas()
    {
        var st = new StrukturUji();
        var kecamatan = st.PerangkatDaerah(JenisPerangkatDaerah.Kecamatan, "Kecamatan Sambas");
        var camat = kecamatan.Akar.Kepala(JenisJabatan.Administrator, "Camat Sambas", "Uray Rudiansyah, S.STP.");
        var seksi = kecamatan.Akar.Unit("Seksi Pemberdayaan Masyarakat", mandiri: true);
        var kasi = seksi.Kepala(JenisJabatan.Pengawas, "Kepala Seksi Pemberdayaan Masyarakat", "Sri Wahyuni");
        var jf = seksi.Fungsional("Penggerak Swadaya Masyarakat Ahli Pertama", JenjangFungsional.AhliPertama);
        return new KantorCamatSambas(st, camat, kasi, jf);
    }

    // 004_af01d94e9933b5a2.txt Lampiran I B.2 huruf c angka 2)–3): "Penilaian kinerja JF dan pelaksana dilakukan oleh Pejabat
    // Administrator selaku Pejabat Penilai Kinerja"; "menerima penugasan dari Pejabat Pengawas selaku pimpinan unit
    // organisasi". With that kedudukan set (JF → Camat) the PPK sits above the PUO (DOMAIN.md §4.5).
    [Fact]
    public void Tentukan_SambasKantorCamatDenganKedudukan_PpkCamatDanPuoKepalaSeksi()
    {
        var kc = BuatKantorCamatSambas();
        kc.Struktur.Kedudukan(kc.Jf, kc.Camat);

        var hasil = kc.Struktur.Tentukan(PresetRegulasi.Sambas, kc.Jf);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kc.Camat, "Uray Rudiansyah, S.STP.", DasarPenentuan.Kedudukan);
        hasil.PimpinanUnitOrganisasi.HarusJabatan(kc.Kasi, "Sri Wahyuni", DasarPenentuan.Struktur);
    }

    // Disagreement (see report): without a Peta Jabatan, the Sambas fallback follows the structure and gives the Kepala Seksi,
    // but for a Kantor Camat the only SBS rule is the Administrator as PPK.
    [Fact]
    public void Tentukan_SambasKantorCamatTanpaKedudukan_PpkCamat()
    {
        var kc = BuatKantorCamatSambas();

        var hasil = kc.Struktur.Tentukan(PresetRegulasi.Sambas, kc.Jf);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kc.Camat, "Uray Rudiansyah, S.STP.", DasarPenentuan.Struktur);
        hasil.PimpinanUnitOrganisasi.HarusJabatan(kc.Kasi, "Sri Wahyuni", DasarPenentuan.Struktur);
    }

    // Disagreement (see report): TRK level-3 Pengawas only coordinates (DOMAIN.md §4.6, §4.8 "TRK level-3 coordinator → skip").
    [Fact]
    public void Tentukan_TarakanPelaksanaDiSubbagianLevel3_PpkSekretaris()
    {
        var hasil = s.Tentukan(PresetRegulasi.Tarakan, pelaksanaDiSubbag);

        hasil.PejabatPenilaiKinerja.HarusJabatan(sekretaris, NamaSekretaris, DasarPenentuan.Struktur);
    }

    // ================================================================================================================
    // INHIL: PPK level follows the JF jenjang (BerjenjangMenurutJenjangJf)
    // ================================================================================================================

    private sealed record DinasInhil(StrukturUji Struktur, PerangkatDaerahUji Dinas, JabatanSnapshot Kadis, JabatanSnapshot Kabid, UnitUji Bidang, JabatanSnapshot Kasi, UnitUji Seksi);

    // 003_a712a2c678725951.txt Lampiran B.1.a.1) Struktur Organisasi Model I (Dinas Perhubungan): 2 Seksi per Bidang.
    private static DinasInhil BuatDinasPerhubunganInhil()
    {
        var st = new StrukturUji();
        var dinas = st.PerangkatDaerah(JenisPerangkatDaerah.Dinas, "Dinas Perhubungan");
        var kadis = dinas.Akar.Kepala(JenisJabatan.JptPratama, "Kepala Dinas Perhubungan", "H. Zainal Arifin, S.H.");
        var bidangLalin = dinas.Akar.Unit("Bidang Lalu Lintas");
        var kabid = bidangLalin.Kepala(JenisJabatan.Administrator, "Kepala Bidang Lalu Lintas", "Syafrudin, S.T.");
        var seksiRekayasa = bidangLalin.Unit("Seksi Manajemen dan Rekayasa Lalu Lintas");
        var kasi = seksiRekayasa.Kepala(JenisJabatan.Pengawas, "Kepala Seksi Manajemen dan Rekayasa Lalu Lintas", "Asmawati, S.E.");
        return new DinasInhil(st, dinas, kadis, kabid, bidangLalin, kasi, seksiRekayasa);
    }

    // 003_a712a2c678725951.txt Lampiran B.1.a.1): "Pejabat Fungsional jenjang ahli madya berkedudukan di bawah Pejabat Pimpinan
    // Tinggi Pratama (Kepala Dinas)"; "ahli muda, ahli pertama, … keterampilan dan pelaksana … di bawah Pejabat Administrator
    // (Kepala Bidang)"; "ahli pertama, … keterampilan dan pelaksana … di bawah Pejabat Pengawas (Kepala Subbagian dan Kepala
    // Seksi)". Ahli utama is not named: [P] like ahli madya (DOMAIN.md §4.4). A position placed in the Seksi climbs past every
    // head of a level its jenjang may not have, and the Catatan names each skipped post.
    [Theory]
    [InlineData(JenjangFungsional.AhliMadya, "Kepala Dinas")]
    [InlineData(JenjangFungsional.AhliUtama, "Kepala Dinas")]
    [InlineData(JenjangFungsional.AhliMuda, "Kepala Bidang")]
    [InlineData(JenjangFungsional.AhliPertama, "Kepala Seksi")]
    [InlineData(JenjangFungsional.Pemula, "Kepala Seksi")]
    [InlineData(JenjangFungsional.Terampil, "Kepala Seksi")]
    [InlineData(JenjangFungsional.Mahir, "Kepala Seksi")]
    [InlineData(JenjangFungsional.Penyelia, "Kepala Seksi")]
    [InlineData(null, "Kepala Seksi")] // Pelaksana
    public void Tentukan_InhilDitempatkanDiSeksi_PpkMenurutPitaJenjang(JenjangFungsional? jenjang, string ppk)
    {
        var d = BuatDinasPerhubunganInhil();
        var subjek = jenjang is { } j ? d.Seksi.Fungsional($"Penguji Kendaraan Bermotor {j.Label()}", j) : d.Seksi.Pelaksana("Pengatur Lalu Lintas");

        var hasil = d.Struktur.Tentukan(PresetRegulasi.IndragiriHilir, subjek);

        var (harapan, pemangku, dilewati) = ppk switch
        {
            "Kepala Dinas" => (d.Kadis, "H. Zainal Arifin, S.H.", new[] { d.Kasi.Nama, d.Kabid.Nama }),
            "Kepala Bidang" => (d.Kabid, "Syafrudin, S.T.", new[] { d.Kasi.Nama }),
            _ => (d.Kasi, "Asmawati, S.E.", Array.Empty<string>()),
        };
        hasil.PejabatPenilaiKinerja.HarusJabatan(harapan, pemangku, DasarPenentuan.Struktur);
        var catatanPita = hasil.PejabatPenilaiKinerja.Catatan.Where(c => c.Contains("tidak sesuai tingkat jenjang JF", StringComparison.Ordinal)).ToList();
        catatanPita.Count.ShouldBe(dilewati.Length, string.Join(" | ", hasil.PejabatPenilaiKinerja.Catatan));
        foreach (var nama in dilewati)
        {
            catatanPita.ShouldContain(c => c.StartsWith($"Pejabat {nama} tidak sesuai", StringComparison.Ordinal));
        }
    }

    // 003_a712a2c678725951.txt Lampiran B.1.a.1): a position placed in the Bidang itself. Ahli muda and ahli pertama stay
    // under the Kepala Bidang (Administrator); ahli madya goes up to the Kepala Dinas.
    [Theory]
    [InlineData(JenjangFungsional.AhliMadya, "Kepala Dinas")]
    [InlineData(JenjangFungsional.AhliMuda, "Kepala Bidang")]
    [InlineData(JenjangFungsional.AhliPertama, "Kepala Bidang")]
    [InlineData(null, "Kepala Bidang")] // Pelaksana
    public void Tentukan_InhilDitempatkanDiBidang_PpkMenurutPitaJenjang(JenjangFungsional? jenjang, string ppk)
    {
        var d = BuatDinasPerhubunganInhil();
        var subjek = jenjang is { } j ? d.Bidang.Fungsional($"Penguji Kendaraan Bermotor {j.Label()}", j) : d.Bidang.Pelaksana("Pengatur Lalu Lintas");

        var hasil = d.Struktur.Tentukan(PresetRegulasi.IndragiriHilir, subjek);

        if (ppk == "Kepala Dinas")
        {
            hasil.PejabatPenilaiKinerja.HarusJabatan(d.Kadis, "H. Zainal Arifin, S.H.", DasarPenentuan.Struktur);
            hasil.PejabatPenilaiKinerja.Catatan.ShouldContain(
                "Pejabat Kepala Bidang Lalu Lintas tidak sesuai tingkat jenjang JF (Perbup INHIL); diteruskan ke Kepala Dinas Perhubungan.");
        }
        else
        {
            hasil.PejabatPenilaiKinerja.HarusJabatan(d.Kabid, "Syafrudin, S.T.", DasarPenentuan.Struktur);
            hasil.PejabatPenilaiKinerja.Catatan.ShouldNotContain(c => c.Contains("tidak sesuai", StringComparison.Ordinal));
        }
    }

    // The bands are INHIL's only (003_a712a2c678725951.txt Lampiran B.1.a). Under a Posisional preset the same ahli madya
    // stays under the Kepala Seksi (001_75f6c752ea8be86f.txt Lampiran B.1.d angka 4: Seksi is PPK for JF).
    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara)]
    [InlineData(PresetRegulasi.MusiBanyuasin)]
    [InlineData(PresetRegulasi.Sambas)]
    public void Tentukan_AhliMadyaDiSeksiDiLuarInhil_TetapKepalaSeksi(PresetRegulasi preset)
    {
        var d = BuatDinasPerhubunganInhil();
        var subjek = d.Seksi.Fungsional("Penguji Kendaraan Bermotor Ahli Madya", JenjangFungsional.AhliMadya);

        var hasil = d.Struktur.Tentukan(preset, subjek);

        hasil.PejabatPenilaiKinerja.HarusJabatan(d.Kasi, "Asmawati, S.E.", DasarPenentuan.Struktur);
    }

    // Outside DPMPTSP, INHIL never puts ahli pertama directly under the JPT Pratama (003_a712a2c678725951.txt Lampiran B.1.a.1)–5)).
    // Nobody above fits either, so the resolver keeps the Kepala Dinas and says so.
    [Fact]
    public void Tentukan_InhilAhliPertamaLangsungDiBawahKepalaDinas_TetapKepalaDinasDenganCatatan()
    {
        var d = BuatDinasPerhubunganInhil();
        var subjek = d.Dinas.Akar.Fungsional("Perencana Ahli Pertama", JenjangFungsional.AhliPertama);

        var hasil = d.Struktur.Tentukan(PresetRegulasi.IndragiriHilir, subjek);

        hasil.PejabatPenilaiKinerja.HarusJabatan(d.Kadis, "H. Zainal Arifin, S.H.", DasarPenentuan.Struktur);
        hasil.PejabatPenilaiKinerja.Catatan.ShouldContain("Tidak ada pejabat lebih tinggi yang memenuhi ketentuan; tetap Kepala Dinas Perhubungan.");
    }

    private static (StrukturUji Struktur, JabatanSnapshot Kadis, JabatanSnapshot Pelaksana) BuatDpmptspInhil()
    {
        var st = new StrukturUji();
        var dpmptsp = st.PerangkatDaerah(JenisPerangkatDaerah.Dpmptsp, "Dinas Penanaman Modal dan PTSP");
        var kadis = dpmptsp.Akar.Kepala(JenisJabatan.JptPratama, "Kepala Dinas Penanaman Modal dan PTSP", "Hj. Rosnaini, S.E.");
        var sekretariat = dpmptsp.Akar.Unit("Sekretariat");
        sekretariat.Kepala(JenisJabatan.Administrator, "Sekretaris DPMPTSP", "Zulkifli, S.Sos.");
        var pelaksana = dpmptsp.Akar.Pelaksana("Pengelola Layanan Perizinan");
        return (st, kadis, pelaksana);
    }

    // 003_a712a2c678725951.txt Lampiran B.1.a.6) DPMPTSP: "Pejabat Fungsional jenjang ahli madya, ahli muda, ahli pertama,
    // kategori keterampilan dan pelaksana berkedudukan di bawah Pejabat Pimpinan Tinggi Pratama (Kepala Dinas)".
    [Fact]
    public void Tentukan_InhilDpmptspPelaksanaDiBawahKepalaDinas_PpkKepalaDinas()
    {
        var (st, kadisDpmptsp, pelaksana) = BuatDpmptspInhil();

        var hasil = st.Tentukan(PresetRegulasi.IndragiriHilir, pelaksana);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kadisDpmptsp, "Hj. Rosnaini, S.E.", DasarPenentuan.Struktur);
    }

    [Fact]
    public void Tentukan_InhilDpmptspPelaksanaDiBawahKepalaDinas_TanpaCatatanPelanggaranPita()
    {
        var (st, _, pelaksana) = BuatDpmptspInhil();

        var hasil = st.Tentukan(PresetRegulasi.IndragiriHilir, pelaksana);

        hasil.PejabatPenilaiKinerja.Catatan.ShouldNotContain(c => c.Contains("tidak sesuai tingkat jenjang", StringComparison.Ordinal));
        hasil.PejabatPenilaiKinerja.Catatan.ShouldNotContain(c => c.Contains("Tidak ada pejabat lebih tinggi", StringComparison.Ordinal));
    }

    private static (StrukturUji Struktur, JabatanSnapshot KepalaPuskesmas, JabatanSnapshot Perawat) BuatPuskesmasInhil()
    {
        var st = new StrukturUji();
        var dinkes = st.PerangkatDaerah(JenisPerangkatDaerah.Dinas, "Dinas Kesehatan");
        dinkes.Akar.Kepala(JenisJabatan.JptPratama, "Kepala Dinas Kesehatan", "dr. H. Rahmat Hidayat");
        var puskesmas = st.PerangkatDaerah(JenisPerangkatDaerah.Puskesmas, "Puskesmas Tembilahan", induk: dinkes);
        var kepala = puskesmas.Akar.KepalaFungsional("Kepala Puskesmas Tembilahan", JenjangFungsional.AhliMuda, "dr. Nova Yanti");
        var perawat = puskesmas.Akar.Fungsional("Perawat Ahli Pertama", JenjangFungsional.AhliPertama);
        return (st, kepala, perawat);
    }

    // 003_a712a2c678725951.txt Ps 7(3): "Dalam hal Pejabat Fungsional diangkat untuk memimpin suatu unit kerja mandiri …,
    // Pejabat Fungsional tersebut dapat membawahi Pejabat Fungsional dan pelaksana."
    [Fact]
    public void Tentukan_InhilPuskesmas_PpkKepalaPuskesmas()
    {
        var (st, kepala, perawat) = BuatPuskesmasInhil();

        var hasil = st.Tentukan(PresetRegulasi.IndragiriHilir, perawat);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kepala, "dr. Nova Yanti", DasarPenentuan.Struktur);
        hasil.PimpinanUnitOrganisasi.HarusJabatan(kepala, "dr. Nova Yanti", DasarPenentuan.Struktur);
    }

    [Fact]
    public void Tentukan_InhilPuskesmas_TanpaCatatanPelanggaranPita()
    {
        var (st, _, perawat) = BuatPuskesmasInhil();

        var hasil = st.Tentukan(PresetRegulasi.IndragiriHilir, perawat);

        hasil.PejabatPenilaiKinerja.Catatan.ShouldNotContain(c => c.Contains("tidak sesuai tingkat jenjang", StringComparison.Ordinal));
        hasil.PejabatPenilaiKinerja.Catatan.ShouldNotContain(c => c.Contains("Tidak ada pejabat lebih tinggi", StringComparison.Ordinal));
    }

    // ================================================================================================================
    // Fallback (no Peta Jabatan) and explicit kedudukan
    // ================================================================================================================

    // DOMAIN.md §4.7, one row per seed: 000_f720e179c5bde346.txt Lampiran I ("di bawah Pejabat Struktural yang sesuai dengan
    // tugas dan fungsinya"); 001_75f6c752ea8be86f.txt Ps 7(4) ("mengacu bagan/struktur organisasi"); 002_d52b46878c9378dd.txt
    // Ps 7(3) ("susunan organisasi dan/atau Peta Jabatan"); 003_a712a2c678725951.txt Ps 7(4) (Peta Jabatan "ditetapkan oleh
    // Bupati", no fallback: [P] provisional); 004_af01d94e9933b5a2.txt Ps 8(3) ("disesuaikan dengan struktur organisasi").
    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, "berada di bawah pejabat struktural yang sesuai dengan tugas dan fungsinya")]
    [InlineData(PresetRegulasi.MusiBanyuasin, "mengacu bagan/struktur organisasi unit")]
    [InlineData(PresetRegulasi.IndragiriHilir, "Peta Jabatan belum ditetapkan; kedudukan bersifat sementara")]
    [InlineData(PresetRegulasi.Sambas, "mengikuti susunan organisasi Perangkat Daerah")]
    public void Tentukan_TanpaKedudukan_KepalaUnitDenganCatatanPenggantiMenurutPreset(PresetRegulasi preset, string frasa)
    {
        var hasil = s.Tentukan(preset, pengolahData);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kasi, NamaKasi, DasarPenentuan.Struktur);
        hasil.PejabatPenilaiKinerja.Catatan.ShouldHaveSingleItem().ShouldContain(frasa);
    }

    // 002_d52b46878c9378dd.txt Ps 7(3) (susunan organisasi) with Lampiran A.1)b)2: the Kepala Seksi under a level-2 Kepala
    // Bidang is a level-3 "pelaksana koordinasi … seperti ketua tim", so the structural PPK is the Kepala Bidang (V-KED-08).
    [Fact]
    public void Tentukan_TarakanTanpaKedudukan_KasiLevel3DilewatiPpkKepalaBidang()
    {
        var hasil = s.Tentukan(PresetRegulasi.Tarakan, pengolahData);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kabid, NamaKabid, DasarPenentuan.Struktur);
        hasil.PejabatPenilaiKinerja.Catatan.Count.ShouldBe(2);
        hasil.PejabatPenilaiKinerja.Catatan[0].ShouldContain("mengikuti susunan organisasi Perangkat Daerah");
        hasil.PejabatPenilaiKinerja.Catatan[1].ShouldContain("pelaksana koordinasi");
    }

    // A kedudukan set in the Peta Jabatan (Ps 7(1) of 000_f720e179c5bde346.txt, 001_75f6c752ea8be86f.txt, 003_a712a2c678725951.txt)
    // beats the structural default, and needs no fallback note.
    [Fact]
    public void Tentukan_KedudukanDitetapkan_MengalahkanKepalaUnit()
    {
        s.Kedudukan(pengolahData, sekretaris);

        var hasil = s.Tentukan(PresetRegulasi.MusiBanyuasin, pengolahData);

        hasil.PejabatPenilaiKinerja.HarusJabatan(sekretaris, NamaSekretaris, DasarPenentuan.Kedudukan);
        hasil.PejabatPenilaiKinerja.Catatan.ShouldBeEmpty();
        hasil.PimpinanUnitOrganisasi.HarusJabatan(kadis, NamaKadis, DasarPenentuan.Struktur);
    }

    // An explicit kedudukan was checked against the INHIL bands when it was set (Kedudukan.Tetapkan, V-KED-04); the resolver
    // does not move it again.
    [Fact]
    public void Tentukan_InhilKedudukanDitetapkan_TidakDinaikkanLagiOlehPita()
    {
        var d = BuatDinasPerhubunganInhil();
        var analis = d.Seksi.Fungsional("Analis Transportasi Ahli Muda", JenjangFungsional.AhliMuda);
        d.Struktur.Kedudukan(analis, d.Kasi);

        var hasil = d.Struktur.Tentukan(PresetRegulasi.IndragiriHilir, analis);

        hasil.PejabatPenilaiKinerja.HarusJabatan(d.Kasi, "Asmawati, S.E.", DasarPenentuan.Kedudukan);
        hasil.PejabatPenilaiKinerja.Catatan.ShouldBeEmpty();
    }

    // A kedudukan to an official below Pengawas was accepted only with a delegation (V-KED-01, PPK definitions in Ps 1), so
    // the resolver keeps it.
    [Fact]
    public void Tentukan_KedudukanKePelaksanaBerdelegasi_TidakDilewati()
    {
        var koordinator = seksi.Pelaksana("Pengelola Kurikulum");
        s.Dijabat(koordinator, "Dewi Anggraini, S.Pd.");
        s.Kedudukan(pengolahData, koordinator);

        var hasil = s.Tentukan(PresetRegulasi.MusiBanyuasin, pengolahData);

        hasil.PejabatPenilaiKinerja.HarusJabatan(koordinator, "Dewi Anggraini, S.Pd.", DasarPenentuan.Kedudukan);
    }

    [Fact]
    public void Tentukan_KedudukanKeJabatanYangSudahDitutup_KembaliKeStruktur()
    {
        var seksiSarana = bidang.Unit("Seksi Sarana dan Prasarana");
        var kasiSarana = seksiSarana.Kepala(JenisJabatan.Pengawas, "Kepala Seksi Sarana dan Prasarana", "Eko Prasetyo");
        s.Kedudukan(pengolahData, kasiSarana).Tutup(kasiSarana);

        var hasil = s.Tentukan(PresetRegulasi.MusiBanyuasin, pengolahData);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kasi, NamaKasi, DasarPenentuan.Struktur);
    }

    [Fact]
    public void Tentukan_KedudukanKeJabatanLowong_NaikDenganDasarKedudukan()
    {
        var seksiSarana = bidang.Unit("Seksi Sarana dan Prasarana");
        var kasiSarana = seksiSarana.KepalaLowong(JenisJabatan.Pengawas, "Kepala Seksi Sarana dan Prasarana");
        s.Kedudukan(pengolahData, kasiSarana);

        var hasil = s.Tentukan(PresetRegulasi.MusiBanyuasin, pengolahData);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kabid, NamaKabid, DasarPenentuan.Kedudukan);
        hasil.PejabatPenilaiKinerja.Catatan.ShouldBe(["Jabatan Kepala Seksi Sarana dan Prasarana lowong; diteruskan ke Kepala Bidang Pembinaan Sekolah Dasar."]);
    }

    // ================================================================================================================
    // Vacancies, acting officials, officials below Pengawas
    // ================================================================================================================

    [Fact]
    public void Tentukan_KepalaSeksiLowong_NaikKeKepalaBidangDenganCatatanLowong()
    {
        var seksiKesiswaan = bidang.Unit("Seksi Kesiswaan");
        seksiKesiswaan.KepalaLowong(JenisJabatan.Pengawas, "Kepala Seksi Kesiswaan");
        var pelaksana = seksiKesiswaan.Pelaksana("Pengelola Data Kesiswaan");

        var hasil = s.Tentukan(PresetRegulasi.MusiBanyuasin, pelaksana);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kabid, NamaKabid, DasarPenentuan.Struktur);
        hasil.PejabatPenilaiKinerja.Catatan.ShouldContain("Jabatan Kepala Seksi Kesiswaan lowong; diteruskan ke Kepala Bidang Pembinaan Sekolah Dasar.");
    }

    [Fact]
    public void Tentukan_KepalaSeksiDanKepalaBidangLowong_NaikKeKepalaDinas()
    {
        var bidangBaru = akarDinas.Unit("Bidang Pembinaan Sekolah Menengah Pertama");
        bidangBaru.KepalaLowong(JenisJabatan.Administrator, "Kepala Bidang Pembinaan SMP");
        var seksiSmp = bidangBaru.Unit("Seksi Kurikulum SMP");
        seksiSmp.KepalaLowong(JenisJabatan.Pengawas, "Kepala Seksi Kurikulum SMP");
        var pelaksana = seksiSmp.Pelaksana("Pengolah Data SMP");

        var hasil = s.Tentukan(PresetRegulasi.MusiBanyuasin, pelaksana);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kadis, NamaKadis, DasarPenentuan.Struktur);
        hasil.PejabatPenilaiKinerja.Catatan.Where(c => c.Contains("lowong", StringComparison.Ordinal)).ShouldBe(
        [
            "Jabatan Kepala Seksi Kurikulum SMP lowong; diteruskan ke Kepala Bidang Pembinaan SMP.",
            "Jabatan Kepala Bidang Pembinaan SMP lowong; diteruskan ke Kepala Dinas Pendidikan.",
        ]);
    }

    [Fact]
    public void Tentukan_SemuaAtasanLowong_TidakDitemukanDenganCatatan()
    {
        var st = new StrukturUji();
        var dinas = st.PerangkatDaerah(JenisPerangkatDaerah.Dinas, "Dinas Sosial");
        dinas.Akar.KepalaLowong(JenisJabatan.JptPratama, "Kepala Dinas Sosial");
        var pekerjaSosial = dinas.Akar.Fungsional("Pekerja Sosial Ahli Pertama", JenjangFungsional.AhliPertama);

        var hasil = st.Tentukan(PresetRegulasi.MusiBanyuasin, pekerjaSosial);

        hasil.PejabatPenilaiKinerja.HarusTidakDitemukan();
        hasil.PejabatPenilaiKinerja.Catatan.ShouldContain("Jabatan Kepala Dinas Sosial lowong dan tidak ada pejabat di atasnya.");
        hasil.PimpinanUnitOrganisasi.HarusTidakDitemukan();
    }

    // Plh beats the definitive holder, who beats a Plt (DOMAIN.md §4.8 "if ppk position vacant: use Plt/Plh holder", §15 Q-9).
    // Every non-empty combination of holders of the Kepala Seksi post.
    [Theory]
    [InlineData(true, false, false, JenisPemangkuan.Definitif)]
    [InlineData(false, true, false, JenisPemangkuan.Plt)]
    [InlineData(false, false, true, JenisPemangkuan.Plh)]
    [InlineData(true, true, false, JenisPemangkuan.Definitif)]
    [InlineData(true, false, true, JenisPemangkuan.Plh)]
    [InlineData(false, true, true, JenisPemangkuan.Plh)]
    [InlineData(true, true, true, JenisPemangkuan.Plh)]
    public void Tentukan_PemangkuKepalaSeksi_PlhLaluDefinitifLaluPlt(bool definitif, bool plt, bool plh, JenisPemangkuan bertindak)
    {
        var seksiKesiswaan = bidang.Unit("Seksi Kesiswaan");
        var kasiKesiswaan = seksiKesiswaan.KepalaLowong(JenisJabatan.Pengawas, "Kepala Seksi Kesiswaan");
        var pelaksana = seksiKesiswaan.Pelaksana("Pengelola Data Kesiswaan");
        var nama = new Dictionary<JenisPemangkuan, string>
        {
            [JenisPemangkuan.Definitif] = "Suryani, S.Pd.",
            [JenisPemangkuan.Plt] = "Hendra Wijaya, S.Pd.",
            [JenisPemangkuan.Plh] = "Yuliana, S.Pd.",
        };
        if (plt)
        {
            s.Plt(kasiKesiswaan, nama[JenisPemangkuan.Plt]);
        }

        if (definitif)
        {
            s.Dijabat(kasiKesiswaan, nama[JenisPemangkuan.Definitif]);
        }

        if (plh)
        {
            s.Plh(kasiKesiswaan, nama[JenisPemangkuan.Plh]);
        }

        var hasil = s.Tentukan(PresetRegulasi.MusiBanyuasin, pelaksana);

        var ppk = hasil.PejabatPenilaiKinerja;
        ppk.HarusJabatan(kasiKesiswaan, nama[bertindak], DasarPenentuan.Struktur);
        ppk.Pemangku!.Jenis.ShouldBe(bertindak);
        ppk.Catatan.ShouldNotContain(c => c.Contains("lowong", StringComparison.Ordinal));
        if (bertindak == JenisPemangkuan.Definitif)
        {
            ppk.Catatan.ShouldNotContain(c => c.Contains("dijabat oleh", StringComparison.Ordinal));
        }
        else
        {
            ppk.Catatan.ShouldContain($"Kepala Seksi Kesiswaan dijabat oleh {bertindak}. {nama[bertindak]}.");
        }
    }

    // V-KED-01 (PPK definitions, e.g. 001_75f6c752ea8be86f.txt Ps 1 angka 22: "paling rendah Pejabat Pengawas"): a Pelaksana
    // heading a working group is not a PPK; the resolver climbs to the Kepala Seksi and says why.
    [Fact]
    public void Tentukan_KepalaKelompokPelaksana_DilewatiKeKepalaSeksi()
    {
        var kelompok = seksi.Unit("Kelompok Kerja Arsip Kurikulum");
        kelompok.Kepala(JenisJabatan.Pelaksana, "Koordinator Arsip Kurikulum", "Dedi Kurniawan");
        var pengelolaArsip = kelompok.Pelaksana("Pengelola Arsip");

        var hasil = s.Tentukan(PresetRegulasi.MusiBanyuasin, pengelolaArsip);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kasi, NamaKasi, DasarPenentuan.Struktur);
        hasil.PejabatPenilaiKinerja.Catatan.ShouldContain(
            "Koordinator Arsip Kurikulum bukan pejabat yang dapat menjadi Pejabat Penilai Kinerja; diteruskan ke Kepala Seksi Kurikulum.");
    }

    // ================================================================================================================
    // Pimpinan Unit Organisasi
    // ================================================================================================================

    private sealed record SetdaSambas(StrukturUji Struktur, JabatanSnapshot Sekda, JabatanSnapshot Asisten, JabatanSnapshot Kabag, UnitUji Bagian, JabatanSnapshot Kasubbag, JabatanSnapshot Perancang);

    // 004_af01d94e9933b5a2.txt Lampiran I B.1.d.1) and B.2 huruf a: in the Setda each Bagian is a unit organisasi, "Kepala
    // Bagian sebagai pejabat penilai kinerja dan Pimpinan Unit Organisasi"; "Penilaian kinerja Kepala Bagian dilakukan oleh
    // Asisten" (angka 2).
    private static SetdaSambas BuatSetdaSambas(bool kabagLowong = false)
    {
        var st = new StrukturUji();
        var setda = st.PerangkatDaerah(JenisPerangkatDaerah.SekretariatDaerah, "Sekretariat Daerah");
        var sekda = setda.Akar.Kepala(JenisJabatan.JptPratama, "Sekretaris Daerah", "H. Fahrur Rozi, S.H., M.H.");
        var asistenUnit = setda.Akar.Unit("Asisten Pemerintahan dan Kesejahteraan Rakyat");
        var asisten = asistenUnit.Kepala(JenisJabatan.JptPratama, "Asisten Pemerintahan dan Kesejahteraan Rakyat", "Drs. Uray Husna Asmara");
        var bagianHukum = asistenUnit.Unit("Bagian Hukum", mandiri: true);
        var kabag = kabagLowong
            ? bagianHukum.KepalaLowong(JenisJabatan.Administrator, "Kepala Bagian Hukum")
            : bagianHukum.Kepala(JenisJabatan.Administrator, "Kepala Bagian Hukum", "Yudi Hartanto, S.H.");
        var subbag = bagianHukum.Unit("Subbagian Perundang-undangan");
        var kasubbag = subbag.Kepala(JenisJabatan.Pengawas, "Kepala Subbagian Perundang-undangan", "Meliana, S.H.");
        var perancang = subbag.Fungsional("Perancang Peraturan Perundang-undangan Ahli Pertama", JenjangFungsional.AhliPertama);
        return new SetdaSambas(st, sekda, asisten, kabag, bagianHukum, kasubbag, perancang);
    }

    // PUO = head of the nearest unit organisasi at or above (DOMAIN.md §4.8 ResolvePUO); 004_af01d94e9933b5a2.txt Lampiran I
    // model 1–3: JF "berkedudukan di bawah Kepala Subbagian atau di bawah Kepala Bagian".
    [Fact]
    public void Tentukan_SambasSetdaJfDiSubbagian_PpkKasubbagDanPuoKepalaBagian()
    {
        var setda = BuatSetdaSambas();

        var hasil = setda.Struktur.Tentukan(PresetRegulasi.Sambas, setda.Perancang);

        hasil.PejabatPenilaiKinerja.HarusJabatan(setda.Kasubbag, "Meliana, S.H.", DasarPenentuan.Struktur);
        hasil.PimpinanUnitOrganisasi.HarusJabatan(setda.Kabag, "Yudi Hartanto, S.H.", DasarPenentuan.Struktur);
    }

    // A unit head's PUO is the head above, never the head himself: the Kasubbag is led by the Kepala Bagian; the Kepala Bagian
    // (head of a unit organisasi) by the next unit organisasi up, the Setda, while his PPK is the Asisten (B.2 huruf a angka 2).
    [Fact]
    public void Tentukan_KepalaUnit_PuoPimpinanDiAtasnya()
    {
        var setda = BuatSetdaSambas();

        var kasubbag = setda.Struktur.Tentukan(PresetRegulasi.Sambas, setda.Kasubbag);
        var kabag = setda.Struktur.Tentukan(PresetRegulasi.Sambas, setda.Kabag);

        kasubbag.PejabatPenilaiKinerja.HarusJabatan(setda.Kabag, "Yudi Hartanto, S.H.", DasarPenentuan.Struktur);
        kasubbag.PimpinanUnitOrganisasi.HarusJabatan(setda.Kabag, "Yudi Hartanto, S.H.", DasarPenentuan.Struktur);
        kabag.PejabatPenilaiKinerja.HarusJabatan(setda.Asisten, "Drs. Uray Husna Asmara", DasarPenentuan.Struktur);
        kabag.PimpinanUnitOrganisasi.HarusJabatan(setda.Sekda, "H. Fahrur Rozi, S.H., M.H.", DasarPenentuan.Struktur);
    }

    [Fact]
    public void Tentukan_PimpinanUnitOrganisasiLowong_NaikDenganCatatanLowong()
    {
        var setda = BuatSetdaSambas(kabagLowong: true);

        var hasil = setda.Struktur.Tentukan(PresetRegulasi.Sambas, setda.Perancang);

        hasil.PimpinanUnitOrganisasi.HarusJabatan(setda.Asisten, "Drs. Uray Husna Asmara", DasarPenentuan.Struktur);
        hasil.PimpinanUnitOrganisasi.Catatan.ShouldBe(["Jabatan Kepala Bagian Hukum lowong; diteruskan ke Asisten Pemerintahan dan Kesejahteraan Rakyat."]);
        hasil.PejabatPenilaiKinerja.HarusJabatan(setda.Kasubbag, "Meliana, S.H.", DasarPenentuan.Struktur);
    }

    // ================================================================================================================
    // Unknown or closed positions
    // ================================================================================================================

    [Fact]
    public void Tentukan_JabatanTidakDikenal_TidakDitemukan()
    {
        var hasil = s.Tentukan(PresetRegulasi.MusiBanyuasin, Guid.NewGuid());

        hasil.PejabatPenilaiKinerja.HarusTidakDitemukan();
        hasil.PejabatPenilaiKinerja.Catatan.ShouldBe(["Jabatan tidak aktif pada tanggal tersebut."]);
        hasil.PimpinanUnitOrganisasi.HarusTidakDitemukan();
    }

    [Fact]
    public void Tentukan_JabatanSudahDitutup_TidakDitemukan()
    {
        s.Tutup(pengolahData);

        var hasil = s.Tentukan(PresetRegulasi.MusiBanyuasin, pengolahData);

        hasil.PejabatPenilaiKinerja.HarusTidakDitemukan();
        hasil.PimpinanUnitOrganisasi.HarusTidakDitemukan();
    }

    // A closed head post is gone from the structure: the next head up is the PPK, and nothing is "lowong".
    [Fact]
    public void Tentukan_JabatanKepalaSeksiSudahDitutup_KepalaBidang()
    {
        s.Tutup(kasi);

        var hasil = s.Tentukan(PresetRegulasi.MusiBanyuasin, pengolahData);

        hasil.PejabatPenilaiKinerja.HarusJabatan(kabid, NamaKabid, DasarPenentuan.Struktur);
        hasil.PejabatPenilaiKinerja.Catatan.ShouldNotContain(c => c.Contains("lowong", StringComparison.Ordinal));
    }

}
