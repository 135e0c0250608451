using System.Globalization;
using SistemKerja.Domain.Kepegawaian;

namespace SistemKerja.Web.Infrastructure;

/// <summary>Display helpers: Indonesian dates ("20 Januari 2025") and grouped NIPs.</summary>
public static class Tampilan
{
    public static readonly CultureInfo Indonesia = CultureInfo.GetCultureInfo("id-ID");

    public static string Tanggal(DateOnly tanggal) => tanggal.ToString("d MMMM yyyy", Indonesia);

    public static string Tanggal(DateOnly? tanggal) => tanggal is { } t ? Tanggal(t) : "sekarang";

    public static string WaktuWib(DateTimeOffset waktu) =>
        TimeZoneInfo.ConvertTime(waktu, TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta")).ToString("d MMMM yyyy HH.mm 'WIB'", Indonesia);

    public static string Nip(string nip) => nip.Length == 18 ? $"{nip[..8]} {nip[8..14]} {nip[14]} {nip[15..]}" : nip;

    public static string Golongan(GolonganRuang? g, GolonganPppk? p) => Kepangkatan.Teks(g, p);
}
