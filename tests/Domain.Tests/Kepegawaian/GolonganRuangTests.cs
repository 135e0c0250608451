using System.Text.RegularExpressions;
using SistemKerja.Domain.Kepegawaian;

namespace SistemKerja.Domain.Tests.Kepegawaian;

public sealed class GolonganRuangTests
{
    // DOMAIN.md §3.2: "Compare golongan ruang as an ordered enum; do not compare strings."
    // 004_af01d94e9933b5a2.txt Ps 10(3)b needs "golongan minimal III/b" for a Pelaksana as ketua.
    [Theory]
    [InlineData(GolonganRuang.IIIB, GolonganRuang.IIIA)]
    [InlineData(GolonganRuang.IIIC, GolonganRuang.IIIB)]
    [InlineData(GolonganRuang.IVA, GolonganRuang.IIID)]
    [InlineData(GolonganRuang.IIA, GolonganRuang.ID)]
    [InlineData(GolonganRuang.IIIA, GolonganRuang.IID)]
    [InlineData(GolonganRuang.IVE, GolonganRuang.IVD)]
    public void Compare_HigherGolongan_IsGreater(GolonganRuang lebihTinggi, GolonganRuang lebihRendah)
    {
        (lebihTinggi > lebihRendah).ShouldBeTrue();
        lebihTinggi.CompareTo(lebihRendah).ShouldBePositive();
    }

    [Fact]
    public void Compare_AllValuesInDeclarationOrder_AreStrictlyIncreasing()
    {
        GolonganRuang[] urutanResmi =
        [
            GolonganRuang.IA, GolonganRuang.IB, GolonganRuang.IC, GolonganRuang.ID,
            GolonganRuang.IIA, GolonganRuang.IIB, GolonganRuang.IIC, GolonganRuang.IID,
            GolonganRuang.IIIA, GolonganRuang.IIIB, GolonganRuang.IIIC, GolonganRuang.IIID,
            GolonganRuang.IVA, GolonganRuang.IVB, GolonganRuang.IVC, GolonganRuang.IVD, GolonganRuang.IVE,
        ];

        Enum.GetValues<GolonganRuang>().Order().ShouldBe(urutanResmi);
    }

    [Theory]
    [InlineData(GolonganRuang.IA, "I/a")]
    [InlineData(GolonganRuang.ID, "I/d")]
    [InlineData(GolonganRuang.IIB, "II/b")]
    [InlineData(GolonganRuang.IIIB, "III/b")]
    [InlineData(GolonganRuang.IIID, "III/d")]
    [InlineData(GolonganRuang.IVB, "IV/b")]
    [InlineData(GolonganRuang.IVE, "IV/e")]
    public void Kode_Golongan_IsRomanSlashLowercaseLetter(GolonganRuang golongan, string kode)
    {
        golongan.Kode().ShouldBe(kode);
    }

    [Fact]
    public void Kode_AllValues_AreDistinctAndWellFormed()
    {
        var kode = Enum.GetValues<GolonganRuang>().Select(g => g.Kode()).ToList();

        kode.ShouldBeUnique();
        kode.ShouldAllBe(k => Regex.IsMatch(k, "^(I|II|III|IV)/[a-e]$"));
    }

    // [B] Pangkat names of PNS (PP 99/2000 as amended). The seed 003_a712a2c678725951.txt prints "Pembina Tingkat I (IV/b)".
    [Theory]
    [InlineData(GolonganRuang.IA, "Juru Muda")]
    [InlineData(GolonganRuang.IB, "Juru Muda Tingkat I")]
    [InlineData(GolonganRuang.IC, "Juru")]
    [InlineData(GolonganRuang.ID, "Juru Tingkat I")]
    [InlineData(GolonganRuang.IIA, "Pengatur Muda")]
    [InlineData(GolonganRuang.IIB, "Pengatur Muda Tingkat I")]
    [InlineData(GolonganRuang.IIC, "Pengatur")]
    [InlineData(GolonganRuang.IID, "Pengatur Tingkat I")]
    [InlineData(GolonganRuang.IIIA, "Penata Muda")]
    [InlineData(GolonganRuang.IIIB, "Penata Muda Tingkat I")]
    [InlineData(GolonganRuang.IIIC, "Penata")]
    [InlineData(GolonganRuang.IIID, "Penata Tingkat I")]
    [InlineData(GolonganRuang.IVA, "Pembina")]
    [InlineData(GolonganRuang.IVB, "Pembina Tingkat I")]
    [InlineData(GolonganRuang.IVC, "Pembina Utama Muda")]
    [InlineData(GolonganRuang.IVD, "Pembina Utama Madya")]
    [InlineData(GolonganRuang.IVE, "Pembina Utama")]
    public void Pangkat_Golongan_IsOfficialName(GolonganRuang golongan, string pangkat)
    {
        golongan.Pangkat().ShouldBe(pangkat);
    }

    [Fact]
    public void Pangkat_EveryGolongan_HasAName()
    {
        foreach (var golongan in Enum.GetValues<GolonganRuang>())
        {
            golongan.Pangkat().ShouldNotBeNullOrWhiteSpace();
        }
    }

    // 003_a712a2c678725951.txt signature block: "Pembina Tingkat I (IV/b)".
    [Fact]
    public void PangkatDanGolongan_IVB_MatchesInhilSignatureBlock()
    {
        GolonganRuang.IVB.PangkatDanGolongan().ShouldBe("Pembina Tingkat I (IV/b)");
    }

    [Theory]
    [InlineData(GolonganRuang.IIIB, "Penata Muda Tingkat I (III/b)")]
    [InlineData(GolonganRuang.IA, "Juru Muda (I/a)")]
    [InlineData(GolonganRuang.IVE, "Pembina Utama (IV/e)")]
    public void PangkatDanGolongan_Golongan_IsPangkatThenKodeInParentheses(GolonganRuang golongan, string teks)
    {
        golongan.PangkatDanGolongan().ShouldBe(teks);
    }

    // [B] Perpres 98/2020: PPPK grades I … XVII.
    [Fact]
    public void GolonganPppk_Values_RunFromITo17()
    {
        var nilai = Enum.GetValues<GolonganPppk>().Select(g => (int)g).ToList();

        nilai.ShouldBe(Enumerable.Range(1, 17));
        ((int)GolonganPppk.IX).ShouldBe(9);
        ((int)GolonganPppk.XVII).ShouldBe(17);
    }
}
