using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Kepegawaian.AkhiriPemangkuJabatan;
using SistemKerja.Application.Organisasi.BaganOrganisasi;
using SistemKerja.Application.Organisasi.DetailPerangkatDaerah;
using SistemKerja.Application.Organisasi.KedudukanPegawai;
using SistemKerja.Application.Organisasi.TutupJabatan;
using SistemKerja.Application.Organisasi.TutupUnitOrganisasi;
using SistemKerja.Application.Organisasi.UbahUnitOrganisasi;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.Organisasi;

/// <summary>
/// Closing units and positions (TutupUnitOrganisasi, TutupJabatan): only when empty / vacant, kept for history, gone from
/// the peta jabatan and the org chart from the closing date.
/// </summary>
public sealed class PenutupanUnitJabatanTests(DatabaseKosongFixture db) : IClassFixture<DatabaseKosongFixture>
{
    private static readonly DateOnly Tmt = new(2024, 1, 1);
    private readonly OrganisasiUji org = new(db);

    private static DateOnly HariIni => DateOnly.FromDateTime(SistemKerja.Application.Common.WaktuDaerah.Dari(null).GetLocalNow().DateTime); // the app's clock (WIB)

    private async Task<Result> TutupUnitAsync(Guid unit, DateOnly tanggal) =>
        await db.KirimAsync(new TutupUnitOrganisasiCommand(unit, tanggal, await org.VersiUnitAsync(unit)), OrganisasiUji.Admin);

    private async Task<Result> TutupJabatanAsync(Guid jabatan, DateOnly tanggal) =>
        await db.KirimAsync(new TutupJabatanCommand(jabatan, tanggal, await org.VersiJabatanAsync(jabatan)), OrganisasiUji.Admin);

    private Task<DateOnly?> DitutupUnitAsync(Guid unit) => db.BacaAsync(c => c.UnitOrganisasi.Where(u => u.Id == unit).Select(u => u.DitutupPada).SingleAsync());

    private Task<DateOnly?> DitutupJabatanAsync(Guid jabatan) => db.BacaAsync(c => c.Jabatan.Where(j => j.Id == jabatan).Select(j => j.DitutupPada).SingleAsync());

    private async Task<PerangkatDaerahDetail> DetailAsync(Guid pd) => (await db.TanyaAsync(new DetailPerangkatDaerahQuery(pd), OrganisasiUji.Admin))!;

    private async Task AkhiriAsync(Guid pegawai, DateOnly selesai)
    {
        var pemangkuan = await db.BacaAsync(c => c.PemangkuJabatan.Where(p => p.PegawaiId == pegawai && p.TanggalSelesai == null).Select(p => p.Id).SingleAsync());
        (await db.KirimAsync(new AkhiriPemangkuJabatanCommand(pegawai, pemangkuan, selesai, await org.VersiPegawaiAsync(pegawai)), OrganisasiUji.Admin)).Berhasil.ShouldBeTrue();
    }

