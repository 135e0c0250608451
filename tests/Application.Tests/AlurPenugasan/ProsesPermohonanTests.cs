using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.DetailPermohonan;
using SistemKerja.Application.AlurPenugasan.KotakMasuk;
using SistemKerja.Application.AlurPenugasan.TarikPermohonan;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Penugasan;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.AlurPenugasan;

/// <summary>
/// Acting on a surat permohonan pelibatan (WF-3, HSU preset, `000_f720e179c5bde346.txt` Ps 13b–d): only the official
/// of the waiting step may act (V-PER-05, V-AUTH-01), a refusal needs written reasons (Ps 13d), a finished request is
/// closed, and only the requester withdraws ([P] DOMAIN.md §6.5 "Ditarik", §15 Q-2).
/// </summary>
public sealed class ProsesPermohonanTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    private async Task<(PemilikKinerjaUji Pemilik, PegawaiUji X, Guid Id)> AjukanAsync()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik), pemilik.Puo.SebagaiPimpinan()));
        return (pemilik, x, id);
    }

    /// <summary>Everything a refused action must leave as it was: version, status, waiting step, step results, row counts.</summary>
    private async Task<(uint Versi, StatusPermohonan Status, int Aktif, string Hasil, JumlahBaris Jumlah)> KeadaanAsync(Guid id)
    {
        var p = await sk.PermohonanAsync(id);
        return (await sk.VersiAsync(id), p.Status, p.LangkahAktif, string.Join(",", p.Langkah.Select(l => $"{l.Hasil}:{l.DilakukanOlehPegawaiId}")), await sk.JumlahAsync());
    }

    /// <summary>V-PER-05 / V-AUTH-01: whoever does not hold the waiting step's position is refused, and nothing changes.</summary>
    [Fact]
    public async Task VPer05_Hsu_Ps13b_BukanPejabatLangkahMenunggu_TerlarangDanTidakAdaPerubahan()
    {
        var (pemilik, x, id) = await AjukanAsync();
        var sebelum = await KeadaanAsync(id);

        // Step 1 waits for the PPK's recommendation: the PUO asal (a later step), the requester and the pegawai are
        // involved but may neither approve nor refuse it.
        foreach (var salah in new[] { x.Puo.SebagaiPimpinan(), pemilik.Puo.SebagaiPimpinan(), x.Diri.SebagaiPegawai() })
        {
            foreach (var setujui in new[] { true, false })
            {
                var hasil = await sk.ProsesAsync(id, salah, setujui, catatan: "alasan apa pun");

                hasil.Errors.Count.ShouldBe(1);
                hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
                hasil.ErrorUtama.Pesan.ShouldBe($"Langkah ini menunggu {x.Ppk.Jabatan}; Anda tidak berwenang memprosesnya.");
            }
        }

        // A head who has nothing to do with the request (the Kepala Dinas of the pegawai is no step of HSU Ps 13) is
        // refused too: as forbidden, or as if the request did not exist for them.
        foreach (var setujui in new[] { true, false })
        {
            var hasil = await sk.ProsesAsync(id, x.KepalaPd.SebagaiPimpinan(), setujui, catatan: "alasan apa pun");

            hasil.Errors.Count.ShouldBe(1);
            hasil.ErrorUtama!.Jenis.ShouldBeOneOf(ErrorKind.Terlarang, ErrorKind.TidakDitemukan);
        }

        (await KeadaanAsync(id)).ShouldBe(sebelum);
        (await sk.PermohonanAsync(id)).Langkah.ShouldAllBe(l => l.Hasil == HasilLangkah.Menunggu && l.DilakukanOlehPegawaiId == null);
    }

    /// <summary>V-PER-05 (HSU Ps 13d: "dengan alasan mengapa tidak dapat menyetujui"): a refusal without a reason is refused.</summary>
    [Fact]
    public async Task VPer05_Hsu_Ps13d_PenolakanTanpaAlasan_DitolakDanTidakAdaPerubahan()
    {
        var (_, x, id) = await AjukanAsync();
        var sebelum = await KeadaanAsync(id);

        foreach (var alasan in new[] { null, "", "   " })
        {
            var hasil = await sk.ProsesAsync(id, x.Ppk.SebagaiPimpinan(), setujui: false, catatan: alasan);

            hasil.Errors.Count.ShouldBe(1);
            (hasil.ErrorUtama!.Kode, hasil.ErrorUtama.Jenis, hasil.ErrorUtama.Pesan).ShouldBe(
                (nameof(PenolakanWajibDisertaiAlasan), ErrorKind.AturanDilanggar, "Penolakan wajib disertai alasan."));
        }

        (await KeadaanAsync(id)).ShouldBe(sebelum);
        (await sk.PermohonanAsync(id)).Status.ShouldBe(StatusPermohonan.Diajukan);
    }

    /// <summary>
    /// HSU Ps 13d: the PUO asal refuses with reasons → Ditolak (final), the reason is kept on the step, and the
    /// requester, the pegawai and the copied PPK are told; no Penugasan and no Surat Tugas exist.
    /// </summary>
    [Fact]
    public async Task Hsu_Ps13d_PenolakanDenganAlasan_DitolakFinal_PemohonPegawaiDanTembusanDiberitahu()
    {
        var (pemilik, x, id) = await AjukanAsync();
        await sk.SetujuiAsync(id, x.Ppk.SebagaiPimpinan());
        var awal = await sk.JumlahAsync();
        const string Alasan = "Pegawai sedang menyelesaikan laporan keuangan akhir tahun anggaran.";

        var hasil = await sk.ProsesAsync(id, x.Puo.SebagaiPimpinan(), setujui: false, catatan: "  " + Alasan + " ");

        hasil.Berhasil.ShouldBeTrue();
        hasil.Nilai.ShouldBe(StatusPermohonan.Ditolak);
        var p = await sk.PermohonanAsync(id);
        p.Status.ShouldBe(StatusPermohonan.Ditolak);
        p.SelesaiPada.ShouldNotBeNull();
        p.LangkahMenunggu.ShouldBeNull();
        p.Langkah.Select(l => (l.Hasil, l.Catatan, l.DilakukanOlehPegawaiId)).ShouldBe(
        [
            (HasilLangkah.Disetujui, null, x.Ppk.PegawaiId),
            (HasilLangkah.Ditolak, Alasan, x.Puo.PegawaiId),
            (HasilLangkah.Menunggu, null, null),
            (HasilLangkah.Menunggu, null, null),
        ]);
        p.Langkah[1].DilakukanOleh.ShouldBe(x.Puo.Nama);

        var ditolak = $"Permohonan ditolak oleh {x.Puo.Nama}: {SkenarioPenugasan.Maksud}";
        (await sk.SemuaNotifikasiAsync(SkenarioPenugasan.TautanPermohonan(id))).Where(n => n.Judul == ditolak).Select(n => n.PegawaiId)
            .ShouldBe([pemilik.Puo.PegawaiId, x.Diri.PegawaiId, x.Ppk.PegawaiId], ignoreOrder: true);
        (await sk.JumlahAsync()).ShouldBe(awal with { Notifikasi = awal.Notifikasi + 3 });
        (await db.BacaAsync(c => c.Penugasan.AnyAsync(t => t.PermohonanId == id))).ShouldBeFalse();
    }

    /// <summary>HSU Ps 13d: a refusal is final ("Ditolak", DOMAIN.md §6.5) — no one may approve, refuse or withdraw it any more.</summary>
    [Fact]
    public async Task PermohonanDitolak_TidakDapatDiprosesAtauDitarikLagi()
    {
        var (pemilik, x, id) = await AjukanAsync();
        SkenarioPenugasan.Pasti(await sk.ProsesAsync(id, x.Ppk.SebagaiPimpinan(), setujui: false, catatan: "Tidak direkomendasikan: beban kerja penuh."));
        var sebelum = await KeadaanAsync(id);

        var setuju = await sk.ProsesAsync(id, x.Ppk.SebagaiPimpinan());
        var tolak = await sk.ProsesAsync(id, x.Ppk.SebagaiPimpinan(), setujui: false, catatan: "lagi");
        var tarik = await db.KirimAsync(new TarikPermohonanCommand(id, await sk.VersiAsync(id)), pemilik.Puo.SebagaiPimpinan());

        foreach (var hasil in new Result[] { setuju, tolak, tarik })
        {
            hasil.Errors.Count.ShouldBe(1);
            (hasil.ErrorUtama!.Kode, hasil.ErrorUtama.Jenis, hasil.ErrorUtama.Pesan).ShouldBe(
                (nameof(PermohonanMasihDiproses), ErrorKind.AturanDilanggar, "Permohonan sudah ditolak dan tidak dapat diproses lagi."));
        }

        (await KeadaanAsync(id)).ShouldBe(sebelum);
    }

    /// <summary>HSU Ps 13c–e: an approved request is closed too; acting again does not issue a second Penugasan (V-PER-07: one letter per request).</summary>
    [Fact]
    public async Task PermohonanDisetujui_TidakDapatDiprosesLagi_TidakAdaPenugasanKedua()
    {
        var (_, x, id) = await AjukanAsync();
        await sk.SetujuiAsync(id, x.Ppk.SebagaiPimpinan());
        await sk.SetujuiAsync(id, x.Puo.SebagaiPimpinan());
        await sk.SetujuiAsync(id, x.Diri.SebagaiPegawai());
        (await sk.SetujuiAsync(id, x.Puo.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Disetujui);
        var sebelum = await KeadaanAsync(id);

        foreach (var setujui in new[] { true, false })
        {
            var hasil = await sk.ProsesAsync(id, x.Puo.SebagaiPimpinan(), setujui, catatan: "ulang");

            hasil.Errors.Count.ShouldBe(1);
            (hasil.ErrorUtama!.Kode, hasil.ErrorUtama.Pesan).ShouldBe((nameof(PermohonanMasihDiproses), "Permohonan sudah disetujui dan tidak dapat diproses lagi."));
        }

        (await KeadaanAsync(id)).ShouldBe(sebelum);
        (await db.BacaAsync(c => c.Penugasan.CountAsync(t => t.PermohonanId == id))).ShouldBe(1);
    }

    /// <summary>
    /// [P] §6.5 "Diajukan → Ditarik", Q-2 "withdrawn by the requester while Diajukan": the pegawai and the officials may
    /// not withdraw; the requester may (with the version they saw), after which the request is closed and leaves the inbox.
    /// </summary>
    [Fact]
    public async Task TarikPermohonan_HanyaOlehPemohon_SetelahnyaTertutupDanKeluarDariKotakMasuk()
    {
        var (pemilik, x, id) = await AjukanAsync();
        var sebelum = await KeadaanAsync(id);

        foreach (var bukanPemohon in new[] { x.Diri.SebagaiPegawai(), x.Ppk.SebagaiPimpinan(), x.Puo.SebagaiPimpinan() })
        {
            var hasil = await db.KirimAsync(new TarikPermohonanCommand(id, sebelum.Versi), bukanPemohon);

            hasil.Errors.Count.ShouldBe(1);
            (hasil.ErrorUtama!.Jenis, hasil.ErrorUtama.Pesan).ShouldBe((ErrorKind.Terlarang, "Hanya pemohon yang dapat menarik permohonan."));
        }

        (await KeadaanAsync(id)).ShouldBe(sebelum);
        (await db.TanyaAsync(new KotakMasukQuery(), x.Ppk.SebagaiPimpinan())).Menunggu.Select(r => r.Id).ShouldContain(id);

        var tarik = await db.KirimAsync(new TarikPermohonanCommand(id, sebelum.Versi), pemilik.Puo.SebagaiPimpinan());

        tarik.Berhasil.ShouldBeTrue();
        var p = await sk.PermohonanAsync(id);
        (p.Status, p.LangkahMenunggu).ShouldBe((StatusPermohonan.Ditarik, null));
        p.SelesaiPada.ShouldNotBeNull();
        (await db.TanyaAsync(new KotakMasukQuery(), x.Ppk.SebagaiPimpinan())).Menunggu.Select(r => r.Id).ShouldNotContain(id);
        (await db.TanyaAsync(new DetailPermohonanQuery(id), pemilik.Puo.SebagaiPimpinan()))!.BolehTarik.ShouldBeFalse();

        var setelah = await sk.ProsesAsync(id, x.Ppk.SebagaiPimpinan());
        (setelah.ErrorUtama!.Kode, setelah.ErrorUtama.Pesan).ShouldBe((nameof(PermohonanMasihDiproses), "Permohonan sudah ditarik dan tidak dapat diproses lagi."));
        (await db.BacaAsync(c => c.Penugasan.AnyAsync(t => t.PermohonanId == id))).ShouldBeFalse();
    }

    /// <summary>[P] §6.5 Ditarik, HSU Ps 13b: a withdrawal from a stale page (the PPK has recommended since) is a concurrency conflict, not a silent overwrite.</summary>
    [Fact]
    public async Task TarikPermohonan_DenganVersiLama_Konflik()
    {
        var (pemilik, x, id) = await AjukanAsync();
        var versiLama = await sk.VersiAsync(id);
        await sk.SetujuiAsync(id, x.Ppk.SebagaiPimpinan());

        var hasil = await db.KirimAsync(new TarikPermohonanCommand(id, versiLama), pemilik.Puo.SebagaiPimpinan());

        hasil.Errors.Count.ShouldBe(1);
        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Konflik);
        var p = await sk.PermohonanAsync(id);
        (p.Status, p.LangkahAktif).ShouldBe((StatusPermohonan.Diajukan, 1));
    }

    /// <summary>
    /// G13 (HSU Ps 13e "menerima surat penugasan untuk dilaksanakan dengan penuh tanggung jawab"; DOMAIN.md §6.1: "No seed
    /// lets the assignee refuse"): in HSU the pegawai's own step is to draft the surat penugasan (Ps 13c), not to decide
    /// on the request — they may not end the request with a refusal there.
    /// </summary>
    [Fact]
    public async Task G13_Hsu_Ps13c_PegawaiTidakDapatMenolakPadaLangkahPenyusunanSurat()
    {
        var (_, x, id) = await AjukanAsync();
        await sk.SetujuiAsync(id, x.Ppk.SebagaiPimpinan());
        await sk.SetujuiAsync(id, x.Puo.SebagaiPimpinan());
        (await sk.PermohonanAsync(id)).LangkahMenunggu!.PegawaiId.ShouldBe(x.Diri.PegawaiId);

        var hasil = await sk.ProsesAsync(id, x.Diri.SebagaiPegawai(), setujui: false, catatan: "Saya tidak bersedia ditugaskan.");

        hasil.Berhasil.ShouldBeFalse();
        var p = await sk.PermohonanAsync(id);
        (p.Status, p.LangkahAktif).ShouldBe((StatusPermohonan.Diajukan, 2));
    }
}
