using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Domain.Tests.Penugasan;

/// <summary>
/// The officials around one request, with fixed ids so that a planned step can be named by its role
/// ("PUO asal", "PPK asal"…). Seed files: 000_f720e179c5bde346.txt HSU, 001_75f6c752ea8be86f.txt MUBA,
/// 002_d52b46878c9378dd.txt TRK, 003_a712a2c678725951.txt INHIL, 004_af01d94e9933b5a2.txt SBS.
/// </summary>
internal static class PenugasanUji
{
    public const string PuoAsal = "PUO asal";
    public const string PpkAsal = "PPK asal";
    public const string KepalaPdAsal = "Kepala PD asal";
    public const string PuoPemilikKinerja = "PUO pemilik kinerja";
    public const string Pegawai = "pegawai";

    public static readonly DateOnly HariIni = DataUji.HariIni;
    public static readonly DateTimeOffset Waktu = new(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(8));

    // Positions (jabatan) and the people who hold them.
    public static readonly Guid JabatanPuoAsal = Guid.Parse("a0000000-0000-0000-0000-000000000001");
    public static readonly Guid JabatanPpkAsal = Guid.Parse("a0000000-0000-0000-0000-000000000002");
    public static readonly Guid JabatanKepalaPdAsal = Guid.Parse("a0000000-0000-0000-0000-000000000003");
    public static readonly Guid JabatanPuoPemilikKinerja = Guid.Parse("a0000000-0000-0000-0000-000000000004");
    public static readonly Guid JabatanPegawai = Guid.Parse("a0000000-0000-0000-0000-000000000005");

    public static readonly Guid PegawaiPuoAsal = Guid.Parse("b0000000-0000-0000-0000-000000000001");
    public static readonly Guid PegawaiPpkAsal = Guid.Parse("b0000000-0000-0000-0000-000000000002");
    public static readonly Guid PegawaiKepalaPdAsal = Guid.Parse("b0000000-0000-0000-0000-000000000003");
    public static readonly Guid PegawaiPuoPemilikKinerja = Guid.Parse("b0000000-0000-0000-0000-000000000004");
    public static readonly Guid PegawaiDitugaskan = Guid.Parse("b0000000-0000-0000-0000-000000000005");
    public static readonly Guid PegawaiLain = Guid.Parse("b0000000-0000-0000-0000-000000000099");

    public static readonly Guid UnitPemilikKinerja = Guid.Parse("c0000000-0000-0000-0000-000000000001");

    public static readonly PresetRegulasi[] SemuaPreset =
    [
        PresetRegulasi.HuluSungaiUtara, PresetRegulasi.MusiBanyuasin, PresetRegulasi.Tarakan, PresetRegulasi.IndragiriHilir, PresetRegulasi.Sambas,
    ];

    public static Pejabat PejabatPuoAsal => new(JabatanPuoAsal, "Kepala Bidang Pembinaan Sekolah Dasar", PegawaiPuoAsal, "Dra. Nurhayati");

    public static Pejabat PejabatPpkAsal => new(JabatanPpkAsal, "Kepala Seksi Kurikulum", PegawaiPpkAsal, "Bambang Sutrisno, S.Pd.");

    public static Pejabat PejabatKepalaPdAsal => new(JabatanKepalaPdAsal, "Kepala Dinas Pendidikan", PegawaiKepalaPdAsal, "Drs. H. Ahmad Yani, M.Pd.");

    public static Pejabat PejabatPuoPemilikKinerja => new(JabatanPuoPemilikKinerja, "Kepala Bidang Perencanaan", PegawaiPuoPemilikKinerja, "Ir. Rahmat Hidayat");

    public static PihakLangkah PihakPegawai => new(null, PegawaiDitugaskan, "Pengolah Data (Siti Aminah)");

    /// <summary>Every official resolved, each in a different position.</summary>
    public static PejabatTerkait Lengkap() =>
        new(PihakPegawai, PejabatPuoAsal, PejabatPpkAsal, PejabatKepalaPdAsal, PejabatPuoPemilikKinerja);

    public static KebijakanPenugasan Kebijakan(PresetRegulasi preset) => KebijakanPenugasan.DariPreset(preset);

    public static RencanaAlur Rencana(JenisPermohonan jenis, PresetRegulasi preset, PejabatTerkait? pejabat = null) =>
        PerencanaAlur.Rencanakan(jenis, Kebijakan(preset), pejabat ?? Lengkap());

