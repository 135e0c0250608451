using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using SistemKerja.Domain.TimKerja;
using static SistemKerja.Domain.Tests.TimKerja.TimUji;
using PenugasanAgregat = SistemKerja.Domain.Penugasan.Penugasan;

namespace SistemKerja.Domain.Tests.TimKerja;

/// <summary>A pegawai's load across teams and penugasan in a period (DOMAIN.md §7.2 [P], §9.5; TRK `002_d52b46878c9378dd.txt` Ps 23).</summary>
public sealed class BebanPegawaiTests
{
    private static readonly DateOnly Jan1 = new(2027, 1, 1);
    private static readonly DateOnly Jan31 = new(2027, 1, 31);

    private static AlokasiKerja A(string uraian, int mulai, int selesai, int persen, bool penuhWaktu = false, SumberAlokasi sumber = SumberAlokasi.Penugasan,
        Guid? pelibatan = null) =>
        new(sumber, Guid.NewGuid(), uraian, Jan1.AddDays(mulai - 1), Jan1.AddDays(selesai - 1), persen, penuhWaktu, pelibatan);

    // Two consecutive 50 % tasks: total 100 (what the approval check sums), peak 50 on 1 January, no overlap.
    [Fact]
    public void Hitung_ConsecutiveTasks_PeakBelowTotal()
    {
        var r = BebanPegawai.Hitung([A("X", 1, 15, 50), A("Y", 16, 31, 50)], Jan1, Jan31);

        (r.TotalAlokasiPersen, r.PuncakAlokasiPersen, r.TanggalPuncak, r.JumlahTumpangTindih).ShouldBe((100, 50, Jan1, 0));
        (r.BebanPersen, r.MelebihiKapasitas).ShouldBe((130, true));
    }

    // Overlapping 20 % and 30 % from the 10th to the 15th peak at 50 on the 10th; a third outside the period is left out.
    [Fact]
    public void Hitung_OverlapInsidePeriod_PeakOnFirstCommonDay()
    {
        var r = BebanPegawai.Hitung([A("X", 1, 15, 20), A("Y", 10, 25, 30), A("Z", 40, 50, 90)], Jan1, Jan31);

        r.Rincian.Select(x => x.Uraian).ShouldBe(["X", "Y"]);
        (r.JumlahPenugasan, r.JumlahTim, r.TotalAlokasiPersen, r.PuncakAlokasiPersen).ShouldBe((2, 0, 50, 50));
        r.TanggalPuncak.ShouldBe(new DateOnly(2027, 1, 10));
        r.JumlahTumpangTindih.ShouldBe(1);
        (r.BebanPersen, r.MelebihiKapasitas).ShouldBe((Ketersediaan.BebanPokokPersen + 50, true));
    }

    // Overlap that lies outside the period asked is not counted as a tumpang tindih.
    [Fact]
    public void Hitung_OverlapOutsidePeriod_NotCounted()
    {
        var r = BebanPegawai.Hitung([A("X", -10, 2, 20), A("Y", -5, 20, 20)], new DateOnly(2027, 1, 5), Jan31);

        r.JumlahTumpangTindih.ShouldBe(0);
        r.PuncakAlokasiPersen.ShouldBe(20);
    }

    [Fact]
    public void Hitung_Nothing_BaselineOnly()
    {
        var r = BebanPegawai.Hitung([], Jan1, Jan31);

        (r.BebanPersen, r.TanggalPuncak, r.AdaPenuhWaktu).ShouldBe((Ketersediaan.BebanPokokPersen, null, false));
    }

    // One approved pelibatan appears as the penugasan it produced and as the team membership it allowed: counted once.
    [Fact]
    public void Hitung_SamePelibatanAsPenugasanAndTeam_CountedOnce()
    {
        var pelibatan = Guid.NewGuid();

        var r = BebanPegawai.Hitung(
            [A("Penugasan dari permohonan", 1, 31, 20, pelibatan: pelibatan), A("Tim Kerja", 1, 31, 20, sumber: SumberAlokasi.TimKerja, pelibatan: pelibatan)], Jan1, Jan31);

        r.Rincian.Select(x => x.Sumber).ShouldBe([SumberAlokasi.Penugasan]);
        r.TotalAlokasiPersen.ShouldBe(20);
    }

    // The picture the approval rules read (V-PER-06) keeps the conservative sum, plus the new allocation.
    [Fact]
    public void KetersediaanUntuk_NewAllocation_SumOfAllPlusBaseline()
    {
        var r = BebanPegawai.Hitung([A("X", 1, 15, 50, penuhWaktu: true), A("Y", 16, 31, 10)], Jan1, Jan31);

        r.KetersediaanUntuk(15).ShouldBe(new Ketersediaan(AdaPenuhWaktuTumpangTindih: true, JumlahTumpangTindih: 2, BebanPersen: 80 + 60 + 15));
    }

    [Fact]
    public void Hitung_PeriodEndsBeforeStart_Throws()
    {
        Should.Throw<ArgumentException>(() => BebanPegawai.Hitung([], Jan31, Jan1));
    }

    // ---- Kumpulkan: from the aggregates ----

    [Fact]
    public void Kumpulkan_SetTeamAndPenugasan_OnlyThePegawaisActiveOnes()
    {
        var tim = Ditetapkan(PresetRegulasi.Sambas);
        var draf = SiapDitetapkan(PresetRegulasi.Sambas);
        var penugasan = PenugasanAgregat.Tunjuk(Wury, Guid.NewGuid(), UnitPemilik, "Menyusun laporan kinerja", null, Mulai, Mulai.AddDays(30), false, 30,
            JabatanPuo, HariIni, Waktu).Nilai;
        var batal = PenugasanAgregat.Tunjuk(Wury, Guid.NewGuid(), UnitPemilik, "Dibatalkan", null, Mulai, Mulai.AddDays(30), false, 30, JabatanPuo, HariIni, Waktu).Nilai;
        batal.Batalkan([JabatanPuo], "Salah orang").Berhasil.ShouldBeTrue();
        var oranglain = PenugasanAgregat.Tunjuk(Ramon, Guid.NewGuid(), UnitPemilik, "Orang lain", null, Mulai, Mulai.AddDays(30), false, 30, JabatanPuo, HariIni, Waktu).Nilai;

        var alokasi = BebanPegawai.Kumpulkan(Wury, [penugasan, batal, oranglain], [tim, draf]);

        alokasi.Select(a => a.Uraian).ShouldBe(["Menyusun laporan kinerja", "Tim Kerja Penyusunan Kebijakan Bidang Tatalaksana (anggota)"]);
        alokasi[1].AlokasiPersen.ShouldBe(20);
        (alokasi[1].Mulai, alokasi[1].Selesai).ShouldBe((Mulai, Selesai));
    }

    // A dissolved team loads its members only up to the day it ended.
    [Fact]
    public void Kumpulkan_DissolvedTeam_CountsUntilItEnded()
    {
        var tim = Ditetapkan(PresetRegulasi.Sambas);
        tim.Bubarkan(PegawaiPuo, [JabatanPuo], "Kegiatan dihapus", Mulai.AddDays(9)).Berhasil.ShouldBeTrue();

        var alokasi = BebanPegawai.Kumpulkan(Putri, [], [tim]).Single();

        (alokasi.Selesai, alokasi.Uraian).ShouldBe((Mulai.AddDays(9), "Tim Kerja Penyusunan Kebijakan Bidang Tatalaksana (ketua)"));
        BebanPegawai.Hitung([alokasi], Mulai.AddDays(10), Selesai).Rincian.ShouldBeEmpty();
    }
}
