using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Application.Organisasi.DaftarPerangkatDaerah;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Admin.Naskah;

/// <summary>
/// BKPSDM sets the number format of each Perangkat Daerah per document kind, sees the next number each format gives,
/// and can preview a format before saving it.
/// </summary>
public sealed class FormatNomorModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Pd { get; set; }

    public IReadOnlyList<PerangkatDaerahRingkas> DaftarPd { get; private set; } = [];

    public FormatNomorPerangkatDaerah? Data { get; private set; }

    [BindProperty]
    public Input Masukan { get; set; } = new();

    /// <summary>The kind whose row shows the typed format and its preview (after Pratinjau or a refused save).</summary>
    public JenisDokumen? Aktif { get; private set; }

    public string? Pratinjau { get; private set; }

    public sealed class Input
    {
        public JenisDokumen Jenis { get; set; }

        public string? Format { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await MuatAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPratinjauAsync(CancellationToken ct)
    {
        if (!await MuatAsync(ct))
        {
            return NotFound();
        }

        Aktif = Masukan.Jenis;
        var cek = FormatNomor.Periksa(Masukan.Format);
        var baris = Data!.Jenis.FirstOrDefault(j => j.Jenis == Masukan.Jenis);
        if (cek.Gagal || baris is null)
        {
            cek.TambahkanKe(ModelState);
            return Page();
        }

        Pratinjau = FormatNomor.Terapkan(Masukan.Format!.Trim(), baris.UrutBerikutnya, Data.HariIni, Data.Singkatan).Teks;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await MuatAsync(ct))
        {
            return NotFound();
        }

        var hasil = await sender.Send(new AturFormatNomorCommand(Pd!.Value, Masukan.Jenis, Masukan.Format), ct);
        if (hasil.Gagal)
        {
            Aktif = Masukan.Jenis;
            hasil.TambahkanKe(ModelState);
            return Page();
        }

        TempData["Pesan"] = $"Format nomor {LabelDokumen.Jenis(Masukan.Jenis)} disimpan.";
        return Redirect($"/Admin/Naskah/FormatNomor?pd={Pd}");
    }

    private async Task<bool> MuatAsync(CancellationToken ct)
    {
        DaftarPd = await sender.Send(new DaftarPerangkatDaerahQuery(), ct);
        if (Pd is null)
        {
            return true;
        }

        var hasil = await sender.Send(new FormatNomorPerangkatDaerahQuery(Pd.Value), ct);
        Data = hasil.Berhasil ? hasil.Nilai : null;
        return Data is not null;
    }
}
