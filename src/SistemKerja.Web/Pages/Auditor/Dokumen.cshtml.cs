using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Application.Organisasi.DaftarPerangkatDaerah;
using SistemKerja.Domain.Dokumen;

namespace SistemKerja.Web.Pages.Auditor;

/// <summary>The auditor's document search with single and zip downloads (each download is logged).</summary>
public sealed class DokumenModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Saringan Filter { get; set; } = new();

    [BindProperty]
    public List<Guid>? Pilih { get; set; }

    public HalamanDokumen Halaman { get; private set; } = new([], 0, 1, 50);

    public IReadOnlyList<PerangkatDaerahRingkas> PerangkatDaerah { get; private set; } = [];

    public sealed class Saringan
    {
        public Guid? PerangkatDaerahId { get; set; }

        public JenisDokumen? Jenis { get; set; }

        public DateOnly? Dari { get; set; }

        public DateOnly? Sampai { get; set; }

        public string? Pegawai { get; set; }

        public string? Penandatangan { get; set; }

        public int Halaman { get; set; } = 1;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await MuatAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostZipAsync(CancellationToken ct)
    {
        var hasil = await sender.Send(new UnduhArsipCommand(Pilih ?? []), ct);
        if (hasil.Gagal)
        {
            foreach (var e in hasil.Errors)
            {
                ModelState.AddModelError(string.Empty, e.Pesan);
            }

            await MuatAsync(ct);
            return Page();
        }

        return File(hasil.Nilai.Isi, hasil.Nilai.JenisKonten, hasil.Nilai.NamaBerkas);
    }

    /// <summary>The same search on another page.</summary>
    public string Tautan(int halaman)
    {
        var f = Filter;
        var bagian = new List<string> { $"Filter.Halaman={halaman}" };
        void Tambah(string nama, string? nilai)
        {
            if (!string.IsNullOrEmpty(nilai))
            {
                bagian.Add($"Filter.{nama}={Uri.EscapeDataString(nilai)}");
            }
        }

        Tambah(nameof(f.PerangkatDaerahId), f.PerangkatDaerahId?.ToString());
        Tambah(nameof(f.Jenis), f.Jenis?.ToString());
        Tambah(nameof(f.Dari), f.Dari?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Tambah(nameof(f.Sampai), f.Sampai?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Tambah(nameof(f.Pegawai), f.Pegawai);
        Tambah(nameof(f.Penandatangan), f.Penandatangan);
        return "?" + string.Join("&", bagian);
    }

    private async Task MuatAsync(CancellationToken ct)
    {
        PerangkatDaerah = await sender.Send(new DaftarPerangkatDaerahQuery(), ct);
        if (!ModelState.IsValid)
        {
            return;
        }

        var f = Filter;
        var hasil = await sender.Send(new CariDokumenQuery(f.PerangkatDaerahId, f.Jenis, f.Dari, f.Sampai, f.Pegawai, f.Penandatangan, f.Halaman), ct);
        if (hasil.Berhasil)
        {
            Halaman = hasil.Nilai;
        }
    }
}
