using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Application.Tests.AlurPenugasan;
using SistemKerja.Application.Tests.NaskahDinas;
using SistemKerja.Application.TimKerja.BebanKerja;
using SistemKerja.Application.TimKerja.BentukTim;
using SistemKerja.Application.TimKerja.DetailTim;
using SistemKerja.Application.TimKerja.HasilTim;
using SistemKerja.Application.TimKerja.LaporanTim;
using SistemKerja.Application.TimKerja.RekomendasiTim;
using SistemKerja.Application.TimKerja.TetapkanTim;
using SistemKerja.Application.TimKerja.UbahSusunanTim;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.TimKerja;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.TimKerja;

/// <summary>
/// Tim Kerja through the use cases on the demo region (HSU preset unless a test switches): WF-2 (DOMAIN.md §6.4, §8),
/// reporting (§9.2), evaluation (§10) and the Rekomendasi Penilaian Kinerja (§9.4, T9).
/// </summary>
public sealed class TimKerjaAplikasiTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private BentukTimCommand Rancangan(PemilikKinerjaUji pemilik, string nama = "Tim Pengembangan Dasbor Layanan") =>
        new(pemilik.UnitId, nama, "Menyusun rancangan dasbor\nMengumpulkan data layanan", "Dasbor layanan terbit", "1 Aplikasi", JenisTugasTim.Insidental,
            sk.HariIni, sk.HariIni.AddDays(90), false);

    private Task<Tim> TimAsync(Guid id) => db.BacaAsync(c => c.Tim.AsNoTracking().SingleAsync(t => t.Id == id, Ct));

    private async Task<Result> SusunAsync(Guid timId, Orang oleh, AksiSusunan aksi, Guid? pegawaiId = null, Guid? personelId = null, string? alasanLuarUnit = null) =>
        await db.KirimAsync(new UbahSusunanTimCommand(timId, (await TimAsync(timId)).Versi, aksi, pegawaiId, personelId, AlasanLuarUnit: alasanLuarUnit), oleh.SebagaiPimpinan());

    /// <summary>Two Pelaksana whose Pimpinan Unit Organisasi leads the pemilik kinerja unit (members "dalam unit").</summary>
    private async Task<(PegawaiUji A, PegawaiUji B)> StafAsync(PemilikKinerjaUji pemilik) =>
        (await sk.PegawaiDenganAsync(k => k.UnitPuoId == pemilik.UnitId), await sk.PegawaiDenganAsync(k => k.UnitPuoId == pemilik.UnitId));

    /// <summary>A Pelaksana of the unit who may lead a team in MUBA: kelas jabatan 7 or above (T1 Lampiran II, V-TIM-04).</summary>
    private async Task<PegawaiUji> KetuaKelasTujuhAsync(PemilikKinerjaUji pemilik)
    {
        var kelasTujuh = (await db.BacaAsync(c => (from p in c.PemangkuJabatan
                                                   join j in c.Jabatan on p.JabatanId equals j.Id
                                                   where j.KelasJabatan >= 7 && j.PerangkatDaerahId == pemilik.PerangkatDaerahId && p.TanggalSelesai == null
                                                   select p.PegawaiId).ToListAsync(Ct))).ToHashSet();
        return await sk.PegawaiDenganAsync(k => k.UnitPuoId == pemilik.UnitId && kelasTujuh.Contains(k.Diri.PegawaiId));
    }

    /// <summary>A draft with two members of the unit, the first as ketua.</summary>
    private async Task<(Guid TimId, PemilikKinerjaUji Pemilik, PegawaiUji Ketua, PegawaiUji Anggota)> TimDalamUnitAsync(string nama)
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var (a, b) = await StafAsync(pemilik);
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(Rancangan(pemilik, nama), pemilik.Puo.SebagaiPimpinan()));
        (await SusunAsync(id, pemilik.Puo, AksiSusunan.TambahKetua, a.Diri.PegawaiId)).Berhasil.ShouldBeTrue();
        (await SusunAsync(id, pemilik.Puo, AksiSusunan.TambahAnggota, b.Diri.PegawaiId)).Berhasil.ShouldBeTrue();
        return (id, pemilik, a, b);
    }

    /// <summary>WF-3 on the HSU preset approved to the end (Ps 13a–e): the PPK recommends, the PUO asal decides, the pegawai drafts, the PUO signs.</summary>
    private async Task<Guid> PelibatanDisetujuiAsync(PegawaiUji x, PemilikKinerjaUji pemilik)
    {
        var permohonan = SkenarioPenugasan.Pasti(await db.KirimAsync(sk.Pelibatan(x, pemilik), pemilik.Puo.SebagaiPimpinan()));
        await sk.SetujuiAsync(permohonan, x.Ppk.SebagaiPimpinan());
        await sk.SetujuiAsync(permohonan, x.Puo.SebagaiPimpinan(), nyatakanKetersediaan: true);
        await sk.SetujuiAsync(permohonan, x.Diri.SebagaiPegawai());
        await sk.SetujuiAsync(permohonan, x.Puo.SebagaiPimpinan());
        return permohonan;
    }

    private async Task<Guid> TetapkanAsync(Guid timId, Orang oleh) =>
        SkenarioPenugasan.Pasti(await db.KirimAsync(new TetapkanTimCommand(timId, (await TimAsync(timId)).Versi), oleh.SebagaiPimpinan()));

    /// <summary>
    /// HSU `000_f720e179c5bde346.txt` Ps 20(1): the PUO forms the team and appoints its ketua; the decree of a team dalam unit is
    /// the PUO's (DOMAIN.md §8.2 D10 [P]). The Keputusan is a numbered PDF with the Lampiran of the susunan (§11.8 T8).
    /// </summary>
    [Fact]
    public async Task Hsu_Ps20_PuoMembentukMenetapkan_KeputusanBerlampiranSusunanDiterbitkan()
    {
        var (id, pemilik, ketua, anggota) = await TimDalamUnitAsync("Tim Dasbor Layanan Publik");

        var dokumenId = await TetapkanAsync(id, pemilik.Puo);

        var tim = await TimAsync(id);
        tim.Status.ShouldBe(StatusTim.Ditetapkan);
        tim.Keputusan!.PenetapJabatanId.ShouldBe(pemilik.Puo.JabatanId);
        tim.Ketua!.PegawaiId.ShouldBe(ketua.Diri.PegawaiId);
        var dok = await db.BacaAsync(c => c.Dokumen.AsNoTracking().SingleAsync(d => d.Id == dokumenId, Ct));
        (dok.Jenis, dok.SumberId, dok.Status).ShouldBe((JenisDokumen.KeputusanTimKerja, (Guid?)id, StatusDokumen.Berlaku));
        (await db.TanyaAsync(new DetailTimQuery(id), pemilik.Puo.SebagaiPimpinan()))!.NaskahPembentukan.ShouldBe("Keputusan");
        var teks = await NaskahUji.TeksAsync(await NaskahUji.IsiAsync(db, dokumenId));
        teks.ShouldContain($"KEPUTUSAN {pemilik.Puo.Jabatan.ToUpperInvariant()}");
        teks.ShouldContain($"NOMOR: {dok.Nomor}");
        teks.ShouldContain("PEMBENTUKAN TIM KERJA DASBOR LAYANAN PUBLIK");
        teks.ShouldContain("MEMUTUSKAN");
        teks.ShouldContain("Menyusun rancangan dasbor");
        teks.ShouldContain("LAMPIRAN");
        teks.ShouldContain($"Ketua Tim {ketua.Diri.Nama}");
        teks.ShouldContain($"Anggota Tim {anggota.Diri.Nama}");
        teks.ShouldContain($"Penanggung Jawab {pemilik.Puo.Nama}");
        teks.ShouldContain(dok.KodeVerifikasi);
        (await sk.NotifikasiAsync(anggota.Diri.PegawaiId, $"/Tim/Detail/{id}")).ShouldBe([$"Tim Kerja Dasbor Layanan Publik ditetapkan ({dok.Nomor})"]);

        // Every member receives the decree (§6.4): the anggota downloads it; a pegawai outside the team does not find it.
        var isi = await NaskahUji.IsiAsync(db, dokumenId);
        SkenarioPenugasan.Pasti(await db.KirimAsync(new UnduhDokumenCommand(dokumenId), anggota.Diri.SebagaiPegawai())).Isi.ShouldBe(isi);
        var orangLain = await sk.PegawaiDenganAsync(k => k.UnitPuoId != pemilik.UnitId);
        (await db.KirimAsync(new UnduhDokumenCommand(dokumenId), orangLain.Diri.SebagaiPegawai())).ErrorUtama!.Jenis.ShouldBe(ErrorKind.TidakDitemukan);

        // A set team's composition is fixed (§6.4: changes go through a new decree).
        (await SusunAsync(id, pemilik.Puo, AksiSusunan.Keluarkan, personelId: tim.Anggota[0].Id)).ErrorUtama!.Pesan.ShouldContain("ditetapkan");
    }

    // Product behaviour, not a regulation rule: the ketua ranking on the team's page keeps the current ketua (the others are ranked
    // against them) but marks them, so the page does not offer to appoint them again; once released, they are a candidate like any other.
    [Fact]
    public async Task DetailTim_PeringkatKetua_KetuaSaatIniDitandaiBukanCalonBaru()
    {
        var (id, pemilik, ketua, anggota) = await TimDalamUnitAsync("Tim Peringkat Ketua Layanan");
        var tim = await TimAsync(id);
        var personelKetua = tim.PersonelDariPegawai(ketua.Diri.PegawaiId)!.Id;
        var personelAnggota = tim.PersonelDariPegawai(anggota.Diri.PegawaiId)!.Id;

        var detail = (await db.TanyaAsync(new DetailTimQuery(id), pemilik.Puo.SebagaiPimpinan()))!;

        detail.PeringkatKetua.Select(c => (c.PersonelId, c.KetuaSaatIni)).ShouldBe([(personelKetua, true), (personelAnggota, false)], ignoreOrder: true);

        (await SusunAsync(id, pemilik.Puo, AksiSusunan.LepasKetua, personelId: personelKetua)).Berhasil.ShouldBeTrue();
        var dilepas = (await db.TanyaAsync(new DetailTimQuery(id), pemilik.Puo.SebagaiPimpinan()))!;
        dilepas.PeringkatKetua.Select(c => c.PersonelId).ShouldBe([personelKetua, personelAnggota], ignoreOrder: true);
        dilepas.PeringkatKetua.ShouldAllBe(c => !c.KetuaSaatIni);
    }

    /// <summary>
    /// MUBA `001_75f6c752ea8be86f.txt`, format "Surat Tugas Tim Kerja Internal Unit Kerja" (DOMAIN.md §11.1, T1): where the region's
    /// team template is a Surat Tugas, setting a team issues one: Dasar, MEMERINTAHKAN, Kepada the persons in the Lampiran, Untuk
    /// with the period ("sampai dengan akhir Bulan …" when the team ends on a month's last day), the duties and the reporting
    /// line; the Lampiran "Susunan Keanggotaan Tim" names the Penanggung Jawab Outcome, the Ketua and the Anggota in full.
    /// </summary>
    [Fact]
    public async Task Muba_T1_TimDalamUnitDitetapkanDenganSuratTugasBerlampiranSusunan()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var ketua = await KetuaKelasTujuhAsync(pemilik);
        var anggota = await sk.PegawaiDenganAsync(k => k.UnitPuoId == pemilik.UnitId);
        var akhirBulan = new DateOnly(sk.HariIni.Year, sk.HariIni.Month, 1).AddMonths(3).AddDays(-1);
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(Rancangan(pemilik, "Tim Evaluasi Tata Naskah") with { TanggalSelesai = akhirBulan },
            pemilik.Puo.SebagaiPimpinan()));
        (await SusunAsync(id, pemilik.Puo, AksiSusunan.TambahKetua, ketua.Diri.PegawaiId)).Berhasil.ShouldBeTrue();
        (await SusunAsync(id, pemilik.Puo, AksiSusunan.TambahAnggota, anggota.Diri.PegawaiId)).Berhasil.ShouldBeTrue();

        await sk.TerapkanPresetAsync(PresetRegulasi.MusiBanyuasin);
        try
        {
            var dokumenId = await TetapkanAsync(id, pemilik.Puo);

            var dok = await db.BacaAsync(c => c.Dokumen.AsNoTracking().SingleAsync(d => d.Id == dokumenId, Ct));
            (dok.Jenis, dok.SumberId).ShouldBe((JenisDokumen.SuratTugas, (Guid?)id));
            var detail = (await db.TanyaAsync(new DetailTimQuery(id), pemilik.Puo.SebagaiPimpinan()))!;
            (detail.NaskahPembentukan, detail.Keputusan!.Value.DokumenId).ShouldBe(("Surat Tugas", (Guid?)dokumenId));
            var pdf = await NaskahUji.IsiAsync(db, dokumenId);
            var teks = await NaskahUji.TeksAsync(pdf);
            teks.ShouldContain($"SURAT TUGAS NOMOR: {dok.Nomor}");
            teks.ShouldNotContain("MEMUTUSKAN");
            teks.ShouldContain("Dasar : a. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;");
            teks.ShouldContain("MEMERINTAHKAN: Kepada : Nama-nama dan jabatan Pegawai sebagaimana tercantum dalam Lampiran Surat Tugas ini.");
            teks.ShouldContain($"1. Terhitung mulai tanggal ditetapkan Surat Tugas ini sampai dengan akhir Bulan {NaskahUji.BulanIndonesia(akhirBulan)}, "
                + $"menjadi Tim Kerja Evaluasi Tata Naskah pada {pemilik.Unit};");
            teks.ShouldContain("2. Menyusun rancangan dasbor; 3. Mengumpulkan data layanan; dan");
            teks.ShouldContain($"4. Melaporkan hasil pelaksanaan tugas kepada {pemilik.Puo.Jabatan}.");
            teks.ShouldContain($"Ditetapkan di {await db.BacaAsync(c => c.PemerintahDaerah.Select(p => p.Ibukota).SingleAsync(Ct))}");
            teks.ShouldContain($"Lampiran Surat Tugas: Nomor : {dok.Nomor} Tanggal : {NaskahUji.TanggalIndonesia(dok.Tanggal)}");
            teks.ShouldContain("SUSUNAN KEANGGOTAAN TIM KERJA EVALUASI TATA NASKAH");

            var k = await NaskahUji.OrangAsync(db, ketua.Diri.PegawaiId);
            var a = await NaskahUji.OrangAsync(db, anggota.Diri.PegawaiId);
            var pj = await NaskahUji.OrangAsync(db, pemilik.Puo.PegawaiId);
            teks.ShouldContain($"I. Penanggung Jawab Outcome Nama : {pj.Nama}");
            teks.ShouldContain($"Jabatan : {pemilik.Puo.Jabatan} II. Ketua Tim Kerja Nama : {k.Nama}");
            teks.ShouldContain($"NIP : {k.NipTampil} Jabatan : {ketua.Diri.Jabatan} III. Anggota Tim Nama : {a.Nama}");
            teks.ShouldContain($"NIP : {a.NipTampil} Jabatan : {anggota.Diri.Jabatan}");
            teks.ShouldContain(dok.KodeVerifikasi);

            // Not reprinted by the correction flow (it reprints individual Surat Tugas from their record): said up front, refused cleanly.
            (await db.TanyaAsync(new DokumenUntukKoreksiQuery(dokumenId), pemilik.Puo.SebagaiPimpinan()))!.DapatDicetakUlang.ShouldBeFalse();
            (await db.KirimAsync(new KoreksiDokumenCommand(dokumenId, "Salah ketik nama tim", dok.Versi), pemilik.Puo.SebagaiPimpinan()))
                .ErrorUtama!.Kode.ShouldBe("KoreksiBelumTersedia");
            (await db.BacaAsync(c => c.Dokumen.AsNoTracking().SingleAsync(d => d.Id == dokumenId, Ct))).Status.ShouldBe(StatusDokumen.Berlaku);
        }
        finally
        {
            await sk.TerapkanPresetAsync(PresetRegulasi.HuluSungaiUtara);
        }
    }

    /// <summary>
    /// MUBA `001_75f6c752ea8be86f.txt`, format "Surat Tugas Tim Kerja Antar Unit Kerja Lintas Perangkat Daerah" (DOMAIN.md §11.2, T2):
    /// a team with a member from another Perangkat Daerah (through an approved pelibatan) gets the T2 Lampiran: Pengarah (the
    /// head of the pemilik kinerja's Perangkat Daerah), Penanggungjawab (the head of the member's), Ketua, and the anggota grouped
    /// as "Jabatan Pelaksana pada «unit, Perangkat Daerah»".
    /// </summary>
    [Fact]
    public async Task Muba_T2_TimLintasPerangkatDaerahDenganSusunanBerkelompok()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var ketua = await KetuaKelasTujuhAsync(pemilik);
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        await PelibatanDisetujuiAsync(x, pemilik);
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(Rancangan(pemilik, "Tim Kerja Data Terpadu"), pemilik.Puo.SebagaiPimpinan()));
        (await SusunAsync(id, pemilik.Puo, AksiSusunan.TambahKetua, ketua.Diri.PegawaiId)).Berhasil.ShouldBeTrue();
        (await SusunAsync(id, pemilik.Puo, AksiSusunan.TambahAnggota, x.Diri.PegawaiId)).Berhasil.ShouldBeTrue();

        await sk.TerapkanPresetAsync(PresetRegulasi.MusiBanyuasin);
        try
        {
            var dokumenId = await TetapkanAsync(id, pemilik.Puo);

            (await db.BacaAsync(c => c.Dokumen.AsNoTracking().SingleAsync(d => d.Id == dokumenId, Ct))).Jenis.ShouldBe(JenisDokumen.SuratTugas);
            var teks = await NaskahUji.TeksAsync(await NaskahUji.IsiAsync(db, dokumenId));
            teks.ShouldContain("menjadi Tim Kerja Data Terpadu pada");
            teks.ShouldContain("SUSUNAN KEANGGOTAAN TIM KERJA DATA TERPADU PEMERINTAH");
            teks.ShouldContain($"I. Pengarah : {ketua.KepalaPd.Jabatan}");
            teks.ShouldContain($"II. Penanggungjawab : {x.KepalaPd.Jabatan}");
            teks.ShouldContain($"III. Ketua Tim Kerja : {(await NaskahUji.OrangAsync(db, ketua.Diri.PegawaiId)).Nama} ({ketua.Diri.Jabatan})");
            teks.ShouldContain("IV. Anggota Tim : 1. Jabatan Pelaksana pada");
            teks.ShouldContain($"{x.PerangkatDaerah}, a. {(await NaskahUji.OrangAsync(db, x.Diri.PegawaiId)).Nama}, {x.Diri.Jabatan}");
        }
        finally
        {
            await sk.TerapkanPresetAsync(PresetRegulasi.HuluSungaiUtara);
        }
    }

    /// <summary>§8.1: only the PUO of the unit forms its teams; nothing is saved otherwise.</summary>
    [Fact]
    public async Task BentukTim_BukanPimpinanUnit_DitolakTanpaMenyimpan()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var lain = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var sebelum = await db.BacaAsync(c => c.Tim.CountAsync(Ct));

        var hasil = await db.KirimAsync(Rancangan(pemilik), lain.Puo.SebagaiPimpinan());

        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        (await db.BacaAsync(c => c.Tim.CountAsync(Ct))).ShouldBe(sebelum);
    }

    /// <summary>Bad input: no name, no task, an end before the start: clear messages, nothing saved.</summary>
    [Fact]
    public async Task BentukTim_IsianTidakLengkap_PesanJelas()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var hasil = await db.KirimAsync(Rancangan(pemilik) with { Nama = " ", Tugas = "\n \n", TanggalSelesai = sk.HariIni.AddDays(-1) }, pemilik.Puo.SebagaiPimpinan());

        hasil.Gagal.ShouldBeTrue();
        string.Join(" ", hasil.Errors.Select(e => e.Pesan)).ShouldContain("Nama tim");
        hasil.Errors.Select(e => e.Pesan).ShouldContain("Tanggal selesai tidak boleh sebelum tanggal mulai.");
    }

    /// <summary>
    /// V-TIM-07 (HSU Lampiran II.A.2.2): a pegawai of another unit joins only with an approved pelibatan for this unit's work;
    /// with one (WF-3 approved to the end), they join and the team becomes lintas Perangkat Daerah.
    /// </summary>
    [Fact]
    public async Task AnggotaUnitLain_HanyaDenganPelibatanDisetujui()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(Rancangan(pemilik, "Tim Integrasi Data"), pemilik.Puo.SebagaiPimpinan()));

        var tanpa = await SusunAsync(id, pemilik.Puo, AksiSusunan.TambahAnggota, x.Diri.PegawaiId);
        tanpa.ErrorUtama!.Pesan.ShouldBe("Anggota dari unit lain memerlukan persetujuan pelibatan dari pimpinan unitnya.");
        (await TimAsync(id)).Personel.ShouldBeEmpty();

        var permohonan = await PelibatanDisetujuiAsync(x, pemilik);

        (await SusunAsync(id, pemilik.Puo, AksiSusunan.TambahAnggota, x.Diri.PegawaiId)).Berhasil.ShouldBeTrue();
        var tim = await TimAsync(id);
        tim.Personel.Single().PelibatanId.ShouldBe(permohonan);
        tim.Cakupan.ShouldBe(CakupanTim.LintasPerangkatDaerah);

        // The ketua of a cross-unit team is "diutamakan" from the pemilik kinerja unit (HSU Ps 20(2)): from elsewhere only with a reason.
        var personelId = tim.Personel.Single().Id;
        (await SusunAsync(id, pemilik.Puo, AksiSusunan.TunjukKetua, personelId: personelId)).ErrorUtama!.Pesan.ShouldContain("unit organisasi pemilik kinerja");
        (await SusunAsync(id, pemilik.Puo, AksiSusunan.TunjukKetua, personelId: personelId, alasanLuarUnit: "Satu-satunya yang menguasai integrasi data."))
            .Berhasil.ShouldBeTrue();
    }

    /// <summary>Two officials changing one team at once: one change, the other told the data changed (optimistic concurrency on the aggregate).</summary>
    [Fact]
    public async Task UbahSusunanBersamaan_SatuBerhasilSatuDiberitahu()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var (a, b) = await StafAsync(pemilik);
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(Rancangan(pemilik, "Tim Konkuren"), pemilik.Puo.SebagaiPimpinan()));
        var versi = (await TimAsync(id)).Versi;

        var hasil = await Task.WhenAll(
            db.KirimAsync(new UbahSusunanTimCommand(id, versi, AksiSusunan.TambahAnggota, a.Diri.PegawaiId), pemilik.Puo.SebagaiPimpinan()),
            db.KirimAsync(new UbahSusunanTimCommand(id, versi, AksiSusunan.TambahAnggota, b.Diri.PegawaiId), pemilik.Puo.SebagaiPimpinan()));

        hasil.Count(h => h.Berhasil).ShouldBe(1);
        hasil.Single(h => h.Gagal).ErrorUtama.ShouldBe(Error.DiubahPenggunaLain);
        (await TimAsync(id)).Personel.Count.ShouldBe(1);
    }

    /// <summary>
    /// §9.2 and §10 (HSU Ps 21(3)–(4), Lampiran II.A.2.3c): an anggota reports to the ketua, the ketua to the PUO, who may ask for a
    /// report at any time; the result is returned for perbaikan only with a note, and the kegiatan is selesai when the PUO accepts it.
    /// </summary>
    [Fact]
    public async Task Hsu_Ps21_LaporanBerjenjang_HasilDikembalikanLaluDiterima()
    {
        var (id, pemilik, ketua, anggota) = await TimDalamUnitAsync("Tim Laporan Berjenjang");
        await TetapkanAsync(id, pemilik.Puo);

        var lapAnggota = SkenarioPenugasan.Pasti(await db.KirimAsync(new SampaikanLaporanCommand(id, "Data 12 layanan terkumpul.", null), anggota.Diri.SebagaiPegawai()));
        var l = await db.BacaAsync(c => c.LaporanKegiatan.AsNoTracking().SingleAsync(x => x.Id == lapAnggota, Ct));
        (l.Tujuan, l.TujuanPegawaiId).ShouldBe((TujuanLaporanTim.KetuaTim, (Guid?)ketua.Diri.PegawaiId));
        (await db.KirimAsync(new TanggapiLaporanCommand(lapAnggota, l.Versi, "Lanjutkan."), pemilik.Puo.SebagaiPimpinan())).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        (await db.KirimAsync(new TanggapiLaporanCommand(lapAnggota, l.Versi, "Lanjutkan ke verifikasi."), ketua.Diri.SebagaiPegawai())).Berhasil.ShouldBeTrue();

        var tim = await TimAsync(id);
        var minta = SkenarioPenugasan.Pasti(await db.KirimAsync(new MintaLaporanCommand(id, [tim.Ketua!.Id], "Kemajuan minggu ini", sk.HariIni.AddDays(3)),
            pemilik.Puo.SebagaiPimpinan()));
        (await db.KirimAsync(new MintaLaporanCommand(id, [tim.Ketua.Id], "Kemajuan", null), anggota.Diri.SebagaiPegawai())).Gagal.ShouldBeTrue();
        SkenarioPenugasan.Pasti(await db.KirimAsync(new SampaikanLaporanCommand(id, "Rancangan dasbor 60 %.", minta), ketua.Diri.SebagaiPegawai()));
        (await sk.NotifikasiAsync(pemilik.Puo.PegawaiId, $"/Tim/Detail/{id}#laporan")).ShouldContain("Laporan baru pada Tim Kerja Laporan Berjenjang");

        async Task<Result> HasilAsync(AksiHasil aksi, string? teks, Orang oleh) =>
            await db.KirimAsync(new HasilTimCommand(id, (await TimAsync(id)).Versi, aksi, teks), oleh.SebagaiPimpinan());

        (await HasilAsync(AksiHasil.Sampaikan, "Dasbor terbit.", anggota.Diri)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        (await HasilAsync(AksiHasil.Sampaikan, "Dasbor terbit.", ketua.Diri)).Berhasil.ShouldBeTrue();
        (await HasilAsync(AksiHasil.Kembalikan, null, pemilik.Puo)).ErrorUtama!.Pesan.ShouldBe("Pengembalian hasil untuk perbaikan wajib disertai catatan.");
        (await HasilAsync(AksiHasil.Terima, null, ketua.Diri)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        (await HasilAsync(AksiHasil.Kembalikan, "Tambahkan data kecamatan.", pemilik.Puo)).Berhasil.ShouldBeTrue();
        (await TimAsync(id)).Status.ShouldBe(StatusTim.Ditetapkan);

        // HSU: a result short of the target is mended by the Kepala Unit Organisasi, who then accepts it stating what was done.
        (await HasilAsync(AksiHasil.Terima, "Data kecamatan ditambahkan oleh Kepala Bidang.", pemilik.Puo)).Berhasil.ShouldBeTrue();
        var akhir = await TimAsync(id);
        (akhir.Status, akhir.DiakhiriPada).ShouldBe((StatusTim.Selesai, (DateOnly?)sk.HariIni));
    }

    /// <summary>
    /// §9.4, T9 (SBS `004_af01d94e9933b5a2.txt` Lampiran II format 7): the ketua drafts the recommendation of a member from another
    /// unit, the team's PPK/PUO signs it; it is issued as a PDF for the member's own PPK, who is told.
    /// </summary>
    [Fact]
    public async Task Rekomendasi_AnggotaUnitLain_DisusunKetuaDikirimPimpinanSebagaiPdf()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var (ketua, _) = await StafAsync(pemilik);
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var permohonan = await PelibatanDisetujuiAsync(x, pemilik);
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(Rancangan(pemilik, "Tim Rekomendasi"), pemilik.Puo.SebagaiPimpinan()));
        (await SusunAsync(id, pemilik.Puo, AksiSusunan.TambahKetua, ketua.Diri.PegawaiId)).Berhasil.ShouldBeTrue();
        (await SusunAsync(id, pemilik.Puo, AksiSusunan.TambahAnggota, x.Diri.PegawaiId)).Berhasil.ShouldBeTrue();
        await TetapkanAsync(id, pemilik.Puo);
        var tim = await TimAsync(id);
        var personelX = tim.Anggota.Single().Id;
        var personelKetua = tim.Ketua!.Id;

        SusunRekomendasiCommand Isi(Guid personel) => new(id, personel, tim.TanggalMulai, tim.TanggalSelesai, RatingKinerja.DiatasEkspektasi,
            [.. Enum.GetValues<AspekPerilakuKerja>().Select(_ => (RatingKinerja?)RatingKinerja.SesuaiEkspektasi)], PredikatKinerja.SangatBaik, "Inisiatif tinggi.");

        (await db.KirimAsync(Isi(personelKetua), ketua.Diri.SebagaiPegawai())).ErrorUtama!.Pesan.ShouldStartWith("Rekomendasi penilaian kinerja hanya untuk anggota tim yang berasal dari unit");
        (await db.KirimAsync(Isi(personelX) with { Predikat = null }, ketua.Diri.SebagaiPegawai())).ErrorUtama!.Pesan.ShouldContain("predikat wajib diisi");
        var rekId = SkenarioPenugasan.Pasti(await db.KirimAsync(Isi(personelX), ketua.Diri.SebagaiPegawai()));
        var rek = await db.BacaAsync(c => c.RekomendasiPenilaianKinerja.AsNoTracking().SingleAsync(r => r.Id == rekId, Ct));
        rek.PejabatPenilaiAsalJabatanId.ShouldBe(x.Ppk.JabatanId);

        (await db.KirimAsync(new KirimRekomendasiCommand(rekId, rek.Versi), ketua.Diri.SebagaiPimpinan())).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        var dokumenId = SkenarioPenugasan.Pasti(await db.KirimAsync(new KirimRekomendasiCommand(rekId, rek.Versi), pemilik.Puo.SebagaiPimpinan()));

        var teks = await NaskahUji.TeksAsync(await NaskahUji.IsiAsync(db, dokumenId));
        teks.ShouldContain("REKOMENDASI PENILAIAN KINERJA");
        teks.ShouldContain("TIM KERJA REKOMENDASI");
        teks.ShouldContain(x.Diri.Nama);
        var baris = (await NaskahUji.TeksTataLetakAsync(await NaskahUji.IsiAsync(db, dokumenId))).Split('\n');
        baris.ShouldContain(b => b.Contains("Hasil Kerja Diatas Ekspektasi"), "rating of hasil kerja on its row");
        baris.ShouldContain(b => b.Contains("Berorientasi Pelayanan Sesuai Ekspektasi"));
        baris.ShouldContain(b => b.Contains("Kolaboratif Sesuai Ekspektasi"));
        teks.ShouldContain("Sangat Baik");
        teks.ShouldContain(x.Ppk.Jabatan);
        (await sk.NotifikasiAsync(x.Ppk.PegawaiId, $"/Dokumen/Unduh/{dokumenId}")).ShouldHaveSingleItem();
        (await db.BacaAsync(c => c.RekomendasiPenilaianKinerja.AsNoTracking().SingleAsync(r => r.Id == rekId, Ct))).Status.ShouldBe(StatusRekomendasi.Dikirim);
    }

    /// <summary>
    /// TRK `002_d52b46878c9378dd.txt` Ps 12(7)b: a team whose members cross Perangkat Daerah is set by Keputusan Sekretaris Daerah;
    /// the PUO cannot set it, the Sekretaris Daerah can, and the Lampiran names the head of the pemilik kinerja PD as Pengarah.
    /// </summary>
    [Fact]
    public async Task Trk_Ps12ayat7b_TimLintasPerangkatDaerahDitetapkanSekda()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var (ketua, _) = await StafAsync(pemilik);
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var permohonan = await PelibatanDisetujuiAsync(x, pemilik);
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(Rancangan(pemilik, "Tim Lintas Dinas"), pemilik.Puo.SebagaiPimpinan()));
        (await SusunAsync(id, pemilik.Puo, AksiSusunan.TambahKetua, ketua.Diri.PegawaiId)).Berhasil.ShouldBeTrue();
        (await SusunAsync(id, pemilik.Puo, AksiSusunan.TambahAnggota, x.Diri.PegawaiId)).Berhasil.ShouldBeTrue();

        await sk.TerapkanPresetAsync(PresetRegulasi.Tarakan);
        try
        {
            var puo = await db.KirimAsync(new TetapkanTimCommand(id, (await TimAsync(id)).Versi), pemilik.Puo.SebagaiPimpinan());
            puo.ErrorUtama!.Pesan.ShouldContain("Sekretaris Daerah");
            (await TimAsync(id)).Status.ShouldBe(StatusTim.Draf);

            var sekdaJabatan = await db.BacaAsync(c => (from j in c.Jabatan
                                                        join u in c.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
                                                        join d in c.PerangkatDaerah on u.PerangkatDaerahId equals d.Id
                                                        where d.Jenis == JenisPerangkatDaerah.SekretariatDaerah && u.IndukId == null && j.MemimpinUnit
                                                        select j.Id).SingleAsync(Ct));
            var sekda = await db.BacaAsync(c => (from p in c.PemangkuJabatan
                                                 join g in c.Pegawai on p.PegawaiId equals g.Id
                                                 where p.JabatanId == sekdaJabatan && p.TanggalSelesai == null
                                                 select new Orang(g.Id, g.Nama, sekdaJabatan, "Sekretaris Daerah")).FirstAsync(Ct));
            (await db.TanyaAsync(new DetailTimQuery(id), sekda.SebagaiPimpinan()))!.BolehMenetapkan.ShouldBeTrue();
            var dokumenId = await TetapkanAsync(id, sekda);

            var teks = await NaskahUji.TeksAsync(await NaskahUji.IsiAsync(db, dokumenId));
            teks.ShouldContain("KEPUTUSAN SEKRETARIS DAERAH");
            teks.ShouldContain("Pengarah");
            (await TimAsync(id)).Keputusan!.Cakupan.ShouldBe(CakupanTim.LintasPerangkatDaerah);
        }
        finally
        {
            await sk.TerapkanPresetAsync(PresetRegulasi.HuluSungaiUtara);
        }
    }

    /// <summary>§7.2, §9.5: a pegawai's load counts their set teams with the allocation given; only they, their superiors, admins and auditors see it.</summary>
    [Fact]
    public async Task BebanKerja_TimDitetapkanTerhitung_DanHanyaUntukYangBerhak()
    {
        var (id, pemilik, ketua, anggota) = await TimDalamUnitAsync("Tim Beban");
        // Other tests of this class may have put the same pegawai in teams of their own: compare with the load before.
        var sebelum = (await db.TanyaAsync(new BebanKerjaQuery(ketua.Diri.PegawaiId, sk.HariIni, sk.HariIni.AddDays(30)), ketua.Diri.SebagaiPegawai()))!.Ringkasan;
        sebelum.Rincian.ShouldNotContain(r => r.SumberId == id, "a draft takes no time");
        await TetapkanAsync(id, pemilik.Puo);

        var beban = await db.TanyaAsync(new BebanKerjaQuery(ketua.Diri.PegawaiId, sk.HariIni, sk.HariIni.AddDays(30)), ketua.Diri.SebagaiPegawai());
        beban!.Ringkasan.JumlahTim.ShouldBe(sebelum.JumlahTim + 1);
        beban!.Ringkasan.Rincian.ShouldContain(r => r.Sumber == SumberAlokasi.TimKerja && r.SumberId == id && r.AlokasiPersen == 20);
        (await db.TanyaAsync(new BebanKerjaQuery(ketua.Diri.PegawaiId, null, null), pemilik.Puo.SebagaiPimpinan())).ShouldNotBeNull();
        (await db.TanyaAsync(new BebanKerjaQuery(ketua.Diri.PegawaiId, null, null), anggota.Diri.SebagaiPegawai())).ShouldBeNull();
        (await db.TanyaAsync(new DetailTimQuery(id), (await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId)).Diri.SebagaiPegawai())).ShouldBeNull();
    }
}
