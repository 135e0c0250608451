using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.TimKerja;
using static SistemKerja.Domain.Tests.TimKerja.TimUji;

namespace SistemKerja.Domain.Tests.TimKerja;

/// <summary>
/// The Rekomendasi Penilaian Kinerja for a member from another unit (§9.4; template T9, `004_af01d94e9933b5a2.txt`
/// Lampiran II format 7 "Contoh Surat Rekomendasi Penilaian Kinerja … dalam pelibatan Tim Kerja antar Unit Organisasi").
/// </summary>
public sealed class RekomendasiPenilaianKinerjaTests
{
    private static readonly PejabatTim PpkAsal = new(JabatanPpkAsal, "Kepala Bagian Hukum");
    private static readonly DateOnly AwalPeriode = new(2027, 1, 1);
    private static readonly DateOnly AkhirPeriode = new(2027, 12, 31);

    private static IsiRekomendasi IsiLengkap(PredikatKinerja? predikat = PredikatKinerja.Baik, RatingKinerja? hasilKerja = RatingKinerja.SesuaiEkspektasi) => new(
        hasilKerja,
        Enum.GetValues<AspekPerilakuKerja>().ToDictionary(a => a, a => a == AspekPerilakuKerja.Kolaboratif ? RatingKinerja.DiatasEkspektasi : RatingKinerja.SesuaiEkspektasi),
        predikat,
        "  Aktif dalam penyusunan naskah akademik.  ");

    /// <summary>An SBS team (set) with Fitri Yulianti from the Bagian Hukum (another unit of the Setda) as anggota.</summary>
    private static (Tim Tim, PersonelTim Fitri) TimDenganAnggotaLintasUnit()
    {
        var tim = SiapDitetapkan(PresetRegulasi.Sambas);
        var fitri = tim.Anggota(Profil(Fitri, "Fitri Yulianti, S.H.", asal: LintasUnit), PresetRegulasi.Sambas, BuktiPelibatan.Dari(PermohonanDisetujui(Fitri)));
        tim.Tetapkan(PenetapUntuk(PresetRegulasi.Sambas), K(PresetRegulasi.Sambas), HariIni, Waktu).Berhasil.ShouldBeTrue();
        return (tim, fitri);
    }

    private static Result<RekomendasiPenilaianKinerja> Susun(Tim tim, Guid personelId, Guid penyusun, Guid[] jabatan, IsiRekomendasi? isi = null,
        IReadOnlyCollection<RekomendasiPenilaianKinerja>? sebelumnya = null, DateOnly? mulai = null, DateOnly? selesai = null) =>
        RekomendasiPenilaianKinerja.Susun(tim, personelId, mulai ?? AwalPeriode, selesai ?? AkhirPeriode, isi ?? IsiLengkap(), PpkAsal, penyusun, jabatan,
            sebelumnya ?? [], Waktu);

    [Fact]
    public void Susun_ByKetuaForCrossUnitMember_DraftWithAllRatings()
    {
        var (tim, fitri) = TimDenganAnggotaLintasUnit();

        var hasil = Susun(tim, fitri.Id, Putri, []);

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        var r = hasil.Nilai;
        r.Status.ShouldBe(StatusRekomendasi.Draf);
        (r.PegawaiId, r.NamaPegawai).ShouldBe((Fitri, "Fitri Yulianti, S.H."));
        r.HasilKerja.ShouldBe(RatingKinerja.SesuaiEkspektasi);
        r.PerilakuKerja.Select(p => p.Aspek.Label()).ShouldBe(["Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif"]);
        r.PerilakuKerja[^1].Rating.Label().ShouldBe("Diatas Ekspektasi");
        r.Predikat.Label().ShouldBe("Baik");
        r.Catatan.ShouldBe("Aktif dalam penyusunan naskah akademik.");
        r.PejabatPenilaiAsalJabatanId.ShouldBe(JabatanPpkAsal);
    }

    // T9 is "dalam pelibatan Tim Kerja antar Unit Organisasi": a member of the unit itself is assessed by their own PPK.
    [Fact]
    public void Susun_ForMemberOfOwnUnit_Refused()
    {
        var (tim, _) = TimDenganAnggotaLintasUnit();

        Susun(tim, tim.PersonelDariPegawai(Wury)!.Id, Putri, []).Kode().ShouldBe([nameof(RekomendasiHanyaUntukPersonelDariUnitLain)]);
    }

    // T9 rows: the Hasil Kerja rating, seven Perilaku Kerja aspects, and a predikat are all filled.
    [Fact]
    public void Susun_MissingRatings_Refused()
    {
        var (tim, fitri) = TimDenganAnggotaLintasUnit();
        var kurangSatuAspek = IsiLengkap() with
        {
            PerilakuKerja = Enum.GetValues<AspekPerilakuKerja>().Where(a => a != AspekPerilakuKerja.Loyal).ToDictionary(a => a, _ => RatingKinerja.SesuaiEkspektasi),
        };

        Susun(tim, fitri.Id, Putri, [], kurangSatuAspek).Kode().ShouldBe([nameof(RatingPenilaianWajibLengkap)]);
        Susun(tim, fitri.Id, Putri, [], IsiLengkap(predikat: null)).Kode().ShouldBe([nameof(RatingPenilaianWajibLengkap)]);
        Susun(tim, fitri.Id, Putri, [], IsiLengkap(hasilKerja: null)).Kode().ShouldBe([nameof(RatingPenilaianWajibLengkap)]);
    }

