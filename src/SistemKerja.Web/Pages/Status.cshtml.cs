using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SistemKerja.Web.Pages;

/// <summary>Friendly pages for 400/403/404/405 and other status codes without a body.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Judul { get; private set; } = "";

    public string Keterangan { get; private set; } = "";

    // From the query only: a re-executed POST keeps its form, whose own fields (e.g. the verification page's "Kode") must not win.
    public void OnGet([FromQuery(Name = "kode")] int kode) => Isi(kode);

    public void OnPost([FromQuery(Name = "kode")] int kode) => Isi(kode);

    private void Isi(int kode)
    {
        (Judul, Keterangan) = kode switch
        {
            404 => ("Halaman tidak ditemukan", "Halaman atau data yang Anda cari tidak ada, atau Anda tidak berwenang melihatnya."),
            403 => ("Akses ditolak", "Anda tidak berwenang membuka halaman ini."),
            429 => ("Terlalu banyak permintaan", "Anda mengirim terlalu banyak pemeriksaan dalam waktu singkat. Tunggu sekitar satu menit, lalu coba lagi."),
            400 => ("Permintaan tidak valid", "Permintaan tidak dapat diproses. Muat ulang halaman lalu coba lagi."),
            _ => ("Permintaan tidak dapat diproses", $"Kode status {kode}."),
        };
    }
}
