using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using static SistemKerja.Domain.Tests.Penugasan.PenugasanUji;
using PenugasanAgregat = SistemKerja.Domain.Penugasan.Penugasan;

namespace SistemKerja.Domain.Tests.Penugasan;

/// <summary>
/// <see cref="PenugasanAgregat"/> (DOMAIN.md §6.2, §6.3, G5, G13, V-PEN-01/02, V-PER-07) and <see cref="SuratTugas"/> (§11).
/// Seed files: 000_f720e179c5bde346.txt HSU, 001_75f6c752ea8be86f.txt MUBA, 002_d52b46878c9378dd.txt TRK,
/// 003_a712a2c678725951.txt INHIL, 004_af01d94e9933b5a2.txt SBS.
/// </summary>
public sealed class PenugasanTests
{
    private static readonly DateOnly Mulai = new(2026, 12, 1);
    private static readonly DateOnly Selesai = new(2026, 12, 31);

    // ---- Tunjuk (WF-1, §6.3) ----

    // 000_f720e179c5bde346.txt Ps 12: the PUO assigns "secara langsung"; Ps 1 angka 15 "dalam periode waktu tertentu".
    [Fact]
    public void Tunjuk_Valid_DitetapkanWithTrimmedText()
    {
        var p = Tunjuk(uraian: "  Menyusun laporan kinerja triwulan IV  ", target: "   ");

        p.Asal.ShouldBe(AsalPenugasan.PenunjukanDalamUnit);
        p.Status.ShouldBe(StatusPenugasan.Ditetapkan);
        p.PermohonanId.ShouldBeNull();
        p.PegawaiId.ShouldBe(PegawaiDitugaskan);
        p.JabatanPegawaiId.ShouldBe(JabatanPegawai);
        p.UnitPemilikKinerjaId.ShouldBe(UnitPemilikKinerja);
        p.Uraian.ShouldBe("Menyusun laporan kinerja triwulan IV");
        p.TargetKinerja.ShouldBeNull();
        p.TanggalMulai.ShouldBe(Mulai);
        p.TanggalSelesai.ShouldBe(Selesai);
        p.PenuhWaktu.ShouldBeFalse();
        p.AlokasiPersen.ShouldBe(30);
        p.PenerbitJabatanId.ShouldBe(JabatanPuoAsal);
        p.DitetapkanPada.ShouldBe(Waktu);
        p.DiterimaPada.ShouldBeNull();
        p.SuratTugasId.ShouldBeNull();
        p.Id.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public void Tunjuk_WithTarget_KeepsTrimmedTarget()
    {
        Tunjuk(target: "  4 laporan  ").TargetKinerja.ShouldBe("4 laporan");
    }

    // V-PEN-02 (G5): "Periode penugasan wajib diisi; tanggal selesai tidak boleh sebelum tanggal mulai."
    [Theory]
    [InlineData("2026-12-10", "2026-12-09", nameof(PeriodePenugasanHarusValid))]
    [InlineData("0001-01-01", "2026-12-09", nameof(PeriodePenugasanHarusValid))]
    [InlineData("2026-11-21", "2026-12-09", nameof(TanggalMulaiTidakBolehLampau))]
    public void Tunjuk_InvalidPeriod_Refused(string mulai, string selesai, string kode)
    {
        var hasil = CobaTunjuk(mulai: DateOnly.Parse(mulai, System.Globalization.CultureInfo.InvariantCulture),
            selesai: DateOnly.Parse(selesai, System.Globalization.CultureInfo.InvariantCulture));

        hasil.Errors.Select(e => e.Kode).ShouldBe([kode]);
    }

    [Fact]
    public void Tunjuk_StartToday_Accepted()
    {
        CobaTunjuk(mulai: HariIni, selesai: HariIni).Berhasil.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Tunjuk_AllocationOutsideRange_Refused(int persen)
    {
        CobaTunjuk(alokasi: persen).Errors.Select(e => e.Kode).ShouldBe([nameof(AlokasiWaktuDalamRentang)]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Tunjuk_WithoutUraian_Refused(string uraian)
    {
        var hasil = CobaTunjuk(uraian: uraian);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(UraianPenugasanWajibDiisi)]);
        hasil.ErrorUtama!.Pesan.ShouldBe("Uraian tugas wajib diisi.");
    }

    [Fact]
    public void Tunjuk_SeveralRulesBroken_ReportsEach()
    {
        var hasil = CobaTunjuk(uraian: "", mulai: HariIni.AddDays(-1), selesai: HariIni.AddDays(-2), alokasi: 0);

        hasil.Errors.Select(e => e.Kode).ShouldBe(
            [nameof(PeriodePenugasanHarusValid), nameof(TanggalMulaiTidakBolehLampau), nameof(AlokasiWaktuDalamRentang), nameof(UraianPenugasanWajibDiisi)]);
    }

    // ---- V-PEN-01 (G4, assignableJenis) ----

    [Theory]
    // 000_f720e179c5bde346.txt Ps 11(1): "kepada Pejabat Pengawas, Pejabat Fungsional dan Pejabat Pelaksana".
    [InlineData(PresetRegulasi.HuluSungaiUtara, JenisJabatan.Pengawas, false)]
    [InlineData(PresetRegulasi.HuluSungaiUtara, JenisJabatan.Administrator, true)]
    // 004_af01d94e9933b5a2.txt Lampiran I B.2: "menugaskan Pejabat Administrator, Pejabat Fungsional dan Pelaksana".
    [InlineData(PresetRegulasi.Sambas, JenisJabatan.Administrator, false)]
    [InlineData(PresetRegulasi.Sambas, JenisJabatan.Pengawas, true)]
    // 001_75f6c752ea8be86f.txt Ps 1 angka 15: "penunjukan atau pengajuan sukarela Pejabat Fungsional dan pelaksana".
    [InlineData(PresetRegulasi.MusiBanyuasin, JenisJabatan.Fungsional, false)]
    [InlineData(PresetRegulasi.MusiBanyuasin, JenisJabatan.Pelaksana, false)]
    [InlineData(PresetRegulasi.MusiBanyuasin, JenisJabatan.Pengawas, true)]
    [InlineData(PresetRegulasi.Tarakan, JenisJabatan.JptPratama, true)]
    public void HanyaJenisJabatanYangDapatDitugaskan_Region_BrokenOutsideAssignableJenis(PresetRegulasi preset, JenisJabatan jenis, bool dilanggar)
    {
        var aturan = new HanyaJenisJabatanYangDapatDitugaskan(jenis, KebijakanDaerah.DariPreset(preset).JenisDapatDitugaskan);

        aturan.Dilanggar().ShouldBe(dilanggar);
        aturan.Pesan.ShouldStartWith("Penugasan hanya untuk Pejabat Fungsional");
    }

    // ---- DariPermohonan (V-PER-07: the surat penugasan inherits the requested criteria) ----

    // 000_f720e179c5bde346.txt Ps 13c: "sesuai dengan kriteria yang disampaikan pemohon di dalam surat permohonan".
    [Fact]
    public void DariPermohonan_ApprovedPelibatan_InheritsPeriodTargetAndAllocation()
    {
        var rincian = Rincian() with { TanggalMulai = Mulai, TanggalSelesai = Selesai, PenuhWaktu = true, AlokasiPersen = 100 };
        var permohonan = Disetujui(JenisPermohonan.PenunjukanLintasUnit, PresetRegulasi.HuluSungaiUtara, rincian);

        var p = PenugasanAgregat.DariPermohonan(permohonan, JabatanPuoAsal, Waktu.AddHours(1));

        p.Asal.ShouldBe(AsalPenugasan.PenunjukanLintasUnit);
        p.PermohonanId.ShouldBe(permohonan.Id);
        p.PegawaiId.ShouldBe(PegawaiDitugaskan);
        p.JabatanPegawaiId.ShouldBe(JabatanPegawai);
        p.UnitPemilikKinerjaId.ShouldBe(UnitPemilikKinerja);
        p.Uraian.ShouldBe("Penyusunan Rencana Strategis Dinas 2027–2031");
        p.TargetKinerja.ShouldBe("Dokumen rancangan Renstra tersusun dan disepakati");
        p.TanggalMulai.ShouldBe(Mulai);
        p.TanggalSelesai.ShouldBe(Selesai);
        p.PenuhWaktu.ShouldBeTrue();
        p.AlokasiPersen.ShouldBe(100);
        p.PenerbitJabatanId.ShouldBe(JabatanPuoAsal);
        p.DitetapkanPada.ShouldBe(Waktu.AddHours(1));
        p.Status.ShouldBe(StatusPenugasan.Ditetapkan);
    }

    // 002_d52b46878c9378dd.txt Ps 14(3)a: a TRK sukarela lintas is "sebagai anggota Tim Kerja"; the uraian names the team.
    [Fact]
    public void DariPermohonan_SukarelaLintasWithTeam_UraianNamesTeam()
    {
        var permohonan = Disetujui(JenisPermohonan.SukarelaLintasUnit, PresetRegulasi.Tarakan, Rincian(namaTim: " Tim Penurunan Stunting "));

        var p = PenugasanAgregat.DariPermohonan(permohonan, JabatanPpkAsal, Waktu);

        p.Asal.ShouldBe(AsalPenugasan.SukarelaLintasUnit);
        p.Uraian.ShouldBe("Penyusunan Rencana Strategis Dinas 2027–2031 (sebagai anggota Tim Kerja Penurunan Stunting)");
    }

    [Fact]
    public void DariPermohonan_SukarelaDalamUnit_AsalSukarelaDalamUnit()
    {
        var permohonan = Disetujui(JenisPermohonan.SukarelaDalamUnit, PresetRegulasi.IndragiriHilir, Rincian());

        PenugasanAgregat.DariPermohonan(permohonan, JabatanPuoAsal, Waktu).Asal.ShouldBe(AsalPenugasan.SukarelaDalamUnit);
    }

    [Theory]
    [InlineData(StatusPermohonan.Diajukan)]
    [InlineData(StatusPermohonan.Ditolak)]
    [InlineData(StatusPermohonan.Ditarik)]
    public void DariPermohonan_NotApproved_Throws(StatusPermohonan status)
    {
        var permohonan = Diajukan(JenisPermohonan.PenunjukanLintasUnit, PresetRegulasi.Sambas);
        if (status == StatusPermohonan.Ditolak)
        {
            permohonan.Tolak(PegawaiPuoAsal, "Dra. Nurhayati", [JabatanPuoAsal], "Tidak tersedia", Waktu).Berhasil.ShouldBeTrue();
        }
        else if (status == StatusPermohonan.Ditarik)
        {
            permohonan.Tarik(PegawaiPuoPemilikKinerja, Waktu).Berhasil.ShouldBeTrue();
        }

        permohonan.Status.ShouldBe(status);
        Should.Throw<InvalidOperationException>(() => PenugasanAgregat.DariPermohonan(permohonan, JabatanKepalaPdAsal, Waktu));
    }

    // ---- Terima (G13: "menerima surat penugasan"; receipt is an acknowledgement) ----

    // 000_f720e179c5bde346.txt Ps 13e; 001_75f6c752ea8be86f.txt Ps 11(1)e.
    [Fact]
    public void Terima_ByAssignee_Diterima()
    {
        var p = Tunjuk();

        var hasil = p.Terima(PegawaiDitugaskan, Waktu.AddDays(1));

        hasil.Berhasil.ShouldBeTrue();
        p.Status.ShouldBe(StatusPenugasan.Diterima);
        p.DiterimaPada.ShouldBe(Waktu.AddDays(1));
    }

    [Fact]
    public void Terima_ByOtherPegawai_TerlarangAndStillDitetapkan()
    {
        var p = Tunjuk();

        var hasil = p.Terima(PegawaiPuoAsal, Waktu);

        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        hasil.ErrorUtama.Pesan.ShouldBe("Hanya pegawai yang ditugaskan yang dapat menyatakan menerima surat penugasan.");
        p.Status.ShouldBe(StatusPenugasan.Ditetapkan);
        p.DiterimaPada.ShouldBeNull();
    }

    [Fact]
    public void Terima_Twice_RefusedAndFirstReceiptKept()
    {
        var p = Tunjuk();
        p.Terima(PegawaiDitugaskan, Waktu).Berhasil.ShouldBeTrue();

        var hasil = p.Terima(PegawaiDitugaskan, Waktu.AddDays(3));

        hasil.ErrorUtama!.Kode.ShouldBe("SudahDiterima");
        hasil.ErrorUtama.Jenis.ShouldBe(ErrorKind.AturanDilanggar);
        p.DiterimaPada.ShouldBe(Waktu);
    }

    [Fact]
    public void Terima_AfterCancellation_RefusedAndStillDibatalkan()
    {
        var p = Tunjuk();
        p.Batalkan([JabatanPuoAsal], "Kegiatan ditiadakan").Berhasil.ShouldBeTrue();

        var hasil = p.Terima(PegawaiDitugaskan, Waktu);

        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.AturanDilanggar);
        p.Status.ShouldBe(StatusPenugasan.Dibatalkan);
        p.DiterimaPada.ShouldBeNull();
    }

    // ---- Batalkan ([P] DOMAIN.md §6.2: the issuer cancels, with a reason) ----

    [Theory]
    [InlineData(StatusPenugasan.Ditetapkan)]
    [InlineData(StatusPenugasan.Diterima)]
    public void Batalkan_ByIssuingPositionWithReason_Dibatalkan(StatusPenugasan sebelum)
    {
        var p = Tunjuk();
        if (sebelum == StatusPenugasan.Diterima)
        {
            p.Terima(PegawaiDitugaskan, Waktu).Berhasil.ShouldBeTrue();
        }

        var hasil = p.Batalkan([Guid.NewGuid(), JabatanPuoAsal], "  Kegiatan ditiadakan dalam APBD-P  ");

        hasil.Berhasil.ShouldBeTrue();
        p.Status.ShouldBe(StatusPenugasan.Dibatalkan);
        p.AlasanPembatalan.ShouldBe("Kegiatan ditiadakan dalam APBD-P");
    }

    // The assignee and another official of the unit (the PPK) did not issue it.
    [Theory]
    [InlineData("pegawai")]
    [InlineData("ppk")]
    public void Batalkan_NotIssuingPosition_TerlarangAndNothingChanges(string siapa)
    {
        var p = Tunjuk();

        var hasil = p.Batalkan(siapa == "ppk" ? [JabatanPpkAsal] : [JabatanPegawai], "Kegiatan ditiadakan");

        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        hasil.ErrorUtama.Pesan.ShouldBe("Hanya pejabat yang menerbitkan penugasan yang dapat membatalkannya.");
        p.Status.ShouldBe(StatusPenugasan.Ditetapkan);
        p.AlasanPembatalan.ShouldBeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Batalkan_WithoutReason_RefusedAndNothingChanges(string? alasan)
    {
        var p = Tunjuk();

        var hasil = p.Batalkan([JabatanPuoAsal], alasan);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(PembatalanWajibDisertaiAlasan)]);
        p.Status.ShouldBe(StatusPenugasan.Ditetapkan);
    }

