using System.Globalization;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Domain.Tests.Penugasan;

/// <summary>
/// WF-4 lintas instansi (DOMAIN.md §6.6), the request aggregate <see cref="PelibatanInstansi"/>. The other instansi is not on
/// the platform: its letters are registered, our own officials act natively. Seeds: HSU `000_f720e179c5bde346.txt` Ps 14a–e
/// and Ps 17; TRK `002_d52b46878c9378dd.txt` Lampiran B.1.c (1)–(4) and the "paling sedikit memuat" list after it.
/// Our Pejabat yang Berwenang (PyB) is the Sekretaris Daerah (§15 Q-3); every step may refuse with reasons (§15 Q-4).
/// </summary>
public sealed class PelibatanInstansiTests
{
    private const string Instansi = "Pemerintah Kabupaten Balangan";
    private const string NomorMasuk = "800.1/123/BKPSDM-BLG/2026";
    private const string NomorJawaban = "800.1/456/SETDA/2026";
    private const string NomorKeluar = "800.1/789/SETDA/2026";
    private const string Maksud = "Pembangunan Sistem Informasi Kepegawaian terpadu";
    private const string Kompetensi = "Analisis sistem dan basis data PostgreSQL";
    private const string Ekspektasi = "Aplikasi kepegawaian terintegrasi berjalan di kedua instansi";

    private static readonly DateOnly HariIni = new(2026, 11, 22);
    private static readonly DateOnly TanggalSuratMasuk = new(2026, 11, 18);
    private static readonly DateOnly TanggalJawaban = new(2026, 11, 25);
    private static readonly DateTimeOffset Waktu = new(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(7));

    // Positions: our PyB (Sekretaris Daerah), the PUO of the unit asked (Masuk) or pemilik kinerja (Keluar), someone else.
    private static readonly Guid JabatanPyb = Guid.Parse("d1000000-0000-0000-0000-000000000001");
    private static readonly Guid JabatanPuo = Guid.Parse("d1000000-0000-0000-0000-000000000002");
    private static readonly Guid JabatanLain = Guid.Parse("d1000000-0000-0000-0000-000000000003");

    private static readonly Guid PegawaiSekda = Guid.Parse("e1000000-0000-0000-0000-000000000001");
    private static readonly Guid PegawaiPuo = Guid.Parse("e1000000-0000-0000-0000-000000000002");
    private static readonly Guid PegawaiPencatat = Guid.Parse("e1000000-0000-0000-0000-000000000003");
    private static readonly Guid PegawaiLain = Guid.Parse("e1000000-0000-0000-0000-000000000004");
    private static readonly Guid PegawaiA = Guid.Parse("e1000000-0000-0000-0000-00000000000a");
    private static readonly Guid PegawaiB = Guid.Parse("e1000000-0000-0000-0000-00000000000b");
    private static readonly Guid PegawaiLuarUnit = Guid.Parse("e1000000-0000-0000-0000-00000000000c");
    private static readonly Guid JabatanPegawaiA = Guid.Parse("d1000000-0000-0000-0000-00000000000a");

    private static readonly Guid Unit = Guid.Parse("f1000000-0000-0000-0000-000000000001");
    private static readonly Guid[] DiUnit = [PegawaiA, PegawaiB];

    private static readonly Guid[] Pyb = [JabatanPyb];
    private static readonly Guid[] Puo = [JabatanPuo];
    private static readonly Guid[] Lain = [JabatanLain];
    private static readonly Guid[] Tanpa = [];
    private static readonly Guid[] PybDanPuo = [JabatanPyb, JabatanPuo];

    private static readonly PegawaiInstansiLain[] DaftarBalangan =
    [
        new("Rahmadi, S.Kom.", "199001012015031001", "Pranata Komputer Ahli Pertama"),
        new("Nor Aini", null, null),
    ];

    public enum Tindakan
    {
        Setujui,
        Tolak,
        Jawab,
        Terbitkan,
        CatatJawaban,
    }

    public enum Pelaku
    {
        Pyb,
        Puo,
        Lain,
        Tanpa,
    }

    // ---------------------------------------------------------------- Masuk: the whole flow (HSU Ps 14c–e)

    // HSU Ps 14c: PyB tujuan agrees and instructs; 14d/e.1: the unit answers with the list; 14e.2: PyB agrees with the answer
    // and sends the surat jawaban (number + date); 14e.3–4: the PUO assigns everyone on the list.
    [Fact]
    public void Hsu_Ps14c_e_Masuk_PybSetuju_UnitMenjawabDenganDaftar_PybMenyetujuiJawaban_PuoMenerbitkan_Disetujui()
    {
        var p = Masuk();
        p.Arah.ShouldBe(ArahPelibatanInstansi.Masuk);
        p.Tahap.ShouldBe(TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan);
        p.Status.ShouldBe(StatusPelibatanInstansi.Diproses);
        p.JabatanBertindak.ShouldBe(JabatanPyb);
        p.Riwayat.Count.ShouldBe(1);

        // Ps 14c: the first PyB decision needs no letter number (the instruction is internal).
        Berhasil(p.SetujuiPejabatBerwenang(PegawaiSekda, "Sekda", Pyb, null, null, "Teruskan ke Kepala Bidang", Waktu.AddHours(1)));
        p.Tahap.ShouldBe(TahapPelibatanInstansi.JawabanKetersediaan);
        p.JabatanBertindak.ShouldBe(JabatanPuo);
        p.NomorSuratJawaban.ShouldBeNull();

        // Ps 14d, e.1: "surat jawaban permohonan pelibatan beserta daftar".
        Berhasil(p.JawabKetersediaan(PegawaiPuo, "Kabid", Puo, Tersedia(PegawaiA, PegawaiB), DiUnit, null, "Dua pegawai tersedia", Waktu.AddHours(2)));
        p.Tahap.ShouldBe(TahapPelibatanInstansi.PersetujuanJawaban);
        p.JabatanBertindak.ShouldBe(JabatanPyb);
        p.PegawaiDitugaskan.ShouldBe([PegawaiA, PegawaiB], ignoreOrder: true);
        p.Status.ShouldBe(StatusPelibatanInstansi.Diproses);

        // Ps 14e.2: the PyB agrees with the answer and sends our surat jawaban: its number and date are recorded (trimmed).
        Berhasil(p.SetujuiPejabatBerwenang(PegawaiSekda, "Sekda", Pyb, $"  {NomorJawaban} ", TanggalJawaban, null, Waktu.AddHours(3)));
        p.Tahap.ShouldBe(TahapPelibatanInstansi.PenerbitanSuratTugas);
        p.JabatanBertindak.ShouldBe(JabatanPuo);
        p.NomorSuratJawaban.ShouldBe(NomorJawaban);
        p.TanggalSuratJawaban.ShouldBe(TanggalJawaban);
        p.NomorSuratPermohonan.ShouldBe(NomorMasuk);
        p.TanggalSuratPermohonan.ShouldBe(TanggalSuratMasuk);

        // Ps 14e.3–4: the PUO assigns every listed pegawai; the caller gets the list to issue the Penugasan/Surat Tugas.
        var terbit = p.Terbitkan(PegawaiPuo, "Kabid", Puo, Waktu.AddHours(4));
        terbit.Berhasil.ShouldBeTrue();
        terbit.Nilai.ShouldBe([PegawaiA, PegawaiB], ignoreOrder: true);
        p.Tahap.ShouldBe(TahapPelibatanInstansi.Selesai);
        p.Status.ShouldBe(StatusPelibatanInstansi.Disetujui);
        p.JabatanBertindak.ShouldBeNull();

        p.Riwayat.Select(r => (r.Tahap, r.Setuju, r.OlehPegawaiId)).ShouldBe(
        [
            (TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, true, PegawaiPencatat),
            (TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, true, PegawaiSekda),
            (TahapPelibatanInstansi.JawabanKetersediaan, true, PegawaiPuo),
            (TahapPelibatanInstansi.PersetujuanJawaban, true, PegawaiSekda),
            (TahapPelibatanInstansi.PenerbitanSuratTugas, true, PegawaiPuo),
        ]);
        p.Riwayat[0].Catatan.ShouldBe($"Surat permohonan dari {Instansi} dicatat.");
        p.Riwayat[1].Catatan.ShouldBe("Teruskan ke Kepala Bidang");
        p.Riwayat[4].Catatan.ShouldBe("Surat penugasan diterbitkan untuk 2 pegawai.");
        p.Riwayat[4].Waktu.ShouldBe(Waktu.AddHours(4));
    }

