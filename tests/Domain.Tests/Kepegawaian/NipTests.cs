using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using static SistemKerja.Domain.Tests.DataUji;

namespace SistemKerja.Domain.Tests.Kepegawaian;

public sealed class NipTests
{
    // ---- Valid PNS NIPs printed in the seeds (DOMAIN.md §3.4) ----

    // 001_75f6c752ea8be86f.txt (MUBA templates): "NIP. 19800715 199903 2 003".
    // 003_a712a2c678725951.txt (INHIL signature): "NIP. 19780406 200501 1 009".
    // 004_af01d94e9933b5a2.txt (SBS signature): "NIP. 19780506 200502 1 004".
    [Theory]
    [InlineData(NipMuba, "19800715 199903 2 003")]
    [InlineData(NipInhil, "19780406 200501 1 009")]
    [InlineData(NipSambas, "19780506 200502 1 004")]
    public void Parse_NipFromSeed_SucceedsAndFormatsAs8613(string masukan, string berformat)
    {
        var hasil = Nip.Parse(masukan, StatusKepegawaian.Pns, HariIni);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        hasil.Nilai.Nilai.ShouldBe(masukan);
        hasil.Nilai.Berformat.ShouldBe(berformat);
        hasil.Nilai.ToString().ShouldBe(masukan);
    }

    [Fact]
    public void Parse_MubaSeedNip_ExtractsBirthDateTmtAndSex()
    {
        var nip = Nip.Parse(NipMuba, StatusKepegawaian.Pns, HariIni).Nilai;

        nip.TanggalLahir.ShouldBe(new DateOnly(1980, 7, 15));
        nip.TahunTmt.ShouldBe(1999);
        nip.BulanTmt.ShouldBe(3);
        nip.JenisKelamin.ShouldBe(JenisKelamin.Perempuan);
    }

    [Theory]
    [InlineData(NipInhil, 1978, 4, 6, 2005, 1)]
    [InlineData(NipSambas, 1978, 5, 6, 2005, 2)]
    public void Parse_MaleSeedNip_ExtractsBirthDateTmtAndSex(string masukan, int tahun, int bulan, int hari, int tahunTmt, int bulanTmt)
    {
        var nip = Nip.Parse(masukan, StatusKepegawaian.Pns, HariIni).Nilai;

        nip.TanggalLahir.ShouldBe(new DateOnly(tahun, bulan, hari));
        nip.TahunTmt.ShouldBe(tahunTmt);
        nip.BulanTmt.ShouldBe(bulanTmt);
        nip.JenisKelamin.ShouldBe(JenisKelamin.LakiLaki);
    }

    // ---- Separators: the XML comment says "spaces and dots are allowed between the groups, anything else is an error" ----

    [Theory]
    [InlineData("19800715 199903 2 003")]
    [InlineData("19800715.199903.2.003")]
    [InlineData("  198007151999032003  ")]
    [InlineData("19800715  199903 2  003")]
    public void Parse_SpacesOrDotsBetweenGroups_StoresEighteenDigitsUnformatted(string masukan)
    {
        var hasil = Nip.Parse(masukan, StatusKepegawaian.Pns, HariIni);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        hasil.Nilai.Nilai.ShouldBe(NipMuba);
        hasil.Nilai.Berformat.ShouldBe("19800715 199903 2 003");
    }

    [Fact]
    public void Parse_SameNipTypedWithAndWithoutSpaces_GivesEqualValues()
    {
        var tanpaSpasi = Nip.Parse(NipMuba, StatusKepegawaian.Pns, HariIni).Nilai;
        var denganSpasi = Nip.Parse("19800715 199903 2 003", StatusKepegawaian.Pns, HariIni).Nilai;

        denganSpasi.ShouldBe(tanpaSpasi);
    }

