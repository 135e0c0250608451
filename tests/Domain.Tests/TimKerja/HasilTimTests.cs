using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.TimKerja;
using static SistemKerja.Domain.Tests.TimKerja.TimUji;

namespace SistemKerja.Domain.Tests.TimKerja;

/// <summary>
/// Evaluating the team's result (§6.2, §10, V-EVA-01/02, <c>evaluation.onMismatch</c>): "Pelaksanaan kegiatan dinyatakan
/// selesai setelah [acceptor] menerima hasil pelaksanaan kegiatan dan dinyatakan telah sesuai dengan target"
/// (000 Lampiran II.A.2.3b; 001 Lampiran A.3; 002 Lampiran Bab II.3; 003 Lampiran A.3; 004 Lampiran I A.3).
/// </summary>
public sealed class HasilTimTests
{
    private const string Uraian = "Rancangan Perbup bidang tatalaksana selesai disusun (1 dokumen).";

    [Fact]
    public void SampaikanHasil_ByKetua_Disampaikan()
    {
        var tim = Ditetapkan(PresetRegulasi.Sambas);

        tim.SampaikanHasil(Putri, $"  {Uraian}  ", Waktu).Berhasil.ShouldBeTrue();

        tim.HasilTerakhir!.Status.ShouldBe(StatusHasilTim.Disampaikan);
        tim.HasilTerakhir.Uraian.ShouldBe(Uraian);
        tim.HasilTerakhir.DisampaikanOlehPegawaiId.ShouldBe(Putri);
    }

    // 002_d52b46878c9378dd.txt Ps 15(3)c: results are handed in by the ketua; an anggota reports to the ketua (Ps 19(1)).
    [Fact]
    public void SampaikanHasil_ByAnggotaWhileKetuaExists_Forbidden()
    {
        Ditetapkan(PresetRegulasi.Tarakan).SampaikanHasil(Wury, Uraian, Waktu).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
    }

    // §15 Q-11: without a ketua the PUO/PPK takes the ketua's reporting duties; an anggota hands in the result.
    [Fact]
    public void SampaikanHasil_ByAnggotaWithoutKetua_Allowed()
    {
        var tim = Draf();
        tim.Anggota(Profil(Wury), PresetRegulasi.Tarakan);
        tim.Tetapkan(PenetapUntuk(PresetRegulasi.Tarakan), K(PresetRegulasi.Tarakan), HariIni, Waktu).Berhasil.ShouldBeTrue();

        tim.SampaikanHasil(Wury, Uraian, Waktu).Berhasil.ShouldBeTrue();
    }

    [Fact]
    public void SampaikanHasil_WhileLastStillUnderReview_Refused()
    {
        var tim = Ditetapkan(PresetRegulasi.Sambas);
        tim.SampaikanHasil(Putri, Uraian, Waktu);

        tim.SampaikanHasil(Putri, "lagi", Waktu.AddHours(1)).Kode().ShouldBe([nameof(HasilSebelumnyaMasihDinilai)]);
    }

    [Fact]
    public void SampaikanHasil_InDraft_RefusedByStatus()
    {
        SiapDitetapkan(PresetRegulasi.Sambas).SampaikanHasil(Putri, Uraian, Waktu).Kode().ShouldBe([nameof(AksiTimSesuaiStatus)]);
    }

    // ---- V-EVA-01 ----

    [Fact]
    public void TerimaHasil_ByAcceptor_SelesaiAndEnded()
    {
        var tim = Ditetapkan(PresetRegulasi.Sambas);
        tim.SampaikanHasil(Putri, Uraian, Waktu);

        var hasil = tim.TerimaHasil(PegawaiPuo, [JabatanPuo], "Sesuai target.", HariIni.AddDays(90), Waktu.AddDays(90));

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        tim.Status.ShouldBe(StatusTim.Selesai);
        tim.DiakhiriPada.ShouldBe(HariIni.AddDays(90));
        tim.HasilTerakhir!.Status.ShouldBe(StatusHasilTim.Diterima);
        tim.HasilTerakhir.DinilaiOlehPegawaiId.ShouldBe(PegawaiPuo);
    }

