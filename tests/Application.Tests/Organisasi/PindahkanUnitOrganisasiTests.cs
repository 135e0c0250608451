using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Organisasi.BuatUnitOrganisasi;
using SistemKerja.Application.Organisasi.PindahkanUnitOrganisasi;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.Organisasi;

public sealed class PindahkanUnitOrganisasiTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private async Task<UnitOrganisasi> UnitAsync(string nama) =>
        await db.BacaAsync(c => c.UnitOrganisasi.AsNoTracking().FirstAsync(u => u.Nama == nama));

    private async Task<Guid> BuatDiAsync(Guid indukId, string nama) =>
        (await db.KirimAsync(new BuatUnitOrganisasiCommand(indukId, nama, false, 0), PenggunaUji.Admin())).Nilai;

    [Fact]
    public async Task Pindahkan_KeBawahCucunyaSendiri_DitolakKarenaLingkaranDanTidakBerubah()
    {
        var bidang = await UnitAsync("Bidang Aplikasi Informatika");
        var anak = await BuatDiAsync(bidang.Id, "Tim Uji Anak");
        var cucu = await BuatDiAsync(anak, "Tim Uji Cucu");

        var hasil = await db.KirimAsync(new PindahkanUnitOrganisasiCommand(bidang.Id, cucu, bidang.Versi), PenggunaUji.Admin());

        hasil.ErrorUtama!.Kode.ShouldBe(nameof(UnitTidakBolehBerindukPadaDirinyaAtauKeturunannya));
        hasil.ErrorUtama.Pesan.ShouldContain("lingkaran");
        (await UnitAsync("Bidang Aplikasi Informatika")).IndukId.ShouldBe(bidang.IndukId);
    }

    [Fact]
    public async Task Pindahkan_KeUnitLainDalamPdSama_Berhasil()
    {
        var sekretariat = await db.BacaAsync(c => c.UnitOrganisasi.AsNoTracking()
            .FirstAsync(u => u.Nama == "Sekretariat" && c.PerangkatDaerah.Any(p => p.Id == u.PerangkatDaerahId && p.Singkatan == "DISKOMINFO")));
        var bidang = await UnitAsync("Bidang Persandian dan Statistik");
        var unit = await BuatDiAsync(bidang.Id, "Tim Uji Pindah");
        var versi = (await db.BacaAsync(c => c.UnitOrganisasi.AsNoTracking().FirstAsync(u => u.Id == unit))).Versi;

        var hasil = await db.KirimAsync(new PindahkanUnitOrganisasiCommand(unit, sekretariat.Id, versi), PenggunaUji.Admin());

        hasil.Berhasil.ShouldBeTrue();
        (await db.BacaAsync(c => c.UnitOrganisasi.AsNoTracking().FirstAsync(u => u.Id == unit))).IndukId.ShouldBe(sekretariat.Id);
    }

    [Fact]
    public async Task Pindahkan_KePerangkatDaerahLain_Ditolak()
    {
        var bidang = await UnitAsync("Bidang Aplikasi Informatika");
        var lain = await UnitAsync("Bidang Anggaran");

        var hasil = await db.KirimAsync(new PindahkanUnitOrganisasiCommand(bidang.Id, lain.Id, bidang.Versi), PenggunaUji.Admin());

        hasil.ErrorUtama!.Kode.ShouldBe(nameof(UnitHanyaDapatDipindahkanDalamPerangkatDaerahYangSama));
    }

    [Fact]
    public async Task Pindahkan_DenganVersiLama_DitolakKarenaDiubahPenggunaLain()
    {
        var bidang = await UnitAsync("Bidang Informasi dan Komunikasi Publik");
        var unit = await BuatDiAsync(bidang.Id, "Tim Uji Versi");
        var versiLama = (await db.BacaAsync(c => c.UnitOrganisasi.AsNoTracking().FirstAsync(u => u.Id == unit))).Versi;
        var tujuan1 = await BuatDiAsync(bidang.Id, "Tujuan Satu");
        var tujuan2 = await BuatDiAsync(bidang.Id, "Tujuan Dua");
        (await db.KirimAsync(new PindahkanUnitOrganisasiCommand(unit, tujuan1, versiLama), PenggunaUji.Admin())).Berhasil.ShouldBeTrue();

        var hasil = await db.KirimAsync(new PindahkanUnitOrganisasiCommand(unit, tujuan2, versiLama), PenggunaUji.Admin());

        hasil.ErrorUtama.ShouldBe(Error.DiubahPenggunaLain);
        (await db.BacaAsync(c => c.UnitOrganisasi.AsNoTracking().FirstAsync(u => u.Id == unit))).IndukId.ShouldBe(tujuan1);
    }
}