    [Fact]
    public async Task TutupUnit_MasihAdaJabatanAktif_DitolakPesanIndonesiaDanTetapTerbuka()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);

        var hasil = await TutupUnitAsync(bidang.Seksi1Id, HariIni);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(UnitDitutupSetelahKosong)]);
        hasil.ErrorUtama!.Pesan.ShouldBe("Unit masih memiliki jabatan atau sub unit yang aktif. Tutup atau pindahkan terlebih dahulu.");
        (await DitutupUnitAsync(bidang.Seksi1Id)).ShouldBeNull();
    }

    [Fact]
    public async Task TutupUnit_MasihAdaSubUnitAktif_Ditolak()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        (await TutupJabatanAsync(bidang.KepalaId, HariIni)).Berhasil.ShouldBeTrue();

        var hasil = await TutupUnitAsync(bidang.UnitId, HariIni);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(UnitDitutupSetelahKosong)]);
        (await DitutupUnitAsync(bidang.UnitId)).ShouldBeNull();
    }

    [Fact]
    public async Task TutupUnit_UnitTeratas_Ditolak()
    {
        var daerah = await org.DaerahAsync();

        var hasil = await TutupUnitAsync(daerah.AkarDinasLainId, HariIni);

        hasil.Errors.Select(e => e.Kode).ShouldContain(nameof(UnitAkarTidakDapatDitutup));
        hasil.Errors.Single(e => e.Kode == nameof(UnitAkarTidakDapatDitutup)).Pesan.ShouldBe("Unit teratas Perangkat Daerah tidak dapat ditutup.");
        (await DitutupUnitAsync(daerah.AkarDinasLainId)).ShouldBeNull();
    }

    [Fact]
    public async Task TutupJabatan_MasihDipangku_DitolakPesanIndonesia()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        await org.PemangkuAsync(bidang.KepalaSeksi1Id, "Kasi Yang Menjabat", Tmt);

        var hasil = await TutupJabatanAsync(bidang.KepalaSeksi1Id, HariIni);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(JabatanDitutupSetelahLowong)]);
        hasil.ErrorUtama!.Pesan.ShouldBe("Jabatan masih dipangku pegawai. Akhiri pemangkuannya terlebih dahulu.");
        (await DitutupJabatanAsync(bidang.KepalaSeksi1Id)).ShouldBeNull();
    }

    [Fact]
    public async Task TutupJabatan_PemangkuanBerakhirPadaTanggalPenutupan_Ditolak_SehariSebelumnya_Diterima()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var kasi = await org.PemangkuAsync(bidang.KepalaSeksi1Id, "Kasi Pensiun", Tmt);
        await AkhiriAsync(kasi, new DateOnly(2025, 5, 31));

        var padaHariTerakhir = await TutupJabatanAsync(bidang.KepalaSeksi1Id, new DateOnly(2025, 5, 31));
        var sesudahnya = await TutupJabatanAsync(bidang.KepalaSeksi1Id, new DateOnly(2025, 6, 1));

        padaHariTerakhir.ErrorUtama!.Kode.ShouldBe(nameof(JabatanDitutupSetelahLowong));
        sesudahnya.Berhasil.ShouldBeTrue();
        (await DitutupJabatanAsync(bidang.KepalaSeksi1Id)).ShouldBe(new DateOnly(2025, 6, 1));
    }

    [Fact]
    public async Task TutupJabatan_DuaKali_DitolakSudahDitutup()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        (await TutupJabatanAsync(bidang.KepalaSeksi2Id, new DateOnly(2025, 1, 1))).Berhasil.ShouldBeTrue();

        var hasil = await TutupJabatanAsync(bidang.KepalaSeksi2Id, new DateOnly(2025, 2, 1));

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(TidakDapatDitutupDuaKali)]);
        hasil.ErrorUtama!.Pesan.ShouldBe("Data ini sudah ditutup.");
        (await DitutupJabatanAsync(bidang.KepalaSeksi2Id)).ShouldBe(new DateOnly(2025, 1, 1));
    }

    [Fact]
    public async Task TutupUnitSetelahKosong_HilangDariDetailPerangkatDaerahDanBagan_TetapTersimpan()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var kasi = await org.PemangkuAsync(bidang.KepalaSeksi2Id, "Kasi Dimutasi", Tmt);
        var staf = await org.JabatanAsync(bidang.Seksi2Id, "Pengolah Data dan Informasi", JenisJabatan.Pelaksana);
        (await DetailAsync(daerah.DinasId)).Unit.Select(u => u.Id).ShouldContain(bidang.Seksi2Id);
        await AkhiriAsync(kasi, HariIni.AddDays(-10));
        (await TutupJabatanAsync(bidang.KepalaSeksi2Id, HariIni.AddDays(-5))).Berhasil.ShouldBeTrue();
        (await TutupJabatanAsync(staf, HariIni.AddDays(-5))).Berhasil.ShouldBeTrue();

        var hasil = await TutupUnitAsync(bidang.Seksi2Id, HariIni);

        hasil.Berhasil.ShouldBeTrue(string.Join("; ", hasil.Errors.Select(e => e.Pesan)));
        (await DitutupUnitAsync(bidang.Seksi2Id)).ShouldBe(HariIni);
        var detail = await DetailAsync(daerah.DinasId);
        detail.Unit.Select(u => u.Id).ShouldNotContain(bidang.Seksi2Id);
        detail.Unit.Select(u => u.Id).ShouldContain(bidang.Seksi1Id);
        detail.Unit.SelectMany(u => u.Jabatan).Select(j => j.Id).ShouldNotContain(bidang.KepalaSeksi2Id);
        var bagan = (await db.TanyaAsync(new BaganOrganisasiQuery(daerah.DinasId), OrganisasiUji.Admin))!;
        bagan.Kotak.Select(k => k.UnitId).ShouldNotContain(bidang.Seksi2Id);
        bagan.Kotak.Count.ShouldBe(detail.Unit.Count);
    }

    [Fact]
    public async Task TutupUnitMulaiBesok_HariIniMasihTampil()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        (await TutupJabatanAsync(bidang.KepalaSeksi1Id, HariIni.AddDays(-1))).Berhasil.ShouldBeTrue();

        (await TutupUnitAsync(bidang.Seksi1Id, HariIni.AddDays(1))).Berhasil.ShouldBeTrue();

        (await DetailAsync(daerah.DinasId)).Unit.Select(u => u.Id).ShouldContain(bidang.Seksi1Id);
    }

    [Fact]
    public async Task UbahUnit_NamaBaruTampilDiDetail_UnitTeratasTetapUnitOrganisasi()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);

        var ubah = await db.KirimAsync(new UbahUnitOrganisasiCommand(bidang.Seksi1Id, "  Seksi Berganti Nama  ", true, 7, await org.VersiUnitAsync(bidang.Seksi1Id)), OrganisasiUji.Admin);
        var akar = await db.KirimAsync(new UbahUnitOrganisasiCommand(daerah.AkarDinasLainId, "Dinas Sosial Uji", false, 0, await org.VersiUnitAsync(daerah.AkarDinasLainId)), OrganisasiUji.Admin);

        ubah.Berhasil.ShouldBeTrue();
        akar.Berhasil.ShouldBeTrue();
        var unit = (await DetailAsync(daerah.DinasId)).Unit.Single(u => u.Id == bidang.Seksi1Id);
        (unit.Nama, unit.UnitOrganisasiMandiri).ShouldBe(("Seksi Berganti Nama", true));
        (await db.BacaAsync(c => c.UnitOrganisasi.SingleAsync(u => u.Id == daerah.AkarDinasLainId))).UnitOrganisasiMandiri.ShouldBeTrue();
    }

    // After a head post is closed, the PPK of its staff climbs to the next head; before the closing date the history stays.
    [Fact]
    public async Task KedudukanStaf_SebelumDanSesudahJabatanKepalaSeksiDitutup()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var kabid = await org.PemangkuAsync(bidang.KepalaId, "Kabid Tetap", Tmt);
        var kasi = await org.PemangkuAsync(bidang.KepalaSeksi1Id, "Kasi Lama", Tmt);
        var jf = await org.JabatanAsync(bidang.Seksi1Id, "Statistisi", JenisJabatan.Fungsional, JenjangFungsional.AhliPertama, 8);
        var staf = await org.PemangkuAsync(jf, "Statistisi Uji", Tmt);
        await AkhiriAsync(kasi, new DateOnly(2025, 5, 31));
        (await TutupJabatanAsync(bidang.KepalaSeksi1Id, new DateOnly(2025, 6, 1))).Berhasil.ShouldBeTrue();

        var sebelum = await db.TanyaAsync(new KedudukanPegawaiQuery(staf, new DateOnly(2025, 5, 15)), OrganisasiUji.Admin);
        var sesudah = await db.TanyaAsync(new KedudukanPegawaiQuery(staf, new DateOnly(2025, 7, 1)), OrganisasiUji.Admin);

        sebelum!.PejabatPenilaiKinerja!.PegawaiId.ShouldBe(kasi);
        sesudah!.PejabatPenilaiKinerja!.PegawaiId.ShouldBe(kabid);
        sesudah.PejabatPenilaiKinerja.Catatan.ShouldNotContain(c => c.Contains("lowong"));
    }

    // A unit must not close while one of its positions still exists after the unit's closing date: the position (and any
    // holder until it closes) would sit in a unit that no longer exists, invisible in the peta jabatan and without a PPK.
    [Fact]
    public async Task TutupUnit_JabatanDitutupSesudahTanggalPenutupanUnit_Ditolak()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        (await TutupJabatanAsync(bidang.KepalaSeksi2Id, new DateOnly(2025, 12, 1))).Berhasil.ShouldBeTrue();

        var hasil = await TutupUnitAsync(bidang.Seksi2Id, new DateOnly(2025, 6, 1));

        hasil.Gagal.ShouldBeTrue();
        hasil.ErrorUtama!.Kode.ShouldBe(nameof(UnitDitutupSetelahKosong));
        (await DitutupUnitAsync(bidang.Seksi2Id)).ShouldBeNull();
    }
}
