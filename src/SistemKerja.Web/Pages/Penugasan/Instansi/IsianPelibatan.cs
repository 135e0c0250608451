namespace SistemKerja.Web.Pages.Penugasan.Instansi;

/// <summary>The four fields of a surat permohonan pelibatan (DOMAIN.md §7.1) and the period, shared by both forms.</summary>
public class IsianPelibatan
{
    public string? MaksudDanTujuan { get; set; }

    public string? KompetensiDibutuhkan { get; set; }

    public string? EkspektasiTargetKinerja { get; set; }

    public DateOnly TanggalMulai { get; set; }

    public DateOnly TanggalSelesai { get; set; }

    public bool PenuhWaktu { get; set; }

    public int AlokasiPersen { get; set; } = 20;
}
