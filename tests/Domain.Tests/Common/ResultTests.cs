using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.Tests.Common;

public sealed class ResultTests
{
    private sealed class AturanUji(bool dilanggar, string pesan = "Aturan uji dilanggar.") : IBusinessRule
    {
        public string Pesan => pesan;

        public bool Dilanggar() => dilanggar;
    }

    private sealed class AturanLain : IBusinessRule
    {
        public string Pesan => "Aturan lain dilanggar.";

        public bool Dilanggar() => true;
    }

    [Fact]
    public void Periksa_NoRuleBroken_Succeeds()
    {
        var hasil = Result.Periksa(new AturanUji(false), new AturanUji(false));

        hasil.Berhasil.ShouldBeTrue();
        hasil.Gagal.ShouldBeFalse();
        hasil.Errors.ShouldBeEmpty();
        hasil.ErrorUtama.ShouldBeNull();
    }

    [Fact]
    public void Periksa_SeveralRulesBroken_ReturnsEveryBrokenRuleInOrder()
    {
        var hasil = Result.Periksa(new AturanLain(), new AturanUji(false), new AturanUji(true, "Pesan kedua."));

        hasil.Gagal.ShouldBeTrue();
        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(AturanLain), nameof(AturanUji)]);
        hasil.Errors.Select(e => e.Pesan).ShouldBe(["Aturan lain dilanggar.", "Pesan kedua."]);
        hasil.ErrorUtama!.Kode.ShouldBe(nameof(AturanLain));
    }

    [Fact]
    public void SebagaiError_Rule_UsesClassNameAsKodeAndKindAturanDilanggar()
    {
        var error = new AturanUji(true, "Tidak boleh.").SebagaiError("Nama");

        error.Kode.ShouldBe(nameof(AturanUji));
        error.Pesan.ShouldBe("Tidak boleh.");
        error.Jenis.ShouldBe(ErrorKind.AturanDilanggar);
        error.Properti.ShouldBe("Nama");
    }

    [Fact]
    public void Fail_EmptyErrorList_Throws()
    {
        Should.Throw<ArgumentException>(() => Result.Fail(Array.Empty<Error>()));
    }

    [Fact]
    public void Nilai_FailedResult_Throws()
    {
        Result<int> hasil = Error.TidakDitemukan("Pegawai");

        hasil.Gagal.ShouldBeTrue();
        Should.Throw<InvalidOperationException>(() => hasil.Nilai);
    }

    [Fact]
    public void ImplicitConversion_Value_IsSuccessCarryingValue()
    {
        Result<string> hasil = "ok";

        hasil.Berhasil.ShouldBeTrue();
        hasil.Nilai.ShouldBe("ok");
    }

    [Fact]
    public void ImplicitConversion_Error_IsFailureWithThatError()
    {
        var error = Error.Konflik("NIP sudah terdaftar.");

        Result hasil = error;

        hasil.Gagal.ShouldBeTrue();
        hasil.ErrorUtama.ShouldBe(error);
    }

    [Fact]
    public void ErrorFactories_Defaults_AreIndonesianAndCarryTheRightKind()
    {
        var tidakDitemukan = Error.TidakDitemukan("Jabatan");
        tidakDitemukan.Jenis.ShouldBe(ErrorKind.TidakDitemukan);
        tidakDitemukan.Pesan.ShouldBe("Jabatan tidak ditemukan.");

        var terlarang = Error.Terlarang();
        terlarang.Jenis.ShouldBe(ErrorKind.Terlarang);
        terlarang.Pesan.ShouldContain("tidak berwenang");

        Error.DiubahPenggunaLain.Jenis.ShouldBe(ErrorKind.Konflik);
    }
}
