using Microsoft.Extensions.Configuration;
using SistemKerja.Application.NaskahDinas;

namespace SistemKerja.Infrastructure.NaskahDinas;

/// <summary>The public base address (<c>Aplikasi:UrlPublik</c>) the QR codes point to.</summary>
internal sealed class AlamatPublik(IConfiguration konfigurasi) : IAlamatPublik
{
    public string Verifikasi(string kode) => $"{(konfigurasi["Aplikasi:UrlPublik"] ?? "http://127.0.0.1:5000").TrimEnd('/')}/Verifikasi/{kode}";
}
