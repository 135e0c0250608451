using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Kepegawaian.AkhiriPemangkuJabatan;
using SistemKerja.Application.Kepegawaian.ProfilPegawai;
using SistemKerja.Application.Organisasi.KedudukanPegawai;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Pegawai;

/// <summary>A pegawai's profile and kedudukan on any date. The query decides who may see it; anyone else gets 404.</summary>
public sealed class DetailModel(ISender sender) : PageModel
{
    public ProfilPegawai Profil { get; private set; } = null!;

    public KedudukanPegawai? Kedudukan { get; private set; }

    /// <summary>"Who was the PPK on …?": the date asked about (today when empty).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Tanggal { get; set; }

    [BindProperty]
    public AkhiriInput Akhiri { get; set; } = new();

    public sealed class AkhiriInput
    {
        public Guid PemangkuJabatanId { get; set; }

        /// <summary>Empty until the admin picks a date (a non-nullable date would show 01/01/0001 in the field).</summary>
        public DateOnly? TanggalSelesai { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await MuatAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAkhiriAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }

        var hasil = await sender.Send(new AkhiriPemangkuJabatanCommand(id, Akhiri.PemangkuJabatanId, Akhiri.TanggalSelesai ?? default, Profil.Versi), ct);
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState, "Akhiri");
            return Page();
        }

        TempData["Pesan"] = "Pemangkuan jabatan diakhiri.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> MuatAsync(Guid id, CancellationToken ct)
    {
        var profil = await sender.Send(new ProfilPegawaiQuery(id), ct);
        if (profil is null)
        {
            return false;
        }

        Profil = profil;
        Kedudukan = await sender.Send(new KedudukanPegawaiQuery(id, Tanggal), ct);
        return true;
    }
}