    [Theory]
    [InlineData("19800715-199903-2-003")]
    [InlineData("19800715/199903/2/003")]
    [InlineData("19800715\t199903 2 003")]
    [InlineData("NIP. 19800715 199903 2 003")]
    [InlineData("1980071519990320O3")]
    [InlineData("１９８００７１５１９９９０３２００３")]
    public void Parse_OtherCharactersThanDigitsSpacesAndDots_FailsWithNipHanyaAngka(string masukan)
    {
        var hasil = Nip.Parse(masukan, StatusKepegawaian.Pns, HariIni);

        HarusGagalValidasi(hasil, "NipHanyaAngka");
    }

    // ---- Missing or wrong length ----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_NullEmptyOrBlank_FailsWithNipWajibDiisi(string? masukan)
    {
        var hasil = Nip.Parse(masukan, StatusKepegawaian.Pns, HariIni);

        HarusGagalValidasi(hasil, "NipWajibDiisi");
    }

    [Theory]
    [InlineData("19800715199903200")]
    [InlineData("1980071519990320031")]
    [InlineData("19800715 199903 2 03")]
    [InlineData(".")]
    public void Parse_NotEighteenDigits_FailsWithNipHarus18Digit(string masukan)
    {
        var hasil = Nip.Parse(masukan, StatusKepegawaian.Pns, HariIni);

        HarusGagalValidasi(hasil, "NipHarus18Digit");
    }

    [Fact]
    public void Parse_SeventeenDigits_MessageSaysHowManyDigitsWereTyped()
    {
        var hasil = Nip.Parse("19800715199903200", StatusKepegawaian.Pns, HariIni);

        hasil.ErrorUtama!.Pesan.ShouldContain("17");
    }

    // ---- Birth date (digits 1–8) ----

    [Theory]
    [InlineData("198013321999032003")] // month 13, day 32
    [InlineData("198013151999032003")] // month 13
    [InlineData("198000151999032003")] // month 00
    [InlineData("198007001999032003")] // day 00
    [InlineData("198002301999032003")] // 30 February
    [InlineData("198102291999032003")] // 29 February in a non-leap year
    [InlineData("189912311925032003")] // before 1900
    public void Parse_InvalidBirthDate_FailsWithNipTanggalLahirTidakValid(string masukan)
    {
        var hasil = Nip.Parse(masukan, StatusKepegawaian.Pns, HariIni);

        HarusGagalValidasi(hasil, "NipTanggalLahirTidakValid");
    }

    [Fact]
    public void Parse_29FebruaryInLeapYear_Succeeds()
    {
        var hasil = Nip.Parse("198002291999032003", StatusKepegawaian.Pns, HariIni);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        hasil.Nilai.TanggalLahir.ShouldBe(new DateOnly(1980, 2, 29));
    }

    [Fact]
    public void Parse_BirthDateAfterToday_FailsWithNipTanggalLahirTidakValid()
    {
        // Born 23 Nov 2026, one day after HariIni.
        var hasil = Nip.Parse("202611232026112003", StatusKepegawaian.Pns, HariIni);

        HarusGagalValidasi(hasil, "NipTanggalLahirTidakValid");
    }

    // ---- TMT CPNS (digits 9–14) ----

    [Theory]
    [InlineData("198007151999132003")] // month 13
    [InlineData("198007151999002003")] // month 00
    [InlineData("198007151999992003")] // month 99
    public void Parse_PnsTmtMonthOutOfRange_FailsWithNipTmtTidakValid(string masukan)
    {
        var hasil = Nip.Parse(masukan, StatusKepegawaian.Pns, HariIni);

        HarusGagalValidasi(hasil, "NipTmtTidakValid");
    }

    [Theory]
    [InlineData("198007152026122003")] // December 2026, the month after HariIni
    [InlineData("198007152027012003")] // next year
    public void Parse_PnsTmtInFuture_FailsWithNipTmtTidakValid(string masukan)
    {
        var hasil = Nip.Parse(masukan, StatusKepegawaian.Pns, HariIni);

        HarusGagalValidasi(hasil, "NipTmtTidakValid");
    }

