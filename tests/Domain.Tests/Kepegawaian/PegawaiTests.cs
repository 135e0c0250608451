using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using static SistemKerja.Domain.Tests.DataUji;

namespace SistemKerja.Domain.Tests.Kepegawaian;

public sealed class PegawaiTests
{
    private const string NipPppk = "198503122022211005";

    private static readonly DateOnly Tmt2020 = new(2020, 1, 1);
    private static readonly DateOnly Tmt2024 = new(2024, 7, 1);

    private readonly Pegawai pegawai = BuatPegawaiPns();
    private readonly Pegawai pegawaiLain = BuatPegawaiPns(NipInhil);
    private readonly Jabatan pelaksanaUmum;
    private readonly Jabatan pelaksanaKeuangan;
    private readonly Jabatan kepalaBidang;

    public PegawaiTests()
    {
        var bidang = UnitOrganisasi.BuatDi(BuatUnitAkar(), "Bidang Pembinaan SD", unitOrganisasiMandiri: true);
        pelaksanaUmum = BuatJabatan(bidang, nama: "Pengadministrasi Umum");
        pelaksanaKeuangan = BuatJabatan(bidang, nama: "Pengelola Keuangan");
        kepalaBidang = BuatJabatanKepala(bidang);
    }

    private static Result<PemangkuJabatan> Tetapkan(
        Pegawai p, Jabatan jabatan, DateOnly tmt, JenisPemangkuan jenis = JenisPemangkuan.Definitif,
        IReadOnlyCollection<PemangkuJabatan>? pemangkuAktif = null, bool akhiriJabatanSebelumnya = false) =>
        p.TetapkanPadaJabatan(jabatan, jenis, tmt, "  800/123/BKPSDM/2024 ", pemangkuAktif ?? [], akhiriJabatanSebelumnya);

    // ---- Daftarkan / GolonganHarusSesuaiStatusKepegawaian ----

