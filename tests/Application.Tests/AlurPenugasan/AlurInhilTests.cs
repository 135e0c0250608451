using Microsoft.EntityFrameworkCore;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.AlurPenugasan;

/// <summary>
/// The demo region switched to the Indragiri Hilir preset (`003_a712a2c678725951.txt`): WF-3 lintas unit inside one
/// Perangkat Daerah per Lampiran C.1.b — the PUO dituju decides "atas pertimbangan bersama dengan pejabat
/// administrasi" (C.1.b.2, D6) and drafts the surat penugasan itself (C.1.b.3, D3); sukarela only inside the Perangkat
/// Daerah (Lampiran C.2, D7, V-SUK-02).
/// </summary>
public sealed class AlurInhilTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    [Fact]
    public async Task Inhil_LampiranC1b_PertimbanganPejabatAdministrasi_LaluPuoDitujuMemutuskanDanMenyusunSuratTugas()
    {
        await sk.TerapkanPresetAsync(PresetRegulasi.IndragiriHilir);
        var x = await sk.PegawaiAsync();
        var pemilik = await sk.BidangLainAsync(x);

        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik), pemilik.Puo.SebagaiPimpinan()));

        var p = await sk.PermohonanAsync(id);
        p.Cakupan.ShouldBe(CakupanPenugasan.LintasUnit);
        SkenarioPenugasan.Rute(p).ShouldBe(
        [
            (JenisLangkah.Rekomendasi, x.Ppk.JabatanId, null, null), // C.1.b.2: pertimbangan pejabat administrasi
            (JenisLangkah.Keputusan, x.Puo.JabatanId, null, null),   // C.1.b.2–3: the PUO dituju decides and drafts (one step)
        ]);
        p.Langkah[1].Judul.ShouldBe("Persetujuan pimpinan unit tempat pegawai berkedudukan, dan penandatanganan surat penugasan");
        p.Tembusan.Select(t => t.PegawaiId).ShouldBe([(Guid?)x.Ppk.PegawaiId]);

        (await sk.SetujuiAsync(id, x.Ppk.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Diajukan);
        (await sk.SetujuiAsync(id, x.Puo.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Disetujui);

        var t = await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.PermohonanId == id));
        (t.Status, t.PenerbitJabatanId, t.UnitPemilikKinerjaId, t.TanggalMulai, t.TanggalSelesai)
            .ShouldBe((StatusPenugasan.Ditetapkan, x.Puo.JabatanId, pemilik.UnitId, sk.Mulai, sk.Selesai));
        var s = await db.BacaAsync(c => c.SuratTugas.AsNoTracking().SingleAsync(s => s.PenugasanId == t.Id));
        (s.Judul, s.Penandatangan.JabatanId, s.Penandatangan.Nama, s.PerangkatDaerahId).ShouldBe(("SURAT TUGAS", x.Puo.JabatanId, x.Puo.Nama, x.PerangkatDaerahId));
        s.Tembusan.ShouldBe([x.Ppk.Jabatan]);
        (await db.BacaAsync(c => c.SuratTugas.CountAsync(s => s.PenugasanId == t.Id))).ShouldBe(1);
    }

    /// <summary>
    /// When the pejabat administrasi, the PUO dituju and the drafter are the same Kepala Bidang, the three steps merge
    /// into one — which must stay a decision, so the availability check of §7.2 still runs (regression: on 88df9d5
    /// the merged step kept the kind "Rekomendasi" and a full-time overlap went through without a reason).
    /// </summary>
    [Fact]
    public async Task Inhil_LangkahGabungan_TetapKeputusan_PenugasanPenuhWaktuTumpangTindihPerluAlasan()
    {
        await sk.TerapkanPresetAsync(PresetRegulasi.IndragiriHilir);
        var x = await sk.PegawaiDenganPpkSamaPuoAsync();
        var pemilik = await sk.BidangLainAsync(x);
        SkenarioPenugasan.Pasti(await sk.TunjukAsync(x, x.Puo, penuhWaktu: true, alokasi: 10));

        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik), pemilik.Puo.SebagaiPimpinan()));

        SkenarioPenugasan.Rute(await sk.PermohonanAsync(id)).ShouldBe([(JenisLangkah.Keputusan, x.Puo.JabatanId, null, null)]);
        var tanpaAlasan = await sk.ProsesAsync(id, x.Puo.SebagaiPimpinan());
        tanpaAlasan.Errors.Select(e => e.Kode).ShouldBe([nameof(PenugasanPenuhWaktuTumpangTindihPerluAlasan)]);
        (await sk.PermohonanAsync(id)).Status.ShouldBe(StatusPermohonan.Diajukan);

        (await sk.ProsesAsync(id, x.Puo.SebagaiPimpinan(), alasanPengecualian: "Penugasan penuh waktu dihentikan minggu depan.")).Nilai.ShouldBe(StatusPermohonan.Disetujui);
        (await sk.PermohonanAsync(id)).AlasanPengecualianKetersediaan.ShouldBe("Penugasan penuh waktu dihentikan minggu depan.");
    }

    /// <summary>
    /// V-SUK-02, `003_a712a2c678725951.txt` Lampiran C.2: "hanya dapat dilakukan di dalam unit organisasi dan lintas unit
    /// organisasi di dalam Perangkat Daerah bersangkutan": another Perangkat Daerah is refused with nothing saved;
    /// another unit of the same Perangkat Daerah is accepted (no prior consent, C.2.b; the home PUO issues, D4).
    /// </summary>
    [Fact]
    public async Task VSuk02_Inhil_LampiranC2_SukarelaKePerangkatDaerahLain_Ditolak_DalamPdDiterima()
    {
        await sk.TerapkanPresetAsync(PresetRegulasi.IndragiriHilir);
        var pemilikLuar = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilikLuar.PerangkatDaerahId);
        var awal = await sk.JumlahAsync();

        var luar = await db.KirimAsync(sk.Sukarela(JenisPermohonan.SukarelaLintasUnit, pemilikLuar.UnitId), x.Diri.SebagaiPegawai());

        luar.Errors.Count.ShouldBe(1);
        (luar.ErrorUtama!.Kode, luar.ErrorUtama.Jenis, luar.ErrorUtama.Pesan).ShouldBe((nameof(SukarelaTidakMelampauiCakupan), ErrorKind.AturanDilanggar,
            "Pengajuan sukarela hanya dapat dilakukan di dalam unit organisasi dan lintas unit organisasi di dalam Perangkat Daerah bersangkutan."));
        (await sk.JumlahAsync()).ShouldBe(awal);

        var pemilikDalam = await sk.BidangLainAsync(x);
        var dalam = await db.KirimAsync(sk.Sukarela(JenisPermohonan.SukarelaLintasUnit, pemilikDalam.UnitId), x.Diri.SebagaiPegawai());

        dalam.Berhasil.ShouldBeTrue();
        var p = await sk.PermohonanAsync(dalam.Nilai);
        p.Cakupan.ShouldBe(CakupanPenugasan.LintasUnit);
        SkenarioPenugasan.Rute(p).ShouldBe(
        [
            (JenisLangkah.Keputusan, pemilikDalam.Puo.JabatanId, null, null),
            (JenisLangkah.PenerbitanSuratTugas, x.Puo.JabatanId, null, null),
        ]);
        p.Tembusan.Select(t => t.JabatanId).ShouldBe([x.Puo.JabatanId]);
    }

    /// <summary>
    /// DOMAIN.md §6.5 (scope: INHIL "lintas unit organisasi inside one PD. Lintas PD uses WF-4") and §6.6,
    /// `003_a712a2c678725951.txt` Lampiran C.1.c.1–5: a lintas Perangkat Daerah pelibatan goes through the Pejabat yang
    /// Berwenang (the Kepala PD, §15 Q-3) of both sides; the PUO answers the availability (C.1.c.4) and assigns; copies to
    /// the PyB of the PD concerned, the PUO concerned and the PyB of the requesting PD (C.1.c.5.c).
    /// </summary>
    [Fact]
    public async Task Inhil_LampiranC1c_PelibatanLintasPerangkatDaerah_LewatPejabatYangBerwenangKeduaPihak()
    {
        await sk.TerapkanPresetAsync(PresetRegulasi.IndragiriHilir);
        var pemilik = await sk.PemilikKinerjaAsync();
        var pybPemohon = await sk.KepalaPerangkatDaerahAsync(pemilik.PerangkatDaerahId);
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);

        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik), pemilik.Puo.SebagaiPimpinan()));

        var p = await sk.PermohonanAsync(id);
        p.Cakupan.ShouldBe(CakupanPenugasan.LintasPerangkatDaerah);
        SkenarioPenugasan.Rute(p).ShouldBe(
        [
            (JenisLangkah.Rekomendasi, pybPemohon.JabatanId, null, null),           // C.1.c.2: PyB pemohon forwards
            (JenisLangkah.Rekomendasi, x.KepalaPd.JabatanId, null, null),           // C.1.c.3: PyB tujuan instructs
            (JenisLangkah.Keputusan, x.Puo.JabatanId, null, null),                  // C.1.c.4: the PUO answers availability
            (JenisLangkah.Rekomendasi, x.KepalaPd.JabatanId, null, null),           // C.1.c.5.a: PyB tujuan sends the answer
            (JenisLangkah.PenerbitanSuratTugas, x.Puo.JabatanId, null, null),       // C.1.c.5.b–c: the PUO assigns
        ]);
        p.Tembusan.Select(t => t.JabatanId).ShouldBe([x.KepalaPd.JabatanId, x.Puo.JabatanId, pybPemohon.JabatanId], ignoreOrder: true);
        (await sk.NotifikasiAsync(pybPemohon.PegawaiId, SkenarioPenugasan.TautanPermohonan(id))).Count.ShouldBe(2); // waiting + copy
    }
}
