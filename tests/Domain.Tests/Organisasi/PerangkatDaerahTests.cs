using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using static SistemKerja.Domain.Tests.DataUji;

namespace SistemKerja.Domain.Tests.Organisasi;

public sealed class PerangkatDaerahTests
{
    private readonly PemerintahDaerah pemda = BuatPemda();

    private Result<PerangkatDaerah> Bentuk(JenisPerangkatDaerah jenis, TipeOrganisasi? tipe = null, PerangkatDaerah? induk = null) =>
        PerangkatDaerah.Bentuk(pemda, jenis, tipe, "  Nama Organisasi  ", "  bkpsdm ", "  Jl. Norman Umar  ", induk);

    // ---- Happy path ----

    [Fact]
    public void Bentuk_Dinas_TrimsTextUppercasesSingkatanAndBelongsToPemda()
    {
        var hasil = Bentuk(JenisPerangkatDaerah.Dinas);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        var pd = hasil.Nilai;
        pd.PemerintahDaerahId.ShouldBe(pemda.Id);
        pd.IndukId.ShouldBeNull();
        pd.Nama.ShouldBe("Nama Organisasi");
        pd.Singkatan.ShouldBe("BKPSDM");
        pd.Alamat.ShouldBe("Jl. Norman Umar");
        pd.Jenis.ShouldBe(JenisPerangkatDaerah.Dinas);
        pd.Tipe.ShouldBeNull();
        pd.Id.ShouldNotBe(Guid.Empty);
    }

    [Theory]
    [InlineData(JenisPerangkatDaerah.SekretariatDaerah)]
    [InlineData(JenisPerangkatDaerah.SekretariatDprd)]
    [InlineData(JenisPerangkatDaerah.Inspektorat)]
    [InlineData(JenisPerangkatDaerah.Dinas)]
    [InlineData(JenisPerangkatDaerah.Badan)]
    [InlineData(JenisPerangkatDaerah.Dpmptsp)]
    [InlineData(JenisPerangkatDaerah.SatpolPp)]
    [InlineData(JenisPerangkatDaerah.Bpbd)]
    [InlineData(JenisPerangkatDaerah.Kesbangpol)]
    [InlineData(JenisPerangkatDaerah.Kecamatan)]
    [InlineData(JenisPerangkatDaerah.Kantor)]
    public void Bentuk_StandalonePdWithoutIndukOrTipe_Succeeds(JenisPerangkatDaerah jenis)
    {
        Bentuk(jenis).Berhasil.ShouldBeTrue();
    }

    [Fact]
    public void UbahIdentitas_NewValues_TrimsAndUppercasesSingkatan()
    {
        var pd = Bentuk(JenisPerangkatDaerah.Badan).Nilai;

        pd.UbahIdentitas(" Badan Kepegawaian ", " bkd ", " Jl. Merdeka ");

        pd.Nama.ShouldBe("Badan Kepegawaian");
        pd.Singkatan.ShouldBe("BKD");
        pd.Alamat.ShouldBe("Jl. Merdeka");
    }

    [Theory]
    [InlineData(JenisPerangkatDaerah.Uptd, true)]
    [InlineData(JenisPerangkatDaerah.Puskesmas, true)]
    [InlineData(JenisPerangkatDaerah.SatuanPendidikan, true)]
    [InlineData(JenisPerangkatDaerah.Kelurahan, true)]
    [InlineData(JenisPerangkatDaerah.Dinas, false)]
    [InlineData(JenisPerangkatDaerah.Kecamatan, false)]
    [InlineData(JenisPerangkatDaerah.Rsud, false)]
    [InlineData(JenisPerangkatDaerah.Kantor, false)]
    public void JenisTurunan_Jenis_TrueOnlyForSubOrganisations(JenisPerangkatDaerah jenis, bool turunan)
    {
        PerangkatDaerah.JenisTurunan(jenis).ShouldBe(turunan);
    }