    [Fact]
    public void Daftarkan_Pns_TakesBirthDateAndSexFromNipAndTrimsText()
    {
        var pemdaId = Guid.NewGuid();

        var hasil = Pegawai.Daftarkan(pemdaId, BuatNip("19800715 199903 2 003"), StatusKepegawaian.Pns, "  Siti Aminah ", " Dr. ", " S.E., M.Si. ",
            GolonganRuang.IVB, null, Pendidikan.S2, "  siti@example.go.id ");

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        var p = hasil.Nilai;
        p.PemerintahDaerahId.ShouldBe(pemdaId);
        p.Nip.ShouldBe(NipMuba);
        p.Status.ShouldBe(StatusKepegawaian.Pns);
        p.Nama.ShouldBe("Siti Aminah");
        p.GelarDepan.ShouldBe("Dr.");
        p.GelarBelakang.ShouldBe("S.E., M.Si.");
        p.TanggalLahir.ShouldBe(new DateOnly(1980, 7, 15));
        p.JenisKelamin.ShouldBe(JenisKelamin.Perempuan);
        p.GolonganRuang.ShouldBe(GolonganRuang.IVB);
        p.GolonganPppk.ShouldBeNull();
        p.Pendidikan.ShouldBe(Pendidikan.S2);
        p.Email.ShouldBe("siti@example.go.id");
        p.RiwayatJabatan.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Daftarkan_BlankEmail_StoresNull(string? email)
    {
        var hasil = Pegawai.Daftarkan(Guid.NewGuid(), BuatNip(), StatusKepegawaian.Pns, "Siti Aminah", null, null,
            GolonganRuang.IIIA, null, Pendidikan.S1, email);

        hasil.Nilai.Email.ShouldBeNull();
        hasil.Nilai.GelarDepan.ShouldBe("");
        hasil.Nilai.GelarBelakang.ShouldBe("");
    }

    [Fact]
    public void Daftarkan_PppkWithGolonganPppk_Succeeds()
    {
        var hasil = Pegawai.Daftarkan(Guid.NewGuid(), BuatNip(NipPppk, StatusKepegawaian.Pppk), StatusKepegawaian.Pppk, "Rahmat Hidayat", null, "S.Kom.",
            null, GolonganPppk.IX, Pendidikan.S1, null);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        hasil.Nilai.GolonganPppk.ShouldBe(GolonganPppk.IX);
        hasil.Nilai.GolonganRuang.ShouldBeNull();
        hasil.Nilai.JenisKelamin.ShouldBe(JenisKelamin.LakiLaki);
    }

    [Theory]
    [InlineData(StatusKepegawaian.Pns, null, null)]
    [InlineData(StatusKepegawaian.Pns, GolonganRuang.IIIB, GolonganPppk.IX)]
    [InlineData(StatusKepegawaian.Pns, null, GolonganPppk.IX)]
    [InlineData(StatusKepegawaian.Pppk, null, null)]
    [InlineData(StatusKepegawaian.Pppk, GolonganRuang.IIIB, GolonganPppk.IX)]
    [InlineData(StatusKepegawaian.Pppk, GolonganRuang.IIIB, null)]
    public void Daftarkan_GolonganNotMatchingStatus_FailsWithGolonganHarusSesuaiStatusKepegawaian(
        StatusKepegawaian status, GolonganRuang? golonganRuang, GolonganPppk? golonganPppk)
    {
        var nip = status == StatusKepegawaian.Pns ? BuatNip() : BuatNip(NipPppk, StatusKepegawaian.Pppk);

        var hasil = Pegawai.Daftarkan(Guid.NewGuid(), nip, status, "Siti Aminah", null, null, golonganRuang, golonganPppk, Pendidikan.S1, null);

        hasil.Gagal.ShouldBeTrue();
        hasil.Errors.Count.ShouldBe(1);
        hasil.ErrorUtama!.Kode.ShouldBe(nameof(GolonganHarusSesuaiStatusKepegawaian));
        hasil.ErrorUtama.Jenis.ShouldBe(ErrorKind.AturanDilanggar);
        hasil.ErrorUtama.Pesan.ShouldContain(status == StatusKepegawaian.Pns ? "PNS" : "PPPK");
    }

    // Nip.DariPenyimpanan: "A stored invalid NIP is a bug". A Nomor Induk PPPK (middle block 2022/21) is not a valid PNS NIP.
    [Fact]
    public void Daftarkan_PnsWithNipParsedAsPppk_Fails()
    {
        var nipPppk = BuatNip(NipPppk, StatusKepegawaian.Pppk);

        var hasil = Pegawai.Daftarkan(Guid.NewGuid(), nipPppk, StatusKepegawaian.Pns, "Rahmat Hidayat", null, null,
            GolonganRuang.IIIA, null, Pendidikan.S1, null);

        hasil.Gagal.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Dr.", "Siti Aminah", "S.E., M.Si.", "Dr. Siti Aminah, S.E., M.Si.")]
    [InlineData("", "Siti Aminah", "", "Siti Aminah")]
    [InlineData("", "Budi Santoso", "S.T.", "Budi Santoso, S.T.")]
    [InlineData("Ir.", "Budi Santoso", "", "Ir. Budi Santoso")]
    public void FormatNama_Gelar_PlacedBeforeAndAfterName(string gelarDepan, string nama, string gelarBelakang, string hasil)
    {
        Pegawai.FormatNama(gelarDepan, nama, gelarBelakang).ShouldBe(hasil);
    }

    [Fact]
    public void NamaLengkap_RegisteredPegawai_IncludesBothGelar()
    {
        pegawai.NamaLengkap.ShouldBe("Dr. Siti Aminah, S.E., M.Si.");
    }

    // ---- TetapkanPadaJabatan ----

    [Fact]
    public void TetapkanPadaJabatan_FirstDefinitive_AddsOpenHolding()
    {
        var hasil = Tetapkan(pegawai, pelaksanaUmum, Tmt2020);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        var pemangku = hasil.Nilai;
        pemangku.PegawaiId.ShouldBe(pegawai.Id);
        pemangku.JabatanId.ShouldBe(pelaksanaUmum.Id);
        pemangku.Jenis.ShouldBe(JenisPemangkuan.Definitif);
        pemangku.Tmt.ShouldBe(Tmt2020);
        pemangku.TanggalSelesai.ShouldBeNull();
        pemangku.NomorSk.ShouldBe("800/123/BKPSDM/2024");
        pegawai.RiwayatJabatan.ShouldBe([pemangku]);
    }

    // JabatanSamaTidakDapatDitetapkanDuaKali
    [Fact]
    public void TetapkanPadaJabatan_SamePositionStillHeld_FailsWithJabatanSamaTidakDapatDitetapkanDuaKali()
    {
        Tetapkan(pegawai, pelaksanaUmum, Tmt2020).Berhasil.ShouldBeTrue();

        var hasil = Tetapkan(pegawai, pelaksanaUmum, Tmt2024, akhiriJabatanSebelumnya: true);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(JabatanSamaTidakDapatDitetapkanDuaKali)]);
        pegawai.RiwayatJabatan.Count.ShouldBe(1);
        pegawai.RiwayatJabatan[0].TanggalSelesai.ShouldBeNull();
    }

