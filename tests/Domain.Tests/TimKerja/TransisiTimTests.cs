using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Domain.Tests.TimKerja;

/// <summary>The team's state machine (house style: an explicit table, tested over every status and action).</summary>
public sealed class TransisiTimTests
{
    /// <summary>The expected table, written out independently of <see cref="TransisiTim"/>: "-" means refused.</summary>
    private static readonly Dictionary<StatusTim, string> Diharapkan = new()
    {
        //                                  UbahSusunan Tetapkan   Lapor      Sampaikan  Teruskan   Kembalikan Terima     Rekomendasi Bubarkan  MulaiPerubahan BatalkanPerubahan
        [StatusTim.Draf] = string.Join(",", "Draf", "Ditetapkan", "-", "-", "-", "-", "-", "-", "Dibubarkan", "-", "-"),
        [StatusTim.Ditetapkan] = string.Join(",", "-", "-", "Ditetapkan", "Ditetapkan", "Ditetapkan", "Ditetapkan", "Selesai", "Ditetapkan", "Dibubarkan",
            "DalamPerubahan", "-"),
        [StatusTim.Selesai] = string.Join(",", "-", "-", "-", "-", "-", "-", "-", "Selesai", "-", "-", "-"),
        [StatusTim.Dibubarkan] = string.Join(",", "-", "-", "-", "-", "-", "-", "-", "Dibubarkan", "-", "-", "-"),

        // An amendment being drafted: composed like a draft; reports, results and recommendations wait for it to be settled.
        [StatusTim.DalamPerubahan] = string.Join(",", "DalamPerubahan", "Ditetapkan", "-", "-", "-", "-", "-", "-", "Dibubarkan", "-", "Ditetapkan"),
    };

    public static TheoryData<StatusTim> SemuaStatus => [.. Enum.GetValues<StatusTim>()];

    [Theory]
    [MemberData(nameof(SemuaStatus))]
    public void Tujuan_EveryActionInStatus_MatchesTable(StatusTim status)
    {
        var baris = string.Join(",", Enum.GetValues<AksiTim>().Select(a => TransisiTim.Tujuan(status, a)?.ToString() ?? "-"));

        baris.ShouldBe(Diharapkan[status]);
    }

    [Fact]
    public void Table_CoversEveryActionColumn()
    {
        Enum.GetValues<AksiTim>().Length.ShouldBe(11);
        Diharapkan.Keys.ShouldBe(Enum.GetValues<StatusTim>(), ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(SemuaStatus))]
    public void AksiTimSesuaiStatus_AgreesWithTable(StatusTim status)
    {
        foreach (var aksi in Enum.GetValues<AksiTim>())
        {
            new AksiTimSesuaiStatus(status, aksi).Dilanggar().ShouldBe(!TransisiTim.Boleh(status, aksi), $"{status} × {aksi}");
        }
    }

    [Theory]
    [InlineData(StatusTim.Selesai, "Tim Kerja sudah selesai; tindakan ini tidak dapat dilakukan lagi.")]
    [InlineData(StatusTim.Dibubarkan, "Tim Kerja sudah dibubarkan; tindakan ini tidak dapat dilakukan lagi.")]
    [InlineData(StatusTim.Draf, "Tim Kerja belum ditetapkan; tindakan ini baru dapat dilakukan setelah keputusan tim ditetapkan.")]
    public void AksiTimSesuaiStatus_Message_NamesTheStatus(StatusTim status, string pesan)
    {
        new AksiTimSesuaiStatus(status, AksiTim.Lapor).Pesan.ShouldBe(pesan);
    }
}
