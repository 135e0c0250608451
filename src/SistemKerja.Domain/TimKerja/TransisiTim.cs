using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.TimKerja;

public enum StatusTim
{
    /// <summary>Being composed (§6.4 step 1): tasks, personnel, ketua.</summary>
    Draf,

    /// <summary>The decree is set (§8.2); the team works and reports.</summary>
    Ditetapkan,

    /// <summary>The acceptor took the result as meeting the target (§6.2 → Selesai, V-EVA-01).</summary>
    Selesai,

    /// <summary>[P] Ended early by the PUO pemilik kinerja or the signer, with a reason.</summary>
    Dibubarkan,

    /// <summary>
    /// [P] Set, and an amendment is being drafted (DOMAIN.md §15 Q-5 applied to teams): the decree in force stays valid while the
    /// PUO changes the particulars or personnel; reports and results wait until an amending decree is set or the amendment is
    /// abandoned (the composition on record is then the draft, which no decree has set).
    /// </summary>
    DalamPerubahan,
}

/// <summary>Everything that can be done to a team (or, for reports and recommendations, on the strength of it).</summary>
public enum AksiTim
{
    /// <summary>Change the tasks, period, personnel or ketua.</summary>
    UbahSusunan,
    Tetapkan,

    /// <summary>A report (periodic or on request) or a request for one (§9.2).</summary>
    Lapor,
    SampaikanHasil,
    TeruskanHasil,
    KembalikanHasil,
    TerimaHasil,

    /// <summary>The SBS rekomendasi penilaian kinerja (§9.4) may follow the team's end.</summary>
    SusunRekomendasi,
    Bubarkan,

    /// <summary>Open an amendment of a set team (its decree stays in force until the amending one is set).</summary>
    MulaiPerubahan,

    /// <summary>Abandon the amendment: the team returns to what its decree says.</summary>
    BatalkanPerubahan,
}

/// <summary>The team's state machine as an explicit table (house style): the status each action leads to, per status.</summary>
public static class TransisiTim
{
    private static readonly Dictionary<(StatusTim, AksiTim), StatusTim> Tabel = new()
    {
        [(StatusTim.Draf, AksiTim.UbahSusunan)] = StatusTim.Draf,
        [(StatusTim.Draf, AksiTim.Tetapkan)] = StatusTim.Ditetapkan,
        [(StatusTim.Draf, AksiTim.Bubarkan)] = StatusTim.Dibubarkan,

        [(StatusTim.Ditetapkan, AksiTim.Lapor)] = StatusTim.Ditetapkan,
        [(StatusTim.Ditetapkan, AksiTim.SampaikanHasil)] = StatusTim.Ditetapkan,
        [(StatusTim.Ditetapkan, AksiTim.TeruskanHasil)] = StatusTim.Ditetapkan,
        [(StatusTim.Ditetapkan, AksiTim.KembalikanHasil)] = StatusTim.Ditetapkan,
        [(StatusTim.Ditetapkan, AksiTim.TerimaHasil)] = StatusTim.Selesai,
        [(StatusTim.Ditetapkan, AksiTim.SusunRekomendasi)] = StatusTim.Ditetapkan,
        [(StatusTim.Ditetapkan, AksiTim.Bubarkan)] = StatusTim.Dibubarkan,
        [(StatusTim.Ditetapkan, AksiTim.MulaiPerubahan)] = StatusTim.DalamPerubahan,

        // While an amendment is drafted the composition on record is the draft, not the decree: nothing is reported, handed in
        // or assessed on the strength of it until the amending decree is set or the amendment abandoned.
        [(StatusTim.DalamPerubahan, AksiTim.UbahSusunan)] = StatusTim.DalamPerubahan,
        [(StatusTim.DalamPerubahan, AksiTim.Tetapkan)] = StatusTim.Ditetapkan,
        [(StatusTim.DalamPerubahan, AksiTim.BatalkanPerubahan)] = StatusTim.Ditetapkan,
        [(StatusTim.DalamPerubahan, AksiTim.Bubarkan)] = StatusTim.Dibubarkan,

        [(StatusTim.Selesai, AksiTim.SusunRekomendasi)] = StatusTim.Selesai,
        [(StatusTim.Dibubarkan, AksiTim.SusunRekomendasi)] = StatusTim.Dibubarkan,
    };

    /// <summary>The status after <paramref name="aksi"/>, or null when the action is not allowed in <paramref name="status"/>.</summary>
    public static StatusTim? Tujuan(StatusTim status, AksiTim aksi) => Tabel.TryGetValue((status, aksi), out var tujuan) ? tujuan : null;

    public static bool Boleh(StatusTim status, AksiTim aksi) => Tabel.ContainsKey((status, aksi));
}

/// <summary>An action outside the table (e.g. changing the personnel of a team already set).</summary>
public sealed class AksiTimSesuaiStatus(StatusTim status, AksiTim aksi) : IBusinessRule
{
    public string Pesan => status switch
    {
        StatusTim.Draf => "Tim Kerja belum ditetapkan; tindakan ini baru dapat dilakukan setelah keputusan tim ditetapkan.",
        StatusTim.Ditetapkan when aksi == AksiTim.UbahSusunan =>
            "Tim Kerja sudah ditetapkan; susunan dan tugasnya hanya dapat diubah melalui perubahan keputusan. Mulai perubahan terlebih dahulu.",
        StatusTim.Ditetapkan when aksi == AksiTim.BatalkanPerubahan => "Tidak ada perubahan Tim Kerja yang sedang disusun.",
        StatusTim.Ditetapkan => "Tim Kerja sudah ditetapkan.",
        StatusTim.DalamPerubahan => "Perubahan Tim Kerja sedang disusun; laporan, hasil dan rekomendasi dilanjutkan setelah perubahan itu ditetapkan atau dibatalkan.",
        _ => $"Tim Kerja sudah {status.ToString().ToLowerInvariant()}; tindakan ini tidak dapat dilakukan lagi.",
    };

    public bool Dilanggar() => !TransisiTim.Boleh(status, aksi);
}
