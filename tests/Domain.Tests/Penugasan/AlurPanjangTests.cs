using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using static SistemKerja.Domain.Tests.Penugasan.PenugasanUji;

namespace SistemKerja.Domain.Tests.Penugasan;

/// <summary>WF-4, the long flow through the Pejabat yang Berwenang (DOMAIN.md §6.6), inside the Pemerintah Daerah (INHIL).</summary>
public sealed class AlurPanjangTests
{
    private static readonly Guid JabatanKepalaPdPemohon = Guid.Parse("a0000000-0000-0000-0000-000000000006");

    private static Pejabat KepalaPdPemohon => new(JabatanKepalaPdPemohon, "Kepala Dinas Kesehatan", Guid.NewGuid(), "dr. H. Rahmat");

    private static PejabatTerkait DenganPybPemohon() => Lengkap() with { KepalaPerangkatDaerahPemilikKinerja = KepalaPdPemohon };

    private static string Urutan(RencanaAlur r) => string.Join(" | ", r.Langkah.Select(l =>
        $"{l.Jenis}:{(l.JabatanId == JabatanKepalaPdPemohon ? "PyB pemohon" : Peran(l.JabatanId ?? l.PegawaiId))}"));

    // 003_a712a2c678725951.txt Lampiran C.1.c.1–5: PUO pemilik kinerja → PyB (Kepala PD) pemohon → PyB tujuan instructs the
    // PUO → the PUO answers the availability → PyB tujuan sends the answer → the PUO tujuan gives the surat penugasan,
    // tembusan to the PyB of the PD concerned, the PUO concerned and the PyB of the requesting PD (c.5.c).
    [Fact]
    public void Rencanakan_IndragiriHilirLintasPerangkatDaerah_AlurPanjangMelaluiPejabatYangBerwenang()
    {
        var r = PerencanaAlur.Rencanakan(JenisPermohonan.PenunjukanLintasUnit, Kebijakan(PresetRegulasi.IndragiriHilir), DenganPybPemohon(),
            CakupanPenugasan.LintasPerangkatDaerah);

        r.Kendala.ShouldBeNull();
        Urutan(r).ShouldBe("Rekomendasi:PyB pemohon | Rekomendasi:Kepala PD asal | Keputusan:PUO asal | Rekomendasi:Kepala PD asal | PenerbitanSuratTugas:PUO asal");
        r.Tembusan.Select(t => t.JabatanId).ShouldBe([JabatanKepalaPdAsal, JabatanPuoAsal, JabatanKepalaPdPemohon]);
    }

    // 003_a712a2c678725951.txt Lampiran C.1.c.5.c copies the PUO concerned, who in this flow is also the official giving the
    // surat penugasan: the printed Surat Tugas names every other copy, not its own signer.
    [Fact]
    public void TembusanSuratTugas_PenandatanganTermasukTembusan_TidakDicantumkanUntukDirinyaSendiri()
    {
        var kebijakan = Kebijakan(PresetRegulasi.IndragiriHilir);
        var rencana = PerencanaAlur.Rencanakan(JenisPermohonan.PenunjukanLintasUnit, kebijakan, DenganPybPemohon(), CakupanPenugasan.LintasPerangkatDaerah);
        var p = Permohonan.Ajukan(JenisPermohonan.PenunjukanLintasUnit, CakupanPenugasan.LintasPerangkatDaerah, Rincian(namaTim: "Tim Penyusun Renstra"),
            PemohonPegawaiId(JenisPermohonan.PenunjukanLintasUnit), "Pemohon Uji", rencana, kebijakan, HariIni, Waktu).Nilai;
        var semua = p.Tembusan.Select(t => t.Jabatan).ToList();

        p.TembusanSuratTugas(JabatanPuoAsal).ShouldBe(semua.Where(j => j != PejabatPuoAsal.Jabatan));
        p.TembusanSuratTugas(JabatanPuoAsal).ShouldNotContain(PejabatPuoAsal.Jabatan);
        p.TembusanSuratTugas(Guid.NewGuid()).ShouldBe(semua);
    }

