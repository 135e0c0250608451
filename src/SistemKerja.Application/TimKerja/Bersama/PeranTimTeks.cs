using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.TimKerja.Bersama;

/// <summary>Labels of the team vocabulary, as the pages and documents print them (scope and decree authority: the domain's Label()).</summary>
public static class PeranTimTeks
{
    public static string Label(PeranTim peran) => peran switch
    {
        PeranTim.Ketua => "Ketua Tim",
        PeranTim.PenanggungJawabTim => "Penanggung Jawab Tim",
        _ => "Anggota Tim",
    };

    public static string Label(StatusTim status) => status switch
    {
        StatusTim.Draf => "Draf",
        StatusTim.Ditetapkan => "Ditetapkan (berjalan)",
        StatusTim.Selesai => "Selesai",
        StatusTim.DalamPerubahan => "Ditetapkan (perubahan sedang disusun)",
        _ => "Dibubarkan",
    };
}