    // HSU Ps 14e.2: the PyB "mengirimkan surat jawaban permohonan": approving the answer without the letter's number and date is refused.
    [Theory]
    [InlineData(null, "2026-11-25")]
    [InlineData("", "2026-11-25")]
    [InlineData("   ", "2026-11-25")]
    [InlineData(NomorJawaban, null)]
    [InlineData(NomorJawaban, "0001-01-01")]
    public void Hsu_Ps14e2_PybMenyetujuiJawabanTanpaNomorAtauTanggalSurat_Ditolak_TidakBerubah(string? nomor, string? tanggal)
    {
        var p = MasukPada(TahapPelibatanInstansi.PersetujuanJawaban);
        var sebelum = Keadaan.Dari(p);

        var hasil = p.SetujuiPejabatBerwenang(PegawaiSekda, "Sekda", Pyb, nomor, Tanggal(tanggal), null, Waktu);

        Gagal(hasil, nameof(NomorSuratWajibDiisi), ErrorKind.AturanDilanggar);
        hasil.ErrorUtama!.Pesan.ShouldBe("Nomor dan tanggal surat wajib diisi.");
        Keadaan.Dari(p).ShouldBe(sebelum);
    }

    // ---------------------------------------------------------------- who may act (JabatanBertindak)

    public static TheoryData<ArahPelibatanInstansi, TahapPelibatanInstansi, Tindakan, Pelaku> SalahPelaku()
    {
        var d = new TheoryData<ArahPelibatanInstansi, TahapPelibatanInstansi, Tindakan, Pelaku>();
        (ArahPelibatanInstansi Arah, TahapPelibatanInstansi Tahap, Tindakan Tindakan, bool OlehPyb)[] langkah =
        [
            (ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, Tindakan.Setujui, true),
            (ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, Tindakan.Tolak, true),
            (ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.JawabanKetersediaan, Tindakan.Jawab, false),
            (ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.JawabanKetersediaan, Tindakan.Tolak, false),
            (ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanJawaban, Tindakan.Setujui, true),
            (ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanJawaban, Tindakan.Tolak, true),
            (ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PenerbitanSuratTugas, Tindakan.Terbitkan, false),
            (ArahPelibatanInstansi.Keluar, TahapPelibatanInstansi.PersetujuanPejabatBerwenangPemohon, Tindakan.Setujui, true),
            (ArahPelibatanInstansi.Keluar, TahapPelibatanInstansi.PersetujuanPejabatBerwenangPemohon, Tindakan.Tolak, true),
        ];
        foreach (var l in langkah)
        {
            foreach (var salah in new[] { l.OlehPyb ? Pelaku.Puo : Pelaku.Pyb, Pelaku.Lain, Pelaku.Tanpa })
            {
                d.Add(l.Arah, l.Tahap, l.Tindakan, salah);
            }
        }

        return d;
    }

    // Ps 14c–e name one official per step: the PyB (c, e.2; Keluar: a–b) or the unit's head (d, e.1, e.3–4). Anybody else is
    // refused as Terlarang and the request does not move; the right official then can act.
    [Theory]
    [MemberData(nameof(SalahPelaku))]
    public void Hsu_Ps14_SetiapLangkahHanyaOlehJabatanBertindak_PejabatLainTerlarang_TidakBerubah(ArahPelibatanInstansi arah, TahapPelibatanInstansi tahap, Tindakan tindakan, Pelaku salah)
    {
        var p = Pada(arah, tahap);
        var sebelum = Keadaan.Dari(p);

        var hasil = Lakukan(p, tindakan, salah);

        Gagal(hasil, "Terlarang", ErrorKind.Terlarang);
        Keadaan.Dari(p).ShouldBe(sebelum);

        var benar = p.JabatanBertindak == JabatanPyb ? Pelaku.Pyb : Pelaku.Puo;
        Lakukan(p, tindakan, benar).Berhasil.ShouldBeTrue();
        p.Riwayat.Count.ShouldBe(sebelum.Riwayat + 1);
    }

    // The acting position per step (what the inbox and the detail page rely on).
    [Theory]
    [InlineData(ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, Pelaku.Pyb)]
    [InlineData(ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.JawabanKetersediaan, Pelaku.Puo)]
    [InlineData(ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanJawaban, Pelaku.Pyb)]
    [InlineData(ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PenerbitanSuratTugas, Pelaku.Puo)]
    [InlineData(ArahPelibatanInstansi.Keluar, TahapPelibatanInstansi.PersetujuanPejabatBerwenangPemohon, Pelaku.Pyb)]
    [InlineData(ArahPelibatanInstansi.Keluar, TahapPelibatanInstansi.JawabanInstansiTujuan, Pelaku.Pyb)]
    public void JabatanBertindak_SesuaiTahap(ArahPelibatanInstansi arah, TahapPelibatanInstansi tahap, Pelaku pelaku)
    {
        var p = Pada(arah, tahap);

        p.Tahap.ShouldBe(tahap);
        p.JabatanBertindak.ShouldBe(pelaku == Pelaku.Pyb ? JabatanPyb : JabatanPuo);
    }

    public static TheoryData<ArahPelibatanInstansi, TahapPelibatanInstansi, Tindakan> TindakanSalahTahap() => new()
    {
        { ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, Tindakan.Jawab },
        { ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, Tindakan.Terbitkan },
        { ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, Tindakan.CatatJawaban },
        { ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.JawabanKetersediaan, Tindakan.Setujui },
        { ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.JawabanKetersediaan, Tindakan.Terbitkan },
        { ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanJawaban, Tindakan.Jawab },
        { ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanJawaban, Tindakan.Terbitkan },
        { ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanJawaban, Tindakan.CatatJawaban },

        // Ps 14e.3–4: once the PyB has sent the answer, the unit assigns; there is nothing left to refuse or approve.
        { ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PenerbitanSuratTugas, Tindakan.Setujui },
        { ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PenerbitanSuratTugas, Tindakan.Tolak },
        { ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PenerbitanSuratTugas, Tindakan.Jawab },
        { ArahPelibatanInstansi.Keluar, TahapPelibatanInstansi.PersetujuanPejabatBerwenangPemohon, Tindakan.Jawab },
        { ArahPelibatanInstansi.Keluar, TahapPelibatanInstansi.PersetujuanPejabatBerwenangPemohon, Tindakan.Terbitkan },

        // The letter has not been sent yet: there is no answer to register.
        { ArahPelibatanInstansi.Keluar, TahapPelibatanInstansi.PersetujuanPejabatBerwenangPemohon, Tindakan.CatatJawaban },

        // The other instansi decides now: our PyB registers its answer, it does not approve or refuse it itself.
        { ArahPelibatanInstansi.Keluar, TahapPelibatanInstansi.JawabanInstansiTujuan, Tindakan.Setujui },
        { ArahPelibatanInstansi.Keluar, TahapPelibatanInstansi.JawabanInstansiTujuan, Tindakan.Tolak },
        { ArahPelibatanInstansi.Keluar, TahapPelibatanInstansi.JawabanInstansiTujuan, Tindakan.Jawab },
        { ArahPelibatanInstansi.Keluar, TahapPelibatanInstansi.JawabanInstansiTujuan, Tindakan.Terbitkan },
    };

