using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Kepegawaian.TambahPegawai;
using SistemKerja.Application.Kepegawaian.TetapkanPemangkuJabatan;
using SistemKerja.Application.Organisasi.BuatJabatan;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.Kepegawaian;

public sealed class TetapkanPemangkuJabatanTests(DatabaseKosongFixture db) : IClassFixture<DatabaseKosongFixture>
{
    private static readonly DateOnly Tmt = new(2025, 1, 2);
    private static int urutNip;
    private int urut;

    private async Task<(Guid Unit, Guid Pemda)> SiapkanOrganisasiAsync()
    {
        return await db.BacaAsync(async c =>
        {
            var pemda = await c.PemerintahDaerah.FirstOrDefaultAsync();
            if (pemda is null)
            {
                pemda = PemerintahDaerah.Bentuk("Kabupaten Uji", JenisDaerah.Kabupaten, "Kota Uji", "Perbup Uji", PresetRegulasi.Sambas);
                c.PemerintahDaerah.Add(pemda);
                var pd = PerangkatDaerah.Bentuk(pemda, JenisPerangkatDaerah.Dinas, null, "Dinas Uji", "DU", "Jl. Uji", null).Nilai;
                c.PerangkatDaerah.Add(pd);
                c.UnitOrganisasi.Add(UnitOrganisasi.BuatAkar(pd));
                await c.SaveChangesAsync();
            }

            var akar = await c.UnitOrganisasi.FirstAsync(u => u.IndukId == null);
            return (akar.Id, pemda.Id);
        });
    }

    private async Task<Guid> JabatanAsync(Guid unit, JenisJabatan jenis = JenisJabatan.Pelaksana, bool memimpin = false) =>
        (await db.KirimAsync(new BuatJabatanCommand(unit, $"Jabatan {++urut}", jenis, null, 7, memimpin, null, false), PenggunaUji.Admin())).Nilai;

    private async Task<Guid> PegawaiAsync() =>
        (await db.KirimAsync(new TambahPegawaiCommand($"198501152010011{Interlocked.Increment(ref urutNip):D3}", StatusKepegawaian.Pns, "Pegawai Uji", null, null, GolonganRuang.IIIB, null, Pendidikan.S1, null), PenggunaUji.Admin())).Nilai;

    [Fact]
    public async Task Tetapkan_JabatanSudahDipangku_DitolakDanTidakTersimpan()
    {
        var (unit, _) = await SiapkanOrganisasiAsync();
        var jabatan = await JabatanAsync(unit);
        var a = await PegawaiAsync();
        var b = await PegawaiAsync();
        (await db.KirimAsync(new TetapkanPemangkuJabatanCommand(a, jabatan, JenisPemangkuan.Definitif, Tmt, "SK/1", false), PenggunaUji.Admin())).Berhasil.ShouldBeTrue();

        var hasil = await db.KirimAsync(new TetapkanPemangkuJabatanCommand(b, jabatan, JenisPemangkuan.Definitif, Tmt, "SK/2", false), PenggunaUji.Admin());

        hasil.ErrorUtama!.Kode.ShouldBe(nameof(JabatanHanyaDapatDipangkuSatuPegawaiPerJenis));
        (await db.BacaAsync(c => c.PemangkuJabatan.CountAsync(p => p.PegawaiId == b))).ShouldBe(0);
    }

    [Fact]
    public async Task Tetapkan_DuaAdminBersamaan_HanyaSatuBerhasilTanpaException()
    {
        var (unit, _) = await SiapkanOrganisasiAsync();
        var jabatan = await JabatanAsync(unit);
        var pegawai = new[] { await PegawaiAsync(), await PegawaiAsync(), await PegawaiAsync(), await PegawaiAsync() };

        var hasil = await Task.WhenAll(pegawai.Select(p => Task.Run(() =>
            db.KirimAsync(new TetapkanPemangkuJabatanCommand(p, jabatan, JenisPemangkuan.Definitif, Tmt, "SK/X", false), PenggunaUji.Admin()))));

        hasil.Count(h => h.Berhasil).ShouldBe(1);
        hasil.Where(h => h.Gagal).ShouldAllBe(h => h.ErrorUtama!.Jenis == ErrorKind.Konflik || h.ErrorUtama!.Jenis == ErrorKind.AturanDilanggar);
        (await db.BacaAsync(c => c.PemangkuJabatan.CountAsync(p => p.JabatanId == jabatan))).ShouldBe(1);
    }

    [Fact]
    public async Task Tetapkan_PegawaiMasihMemangkuDefinitif_DitolakKecualiMutasi()
    {
        var (unit, _) = await SiapkanOrganisasiAsync();
        var lama = await JabatanAsync(unit);
        var baru = await JabatanAsync(unit);
        var p = await PegawaiAsync();
        (await db.KirimAsync(new TetapkanPemangkuJabatanCommand(p, lama, JenisPemangkuan.Definitif, Tmt, "SK/1", false), PenggunaUji.Admin())).Berhasil.ShouldBeTrue();

        var ditolak = await db.KirimAsync(new TetapkanPemangkuJabatanCommand(p, baru, JenisPemangkuan.Definitif, Tmt.AddMonths(6), "SK/2", false), PenggunaUji.Admin());
        var mutasi = await db.KirimAsync(new TetapkanPemangkuJabatanCommand(p, baru, JenisPemangkuan.Definitif, Tmt.AddMonths(6), "SK/2", true), PenggunaUji.Admin());

        ditolak.ErrorUtama!.Kode.ShouldBe(nameof(PegawaiHanyaMemangkuSatuJabatanDefinitif));
        mutasi.Berhasil.ShouldBeTrue();
        var riwayat = await db.BacaAsync(c => c.PemangkuJabatan.Where(x => x.PegawaiId == p).OrderBy(x => x.Tmt).ToListAsync());
        riwayat.Count.ShouldBe(2);
        riwayat[0].TanggalSelesai.ShouldBe(Tmt.AddMonths(6).AddDays(-1));
        riwayat[1].TanggalSelesai.ShouldBeNull();
    }

    [Fact]
    public async Task Tetapkan_PltPadaJabatanBukanPimpinan_Ditolak()
    {
        var (unit, _) = await SiapkanOrganisasiAsync();
        var jabatan = await JabatanAsync(unit);
        var p = await PegawaiAsync();

        var hasil = await db.KirimAsync(new TetapkanPemangkuJabatanCommand(p, jabatan, JenisPemangkuan.Plt, Tmt, "SK/Plt", false), PenggunaUji.Admin());

        hasil.ErrorUtama!.Kode.ShouldBe(nameof(PltPlhHanyaUntukJabatanPimpinan));
    }

    [Fact]
    public async Task BuatJabatan_PimpinanKeduaDalamUnit_Ditolak()
    {
        var (unit, _) = await SiapkanOrganisasiAsync();
        if (!await db.BacaAsync(c => c.Jabatan.AnyAsync(j => j.UnitOrganisasiId == unit && j.MemimpinUnit)))
        {
            (await db.KirimAsync(new BuatJabatanCommand(unit, "Kepala Dinas Uji", JenisJabatan.JptPratama, null, 14, true, null, false), PenggunaUji.Admin())).Berhasil.ShouldBeTrue();
        }

        var hasil = await db.KirimAsync(new BuatJabatanCommand(unit, "Kepala Kedua", JenisJabatan.Administrator, null, 12, true, null, false), PenggunaUji.Admin());

        hasil.ErrorUtama!.Kode.ShouldBe(nameof(UnitHanyaMemilikiSatuJabatanPimpinan));
    }
}
