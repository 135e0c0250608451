using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.TimKerja;
using static SistemKerja.Domain.Tests.TimKerja.TimUji;

namespace SistemKerja.Domain.Tests.TimKerja;

/// <summary>
/// The ketua suggestion list (§8.3 K6, V-TIM-05) with its explanations. The order a–e is MUBA `001_75f6c752ea8be86f.txt`
/// Ps 10(3); the eligibility flags are the region rules of V-TIM-03/04.
/// </summary>
public sealed class PemeringkatKetuaTests
{
    private static CalonKetua Calon(ProfilPersonel p, CakupanTim cakupan = CakupanTim.DalamUnit) => new(p.PegawaiId!.Value, p, cakupan);

    private static IReadOnlyList<PeringkatCalonKetua> Muba(params CalonKetua[] calon) =>
        PemeringkatKetua.Peringkatkan(calon, K(PresetRegulasi.MusiBanyuasin), strukturMasihMemilikiPengawas: false);

    // Ps 10(3) a–e, one candidate per letter, given in reverse order: the list comes back a, b, c, d, e.
    [Fact]
    public void Peringkatkan_MusiBanyuasin_OrdersByPs10Ayat3AToE()
    {
        var e = Pelaksana(Guid.NewGuid(), "E Pelaksana IV/a", GolonganRuang.IVA);
        var d = Profil(Guid.NewGuid(), "D JF terampil Penyelia", jenjang: JenjangFungsional.Penyelia);
        var c = Pelaksana(Guid.NewGuid(), "C Pelaksana manajerial", GolonganRuang.IIIA, manajerial: true);
        var a = Profil(Guid.NewGuid(), "A JF keahlian Ahli Pertama", jenjang: JenjangFungsional.AhliPertama);
        var b = Profil(Guid.NewGuid(), "B JF keahlian penyetaraan", jenjang: JenjangFungsional.AhliPertama, penyetaraan: true);

        var hasil = Muba(Calon(e), Calon(d), Calon(c), Calon(a), Calon(b));

        hasil.Select(h => (h.Calon.Profil.Nama[0], h.Peringkat, h.PeringkatPrioritas)).ShouldBe(
        [
            ('B', 1, (int?)1), ('A', 2, 2), ('C', 3, 3), ('D', 4, 4), ('E', 5, 5),
        ]);
        hasil.ShouldAllBe(h => h.Layak && h.Kendala.Count == 0 && h.Peringatan.Count == 0);
    }

    [Fact]
    public void Peringkatkan_MusiBanyuasin_ExplainsEachCriterionMet()
    {
        var b = Profil(Putri, "Putri", jenjang: JenjangFungsional.AhliMadya, penyetaraan: true, manajerial: true);
        var e = Pelaksana(Jumiadi, "Jumiadi", GolonganRuang.IIIC);
        var d = Profil(Wury, "Wury", jenjang: JenjangFungsional.Mahir);

        var hasil = Muba(Calon(e), Calon(d), Calon(b));

        hasil[0].Alasan.ShouldBe(
        [
            "Prioritas a: Pejabat Fungsional kategori keahlian.",
            "Prioritas b: Pejabat Fungsional hasil penyetaraan jabatan.",
            "Prioritas c: memiliki pengalaman dan/atau kompetensi manajerial.",
            "Prioritas d: Pejabat Fungsional jenjang Ahli Madya.",
        ]);
        hasil[1].Alasan.ShouldBe(["Pejabat Fungsional kategori keterampilan: tidak termasuk prioritas a dan b.", "Prioritas d: Pejabat Fungsional jenjang Mahir."]);
        hasil[2].Alasan.ShouldBe(["Prioritas e: Pelaksana golongan ruang III/c."]);
    }

    // (d) "jenjang yang paling tinggi": within the same letters, the higher jenjang first.
    [Fact]
    public void Peringkatkan_MusiBanyuasin_HigherJenjangFirstWithinD()
    {
        var pertama = Profil(Guid.NewGuid(), "Ahli Pertama", jenjang: JenjangFungsional.AhliPertama);
        var madya = Profil(Guid.NewGuid(), "Ahli Madya", jenjang: JenjangFungsional.AhliMadya);
        var muda = Profil(Guid.NewGuid(), "Ahli Muda", jenjang: JenjangFungsional.AhliMuda);

        Muba(Calon(pertama), Calon(madya), Calon(muda)).Select(h => h.Calon.Profil.Nama).ShouldBe(["Ahli Madya", "Ahli Muda", "Ahli Pertama"]);
    }

