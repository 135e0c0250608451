using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Tests.AlurPenugasan;
using SistemKerja.Domain.Dokumen;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.NaskahDinas;

/// <summary>
/// The letters of a request become numbered, verifiable PDFs: the surat permohonan pelibatan when it is sent (HSU
/// `000_f720e179c5bde346.txt` Ps 13a, Ps 17: maksud dan tujuan, kompetensi, ekspektasi, durasi), and the written answer
/// with its reasons when it is refused (Ps 13d) or approved (Ps 13b–c).
/// </summary>
public sealed class SuratPermohonanTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    [Fact]
    public async Task Hsu_Ps13a_Ps17_PermohonanTerkirim_SuratPermohonanPelibatanMemuatEmpatUnsur()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);

        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik), pemilik.Puo.SebagaiPimpinan()));

        var surat = await db.BacaAsync(c => c.Dokumen.AsNoTracking().SingleAsync(d => d.SumberId == id));
        surat.Jenis.ShouldBe(JenisDokumen.SuratPermohonanPelibatan);
        surat.PerangkatDaerahId.ShouldBe(pemilik.PerangkatDaerahId);
        surat.Penandatangan.ShouldBe(pemilik.Puo.Nama);
        var teks = await NaskahUji.TeksAsync(await NaskahUji.IsiAsync(db, surat.Id));
        teks.ShouldContain($"Nomor : {surat.Nomor}");
        teks.ShouldContain("Permohonan pelibatan Pejabat Fungsional/Pelaksana");
        teks.ShouldContain($"Maksud dan tujuan : {SkenarioPenugasan.Maksud}");
        teks.ShouldContain("Kompetensi yang dibutuhkan :");
        teks.ShouldContain($"Ekspektasi/target kinerja : {SkenarioPenugasan.Ekspektasi}");
        teks.ShouldContain($"Durasi pelibatan : {NaskahUji.TanggalIndonesia(sk.Mulai)} s.d. {NaskahUji.TanggalIndonesia(sk.Selesai)}");
        teks.ShouldContain(x.Diri.Nama);
        teks.ShouldContain(surat.KodeVerifikasi);
    }

    [Fact]
    public async Task Hsu_Ps13d_Ditolak_SuratJawabanPenolakanDenganAlasan()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik), pemilik.Puo.SebagaiPimpinan()));

        // HSU: the PPK recommends first (Ps 13b); the PPK refuses here, with reasons.
        var hasil = await sk.ProsesAsync(id, x.Ppk.SebagaiPimpinan(), setujui: false, catatan: "Beban kerja seksi sedang puncak akhir tahun.");

        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        var jawaban = await db.BacaAsync(c => c.Dokumen.AsNoTracking().SingleAsync(d => d.SumberId == id && d.Jenis == JenisDokumen.SuratJawabanPenolakan));
        jawaban.Penandatangan.ShouldBe(x.Ppk.Nama);
        var teks = await NaskahUji.TeksAsync(await NaskahUji.IsiAsync(db, jawaban.Id));
        teks.ShouldContain("Penolakan permohonan pelibatan");
        teks.ShouldContain("tidak dapat menyetujui");
        teks.ShouldContain("Beban kerja seksi sedang puncak akhir tahun.");
    }
}

/// <summary>
/// V-SUK-04 (HSU `000_f720e179c5bde346.txt` Lampiran II.B.2: the written request only "setelah mendapatkan persetujuan
/// dan/atau rekomendasi dari PPK dan/atau Kepala UO"): no letter to the target before the home consent; refused at home, none ever.
/// </summary>
public sealed class SuratPengajuanSukarelaTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    [Fact]
    public async Task Hsu_LampiranII_B2_SuratPengajuanSetelahPersetujuanAwal_DitujukanKePimpinanTujuan()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Sukarela(Domain.Penugasan.JenisPermohonan.SukarelaLintasUnit, pemilik.UnitId), x.Diri.SebagaiPegawai()));

        (await db.BacaAsync(c => c.Dokumen.CountAsync(d => d.SumberId == id))).ShouldBe(0);

        await sk.SetujuiAsync(id, x.Ppk.SebagaiPimpinan());

        var surat = await db.BacaAsync(c => c.Dokumen.AsNoTracking().SingleAsync(d => d.SumberId == id));
        surat.Jenis.ShouldBe(JenisDokumen.SuratPengajuanSukarela);
        surat.Penandatangan.ShouldBe(x.Diri.Nama);
        var teks = await NaskahUji.TeksAsync(await NaskahUji.IsiAsync(db, surat.Id));
        teks.ShouldContain($"Yth. {pemilik.Puo.Jabatan}");
        teks.ShouldNotContain(" atau ");
    }

    [Fact]
    public async Task Hsu_LampiranII_B2_DitolakDiAsal_TidakAdaSuratPengajuan()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Sukarela(Domain.Penugasan.JenisPermohonan.SukarelaLintasUnit, pemilik.UnitId), x.Diri.SebagaiPegawai()));

        (await sk.ProsesAsync(id, x.Ppk.SebagaiPimpinan(), setujui: false, catatan: "Target unit sendiri belum tercapai.")).Berhasil.ShouldBeTrue();

        var jenis = await db.BacaAsync(c => c.Dokumen.Where(d => d.SumberId == id).Select(d => d.Jenis).ToListAsync());
        jenis.ShouldBe([JenisDokumen.SuratJawabanPenolakan]);
    }
}
