using SistemKerja.Domain.Dokumen;

namespace SistemKerja.Domain.Tests.Dokumen;

/// <summary>Issued documents (issue "Official documents"; DOMAIN.md §11.11, V-DOC-02 [P]): number formats and cancellation.</summary>
public sealed class DokumenTests
{
    private static Domain.Dokumen.Dokumen Baru(int urut) => Domain.Dokumen.Dokumen.Terbitkan(JenisDokumen.SuratTugas, Guid.NewGuid(),
        FormatNomor.Terapkan(FormatNomor.Bawaan, urut, new DateOnly(2026, 11, 24), "DISKOMINFO"), new DateOnly(2026, 11, 24), "Surat Tugas uji",
        null, "Hasan Permata", "196912121997031641", "Kepala Bidang", null, DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("094/{urut}/{singkatan}/{tahun}", 7, "094/7/DISKOMINFO/2026")]
    [InlineData("800.1.11.1/{urut:000}/BKPSDM/{bulan}/{tahun}", 7, "800.1.11.1/007/BKPSDM/XI/2026")]
    public void Terapkan_MengisiSemuaPenanda(string format, int urut, string nomor) =>
        FormatNomor.Terapkan(format, urut, new DateOnly(2026, 11, 24), "DISKOMINFO").Teks.ShouldBe(nomor);

    [Theory]
    [InlineData("094/{singkatan}/{tahun}")]
    [InlineData("")]
    public void Periksa_TanpaUrut_Ditolak(string format) => FormatNomor.Periksa(format).ErrorUtama!.Kode.ShouldBe("FormatNomorTidakValid");

    [Fact]
    public void Periksa_TerlaluPanjangSetelahDiisi_Ditolak() =>
        FormatNomor.Periksa(string.Concat(Enumerable.Repeat("{singkatan}", 8)) + "{urut}").ErrorUtama!.Kode.ShouldBe("FormatNomorTidakValid");

    [Fact]
    public void LampirkanPdf_SekaliSaja_HashTetap()
    {
        var d = Baru(1);
        d.LampirkanPdf([1, 2, 3]).Berhasil.ShouldBeTrue();
        var hash = d.Sha256;

        d.LampirkanPdf([9]).ErrorUtama!.Kode.ShouldBe("DokumenSudahTerbit");
        d.Sha256.ShouldBe(hash);
        hash.ShouldBe(Domain.Dokumen.Dokumen.HashDari([1, 2, 3]));
    }

    [Fact]
    public void BatalkanOleh_PerluAlasan_SekaliSaja_DanBukanDirinyaSendiri()
    {
        var lama = Baru(1);
        var pengganti = Baru(2);

        lama.BatalkanOleh(pengganti, " ").Errors.Select(e => e.Kode).ShouldBe([nameof(PembatalanDokumenWajibBeralasan)]);
        lama.BatalkanOleh(lama, "salah ketik").Errors.Select(e => e.Kode).ShouldBe([nameof(PenggantiBukanDokumenItuSendiri)]);
        lama.BatalkanOleh(pengganti, "salah ketik tanggal").Berhasil.ShouldBeTrue();
        (lama.Status, lama.DibatalkanOlehId).ShouldBe((StatusDokumen.Dibatalkan, pengganti.Id));
        lama.BatalkanOleh(pengganti, "lagi").Errors.Select(e => e.Kode).ShouldBe([nameof(DokumenHanyaDibatalkanSekali)]);
        pengganti.Status.ShouldBe(StatusDokumen.Berlaku);
    }
}
