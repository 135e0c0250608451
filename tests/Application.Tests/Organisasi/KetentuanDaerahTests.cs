using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Organisasi.KetentuanDaerah;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.TimKerja;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.Organisasi;

/// <summary>
/// The region's settings as BKPSDM sees and changes them (DOMAIN.md §12–§13: where the five regulations differ is a setting of
/// the Pemerintah Daerah, shipped as five presets). The demo region follows the HSU preset.
/// </summary>
public sealed class KetentuanDaerahTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private static readonly PenggunaUji Admin = PenggunaUji.Admin();

    private static readonly PenggunaUji Pegawai = PenggunaUji.Pegawai();

    private Task<KebijakanDaerah> KebijakanAsync() => db.BacaAsync(c => c.PemerintahDaerah.AsNoTracking().Select(p => p.Kebijakan).SingleAsync());

    private async Task<KetentuanDaerah> TanyaAsync(PresetRegulasi? bandingkan = null) =>
        (await db.TanyaAsync(new KetentuanDaerahQuery(bandingkan), Admin)).Nilai;

    // 001_75f6c752ea8be86f.txt T1/T2 (team Surat Tugas) against 000_f720e179c5bde346.txt (silent: [P] Keputusan), DOMAIN.md §8.2.
    [Fact]
    public async Task Bandingkan_DenganPresetLain_BarisYangBerbedaDitandai()
    {
        var sama = await TanyaAsync(PresetRegulasi.HuluSungaiUtara);
        sama.Preset.ShouldBe(PresetRegulasi.HuluSungaiUtara);
        sama.JumlahBerbeda.ShouldBe(0);

        var muba = await TanyaAsync(PresetRegulasi.MusiBanyuasin);

        var naskah = muba.Kelompok.Single(k => k.Judul == "Tim Kerja").Baris.Single(b => b.Ketentuan == "Naskah Pembentukan");
        (naskah.Nilai, naskah.Pembanding, naskah.Berbeda).ShouldBe(("Keputusan", "Surat Tugas", true));
        muba.Kelompok.Single(k => k.Judul == "Umum").Baris.Single(b => b.Ketentuan == "Preset").Pembanding.ShouldBe("Musi Banyuasin");
        muba.JumlahBerbeda.ShouldBeGreaterThan(1);
        muba.Kelompok.Single(k => k.Judul == "Umum").Baris.Single(b => b.Ketentuan == "Sub Koordinator Dicabut Pada").Nilai.ShouldBe("20 Januari 2025");
        (await TanyaAsync()).Kelompok.SelectMany(k => k.Baris).ShouldAllBe(b => b.Pembanding == null && !b.Berbeda);
    }

    [Fact]
    public async Task TerapkanPreset_OlehAdmin_SemuaKetentuanMengikutiPreset_TercatatDiJejakAudit()
    {
        try
        {
            await TerapkanLaluKembaliAsync();
        }
        finally
        {
            // The other tests of the class expect the demo region's HSU preset, whatever happened above.
            await db.BacaAsync(async c =>
            {
                (await c.PemerintahDaerah.SingleAsync()).TerapkanKebijakan(KebijakanDaerah.DariPreset(PresetRegulasi.HuluSungaiUtara));
                return await c.SaveChangesAsync();
            });
        }
    }

    private async Task TerapkanLaluKembaliAsync()
    {
        var versi = (await TanyaAsync()).Versi;

        var hasil = await db.KirimAsync(new TerapkanPresetCommand(PresetRegulasi.MusiBanyuasin, versi, Konfirmasi: true), Admin);

        hasil.Berhasil.ShouldBeTrue(string.Join("; ", hasil.Errors.Select(e => e.Pesan)));
        var k = await KebijakanAsync();
        (k.Preset, k.TimKerja.NaskahPembentukan, k.TimKerja.KetuaMinimalKelasJabatan).ShouldBe((PresetRegulasi.MusiBanyuasin, NaskahPembentukanTim.SuratTugas, (int?)7));
        (await db.BacaAsync(c => c.JejakAudit.Where(j => j.Aksi == "TerapkanPreset").Select(j => j.Data).ToListAsync()))
            .ShouldContain(d => JsonDocument.Parse(d, default).RootElement.GetProperty("Preset").GetInt32() == (int)PresetRegulasi.MusiBanyuasin);

        // Back, with the new version; the old one is stale now.
        var lama = await db.KirimAsync(new TerapkanPresetCommand(PresetRegulasi.HuluSungaiUtara, versi, Konfirmasi: true), Admin);
        lama.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Konflik);
        (await KebijakanAsync()).Preset.ShouldBe(PresetRegulasi.MusiBanyuasin);
        (await db.KirimAsync(new TerapkanPresetCommand(PresetRegulasi.HuluSungaiUtara, (await TanyaAsync()).Versi, Konfirmasi: true), Admin)).Berhasil.ShouldBeTrue();
        var kembali = await KebijakanAsync();
        (kembali.Preset, kembali.TimKerja.NaskahPembentukan, kembali.TimKerja.KetuaMinimalKelasJabatan).ShouldBe((PresetRegulasi.HuluSungaiUtara, NaskahPembentukanTim.Keputusan, (int?)null));
    }

    [Fact]
    public async Task TerapkanPreset_TanpaKonfirmasiAtauPresetTakDikenal_DitolakDenganPesanIndonesia_TidakBerubah()
    {
        var versi = (await TanyaAsync()).Versi;

        var tanpa = await db.KirimAsync(new TerapkanPresetCommand(PresetRegulasi.Sambas, versi, Konfirmasi: false), Admin);
        var asing = await db.KirimAsync(new TerapkanPresetCommand((PresetRegulasi)42, versi, Konfirmasi: true), Admin);

        tanpa.ErrorUtama!.Pesan.ShouldBe("Centang pernyataan bahwa Anda memahami perubahan ketentuan ini sebelum menerapkannya.");
        asing.ErrorUtama!.Pesan.ShouldBe("Pilih salah satu preset peraturan daerah.");
        (await KebijakanAsync()).Preset.ShouldBe(PresetRegulasi.HuluSungaiUtara);
    }

    [Fact]
    public async Task BukanAdmin_TidakDapatMelihatAtauMengubah()
    {
        var versi = (await TanyaAsync()).Versi;

        (await db.TanyaAsync(new KetentuanDaerahQuery(), Pegawai)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        (await db.KirimAsync(new TerapkanPresetCommand(PresetRegulasi.Sambas, versi, Konfirmasi: true), Pegawai)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        (await KebijakanAsync()).Preset.ShouldBe(PresetRegulasi.HuluSungaiUtara);
    }
}
