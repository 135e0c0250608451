using SistemKerja.Domain.Penugasan;
using PenugasanAgregat = SistemKerja.Domain.Penugasan.Penugasan;

namespace SistemKerja.Domain.TimKerja;

public enum SumberAlokasi
{
    Penugasan,
    TimKerja,
}

/// <summary>One claim on a pegawai's working time: an issued penugasan or a team membership (DOMAIN.md §7.2 [P]).</summary>
/// <param name="PelibatanId">The approved request behind it (Permohonan or PelibatanInstansi), used to count one engagement once.</param>
public sealed record AlokasiKerja(SumberAlokasi Sumber, Guid SumberId, string Uraian, DateOnly Mulai, DateOnly Selesai, int AlokasiPersen, bool PenuhWaktu,
    Guid? PelibatanId = null)
{
    /// <summary>A penugasan that is not cancelled; null otherwise.</summary>
    public static AlokasiKerja? Dari(PenugasanAgregat p) => p.Status == StatusPenugasan.Dibatalkan
        ? null
        : new(SumberAlokasi.Penugasan, p.Id, p.Uraian, p.TanggalMulai, p.TanggalSelesai, p.AlokasiPersen, p.PenuhWaktu, p.PermohonanId ?? p.PelibatanInstansiId);

    /// <summary>
    /// The pegawai's membership of a team that is set; a team that ended (Selesai or Dibubarkan) counts up to the day it ended,
    /// a draft not at all.
    /// </summary>
    public static AlokasiKerja? Dari(Tim tim, Guid pegawaiId)
    {
        if (tim.Status == StatusTim.Draf)
        {
            return null;
        }

        // While an amendment is drafted the load is the decree's: the draft's people and period are not in force yet.
        var (nama, mulai, akhirTim, orang) = tim.Perubahan is { Semula: var semula }
            ? (Tim.Sebutan(semula.Rincian.Nama), semula.Rincian.TanggalMulai, semula.Rincian.TanggalSelesai,
                semula.Personel.FirstOrDefault(x => x.Profil.PegawaiId == pegawaiId) is { } s ? new Keanggotaan(s.Peran, s.AlokasiPersen, s.PenuhWaktu, s.PelibatanId) : null)
            : (tim.SebutanLengkap, tim.TanggalMulai, tim.TanggalSelesai,
                tim.PersonelDariPegawai(pegawaiId) is { } p ? new Keanggotaan(p.Peran, p.AlokasiPersen, p.PenuhWaktu, p.PelibatanId) : null);
        if (orang is null)
        {
            return null;
        }

        var selesai = tim.DiakhiriPada is { } akhir && akhir < akhirTim ? akhir : akhirTim;
        return selesai < mulai
            ? null
            : new(SumberAlokasi.TimKerja, tim.Id, $"{nama} ({Peran(orang.Peran)})", mulai, selesai, orang.Alokasi, orang.PenuhWaktu, orang.PelibatanId);
    }

    public bool Beririsan(DateOnly mulai, DateOnly selesai) => Mulai <= selesai && mulai <= Selesai;

    private static string Peran(PeranTim peran) => peran switch
    {
        PeranTim.Ketua => "ketua",
        PeranTim.PenanggungJawabTim => "penanggung jawab tim",
        _ => "anggota",
    };
}

/// <summary>A pegawai's load in a period (the "beban across teams and assignments" view, DOMAIN.md §7.2, §9.5, TRK Ps 23).</summary>
/// <param name="Rincian">The allocations that touch the period, one per engagement, by start date.</param>
/// <param name="TotalAlokasiPersen">The sum of all of them: what the availability check has used so far (conservative).</param>
/// <param name="PuncakAlokasiPersen">The highest sum on any single day of the period: two consecutive 50 % tasks peak at 50 %.</param>
/// <param name="TanggalPuncak">The first day of that peak; null when nothing touches the period.</param>
/// <param name="JumlahTumpangTindih">Pairs of allocations that run on a common day inside the period.</param>
public sealed record RingkasanBeban(
    DateOnly Mulai,
    DateOnly Selesai,
    IReadOnlyList<AlokasiKerja> Rincian,
    int TotalAlokasiPersen,
    int PuncakAlokasiPersen,
    DateOnly? TanggalPuncak,
    int JumlahTumpangTindih,
    int BebanPokokPersen)
{
    public int JumlahPenugasan => Rincian.Count(r => r.Sumber == SumberAlokasi.Penugasan);

    public int JumlahTim => Rincian.Count(r => r.Sumber == SumberAlokasi.TimKerja);

    public bool AdaPenuhWaktu => Rincian.Any(r => r.PenuhWaktu);

    /// <summary>Beban kerja pokok plus the peak of the additional work.</summary>
    public int BebanPersen => BebanPokokPersen + PuncakAlokasiPersen;

    public bool MelebihiKapasitas => BebanPersen > 100;

    /// <summary>The picture the approval rules read (V-PER-06) for a new allocation in this period, with the conservative sum.</summary>
    public Ketersediaan KetersediaanUntuk(int alokasiBaruPersen) =>
        new(AdaPenuhWaktu, Rincian.Count, BebanPokokPersen + TotalAlokasiPersen + alokasiBaruPersen);
}