    // The same request inside one Perangkat Daerah keeps INHIL's short flow (Lampiran C.1.b): the long flow is for lintas PD.
    [Fact]
    public void Rencanakan_IndragiriHilirLintasUnitDalamPd_TetapAlurPendek()
    {
        var r = PerencanaAlur.Rencanakan(JenisPermohonan.PenunjukanLintasUnit, Kebijakan(PresetRegulasi.IndragiriHilir), DenganPybPemohon(),
            CakupanPenugasan.LintasUnit);

        Urutan(r).ShouldBe("Rekomendasi:PPK asal | Keputusan:PUO asal");
    }

    // HSU Ps 14d / TRK Lampiran B.1.c(4): the PPK answers "dengan rekomendasi" of the PUO. A region configured with the long
    // flow for lintas PD and that answering official gets the PUO's recommendation before the PPK's answer.
    [Fact]
    public void Rencanakan_PenjawabPpkDenganRekomendasiPuo_RekomendasiSebelumJawaban()
    {
        var k = Kebijakan(PresetRegulasi.HuluSungaiUtara) with
        {
            AlurPanjang = AlurPanjang.LintasPerangkatDaerah,
            PenjawabAlurPanjang = PenjawabAlurPanjang.PejabatPenilaiDenganRekomendasiPimpinanUnit,
        };

        var r = PerencanaAlur.Rencanakan(JenisPermohonan.PenunjukanLintasUnit, k, DenganPybPemohon(), CakupanPenugasan.LintasPerangkatDaerah);

        Urutan(r).ShouldBe("Rekomendasi:PyB pemohon | Rekomendasi:Kepala PD asal | Rekomendasi:PUO asal | Keputusan:PPK asal | Rekomendasi:Kepala PD asal | PenerbitanSuratTugas:PUO asal");
    }

    // MUBA and SBS have no long flow (§6.6 table): a lintas PD penunjukan uses the short letter.
    [Theory]
    [InlineData(PresetRegulasi.MusiBanyuasin)]
    [InlineData(PresetRegulasi.Sambas)]
    public void Rencanakan_TanpaAlurPanjang_LintasPdMemakaiAlurPendek(PresetRegulasi preset)
    {
        var pendek = PerencanaAlur.Rencanakan(JenisPermohonan.PenunjukanLintasUnit, Kebijakan(preset), DenganPybPemohon(), CakupanPenugasan.LintasUnit);

        var r = PerencanaAlur.Rencanakan(JenisPermohonan.PenunjukanLintasUnit, Kebijakan(preset), DenganPybPemohon(), CakupanPenugasan.LintasPerangkatDaerah);

        Urutan(r).ShouldBe(Urutan(pendek));
    }

    [Fact]
    public void Rencanakan_AlurPanjangTanpaPybPemohon_Kendala()
    {
        var r = PerencanaAlur.Rencanakan(JenisPermohonan.PenunjukanLintasUnit, Kebijakan(PresetRegulasi.IndragiriHilir), Lengkap(),
            CakupanPenugasan.LintasPerangkatDaerah);

        r.Kendala!.ShouldContain("Pejabat yang Berwenang");
        r.Langkah.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(PresetRegulasi.HuluSungaiUtara, AlurPanjang.LintasInstansi)]
    [InlineData(PresetRegulasi.MusiBanyuasin, AlurPanjang.TidakAda)]
    [InlineData(PresetRegulasi.Tarakan, AlurPanjang.LintasInstansi)]
    [InlineData(PresetRegulasi.IndragiriHilir, AlurPanjang.LintasPerangkatDaerah)]
    [InlineData(PresetRegulasi.Sambas, AlurPanjang.TidakAda)]
    public void Preset_AlurPanjangMenurutTabelD8(PresetRegulasi preset, AlurPanjang alur) =>
        Kebijakan(preset).AlurPanjang.ShouldBe(alur);
}