    [Fact]
    public void Parse_PnsTmtInCurrentMonth_Succeeds()
    {
        var hasil = Nip.Parse("198007152026112003", StatusKepegawaian.Pns, HariIni);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        hasil.Nilai.TahunTmt.ShouldBe(2026);
        hasil.Nilai.BulanTmt.ShouldBe(11);
    }

    // A TMT year of 0000 with a valid month is user input, so it must come back as a validation error.
    // Result.cs: "Exceptions are for bugs only".
    [Fact]
    public void Parse_PnsTmtYear0000_FailsWithoutThrowing()
    {
        Result<Nip>? hasil = null;

        Should.NotThrow(() => hasil = Nip.Parse("198007150000032003", StatusKepegawaian.Pns, HariIni));
        hasil!.Gagal.ShouldBeTrue();
        hasil.ErrorUtama!.Properti.ShouldBe(nameof(Nip));
    }

    // ---- Minimum age 18 at TMT (Nip.UsiaMinimalSaatTmt, PP 11/2017 [B]) ----

    [Theory]
    [InlineData("198107151999032003")] // born Jul 1981, TMT Mar 1999: 17 years old
    [InlineData("198104011999032003")] // born Apr 1981, TMT Mar 1999: 17 years old
    [InlineData("198007151970032003")] // TMT before birth
    public void Parse_PnsUnder18AtTmt_FailsWithNipTmtSebelumUsiaMinimal(string masukan)
    {
        var hasil = Nip.Parse(masukan, StatusKepegawaian.Pns, HariIni);

        HarusGagalValidasi(hasil, "NipTmtSebelumUsiaMinimal");
    }

    [Theory]
    [InlineData("198102151999032003")] // born Feb 1981, TMT Mar 1999: 18 years old
    [InlineData("198101011999012003")] // 18th birthday on the TMT day itself (1 Jan 1999)
    public void Parse_PnsAtLeast18AtTmt_Succeeds(string masukan)
    {
        var hasil = Nip.Parse(masukan, StatusKepegawaian.Pns, HariIni);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
    }

    // TMT CPNS always falls on the 1st of a month, so someone born on 15 March 1981 is still 17 on a TMT of 1 March 1999.
    [Fact]
    public void Parse_PnsBornLaterInTmtMonthAndStill17_FailsWithNipTmtSebelumUsiaMinimal()
    {
        var hasil = Nip.Parse("198103151999032003", StatusKepegawaian.Pns, HariIni);

        HarusGagalValidasi(hasil, "NipTmtSebelumUsiaMinimal");
    }

    // ---- Sex (digit 15) and sequence (digits 16–18) ----

    [Theory]
    [InlineData("198007151999033003")]
    [InlineData("198007151999030003")]
    [InlineData("198007151999039003")]
    public void Parse_SexDigitNot1Or2_FailsWithNipKodeJenisKelaminTidakValid(string masukan)
    {
        var hasil = Nip.Parse(masukan, StatusKepegawaian.Pns, HariIni);

        HarusGagalValidasi(hasil, "NipKodeJenisKelaminTidakValid");
    }

    [Fact]
    public void Parse_SequenceZero_FailsWithNipNomorUrutTidakValid()
    {
        var hasil = Nip.Parse("198007151999032000", StatusKepegawaian.Pns, HariIni);

        HarusGagalValidasi(hasil, "NipNomorUrutTidakValid");
    }

    [Theory]
    [InlineData("198007151999032001")]
    [InlineData("198007151999032999")]
    public void Parse_SequenceNotZero_Succeeds(string masukan)
    {
        Nip.Parse(masukan, StatusKepegawaian.Pns, HariIni).Berhasil.ShouldBeTrue();
    }

    // ---- PPPK: the middle block carries the year of appointment and a code that is not a month; only the year is checked ----

