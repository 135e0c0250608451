using System.ComponentModel.DataAnnotations;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Web.Pages.Tim;

/// <summary>
/// The particulars of a team (DOMAIN.md §8.1) as both forms bind them: drafting a team and changing it. The display names
/// name the field in a binding message (a date or kind typed by hand that is not one).
/// </summary>
public class IsianRincianTim
{
    [Display(Name = "Nama tim")]
    public string? Nama { get; set; }

    [Display(Name = "Tugas tim")]
    public string? Tugas { get; set; }

    [Display(Name = "Sasaran")]
    public string? Sasaran { get; set; }

    [Display(Name = "Satuan")]
    public string? SatuanSasaran { get; set; }

    [Display(Name = "Jenis tugas")]
    public JenisTugasTim JenisTugas { get; set; } = JenisTugasTim.Insidental;

    [Display(Name = "Tanggal mulai")]
    public DateOnly TanggalMulai { get; set; }

    [Display(Name = "Tanggal selesai")]
    public DateOnly TanggalSelesai { get; set; }

    [Display(Name = "Program strategis lintas Perangkat Daerah")]
    public bool ProgramStrategis { get; set; }
}
