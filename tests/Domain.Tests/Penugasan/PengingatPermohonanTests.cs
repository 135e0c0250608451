using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Domain.Tests.Penugasan;

/// <summary>
/// DOMAIN.md §15 Q-2: no seed sets a deadline for answering a request; the default is a configurable period in working
/// days with reminders, and never an automatic decision. Here: 3 working days (weekends and the region's holidays do not
/// count) before a reminder, 3 more after it before escalation to the official's superior.
/// </summary>
public sealed class PengingatPermohonanTests
{
    // Monday 1 March 2027; Wednesday 3 March is a holiday of this test's calendar.
    private static readonly DateOnly Senin = new(2027, 3, 1);
    private static readonly DateOnly Libur = new(2027, 3, 3);
    private readonly KalenderKerja kalender = new([Libur]);

    [Fact]
    public void HariKerjaSejak_AkhirPekanDanHariLiburTidakDihitung()
    {
        kalender.HariKerja(new DateOnly(2027, 3, 6)).ShouldBeFalse("Saturday");
        kalender.HariKerja(new DateOnly(2027, 3, 7)).ShouldBeFalse("Sunday");
        kalender.HariKerja(Libur).ShouldBeFalse("a listed holiday");
        kalender.HariKerja(Senin).ShouldBeTrue();

        kalender.HariKerjaSejak(Senin, Senin).ShouldBe(0);
        kalender.HariKerjaSejak(Senin, new DateOnly(2027, 3, 5)).ShouldBe(3, "Tue, Thu, Fri (Wed is a holiday)");
        kalender.HariKerjaSejak(Senin, new DateOnly(2027, 3, 8)).ShouldBe(4, "the weekend adds nothing");
        new KalenderKerja([]).HariKerjaSejak(Senin, new DateOnly(2027, 3, 5)).ShouldBe(4);
    }

    [Theory]
    [InlineData(4, TindakanPengingat.Tidak)]   // Thursday: 2 working days (the holiday is skipped)
    [InlineData(5, TindakanPengingat.Ingatkan)] // Friday: 3 working days
    [InlineData(8, TindakanPengingat.Ingatkan)] // Monday after: still due when the job did not run on Friday
    public void Tentukan_BelumDiingatkan_IngatkanSetelahTigaHariKerja(int tanggal, TindakanPengingat harapan) =>
        PenjadwalPengingat.Tentukan(Senin, null, false, new DateOnly(2027, 3, tanggal), kalender, AturanPengingat.Bawaan).ShouldBe(harapan);

    [Theory]
    [InlineData(9, TindakanPengingat.Tidak)]       // reminded Friday 5: Mon, Tue = 2 working days
    [InlineData(10, TindakanPengingat.Eskalasikan)] // Wed 10: 3 working days after the reminder
    public void Tentukan_SudahDiingatkan_EskalasiSetelahPeriodeKedua(int tanggal, TindakanPengingat harapan) =>
        PenjadwalPengingat.Tentukan(Senin, new DateOnly(2027, 3, 5), false, new DateOnly(2027, 3, tanggal), kalender, AturanPengingat.Bawaan).ShouldBe(harapan);

    [Fact]
    public void Tentukan_SudahDieskalasi_TidakAdaTindakanLagi() =>
        PenjadwalPengingat.Tentukan(Senin, new DateOnly(2027, 3, 5), true, new DateOnly(2027, 4, 30), kalender, AturanPengingat.Bawaan).ShouldBe(TindakanPengingat.Tidak);

    [Fact]
    public void Tentukan_PeriodeDaerahLain_MengikutiPengaturan() =>
        PenjadwalPengingat.Tentukan(Senin, null, false, new DateOnly(2027, 3, 2), kalender, new AturanPengingat(1, 5)).ShouldBe(TindakanPengingat.Ingatkan);
}
