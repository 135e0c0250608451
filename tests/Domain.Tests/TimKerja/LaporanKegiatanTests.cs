using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.TimKerja;
using static SistemKerja.Domain.Tests.TimKerja.TimUji;

namespace SistemKerja.Domain.Tests.TimKerja;

/// <summary>
/// Reporting lines inside a team (§9.2, §8.4–8.5): anggota → ketua, ketua → pimpinan periodically, and reports asked for
/// "secara sewaktu-waktu".
/// </summary>
public sealed class LaporanKegiatanTests
{
    private const string Uraian = "Minggu ke-2: inventarisasi 14 SOP selesai.";

    // Anggota → ketua: 000 Ps 21(3), 001 Lampiran B.4.b, 002 Ps 19(1), 003 Ps 13(1), 004 Ps 15(1).
    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara)]
    [InlineData(PresetRegulasi.MusiBanyuasin)]
    [InlineData(PresetRegulasi.Tarakan)]
    [InlineData(PresetRegulasi.IndragiriHilir)]
    [InlineData(PresetRegulasi.Sambas)]
    public void Sampaikan_ByAnggota_GoesToKetua(PresetRegulasi preset)
    {
        var tim = Ditetapkan(preset);

        var laporan = Sampaikan(tim, Wury);

        laporan.Jenis.ShouldBe(JenisLaporanTim.Berkala);
        laporan.Tujuan.ShouldBe(TujuanLaporanTim.KetuaTim);
        laporan.TujuanPegawaiId.ShouldBe(Putri);
        laporan.PeranPelapor.ShouldBe(PeranTim.Anggota);
        laporan.Uraian.ShouldBe(Uraian);
    }

    // Ketua → PUO pemilik kinerja "secara berkala": 000 Ps 21(2), 002 Ps 19(2), 004 Ps 15(2).
    [Fact]
    public void Sampaikan_ByKetua_GoesToPimpinan()
    {
        var laporan = Sampaikan(Ditetapkan(PresetRegulasi.HuluSungaiUtara), Putri);

        laporan.Tujuan.ShouldBe(TujuanLaporanTim.PimpinanTim);
        laporan.TujuanPegawaiId.ShouldBeNull();
    }

    // §15 Q-11: no ketua → the anggota reports to the pimpinan.
    [Fact]
    public void Sampaikan_ByAnggotaWithoutKetua_GoesToPimpinan()
    {
        var tim = Draf();
        tim.Anggota(Profil(Wury), PresetRegulasi.Sambas);
        tim.Tetapkan(PenetapUntuk(PresetRegulasi.Sambas), K(PresetRegulasi.Sambas), HariIni, Waktu).Berhasil.ShouldBeTrue();

        Sampaikan(tim, Wury).Tujuan.ShouldBe(TujuanLaporanTim.PimpinanTim);
    }

    [Fact]
    public void Sampaikan_ByOutsider_Forbidden()
    {
        LaporanKegiatan.Sampaikan(Ditetapkan(PresetRegulasi.Sambas), PegawaiPuo, Uraian, null, Waktu).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
    }

    [Fact]
    public void Sampaikan_BeforeDecree_RefusedByStatus()
    {
        LaporanKegiatan.Sampaikan(SiapDitetapkan(PresetRegulasi.Sambas), Wury, Uraian, null, Waktu).Kode().ShouldBe([nameof(AksiTimSesuaiStatus)]);
    }

    [Fact]
    public void Sampaikan_BlankText_Refused()
    {
        LaporanKegiatan.Sampaikan(Ditetapkan(PresetRegulasi.Sambas), Wury, "  ", null, Waktu).Kode().ShouldBe([nameof(UraianLaporanWajibDiisi)]);
    }

    // ---- PermintaanLaporan ----

    // "Pimpinan Unit Organisasi pemilik kinerja secara sewaktu-waktu berwenang untuk meminta laporan kepada ketua tim dan/atau anggota"
    // (000 Ps 21(4)); the anggota's answer goes straight to the pimpinan who asked.
    [Fact]
    public void Minta_ByPuoToAnggota_AnswerGoesToPimpinan()
    {
        var tim = Ditetapkan(PresetRegulasi.HuluSungaiUtara);
        var wury = tim.PersonelDariPegawai(Wury)!;

        var permintaan = Minta(tim, PresetRegulasi.HuluSungaiUtara, PegawaiPuo, [JabatanPuo], [wury.Id]);
        var jawaban = LaporanKegiatan.Sampaikan(tim, Wury, Uraian, permintaan, Waktu).Nilai;

        permintaan.KepadaPersonel.ShouldBe([wury.Id]);
        jawaban.Jenis.ShouldBe(JenisLaporanTim.AtasPermintaan);
        jawaban.Tujuan.ShouldBe(TujuanLaporanTim.PimpinanTim);
        jawaban.PermintaanLaporanId.ShouldBe(permintaan.Id);
    }

    [Fact]
    public void Sampaikan_AnswerToRequestAddressedToSomeoneElse_Refused()
    {
        var tim = Ditetapkan(PresetRegulasi.HuluSungaiUtara);
        var permintaan = Minta(tim, PresetRegulasi.HuluSungaiUtara, PegawaiPuo, [JabatanPuo], [tim.Ketua!.Id]);

        LaporanKegiatan.Sampaikan(tim, Wury, Uraian, permintaan, Waktu).Kode().ShouldBe([nameof(LaporanMenjawabPermintaanYangDitujukan)]);
    }

    // 001_75f6c752ea8be86f.txt Ps 12(4) "Pejabat Penilai Kinerja dan/atau Pimpinan Unit Organisasi": the PPK may ask in MUBA; in HSU
    // (Ps 21(4), PUO pemilik kinerja only) the PPK may not.
    [Theory]
    [InlineData(PresetRegulasi.MusiBanyuasin, true)]
    [InlineData(PresetRegulasi.Sambas, true)]
    [InlineData(PresetRegulasi.HuluSungaiUtara, false)]
    [InlineData(PresetRegulasi.Tarakan, false)]
    public void Minta_ByPpk_OnlyWhereThePpkReceivesReports(PresetRegulasi preset, bool boleh)
    {
        var tim = Ditetapkan(preset);

        var hasil = PermintaanLaporan.Buat(tim, K(preset), PegawaiPpk, [JabatanPpk], [tim.Ketua!.Id], "Progres triwulan", null, HariIni, Waktu);

        hasil.Berhasil.ShouldBe(boleh);
        if (!boleh)
        {
            hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        }
    }

    // 003_a712a2c678725951.txt Ps 13(3): "Pimpinan Unit Organisasi atau penanggung jawab tim" may ask.
    [Fact]
    public void Minta_IndragiriHilirPenanggungJawabTim_Allowed()
    {
        var tim = Draf();
        tim.TambahPenanggungJawabTim(new PersonelBaru(Pengawas(Ramon), 10), K(PresetRegulasi.IndragiriHilir));
        var wury = tim.Anggota(Profil(Wury), PresetRegulasi.IndragiriHilir);
        tim.Tetapkan(PenetapUntuk(PresetRegulasi.IndragiriHilir), K(PresetRegulasi.IndragiriHilir), HariIni, Waktu).Berhasil.ShouldBeTrue();

        Minta(tim, PresetRegulasi.IndragiriHilir, Ramon, [], [wury.Id]).TimId.ShouldBe(tim.Id);
    }

    [Theory]
    [InlineData(true, false, false, nameof(PermintaanLaporanDitujukanKepadaKetuaAtauAnggota))]
    [InlineData(false, true, false, nameof(UraianPermintaanLaporanWajibDiisi))]
    [InlineData(false, false, true, nameof(BatasWaktuLaporanTidakBolehLampau))]
    public void Minta_InvalidRequest_Refused(bool tanpaTujuan, bool tanpaUraian, bool batasLampau, string kode)
    {
        var tim = Ditetapkan(PresetRegulasi.HuluSungaiUtara);

        var hasil = PermintaanLaporan.Buat(tim, K(PresetRegulasi.HuluSungaiUtara), PegawaiPuo, [JabatanPuo],
            tanpaTujuan ? [] : [tim.Ketua!.Id], tanpaUraian ? " " : "Progres", batasLampau ? HariIni.AddDays(-1) : HariIni, HariIni, Waktu);

        hasil.Kode().ShouldBe([kode]);
    }

    // ---- Tanggapi (§8.4 Ketua 4: "memberikan umpan balik berkala") ----

    [Fact]
    public void Tanggapi_KetuaOnAnggotaReport_RecordedOnce()
    {
        var tim = Ditetapkan(PresetRegulasi.Sambas);
        var laporan = Sampaikan(tim, Wury);

        laporan.Tanggapi(tim, K(PresetRegulasi.Sambas), Putri, [], "  Lanjutkan ke verifikasi.  ", Waktu).Berhasil.ShouldBeTrue();

        laporan.UmpanBalik.ShouldBe("Lanjutkan ke verifikasi.");
        laporan.DitanggapiOlehPegawaiId.ShouldBe(Putri);
        laporan.Tanggapi(tim, K(PresetRegulasi.Sambas), Putri, [], "lagi", Waktu).Kode().ShouldBe([nameof(LaporanHanyaDitanggapiSekali)]);
    }

    [Fact]
    public void Tanggapi_PimpinanOnAnggotaReportToKetua_Forbidden()
    {
        var tim = Ditetapkan(PresetRegulasi.Sambas);

        Sampaikan(tim, Wury).Tanggapi(tim, K(PresetRegulasi.Sambas), PegawaiPuo, [JabatanPuo], "ok", Waktu).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
    }

    [Fact]
    public void Tanggapi_PimpinanOnKetuaReport_Allowed()
    {
        var tim = Ditetapkan(PresetRegulasi.Tarakan);

        Sampaikan(tim, Putri).Tanggapi(tim, K(PresetRegulasi.Tarakan), PegawaiPuo, [JabatanPuo], "Percepat tahap 2.", Waktu).Berhasil.ShouldBeTrue();
    }

    private static LaporanKegiatan Sampaikan(Tim tim, Guid pelapor)
    {
        var hasil = LaporanKegiatan.Sampaikan(tim, pelapor, $"  {Uraian} ", null, Waktu);
        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        return hasil.Nilai;
    }

    private static PermintaanLaporan Minta(Tim tim, PresetRegulasi preset, Guid peminta, Guid[] jabatan, Guid[] kepada)
    {
        var hasil = PermintaanLaporan.Buat(tim, K(preset), peminta, jabatan, kepada, "Laporan progres penyusunan Perbup", HariIni.AddDays(3), HariIni, Waktu);
        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        return hasil.Nilai;
    }
}
