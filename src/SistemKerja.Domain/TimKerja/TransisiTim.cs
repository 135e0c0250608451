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
        StatusTim.Ditetapkan when aksi == AksiTim.UbahSusunan => "Tim Kerja sudah ditetapkan; susunan dan tugasnya tidak dapat diubah tanpa keputusan perubahan.",
        StatusTim.Ditetapkan => "Tim Kerja sudah ditetapkan.",
        _ => $"Tim Kerja sudah {status.ToString().ToLowerInvariant()}; tindakan ini tidak dapat dilakukan lagi.",
    };

    public bool Dilanggar() => !TransisiTim.Boleh(status, aksi);
}
