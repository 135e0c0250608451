using SistemKerja.Application.Common;

namespace SistemKerja.Application.Tests.NaskahDinas;

/// <summary>Dates as naskah dinas write them (DOMAIN.md §11.11), and the end of a Surat Tugas period (§11.1 [P]).</summary>
public sealed class TanggalIndonesiaTests
{
    [Theory]
    [InlineData(2025, 1, 20, "20 Januari 2025")]
    [InlineData(2026, 12, 3, "3 Desember 2026")]
    public void Teks_HariBulanTahunIndonesia(int tahun, int bulan, int hari, string teks) =>
        TanggalIndonesia.Teks(new DateOnly(tahun, bulan, hari)).ShouldBe(teks);

    // 001_75f6c752ea8be86f.txt T1/T2 "sampai dengan akhir Bulan ....": used when the period ends on a month's last day.
    [Theory]
    [InlineData(2025, 6, 30, "akhir Bulan Juni 2025")]
    [InlineData(2024, 2, 29, "akhir Bulan Februari 2024")]
    [InlineData(2025, 2, 28, "akhir Bulan Februari 2025")]
    [InlineData(2025, 6, 29, "tanggal 29 Juni 2025")]
    [InlineData(2024, 2, 28, "tanggal 28 Februari 2024")]
    public void SampaiDengan_AkhirBulanAtauTanggal(int tahun, int bulan, int hari, string teks) =>
        TanggalIndonesia.SampaiDengan(new DateOnly(tahun, bulan, hari)).ShouldBe(teks);
}