    // An action of another step is refused as a broken rule even for somebody holding both positions (and the admin flag).
    [Theory]
    [MemberData(nameof(TindakanSalahTahap))]
    public void TindakanDiLuarTahapnya_Ditolak_TidakBerubah(ArahPelibatanInstansi arah, TahapPelibatanInstansi tahap, Tindakan tindakan)
    {
        var p = Pada(arah, tahap);
        var sebelum = Keadaan.Dari(p);

        var hasil = Lakukan(p, tindakan, PybDanPuo, pencatatBerwenang: true);

        Gagal(hasil, nameof(PelibatanInstansiPadaTahap), ErrorKind.AturanDilanggar);
        hasil.ErrorUtama!.Pesan.ShouldBe("Tindakan ini tidak sesuai dengan tahap permohonan saat ini.");
        Keadaan.Dari(p).ShouldBe(sebelum);
    }

    // ---------------------------------------------------------------- refusals (§15 Q-4, §6.6 notes [P])

    // §6.6 notes [P] / §15 Q-4: every step of ours may refuse, and a refusal needs reasons (HSU Ps 13d wording, V-PER-05).
    [Theory]
    [InlineData(ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, Pelaku.Pyb, null)]
    [InlineData(ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, Pelaku.Pyb, "")]
    [InlineData(ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.JawabanKetersediaan, Pelaku.Puo, "   ")]
    [InlineData(ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.JawabanKetersediaan, Pelaku.Puo, null)]
    [InlineData(ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanJawaban, Pelaku.Pyb, "\t")]
    [InlineData(ArahPelibatanInstansi.Keluar, TahapPelibatanInstansi.PersetujuanPejabatBerwenangPemohon, Pelaku.Pyb, "")]
    public void Tolak_TanpaAlasan_Ditolak_TidakBerubah(ArahPelibatanInstansi arah, TahapPelibatanInstansi tahap, Pelaku pelaku, string? alasan)
    {
        var p = Pada(arah, tahap);
        var sebelum = Keadaan.Dari(p);

        var hasil = p.Tolak(PegawaiDari(pelaku), "Pejabat", JabatanDari(pelaku), alasan, Waktu);

        Gagal(hasil, nameof(PenolakanWajibDisertaiAlasan), ErrorKind.AturanDilanggar);
        hasil.ErrorUtama!.Pesan.ShouldBe("Penolakan wajib disertai alasan.");
        Keadaan.Dari(p).ShouldBe(sebelum);
    }

    // With reasons, the refusal ends the request (Ditolak) and is written in the history with its reason.
    [Theory]
    [InlineData(ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, Pelaku.Pyb)]
    [InlineData(ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.JawabanKetersediaan, Pelaku.Puo)] // "tidak tersedia" + alasan
    [InlineData(ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanJawaban, Pelaku.Pyb)]
    [InlineData(ArahPelibatanInstansi.Keluar, TahapPelibatanInstansi.PersetujuanPejabatBerwenangPemohon, Pelaku.Pyb)]
    public void Tolak_DenganAlasan_BerakhirDitolak(ArahPelibatanInstansi arah, TahapPelibatanInstansi tahap, Pelaku pelaku)
    {
        var p = Pada(arah, tahap);
        var jumlah = p.Riwayat.Count;
        var ditugaskan = p.PegawaiDitugaskan.ToList();

        Berhasil(p.Tolak(PegawaiDari(pelaku), "Pejabat Penolak", JabatanDari(pelaku), "Beban kerja unit sedang tinggi", Waktu.AddDays(1)));

        p.Status.ShouldBe(StatusPelibatanInstansi.Ditolak);
        p.Tahap.ShouldBe(TahapPelibatanInstansi.Selesai);
        p.JabatanBertindak.ShouldBeNull();
        p.PegawaiDitugaskan.ShouldBe(ditugaskan);
        p.Riwayat.Count.ShouldBe(jumlah + 1);
        p.Riwayat[^1].ShouldBe(new RiwayatPelibatanInstansi(tahap, false, "Beban kerja unit sedang tinggi", PegawaiDari(pelaku), "Pejabat Penolak", Waktu.AddDays(1)));
    }

    public static TheoryData<string, Tindakan> SetelahSelesai()
    {
        var d = new TheoryData<string, Tindakan>();
        foreach (var akhir in new[] { "MasukDisetujui", "MasukDitolakPyb", "MasukTidakTersedia", "KeluarDitolakPyb", "KeluarJawabanSetuju", "KeluarJawabanMenolak" })
        {
            foreach (var t in Enum.GetValues<Tindakan>())
            {
                d.Add(akhir, t);
            }
        }

        return d;
    }

    // A finished request (approved, refused at any step, or answered) cannot be acted on again, by anybody.
    [Theory]
    [MemberData(nameof(SetelahSelesai))]
    public void SetelahSelesai_SemuaTindakanDitolak_TidakBerubah(string akhir, Tindakan tindakan)
    {
        var p = Selesai(akhir);
        p.Tahap.ShouldBe(TahapPelibatanInstansi.Selesai);
        p.JabatanBertindak.ShouldBeNull();
        var sebelum = Keadaan.Dari(p);

        var hasil = Lakukan(p, tindakan, PybDanPuo, pencatatBerwenang: true);

        Gagal(hasil, nameof(PelibatanInstansiPadaTahap), ErrorKind.AturanDilanggar);
        hasil.ErrorUtama!.Pesan.ShouldBe("Permohonan ini sudah selesai diproses.");
        Keadaan.Dari(p).ShouldBe(sebelum);
    }

    // ---------------------------------------------------------------- the availability answer (HSU Ps 14d, e.1; DOMAIN.md §7.2)

    // HSU Ps 14e.1: "surat jawaban permohonan pelibatan beserta daftar" — an availability answer without anybody is refused
    // (not available is a refusal with reasons, above).
    [Fact]
    public void Hsu_Ps14e1_JawabKetersediaanTanpaDaftarPegawai_Ditolak()
    {
        var p = MasukPada(TahapPelibatanInstansi.JawabanKetersediaan);
        var sebelum = Keadaan.Dari(p);

        var hasil = p.JawabKetersediaan(PegawaiPuo, "Kabid", Puo, new Dictionary<Guid, Ketersediaan>(), DiUnit, "alasan apa pun", null, Waktu);

        Gagal(hasil, nameof(DaftarPegawaiTidakBolehKosong), ErrorKind.AturanDilanggar);
        Keadaan.Dari(p).ShouldBe(sebelum);
    }

