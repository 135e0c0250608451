using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.TimKerja.DetailTim;
using SistemKerja.Application.TimKerja.RekomendasiTim;
using SistemKerja.Domain.TimKerja;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Tim;

/// <summary>T9: the ketua or the team's PPK drafts the Rekomendasi Penilaian Kinerja of a member from another unit.</summary>
public sealed class RekomendasiModel(ISender sender) : PageModel
{
    public DetailTim Tim { get; private set; } = null!;

    public PersonelDetail Personel { get; private set; } = null!;

    [BindProperty]
    public Input Masukan { get; set; } = new();

    public sealed class Input
    {
        public DateOnly PeriodeMulai { get; set; }

        public DateOnly PeriodeSelesai { get; set; }

        public RatingKinerja? HasilKerja { get; set; }

        public List<RatingKinerja?> PerilakuKerja { get; set; } = [];

        public PredikatKinerja? Predikat { get; set; }

        public string? Catatan { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid personelId, CancellationToken ct)
    {
        if (!await MuatAsync(id, personelId, ct))
        {
            return NotFound();
        }

        Masukan.PeriodeMulai = Tim.TanggalMulai;
        Masukan.PeriodeSelesai = Tim.TanggalSelesai;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid personelId, CancellationToken ct)
    {
        if (!await MuatAsync(id, personelId, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var m = Masukan;
        var hasil = await sender.Send(new SusunRekomendasiCommand(id, personelId, m.PeriodeMulai, m.PeriodeSelesai, m.HasilKerja, m.PerilakuKerja, m.Predikat, m.Catatan), ct);
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState);
            return Page();
        }

        TempData["Pesan"] = "Rekomendasi disimpan sebagai draf; Pejabat Penilai Kinerja tim menandatangani dan mengirimnya.";
        return Redirect($"/Tim/Detail/{id}");
    }

    private async Task<bool> MuatAsync(Guid id, Guid personelId, CancellationToken ct)
    {
        var tim = await sender.Send(new DetailTimQuery(id), ct);
        var personel = tim?.Personel.SingleOrDefault(p => p.Id == personelId);
        if (tim is null || personel is null || !tim.BolehMenyusunRekomendasi)
        {
            return false;
        }

        (Tim, Personel) = (tim, personel);
        return true;
    }
}