    [Theory]
    [InlineData("198503122022211005", 2022)]
    [InlineData("198503122022001005", 2022)]
    [InlineData("198503122024991005", 2024)]
    public void Parse_PppkWithNonMonthCode_SucceedsWithYearOnly(string masukan, int tahun)
    {
        var hasil = Nip.Parse(masukan, StatusKepegawaian.Pppk, HariIni);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        hasil.Nilai.TahunTmt.ShouldBe(tahun);
        hasil.Nilai.BulanTmt.ShouldBe(0);
        hasil.Nilai.TanggalLahir.ShouldBe(new DateOnly(1985, 3, 12));
        hasil.Nilai.JenisKelamin.ShouldBe(JenisKelamin.LakiLaki);
    }

    [Fact]
    public void Parse_PppkNumberReadAsPns_FailsWithNipTmtTidakValid()
    {
        var hasil = Nip.Parse("198503122022211005", StatusKepegawaian.Pns, HariIni);

        HarusGagalValidasi(hasil, "NipTmtTidakValid");
    }

    [Fact]
    public void Parse_PppkYearAfterThisYear_FailsWithNipTmtTidakValid()
    {
        var hasil = Nip.Parse("198503122027011005", StatusKepegawaian.Pppk, HariIni);

        HarusGagalValidasi(hasil, "NipTmtTidakValid");
    }

    [Fact]
    public void Parse_PppkThisYearWithCodeAboveCurrentMonth_Succeeds()
    {
        // The code is not a month, so "2026 / 21" is not "in the future" for PPPK.
        var hasil = Nip.Parse("198503122026211005", StatusKepegawaian.Pppk, HariIni);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
    }

    [Fact]
    public void Parse_PppkUnder18InYearOfAppointment_FailsWithNipTmtSebelumUsiaMinimal()
    {
        var hasil = Nip.Parse("200801012025211005", StatusKepegawaian.Pppk, HariIni);

        HarusGagalValidasi(hasil, "NipTmtSebelumUsiaMinimal");
    }

    [Theory]
    [InlineData("198503122022213005", "NipKodeJenisKelaminTidakValid")]
    [InlineData("198503122022211000", "NipNomorUrutTidakValid")]
    [InlineData("198513122022211005", "NipTanggalLahirTidakValid")]
    public void Parse_PppkWithInvalidOtherBlocks_FailsLikePns(string masukan, string kode)
    {
        var hasil = Nip.Parse(masukan, StatusKepegawaian.Pppk, HariIni);

        HarusGagalValidasi(hasil, kode);
    }

    // ---- Rebuilding from storage ----

    [Fact]
    public void DariPenyimpanan_ValidStoredNip_RebuildsSameValue()
    {
        var nip = Nip.DariPenyimpanan(NipInhil, StatusKepegawaian.Pns);

        nip.ShouldBe(Nip.Parse(NipInhil, StatusKepegawaian.Pns, HariIni).Nilai);
    }

    [Fact]
    public void DariPenyimpanan_RecentTmt_DoesNotDependOnToday()
    {
        // Stored NIPs are never re-checked against the clock.
        var nip = Nip.DariPenyimpanan("199001012026112003", StatusKepegawaian.Pns);

        nip.TahunTmt.ShouldBe(2026);
    }

    [Theory]
    [InlineData("198007151999032000", StatusKepegawaian.Pns)]
    [InlineData("198503122022211005", StatusKepegawaian.Pns)]
    [InlineData("123", StatusKepegawaian.Pppk)]
    public void DariPenyimpanan_InvalidStoredNip_Throws(string nilai, StatusKepegawaian status)
    {
        Should.Throw<InvalidOperationException>(() => Nip.DariPenyimpanan(nilai, status));
    }

    private static void HarusGagalValidasi(Result<Nip> hasil, string kode)
    {
        hasil.Gagal.ShouldBeTrue();
        hasil.Errors.Count.ShouldBe(1);
        var error = hasil.ErrorUtama!;
        error.Kode.ShouldBe(kode);
        error.Jenis.ShouldBe(ErrorKind.Validasi);
        error.Properti.ShouldBe(nameof(Nip));
        error.Pesan.ShouldNotBeNullOrWhiteSpace();
        error.Pesan.ShouldContain("NIP", Case.Sensitive);
        Should.Throw<InvalidOperationException>(() => hasil.Nilai);
    }
}