    // ---- OrganisasiTurunanWajibMemilikiInduk ----

    // 000_f720e179c5bde346.txt Ps 1 angka 6: UPTD is "pada Dinas atau Badan"; DOMAIN.md §4.1.
    [Theory]
    [InlineData(JenisPerangkatDaerah.Uptd, TipeOrganisasi.A)]
    [InlineData(JenisPerangkatDaerah.Puskesmas, null)]
    [InlineData(JenisPerangkatDaerah.SatuanPendidikan, null)]
    [InlineData(JenisPerangkatDaerah.Kelurahan, null)]
    public void Bentuk_SubOrganisationWithoutInduk_FailsWithOrganisasiTurunanWajibMemilikiInduk(JenisPerangkatDaerah jenis, TipeOrganisasi? tipe)
    {
        var hasil = Bentuk(jenis, tipe);

        HarusGagalDenganAturan(hasil, nameof(OrganisasiTurunanWajibMemilikiInduk));
    }

    // ---- IndukHarusSesuaiJenisOrganisasi ----

    // 000_f720e179c5bde346.txt Ps 1 angka 6 (UPTD on a Dinas or Badan); DOMAIN.md §4.1.
    [Theory]
    [InlineData(JenisPerangkatDaerah.Dinas)]
    [InlineData(JenisPerangkatDaerah.Badan)]
    [InlineData(JenisPerangkatDaerah.Dpmptsp)]
    public void Bentuk_UptdUnderDinasOrBadan_SucceedsAndKeepsInduk(JenisPerangkatDaerah jenisInduk)
    {
        var induk = BuatPd(pemda, jenisInduk);

        var hasil = Bentuk(JenisPerangkatDaerah.Uptd, TipeOrganisasi.B, induk);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        hasil.Nilai.IndukId.ShouldBe(induk.Id);
        hasil.Nilai.Tipe.ShouldBe(TipeOrganisasi.B);
    }

    // 000_f720e179c5bde346.txt Ps 8(4)–(5): UPTD led by a JF; SD/SMP led by a Kepala Sekolah; both belong to a Dinas.
    [Theory]
    [InlineData(JenisPerangkatDaerah.Puskesmas)]
    [InlineData(JenisPerangkatDaerah.SatuanPendidikan)]
    public void Bentuk_PuskesmasOrSchoolUnderDinas_Succeeds(JenisPerangkatDaerah jenis)
    {
        var dinas = BuatPd(pemda, JenisPerangkatDaerah.Dinas);

        Bentuk(jenis, induk: dinas).Berhasil.ShouldBeTrue();
    }

    [Theory]
    [InlineData(JenisPerangkatDaerah.Kecamatan)]
    [InlineData(JenisPerangkatDaerah.SekretariatDaerah)]
    [InlineData(JenisPerangkatDaerah.Inspektorat)]
    [InlineData(JenisPerangkatDaerah.Rsud)]
    public void Bentuk_UptdUnderNonDinasOrBadan_FailsWithIndukHarusSesuaiJenisOrganisasi(JenisPerangkatDaerah jenisInduk)
    {
        var induk = BuatPd(pemda, jenisInduk, jenisInduk == JenisPerangkatDaerah.Rsud ? TipeOrganisasi.C : null);

        var hasil = Bentuk(JenisPerangkatDaerah.Uptd, TipeOrganisasi.A, induk);

        HarusGagalDenganAturan(hasil, nameof(IndukHarusSesuaiJenisOrganisasi));
        hasil.ErrorUtama!.Pesan.ShouldContain("Dinas atau Badan");
    }

    [Fact]
    public void Bentuk_UptdUnderAnotherUptd_FailsWithIndukHarusSesuaiJenisOrganisasi()
    {
        var dinas = BuatPd(pemda, JenisPerangkatDaerah.Dinas);
        var uptd = BuatPd(pemda, JenisPerangkatDaerah.Uptd, TipeOrganisasi.A, dinas);

        var hasil = Bentuk(JenisPerangkatDaerah.Uptd, TipeOrganisasi.B, uptd);

        HarusGagalDenganAturan(hasil, nameof(IndukHarusSesuaiJenisOrganisasi));
    }