    // HSU Ps 14c–d: the PyB instructs the PPK/PUO "dimana Pejabat Fungsional atau Pejabat Pelaksana berada": only pegawai of the
    // unit asked may be on the list; one outsider spoils the answer.
    [Fact]
    public void Hsu_Ps14d_PegawaiBukanDariUnitYangDiminta_Ditolak()
    {
        var p = MasukPada(TahapPelibatanInstansi.JawabanKetersediaan);
        var sebelum = Keadaan.Dari(p);

        var hasil = p.JawabKetersediaan(PegawaiPuo, "Kabid", Puo, Tersedia(PegawaiA, PegawaiLuarUnit), DiUnit, null, null, Waktu);

        Gagal(hasil, nameof(PegawaiHarusDariUnitYangDiminta), ErrorKind.AturanDilanggar);
        Keadaan.Dari(p).ShouldBe(sebelum);
    }

    // §7.2 [P] V-PER-06: a pegawai already on a full-time penugasan in the period, or a full-time request overlapping any other
    // penugasan, needs an AlasanPengecualian; with one the answer goes through and the reason is kept (trimmed).
    [Theory]
    [InlineData(false, true, 1)] // the pegawai is on a full-time assignment
    [InlineData(true, false, 1)] // this request is full-time and overlaps another assignment
    public void Hsu_Ps14d_TumpangTindihPenuhWaktu_PerluAlasanPengecualian(bool permohonanPenuhWaktu, bool adaPenuhWaktu, int jumlahTumpangTindih)
    {
        var p = MasukPada(TahapPelibatanInstansi.JawabanKetersediaan, Rincian() with { PenuhWaktu = permohonanPenuhWaktu });
        var sebelum = Keadaan.Dari(p);
        var pegawai = new Dictionary<Guid, Ketersediaan> { [PegawaiA] = new(adaPenuhWaktu, jumlahTumpangTindih, 90) };

        foreach (var alasan in new string?[] { null, "", "  " })
        {
            var hasil = p.JawabKetersediaan(PegawaiPuo, "Kabid", Puo, pegawai, DiUnit, alasan, null, Waktu);
            Gagal(hasil, nameof(PenugasanPenuhWaktuTumpangTindihPerluAlasan), ErrorKind.AturanDilanggar);
            Keadaan.Dari(p).ShouldBe(sebelum);
        }

        Berhasil(p.JawabKetersediaan(PegawaiPuo, "Kabid", Puo, pegawai, DiUnit, "  Penugasan lain selesai minggu depan  ", null, Waktu));
        p.AlasanPengecualianKetersediaan.ShouldBe("Penugasan lain selesai minggu depan");
        p.Tahap.ShouldBe(TahapPelibatanInstansi.PersetujuanJawaban);
    }

    // A full-time request for somebody with no other assignment is fine without a reason.
    [Fact]
    public void PermohonanPenuhWaktu_TanpaTumpangTindih_TidakPerluAlasan()
    {
        var p = MasukPada(TahapPelibatanInstansi.JawabanKetersediaan, Rincian() with { PenuhWaktu = true, AlokasiPersen = 100 });

        Berhasil(p.JawabKetersediaan(PegawaiPuo, "Kabid", Puo, new Dictionary<Guid, Ketersediaan> { [PegawaiA] = new(false, 0, 100) }, DiUnit, null, null, Waktu));

        p.AlasanPengecualianKetersediaan.ShouldBeNull();
    }

    // §7.2 [P]: beban kerja pokok + overlapping allocations above 100 % needs a reason; exactly 100 % does not.
    [Fact]
    public void BebanDiAtas100Persen_PerluAlasanPengecualian_100PersenTidak()
    {
        var p = MasukPada(TahapPelibatanInstansi.JawabanKetersediaan);
        var sebelum = Keadaan.Dari(p);
        var pegawai = new Dictionary<Guid, Ketersediaan> { [PegawaiA] = new(false, 0, 100), [PegawaiB] = new(false, 1, 101) };

        var hasil = p.JawabKetersediaan(PegawaiPuo, "Kabid", Puo, pegawai, DiUnit, " ", null, Waktu);

        Gagal(hasil, nameof(BebanMelebihiKapasitasPerluAlasan), ErrorKind.AturanDilanggar);
        hasil.Errors.Count.ShouldBe(1);
        hasil.ErrorUtama!.Pesan.ShouldContain("101%");
        Keadaan.Dari(p).ShouldBe(sebelum);

        Berhasil(p.JawabKetersediaan(PegawaiPuo, "Kabid", Puo, pegawai, DiUnit, "Tugas pokok dikurangi sementara", null, Waktu));
        p.PegawaiDitugaskan.ShouldBe([PegawaiA, PegawaiB], ignoreOrder: true);
        p.AlasanPengecualianKetersediaan.ShouldBe("Tugas pokok dikurangi sementara");
    }

    // Every broken availability rule is reported at once (one message per kind).
    [Fact]
    public void JawabKetersediaan_BeberapaPelanggaran_SemuaDilaporkan()
    {
        var p = MasukPada(TahapPelibatanInstansi.JawabanKetersediaan);
        var pegawai = new Dictionary<Guid, Ketersediaan> { [PegawaiLuarUnit] = new(true, 1, 130), [PegawaiA] = new(true, 2, 130) };

        var hasil = p.JawabKetersediaan(PegawaiPuo, "Kabid", Puo, pegawai, DiUnit, null, null, Waktu);

        hasil.Errors.Select(e => e.Kode).ShouldBe(
            [nameof(PegawaiHarusDariUnitYangDiminta), nameof(PenugasanPenuhWaktuTumpangTindihPerluAlasan), nameof(BebanMelebihiKapasitasPerluAlasan)],
            ignoreOrder: true);
    }

    // Without any exception the reason field is not stored (whitespace is no reason).
    [Fact]
    public void JawabKetersediaan_TanpaPengecualian_AlasanKosongTidakDisimpan()
    {
        var p = MasukPada(TahapPelibatanInstansi.JawabanKetersediaan);

        Berhasil(p.JawabKetersediaan(PegawaiPuo, "Kabid", Puo, Tersedia(PegawaiB), DiUnit, "   ", "siap", Waktu));

        p.AlasanPengecualianKetersediaan.ShouldBeNull();
        p.PegawaiDitugaskan.ShouldBe([PegawaiB]);
        p.Riwayat[^1].ShouldBe(new RiwayatPelibatanInstansi(TahapPelibatanInstansi.JawabanKetersediaan, true, "siap", PegawaiPuo, "Kabid", Waktu));
    }

    // ---------------------------------------------------------------- Keluar (HSU Ps 14a–b; TRK Lampiran B.1.c(1)–(2))

    // HSU Ps 14a: our PUO pemilik kinerja "terlebih dahulu mengirimkan surat permohonan pelibatan … kepada Pejabat yang Berwenang".
    [Fact]
    public void Hsu_Ps14a_AjukanKeluar_KePejabatYangBerwenangDulu()
    {
        var p = Keluar();

        p.Arah.ShouldBe(ArahPelibatanInstansi.Keluar);
        p.Tahap.ShouldBe(TahapPelibatanInstansi.PersetujuanPejabatBerwenangPemohon);
        p.Status.ShouldBe(StatusPelibatanInstansi.Diproses);
        p.JabatanBertindak.ShouldBe(JabatanPyb);
        p.NomorSuratPermohonan.ShouldBe("(konsep)");
        p.TanggalSuratPermohonan.ShouldBe(HariIni);
        p.DibuatOlehPegawaiId.ShouldBe(PegawaiPuo);
        p.UnitId.ShouldBe(Unit);
        p.Riwayat.ShouldBe([new RiwayatPelibatanInstansi(TahapPelibatanInstansi.PersetujuanPejabatBerwenangPemohon, true, "Surat permohonan pelibatan diajukan.", PegawaiPuo, "Kabid", Waktu)]);
    }

