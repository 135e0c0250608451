using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.TimKerja;

/// <summary>Steps of the Tim Kerja pages shared by the web tests.</summary>
internal static class TimWeb
{
    /// <summary>
    /// A draft team formed through /Tim/Bentuk for the first unit the form offers (the demo pimpinan's Bidang), from today for
    /// <paramref name="hari"/> days; <paramref name="lain"/> adds or replaces fields. Returns the team's id.
    /// </summary>
    public static async Task<Guid> BentukDrafAsync(AplikasiUji app, HttpClient pimpinan, string nama, string tugas = "Menyusun peta proses bisnis",
        int hari = 60, Dictionary<string, string>? lain = null)
    {
        var bentuk = await HalamanAsync(pimpinan, "/Tim/Bentuk");
        var isian = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(bentuk),
            ["Masukan.UnitId"] = bentuk.QuerySelector("select[name='Masukan.UnitId'] option")!.GetAttribute("value")!,
            ["Masukan.Nama"] = nama,
            ["Masukan.Tugas"] = tugas,
            ["Masukan.JenisTugas"] = "Insidental",
            ["Masukan.TanggalMulai"] = Iso(HariIni(app)),
            ["Masukan.TanggalSelesai"] = Iso(HariIni(app).AddDays(hari)),
        };
        foreach (var (kunci, nilai) in lain ?? [])
        {
            isian[kunci] = nilai;
        }

        return IdDariAlihan(await PostAsync(pimpinan, "/Tim/Bentuk", isian), "/Tim/Detail/");
    }
}