    // 001_75f6c752ea8be86f.txt Lampiran B.1.i.3, 002_d52b46878c9378dd.txt Lampiran A.3)a): Kelurahan is part of the Kecamatan (DOMAIN.md §4.1).
    [Fact]
    public void Bentuk_KelurahanUnderKecamatan_Succeeds()
    {
        var kecamatan = BuatPd(pemda, JenisPerangkatDaerah.Kecamatan);

        var hasil = Bentuk(JenisPerangkatDaerah.Kelurahan, induk: kecamatan);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        hasil.Nilai.IndukId.ShouldBe(kecamatan.Id);
    }

    [Theory]
    [InlineData(JenisPerangkatDaerah.Dinas)]
    [InlineData(JenisPerangkatDaerah.Badan)]
    [InlineData(JenisPerangkatDaerah.SekretariatDaerah)]
    public void Bentuk_KelurahanUnderNonKecamatan_FailsWithIndukHarusSesuaiJenisOrganisasi(JenisPerangkatDaerah jenisInduk)
    {
        var induk = BuatPd(pemda, jenisInduk);

        var hasil = Bentuk(JenisPerangkatDaerah.Kelurahan, induk: induk);

        HarusGagalDenganAturan(hasil, nameof(IndukHarusSesuaiJenisOrganisasi));
        hasil.ErrorUtama!.Pesan.ShouldContain("Kecamatan");
    }

    [Theory]
    [InlineData(JenisPerangkatDaerah.Uptd, TipeOrganisasi.A)]
    [InlineData(JenisPerangkatDaerah.Puskesmas, null)]
    [InlineData(JenisPerangkatDaerah.SatuanPendidikan, null)]
    public void Bentuk_DinasSubOrganisationUnderKecamatan_FailsWithIndukHarusSesuaiJenisOrganisasi(JenisPerangkatDaerah jenis, TipeOrganisasi? tipe)
    {
        var kecamatan = BuatPd(pemda, JenisPerangkatDaerah.Kecamatan);

        var hasil = Bentuk(jenis, tipe, kecamatan);

        HarusGagalDenganAturan(hasil, nameof(IndukHarusSesuaiJenisOrganisasi));
    }

    [Theory]
    [InlineData(JenisPerangkatDaerah.Dinas)]
    [InlineData(JenisPerangkatDaerah.Kecamatan)]
    [InlineData(JenisPerangkatDaerah.Kantor)]
    public void Bentuk_StandalonePdWithInduk_FailsWithIndukHarusSesuaiJenisOrganisasi(JenisPerangkatDaerah jenis)
    {
        var induk = BuatPd(pemda, JenisPerangkatDaerah.Badan);

        var hasil = Bentuk(jenis, induk: induk);

        HarusGagalDenganAturan(hasil, nameof(IndukHarusSesuaiJenisOrganisasi));
        hasil.ErrorUtama!.Pesan.ShouldContain("tidak memiliki induk");
    }

    // ---- IndukHarusDariPemerintahDaerahYangSama ----

    [Fact]
    public void Bentuk_IndukFromAnotherPemda_FailsWithIndukHarusDariPemerintahDaerahYangSama()
    {
        var dinasDaerahLain = BuatPd(BuatPemda(PresetRegulasi.Sambas), JenisPerangkatDaerah.Dinas);

        var hasil = Bentuk(JenisPerangkatDaerah.Uptd, TipeOrganisasi.A, dinasDaerahLain);

        HarusGagalDenganAturan(hasil, nameof(IndukHarusDariPemerintahDaerahYangSama));
    }

