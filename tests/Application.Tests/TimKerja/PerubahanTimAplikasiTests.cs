using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Tests.AlurPenugasan;
using SistemKerja.Application.Tests.NaskahDinas;
using SistemKerja.Application.TimKerja.BentukTim;
using SistemKerja.Application.TimKerja.DetailTim;
using SistemKerja.Application.TimKerja.PerubahanKeputusanTim;
using SistemKerja.Application.TimKerja.TetapkanTim;
using SistemKerja.Application.TimKerja.UbahRincianTim;
using SistemKerja.Application.TimKerja.UbahSusunanTim;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Domain.TimKerja;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.TimKerja;

/// <summary>
/// Amending a team that is set, through the use cases on the demo region (HSU preset: the PUO sets teams, `000_f720e179c5bde346.txt`
/// Ps 20(1)): the amending Keputusan "Perubahan atas Keputusan … Nomor …" (DOMAIN.md §8.2, §11.8) and an abandoned amendment.
/// </summary>
public sealed class PerubahanTimAplikasiTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private const string Alasan = "Salah satu anggota ditugaskan pada kegiatan lain";
    private readonly SkenarioPenugasan sk = new(db);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<Tim> TimAsync(Guid id) => db.BacaAsync(c => c.Tim.AsNoTracking().SingleAsync(t => t.Id == id, Ct));

    private async Task<Result> SusunAsync(Guid timId, Orang oleh, AksiSusunan aksi, Guid? pegawaiId = null, Guid? personelId = null) =>
        await db.KirimAsync(new UbahSusunanTimCommand(timId, (await TimAsync(timId)).Versi, aksi, pegawaiId, personelId), oleh.SebagaiPimpinan());

    /// <summary>A team of the Bidang Aplikasi set by its PUO: ketua A, anggota B; C is a third staff member not in it.</summary>
    private async Task<(Guid TimId, Orang Puo, PegawaiUji A, PegawaiUji B, PegawaiUji C, Guid DokumenId)> TimDitetapkanAsync(string nama)
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var staf = new List<PegawaiUji>();
        while (staf.Count < 3)
        {
            staf.Add(await sk.PegawaiDenganAsync(k => k.UnitPuoId == pemilik.UnitId));
        }

        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(new BentukTimCommand(pemilik.UnitId, nama, "Menyusun rancangan dasbor", "Dasbor terbit", "1 Aplikasi",
            JenisTugasTim.Insidental, sk.HariIni, sk.HariIni.AddDays(90), false), pemilik.Puo.SebagaiPimpinan()));
        (await SusunAsync(id, pemilik.Puo, AksiSusunan.TambahKetua, staf[0].Diri.PegawaiId)).Berhasil.ShouldBeTrue();
        (await SusunAsync(id, pemilik.Puo, AksiSusunan.TambahAnggota, staf[1].Diri.PegawaiId)).Berhasil.ShouldBeTrue();
        var dokumen = SkenarioPenugasan.Pasti(await db.KirimAsync(new TetapkanTimCommand(id, (await TimAsync(id)).Versi), pemilik.Puo.SebagaiPimpinan()));
        return (id, pemilik.Puo, staf[0], staf[1], staf[2], dokumen);
    }

    private async Task<Result> MulaiAsync(Guid timId, PenggunaUji oleh, string? alasan = Alasan, uint? versi = null) =>
        await db.KirimAsync(new MulaiPerubahanTimCommand(timId, versi ?? (await TimAsync(timId)).Versi, alasan), oleh);

    // One member leaves, another joins; the PUO sets the amending Keputusan, which names the decree it amends by number and
    // revokes its Lampiran; the member who left is told; the forming decree stays on record.
    [Fact]
    public async Task Perubahan_DitetapkanDenganKeputusanPerubahanYangMenyebutNomorLama()
    {
        var (id, puo, a, b, c, dokumenLama) = await TimDitetapkanAsync("Tim Dasbor Kinerja Daerah");
        var nomorLama = await db.BacaAsync(x => x.Dokumen.Where(d => d.Id == dokumenLama).Select(d => d.Nomor).SingleAsync(Ct));

        (await MulaiAsync(id, puo.SebagaiPimpinan())).Berhasil.ShouldBeTrue();
        var keluar = (await TimAsync(id)).PersonelDariPegawai(b.Diri.PegawaiId)!.Id;
        (await SusunAsync(id, puo, AksiSusunan.Keluarkan, personelId: keluar)).Berhasil.ShouldBeTrue();
        (await SusunAsync(id, puo, AksiSusunan.TambahAnggota, c.Diri.PegawaiId)).Berhasil.ShouldBeTrue();
        var detail = (await db.TanyaAsync(new DetailTimQuery(id), puo.SebagaiPimpinan()))!;
        detail.Perubahan!.Perbedaan.ShouldBe([$"Masuk sebagai Anggota Tim: {c.Diri.Nama} ({c.Diri.Jabatan})", $"Keluar (Anggota Tim): {b.Diri.Nama} ({b.Diri.Jabatan})"]);
        detail.PilihanPenetapan.Select(p => p.Tombol).ShouldBe(["Tetapkan perubahan dan terbitkan Keputusan perubahan"]);

        var dokumenId = SkenarioPenugasan.Pasti(await db.KirimAsync(new TetapkanTimCommand(id, (await TimAsync(id)).Versi), puo.SebagaiPimpinan()));

        var tim = await TimAsync(id);
        (tim.Status, tim.Perubahan, tim.Keputusan!.PerubahanKe, tim.Keputusan.AlasanPerubahan).ShouldBe((StatusTim.Ditetapkan, (PerubahanTim?)null, 1, Alasan));
        tim.Personel.Select(p => p.PegawaiId).ShouldBe([a.Diri.PegawaiId, c.Diri.PegawaiId], ignoreOrder: true);
        var dok = await db.BacaAsync(x => x.Dokumen.AsNoTracking().SingleAsync(d => d.Id == dokumenId, Ct));
        (dok.Jenis, dok.Perihal).ShouldBe((JenisDokumen.KeputusanTimKerja, "Keputusan perubahan Tim Kerja Dasbor Kinerja Daerah"));
        (await db.BacaAsync(x => x.Dokumen.Where(d => d.Id == dokumenLama).Select(d => d.Status).SingleAsync(Ct))).ShouldBe(StatusDokumen.Berlaku);

        var teks = await NaskahUji.TeksAsync(await NaskahUji.IsiAsync(db, dokumenId));
        teks.ShouldContain($"PERUBAHAN ATAS KEPUTUSAN {puo.Jabatan.ToUpperInvariant()} NOMOR {nomorLama} TENTANG PEMBENTUKAN TIM KERJA DASBOR KINERJA DAERAH");
        teks.ShouldContain($"telah dibentuk dengan Keputusan {puo.Jabatan} Nomor {nomorLama}");
        teks.ShouldContain($"bahwa {Alasan}, sehingga perlu mengubah");
        teks.ShouldContain($"Lampiran Keputusan {puo.Jabatan} Nomor {nomorLama} dicabut dan dinyatakan tidak berlaku");
        teks.ShouldContain(c.Diri.Nama);
        teks.ShouldNotContain(b.Diri.Nama);

        (await sk.NotifikasiAsync(b.Diri.PegawaiId, $"/Tim/Detail/{id}")).ShouldContain($"Tim Kerja Dasbor Kinerja Daerah diubah ({dok.Nomor})");
        var sesudah = (await db.TanyaAsync(new DetailTimQuery(id), puo.SebagaiPimpinan()))!;
        (sesudah.Keputusan!.Value.Nomor, sesudah.PerubahanKe, sesudah.Perubahan).ShouldBe((dok.Nomor, 1, (PerubahanDetail?)null));
    }

    // Abandoning restores the team as decreed, in the database (rows removed during the amendment come back with their ids).
    [Fact]
    public async Task Perubahan_Dibatalkan_TimTersimpanKembaliSesuaiKeputusan()
    {
        var (id, puo, a, b, c, _) = await TimDitetapkanAsync("Tim Katalog Layanan Digital");
        var sebelum = (await TimAsync(id)).Personel.Select(p => (p.Id, p.PegawaiId, p.Peran)).OrderBy(x => x.Id).ToList();

        (await MulaiAsync(id, puo.SebagaiPimpinan())).Berhasil.ShouldBeTrue();
        var tim = await TimAsync(id);
        (await SusunAsync(id, puo, AksiSusunan.Keluarkan, personelId: tim.PersonelDariPegawai(b.Diri.PegawaiId)!.Id)).Berhasil.ShouldBeTrue();
        (await SusunAsync(id, puo, AksiSusunan.LepasKetua, personelId: tim.PersonelDariPegawai(a.Diri.PegawaiId)!.Id)).Berhasil.ShouldBeTrue();
        (await SusunAsync(id, puo, AksiSusunan.TambahAnggota, c.Diri.PegawaiId)).Berhasil.ShouldBeTrue();

        var batal = await db.KirimAsync(new BatalkanPerubahanTimCommand(id, (await TimAsync(id)).Versi), puo.SebagaiPimpinan());
        batal.Berhasil.ShouldBeTrue(batal.ErrorUtama?.Pesan);

        var kembali = await TimAsync(id);
        (kembali.Status, kembali.Perubahan).ShouldBe((StatusTim.Ditetapkan, (PerubahanTim?)null));
        kembali.Personel.Select(p => (p.Id, p.PegawaiId, p.Peran)).OrderBy(x => x.Id).ShouldBe(sebelum);
        (await MulaiAsync(id, puo.SebagaiPimpinan())).Berhasil.ShouldBeTrue();
    }

    // Bad input and the wrong people change nothing: no reason, a member or another unit's head, a stale version, an amending
    // decree that changes nothing, abandoning when nothing is being amended.
    [Fact]
    public async Task Perubahan_MasukanSalahAtauTanpaHak_DitolakTanpaPerubahan()
    {
        var (id, puo, a, _, _, _) = await TimDitetapkanAsync("Tim Integrasi Data Layanan");
        var versi = (await TimAsync(id)).Versi;

        (await db.KirimAsync(new BatalkanPerubahanTimCommand(id, versi), puo.SebagaiPimpinan())).ErrorUtama!.Kode.ShouldBe(nameof(AksiTimSesuaiStatus));
        (await MulaiAsync(id, puo.SebagaiPimpinan(), "   ")).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Validasi);
        (await MulaiAsync(id, a.Diri.SebagaiPegawai())).ErrorUtama!.Jenis.ShouldBeOneOf(ErrorKind.Terlarang, ErrorKind.TidakDitemukan);
        var lain = await sk.PemilikKinerjaAsync("DISKOMINFO", "Bidang Informasi dan Komunikasi Publik");
        (await MulaiAsync(id, lain.Puo.SebagaiPimpinan())).ErrorUtama!.Jenis.ShouldBeOneOf(ErrorKind.Terlarang, ErrorKind.TidakDitemukan);
        (await MulaiAsync(id, puo.SebagaiPimpinan(), versi: versi + 3)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Konflik);
        var tim = await TimAsync(id);
        (tim.Versi, tim.Status).ShouldBe((versi, StatusTim.Ditetapkan));

        (await MulaiAsync(id, puo.SebagaiPimpinan())).Berhasil.ShouldBeTrue();
        var kosong = await db.KirimAsync(new TetapkanTimCommand(id, (await TimAsync(id)).Versi), puo.SebagaiPimpinan());
        kosong.ErrorUtama!.Kode.ShouldBe(nameof(PerubahanTimHarusMengubahSesuatu));
        var masih = await TimAsync(id);
        (masih.Status, masih.Keputusan!.PerubahanKe).ShouldBe((StatusTim.DalamPerubahan, 0));
        (await db.BacaAsync(x => x.Dokumen.CountAsync(d => d.SumberId == id, Ct))).ShouldBe(1);
    }

    private async Task<(Guid Id, string Nomor)> TetapkanAsync(Guid timId, Orang oleh)
    {
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(new TetapkanTimCommand(timId, (await TimAsync(timId)).Versi), oleh.SebagaiPimpinan()));
        return (id, await db.BacaAsync(x => x.Dokumen.Where(d => d.Id == id).Select(d => d.Nomor).SingleAsync(Ct)));
    }

    // The second amendment cites the forming decree by its number and the team's name at formation, "sebagaimana telah diubah
    // terakhir dengan" the first amendment, and revokes the Lampiran of that last amendment (legal drafting practice).
    [Fact]
    public async Task PerubahanKedua_DenganNamaBaru_MenyebutPembentukanDanPerubahanTerakhir()
    {
        var (id, puo, _, _, c, dokumenAwal) = await TimDitetapkanAsync("Tim Portal Data Daerah");
        var nomorAwal = await db.BacaAsync(x => x.Dokumen.Where(d => d.Id == dokumenAwal).Select(d => d.Nomor).SingleAsync(Ct));
        (await MulaiAsync(id, puo.SebagaiPimpinan())).Berhasil.ShouldBeTrue();
        (await SusunAsync(id, puo, AksiSusunan.TambahAnggota, c.Diri.PegawaiId)).Berhasil.ShouldBeTrue();
        var (_, nomorPertama) = await TetapkanAsync(id, puo);

        (await MulaiAsync(id, puo.SebagaiPimpinan(), "Nama tim disesuaikan dengan nomenklatur baru")).Berhasil.ShouldBeTrue();
        var t = await TimAsync(id);
        (await db.KirimAsync(new UbahRincianTimCommand(id, t.Versi, "Tim Satu Data Daerah", string.Join("\n", t.Tugas), t.Sasaran, t.SatuanSasaran, t.JenisTugas,
            t.TanggalMulai, t.TanggalSelesai, false), puo.SebagaiPimpinan())).Berhasil.ShouldBeTrue();
        var (kedua, _) = await TetapkanAsync(id, puo);

        (await TimAsync(id)).Keputusan!.PerubahanKe.ShouldBe(2);
        var teks = await NaskahUji.TeksAsync(await NaskahUji.IsiAsync(db, kedua));
        var jabatan = puo.Jabatan.ToUpperInvariant();
        teks.ShouldContain($"PERUBAHAN KEDUA ATAS KEPUTUSAN {jabatan} NOMOR {nomorAwal} TENTANG PEMBENTUKAN TIM KERJA PORTAL DATA DAERAH");
        teks.ShouldContain($"Tim Kerja Portal Data Daerah telah dibentuk dengan Keputusan {puo.Jabatan} Nomor {nomorAwal} tanggal");
        teks.ShouldContain($"sebagaimana telah diubah terakhir dengan Keputusan {puo.Jabatan} Nomor {nomorPertama} tanggal");
        teks.ShouldContain($"Lampiran Keputusan {puo.Jabatan} Nomor {nomorPertama} dicabut dan dinyatakan tidak berlaku");
        teks.ShouldContain("sehingga Tim Kerja Satu Data Daerah untuk masa kerja");
    }

    // Product behaviour, not a regulation rule: the team's page lists every document of the team in force, oldest first, each named
    // as it names itself (the forming one, "Perubahan", "Perubahan Kedua"), so an auditor sees the whole chain and not only the latest.
    [Fact]
    public async Task DetailTim_SetelahDuaPerubahan_RiwayatNaskahMemuatSemuaNaskahUrutDariPembentukan()
    {
        var (id, puo, _, _, c, dokumenAwal) = await TimDitetapkanAsync("Tim Riwayat Naskah Daerah");
        (await MulaiAsync(id, puo.SebagaiPimpinan())).Berhasil.ShouldBeTrue();
        (await SusunAsync(id, puo, AksiSusunan.TambahAnggota, c.Diri.PegawaiId)).Berhasil.ShouldBeTrue();
        var (pertama, _) = await TetapkanAsync(id, puo);
        (await MulaiAsync(id, puo.SebagaiPimpinan(), "Masa kerja diperpanjang")).Berhasil.ShouldBeTrue();
        var t = await TimAsync(id);
        (await db.KirimAsync(new UbahRincianTimCommand(id, t.Versi, t.Nama, string.Join("\n", t.Tugas), t.Sasaran, t.SatuanSasaran, t.JenisTugas,
            t.TanggalMulai, t.TanggalSelesai.AddDays(30), false), puo.SebagaiPimpinan())).Berhasil.ShouldBeTrue();
        var (kedua, _) = await TetapkanAsync(id, puo);
        var dokumen = await db.BacaAsync(x => x.Dokumen.AsNoTracking().Where(d => d.SumberId == id)
            .ToDictionaryAsync(d => d.Id, d => (d.Nomor, d.Tanggal, d.JabatanPenandatangan), Ct));
        dokumen.Count.ShouldBe(3);

        var detail = (await db.TanyaAsync(new DetailTimQuery(id), puo.SebagaiPimpinan()))!;

        var diharapkan = new (Guid Id, string Sebutan)[] { (dokumenAwal, "Pembentukan"), (pertama, "Perubahan"), (kedua, "Perubahan Kedua") }
            .Select(x => (x.Id, x.Sebutan, dokumen[x.Id].Nomor, dokumen[x.Id].Tanggal, dokumen[x.Id].JabatanPenandatangan)).ToList();
        detail.RiwayatNaskah.Select(n => (n.DokumenId, n.Sebutan, n.Nomor, n.Tanggal, n.JabatanPenetap)).ToList().ShouldBe(diharapkan);
        dokumen[dokumenAwal].JabatanPenandatangan.ShouldBe(puo.Jabatan);
        (detail.Keputusan!.Value.Nomor, detail.Keputusan.Value.DokumenId, detail.PerubahanKe).ShouldBe((dokumen[kedua].Nomor, (Guid?)kedua, 2));

        // A draft has no document yet: nothing to list.
        var draf = SkenarioPenugasan.Pasti(await db.KirimAsync(new BentukTimCommand((await sk.PemilikKinerjaAsync()).UnitId, "Tim Tanpa Naskah", "Menyusun data",
            null, null, JenisTugasTim.Insidental, sk.HariIni, sk.HariIni.AddDays(30), false), puo.SebagaiPimpinan()));
        (await db.TanyaAsync(new DetailTimQuery(draf), puo.SebagaiPimpinan()))!.RiwayatNaskah.ShouldBeEmpty();
    }

    // Taking a person out and putting them back (a new row for the same pegawai), then abandoning: the decreed row returns.
    [Fact]
    public async Task Perubahan_KeluarMasukLaluDibatalkan_BarisSemulaKembali()
    {
        var (id, puo, _, b, _, _) = await TimDitetapkanAsync("Tim Layanan Aduan Daring");
        var semula = (await TimAsync(id)).PersonelDariPegawai(b.Diri.PegawaiId)!.Id;
        (await MulaiAsync(id, puo.SebagaiPimpinan())).Berhasil.ShouldBeTrue();
        (await SusunAsync(id, puo, AksiSusunan.Keluarkan, personelId: semula)).Berhasil.ShouldBeTrue();
        (await SusunAsync(id, puo, AksiSusunan.TambahAnggota, b.Diri.PegawaiId)).Berhasil.ShouldBeTrue();
        (await TimAsync(id)).PersonelDariPegawai(b.Diri.PegawaiId)!.Id.ShouldNotBe(semula);

        var batal = await db.KirimAsync(new BatalkanPerubahanTimCommand(id, (await TimAsync(id)).Versi), puo.SebagaiPimpinan());

        batal.Berhasil.ShouldBeTrue(batal.ErrorUtama?.Pesan);
        (await TimAsync(id)).PersonelDariPegawai(b.Diri.PegawaiId)!.Id.ShouldBe(semula);
    }
}
