using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using static SistemKerja.Domain.Tests.DataUji;

namespace SistemKerja.Domain.Tests.Organisasi;

public sealed class JabatanTests
{
    private readonly UnitOrganisasi unit = UnitOrganisasi.BuatDi(BuatUnitAkar(), "Bidang Pembinaan SD", unitOrganisasiMandiri: true);

    private Result<Jabatan> Bentuk(
        JenisJabatan jenis,
        JenjangFungsional? jenjang = null,
        int kelas = 9,
        bool memimpinUnit = false,
        TugasTambahan? tugasTambahan = null,
        bool hasilPenyetaraan = false,
        string nama = "Analis Kebijakan") =>
        Jabatan.Bentuk(unit, nama, jenis, jenjang, kelas, memimpinUnit, tugasTambahan, hasilPenyetaraan);

    // ---- Happy path ----

    [Fact]
    public void Bentuk_JfWithJenjang_SucceedsInUnitAndPdOfUnit()
    {
        var hasil = Bentuk(JenisJabatan.Fungsional, JenjangFungsional.AhliMuda, kelas: 11, hasilPenyetaraan: true, nama: "  Analis Kebijakan ");

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        var jabatan = hasil.Nilai;
        jabatan.UnitOrganisasiId.ShouldBe(unit.Id);
        jabatan.PerangkatDaerahId.ShouldBe(unit.PerangkatDaerahId);
        jabatan.Nama.ShouldBe("Analis Kebijakan");
        jabatan.Jenis.ShouldBe(JenisJabatan.Fungsional);
        jabatan.Jenjang.ShouldBe(JenjangFungsional.AhliMuda);
        jabatan.Kategori.ShouldBe(KategoriFungsional.Keahlian);
        jabatan.KelasJabatan.ShouldBe(11);
        jabatan.MemimpinUnit.ShouldBeFalse();
        jabatan.TugasTambahan.ShouldBeNull();
        jabatan.HasilPenyetaraan.ShouldBeTrue();
    }

    [Fact]
    public void Bentuk_TwoIdenticalSlots_AreTwoDistinctPositions()
    {
        var satu = Bentuk(JenisJabatan.Fungsional, JenjangFungsional.AhliMuda).Nilai;
        var dua = Bentuk(JenisJabatan.Fungsional, JenjangFungsional.AhliMuda).Nilai;

        dua.Id.ShouldNotBe(satu.Id);
    }

    // ---- JenjangHanyaUntukJabatanFungsional (DOMAIN.md §3.1) ----

    [Fact]
    public void Bentuk_JfWithoutJenjang_FailsWithJenjangHanyaUntukJabatanFungsional()
    {
        var hasil = Bentuk(JenisJabatan.Fungsional, jenjang: null);

        HarusGagalDenganAturan(hasil, nameof(JenjangHanyaUntukJabatanFungsional));
        hasil.ErrorUtama!.Pesan.ShouldContain("wajib memiliki jenjang");
    }

    [Theory]
    [InlineData(JenisJabatan.Pelaksana)]
    [InlineData(JenisJabatan.Pengawas)]
    [InlineData(JenisJabatan.Administrator)]
    [InlineData(JenisJabatan.JptPratama)]
    public void Bentuk_NonJfWithJenjang_FailsWithJenjangHanyaUntukJabatanFungsional(JenisJabatan jenis)
    {
        var hasil = Bentuk(jenis, JenjangFungsional.AhliPertama);

        HarusGagalDenganAturan(hasil, nameof(JenjangHanyaUntukJabatanFungsional));
        hasil.ErrorUtama!.Pesan.ShouldContain("hanya diisi untuk Jabatan Fungsional");
    }

    // 003_a712a2c678725951.txt Lampiran B.1 names the keahlian jenjang; keterampilan jenjang are [B] (DOMAIN.md §3.1).
    [Theory]
    [InlineData(JenjangFungsional.AhliPertama, KategoriFungsional.Keahlian)]
    [InlineData(JenjangFungsional.AhliMuda, KategoriFungsional.Keahlian)]
    [InlineData(JenjangFungsional.AhliMadya, KategoriFungsional.Keahlian)]
    [InlineData(JenjangFungsional.AhliUtama, KategoriFungsional.Keahlian)]
    [InlineData(JenjangFungsional.Pemula, KategoriFungsional.Keterampilan)]
    [InlineData(JenjangFungsional.Terampil, KategoriFungsional.Keterampilan)]
    [InlineData(JenjangFungsional.Mahir, KategoriFungsional.Keterampilan)]
    [InlineData(JenjangFungsional.Penyelia, KategoriFungsional.Keterampilan)]
    public void Kategori_JfJenjang_FollowsFromJenjang(JenjangFungsional jenjang, KategoriFungsional kategori)
    {
        Bentuk(JenisJabatan.Fungsional, jenjang).Nilai.Kategori.ShouldBe(kategori);
    }