    [Fact]
    public void Batalkan_Twice_RefusedAndFirstReasonKept()
    {
        var p = Tunjuk();
        p.Batalkan([JabatanPuoAsal], "Alasan pertama").Berhasil.ShouldBeTrue();

        var hasil = p.Batalkan([JabatanPuoAsal], "Alasan kedua");

        hasil.ErrorUtama!.Kode.ShouldBe("SudahDibatalkan");
        p.AlasanPembatalan.ShouldBe("Alasan pertama");
    }

    // ---- AktifPada (the overlap query for the availability check, §7.2) ----

    // The penugasan runs 1–31 December 2026; both ends are working days of the assignment.
    [Theory]
    [InlineData("2026-11-01", "2026-12-01", true)]  // ends on the start day
    [InlineData("2026-12-31", "2027-01-31", true)]  // starts on the end day
    [InlineData("2026-12-10", "2026-12-12", true)]  // inside
    [InlineData("2026-11-01", "2027-01-31", true)]  // covers it
    [InlineData("2026-12-01", "2026-12-01", true)]  // the first day alone
    [InlineData("2026-11-01", "2026-11-30", false)] // ends the day before
    [InlineData("2027-01-01", "2027-01-31", false)] // starts the day after
    public void AktifPada_Period_OverlapIncludesBothEnds(string mulai, string selesai, bool aktif)
    {
        var p = Tunjuk();

        p.AktifPada(DateOnly.Parse(mulai, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(selesai, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(aktif);
    }

    [Fact]
    public void AktifPada_Cancelled_NeverActive()
    {
        var p = Tunjuk();
        p.Batalkan([JabatanPuoAsal], "Kegiatan ditiadakan").Berhasil.ShouldBeTrue();

        p.AktifPada(Mulai, Selesai).ShouldBeFalse();
    }

    [Fact]
    public void AktifPada_Received_StillActive()
    {
        var p = Tunjuk();
        p.Terima(PegawaiDitugaskan, Waktu).Berhasil.ShouldBeTrue();

        p.AktifPada(Selesai, Selesai).ShouldBeTrue();
    }

    // ---- SuratTugas.Terbitkan (§11: T1 "SURAT TUGAS", T7 "SURAT PERINTAH TUGAS") ----

    // 004_af01d94e9933b5a2.txt Lampiran II format 5: "SURAT PERINTAH TUGAS", Dasar "sesuai surat permohonan dari perangkat daerah
    // pengusul", signed "Kepala Perangkat Daerah/UPT".
    [Fact]
    public void Terbitkan_PerintahTugas_CopiesPenugasanAndLinksIt()
    {
        var p = Tunjuk(target: "4 laporan");
        var pdId = Guid.NewGuid();
        var kepada = new PenerimaSuratTugas(PegawaiDitugaskan, "Siti Aminah, S.E.", DataUji.NipSambas, "Penata Muda Tingkat I (III/b)", "Pengolah Data");
        var penandatangan = new PenandatanganSuratTugas(JabatanKepalaPdAsal, "Kepala Dinas Pendidikan", "Drs. H. Ahmad Yani, M.Pd.", DataUji.NipInhil, "Pembina Tingkat I (IV/b)", "Plt.");

        var surat = SuratTugas.Terbitkan(p, pdId, perintahTugas: true, "Surat permohonan Dinas Kesehatan", kepada, penandatangan, "Sambas", HariIni,
            ["Pejabat Penilai Kinerja"]);

        surat.Judul.ShouldBe("SURAT PERINTAH TUGAS");
        surat.PenugasanId.ShouldBe(p.Id);
        surat.PerangkatDaerahId.ShouldBe(pdId);
        surat.Dasar.ShouldBe("Surat permohonan Dinas Kesehatan");
        surat.Untuk.ShouldBe("Menyusun laporan kinerja triwulan IV, dengan target kinerja: 4 laporan");
        surat.TanggalMulai.ShouldBe(Mulai);
        surat.TanggalSelesai.ShouldBe(Selesai);
        surat.Kepada.ShouldBe(kepada);
        surat.Penandatangan.ShouldBe(penandatangan);
        surat.Tempat.ShouldBe("Sambas");
        surat.Tanggal.ShouldBe(HariIni);
        surat.Nomor.ShouldBeNull();
        surat.Tembusan.ShouldBe(["Pejabat Penilai Kinerja"]);
        p.SuratTugasId.ShouldBe(surat.Id);
    }

    // 001_75f6c752ea8be86f.txt Lampiran T1 "SURAT TUGAS"; without a target the Untuk is the uraian alone.
    [Fact]
    public void Terbitkan_SuratTugasWithoutTarget_UntukIsUraian()
    {
        var p = Tunjuk(target: null);
        var penandatangan = new PenandatanganSuratTugas(JabatanPuoAsal, "Kepala Bidang", "Dra. Nurhayati", DataUji.NipMuba, "Pembina (IV/a)", null);

        var surat = SuratTugas.Terbitkan(p, Guid.NewGuid(), perintahTugas: false, "Perjanjian Kinerja 2026",
            new PenerimaSuratTugas(PegawaiDitugaskan, "Siti", DataUji.NipMuba, "III/b", "Pengolah Data"), penandatangan, "Sekayu", HariIni, []);

        surat.Judul.ShouldBe("SURAT TUGAS");
        surat.Untuk.ShouldBe("Menyusun laporan kinerja triwulan IV");
        surat.Tembusan.ShouldBeEmpty();
    }

    private static Result<PenugasanAgregat> CobaTunjuk(string uraian = "Menyusun laporan kinerja triwulan IV", string? target = null, DateOnly? mulai = null,
        DateOnly? selesai = null, int alokasi = 30) =>
        PenugasanAgregat.Tunjuk(PegawaiDitugaskan, JabatanPegawai, UnitPemilikKinerja, uraian, target, mulai ?? Mulai, selesai ?? Selesai, penuhWaktu: false,
            alokasi, JabatanPuoAsal, HariIni, Waktu);

    private static PenugasanAgregat Tunjuk(string uraian = "Menyusun laporan kinerja triwulan IV", string? target = null)
    {
        var hasil = CobaTunjuk(uraian, target);
        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        return hasil.Nilai;
    }

    private static Permohonan Disetujui(JenisPermohonan jenis, PresetRegulasi preset, RincianPermohonan rincian)
    {
        var cakupan = jenis == JenisPermohonan.SukarelaDalamUnit ? CakupanPenugasan.DalamUnit : CakupanPenugasan.LintasUnit;
        var hasil = Ajukan(jenis, preset, rincian, cakupan);
        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        var p = hasil.Nilai;
        while (p.Status == StatusPermohonan.Diajukan)
        {
            SetujuiOlehPemegang(p).Berhasil.ShouldBeTrue();
        }

        p.Status.ShouldBe(StatusPermohonan.Disetujui);
        return p;
    }
}
