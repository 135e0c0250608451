using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.DetailPenugasan;
using SistemKerja.Domain.Penugasan;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.AlurPenugasan;

/// <summary>
/// WF-3, penunjukan lintas unit organisasi / lintas Perangkat Daerah, on the demo region with the HSU preset
/// (`000_f720e179c5bde346.txt` Ps 13a–e, Ps 17; DOMAIN.md §6.5): the PUO pemilik kinerja sends the surat permohonan
/// pelibatan (13a), the pegawai's PPK recommends and the PUO where the pegawai berkedudukan decides (13b), the pegawai
/// drafts the surat penugasan which that PUO signs (13c), and the pegawai receives it (13e).
/// </summary>
public sealed class PenunjukanLintasUnitHsuTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    [Fact]
    public async Task Hsu_Ps13a_e_EmpatLangkah_PersetujuanTerakhirMenerbitkanSatuPenugasanDanSatuSuratTugas()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var awal = await sk.JumlahAsync();

        // Ps 13a: the PUO pemilik kinerja sends the surat permohonan pelibatan with the Ps 17 content.
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik), pemilik.Puo.SebagaiPimpinan()));
        var tautan = SkenarioPenugasan.TautanPermohonan(id);

        var p = await sk.PermohonanAsync(id);
        p.Status.ShouldBe(StatusPermohonan.Diajukan);
        p.Jenis.ShouldBe(JenisPermohonan.PenunjukanLintasUnit);
        p.Cakupan.ShouldBe(CakupanPenugasan.LintasPerangkatDaerah);
        (p.PegawaiId, p.JabatanPegawaiId, p.UnitPemilikKinerjaId, p.PemohonPegawaiId, p.Pemohon)
            .ShouldBe((x.Diri.PegawaiId, x.Diri.JabatanId, pemilik.UnitId, pemilik.Puo.PegawaiId, pemilik.Puo.Nama));
        p.Lisan.ShouldBeFalse();
        SkenarioPenugasan.Rute(p).ShouldBe(
        [
            (JenisLangkah.Rekomendasi, x.Ppk.JabatanId, null, null),                         // Ps 13b: rekomendasi PPK
            (JenisLangkah.Keputusan, x.Puo.JabatanId, null, null),                           // Ps 13b: PUO asal answers
            (JenisLangkah.PenerbitanSuratTugas, null, null, x.Diri.PegawaiId),               // Ps 13c: the pegawai drafts
            (JenisLangkah.PenerbitanSuratTugas, x.Puo.JabatanId, null, null),                // Ps 13c: the PUO approves/signs
        ]);
        p.LangkahAktif.ShouldBe(0);

        // Tembusan ([P] §6.5 step 1, §13 pelibatan.tembusan = PPK): resolved to the position and its holder.
        p.Tembusan.ShouldBe([new TembusanPermohonan(x.Ppk.JabatanId, x.Ppk.Jabatan, x.Ppk.PegawaiId, x.Ppk.Nama)]);
        var setelahAjukan = await sk.JumlahAsync();
        setelahAjukan.ShouldBe(awal with
        {
            Permohonan = awal.Permohonan + 1, Langkah = awal.Langkah + 4, Tembusan = awal.Tembusan + 1, Notifikasi = awal.Notifikasi + 2,
        });
        (await sk.NotifikasiAsync(x.Ppk.PegawaiId, tautan)).ShouldBe(
        [
            $"Menunggu tindakan Anda: Rekomendasi Pejabat Penilai Kinerja pegawai — {SkenarioPenugasan.Maksud}",
            $"Tembusan: permohonan dari {pemilik.Puo.Nama} — {SkenarioPenugasan.Maksud}",
        ], ignoreOrder: true);

        // Ps 13b: the PPK recommends → the PUO asal is told.
        (await sk.SetujuiAsync(id, x.Ppk.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Diajukan);
        (await sk.PermohonanAsync(id)).LangkahAktif.ShouldBe(1);
        (await sk.NotifikasiAsync(x.Puo.PegawaiId, tautan)).ShouldBe([$"Menunggu tindakan Anda: Persetujuan pimpinan unit tempat pegawai berkedudukan — {SkenarioPenugasan.Maksud}"]);

        // Ps 13b: the PUO asal approves → the pegawai is asked to draft.
        (await sk.SetujuiAsync(id, x.Puo.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Diajukan);
        (await sk.PermohonanAsync(id)).LangkahAktif.ShouldBe(2);
        (await sk.NotifikasiAsync(x.Diri.PegawaiId, tautan)).ShouldBe([$"Menunggu tindakan Anda: Penyusunan surat penugasan oleh pegawai — {SkenarioPenugasan.Maksud}"]);

        // Ps 13c: the pegawai drafts → the PUO asal is asked to sign.
        (await sk.SetujuiAsync(id, x.Diri.SebagaiPegawai())).ShouldBe(StatusPermohonan.Diajukan);
        (await sk.PermohonanAsync(id)).LangkahAktif.ShouldBe(3);
        (await sk.NotifikasiAsync(x.Puo.PegawaiId, tautan)).Count.ShouldBe(2);
        (await sk.NotifikasiAsync(x.Puo.PegawaiId, tautan)).ShouldContain($"Menunggu tindakan Anda: Penandatanganan surat penugasan — {SkenarioPenugasan.Maksud}");
        (await sk.JumlahAsync()).Penugasan.ShouldBe(awal.Penugasan);

        // Ps 13c–e: the PUO signs: exactly one Penugasan and one Surat Tugas.
        (await sk.SetujuiAsync(id, x.Puo.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Disetujui);
        var akhir = await sk.JumlahAsync();
        akhir.Penugasan.ShouldBe(awal.Penugasan + 1);
        akhir.SuratTugas.ShouldBe(awal.SuratTugas + 1);

        p = await sk.PermohonanAsync(id);
        p.Status.ShouldBe(StatusPermohonan.Disetujui);
        p.SelesaiPada.ShouldNotBeNull();
        p.Langkah.OrderBy(l => l.Urutan).Select(l => (l.Hasil, l.DilakukanOlehPegawaiId)).ShouldBe(
        [
            (HasilLangkah.Disetujui, (Guid?)x.Ppk.PegawaiId),
            (HasilLangkah.Disetujui, (Guid?)x.Puo.PegawaiId),
            (HasilLangkah.Disetujui, (Guid?)x.Diri.PegawaiId),
            (HasilLangkah.Disetujui, (Guid?)x.Puo.PegawaiId),
        ]);

        var t = await db.BacaAsync(c => c.Penugasan.AsNoTracking().SingleAsync(t => t.PermohonanId == id));
        t.Status.ShouldBe(StatusPenugasan.Ditetapkan);
        t.Asal.ShouldBe(AsalPenugasan.PenunjukanLintasUnit);
        (t.PegawaiId, t.JabatanPegawaiId, t.UnitPemilikKinerjaId, t.PenerbitJabatanId).ShouldBe((x.Diri.PegawaiId, x.Diri.JabatanId, pemilik.UnitId, x.Puo.JabatanId));
        (t.TanggalMulai, t.TanggalSelesai).ShouldBe((sk.Mulai, sk.Selesai)); // V-PER-07: inherited
        (t.Uraian, t.TargetKinerja).ShouldBe((SkenarioPenugasan.Maksud, SkenarioPenugasan.Ekspektasi));
        (t.PenuhWaktu, t.AlokasiPersen).ShouldBe((false, 10));

        var s = await db.BacaAsync(c => c.SuratTugas.AsNoTracking().SingleAsync(s => s.PenugasanId == t.Id));
        t.SuratTugasId.ShouldBe(s.Id);
        s.Judul.ShouldBe("SURAT TUGAS");
        s.PerangkatDaerahId.ShouldBe(x.PerangkatDaerahId);
        (s.Penandatangan.JabatanId, s.Penandatangan.Jabatan, s.Penandatangan.Nama, s.Penandatangan.Sebutan).ShouldBe((x.Puo.JabatanId, x.Puo.Jabatan, x.Puo.Nama, (string?)null));
        (s.Kepada.PegawaiId, s.Kepada.Nama, s.Kepada.Jabatan).ShouldBe((x.Diri.PegawaiId, x.Diri.Nama, x.Diri.Jabatan));
        s.Tembusan.ShouldBe([x.Ppk.Jabatan]);
        (s.TanggalMulai, s.TanggalSelesai).ShouldBe((sk.Mulai, sk.Selesai));
        s.Untuk.ShouldBe($"{SkenarioPenugasan.Maksud}, dengan target kinerja: {SkenarioPenugasan.Ekspektasi}");
        s.Dasar.ShouldContain($"Surat permohonan pelibatan dari {pemilik.Puo.Nama} tanggal ");

        // The end: requester, assignee and the copied PPK (DOMAIN.md §15 Q-15) are told, with a link to the assignment.
        var selesai = $"Permohonan disetujui dan surat penugasan diterbitkan: {SkenarioPenugasan.Maksud}";
        (await sk.SemuaNotifikasiAsync(SkenarioPenugasan.TautanTugas(t.Id))).ShouldBe(
            [(x.Diri.PegawaiId, selesai), (pemilik.Puo.PegawaiId, selesai), (x.Ppk.PegawaiId, selesai)], ignoreOrder: true);

        // DetailPenugasan shows the record of the Surat Tugas to the assignee, who may acknowledge it (Ps 13e).
        var detail = await db.TanyaAsync(new DetailPenugasanQuery(t.Id), x.Diri.SebagaiPegawai());
        detail.ShouldNotBeNull();
        detail.BolehTerima.ShouldBeTrue();
        detail.PermohonanId.ShouldBe(id);
        (detail.Surat.Judul, detail.Surat.Penandatangan.Nama, detail.Surat.Kepada.PegawaiId).ShouldBe(("SURAT TUGAS", x.Puo.Nama, x.Diri.PegawaiId));
        detail.Surat.KopPerangkatDaerah.ShouldBe(x.PerangkatDaerah);
        detail.Surat.Tembusan.ShouldBe([x.Ppk.Jabatan]);
    }

    /// <summary>
    /// Ps 13a–b: the steps run in their planned order also after the request is read back from the database. (Found
    /// on a5d1ed7: <c>LangkahMenunggu</c> indexed the list EF Core loads in key order — UUIDv7, random within one
    /// millisecond — so right after submission a random step was waiting: 3 of 4 times the PPK was refused and the PUO
    /// could sign first.) Five requests, so a random order cannot pass by chance.
    /// </summary>
    [Fact]
    public async Task Hsu_Ps13b_SetelahDibacaUlang_LangkahPertamaTetapRekomendasiPpk_PuoBelumBolehBertindak()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        for (var i = 0; i < 5; i++)
        {
            var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
            var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik), pemilik.Puo.SebagaiPimpinan()));

            var p = await sk.PermohonanAsync(id);
            p.LangkahMenunggu.ShouldNotBeNull();
            (p.LangkahMenunggu.Urutan, p.LangkahMenunggu.Jenis, p.LangkahMenunggu.JabatanId).ShouldBe((0, JenisLangkah.Rekomendasi, (Guid?)x.Ppk.JabatanId));
            p.Langkah.Select(l => l.Urutan).ShouldBe([0, 1, 2, 3]);

            var versi = await sk.VersiAsync(id);
            var olehPuo = await sk.ProsesAsync(id, x.Puo.SebagaiPimpinan());
            olehPuo.ErrorUtama.ShouldNotBeNull();
            olehPuo.ErrorUtama.Jenis.ShouldBe(Domain.Common.ErrorKind.Terlarang);
            (await sk.VersiAsync(id)).ShouldBe(versi);

            (await sk.SetujuiAsync(id, x.Ppk.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Diajukan);
            p = await sk.PermohonanAsync(id);
            (p.LangkahMenunggu!.Urutan, p.LangkahMenunggu.Jenis, p.LangkahMenunggu.JabatanId).ShouldBe((1, JenisLangkah.Keputusan, (Guid?)x.Puo.JabatanId));
        }
    }
}