/// <summary>
/// Computes a pegawai's load over teams and penugasan for a period (a pure function, DOMAIN.md §7.2 [P]). An engagement that
/// appears both as a penugasan and as a team membership (the same approved pelibatan) is counted once, as the penugasan.
/// </summary>
public static class BebanPegawai
{
    public static RingkasanBeban Hitung(IEnumerable<AlokasiKerja> alokasi, DateOnly mulai, DateOnly selesai, int bebanPokokPersen = Ketersediaan.BebanPokokPersen)
    {
        if (selesai < mulai)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(selesai));
        }

        var semua = alokasi.Where(a => a.Beririsan(mulai, selesai)).ToList();
        var pelibatanPenugasan = semua.Where(a => a.Sumber == SumberAlokasi.Penugasan && a.PelibatanId is not null).Select(a => a.PelibatanId).ToHashSet();
        var rincian = semua
            .Where(a => !(a.Sumber == SumberAlokasi.TimKerja && a.PelibatanId is not null && pelibatanPenugasan.Contains(a.PelibatanId)))
            .DistinctBy(a => (a.Sumber, a.SumberId))
            .OrderBy(a => a.Mulai).ThenBy(a => a.Sumber)
            .ToList();

        var (puncak, tanggal) = Puncak(rincian, mulai, selesai);
        var tumpangTindih = rincian.SelectMany((a, i) => rincian.Skip(i + 1).Where(b => Irisan(a, b, mulai, selesai))).Count();
        return new RingkasanBeban(mulai, selesai, rincian, rincian.Sum(a => a.AlokasiPersen), puncak, tanggal, tumpangTindih, bebanPokokPersen);
    }

    /// <summary>The pegawai's allocations from the penugasan and teams given (cancelled, draft and other people's are left out).</summary>
    public static IReadOnlyList<AlokasiKerja> Kumpulkan(Guid pegawaiId, IEnumerable<PenugasanAgregat> penugasan, IEnumerable<Tim> tim) =>
    [
        .. penugasan.Where(p => p.PegawaiId == pegawaiId).Select(AlokasiKerja.Dari).OfType<AlokasiKerja>(),
        .. tim.Select(t => AlokasiKerja.Dari(t, pegawaiId)).OfType<AlokasiKerja>(),
    ];

    /// <summary>Sweep over the days inside the period: +allocation on the first day, − on the day after the last.</summary>
    private static (int Puncak, DateOnly? Tanggal) Puncak(IReadOnlyList<AlokasiKerja> rincian, DateOnly mulai, DateOnly selesai)
    {
        var perubahan = rincian
            .SelectMany(a => new[]
            {
                (Hari: Maks(a.Mulai, mulai).DayNumber, Delta: a.AlokasiPersen),
                (Hari: Min(a.Selesai, selesai).DayNumber + 1, Delta: -a.AlokasiPersen),
            })
            .GroupBy(x => x.Hari)
            .OrderBy(g => g.Key);
        var (berjalan, puncak, tanggal) = (0, 0, (DateOnly?)null);
        foreach (var hari in perubahan)
        {
            berjalan += hari.Sum(x => x.Delta);
            if (berjalan > puncak)
            {
                (puncak, tanggal) = (berjalan, DateOnly.FromDayNumber(hari.Key));
            }
        }

        return (puncak, tanggal);
    }

    private static bool Irisan(AlokasiKerja a, AlokasiKerja b, DateOnly mulai, DateOnly selesai) =>
        Maks(Maks(a.Mulai, b.Mulai), mulai) <= Min(Min(a.Selesai, b.Selesai), selesai);

    private static DateOnly Maks(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>A person's place in a team as the load counts it.</summary>
internal sealed record Keanggotaan(PeranTim Peran, int Alokasi, bool PenuhWaktu, Guid? PelibatanId);