    /// <summary>A complete surat permohonan pelibatan (the four fields of DOMAIN.md §7.1), starting today for a month, 20 %.</summary>
    public static RincianPermohonan Rincian(string? namaTim = null) => new(
        PegawaiDitugaskan,
        JabatanPegawai,
        UnitPemilikKinerja,
        "Penyusunan Rencana Strategis Dinas 2027–2031",
        "Analisis data kinerja dan penyusunan indikator",
        "Dokumen rancangan Renstra tersusun dan disepakati",
        HariIni,
        HariIni.AddDays(30),
        PenuhWaktu: false,
        AlokasiPersen: 20,
        NamaTimKerja: namaTim,
        Lisan: false);

    public static Result<Permohonan> Ajukan(JenisPermohonan jenis, PresetRegulasi preset, RincianPermohonan? rincian = null,
        CakupanPenugasan cakupan = CakupanPenugasan.LintasUnit, PejabatTerkait? pejabat = null) =>
        Permohonan.Ajukan(jenis, cakupan, rincian ?? Rincian(namaTim: "Tim Penyusun Renstra"), PemohonPegawaiId(jenis), "Pemohon Uji",
            Rencana(jenis, preset, pejabat), Kebijakan(preset), HariIni, Waktu);

    /// <summary>A submitted request; fails the test if it was refused.</summary>
    public static Permohonan Diajukan(JenisPermohonan jenis, PresetRegulasi preset, RincianPermohonan? rincian = null, PejabatTerkait? pejabat = null)
    {
        var hasil = Ajukan(jenis, preset, rincian, pejabat: pejabat);
        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        return hasil.Nilai;
    }

    /// <summary>WF-3 is sent by the PUO pemilik kinerja; WF-5/WF-6 by the pegawai themself.</summary>
    public static Guid PemohonPegawaiId(JenisPermohonan jenis) =>
        jenis == JenisPermohonan.PenunjukanLintasUnit ? PegawaiPuoPemilikKinerja : PegawaiDitugaskan;

    /// <summary>The person who holds a position (or the named pegawai of a step).</summary>
    public static Guid Pemegang(Guid jabatanId) =>
        jabatanId == JabatanPuoAsal ? PegawaiPuoAsal
        : jabatanId == JabatanPpkAsal ? PegawaiPpkAsal
        : jabatanId == JabatanKepalaPdAsal ? PegawaiKepalaPdAsal
        : jabatanId == JabatanPuoPemilikKinerja ? PegawaiPuoPemilikKinerja
        : throw new ArgumentOutOfRangeException(nameof(jabatanId), jabatanId, "Unknown position.");

    public static string Peran(Guid? id) =>
        id == JabatanPuoAsal ? PuoAsal
        : id == JabatanPpkAsal ? PpkAsal
        : id == JabatanKepalaPdAsal ? KepalaPdAsal
        : id == JabatanPuoPemilikKinerja ? PuoPemilikKinerja
        : id == PegawaiDitugaskan ? Pegawai
        : $"? {id}";

    /// <summary>"Jenis:role" per step, with "/role" for the second position that may act, joined by " | ".</summary>
    public static string Urutan(IEnumerable<LangkahPermohonan> langkah) => string.Join(" | ", langkah.Select(l =>
        $"{l.Jenis}:{Peran(l.PegawaiId ?? l.JabatanId)}{(l.JabatanLainId is { } lain ? "/" + Peran(lain) : string.Empty)}"));

    public static string Tembusan(IEnumerable<TembusanPermohonan> tembusan) => string.Join(", ", tembusan.Select(t => Peran(t.JabatanId)));

    /// <summary>
    /// The holder of the waiting step approves it, with a clean availability picture and all three attestations under the
    /// strictest policy (MUBA, Wajib), so the call passes in every region.
    /// </summary>
    public static Result<bool> SetujuiOlehPemegang(Permohonan p, string? catatan = null)
    {
        var (pegawai, jabatan) = PemegangLangkah(p.LangkahMenunggu!);
        return p.Setujui(pegawai, "Pejabat Uji", jabatan, catatan, KetersediaanLonggar, PernyataanLengkap, Kebijakan(PresetRegulasi.MusiBanyuasin), Waktu);
    }

    public static (Guid Pegawai, Guid[] Jabatan) PemegangLangkah(LangkahPermohonan l) =>
        l.PegawaiId is { } pegawai ? (pegawai, []) : (Pemegang(l.JabatanId!.Value), [l.JabatanId!.Value]);

    public static Ketersediaan KetersediaanLonggar => new(AdaPenuhWaktuTumpangTindih: false, JumlahTumpangTindih: 0, BebanPersen: Ketersediaan.BebanPokokPersen + 20);

    public static PernyataanKetersediaan PernyataanLengkap => new(WaktuDiluarBebanKerja: true, WaktuDiluarPenugasanLain: true, KompetensiRelevan: true, AlasanPengecualian: null);
}