    // (e) "Pangkat/Golongan Ruang tertinggi": IV/a before III/d before III/b; a PPPK (no golongan ruang, Q-12) last.
    [Fact]
    public void Peringkatkan_MusiBanyuasin_HigherGolonganFirstWithinE()
    {
        var iiib = Pelaksana(Guid.NewGuid(), "III/b", GolonganRuang.IIIB);
        var pppk = Pelaksana(Guid.NewGuid(), "PPPK", golongan: null);
        var iva = Pelaksana(Guid.NewGuid(), "IV/a", GolonganRuang.IVA);
        var iiid = Pelaksana(Guid.NewGuid(), "III/d", GolonganRuang.IIID);

        var hasil = Muba(Calon(iiib), Calon(pppk), Calon(iva), Calon(iiid));

        hasil.Select(h => h.Calon.Profil.Nama).ShouldBe(["IV/a", "III/d", "III/b", "PPPK"]);
        hasil[3].Alasan.ShouldBe(["Prioritas e: Pelaksana tanpa golongan ruang PNS (PPPK) ditempatkan di urutan akhir."]);
    }

    // Equal candidates share a rank and keep the caller's order (competition ranking 1, 1, 3).
    [Fact]
    public void Peringkatkan_Ties_ShareRankAndKeepInputOrder()
    {
        var x = Profil(Guid.NewGuid(), "X");
        var y = Profil(Guid.NewGuid(), "Y");
        var z = Pelaksana(Guid.NewGuid(), "Z");

        Muba(Calon(z), Calon(x), Calon(y)).Select(h => (h.Calon.Profil.Nama, h.Peringkat)).ShouldBe([("X", 1), ("Y", 1), ("Z", 3)]);
    }

    // Ps 10(3) prioritises "Pejabat Fungsional dan Pelaksana": a Pengawas (allowed as ketua by T1) comes after them.
    [Fact]
    public void Peringkatkan_MusiBanyuasin_StructuralAfterJfAndPelaksana()
    {
        var pengawas = Pengawas(Guid.NewGuid(), "Kasubbag");
        var pelaksana = Pelaksana(Guid.NewGuid(), "Pelaksana II/a", GolonganRuang.IIA);

        var hasil = Muba(Calon(pengawas), Calon(pelaksana));

        hasil.Select(h => h.Calon.Profil.Nama).ShouldBe(["Pelaksana II/a", "Kasubbag"]);
        hasil[1].Alasan.ShouldBe(["Pejabat Pengawas tidak termasuk urutan prioritas ketua tim (prioritas bagi Pejabat Fungsional dan Pelaksana)."]);
    }

    // T1 kelas ≥ 7 blocks: the best JF by a–e but kelas 6 is ineligible and ranked after the eligible, without a priority rank.
    [Fact]
    public void Peringkatkan_MusiBanyuasin_IneligibleLastWithTheirObstacle()
    {
        var jfKelas6 = Profil(Guid.NewGuid(), "JF kelas 6", jenjang: JenjangFungsional.AhliMadya, kelas: 6);
        var pelaksana = Pelaksana(Guid.NewGuid(), "Pelaksana kelas 7", kelas: 7);

        var hasil = Muba(Calon(jfKelas6), Calon(pelaksana));

        hasil.Select(h => (h.Calon.Profil.Nama, h.Peringkat, h.PeringkatPrioritas, h.Layak)).ShouldBe(
            [("Pelaksana kelas 7", 1, (int?)1, true), ("JF kelas 6", 2, null, false)]);
        hasil[1].Kendala.ShouldBe(["Ketua tim harus memiliki kelas jabatan minimal 7 atau di atasnya (kelas jabatan JF kelas 6 (Analis Kebijakan): 6)."]);
    }