    // [P] once per member, team and period: an overlapping period is refused, the next year is not.
    [Fact]
    public void Susun_SecondForOverlappingPeriod_Refused()
    {
        var (tim, fitri) = TimDenganAnggotaLintasUnit();
        var pertama = Susun(tim, fitri.Id, Putri, []).Nilai;

        Susun(tim, fitri.Id, PegawaiPpk, [JabatanPpk], sebelumnya: [pertama], mulai: new DateOnly(2027, 2, 1), selesai: new DateOnly(2027, 6, 30))
            .Kode().ShouldBe([nameof(RekomendasiSekaliPerPeriode)]);
        Susun(tim, fitri.Id, PegawaiPpk, [JabatanPpk], sebelumnya: [pertama], mulai: new DateOnly(2026, 12, 1), selesai: new DateOnly(2026, 12, 31))
            .Berhasil.ShouldBeTrue();
    }

    [Fact]
    public void Susun_PeriodOutsideTeam_Refused()
    {
        var (tim, fitri) = TimDenganAnggotaLintasUnit();

        Susun(tim, fitri.Id, Putri, [], mulai: new DateOnly(2025, 1, 1), selesai: new DateOnly(2025, 12, 31)).Kode().ShouldBe([nameof(PeriodePenilaianHarusDalamMasaTim)]);
    }

    [Fact]
    public void Susun_ByAnggota_Forbidden()
    {
        var (tim, fitri) = TimDenganAnggotaLintasUnit();

        Susun(tim, fitri.Id, Wury, []).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
    }

    // A cross-unit ketua (K3 with a reason) is rated by the PPK, not by themself.
    [Fact]
    public void Susun_KetuaRatingThemself_Refused()
    {
        var tim = Draf();
        var fitri = tim.Anggota(Profil(Fitri, asal: LintasUnit), PresetRegulasi.Sambas, BuktiPelibatan.Dari(PermohonanDisetujui(Fitri)));
        tim.Anggota(Profil(Wury), PresetRegulasi.Sambas);
        tim.TunjukKetua(fitri.Id, new KonteksKetua(false, new AlasanPenunjukanKetua(LuarUnitPemilikKinerja: "Ahli hukum")), K(PresetRegulasi.Sambas)).Berhasil.ShouldBeTrue();
        tim.Tetapkan(PenetapUntuk(PresetRegulasi.Sambas), K(PresetRegulasi.Sambas), HariIni, Waktu).Berhasil.ShouldBeTrue();

        Susun(tim, fitri.Id, Fitri, []).Kode().ShouldBe([nameof(PenyusunTidakMenilaiDiriSendiri)]);
        Susun(tim, fitri.Id, PegawaiPpk, [JabatanPpk]).Berhasil.ShouldBeTrue();
    }

    [Fact]
    public void Susun_DraftTeam_RefusedByStatus()
    {
        var tim = Draf();
        var fitri = tim.Anggota(Profil(Fitri, asal: LintasUnit), PresetRegulasi.Sambas, BuktiPelibatan.Dari(PermohonanDisetujui(Fitri)));

        Susun(tim, fitri.Id, PegawaiPpk, [JabatanPpk]).Kode().ShouldBe([nameof(AksiTimSesuaiStatus)]);
    }

    // The recommendation may follow the end of the team (transition table: SusunRekomendasi after Selesai).
    [Fact]
    public void Susun_AfterTeamEnded_Allowed()
    {
        var (tim, fitri) = TimDenganAnggotaLintasUnit();
        tim.SampaikanHasil(Putri, "Perbup tersusun.", Waktu);
        tim.TerimaHasil(PegawaiPuo, [JabatanPuo], null, HariIni, Waktu).Berhasil.ShouldBeTrue();

        Susun(tim, fitri.Id, PegawaiPpk, [JabatanPpk]).Berhasil.ShouldBeTrue();
    }

    // ---- Kirim: T9 signed "Pejabat Penilai Kinerja" ----

    [Fact]
    public void Kirim_ByTeamPpk_DikirimAndImmutable()
    {
        var (tim, fitri) = TimDenganAnggotaLintasUnit();
        var r = Susun(tim, fitri.Id, Putri, []).Nilai;

        r.Kirim(tim, PegawaiPpk, [JabatanPpk], Waktu).Berhasil.ShouldBeTrue();

        r.Status.ShouldBe(StatusRekomendasi.Dikirim);
        (r.DikirimOlehPegawaiId, r.DikirimOlehJabatanId).ShouldBe((PegawaiPpk, JabatanPpk));
        r.Ubah(tim, IsiLengkap(PredikatKinerja.SangatBaik), PegawaiPpk, [JabatanPpk]).Kode().ShouldBe([nameof(RekomendasiMasihDraf)]);
        r.Kirim(tim, PegawaiPpk, [JabatanPpk], Waktu).Kode().ShouldBe([nameof(RekomendasiMasihDraf)]);
    }

    [Fact]
    public void Kirim_ByKetua_Forbidden()
    {
        var (tim, fitri) = TimDenganAnggotaLintasUnit();
        var r = Susun(tim, fitri.Id, Putri, []).Nilai;

        r.Kirim(tim, Putri, [], Waktu).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
    }

    [Fact]
    public void Ubah_DraftByKetua_ChangesRatings()
    {
        var (tim, fitri) = TimDenganAnggotaLintasUnit();
        var r = Susun(tim, fitri.Id, Putri, []).Nilai;

        r.Ubah(tim, IsiLengkap(PredikatKinerja.SangatBaik, RatingKinerja.DiatasEkspektasi), Putri, []).Berhasil.ShouldBeTrue();

        (r.HasilKerja, r.Predikat).ShouldBe((RatingKinerja.DiatasEkspektasi, PredikatKinerja.SangatBaik));
    }
}