    // HSU Ps 14b: the PyB "mengirimkan surat permohonan pelibatan … kepada Pejabat yang Berwenang instansi yang dituju": without
    // the outgoing letter's number and date the approval is refused.
    [Theory]
    [InlineData(null, "2026-11-23")]
    [InlineData("  ", "2026-11-23")]
    [InlineData(NomorKeluar, null)]
    [InlineData(NomorKeluar, "0001-01-01")]
    public void Hsu_Ps14b_PybMengirimTanpaNomorAtauTanggalSuratKeluar_Ditolak(string? nomor, string? tanggal)
    {
        var p = Keluar();
        var sebelum = Keadaan.Dari(p);

        var hasil = p.SetujuiPejabatBerwenang(PegawaiSekda, "Sekda", Pyb, nomor, Tanggal(tanggal), null, Waktu);

        Gagal(hasil, nameof(NomorSuratWajibDiisi), ErrorKind.AturanDilanggar);
        Keadaan.Dari(p).ShouldBe(sebelum);
    }

    // HSU Ps 14b: with the letter sent, its number/date replace the draft reference; the request waits for the other side's answer.
    [Fact]
    public void Hsu_Ps14b_PybMengirimSurat_NomorKeluarTercatat_MenungguJawabanInstansiTujuan()
    {
        var p = Keluar();

        Berhasil(p.SetujuiPejabatBerwenang(PegawaiSekda, "Sekda", Pyb, $" {NomorKeluar} ", new DateOnly(2026, 11, 23), "Dikirim", Waktu));

        p.NomorSuratPermohonan.ShouldBe(NomorKeluar);
        p.TanggalSuratPermohonan.ShouldBe(new DateOnly(2026, 11, 23));
        p.Tahap.ShouldBe(TahapPelibatanInstansi.JawabanInstansiTujuan);
        p.Status.ShouldBe(StatusPelibatanInstansi.Diproses);
        p.NomorSuratJawaban.ShouldBeNull();
    }

    // §6.6 notes [P] / §15 Q-7: the other instansi's answer is registered by our PyB, the requesting unit's head, or BKPSDM (admin flag).
    [Theory]
    [InlineData(Pelaku.Pyb, false)]
    [InlineData(Pelaku.Puo, false)]
    [InlineData(Pelaku.Tanpa, true)]
    public void CatatJawabanInstansi_OlehPybPuoAtauAdmin_DisetujuiDenganDaftar(Pelaku pelaku, bool admin)
    {
        var p = KeluarPada(TahapPelibatanInstansi.JawabanInstansiTujuan);

        Berhasil(p.CatatJawabanInstansi(PegawaiDari(pelaku), "Pencatat", JabatanDari(pelaku), admin, true, $" {NomorJawaban} ", TanggalJawaban, DaftarBalangan, "Disetujui dua orang", Waktu));

        p.Status.ShouldBe(StatusPelibatanInstansi.Disetujui);
        p.Tahap.ShouldBe(TahapPelibatanInstansi.Selesai);
        p.NomorSuratJawaban.ShouldBe(NomorJawaban);
        p.TanggalSuratJawaban.ShouldBe(TanggalJawaban);
        p.PegawaiInstansiLain.ShouldBe(DaftarBalangan);
        p.PegawaiDitugaskan.ShouldBeEmpty();
        p.Riwayat[^1].ShouldBe(new RiwayatPelibatanInstansi(TahapPelibatanInstansi.JawabanInstansiTujuan, true, "Disetujui dua orang", PegawaiDari(pelaku), "Pencatat", Waktu));
    }

    [Theory]
    [InlineData(Pelaku.Lain)]
    [InlineData(Pelaku.Tanpa)]
    public void CatatJawabanInstansi_OlehOrangLainTanpaFlagAdmin_Terlarang(Pelaku pelaku)
    {
        var p = KeluarPada(TahapPelibatanInstansi.JawabanInstansiTujuan);
        var sebelum = Keadaan.Dari(p);

        var hasil = p.CatatJawabanInstansi(PegawaiLain, "Orang lain", JabatanDari(pelaku), false, true, NomorJawaban, TanggalJawaban, DaftarBalangan, null, Waktu);

        Gagal(hasil, "Terlarang", ErrorKind.Terlarang);
        Keadaan.Dari(p).ShouldBe(sebelum);
    }

    // HSU Ps 14e.1 (from the other side): an approving answer names at least one pegawai.
    [Fact]
    public void CatatJawabanInstansi_DisetujuiTanpaNama_Ditolak()
    {
        var p = KeluarPada(TahapPelibatanInstansi.JawabanInstansiTujuan);
        var sebelum = Keadaan.Dari(p);

        var hasil = p.CatatJawabanInstansi(PegawaiSekda, "Sekda", Pyb, false, true, NomorJawaban, TanggalJawaban, [], null, Waktu);

        Gagal(hasil, nameof(DaftarPegawaiTidakBolehKosong), ErrorKind.AturanDilanggar);
        Keadaan.Dari(p).ShouldBe(sebelum);
    }

    // §15 Q-4: a refusing answer carries its reasons; without them it cannot be registered.
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void CatatJawabanInstansi_MenolakTanpaAlasan_Ditolak(string? alasan)
    {
        var p = KeluarPada(TahapPelibatanInstansi.JawabanInstansiTujuan);
        var sebelum = Keadaan.Dari(p);

        var hasil = p.CatatJawabanInstansi(PegawaiSekda, "Sekda", Pyb, false, false, NomorJawaban, TanggalJawaban, [], alasan, Waktu);

        Gagal(hasil, nameof(PenolakanWajibDisertaiAlasan), ErrorKind.AturanDilanggar);
        Keadaan.Dari(p).ShouldBe(sebelum);
    }

    // The answer is a registered letter: its number and date are required whether it approves or refuses.
    [Theory]
    [InlineData(true, null, "2026-11-25")]
    [InlineData(true, NomorJawaban, null)]
    [InlineData(false, " ", "2026-11-25")]
    [InlineData(false, NomorJawaban, "0001-01-01")]
    public void CatatJawabanInstansi_TanpaNomorAtauTanggalSurat_Ditolak(bool disetujui, string? nomor, string? tanggal)
    {
        var p = KeluarPada(TahapPelibatanInstansi.JawabanInstansiTujuan);
        var sebelum = Keadaan.Dari(p);

        var hasil = p.CatatJawabanInstansi(PegawaiSekda, "Sekda", Pyb, false, disetujui, nomor, Tanggal(tanggal), DaftarBalangan, "Alasan instansi tujuan", Waktu);

        Gagal(hasil, nameof(NomorSuratWajibDiisi), ErrorKind.AturanDilanggar);
        Keadaan.Dari(p).ShouldBe(sebelum);
    }

