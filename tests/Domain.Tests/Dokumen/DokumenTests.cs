using SistemKerja.Domain.Dokumen;

namespace SistemKerja.Domain.Tests.Dokumen;

/// <summary>Issued documents (issue "Official documents"; DOMAIN.md §11.11, V-DOC-02 [P]): number formats and cancellation.</summary>
public sealed class DokumenTests
{
    private static readonly Guid Pd = Guid.NewGuid();

    private static Domain.Dokumen.Dokumen Baru(int urut, JenisDokumen jenis = JenisDokumen.SuratTugas, Guid? pd = null) => Domain.Dokumen.Dokumen.Terbitkan(jenis, pd ?? Pd,
        FormatNomor.Terapkan(FormatNomor.Bawaan, urut, new DateOnly(2026, 11, 24), "DISKOMINFO"), new DateOnly(2026, 11, 24), "Surat Tugas uji",
        null, "Hasan Permata", "196912121997031641", "Kepala Bidang", null, DateTimeOffset.UnixEpoch);

    // Each kind counts on its own (Perangkat Daerah, kind, year), so the first Surat Tugas, the first surat jawaban and the first
    // Keputusan are all number 1: their default formats must still print different numbers, and each passes the admin's check.
    [Fact]
    public void BawaanUntuk_SetiapJenis_SahDanNomorPertamanyaBerbeda()
    {
        var semua = Enum.GetValues<JenisDokumen>();
        semua.ShouldAllBe(j => FormatNomor.Periksa(FormatNomor.BawaanUntuk(j)).Berhasil);
        semua.Select(j => FormatNomor.Terapkan(FormatNomor.BawaanUntuk(j), 1, new DateOnly(2026, 12, 3), "DISKOMINFO").Teks).Distinct().Count().ShouldBe(semua.Length);
        FormatNomor.BawaanUntuk(JenisDokumen.SuratTugas).ShouldBe(FormatNomor.Bawaan);
    }

    [Theory]
    [InlineData("094/{urut}/{singkatan}/{tahun}", 7, "094/7/DISKOMINFO/2026")]
    [InlineData("800.1.11.1/{urut:000}/BKPSDM/{bulan}/{tahun}", 7, "800.1.11.1/007/BKPSDM/XI/2026")]
    public void Terapkan_MengisiSemuaPenanda(string format, int urut, string nomor) =>
        FormatNomor.Terapkan(format, urut, new DateOnly(2026, 11, 24), "DISKOMINFO").Teks.ShouldBe(nomor);

    [Theory]
    [InlineData("094/{singkatan}/{tahun}")]
    [InlineData("")]
    public void Periksa_TanpaUrut_Ditolak(string format) => FormatNomor.Periksa(format).ErrorUtama!.Kode.ShouldBe("FormatNomorTidakValid");

    [Theory]
    [InlineData("094/{urut}/{unit}/{tahun}", "Penanda {unit} tidak dikenal. Penanda yang dapat dipakai: {urut}, {urut:000}, {tahun}, {bulan}, {singkatan}.")]
    [InlineData("094/{urut:00}/{tahun}", "Penanda {urut:00} tidak dikenal. Penanda yang dapat dipakai: {urut}, {urut:000}, {tahun}, {bulan}, {singkatan}.")]
    [InlineData("094/{urut}/{tahun", "Kurung kurawal tidak berpasangan; tulis penanda lengkap seperti {urut}.")]
    [InlineData("094/urut}/{tahun}/{urut}", "Kurung kurawal tidak berpasangan; tulis penanda lengkap seperti {urut}.")]
    [InlineData("094/{urut}/BKPSDM", "Format nomor wajib memuat {tahun}, karena nomor urut dimulai lagi dari 1 setiap tahun.")]
    [InlineData("094/BKPSDM/{tahun}", "Format nomor wajib memuat {urut} atau {urut:000}, agar setiap dokumen bernomor berbeda.")]
    [InlineData("094/{urut}\n/{tahun}", "Format nomor harus satu baris, tanpa tab atau karakter kendali.")]
    [InlineData("   ", "Format nomor wajib diisi, misalnya 800.1.11.1/{urut}/BKPSDM/{tahun}.")]
    public void Periksa_PenandaSalah_PesanIndonesia(string format, string pesan)
    {
        var hasil = FormatNomor.Periksa(format);

        (hasil.ErrorUtama!.Pesan, hasil.ErrorUtama.Properti).ShouldBe((pesan, "Format"));
    }

    [Theory]
    [InlineData("800.1.11.1/{urut:000}/BKPSDM/{bulan}/{tahun}")]
    [InlineData("{tahun}-{urut}")]
    public void Periksa_PenandaDikenal_Diterima(string format) => FormatNomor.Periksa(format).Berhasil.ShouldBeTrue();

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

    /// <summary>DOMAIN.md §11.11: a correction is a new document of the same kind and series that cancels the old one.</summary>
    [Fact]
    public void BatalkanOleh_PenggantiLainJenisAtauLainPerangkatDaerah_Ditolak()
    {
        var lama = Baru(1);

        lama.BatalkanOleh(Baru(2, JenisDokumen.SuratJawabanPenolakan), "salah").Errors.Select(e => e.Kode).ShouldBe([nameof(PenggantiSejenis)]);
        lama.BatalkanOleh(Baru(2, pd: Guid.NewGuid()), "salah").Errors.Select(e => e.Kode).ShouldBe([nameof(PenggantiSejenis)]);
        lama.Status.ShouldBe(StatusDokumen.Berlaku);
        lama.BatalkanOleh(Baru(2, JenisDokumen.SuratTugas), "salah").Berhasil.ShouldBeTrue();
    }
}