    // V-EVA-01: "Hanya [jabatan acceptor] yang dapat menyatakan kegiatan selesai." A reviewer (the PPK) may not.
    [Fact]
    public void TerimaHasil_ByReviewerNotAcceptor_ForbiddenWithAcceptorName()
    {
        var tim = Ditetapkan(PresetRegulasi.MusiBanyuasin, Pimpinan(denganAcceptor: true));
        tim.SampaikanHasil(Putri, Uraian, Waktu);

        var hasil = tim.TerimaHasil(PegawaiPpk, [JabatanPpk, JabatanPuo], null, HariIni, Waktu);

        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        hasil.ErrorUtama.Pesan.ShouldBe("Hanya Asisten Pemerintahan dan Kesejahteraan Rakyat yang dapat menyatakan kegiatan selesai.");
        tim.Status.ShouldBe(StatusTim.Ditetapkan);
    }

    // §10.2 MUBA Setda: Kabag/Kasubbag review, then the acceptor. A reviewer forwards; the acceptor accepts.
    [Fact]
    public void TeruskanHasil_ByReviewer_ThenAcceptorAccepts()
    {
        var tim = Ditetapkan(PresetRegulasi.MusiBanyuasin, Pimpinan(denganAcceptor: true));
        tim.SampaikanHasil(Putri, Uraian, Waktu);

        tim.TeruskanHasil(PegawaiPpk, [JabatanPpk], "Sudah sesuai, diteruskan.", K(PresetRegulasi.MusiBanyuasin), Waktu).Berhasil.ShouldBeTrue();
        tim.HasilTerakhir!.Status.ShouldBe(StatusHasilTim.Diteruskan);

        tim.TerimaHasil(PegawaiAcceptor, [JabatanAcceptor], null, HariIni, Waktu).Berhasil.ShouldBeTrue();
        tim.Status.ShouldBe(StatusTim.Selesai);
    }

    [Fact]
    public void TeruskanHasil_ByAcceptor_Forbidden()
    {
        var tim = Ditetapkan(PresetRegulasi.Sambas);
        tim.SampaikanHasil(Putri, Uraian, Waktu);

        tim.TeruskanHasil(PegawaiPuo, [JabatanPuo], null, K(PresetRegulasi.Sambas), Waktu).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
    }

    [Fact]
    public void TerimaHasil_NothingSubmitted_Refused()
    {
        Ditetapkan(PresetRegulasi.Sambas).TerimaHasil(PegawaiPuo, [JabatanPuo], null, HariIni, Waktu).Kode().ShouldBe([nameof(AdaHasilYangMenungguPenilaian)]);
    }

    // ---- V-EVA-02 and evaluation.onMismatch ----

    [Fact]
    public void KembalikanHasil_WithoutNotes_RefusedVEva02()
    {
        var tim = Ditetapkan(PresetRegulasi.Sambas);
        tim.SampaikanHasil(Putri, Uraian, Waktu);

        tim.KembalikanHasil(PegawaiPuo, [JabatanPuo], "  ", K(PresetRegulasi.Sambas), Waktu).Kode().ShouldBe([nameof(PengembalianHasilWajibDisertaiCatatan)]);
        tim.HasilTerakhir!.Status.ShouldBe(StatusHasilTim.Disampaikan);
    }

    // 004_af01d94e9933b5a2.txt Lampiran I: "dikembalikan kepada individu atau tim kerja untuk disesuaikan kembali"; the team resubmits.
    [Fact]
    public void KembalikanHasil_Sambas_BackToTeamWhichResubmits()
    {
        var tim = Ditetapkan(PresetRegulasi.Sambas);
        tim.SampaikanHasil(Putri, Uraian, Waktu);

        tim.KembalikanHasil(PegawaiPpk, [JabatanPpk], "Lampirkan naskah akademik.", K(PresetRegulasi.Sambas), Waktu).Berhasil.ShouldBeTrue();

        tim.HasilTerakhir!.Status.ShouldBe(StatusHasilTim.Perbaikan);
        tim.HasilTerakhir.PelaksanaPerbaikan.ShouldBe(PelaksanaPerbaikan.Tim);
        tim.HasilTerakhir.Catatan.ShouldBe("Lampirkan naskah akademik.");
        tim.TerimaHasil(PegawaiPuo, [JabatanPuo], "ok", HariIni, Waktu).Kode().ShouldBe([nameof(AdaHasilYangMenungguPenilaian)]);
        tim.SampaikanHasil(Putri, "Naskah akademik dilampirkan.", Waktu.AddDays(1)).Berhasil.ShouldBeTrue();
        tim.Hasil.Count.ShouldBe(2);
    }