    [Fact]
    public void TetapkanPadaJabatan_DefinitiveOnHeadPositionWhileStillPlt_FailsWithJabatanSamaTidakDapatDitetapkanDuaKali()
    {
        var plt = Tetapkan(pegawai, kepalaBidang, Tmt2020, JenisPemangkuan.Plt).Nilai;

        var hasil = Tetapkan(pegawai, kepalaBidang, Tmt2024, pemangkuAktif: [plt]);

        hasil.Errors.Select(e => e.Kode).ShouldContain(nameof(JabatanSamaTidakDapatDitetapkanDuaKali));
    }

    [Fact]
    public void TetapkanPadaJabatan_SamePositionAfterItEnded_Succeeds()
    {
        var lama = Tetapkan(pegawai, pelaksanaUmum, Tmt2020).Nilai;
        pegawai.AkhiriJabatan(lama.Id, new DateOnly(2021, 12, 31)).Berhasil.ShouldBeTrue();

        var hasil = Tetapkan(pegawai, pelaksanaUmum, Tmt2024, pemangkuAktif: [lama]);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        pegawai.RiwayatJabatan.Count.ShouldBe(2);
    }

    // JabatanHanyaDapatDipangkuSatuPegawaiPerJenis
    [Fact]
    public void TetapkanPadaJabatan_PositionHeldByAnotherPegawai_FailsWithJabatanHanyaDapatDipangkuSatuPegawaiPerJenis()
    {
        var milikLain = Tetapkan(pegawaiLain, pelaksanaUmum, Tmt2020).Nilai;

        var hasil = Tetapkan(pegawai, pelaksanaUmum, Tmt2024, pemangkuAktif: [milikLain]);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(JabatanHanyaDapatDipangkuSatuPegawaiPerJenis)]);
        hasil.ErrorUtama!.Pesan.ShouldContain(pelaksanaUmum.NamaLengkap);
        pegawai.RiwayatJabatan.ShouldBeEmpty();
    }

    [Fact]
    public void TetapkanPadaJabatan_PositionWhosePreviousHolderLeft_Succeeds()
    {
        var milikLain = Tetapkan(pegawaiLain, pelaksanaUmum, Tmt2020).Nilai;
        pegawaiLain.AkhiriJabatan(milikLain.Id, Tmt2024.AddDays(-1)).Berhasil.ShouldBeTrue();

        var hasil = Tetapkan(pegawai, pelaksanaUmum, Tmt2024, pemangkuAktif: [milikLain]);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
    }

    [Fact]
    public void TetapkanPadaJabatan_OpenHoldingOfAnotherPositionInList_IsIgnored()
    {
        var milikLain = Tetapkan(pegawaiLain, pelaksanaKeuangan, Tmt2020).Nilai;

        var hasil = Tetapkan(pegawai, pelaksanaUmum, Tmt2024, pemangkuAktif: [milikLain]);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
    }

    // DOMAIN.md §15 (Plt covers a vacant or long-absent head): one holder per kind, so a Plt may sit beside the definitive head.
    [Fact]
    public void TetapkanPadaJabatan_PltOnHeadPositionHeldDefinitivelyByAnother_Succeeds()
    {
        var kepalaDefinitif = Tetapkan(pegawaiLain, kepalaBidang, Tmt2020).Nilai;

        var hasil = Tetapkan(pegawai, kepalaBidang, Tmt2024, JenisPemangkuan.Plt, [kepalaDefinitif]);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        hasil.Nilai.Jenis.ShouldBe(JenisPemangkuan.Plt);
    }

    [Theory]
    [InlineData(JenisPemangkuan.Plt)]
    [InlineData(JenisPemangkuan.Plh)]
    public void TetapkanPadaJabatan_SecondPltOrPlhOnSameHead_FailsWithJabatanHanyaDapatDipangkuSatuPegawaiPerJenis(JenisPemangkuan jenis)
    {
        var pertama = Tetapkan(pegawaiLain, kepalaBidang, Tmt2020, jenis).Nilai;

        var hasil = Tetapkan(pegawai, kepalaBidang, Tmt2024, jenis, [pertama]);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(JabatanHanyaDapatDipangkuSatuPegawaiPerJenis)]);
    }

    // PegawaiHanyaMemangkuSatuJabatanDefinitif (DOMAIN.md §4.1: "Pegawai — holds at most one definitive position")
    [Fact]
    public void TetapkanPadaJabatan_SecondDefinitiveWithoutEndingFirst_FailsWithPegawaiHanyaMemangkuSatuJabatanDefinitif()
    {
        var lama = Tetapkan(pegawai, pelaksanaUmum, Tmt2020).Nilai;

        var hasil = Tetapkan(pegawai, pelaksanaKeuangan, Tmt2024);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(PegawaiHanyaMemangkuSatuJabatanDefinitif)]);
        lama.TanggalSelesai.ShouldBeNull();
        pegawai.RiwayatJabatan.ShouldBe([lama]);
    }

    [Fact]
    public void TetapkanPadaJabatan_MutasiWithAkhiriJabatanSebelumnya_EndsOldHoldingDayBeforeAndKeepsHistory()
    {
        var lama = Tetapkan(pegawai, pelaksanaUmum, Tmt2020).Nilai;

        var hasil = Tetapkan(pegawai, pelaksanaKeuangan, Tmt2024, akhiriJabatanSebelumnya: true);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        lama.TanggalSelesai.ShouldBe(new DateOnly(2024, 6, 30));
        hasil.Nilai.TanggalSelesai.ShouldBeNull();
        pegawai.RiwayatJabatan.ShouldBe([lama, hasil.Nilai]);
    }

    [Fact]
    public void TetapkanPadaJabatan_MutasiOnFirstOfMarchInLeapYear_EndsOldHoldingOn29February()
    {
        var lama = Tetapkan(pegawai, pelaksanaUmum, Tmt2020).Nilai;

        Tetapkan(pegawai, pelaksanaKeuangan, new DateOnly(2024, 3, 1), akhiriJabatanSebelumnya: true).Berhasil.ShouldBeTrue();

        lama.TanggalSelesai.ShouldBe(new DateOnly(2024, 2, 29));
    }

    [Fact]
    public void TetapkanPadaJabatan_AkhiriJabatanSebelumnyaWithoutCurrentDefinitive_JustAddsHolding()
    {
        var hasil = Tetapkan(pegawai, pelaksanaUmum, Tmt2020, akhiriJabatanSebelumnya: true);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        pegawai.RiwayatJabatan.Count.ShouldBe(1);
    }

    [Fact]
    public void TetapkanPadaJabatan_PltWhileHoldingDefinitive_KeepsDefinitiveOpen()
    {
        var definitif = Tetapkan(pegawai, pelaksanaUmum, Tmt2020).Nilai;

        var hasil = Tetapkan(pegawai, kepalaBidang, Tmt2024, JenisPemangkuan.Plt);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        definitif.TanggalSelesai.ShouldBeNull();
        pegawai.JabatanDefinitifPada(Tmt2024).ShouldBeSameAs(definitif);
    }

    // TmtTidakBolehSebelumJabatanSebelumnya
    [Theory]
    [InlineData(2020, 1, 1)]
    [InlineData(2019, 12, 31)]
    [InlineData(2010, 6, 1)]
    public void TetapkanPadaJabatan_MutasiTmtNotAfterCurrentTmt_FailsWithTmtTidakBolehSebelumJabatanSebelumnya(int tahun, int bulan, int hari)
    {
        var lama = Tetapkan(pegawai, pelaksanaUmum, Tmt2020).Nilai;

        var hasil = Tetapkan(pegawai, pelaksanaKeuangan, new DateOnly(tahun, bulan, hari), akhiriJabatanSebelumnya: true);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(TmtTidakBolehSebelumJabatanSebelumnya)]);
        lama.TanggalSelesai.ShouldBeNull();
        pegawai.RiwayatJabatan.Count.ShouldBe(1);
    }

    [Fact]
    public void TetapkanPadaJabatan_MutasiTmtDayAfterCurrentTmt_Succeeds()
    {
        var lama = Tetapkan(pegawai, pelaksanaUmum, Tmt2020).Nilai;

        var hasil = Tetapkan(pegawai, pelaksanaKeuangan, Tmt2020.AddDays(1), akhiriJabatanSebelumnya: true);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        lama.TanggalSelesai.ShouldBe(Tmt2020);
    }

    // DOMAIN.md §4.1: at most one definitive position at a time, also for past dates.
    [Fact]
    public void TetapkanPadaJabatan_NewDefinitiveOverlappingEndedOne_Fails()
    {
        var lama = Tetapkan(pegawai, pelaksanaUmum, Tmt2020).Nilai;
        pegawai.AkhiriJabatan(lama.Id, new DateOnly(2024, 6, 30)).Berhasil.ShouldBeTrue();

        var hasil = Tetapkan(pegawai, pelaksanaKeuangan, new DateOnly(2024, 1, 1));

        hasil.Gagal.ShouldBeTrue();
        pegawai.RiwayatJabatan.Count(p => p.Jenis == JenisPemangkuan.Definitif && p.AktifPada(new DateOnly(2024, 3, 1))).ShouldBeLessThanOrEqualTo(1);
    }

    // PltPlhHanyaUntukJabatanPimpinan (DOMAIN.md §15, Plt/Plh)
    [Theory]
    [InlineData(JenisPemangkuan.Plt)]
    [InlineData(JenisPemangkuan.Plh)]
    public void TetapkanPadaJabatan_PltOrPlhOnNonHeadPosition_FailsWithPltPlhHanyaUntukJabatanPimpinan(JenisPemangkuan jenis)
    {
        var hasil = Tetapkan(pegawai, pelaksanaUmum, Tmt2024, jenis);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(PltPlhHanyaUntukJabatanPimpinan)]);
        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.AturanDilanggar);
        hasil.ErrorUtama.Pesan.ShouldNotBeNullOrWhiteSpace();
        pegawai.RiwayatJabatan.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(JenisPemangkuan.Plt)]
    [InlineData(JenisPemangkuan.Plh)]
    public void TetapkanPadaJabatan_PltOrPlhOnHeadPosition_Succeeds(JenisPemangkuan jenis)
    {
        var hasil = Tetapkan(pegawai, kepalaBidang, Tmt2024, jenis);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        hasil.Nilai.Jenis.ShouldBe(jenis);
        pegawai.JabatanDefinitifPada(Tmt2024).ShouldBeNull();
    }

    [Fact]
    public void TetapkanPadaJabatan_SeveralRulesBroken_ReportsAllOfThem()
    {
        var milikLain = Tetapkan(pegawaiLain, pelaksanaKeuangan, Tmt2020, JenisPemangkuan.Definitif).Nilai;
        Tetapkan(pegawai, pelaksanaUmum, Tmt2024).Berhasil.ShouldBeTrue();

        var hasil = Tetapkan(pegawai, pelaksanaKeuangan, Tmt2020, JenisPemangkuan.Definitif, [milikLain]);

        hasil.Errors.Select(e => e.Kode).ShouldBe(
        [
            nameof(JabatanHanyaDapatDipangkuSatuPegawaiPerJenis),
            nameof(PegawaiHanyaMemangkuSatuJabatanDefinitif),
            nameof(TmtTidakBolehSebelumJabatanSebelumnya),
        ]);
    }

    // ---- JabatanDefinitifPada: history ----

    [Fact]
    public void JabatanDefinitifPada_AfterTwoMutations_AnswersForEveryPeriod()
    {
        var pertama = Tetapkan(pegawai, pelaksanaUmum, Tmt2020).Nilai;
        var kedua = Tetapkan(pegawai, pelaksanaKeuangan, new DateOnly(2022, 4, 1), akhiriJabatanSebelumnya: true).Nilai;
        var ketiga = Tetapkan(pegawai, pelaksanaUmum, Tmt2024, akhiriJabatanSebelumnya: true).Nilai;

        pegawai.JabatanDefinitifPada(new DateOnly(2019, 12, 31)).ShouldBeNull();
        pegawai.JabatanDefinitifPada(Tmt2020).ShouldBeSameAs(pertama);
        pegawai.JabatanDefinitifPada(new DateOnly(2022, 3, 31)).ShouldBeSameAs(pertama);
        pegawai.JabatanDefinitifPada(new DateOnly(2022, 4, 1)).ShouldBeSameAs(kedua);
        pegawai.JabatanDefinitifPada(new DateOnly(2024, 6, 30)).ShouldBeSameAs(kedua);
        pegawai.JabatanDefinitifPada(Tmt2024).ShouldBeSameAs(ketiga);
        pegawai.JabatanDefinitifPada(new DateOnly(2030, 1, 1)).ShouldBeSameAs(ketiga);
        pegawai.RiwayatJabatan.Count.ShouldBe(3);
    }

    [Fact]
    public void JabatanDefinitifPada_AfterAkhiriJabatan_NullFromDayAfterEnd()
    {
        var pemangku = Tetapkan(pegawai, pelaksanaUmum, Tmt2020).Nilai;
        pegawai.AkhiriJabatan(pemangku.Id, new DateOnly(2025, 12, 31)).Berhasil.ShouldBeTrue();

        pegawai.JabatanDefinitifPada(new DateOnly(2025, 12, 31)).ShouldBeSameAs(pemangku);
        pegawai.JabatanDefinitifPada(new DateOnly(2026, 1, 1)).ShouldBeNull();
    }

    // ---- AkhiriJabatan ----

    [Fact]
    public void AkhiriJabatan_OpenHolding_SetsEndDateAndAllowsNewDefinitive()
    {
        var pemangku = Tetapkan(pegawai, pelaksanaUmum, Tmt2020).Nilai;

        var hasil = pegawai.AkhiriJabatan(pemangku.Id, new DateOnly(2023, 12, 31));

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        pemangku.TanggalSelesai.ShouldBe(new DateOnly(2023, 12, 31));
        Tetapkan(pegawai, pelaksanaKeuangan, Tmt2024).Berhasil.ShouldBeTrue();
    }

    [Fact]
    public void AkhiriJabatan_EndOnTmtDay_Succeeds()
    {
        var pemangku = Tetapkan(pegawai, kepalaBidang, Tmt2024, JenisPemangkuan.Plh).Nilai;

        pegawai.AkhiriJabatan(pemangku.Id, Tmt2024).Berhasil.ShouldBeTrue();

        pemangku.AktifPada(Tmt2024).ShouldBeTrue();
        pemangku.AktifPada(Tmt2024.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void AkhiriJabatan_EndBeforeTmt_FailsWithTanggalSelesaiSebelumTmtAndKeepsHoldingOpen()
    {
        var pemangku = Tetapkan(pegawai, pelaksanaUmum, Tmt2020).Nilai;

        var hasil = pegawai.AkhiriJabatan(pemangku.Id, Tmt2020.AddDays(-1));

        hasil.Gagal.ShouldBeTrue();
        hasil.ErrorUtama!.Kode.ShouldBe("TanggalSelesaiSebelumTmt");
        hasil.ErrorUtama.Jenis.ShouldBe(ErrorKind.Validasi);
        hasil.ErrorUtama.Properti.ShouldBe("TanggalSelesai");
        hasil.ErrorUtama.Pesan.ShouldNotBeNullOrWhiteSpace();
        pemangku.TanggalSelesai.ShouldBeNull();
    }

    [Fact]
    public void AkhiriJabatan_UnknownId_FailsWithTidakDitemukan()
    {
        Tetapkan(pegawai, pelaksanaUmum, Tmt2020).Berhasil.ShouldBeTrue();

        var hasil = pegawai.AkhiriJabatan(Guid.NewGuid(), Tmt2024);

        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.TidakDitemukan);
        hasil.ErrorUtama.Pesan.ShouldContain("tidak ditemukan");
    }

    [Fact]
    public void AkhiriJabatan_HoldingOfAnotherPegawai_FailsWithTidakDitemukan()
    {
        var milikLain = Tetapkan(pegawaiLain, pelaksanaUmum, Tmt2020).Nilai;

        var hasil = pegawai.AkhiriJabatan(milikLain.Id, Tmt2024);

        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.TidakDitemukan);
        milikLain.TanggalSelesai.ShouldBeNull();
    }

    [Fact]
    public void AkhiriJabatan_AlreadyEnded_FailsWithTidakDitemukanAndKeepsFirstEndDate()
    {
        var pemangku = Tetapkan(pegawai, pelaksanaUmum, Tmt2020).Nilai;
        pegawai.AkhiriJabatan(pemangku.Id, new DateOnly(2023, 12, 31)).Berhasil.ShouldBeTrue();

        var hasil = pegawai.AkhiriJabatan(pemangku.Id, new DateOnly(2025, 12, 31));

        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.TidakDitemukan);
        pemangku.TanggalSelesai.ShouldBe(new DateOnly(2023, 12, 31));
    }

    // ---- PemangkuJabatan.AktifPada ----

    [Fact]
    public void AktifPada_OpenHolding_TrueFromTmtOnward()
    {
        var pemangku = Tetapkan(pegawai, pelaksanaUmum, Tmt2020).Nilai;

        pemangku.AktifPada(Tmt2020.AddDays(-1)).ShouldBeFalse();
        pemangku.AktifPada(Tmt2020).ShouldBeTrue();
        pemangku.AktifPada(new DateOnly(2099, 12, 31)).ShouldBeTrue();
    }

    // ---- Plt/Plh for a period (the appointing letter's dates) ----

    [Fact]
    public void TetapkanPadaJabatan_PlhDenganMasa_BerakhirSendiriDanPlhBerikutnyaDapatMenyusul()
    {
        var cuti = new DateOnly(2026, 12, 7);
        var plh = pegawaiLain.TetapkanPadaJabatan(kepalaBidang, JenisPemangkuan.Plh, cuti, "800.1.3.3/PLH-07/2026", [], false, cuti.AddDays(4)).Nilai;

        (plh.AktifPada(cuti), plh.AktifPada(cuti.AddDays(4)), plh.AktifPada(cuti.AddDays(5))).ShouldBe((true, true, false));

        var tumpang = pegawai.TetapkanPadaJabatan(kepalaBidang, JenisPemangkuan.Plh, cuti.AddDays(4), "800.1.3.3/PLH-08/2026", [plh], false, cuti.AddDays(6));
        tumpang.Errors.Select(e => e.Kode).ShouldBe([nameof(JabatanHanyaDapatDipangkuSatuPegawaiPerJenis)]);

        var menyusul = pegawai.TetapkanPadaJabatan(kepalaBidang, JenisPemangkuan.Plh, cuti.AddDays(5), "800.1.3.3/PLH-08/2026", [plh], false, cuti.AddDays(6));
        menyusul.Berhasil.ShouldBeTrue(menyusul.ErrorUtama?.Pesan);
    }

    [Fact]
    public void TetapkanPadaJabatan_MasaPlhBerakhirSebelumTmt_GagalDenganMasaPltPlhHarusValid()
    {
        var hasil = pegawai.TetapkanPadaJabatan(kepalaBidang, JenisPemangkuan.Plh, Tmt2024, "800/1/2024", [], false, Tmt2024.AddDays(-1));

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(MasaPltPlhHarusValid)]);
    }

    [Fact]
    public void TetapkanPadaJabatan_DefinitifDenganTanggalSelesai_GagalDenganMasaPltPlhHarusValid()
    {
        var hasil = pegawai.TetapkanPadaJabatan(pelaksanaUmum, JenisPemangkuan.Definitif, Tmt2024, "800/1/2024", [], false, Tmt2024.AddDays(30));

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(MasaPltPlhHarusValid)]);
    }

    [Fact]
    public void AkhiriJabatan_PlhKembaliLebihAwal_MasaDipersingkat()
    {
        var plh = pegawai.TetapkanPadaJabatan(kepalaBidang, JenisPemangkuan.Plh, Tmt2024, "800/1/2024", [], false, Tmt2024.AddDays(10)).Nilai;

        pegawai.AkhiriJabatan(plh.Id, Tmt2024.AddDays(3)).Berhasil.ShouldBeTrue();
        plh.TanggalSelesai.ShouldBe(Tmt2024.AddDays(3));
        pegawai.AkhiriJabatan(plh.Id, Tmt2024.AddDays(8)).Gagal.ShouldBeTrue("a holding is never lengthened by ending it");
    }
}