    [Fact]
    public void Kategori_NonJf_IsNull()
    {
        Bentuk(JenisJabatan.Pelaksana).Nilai.Kategori.ShouldBeNull();
    }

    // ---- KelasJabatanHarusDalamRentang (DOMAIN.md §3.3: grade 1–17) ----

    [Theory]
    [InlineData(0)]
    [InlineData(18)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void Bentuk_KelasOutside1To17_FailsWithKelasJabatanHarusDalamRentang(int kelas)
    {
        var hasil = Bentuk(JenisJabatan.Pelaksana, kelas: kelas);

        HarusGagalDenganAturan(hasil, nameof(KelasJabatanHarusDalamRentang));
        hasil.ErrorUtama!.Pesan.ShouldContain("1 dan 17");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(17)]
    public void Bentuk_KelasWithin1To17_Succeeds(int kelas)
    {
        var hasil = Bentuk(JenisJabatan.Pelaksana, kelas: kelas);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        hasil.Nilai.KelasJabatan.ShouldBe(kelas);
    }

    // ---- TugasTambahanHanyaUntukJabatanFungsional ----

    // 000_f720e179c5bde346.txt Ps 8(4) (JF "diberi tugas tambahan sebagai Kepala UPTD") and Ps 8(5) (JF guru as Kepala Sekolah).
    [Theory]
    [InlineData(JenisJabatan.Pengawas, TugasTambahan.KepalaUptd)]
    [InlineData(JenisJabatan.JptPratama, TugasTambahan.KepalaSekolah)]
    [InlineData(JenisJabatan.Administrator, TugasTambahan.KepalaPuskesmas)]
    public void Bentuk_TugasTambahanOnNonJf_FailsWithTugasTambahanHanyaUntukJabatanFungsional(JenisJabatan jenis, TugasTambahan tugasTambahan)
    {
        var hasil = Bentuk(jenis, memimpinUnit: true, tugasTambahan: tugasTambahan);

        HarusGagalDenganAturan(hasil, nameof(TugasTambahanHanyaUntukJabatanFungsional));
    }

    // 000_f720e179c5bde346.txt Ps 8(4)–(5); 001_75f6c752ea8be86f.txt Lampiran B.1.j; 002_d52b46878c9378dd.txt Lampiran A.4).
    [Theory]
    [InlineData(TugasTambahan.KepalaSekolah)]
    [InlineData(TugasTambahan.KepalaPuskesmas)]
    [InlineData(TugasTambahan.KepalaUptd)]
    public void Bentuk_JfWithTugasTambahanLeadingUnit_Succeeds(TugasTambahan tugasTambahan)
    {
        var hasil = Bentuk(JenisJabatan.Fungsional, JenjangFungsional.AhliMadya, memimpinUnit: true, tugasTambahan: tugasTambahan);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        hasil.Nilai.MemimpinUnit.ShouldBeTrue();
        hasil.Nilai.TugasTambahan.ShouldBe(tugasTambahan);
    }

    // DOMAIN.md §3.1: "A JF with a tugas tambahan is the PUO and PPK of their unit" (000_f720e179c5bde346.txt Ps 8(4)–(5)).
    [Fact]
    public void Bentuk_JfWithTugasTambahanNotLeadingUnit_Fails()
    {
        var hasil = Bentuk(JenisJabatan.Fungsional, JenjangFungsional.AhliMadya, memimpinUnit: false, tugasTambahan: TugasTambahan.KepalaSekolah);

        hasil.Gagal.ShouldBeTrue();
    }

    // ---- PimpinanUnitHarusJabatanStrukturalAtauBertugasTambahan (DOMAIN.md §3.1 "May be PUO?") ----

    [Fact]
    public void Bentuk_PelaksanaLeadingUnit_FailsWithPimpinanUnitHarusJabatanStrukturalAtauBertugasTambahan()
    {
        var hasil = Bentuk(JenisJabatan.Pelaksana, memimpinUnit: true);

        HarusGagalDenganAturan(hasil, nameof(PimpinanUnitHarusJabatanStrukturalAtauBertugasTambahan));
    }

    // 000_f720e179c5bde346.txt Ps 1 angka 12–13: a JF leads a unit only when appointed to a unit kerja mandiri.
    [Fact]
    public void Bentuk_JfLeadingUnitWithoutTugasTambahan_FailsWithPimpinanUnitHarusJabatanStrukturalAtauBertugasTambahan()
    {
        var hasil = Bentuk(JenisJabatan.Fungsional, JenjangFungsional.AhliUtama, memimpinUnit: true);

        HarusGagalDenganAturan(hasil, nameof(PimpinanUnitHarusJabatanStrukturalAtauBertugasTambahan));
    }

    // 000_f720e179c5bde346.txt Ps 1 angka 13: PUO is a JPT Madya, JPT Pratama, Administrator or Pengawas.
    [Theory]
    [InlineData(JenisJabatan.JptMadya)]
    [InlineData(JenisJabatan.JptPratama)]
    [InlineData(JenisJabatan.Administrator)]
    [InlineData(JenisJabatan.Pengawas)]
    public void Bentuk_StructuralLeadingUnit_Succeeds(JenisJabatan jenis)
    {
        var hasil = Bentuk(jenis, memimpinUnit: true);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        hasil.Nilai.MemimpinUnit.ShouldBeTrue();
    }

    [Theory]
    [InlineData(JenisJabatan.JptMadya, true)]
    [InlineData(JenisJabatan.JptPratama, true)]
    [InlineData(JenisJabatan.Administrator, true)]
    [InlineData(JenisJabatan.Pengawas, true)]
    [InlineData(JenisJabatan.Fungsional, false)]
    [InlineData(JenisJabatan.Pelaksana, false)]
    public void Struktural_Jenis_TrueForJptAdministratorAndPengawasOnly(JenisJabatan jenis, bool struktural)
    {
        jenis.Struktural().ShouldBe(struktural);
    }

    // ---- HasilPenyetaraanHanyaUntukJabatanFungsional ----

    [Theory]
    [InlineData(JenisJabatan.Pelaksana)]
    [InlineData(JenisJabatan.Pengawas)]
    [InlineData(JenisJabatan.Administrator)]
    public void Bentuk_HasilPenyetaraanOnNonJf_FailsWithHasilPenyetaraanHanyaUntukJabatanFungsional(JenisJabatan jenis)
    {
        var hasil = Bentuk(jenis, hasilPenyetaraan: true);

        HarusGagalDenganAturan(hasil, nameof(HasilPenyetaraanHanyaUntukJabatanFungsional));
    }

    // ---- All rules at once ----

    [Fact]
    public void Bentuk_PelaksanaBreakingEveryRule_ReportsAllFiveInOrder()
    {
        var hasil = Bentuk(JenisJabatan.Pelaksana, JenjangFungsional.Mahir, kelas: 0, memimpinUnit: true,
            tugasTambahan: TugasTambahan.KepalaUptd, hasilPenyetaraan: true);

        hasil.Errors.Select(e => e.Kode).ShouldBe(
        [
            nameof(JenjangHanyaUntukJabatanFungsional),
            nameof(KelasJabatanHarusDalamRentang),
            nameof(TugasTambahanHanyaUntukJabatanFungsional),
            nameof(PimpinanUnitHarusJabatanStrukturalAtauBertugasTambahan),
            nameof(HasilPenyetaraanHanyaUntukJabatanFungsional),
        ]);
        hasil.Errors.ShouldAllBe(e => e.Jenis == ErrorKind.AturanDilanggar && e.Pesan.Length > 0);
    }

    // ---- UnitHanyaMemilikiSatuJabatanPimpinan (checked by the handler) ----

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, false)]
    public void UnitHanyaMemilikiSatuJabatanPimpinan_Combination_BrokenOnlyForSecondHead(bool memimpinUnit, bool sudahAdaPimpinan, bool dilanggar)
    {
        var aturan = new UnitHanyaMemilikiSatuJabatanPimpinan(memimpinUnit, sudahAdaPimpinan);

        aturan.Dilanggar().ShouldBe(dilanggar);
        aturan.Pesan.ShouldNotBeNullOrWhiteSpace();
    }

    // ---- NamaLengkap ----

    [Theory]
    [InlineData("Analis Kebijakan", JenjangFungsional.AhliMuda, "Analis Kebijakan Ahli Muda")]
    [InlineData("Analis Kebijakan Ahli Muda", JenjangFungsional.AhliMuda, "Analis Kebijakan Ahli Muda")]
    [InlineData("Perencana ahli madya", JenjangFungsional.AhliMadya, "Perencana ahli madya")]
    [InlineData("Pranata Komputer", JenjangFungsional.Terampil, "Pranata Komputer Terampil")]
    public void NamaLengkap_Jf_AppendsJenjangUnlessAlreadyInName(string nama, JenjangFungsional jenjang, string namaLengkap)
    {
        Bentuk(JenisJabatan.Fungsional, jenjang, nama: nama).Nilai.NamaLengkap.ShouldBe(namaLengkap);
    }

    [Fact]
    public void NamaLengkap_NonJf_IsName()
    {
        Bentuk(JenisJabatan.Administrator, nama: "Kepala Bidang Pembinaan SD").Nilai.NamaLengkap.ShouldBe("Kepala Bidang Pembinaan SD");
    }

    private static void HarusGagalDenganAturan(Result<Jabatan> hasil, string kode)
    {
        hasil.Gagal.ShouldBeTrue();
        hasil.Errors.Count.ShouldBe(1, string.Join("; ", hasil.Errors.Select(e => e.Kode)));
        hasil.ErrorUtama!.Kode.ShouldBe(kode);
        hasil.ErrorUtama.Jenis.ShouldBe(ErrorKind.AturanDilanggar);
        hasil.ErrorUtama.Pesan.ShouldNotBeNullOrWhiteSpace();
    }
}
