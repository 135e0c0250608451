using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.ProsesPermohonan;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.AlurPenugasan;

/// <summary>
/// The demo region switched to the Musi Banyuasin preset (`001_75f6c752ea8be86f.txt`): WF-3 per Ps 11(1)a–e — the
/// PUO where the pegawai berkedudukan answers (no recommendation step, D6), after ensuring availability with the
/// three checks of Lampiran B.2.b (V-PER-06 mandatory), and the PUO pemilik kinerja issues the Surat Perintah Tugas
/// (Ps 9(4), Ps 11(1)c/e, D3); sukarela dalam unit is written and goes to the PUO (Ps 11(2)a, D1).
/// </summary>
public sealed class AlurMubaTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    private const string PesanPernyataan = "Pimpinan Unit Organisasi harus memastikan ketersediaan waktu di luar beban kerja, di luar penugasan lain, dan relevansi kompetensi pegawai sebelum menyetujui.";

    [Fact]
    public async Task Muba_Ps11_1_KeputusanPuoAsalDenganPernyataan_SuratPerintahTugasDiterbitkanPuoPemilikKinerja()
    {
        await sk.TerapkanPresetAsync(PresetRegulasi.MusiBanyuasin);
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var awal = await sk.JumlahAsync();

        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik), pemilik.Puo.SebagaiPimpinan()));

        var p = await sk.PermohonanAsync(id);
        SkenarioPenugasan.Rute(p).ShouldBe(
        [
            (JenisLangkah.Keputusan, x.Puo.JabatanId, null, null),                 // Ps 11(1)b: the PUO dituju answers
            (JenisLangkah.PenerbitanSuratTugas, pemilik.Puo.JabatanId, null, null), // Ps 11(1)c/e: the PUO pemilik kinerja issues
        ]);
        p.Tembusan.Select(t => (t.JabatanId, t.PegawaiId)).ShouldBe([(x.Ppk.JabatanId, (Guid?)x.Ppk.PegawaiId)]);
        (await sk.NotifikasiAsync(x.Puo.PegawaiId, SkenarioPenugasan.TautanPermohonan(id)))
            .ShouldBe([$"Menunggu tindakan Anda: Persetujuan pimpinan unit tempat pegawai berkedudukan — {SkenarioPenugasan.Maksud}"]);

        // Lampiran B.2.b: "harus memastikan ketersediaan" — without the three attestations the decision is refused.
        var tanpa = await sk.ProsesAsync(id, x.Puo.SebagaiPimpinan(), nyatakanKetersediaan: false);
        tanpa.Errors.Select(e => (e.Kode, e.Pesan)).ShouldBe([(nameof(PemeriksaanKetersediaanWajibDinyatakan), PesanPernyataan)]);
        (await sk.PermohonanAsync(id)).LangkahAktif.ShouldBe(0);

        (await sk.SetujuiAsync(id, x.Puo.SebagaiPimpinan(), nyatakanKetersediaan: true)).ShouldBe(StatusPermohonan.Diajukan);
        (await sk.NotifikasiAsync(pemilik.Puo.PegawaiId, SkenarioPenugasan.TautanPermohonan(id)))
            .ShouldBe([$"Menunggu tindakan Anda: Penandatanganan surat penugasan — {SkenarioPenugasan.Maksud}"]);
        (await sk.SetujuiAsync(id, pemilik.Puo.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Disetujui);

        var akhir = await sk.JumlahAsync();
        (akhir.Penugasan, akhir.SuratTugas).ShouldBe((awal.Penugasan + 1, awal.SuratTugas + 1));
        var t = await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.PermohonanId == id));
        (t.Status, t.PenerbitJabatanId, t.UnitPemilikKinerjaId, t.TanggalMulai, t.TanggalSelesai)
            .ShouldBe((StatusPenugasan.Ditetapkan, pemilik.Puo.JabatanId, pemilik.UnitId, sk.Mulai, sk.Selesai));
        var s = await db.BacaAsync(c => c.SuratTugas.AsNoTracking().SingleAsync(s => s.PenugasanId == t.Id));
        s.Judul.ShouldBe("SURAT PERINTAH TUGAS");
        (s.Penandatangan.JabatanId, s.Penandatangan.Nama, s.PerangkatDaerahId).ShouldBe((pemilik.Puo.JabatanId, pemilik.Puo.Nama, pemilik.PerangkatDaerahId));
        s.Tembusan.ShouldBe([x.Ppk.Jabatan]);
        var selesai = $"Permohonan disetujui dan surat penugasan diterbitkan: {SkenarioPenugasan.Maksud}";
        (await sk.SemuaNotifikasiAsync(SkenarioPenugasan.TautanTugas(t.Id))).ShouldBe(
            [(x.Diri.PegawaiId, selesai), (pemilik.Puo.PegawaiId, selesai), (x.Ppk.PegawaiId, selesai)], ignoreOrder: true); // + the copied PPK
    }

    public static TheoryData<bool, bool, bool> SatuPernyataanKurang() => new()
    {
        { false, true, true },
        { true, false, true },
        { true, true, false },
    };

    /// <summary>`001_75f6c752ea8be86f.txt` Lampiran B.2.b items 1–3: each of the three must be attested; two are not enough.</summary>
    [Theory]
    [MemberData(nameof(SatuPernyataanKurang))]
    public async Task Muba_LampiranB2b_SatuDariTigaPernyataanTidakDicentang_KeputusanDitolak(bool bebanKerja, bool penugasanLain, bool kompetensi)
    {
        await sk.TerapkanPresetAsync(PresetRegulasi.MusiBanyuasin);
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik), pemilik.Puo.SebagaiPimpinan()));
        var versi = await sk.VersiAsync(id);

        var hasil = await db.KirimAsync(new ProsesPermohonanCommand(id, true, null, bebanKerja, penugasanLain, kompetensi, "alasan tidak menggantikan pernyataan", versi),
            x.Puo.SebagaiPimpinan());

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(PemeriksaanKetersediaanWajibDinyatakan)]);
        var p = await sk.PermohonanAsync(id);
        (p.LangkahAktif, p.Langkah[0].Hasil, p.AlasanPengecualianKetersediaan).ShouldBe((0, HasilLangkah.Menunggu, null));
        (await sk.VersiAsync(id)).ShouldBe(versi);
    }

    /// <summary>
    /// `001_75f6c752ea8be86f.txt` Ps 11(2)a (D1 tertulis; addressee the PUO only): not recorded as oral, the PPK may not
    /// answer, the PUO answers after the three checks and issues a Surat Perintah Tugas.
    /// </summary>
    [Fact]
    public async Task Muba_Ps11_2a_SukarelaDalamUnitTertulis_HanyaPuo_SuratPerintahTugas()
    {
        await sk.TerapkanPresetAsync(PresetRegulasi.MusiBanyuasin);
        var x = await sk.PegawaiAsync();

        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Sukarela(JenisPermohonan.SukarelaDalamUnit, null), x.Diri.SebagaiPegawai()));

        var p = await sk.PermohonanAsync(id);
        p.Lisan.ShouldBeFalse();
        SkenarioPenugasan.Rute(p).ShouldBe([(JenisLangkah.Keputusan, x.Puo.JabatanId, null, null)]);
        var versi = await sk.VersiAsync(id);
        var olehPpk = await sk.ProsesAsync(id, x.Ppk.SebagaiPimpinan(), nyatakanKetersediaan: true);
        olehPpk.Errors.Count.ShouldBe(1);
        olehPpk.ErrorUtama!.Jenis.ShouldBeOneOf(ErrorKind.Terlarang, ErrorKind.TidakDitemukan); // the PPK has no part in it
        (await sk.VersiAsync(id)).ShouldBe(versi);

        (await sk.SetujuiAsync(id, x.Puo.SebagaiPimpinan(), nyatakanKetersediaan: true)).ShouldBe(StatusPermohonan.Disetujui);

        var t = await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.PermohonanId == id));
        var s = await db.BacaAsync(c => c.SuratTugas.AsNoTracking().SingleAsync(s => s.PenugasanId == t.Id));
        (s.Judul, s.Penandatangan.JabatanId, s.Penandatangan.Nama).ShouldBe(("SURAT PERINTAH TUGAS", x.Puo.JabatanId, x.Puo.Nama));
        s.Dasar.ShouldContain($"Pengajuan sukarela {x.Diri.Nama} tanggal ");
        s.Dasar.ShouldNotContain("lisan");
    }

    /// <summary>V-PEN-01, D15: MUBA assigns only JF and Pelaksana (no Pengawas, unlike HSU Ps 11(1)).</summary>
    [Fact]
    public async Task Muba_VPen01_PengawasTidakDapatDimohon()
    {
        await sk.TerapkanPresetAsync(PresetRegulasi.MusiBanyuasin);
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var awal = await sk.JumlahAsync();

        var hasil = await db.KirimAsync(sk.Pelibatan(x, pemilik) with { PegawaiId = x.Ppk.PegawaiId }, pemilik.Puo.SebagaiPimpinan());

        (hasil.ErrorUtama!.Kode, hasil.ErrorUtama.Pesan).ShouldBe((nameof(HanyaJenisJabatanYangDapatDitugaskan), "Penugasan hanya untuk Pejabat Fungsional dan Pelaksana."));
        (await sk.JumlahAsync()).ShouldBe(awal);
    }
}
