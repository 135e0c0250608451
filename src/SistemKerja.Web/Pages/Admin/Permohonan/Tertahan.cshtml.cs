using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.AlurPenugasan.KirimPengingat;
using SistemKerja.Application.AlurPenugasan.PermohonanTertahan;

namespace SistemKerja.Web.Pages.Admin.Permohonan;

/// <summary>Requests waiting longer than the region's reminder period, by Perangkat Daerah, oldest first.</summary>
public sealed class TertahanModel(ISender sender, PengaturanPengingat pengaturan) : PageModel
{
    public IReadOnlyList<KelompokTertahan> Kelompok { get; private set; } = [];

    public int BatasHariKerja => pengaturan.Aturan().BatasPengingat;

    public int BatasEskalasiHariKerja => pengaturan.Aturan().BatasEskalasi;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var hasil = await sender.Send(new DaftarPermohonanTertahanQuery(), ct);
        Kelompok = hasil.Berhasil ? hasil.Nilai : [];
    }
}