    // 000_f720e179c5bde346.txt Lampiran II.A.2.3c: "Kepala Unit Organisasi melakukan perbaikan pencapaian target kinerja": the Kepala UO
    // may accept after recording the perbaikan.
    [Fact]
    public void KembalikanHasil_HuluSungaiUtara_PimpinanDoesPerbaikanThenAcceptsWithNote()
    {
        var tim = Ditetapkan(PresetRegulasi.HuluSungaiUtara);
        tim.SampaikanHasil(Putri, Uraian, Waktu);
        tim.KembalikanHasil(PegawaiPuo, [JabatanPuo], "Target belum tercapai: 1 dari 2 dokumen.", K(PresetRegulasi.HuluSungaiUtara), Waktu);

        tim.HasilTerakhir!.PelaksanaPerbaikan.ShouldBe(PelaksanaPerbaikan.PimpinanUnit);
        tim.TerimaHasil(PegawaiPuo, [JabatanPuo], " ", HariIni, Waktu).Kode().ShouldBe([nameof(PerbaikanOlehPimpinanWajibDicatat)]);
        tim.TerimaHasil(PegawaiPuo, [JabatanPuo], "Dokumen kedua diselesaikan bersama Bagian Hukum.", HariIni, Waktu).Berhasil.ShouldBeTrue();
        tim.Status.ShouldBe(StatusTim.Selesai);
    }

    // MUBA, TRK, INHIL are silent on a missed target; [P] the result goes back to the team.
    [Theory]
    [InlineData(PresetRegulasi.MusiBanyuasin)]
    [InlineData(PresetRegulasi.Tarakan)]
    [InlineData(PresetRegulasi.IndragiriHilir)]
    public void KembalikanHasil_SilentRegions_BackToTeam(PresetRegulasi preset)
    {
        var tim = Ditetapkan(preset);
        tim.SampaikanHasil(Putri, Uraian, Waktu);

        tim.KembalikanHasil(PegawaiPuo, [JabatanPuo], "Belum sesuai.", K(preset), Waktu).Berhasil.ShouldBeTrue();

        tim.HasilTerakhir!.PelaksanaPerbaikan.ShouldBe(PelaksanaPerbaikan.Tim);
    }

    [Fact]
    public void KembalikanHasil_ByAnggota_Forbidden()
    {
        var tim = Ditetapkan(PresetRegulasi.Sambas);
        tim.SampaikanHasil(Putri, Uraian, Waktu);

        tim.KembalikanHasil(Wury, [], "catatan", K(PresetRegulasi.Sambas), Waktu).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
    }

    // 003_a712a2c678725951.txt Ps 13(2), Lampiran A.3: the penanggung jawab tim reviews (returns) but only the PUO accepts.
    [Fact]
    public void KembalikanHasil_IndragiriHilirPenanggungJawabTim_MayReturn()
    {
        var tim = Draf();
        tim.TambahPenanggungJawabTim(new PersonelBaru(Pengawas(Ramon), 10), K(PresetRegulasi.IndragiriHilir));
        tim.Anggota(Profil(Wury), PresetRegulasi.IndragiriHilir);
        tim.Tetapkan(PenetapUntuk(PresetRegulasi.IndragiriHilir), K(PresetRegulasi.IndragiriHilir), HariIni, Waktu).Berhasil.ShouldBeTrue();
        tim.SampaikanHasil(Wury, Uraian, Waktu);

        tim.TerimaHasil(Ramon, [], "ok", HariIni, Waktu).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        tim.KembalikanHasil(Ramon, [], "Perbaiki sistematika.", K(PresetRegulasi.IndragiriHilir), Waktu).Berhasil.ShouldBeTrue();
    }
}