    // K3 "diutamakan": a candidate from another unit stays eligible but goes after those of the unit pemilik kinerja, with a warning.
    // Each is first in priority among those needing no more justification, so neither choice needs a V-TIM-05 reason.
    [Fact]
    public void Peringkatkan_MusiBanyuasin_OtherUnitAfterHomeUnitWithWarning()
    {
        var luar = Profil(Guid.NewGuid(), "Luar Ahli Utama", jenjang: JenjangFungsional.AhliUtama, asal: LintasUnit);
        var dalam = Pelaksana(Guid.NewGuid(), "Dalam Pelaksana");

        var hasil = Muba(Calon(luar, CakupanTim.LintasUnit), Calon(dalam));

        hasil.Select(h => (h.Calon.Profil.Nama, h.Peringkat, h.PeringkatPrioritas)).ShouldBe([("Dalam Pelaksana", 1, (int?)1), ("Luar Ahli Utama", 2, 1)]);
        hasil[1].Peringatan.ShouldBe(["Ketua tim diutamakan berasal dari unit organisasi pemilik kinerja. Sebutkan alasan menunjuk ketua dari unit lain."]);
        hasil[1].Layak.ShouldBeTrue();
    }

    // 002_d52b46878c9378dd.txt Ps 12(6): in TRK the candidate from another unit is not eligible at all.
    [Fact]
    public void Peringkatkan_Tarakan_OtherUnitIneligible()
    {
        var luar = Profil(Guid.NewGuid(), "Luar", asal: LintasPd);

        var hasil = PemeringkatKetua.Peringkatkan([Calon(luar, CakupanTim.LintasPerangkatDaerah)], K(PresetRegulasi.Tarakan), false);

        hasil.Single().Layak.ShouldBeFalse();
        hasil.Single().Kendala.ShouldBe(["Ketua tim harus berasal dari unit organisasi pemilik kinerja."]);
    }

    // HSU Ps 20(3): with Pengawas in the structure, the Pengawas comes first; no a–e order in HSU, so the JF are equal.
    [Fact]
    public void Peringkatkan_HuluSungaiUtaraWithPengawas_PengawasFirstJfWarned()
    {
        var madya = Profil(Guid.NewGuid(), "JF Ahli Madya", jenjang: JenjangFungsional.AhliMadya);
        var pertama = Profil(Guid.NewGuid(), "JF Ahli Pertama", jenjang: JenjangFungsional.AhliPertama);
        var pengawas = Pengawas(Guid.NewGuid(), "Kasubbag Umum");

        var hasil = PemeringkatKetua.Peringkatkan([Calon(madya), Calon(pertama), Calon(pengawas)], K(PresetRegulasi.HuluSungaiUtara), true);

        hasil.Select(h => (h.Calon.Profil.Nama, h.Peringkat, h.PeringkatPrioritas)).ShouldBe(
            [("Kasubbag Umum", 1, (int?)null), ("JF Ahli Madya", 2, null), ("JF Ahli Pertama", 2, null)]);
        hasil[0].Alasan.ShouldBe([PemeringkatKetua.TanpaUrutanPrioritas]);
        hasil[1].Peringatan.Single().ShouldStartWith("Struktur unit ini masih memiliki Pejabat Pengawas");
    }

    // SBS Ps 10(3): a Pelaksana without a degree is listed as ineligible with the reason; a JF is unaffected.
    [Fact]
    public void Peringkatkan_Sambas_PelaksanaWithoutDegreeIneligible()
    {
        var sma = Pelaksana(Guid.NewGuid(), "Pelaksana SMA", pendidikan: Pendidikan.SMA);
        var jf = Profil(Guid.NewGuid(), "JF");

        var hasil = PemeringkatKetua.Peringkatkan([Calon(sma), Calon(jf)], K(PresetRegulasi.Sambas), false);

        hasil.Select(h => (h.Calon.Profil.Nama, h.Layak)).ShouldBe([("JF", true), ("Pelaksana SMA", false)]);
        hasil[1].Kendala.Single().ShouldEndWith("Belum terpenuhi: pendidikan SMA.");
    }

    [Fact]
    public void Peringkatkan_NoCandidates_EmptyList()
    {
        Muba().ShouldBeEmpty();
    }

    // The team's own view leaves out the INHIL penanggung jawab tim (a different role).
    [Fact]
    public void TimPeringkatCalonKetua_IndragiriHilir_ExcludesPenanggungJawabTim()
    {
        var tim = Draf();
        tim.TambahPenanggungJawabTim(new PersonelBaru(Pengawas(Ramon), 10), K(PresetRegulasi.IndragiriHilir)).Berhasil.ShouldBeTrue();
        tim.Anggota(Profil(Wury), PresetRegulasi.IndragiriHilir);

        tim.PeringkatCalonKetua(K(PresetRegulasi.IndragiriHilir), false).Select(p => p.Calon.Profil.PegawaiId).ShouldBe([Wury]);
    }
}