    // A refusing answer ends the request Ditolak and keeps no list even if one was typed.
    [Fact]
    public void CatatJawabanInstansi_MenolakDenganAlasan_BerakhirDitolakTanpaDaftar()
    {
        var p = KeluarPada(TahapPelibatanInstansi.JawabanInstansiTujuan);

        Berhasil(p.CatatJawabanInstansi(PegawaiSekda, "Sekda", Pyb, false, false, NomorJawaban, TanggalJawaban, DaftarBalangan, "Tidak ada pegawai yang sesuai kriteria", Waktu));

        p.Status.ShouldBe(StatusPelibatanInstansi.Ditolak);
        p.Tahap.ShouldBe(TahapPelibatanInstansi.Selesai);
        p.PegawaiInstansiLain.ShouldBeEmpty();
        p.NomorSuratJawaban.ShouldBe(NomorJawaban);
        p.Riwayat[^1].Setuju.ShouldBeFalse();
        p.Riwayat[^1].Catatan.ShouldBe("Tidak ada pegawai yang sesuai kriteria");
    }

    // ---------------------------------------------------------------- registration: V-PER-01 (§7.1) and V-PER-02

    public static TheoryData<string> UnsurKosong() => ["Maksud", "Kompetensi", "Ekspektasi", "MaksudSpasi", "Mulai", "Selesai"];

    // V-PER-01: HSU Ps 17 a–d (applies to Ps 14), TRK Lampiran B.1.c "paling sedikit memuat" (1)–(4): maksud dan tujuan,
    // kompetensi, ekspektasi/target kinerja, durasi. Missing any of them refuses the registration, in both directions.
    [Theory]
    [MemberData(nameof(UnsurKosong))]
    public void VPer01_Hsu_Ps17_Trk_LampiranB1c_EmpatUnsurWajib_MasukDanKeluar(string kosong)
    {
        var r = Rincian();
        r = kosong switch
        {
            "Maksud" => r with { MaksudDanTujuan = "" },
            "MaksudSpasi" => r with { MaksudDanTujuan = "   " },
            "Kompetensi" => r with { KompetensiDibutuhkan = " " },
            "Ekspektasi" => r with { EkspektasiTargetKinerja = "" },
            "Mulai" => r with { TanggalMulai = default },
            _ => r with { TanggalSelesai = default },
        };

        var masuk = PelibatanInstansi.CatatMasuk(Instansi, NomorMasuk, TanggalSuratMasuk, r, Unit, JabatanPyb, JabatanPuo, PegawaiPencatat, "Pencatat", HariIni, Waktu);
        var keluar = PelibatanInstansi.AjukanKeluar(Instansi, "(konsep)", r, Unit, JabatanPyb, JabatanPuo, PegawaiPuo, "Kabid", HariIni, Waktu);

        foreach (var hasil in new[] { masuk, keluar })
        {
            hasil.Gagal.ShouldBeTrue();
            hasil.Errors.Select(e => e.Kode).ShouldContain(nameof(PermohonanPelibatanWajibMemuatEmpatUnsur));
            hasil.Errors.ShouldAllBe(e => e.Jenis == ErrorKind.AturanDilanggar);
        }
    }

    // V-PER-02 [P]: the period is a valid range that does not start before the registration day; allocation 1–100 %.
    [Theory]
    [InlineData(7, 6, 20, nameof(PeriodePenugasanHarusValid))]
    [InlineData(-1, 30, 20, nameof(TanggalMulaiTidakBolehLampau))]
    [InlineData(7, 30, 0, nameof(AlokasiWaktuDalamRentang))]
    [InlineData(7, 30, 101, nameof(AlokasiWaktuDalamRentang))]
    [InlineData(7, 30, -5, nameof(AlokasiWaktuDalamRentang))]
    public void VPer02_PeriodeDanAlokasi_Ditolak(int mulai, int selesai, int alokasi, string aturan)
    {
        var r = Rincian() with { TanggalMulai = HariIni.AddDays(mulai), TanggalSelesai = HariIni.AddDays(selesai), AlokasiPersen = alokasi };

        var masuk = PelibatanInstansi.CatatMasuk(Instansi, NomorMasuk, TanggalSuratMasuk, r, Unit, JabatanPyb, JabatanPuo, PegawaiPencatat, "Pencatat", HariIni, Waktu);
        var keluar = PelibatanInstansi.AjukanKeluar(Instansi, "(konsep)", r, Unit, JabatanPyb, JabatanPuo, PegawaiPuo, "Kabid", HariIni, Waktu);

        masuk.Errors.Select(e => e.Kode).ShouldBe([aturan]);
        keluar.Errors.Select(e => e.Kode).ShouldBe([aturan]);
    }

    // The edges are allowed: start today, end the same day, 1 % and 100 %.
    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void VPer02_MulaiHariIniSatuHari_DanAlokasiTepi_Diterima(int alokasi)
    {
        var r = Rincian() with { TanggalMulai = HariIni, TanggalSelesai = HariIni, AlokasiPersen = alokasi };

        var p = PelibatanInstansi.CatatMasuk(Instansi, NomorMasuk, TanggalSuratMasuk, r, Unit, JabatanPyb, JabatanPuo, PegawaiPencatat, "Pencatat", HariIni, Waktu);

        p.Berhasil.ShouldBeTrue();
        (p.Nilai.TanggalMulai, p.Nilai.TanggalSelesai, p.Nilai.AlokasiPersen).ShouldBe((HariIni, HariIni, alokasi));
    }

