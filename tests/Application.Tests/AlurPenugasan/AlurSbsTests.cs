using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.DetailPermohonan;
using SistemKerja.Application.AlurPenugasan.KotakMasuk;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.AlurPenugasan;

/// <summary>
/// The demo region switched to the Sambas preset (`004_af01d94e9933b5a2.txt`): WF-3 per Ps 12(3)–(4) — the PUO where
/// the pegawai berkedudukan answers (no recommendation, D6) and the Kepala Perangkat Daerah/UPT signs the Surat
/// Perintah Tugas (Lampiran II format 5, D3); the PPK is only copied ([P] §13 pelibatan.tembusan).
/// </summary>
public sealed class AlurSbsTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    [Fact]
    public async Task Sbs_Ps12_3_Format5_PuoAsalMenyetujui_KepalaPerangkatDaerahMenandatanganiSuratPerintahTugas()
    {
        await sk.TerapkanPresetAsync(PresetRegulasi.Sambas);
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);

        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik), pemilik.Puo.SebagaiPimpinan()));

        var p = await sk.PermohonanAsync(id);
        SkenarioPenugasan.Rute(p).ShouldBe(
        [
            (JenisLangkah.Keputusan, x.Puo.JabatanId, null, null),                 // Ps 12(3): the PUO dituju answers
            (JenisLangkah.PenerbitanSuratTugas, x.KepalaPd.JabatanId, null, null), // format 5: SPT of the Kepala PD/UPT
        ]);
        p.Langkah[1].Judul.ShouldBe("Penandatanganan surat penugasan");
        p.Tembusan.Select(t => (t.JabatanId, t.PegawaiId)).ShouldBe([(x.Ppk.JabatanId, (Guid?)x.Ppk.PegawaiId)]);

        (await sk.SetujuiAsync(id, x.Puo.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Diajukan);
        (await sk.NotifikasiAsync(x.KepalaPd.PegawaiId, SkenarioPenugasan.TautanPermohonan(id)))
            .ShouldBe([$"Menunggu tindakan Anda: Penandatanganan surat penugasan — {SkenarioPenugasan.Maksud}"]);
        (await sk.SetujuiAsync(id, x.KepalaPd.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Disetujui);

        var t = await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.PermohonanId == id));
        (t.Status, t.PenerbitJabatanId, t.TanggalMulai, t.TanggalSelesai).ShouldBe((StatusPenugasan.Ditetapkan, x.KepalaPd.JabatanId, sk.Mulai, sk.Selesai));
        var s = await db.BacaAsync(c => c.SuratTugas.AsNoTracking().SingleAsync(s => s.PenugasanId == t.Id));
        s.Judul.ShouldBe("SURAT PERINTAH TUGAS");
        (s.Penandatangan.JabatanId, s.Penandatangan.Nama, s.PerangkatDaerahId).ShouldBe((x.KepalaPd.JabatanId, x.KepalaPd.Nama, x.PerangkatDaerahId));
        s.Tembusan.ShouldBe([x.Ppk.Jabatan]);
    }

    /// <summary>
    /// `004_af01d94e9933b5a2.txt` Ps 12(3), [P] §13 pelibatan.tembusan = PPK: the copied PPK (not an actor of any SBS step) sees the request and finds it under "Tembusan", never under
    /// "Menunggu", and may not act on it.
    /// </summary>
    [Fact]
    public async Task Sbs_PpkHanyaTembusan_MelihatDetailDanKotakTembusan_TidakBolehBertindak()
    {
        await sk.TerapkanPresetAsync(PresetRegulasi.Sambas);
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik), pemilik.Puo.SebagaiPimpinan()));

        var detail = await db.TanyaAsync(new DetailPermohonanQuery(id), x.Ppk.SebagaiPimpinan());
        detail.ShouldNotBeNull();
        (detail.BolehBertindak, detail.BolehTarik, detail.Ketersediaan).ShouldBe((false, false, null));
        detail.Tembusan.Select(t => t.PegawaiId).ShouldBe([(Guid?)x.Ppk.PegawaiId]);

        var kotak = await db.TanyaAsync(new KotakMasukQuery(), x.Ppk.SebagaiPimpinan());
        kotak.Tembusan.Select(r => r.Id).ShouldContain(id);
        kotak.Menunggu.Select(r => r.Id).ShouldNotContain(id);
        (await sk.NotifikasiAsync(x.Ppk.PegawaiId, SkenarioPenugasan.TautanPermohonan(id)))
            .ShouldBe([$"Tembusan: permohonan dari {pemilik.Puo.Nama} — {SkenarioPenugasan.Maksud}"]);

        var olehPpk = await sk.ProsesAsync(id, x.Ppk.SebagaiPimpinan());
        olehPpk.ErrorUtama!.Jenis.ShouldBe(Domain.Common.ErrorKind.Terlarang);
    }

    /// <summary>
    /// A Kelurahan: the Lurah is PUO and head of the Perangkat Daerah, so the decision and the SPT are one step of the
    /// Lurah (the planner merges the same position twice in a row); the SPT carries the Lurah.
    /// </summary>
    [Fact]
    public async Task Sbs_Ps12_3_Kelurahan_LurahMemutuskanDanMenandatanganiDalamSatuLangkah()
    {
        await sk.TerapkanPresetAsync(PresetRegulasi.Sambas);
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiKelurahanAsync();

        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik), pemilik.Puo.SebagaiPimpinan()));

        var p = await sk.PermohonanAsync(id);
        SkenarioPenugasan.Rute(p).ShouldBe([(JenisLangkah.Keputusan, x.Puo.JabatanId, null, null)]);
        p.Langkah[0].Judul.ShouldBe("Persetujuan pimpinan unit tempat pegawai berkedudukan, dan penandatanganan surat penugasan");
        (await sk.SetujuiAsync(id, x.Puo.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Disetujui);

        var t = await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.PermohonanId == id));
        var s = await db.BacaAsync(c => c.SuratTugas.AsNoTracking().SingleAsync(s => s.PenugasanId == t.Id));
        (s.Judul, s.Penandatangan.Jabatan, s.Penandatangan.Nama, s.PerangkatDaerahId).ShouldBe(("SURAT PERINTAH TUGAS", "Lurah", x.Puo.Nama, x.PerangkatDaerahId));
    }

    /// <summary>D1 (SBS Lampiran II format 1, [P] §6.7 "SBS uses that written form in every case"): sukarela dalam unit is not oral.</summary>
    [Fact]
    public async Task Sbs_Format1_SukarelaDalamUnitTertulis_KePuo()
    {
        await sk.TerapkanPresetAsync(PresetRegulasi.Sambas);
        var x = await sk.PegawaiAsync();

        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Sukarela(JenisPermohonan.SukarelaDalamUnit, null), x.Diri.SebagaiPegawai()));

        var p = await sk.PermohonanAsync(id);
        p.Lisan.ShouldBeFalse();
        SkenarioPenugasan.Rute(p).ShouldBe([(JenisLangkah.Keputusan, x.Puo.JabatanId, null, null)]);
    }

    /// <summary>
    /// SBS sukarela lintas (DOMAIN.md §6.8 step 2, §13 sukarela.lintas.targetApprover = PPKDituju): the answer is the
    /// Surat persetujuan/penolakan of Lampiran II formats 3–4, "signed Pejabat Penilai Kinerja" of the unit dituju. In a
    /// Kantor Camat the PPK of JF/Pelaksana is the Camat while a Kepala Seksi leads the Seksi (Lampiran I B.2 struktur c),
    /// so the decision belongs to the Camat, as the step's own title ("Persetujuan Pejabat Penilai Kinerja unit yang
    /// dituju") says.
    /// </summary>
    [Fact]
    public async Task Sbs_Format3_4_SukarelaLintasKeSeksiKecamatan_DiputuskanPpkDitujuYaituCamat()
    {
        await sk.TerapkanPresetAsync(PresetRegulasi.Sambas);
        var seksi = await sk.PemilikKinerjaAsync("KEC-HJ", "Seksi Pemerintahan");
        var ppkDituju = await sk.PpkStafUnitAsync(seksi);
        ppkDituju.JabatanId.ShouldNotBe(seksi.Puo.JabatanId); // premise: PPK (Camat) and PUO (Kepala Seksi) differ here
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: seksi.PerangkatDaerahId);

        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Sukarela(JenisPermohonan.SukarelaLintasUnit, seksi.UnitId, namaTim: "Tim Pendataan Kependudukan"), x.Diri.SebagaiPegawai()));

        var keputusan = (await sk.PermohonanAsync(id)).Langkah.Single(l => l.Jenis == JenisLangkah.Keputusan);
        keputusan.Judul.ShouldBe("Persetujuan Pejabat Penilai Kinerja unit yang dituju");
        keputusan.JabatanId.ShouldBe(ppkDituju.JabatanId);
    }
}
