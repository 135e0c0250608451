using SistemKerja.Application.AlurPenugasan.DetailPermohonan;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Penugasan;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.AlurPenugasan;

/// <summary>
/// The availability check of the decision step (DOMAIN.md §7.2, V-PER-06; HSU `000_f720e179c5bde346.txt` Ps 10(3),
/// Ps 19 "home targets first"; HSU preset: checks are Dianjurkan, so no attestations, but a full-time overlap or a load
/// over 100 % needs a stated exception). The existing load is made with a real WF-1 penunjukan (TunjukPegawai).
/// </summary>
public sealed class KetersediaanTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    /// <summary>Submits a WF-3 request for <paramref name="x"/> and lets the PPK recommend (Ps 13b): the PUO asal decides next.</summary>
    private async Task<Guid> SampaiKeputusanAsync(PegawaiUji x, PemilikKinerjaUji pemilik, int alokasi = 10, bool penuhWaktu = false)
    {
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik, alokasi, penuhWaktu), pemilik.Puo.SebagaiPimpinan()));
        (await sk.SetujuiAsync(id, x.Ppk.SebagaiPimpinan())).ShouldBe(StatusPermohonan.Diajukan);
        var p = await sk.PermohonanAsync(id);
        (p.LangkahMenunggu!.Jenis, p.LangkahMenunggu.JabatanId).ShouldBe((JenisLangkah.Keputusan, (Guid?)x.Puo.JabatanId));
        return id;
    }

    /// <summary>
    /// V-PER-06 [P]: the pegawai already has a full-time Penugasan overlapping the requested period → the decision is
    /// refused without a reason and accepted with one; the reason is stored with the request. The decider sees why.
    /// </summary>
    [Fact]
    public async Task VPer06_PenugasanPenuhWaktuTumpangTindih_TanpaAlasanDitolak_DenganAlasanDiterimaDanDisimpan()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var lama = SkenarioPenugasan.Pasti(await sk.TunjukAsync(x, x.Puo, penuhWaktu: true, alokasi: 10));
        var id = await SampaiKeputusanAsync(x, pemilik);
        var versi = await sk.VersiAsync(id);

        // The decider's view: one overlapping full-time assignment; load 80 % (beban pokok) + 10 % + 10 %.
        var detail = await db.TanyaAsync(new DetailPermohonanQuery(id), x.Puo.SebagaiPimpinan());
        detail!.BolehBertindak.ShouldBeTrue();
        detail.Ketersediaan.ShouldNotBeNull();
        detail.Ketersediaan.Ringkasan.ShouldBe(new Ketersediaan(true, 1, 100));
        detail.Ketersediaan.Lain.Select(l => (l.Id, l.PenuhWaktu, l.AlokasiPersen)).ShouldBe([(lama, true, 10)]);

        var tanpaAlasan = await sk.ProsesAsync(id, x.Puo.SebagaiPimpinan());

        tanpaAlasan.Errors.Count.ShouldBe(1);
        (tanpaAlasan.ErrorUtama!.Kode, tanpaAlasan.ErrorUtama.Jenis).ShouldBe((nameof(PenugasanPenuhWaktuTumpangTindihPerluAlasan), ErrorKind.AturanDilanggar));
        tanpaAlasan.ErrorUtama.Pesan.ShouldBe("Pegawai sedang menjalani penugasan penuh waktu pada periode yang sama. Tolak permohonan, atau setujui dengan alasan pengecualian.");
        var p = await sk.PermohonanAsync(id);
        (p.LangkahAktif, p.AlasanPengecualianKetersediaan, p.Langkah[1].Hasil).ShouldBe((1, null, HasilLangkah.Menunggu));
        (await sk.VersiAsync(id)).ShouldBe(versi);

        var denganAlasan = await sk.ProsesAsync(id, x.Puo.SebagaiPimpinan(), alasanPengecualian: "  Penugasan penuh waktu sebelumnya hanya untuk minggu pertama.  ");

        denganAlasan.Berhasil.ShouldBeTrue();
        p = await sk.PermohonanAsync(id);
        (p.LangkahAktif, p.AlasanPengecualianKetersediaan).ShouldBe((2, "Penugasan penuh waktu sebelumnya hanya untuk minggu pertama."));
        (p.Langkah[1].Hasil, p.Langkah[1].DilakukanOlehPegawaiId).ShouldBe((HasilLangkah.Disetujui, (Guid?)x.Puo.PegawaiId));
    }

    /// <summary>V-PER-06 [P], HSU Ps 10(3) (beban kerja): beban kerja pokok (80 %) + 25 % other work + 10 % requested = 115 % → a reason is required.</summary>
    [Fact]
    public async Task VPer06_BebanMelebihiSeratusPersen_TanpaAlasanDitolak_DenganAlasanDiterima()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        SkenarioPenugasan.Pasti(await sk.TunjukAsync(x, x.Puo, penuhWaktu: false, alokasi: 25));
        var id = await SampaiKeputusanAsync(x, pemilik, alokasi: 10);

        var tanpaAlasan = await sk.ProsesAsync(id, x.Puo.SebagaiPimpinan());

        tanpaAlasan.Errors.Count.ShouldBe(1);
        (tanpaAlasan.ErrorUtama!.Kode, tanpaAlasan.ErrorUtama.Pesan).ShouldBe((nameof(BebanMelebihiKapasitasPerluAlasan),
            "Beban kerja pegawai pada periode tersebut menjadi 115% (di atas 100%). Setujui hanya dengan alasan pengecualian."));
        (await sk.PermohonanAsync(id)).LangkahAktif.ShouldBe(1);

        (await sk.ProsesAsync(id, x.Puo.SebagaiPimpinan(), alasanPengecualian: "Tugas rutin dialihkan sementara ke rekan seksi.")).Berhasil.ShouldBeTrue();
        (await sk.PermohonanAsync(id)).AlasanPengecualianKetersediaan.ShouldBe("Tugas rutin dialihkan sementara ke rekan seksi.");
    }

    /// <summary>V-PER-06 [P], HSU Ps 19 (home targets first): a full-time request overlapping any other additional Penugasan needs a reason too.</summary>
    [Fact]
    public async Task VPer06_PermohonanPenuhWaktuTumpangTindihPenugasanLain_PerluAlasan()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        SkenarioPenugasan.Pasti(await sk.TunjukAsync(x, x.Puo, penuhWaktu: false, alokasi: 5));
        var id = await SampaiKeputusanAsync(x, pemilik, alokasi: 10, penuhWaktu: true);

        var tanpaAlasan = await sk.ProsesAsync(id, x.Puo.SebagaiPimpinan());

        tanpaAlasan.Errors.Select(e => e.Kode).ShouldBe([nameof(PenugasanPenuhWaktuTumpangTindihPerluAlasan)]);
        (await sk.ProsesAsync(id, x.Puo.SebagaiPimpinan(), alasanPengecualian: "Penugasan lain hanya koordinasi ringan.")).Berhasil.ShouldBeTrue();
    }

    /// <summary>
    /// Control: a full-time Penugasan that ends before the requested period does not count, and HSU (Dianjurkan) needs
    /// no attestations: the decision passes without any reason and none is stored.
    /// </summary>
    [Fact]
    public async Task VPer06_PenugasanPenuhWaktuDiLuarPeriode_TidakMenghalangi_TanpaPernyataan()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        SkenarioPenugasan.Pasti(await sk.TunjukAsync(x, x.Puo, penuhWaktu: true, alokasi: 100, mulai: sk.HariIni.AddDays(1), selesai: sk.Mulai.AddDays(-1)));
        var id = await SampaiKeputusanAsync(x, pemilik);

        var detail = await db.TanyaAsync(new DetailPermohonanQuery(id), x.Puo.SebagaiPimpinan());
        detail!.Ketersediaan!.Ringkasan.ShouldBe(new Ketersediaan(false, 0, 90));
        detail.Ketersediaan.Lain.ShouldBeEmpty();

        var hasil = await sk.ProsesAsync(id, x.Puo.SebagaiPimpinan(), nyatakanKetersediaan: false);

        hasil.Berhasil.ShouldBeTrue();
        var p = await sk.PermohonanAsync(id);
        (p.LangkahAktif, p.AlasanPengecualianKetersediaan).ShouldBe((2, null));
    }
}