    // §6.6 notes: a registered letter names its sender and its number.
    [Theory]
    [InlineData("", NomorMasuk)]
    [InlineData("   ", NomorMasuk)]
    [InlineData(Instansi, "")]
    [InlineData(Instansi, "  ")]
    public void CatatMasuk_TanpaInstansiAtauNomorSurat_Ditolak(string instansi, string nomor)
    {
        var hasil = PelibatanInstansi.CatatMasuk(instansi, nomor, TanggalSuratMasuk, Rincian(), Unit, JabatanPyb, JabatanPuo, PegawaiPencatat, "Pencatat", HariIni, Waktu);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(InstansiLainWajibDisebut)]);
    }

    [Fact]
    public void AjukanKeluar_TanpaInstansiTujuan_Ditolak()
    {
        var hasil = PelibatanInstansi.AjukanKeluar(" ", "(konsep)", Rincian(), Unit, JabatanPyb, JabatanPuo, PegawaiPuo, "Kabid", HariIni, Waktu);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(InstansiLainWajibDisebut)]);
    }

    // All broken rules come back together so the form can show every message at once.
    [Fact]
    public void CatatMasuk_BeberapaPelanggaran_SemuaDilaporkan()
    {
        var r = new RincianPelibatanInstansi("", "", "", HariIni.AddDays(-2), HariIni.AddDays(-3), false, 0);

        var hasil = PelibatanInstansi.CatatMasuk("", "", TanggalSuratMasuk, r, Unit, JabatanPyb, JabatanPuo, PegawaiPencatat, "Pencatat", HariIni, Waktu);

        hasil.Errors.Select(e => e.Kode).ShouldBe(
        [
            nameof(PermohonanPelibatanWajibMemuatEmpatUnsur), nameof(PeriodePenugasanHarusValid), nameof(TanggalMulaiTidakBolehLampau),
            nameof(AlokasiWaktuDalamRentang), nameof(InstansiLainWajibDisebut),
        ], ignoreOrder: true);
    }

    // What is registered is what the letter says (trimmed), with who registered it and the officials who will act.
    [Fact]
    public void CatatMasuk_MenyimpanIsiSuratDanPejabat()
    {
        var r = new RincianPelibatanInstansi($"  {Maksud} ", $" {Kompetensi}", $"{Ekspektasi}  ", HariIni.AddDays(7), HariIni.AddDays(90), true, 100);

        var p = Pasti(PelibatanInstansi.CatatMasuk($"  {Instansi}  ", $" {NomorMasuk} ", TanggalSuratMasuk, r, Unit, JabatanPyb, JabatanPuo, PegawaiPencatat, "Pencatat", HariIni, Waktu));

        (p.InstansiLain, p.NomorSuratPermohonan, p.TanggalSuratPermohonan).ShouldBe((Instansi, NomorMasuk, TanggalSuratMasuk));
        (p.MaksudDanTujuan, p.KompetensiDibutuhkan, p.EkspektasiTargetKinerja).ShouldBe((Maksud, Kompetensi, Ekspektasi));
        (p.TanggalMulai, p.TanggalSelesai, p.PenuhWaktu, p.AlokasiPersen).ShouldBe((HariIni.AddDays(7), HariIni.AddDays(90), true, 100));
        (p.UnitId, p.PejabatBerwenangJabatanId, p.PimpinanUnitJabatanId, p.DibuatOlehPegawaiId, p.DibuatPada).ShouldBe((Unit, JabatanPyb, JabatanPuo, PegawaiPencatat, Waktu));
        p.PegawaiDitugaskan.ShouldBeEmpty();
        p.PegawaiInstansiLain.ShouldBeEmpty();
        p.NomorSuratJawaban.ShouldBeNull();
        p.Id.ShouldNotBe(Guid.Empty);
    }

    // ---------------------------------------------------------------- Melibatkan (who may see it)

    [Fact]
    public void Melibatkan_PencatatPejabatPegawaiTerdaftarDanYangPernahBertindak_BukanOrangLain()
    {
        var p = MasukPada(TahapPelibatanInstansi.PersetujuanJawaban);

        p.Melibatkan(PegawaiPencatat, Tanpa).ShouldBeTrue();   // registered it
        p.Melibatkan(PegawaiLain, Pyb).ShouldBeTrue();         // holds the PyB position (e.g. a Plt)
        p.Melibatkan(PegawaiLain, Puo).ShouldBeTrue();         // holds the unit head position
        p.Melibatkan(PegawaiA, Tanpa).ShouldBeTrue();          // on the list
        p.Melibatkan(PegawaiSekda, Tanpa).ShouldBeTrue();      // acted before (in the history), no longer in office
        p.Melibatkan(PegawaiLuarUnit, Lain).ShouldBeFalse();
        p.Melibatkan(PegawaiLain, Tanpa).ShouldBeFalse();

        // Before the answer nobody of the unit is on it yet.
        MasukPada(TahapPelibatanInstansi.JawabanKetersediaan).Melibatkan(PegawaiA, Tanpa).ShouldBeFalse();
    }

    // ---------------------------------------------------------------- Penugasan.DariPelibatanInstansi (HSU Ps 14e.3–4)

    [Fact]
    public void DariPelibatanInstansi_PegawaiTerdaftarPermohonanDisetujui_PenugasanLintasInstansi()
    {
        var p = MasukPada(TahapPelibatanInstansi.Selesai, Rincian() with { PenuhWaktu = true, AlokasiPersen = 100 });

        var t = Domain.Penugasan.Penugasan.DariPelibatanInstansi(p, PegawaiA, JabatanPegawaiA, JabatanPuo, Waktu.AddDays(1));

        t.Asal.ShouldBe(AsalPenugasan.LintasInstansi);
        t.PelibatanInstansiId.ShouldBe(p.Id);
        t.PermohonanId.ShouldBeNull();
        (t.PegawaiId, t.JabatanPegawaiId, t.UnitPemilikKinerjaId, t.PenerbitJabatanId).ShouldBe((PegawaiA, JabatanPegawaiA, Unit, JabatanPuo));
        t.Uraian.ShouldBe($"{Maksud} (pelibatan pada {Instansi})");
        t.TargetKinerja.ShouldBe(Ekspektasi);
        (t.TanggalMulai, t.TanggalSelesai, t.PenuhWaktu, t.AlokasiPersen).ShouldBe((p.TanggalMulai, p.TanggalSelesai, true, 100));
        t.Status.ShouldBe(StatusPenugasan.Ditetapkan);
        t.DitetapkanPada.ShouldBe(Waktu.AddDays(1));
    }

    [Fact]
    public void DariPelibatanInstansi_PegawaiTidakDalamDaftar_Melempar()
    {
        var p = MasukPada(TahapPelibatanInstansi.Selesai);

        Should.Throw<InvalidOperationException>(() => Domain.Penugasan.Penugasan.DariPelibatanInstansi(p, PegawaiLuarUnit, JabatanPegawaiA, JabatanPuo, Waktu));
    }

    // Before the PUO issues (still Diproses), after a refusal, or for an outgoing request: no penugasan of ours.
    [Theory]
    [InlineData("PenerbitanSuratTugas")]
    [InlineData("PersetujuanJawaban")]
    [InlineData("MasukDitolakPyb")]
    [InlineData("KeluarJawabanSetuju")]
    public void DariPelibatanInstansi_PermohonanBelumDisetujui_Melempar(string keadaan)
    {
        var p = keadaan switch
        {
            "PenerbitanSuratTugas" => MasukPada(TahapPelibatanInstansi.PenerbitanSuratTugas),
            "PersetujuanJawaban" => MasukPada(TahapPelibatanInstansi.PersetujuanJawaban),
            _ => Selesai(keadaan),
        };

        Should.Throw<InvalidOperationException>(() => Domain.Penugasan.Penugasan.DariPelibatanInstansi(p, PegawaiA, JabatanPegawaiA, JabatanPuo, Waktu));
    }

    // A refusal after the list was given keeps the list but still gives nobody a penugasan.
    [Fact]
    public void DariPelibatanInstansi_PybMenolakJawabanDenganDaftar_Melempar()
    {
        var p = MasukPada(TahapPelibatanInstansi.PersetujuanJawaban);
        Berhasil(p.Tolak(PegawaiSekda, "Sekda", Pyb, "Daftar tidak sesuai kriteria", Waktu));

        p.PegawaiDitugaskan.ShouldContain(PegawaiA);
        Should.Throw<InvalidOperationException>(() => Domain.Penugasan.Penugasan.DariPelibatanInstansi(p, PegawaiA, JabatanPegawaiA, JabatanPuo, Waktu));
    }

    // ---------------------------------------------------------------- helpers

    private static RincianPelibatanInstansi Rincian() => new(Maksud, Kompetensi, Ekspektasi, HariIni.AddDays(7), HariIni.AddDays(90), false, 20);

    private static PelibatanInstansi Masuk(RincianPelibatanInstansi? r = null) =>
        Pasti(PelibatanInstansi.CatatMasuk(Instansi, NomorMasuk, TanggalSuratMasuk, r ?? Rincian(), Unit, JabatanPyb, JabatanPuo, PegawaiPencatat, "Pencatat", HariIni, Waktu));

    private static PelibatanInstansi Keluar() =>
        Pasti(PelibatanInstansi.AjukanKeluar(Instansi, "(konsep)", Rincian(), Unit, JabatanPyb, JabatanPuo, PegawaiPuo, "Kabid", HariIni, Waktu));

    private static Dictionary<Guid, Ketersediaan> Tersedia(params Guid[] ids) => ids.ToDictionary(i => i, _ => new Ketersediaan(false, 0, Ketersediaan.BebanPokokPersen + 20));

    /// <summary>An incoming request moved to <paramref name="tahap"/> by the right officials (Selesai = issued, Disetujui).</summary>
    private static PelibatanInstansi MasukPada(TahapPelibatanInstansi tahap, RincianPelibatanInstansi? r = null)
    {
        var p = Masuk(r);
        var urutan = new[]
        {
            TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, TahapPelibatanInstansi.JawabanKetersediaan, TahapPelibatanInstansi.PersetujuanJawaban,
            TahapPelibatanInstansi.PenerbitanSuratTugas, TahapPelibatanInstansi.Selesai,
        };
        while (p.Tahap != tahap)
        {
            Array.IndexOf(urutan, tahap).ShouldBeGreaterThan(Array.IndexOf(urutan, p.Tahap));
            Berhasil(p.Tahap switch
            {
                TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan => p.SetujuiPejabatBerwenang(PegawaiSekda, "Sekda", Pyb, null, null, null, Waktu),
                TahapPelibatanInstansi.JawabanKetersediaan => p.JawabKetersediaan(PegawaiPuo, "Kabid", Puo, Tersedia(PegawaiA, PegawaiB), DiUnit, null, null, Waktu),
                TahapPelibatanInstansi.PersetujuanJawaban => p.SetujuiPejabatBerwenang(PegawaiSekda, "Sekda", Pyb, NomorJawaban, TanggalJawaban, null, Waktu),
                _ => p.Terbitkan(PegawaiPuo, "Kabid", Puo, Waktu),
            });
        }

        return p;
    }

    private static PelibatanInstansi KeluarPada(TahapPelibatanInstansi tahap)
    {
        var p = Keluar();
        if (tahap == TahapPelibatanInstansi.JawabanInstansiTujuan)
        {
            Berhasil(p.SetujuiPejabatBerwenang(PegawaiSekda, "Sekda", Pyb, NomorKeluar, HariIni, null, Waktu));
        }

        p.Tahap.ShouldBe(tahap);
        return p;
    }

    private static PelibatanInstansi Pada(ArahPelibatanInstansi arah, TahapPelibatanInstansi tahap) =>
        arah == ArahPelibatanInstansi.Masuk ? MasukPada(tahap) : KeluarPada(tahap);

    private static PelibatanInstansi Selesai(string akhir)
    {
        PelibatanInstansi p;
        switch (akhir)
        {
            case "MasukDisetujui":
                p = MasukPada(TahapPelibatanInstansi.Selesai);
                p.Status.ShouldBe(StatusPelibatanInstansi.Disetujui);
                break;
            case "MasukDitolakPyb":
                p = Masuk();
                Berhasil(p.Tolak(PegawaiSekda, "Sekda", Pyb, "Tidak sejalan dengan prioritas daerah", Waktu));
                break;
            case "MasukTidakTersedia":
                p = MasukPada(TahapPelibatanInstansi.JawabanKetersediaan);
                Berhasil(p.Tolak(PegawaiPuo, "Kabid", Puo, "Tidak ada pegawai yang tersedia", Waktu));
                break;
            case "KeluarDitolakPyb":
                p = Keluar();
                Berhasil(p.Tolak(PegawaiSekda, "Sekda", Pyb, "Anggaran tidak tersedia", Waktu));
                break;
            case "KeluarJawabanSetuju":
                p = KeluarPada(TahapPelibatanInstansi.JawabanInstansiTujuan);
                Berhasil(p.CatatJawabanInstansi(PegawaiSekda, "Sekda", Pyb, false, true, NomorJawaban, TanggalJawaban, DaftarBalangan, null, Waktu));
                p.Status.ShouldBe(StatusPelibatanInstansi.Disetujui);
                break;
            default:
                p = KeluarPada(TahapPelibatanInstansi.JawabanInstansiTujuan);
                Berhasil(p.CatatJawabanInstansi(PegawaiSekda, "Sekda", Pyb, false, false, NomorJawaban, TanggalJawaban, [], "Pegawai tidak tersedia", Waktu));
                break;
        }

        return p;
    }

    /// <summary>Does <paramref name="tindakan"/> with inputs that are valid for it, so that only who acts and when matters.</summary>
    private static Result Lakukan(PelibatanInstansi p, Tindakan tindakan, Pelaku pelaku) =>
        Lakukan(p, tindakan, JabatanDari(pelaku), pencatatBerwenang: false, PegawaiDari(pelaku));

    private static Result Lakukan(PelibatanInstansi p, Tindakan tindakan, IReadOnlyCollection<Guid> jabatan, bool pencatatBerwenang, Guid? oleh = null)
    {
        var pegawai = oleh ?? PegawaiLain;
        return tindakan switch
        {
            Tindakan.Setujui => p.SetujuiPejabatBerwenang(pegawai, "Pelaku", jabatan, NomorJawaban, TanggalJawaban, null, Waktu),
            Tindakan.Tolak => p.Tolak(pegawai, "Pelaku", jabatan, "Alasan penolakan yang jelas", Waktu),
            Tindakan.Jawab => p.JawabKetersediaan(pegawai, "Pelaku", jabatan, Tersedia(PegawaiA), DiUnit, null, null, Waktu),
            Tindakan.Terbitkan => p.Terbitkan(pegawai, "Pelaku", jabatan, Waktu),
            _ => p.CatatJawabanInstansi(pegawai, "Pelaku", jabatan, pencatatBerwenang, true, NomorJawaban, TanggalJawaban, DaftarBalangan, null, Waktu),
        };
    }

    private static Guid[] JabatanDari(Pelaku pelaku) => pelaku switch
    {
        Pelaku.Pyb => Pyb,
        Pelaku.Puo => Puo,
        Pelaku.Lain => Lain,
        _ => Tanpa,
    };

    private static Guid PegawaiDari(Pelaku pelaku) => pelaku switch
    {
        Pelaku.Pyb => PegawaiSekda,
        Pelaku.Puo => PegawaiPuo,
        _ => PegawaiLain,
    };

    private static DateOnly? Tanggal(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static T Pasti<T>(Result<T> hasil) =>
        hasil.Berhasil ? hasil.Nilai : throw new InvalidOperationException(string.Join("; ", hasil.Errors.Select(e => $"{e.Kode}: {e.Pesan}")));

    private static void Berhasil(Result hasil) => hasil.Berhasil.ShouldBeTrue(string.Join("; ", hasil.Errors.Select(e => $"{e.Kode}: {e.Pesan}")));

    private static void Gagal(Result hasil, string kode, ErrorKind jenis)
    {
        hasil.Gagal.ShouldBeTrue($"expected {kode}");
        hasil.ErrorUtama!.Kode.ShouldBe(kode);
        hasil.ErrorUtama.Jenis.ShouldBe(jenis);
    }

    /// <summary>Everything an action may change, to prove that a refused one changed nothing.</summary>
    private sealed record Keadaan(
        TahapPelibatanInstansi Tahap, StatusPelibatanInstansi Status, Guid? JabatanBertindak, int Riwayat, string PegawaiDitugaskan, string PegawaiInstansiLain,
        string NomorSuratPermohonan, DateOnly TanggalSuratPermohonan, string? NomorSuratJawaban, DateOnly? TanggalSuratJawaban, string? Alasan)
    {
        public static Keadaan Dari(PelibatanInstansi p) => new(
            p.Tahap, p.Status, p.JabatanBertindak, p.Riwayat.Count, string.Join(",", p.PegawaiDitugaskan), string.Join(",", p.PegawaiInstansiLain),
            p.NomorSuratPermohonan, p.TanggalSuratPermohonan, p.NomorSuratJawaban, p.TanggalSuratJawaban, p.AlasanPengecualianKetersediaan);
    }
}
