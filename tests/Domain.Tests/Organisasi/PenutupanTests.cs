using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using static SistemKerja.Domain.Tests.DataUji;

namespace SistemKerja.Domain.Tests.Organisasi;

/// <summary>
/// Closing units (<see cref="UnitOrganisasi.Tutup"/>) and positions (<see cref="Jabatan.Tutup"/>). Both are kept for
/// history; a closed one drops out of the structure the resolver sees from that date.
/// </summary>
public sealed class PenutupanTests
{
    private static readonly DateOnly TanggalTutup = new(2025, 12, 31);

    // Dinas Pendidikan
    // └── Bidang Pembinaan SD
    //     └── Seksi Kurikulum — Pengolah Data (Pelaksana)
    private readonly UnitOrganisasi akar;
    private readonly UnitOrganisasi bidang;
    private readonly UnitOrganisasi seksi;
    private readonly Jabatan pengolahData;

    public PenutupanTests()
    {
        akar = BuatUnitAkar("Dinas Pendidikan");
        bidang = UnitOrganisasi.BuatDi(akar, "Bidang Pembinaan SD", unitOrganisasiMandiri: false);
        seksi = UnitOrganisasi.BuatDi(bidang, "Seksi Kurikulum", unitOrganisasiMandiri: false);
        pengolahData = BuatJabatan(seksi, nama: "Pengolah Data");
    }

    private static void HarusGagalDenganAturan(Result hasil, params string[] kode)
    {
        hasil.Gagal.ShouldBeTrue();
        hasil.Errors.Select(e => e.Kode).ShouldBe(kode);
        hasil.Errors.ShouldAllBe(e => e.Jenis == ErrorKind.AturanDilanggar);
    }

    // ---- UnitOrganisasi.Tutup ----

    [Fact]
    public void TutupUnit_KosongDanBukanAkar_BerhasilDenganTanggalTutup()
    {
        seksi.DitutupPada.ShouldBeNull();

        var hasil = seksi.Tutup(TanggalTutup, masihAdaJabatanAktif: false, masihAdaSubUnitAktif: false);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        seksi.DitutupPada.ShouldBe(TanggalTutup);
        seksi.IndukId.ShouldBe(bidang.Id);
    }

