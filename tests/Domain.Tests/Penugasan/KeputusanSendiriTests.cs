using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using static SistemKerja.Domain.Tests.Penugasan.PenugasanUji;

namespace SistemKerja.Domain.Tests.Penugasan;

/// <summary>
/// Nobody decides on their own assignment ([P] DOMAIN.md §14 V-AUTH-01: an official acts for the positions they hold,
/// not for themself): the assignee acting as Plh of their own head, or the requester on the addressee's decision.
/// G13 (`000_f720e179c5bde346.txt` Ps 13e): the assignee receives the surat penugasan and cannot refuse it.
/// </summary>
public sealed class KeputusanSendiriTests
{
    [Fact]
    public void Setujui_PegawaiYangDitugaskanSebagaiPlhAtasannya_Ditolak()
    {
        var p = Diajukan(JenisPermohonan.PenunjukanLintasUnit, PresetRegulasi.MusiBanyuasin);
        var langkah = p.LangkahMenunggu!;

        var hasil = p.Setujui(PegawaiDitugaskan, "Siti Aminah", [langkah.JabatanId!.Value], null, KetersediaanLonggar, PernyataanLengkap, Kebijakan(PresetRegulasi.MusiBanyuasin), Waktu);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(TidakMemutuskanPermohonanSendiri)]);
        p.LangkahMenunggu.ShouldBeSameAs(langkah);
        p.Status.ShouldBe(StatusPermohonan.Diajukan);
    }

    [Fact]
    public void Setujui_PemohonMemutuskanPermohonannyaSendiri_Ditolak()
    {
        var p = Diajukan(JenisPermohonan.PenunjukanLintasUnit, PresetRegulasi.MusiBanyuasin);
        var keputusan = p.LangkahMenunggu!;
        keputusan.Jenis.ShouldBe(JenisLangkah.Keputusan);

        var hasil = p.Setujui(p.PemohonPegawaiId, "Ir. Rahmat Hidayat", [keputusan.JabatanId!.Value], null, KetersediaanLonggar, PernyataanLengkap, Kebijakan(PresetRegulasi.MusiBanyuasin), Waktu);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(TidakMemutuskanPermohonanSendiri)]);
        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.AturanDilanggar);
    }

    [Fact]
    public void Tolak_PegawaiPadaLangkahMenyusunSuratPenugasan_TidakDapatMenolak_Hsu_Ps13c_e()
    {
        var p = Diajukan(JenisPermohonan.PenunjukanLintasUnit, PresetRegulasi.HuluSungaiUtara);
        while (p.LangkahMenunggu!.PegawaiId is null)
        {
            SetujuiOlehPemegang(p).Berhasil.ShouldBeTrue();
        }

        var hasil = p.Tolak(PegawaiDitugaskan, "Siti Aminah", [], "Saya tidak mau.", Waktu);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(PegawaiTidakDapatMenolakPenugasan)]);
        p.Status.ShouldBe(StatusPermohonan.Diajukan);
    }
}