    [Fact]
    public void Bentuk_KelurahanUnderDinasOfAnotherPemda_ReportsEveryBrokenRule()
    {
        var dinasDaerahLain = BuatPd(BuatPemda(PresetRegulasi.Tarakan), JenisPerangkatDaerah.Dinas);

        var hasil = Bentuk(JenisPerangkatDaerah.Kelurahan, TipeOrganisasi.A, dinasDaerahLain);

        hasil.Gagal.ShouldBeTrue();
        hasil.Errors.Select(e => e.Kode).ShouldBe(
        [
            nameof(IndukHarusSesuaiJenisOrganisasi),
            nameof(IndukHarusDariPemerintahDaerahYangSama),
            nameof(TipeOrganisasiHarusSesuaiJenis),
        ]);
    }

    // ---- TipeOrganisasiHarusSesuaiJenis ----

    // 001_75f6c752ea8be86f.txt Lampiran B.1.g: RSUD tipe C/D; DOMAIN.md §4.2 (RSUD A–D).
    [Theory]
    [InlineData(TipeOrganisasi.A)]
    [InlineData(TipeOrganisasi.B)]
    [InlineData(TipeOrganisasi.C)]
    [InlineData(TipeOrganisasi.D)]
    public void Bentuk_RsudWithTipe_Succeeds(TipeOrganisasi tipe)
    {
        var hasil = Bentuk(JenisPerangkatDaerah.Rsud, tipe);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        hasil.Nilai.Tipe.ShouldBe(tipe);
    }

    // 001_75f6c752ea8be86f.txt Lampiran B.1.g.
    [Fact]
    public void Bentuk_RsudWithoutTipe_FailsWithTipeOrganisasiHarusSesuaiJenis()
    {
        var hasil = Bentuk(JenisPerangkatDaerah.Rsud);

        HarusGagalDenganAturan(hasil, nameof(TipeOrganisasiHarusSesuaiJenis));
        hasil.ErrorUtama!.Pesan.ShouldContain("RSUD");
    }

    // 001_75f6c752ea8be86f.txt Lampiran B.1.i: UPT tipe A (with Kasubbag TU) and tipe B (without).
    [Theory]
    [InlineData(null)]
    [InlineData(TipeOrganisasi.C)]
    [InlineData(TipeOrganisasi.D)]
    public void Bentuk_UptdWithoutTipeAOrB_FailsWithTipeOrganisasiHarusSesuaiJenis(TipeOrganisasi? tipe)
    {
        var dinas = BuatPd(pemda, JenisPerangkatDaerah.Dinas);

        var hasil = Bentuk(JenisPerangkatDaerah.Uptd, tipe, dinas);

        HarusGagalDenganAturan(hasil, nameof(TipeOrganisasiHarusSesuaiJenis));
    }

    [Theory]
    [InlineData(JenisPerangkatDaerah.Dinas, TipeOrganisasi.A)]
    [InlineData(JenisPerangkatDaerah.Kecamatan, TipeOrganisasi.C)]
    [InlineData(JenisPerangkatDaerah.SekretariatDaerah, TipeOrganisasi.B)]
    public void Bentuk_TipeOnJenisWithoutTipe_FailsWithTipeOrganisasiHarusSesuaiJenis(JenisPerangkatDaerah jenis, TipeOrganisasi tipe)
    {
        var hasil = Bentuk(jenis, tipe);

        HarusGagalDenganAturan(hasil, nameof(TipeOrganisasiHarusSesuaiJenis));
        hasil.ErrorUtama!.Pesan.ShouldContain("tidak memiliki tipe");
    }

    private static void HarusGagalDenganAturan(Result<PerangkatDaerah> hasil, string kode)
    {
        hasil.Gagal.ShouldBeTrue();
        hasil.Errors.Count.ShouldBe(1, string.Join("; ", hasil.Errors.Select(e => e.Kode)));
        var error = hasil.ErrorUtama!;
        error.Kode.ShouldBe(kode);
        error.Jenis.ShouldBe(ErrorKind.AturanDilanggar);
        error.Pesan.ShouldNotBeNullOrWhiteSpace();
    }
}