    [Fact]
    public void TutupUnit_Akar_Ditolak()
    {
        var hasil = akar.Tutup(TanggalTutup, masihAdaJabatanAktif: false, masihAdaSubUnitAktif: false);

        HarusGagalDenganAturan(hasil, nameof(UnitAkarTidakDapatDitutup));
        hasil.ErrorUtama!.Pesan.ShouldBe("Unit teratas Perangkat Daerah tidak dapat ditutup.");
        akar.DitutupPada.ShouldBeNull();
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void TutupUnit_MasihAdaJabatanAtauSubUnitAktif_Ditolak(bool masihAdaJabatanAktif, bool masihAdaSubUnitAktif)
    {
        var hasil = bidang.Tutup(TanggalTutup, masihAdaJabatanAktif, masihAdaSubUnitAktif);

        HarusGagalDenganAturan(hasil, nameof(UnitDitutupSetelahKosong));
        hasil.ErrorUtama!.Pesan.ShouldContain("masih memiliki jabatan atau sub unit yang aktif");
        bidang.DitutupPada.ShouldBeNull();
    }

    [Fact]
    public void TutupUnit_DuaKali_DitolakDanTanggalPertamaTetap()
    {
        seksi.Tutup(TanggalTutup, masihAdaJabatanAktif: false, masihAdaSubUnitAktif: false).Berhasil.ShouldBeTrue();

        var hasil = seksi.Tutup(TanggalTutup.AddDays(10), masihAdaJabatanAktif: false, masihAdaSubUnitAktif: false);

        HarusGagalDenganAturan(hasil, nameof(TidakDapatDitutupDuaKali));
        hasil.ErrorUtama!.Pesan.ShouldBe("Data ini sudah ditutup.");
        seksi.DitutupPada.ShouldBe(TanggalTutup);
    }

    [Fact]
    public void TutupUnit_AkarYangMasihBerisi_SemuaAturanDilaporkan()
    {
        var hasil = akar.Tutup(TanggalTutup, masihAdaJabatanAktif: true, masihAdaSubUnitAktif: true);

        HarusGagalDenganAturan(hasil, nameof(UnitAkarTidakDapatDitutup), nameof(UnitDitutupSetelahKosong));
        akar.DitutupPada.ShouldBeNull();
    }

    [Fact]
    public void TutupUnit_DitolakLaluSetelahKosong_Berhasil()
    {
        bidang.Tutup(TanggalTutup, masihAdaJabatanAktif: false, masihAdaSubUnitAktif: true).Gagal.ShouldBeTrue();

        var hasil = bidang.Tutup(TanggalTutup, masihAdaJabatanAktif: false, masihAdaSubUnitAktif: false);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        bidang.DitutupPada.ShouldBe(TanggalTutup);
    }

    // ---- Jabatan.Tutup ----

    [Fact]
    public void TutupJabatan_Lowong_BerhasilDenganTanggalTutup()
    {
        pengolahData.DitutupPada.ShouldBeNull();

        var hasil = pengolahData.Tutup(TanggalTutup, masihDipangku: false);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        pengolahData.DitutupPada.ShouldBe(TanggalTutup);
    }

    [Fact]
    public void TutupJabatan_MasihDipangku_Ditolak()
    {
        var hasil = pengolahData.Tutup(TanggalTutup, masihDipangku: true);

        HarusGagalDenganAturan(hasil, nameof(JabatanDitutupSetelahLowong));
        hasil.ErrorUtama!.Pesan.ShouldContain("masih dipangku pegawai");
        pengolahData.DitutupPada.ShouldBeNull();
    }

    [Fact]
    public void TutupJabatan_DuaKali_DitolakDanTanggalPertamaTetap()
    {
        pengolahData.Tutup(TanggalTutup, masihDipangku: false).Berhasil.ShouldBeTrue();

        var hasil = pengolahData.Tutup(TanggalTutup.AddDays(1), masihDipangku: false);

        HarusGagalDenganAturan(hasil, nameof(TidakDapatDitutupDuaKali));
        pengolahData.DitutupPada.ShouldBe(TanggalTutup);
    }

    [Fact]
    public void TutupJabatan_SudahDitutupDanDipangku_KeduaAturanDilaporkan()
    {
        pengolahData.Tutup(TanggalTutup, masihDipangku: false).Berhasil.ShouldBeTrue();

        var hasil = pengolahData.Tutup(TanggalTutup.AddDays(1), masihDipangku: true);

        HarusGagalDenganAturan(hasil, nameof(JabatanDitutupSetelahLowong), nameof(TidakDapatDitutupDuaKali));
        pengolahData.DitutupPada.ShouldBe(TanggalTutup);
    }

    // The kepala post of a unit closes like any other; the unit can then be closed.
    [Fact]
    public void TutupJabatanKepalaLaluUnit_Berhasil()
    {
        var kasi = BuatJabatan(seksi, JenisJabatan.Pengawas, kelas: 9, memimpinUnit: true, nama: "Kepala Seksi Kurikulum");

        kasi.Tutup(TanggalTutup, masihDipangku: false).Berhasil.ShouldBeTrue();
        pengolahData.Tutup(TanggalTutup, masihDipangku: false).Berhasil.ShouldBeTrue();
        var hasil = seksi.Tutup(TanggalTutup, masihAdaJabatanAktif: false, masihAdaSubUnitAktif: false);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        kasi.DitutupPada.ShouldBe(TanggalTutup);
        seksi.DitutupPada.ShouldBe(TanggalTutup);
    }
}
