using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Application.Common;
using SistemKerja.Application.Kepegawaian.AkhiriPemangkuJabatan;
using SistemKerja.Application.Organisasi.KedudukanPegawai;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Infrastructure.Identity;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.Organisasi;

/// <summary>
/// "Who was the PPK of X on 1 March?": KedudukanPegawai answers for any date from the kedudukan history and the holdings
/// (DOMAIN.md §4.8, §5 item 5: every JF/Pelaksana must know their PPK). Region preset Hulu Sungai Utara.
/// </summary>
public sealed class KedudukanPegawaiRiwayatTests(DatabaseKosongFixture db) : IClassFixture<DatabaseKosongFixture>
{
    private static readonly DateOnly TmtSemua = new(2024, 1, 1);
    private readonly OrganisasiUji org = new(db);

    private sealed record Susunan(BidangUji Bidang, Guid Staf, Guid JabatanStaf, Guid Kabid, Guid Kasi1, Guid Kasi2);

    /// <summary>A Bidang with every head filled from 2024-01-01 and one Pelaksana (in the Bidang itself) held from the same day.</summary>
    private async Task<Susunan> SusunanAsync()
    {
        var daerah = await org.DaerahAsync();
        await PastikanKepalaDinasAsync(daerah);
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var kabid = await org.PemangkuAsync(bidang.KepalaId, "Rahmat Kabid", TmtSemua);
        var kasi1 = await org.PemangkuAsync(bidang.KepalaSeksi1Id, "Siti Kasi Satu", TmtSemua);
        var kasi2 = await org.PemangkuAsync(bidang.KepalaSeksi2Id, "Budi Kasi Dua", TmtSemua);
        var jabatanStaf = await org.JabatanAsync(bidang.UnitId, "Pengadministrasi Perkantoran", JenisJabatan.Pelaksana);
        var staf = await org.PemangkuAsync(jabatanStaf, "Andi Staf", TmtSemua);
        return new Susunan(bidang, staf, jabatanStaf, kabid, kasi1, kasi2);
    }

    private async Task PastikanKepalaDinasAsync(DaerahUji daerah)
    {
        if (!await db.BacaAsync(c => c.PemangkuJabatan.AnyAsync(p => p.JabatanId == daerah.KepalaDinasId)))
        {
            await org.PemangkuAsync(daerah.KepalaDinasId, "Kepala Dinas Uji", TmtSemua);
        }
    }

    private Task<KedudukanPegawai?> KedudukanAsync(Guid pegawai, DateOnly tanggal, PenggunaUji? sebagai = null) =>
        db.TanyaAsync(new KedudukanPegawaiQuery(pegawai, tanggal), sebagai ?? OrganisasiUji.Admin);

    private Task<string> NamaJabatanAsync(Guid id) => db.BacaAsync(c => c.Jabatan.Where(j => j.Id == id).Select(j => j.Nama).SingleAsync());

    [Fact]
    public async Task PpkPada1Maret_PemangkuP1_Pada1Mei_PemangkuP2_SesuaiRiwayatKedudukan()
    {
        var s = await SusunanAsync();
        (await org.KedudukanAsync(s.JabatanStaf, s.Bidang.KepalaSeksi1Id, new DateOnly(2025, 1, 1))).Berhasil.ShouldBeTrue();
        (await org.KedudukanAsync(s.JabatanStaf, s.Bidang.KepalaSeksi2Id, new DateOnly(2025, 4, 1), nomorSk: "821.2/PJ-02/BKPSDM/2025")).Berhasil.ShouldBeTrue();

        var maret = await KedudukanAsync(s.Staf, new DateOnly(2025, 3, 1));
        var mei = await KedudukanAsync(s.Staf, new DateOnly(2025, 5, 1));

        maret!.Tanggal.ShouldBe(new DateOnly(2025, 3, 1));
        maret.JabatanId.ShouldBe(s.JabatanStaf);
        maret.PejabatPenilaiKinerja!.PegawaiId.ShouldBe(s.Kasi1);
        maret.PejabatPenilaiKinerja.Nama.ShouldBe("Siti Kasi Satu");
        maret.PejabatPenilaiKinerja.Jabatan.ShouldBe(await NamaJabatanAsync(s.Bidang.KepalaSeksi1Id));
        maret.PejabatPenilaiKinerja.Dasar.ShouldBe(DasarPenentuan.Kedudukan);
        maret.PejabatPenilaiKinerja.Jenis.ShouldBe(JenisPemangkuan.Definitif);
        mei!.PejabatPenilaiKinerja!.PegawaiId.ShouldBe(s.Kasi2);
        mei.PejabatPenilaiKinerja.Nama.ShouldBe("Budi Kasi Dua");
        mei.PejabatPenilaiKinerja.Dasar.ShouldBe(DasarPenentuan.Kedudukan);

        // PUO: the head of the nearest unit organisasi (the Bidang; the Seksi are not unit organisasi), whatever the kedudukan.
        maret.PimpinanUnitOrganisasi!.PegawaiId.ShouldBe(s.Kabid);
        mei.PimpinanUnitOrganisasi!.PegawaiId.ShouldBe(s.Kabid);
    }

    [Theory]
    [InlineData(2025, 3, 31, "Siti Kasi Satu")]
    [InlineData(2025, 4, 1, "Budi Kasi Dua")]
    [InlineData(2025, 1, 1, "Siti Kasi Satu")]
    public async Task PpkPadaTanggalBatas_HariTerakhirDanHariPertamaKedudukan(int tahun, int bulan, int hari, string ppk)
    {
        var s = await SusunanAsync();
        (await org.KedudukanAsync(s.JabatanStaf, s.Bidang.KepalaSeksi1Id, new DateOnly(2025, 1, 1))).Berhasil.ShouldBeTrue();
        (await org.KedudukanAsync(s.JabatanStaf, s.Bidang.KepalaSeksi2Id, new DateOnly(2025, 4, 1))).Berhasil.ShouldBeTrue();

        var hasil = await KedudukanAsync(s.Staf, new DateOnly(tahun, bulan, hari));

        hasil!.PejabatPenilaiKinerja!.Nama.ShouldBe(ppk);
    }

    // Before any kedudukan: the HSU fallback, "di bawah Pejabat Struktural yang sesuai dengan tugas dan fungsinya"
    // (`000_f720e179c5bde346.txt` Lampiran I; DOMAIN.md §4.7): the head of the position's own unit.
    [Fact]
    public async Task PpkSebelumKedudukanDitetapkan_KepalaUnitSendiriDenganCatatanFallbackHsu_Hsu000LampiranI()
    {
        var s = await SusunanAsync();
        (await org.KedudukanAsync(s.JabatanStaf, s.Bidang.KepalaSeksi1Id, new DateOnly(2025, 1, 1))).Berhasil.ShouldBeTrue();

        var hasil = await KedudukanAsync(s.Staf, new DateOnly(2024, 12, 31));

        hasil!.PejabatPenilaiKinerja!.PegawaiId.ShouldBe(s.Kabid);
        hasil.PejabatPenilaiKinerja.Dasar.ShouldBe(DasarPenentuan.Struktur);
        hasil.PejabatPenilaiKinerja.Catatan.ShouldBe(["Kedudukan belum ditetapkan dalam Peta Jabatan; berada di bawah pejabat struktural yang sesuai dengan tugas dan fungsinya."]);
    }

    [Fact]
    public async Task PpkSetelahPemangkuP1Diakhiri_HariTerakhirMasihP1_SesudahnyaNaikKeKepalaBidang()
    {
        var s = await SusunanAsync();
        (await org.KedudukanAsync(s.JabatanStaf, s.Bidang.KepalaSeksi1Id, new DateOnly(2025, 1, 1))).Berhasil.ShouldBeTrue();
        var pemangkuanKasi1 = await db.BacaAsync(c => c.PemangkuJabatan.Where(p => p.PegawaiId == s.Kasi1).Select(p => p.Id).SingleAsync());

        var akhiri = await db.KirimAsync(new AkhiriPemangkuJabatanCommand(s.Kasi1, pemangkuanKasi1, new DateOnly(2025, 2, 15), await org.VersiPegawaiAsync(s.Kasi1)), OrganisasiUji.Admin);

        akhiri.Berhasil.ShouldBeTrue();
        (await KedudukanAsync(s.Staf, new DateOnly(2025, 2, 15)))!.PejabatPenilaiKinerja!.PegawaiId.ShouldBe(s.Kasi1);
        var sesudah = (await KedudukanAsync(s.Staf, new DateOnly(2025, 3, 1)))!.PejabatPenilaiKinerja!;
        sesudah.PegawaiId.ShouldBe(s.Kabid);
        sesudah.Jabatan.ShouldBe(await NamaJabatanAsync(s.Bidang.KepalaId));
        sesudah.Dasar.ShouldBe(DasarPenentuan.Kedudukan);
        sesudah.Catatan.ShouldBe([$"Jabatan {await NamaJabatanAsync(s.Bidang.KepalaSeksi1Id)} lowong; diteruskan ke {await NamaJabatanAsync(s.Bidang.KepalaId)}."]);
    }

    [Fact]
    public async Task KedudukanSetelahPegawaiSendiriDiakhiri_SebelumnyaAdaJabatan_SesudahnyaTidakMemangku()
    {
        var s = await SusunanAsync();
        var pemangkuan = await db.BacaAsync(c => c.PemangkuJabatan.Where(p => p.PegawaiId == s.Staf).Select(p => p.Id).SingleAsync());
        (await db.KirimAsync(new AkhiriPemangkuJabatanCommand(s.Staf, pemangkuan, new DateOnly(2025, 6, 30), await org.VersiPegawaiAsync(s.Staf)), OrganisasiUji.Admin))
            .Berhasil.ShouldBeTrue();

        var terakhir = await KedudukanAsync(s.Staf, new DateOnly(2025, 6, 30));
        var sesudah = await KedudukanAsync(s.Staf, new DateOnly(2025, 7, 1));

        terakhir!.JabatanId.ShouldBe(s.JabatanStaf);
        terakhir.PejabatPenilaiKinerja!.PegawaiId.ShouldBe(s.Kabid);
        sesudah!.Tanggal.ShouldBe(new DateOnly(2025, 7, 1));
        sesudah.JabatanId.ShouldBeNull();
        sesudah.PejabatPenilaiKinerja.ShouldBeNull();
        sesudah.PimpinanUnitOrganisasi.ShouldBeNull();
    }

    [Fact]
    public async Task AkhiriPemangku_TanggalSelesaiSebelumTmt_DitolakPesanIndonesia()
    {
        var s = await SusunanAsync();
        var pemangkuan = await db.BacaAsync(c => c.PemangkuJabatan.Where(p => p.PegawaiId == s.Staf).Select(p => p.Id).SingleAsync());

        var hasil = await db.KirimAsync(new AkhiriPemangkuJabatanCommand(s.Staf, pemangkuan, new DateOnly(2023, 12, 31), await org.VersiPegawaiAsync(s.Staf)), OrganisasiUji.Admin);

        hasil.ErrorUtama!.Pesan.ShouldBe("Tanggal selesai tidak boleh sebelum TMT jabatan.");
        (await db.BacaAsync(c => c.PemangkuJabatan.SingleAsync(p => p.Id == pemangkuan))).TanggalSelesai.ShouldBeNull();
    }

    [Fact]
    public async Task KedudukanSebelumTmt_TidakMemangkuJabatanDefinitif()
    {
        var s = await SusunanAsync();

        var hasil = await KedudukanAsync(s.Staf, new DateOnly(2023, 12, 31));

        hasil!.JabatanId.ShouldBeNull();
        hasil.PejabatPenilaiKinerja.ShouldBeNull();
    }

    // A vacant PPK post covered by a Plt: the Plt acts (DOMAIN.md §4.8 "if ppk position vacant: use Plt/Plh holder", §15).
    [Fact]
    public async Task PpkLowongDenganPlt_PltYangBertindakDenganCatatan()
    {
        var s = await SusunanAsync();
        var pemangkuanKasi2 = await db.BacaAsync(c => c.PemangkuJabatan.Where(p => p.PegawaiId == s.Kasi2).Select(p => p.Id).SingleAsync());
        (await db.KirimAsync(new AkhiriPemangkuJabatanCommand(s.Kasi2, pemangkuanKasi2, new DateOnly(2025, 1, 31), await org.VersiPegawaiAsync(s.Kasi2)), OrganisasiUji.Admin))
            .Berhasil.ShouldBeTrue();
        await org.TempatkanAsync(s.Kasi1, s.Bidang.KepalaSeksi2Id, new DateOnly(2025, 2, 1), JenisPemangkuan.Plt);
        (await org.KedudukanAsync(s.JabatanStaf, s.Bidang.KepalaSeksi2Id, new DateOnly(2025, 1, 1))).Berhasil.ShouldBeTrue();

        var hasil = (await KedudukanAsync(s.Staf, new DateOnly(2025, 3, 1)))!.PejabatPenilaiKinerja!;

        hasil.PegawaiId.ShouldBe(s.Kasi1);
        hasil.Jenis.ShouldBe(JenisPemangkuan.Plt);
        hasil.Jabatan.ShouldBe(await NamaJabatanAsync(s.Bidang.KepalaSeksi2Id));
        hasil.Catatan.ShouldBe([$"{await NamaJabatanAsync(s.Bidang.KepalaSeksi2Id)} dijabat oleh Plt. Siti Kasi Satu."]);
    }

    [Fact]
    public async Task Kedudukan_OlehPegawaiLainTanpaPeran_NullTanpaBocor_OlehDiriSendiriDanAuditorTerjawab()
    {
        var s = await SusunanAsync();
        var tanggal = new DateOnly(2025, 3, 1);

        (await KedudukanAsync(s.Staf, tanggal, PenggunaUji.Pegawai(s.Kasi2))).ShouldBeNull();
        (await KedudukanAsync(s.Staf, tanggal, PenggunaUji.Pegawai(s.Staf)))!.PejabatPenilaiKinerja!.PegawaiId.ShouldBe(s.Kabid);
        var auditor = new PenggunaUji { IdUji = Guid.NewGuid(), PeranUji = [Peran.Auditor] };
        (await KedudukanAsync(s.Staf, tanggal, auditor))!.JabatanId.ShouldBe(s.JabatanStaf);
    }
}

/// <summary>
/// KedudukanPegawai on the demo region (preset HSU, no kedudukan set: the PPK follows the structure, DOMAIN.md §4.7 HSU):
/// every JF/Pelaksana gets a real official as PPK and the head of their unit organisasi as PUO (§5 item 5).
/// </summary>
public sealed class KedudukanPegawaiDemoTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private sealed record UnitRingkas(Guid Id, Guid? IndukId, bool Mandiri);

    private sealed record Kepala(Guid JabatanId, string Nama, Guid? Pemangku);

    private async Task<Guid> PegawaiAkunAsync(string namaPengguna)
    {
        await using var scope = db.Layanan.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Pengguna>>();
        return (await users.FindByNameAsync(namaPengguna))!.PegawaiId!.Value;
    }

    private Task<KedudukanPegawai?> KedudukanAsync(Guid pegawai) => db.TanyaAsync(new KedudukanPegawaiQuery(pegawai), PenggunaUji.Admin());

    /// <summary>Units, heads (with today's definitive holder) and JF/Pelaksana holders of one PD, read straight from the tables.</summary>
    private async Task<(Dictionary<Guid, UnitRingkas> Unit, Dictionary<Guid, Kepala> KepalaPerUnit, List<(Guid Pegawai, Guid Unit)> Staf)> StrukturAsync(string singkatan)
    {
        return await db.BacaAsync(async c =>
        {
            var pd = await c.PerangkatDaerah.SingleAsync(p => p.Singkatan == singkatan);
            var unit = await c.UnitOrganisasi.Where(u => u.PerangkatDaerahId == pd.Id).Select(u => new UnitRingkas(u.Id, u.IndukId, u.UnitOrganisasiMandiri)).ToListAsync();
            var kepala = await c.Jabatan.Where(j => j.PerangkatDaerahId == pd.Id && j.MemimpinUnit)
                .Select(j => new
                {
                    j.UnitOrganisasiId,
                    j.Id,
                    j.Nama,
                    Pemangku = c.PemangkuJabatan.Where(p => p.JabatanId == j.Id && p.TanggalSelesai == null && p.Jenis == JenisPemangkuan.Definitif).Select(p => (Guid?)p.PegawaiId).FirstOrDefault(),
                })
                .ToListAsync();
            var staf = await (
                    from p in c.PemangkuJabatan
                    join j in c.Jabatan on p.JabatanId equals j.Id
                    where j.PerangkatDaerahId == pd.Id && !j.MemimpinUnit && (j.Jenis == JenisJabatan.Fungsional || j.Jenis == JenisJabatan.Pelaksana)
                        && p.TanggalSelesai == null && p.Jenis == JenisPemangkuan.Definitif
                    orderby p.PegawaiId
                    select new { p.PegawaiId, j.UnitOrganisasiId })
                .ToListAsync();
            return (unit.ToDictionary(u => u.Id), kepala.ToDictionary(k => k.UnitOrganisasiId, k => new Kepala(k.Id, k.Nama, k.Pemangku)),
                staf.Select(s => (s.PegawaiId, s.UnitOrganisasiId)).ToList());
        });
    }

    [Fact]
    public async Task AkunPegawaiDemo_PpkDanPuoAdalahKepalaBidangAplikasiInformatika_AkunPimpinan()
    {
        var pegawai = await PegawaiAkunAsync("pegawai");
        var pimpinan = await PegawaiAkunAsync("pimpinan");

        var hasil = await KedudukanAsync(pegawai);

        hasil!.Unit.ShouldBe("Bidang Aplikasi Informatika");
        hasil.PerangkatDaerah.ShouldBe("Dinas Komunikasi dan Informatika");
        hasil.PejabatPenilaiKinerja!.PegawaiId.ShouldBe(pimpinan);
        hasil.PejabatPenilaiKinerja.Jabatan.ShouldBe("Kepala Bidang Aplikasi Informatika");
        hasil.PejabatPenilaiKinerja.Dasar.ShouldBe(DasarPenentuan.Struktur);
        hasil.PimpinanUnitOrganisasi!.PegawaiId.ShouldBe(pimpinan);
    }

    // Dinas, HSU Model 3 (kominfo) → Kepala Bidang (`000_f720e179c5bde346.txt` Lampiran I.1.c; DOMAIN.md §4.3 Dinas/Badan).
    [Fact]
    public async Task SetiapStafDiskominfo_PpkPejabatNyataDanPuoKepalaUnitOrganisasi_Hsu000LampiranI()
    {
        var (unit, kepala, staf) = await StrukturAsync("DISKOMINFO");
        staf.Count.ShouldBeGreaterThan(50);
        var diperiksaPpk = 0;
        var diperiksaPuo = 0;

        foreach (var (pegawai, unitId) in staf)
        {
            var hasil = await KedudukanAsync(pegawai);

            var ppk = hasil!.PejabatPenilaiKinerja!;
            ppk.PegawaiId.ShouldNotBeNull($"no PPK for {pegawai}");
            ppk.Nama.ShouldNotBeNullOrWhiteSpace();
            ppk.PegawaiId.ShouldNotBe(pegawai);
            kepala.Values.Select(k => k.Nama).ShouldContain(ppk.Jabatan!, $"the PPK of {pegawai} is not a head of a unit");
            if (kepala.TryGetValue(unitId, out var kepalaUnit) && kepalaUnit.Pemangku is { } pemangkuKepala)
            {
                ppk.PegawaiId.ShouldBe(pemangkuKepala);
                ppk.Jabatan.ShouldBe(kepalaUnit.Nama);
                diperiksaPpk++;
            }

            var uo = unit[unitId];
            while (!uo.Mandiri)
            {
                uo = unit[uo.IndukId!.Value];
            }

            var puo = hasil.PimpinanUnitOrganisasi!;
            puo.PegawaiId.ShouldNotBeNull();
            if (kepala[uo.Id].Pemangku is { } pemangkuUo)
            {
                puo.PegawaiId.ShouldBe(pemangkuUo);
                puo.Jabatan.ShouldBe(kepala[uo.Id].Nama);
                diperiksaPuo++;
            }
        }

        diperiksaPpk.ShouldBeGreaterThan(40);
        diperiksaPuo.ShouldBeGreaterThan(40);
    }

    // Puskesmas led by a JF with tugas tambahan: the Kepala Puskesmas is PUO and also PPK (`000_f720e179c5bde346.txt` Ps 8(4);
    // `001_75f6c752ea8be86f.txt` Lampiran B.1.j; `002_d52b46878c9378dd.txt` Lampiran A.4); DOMAIN.md §4.3 UPTD/Puskesmas).
    [Theory]
    [InlineData("PKM-HJ")]
    [InlineData("PKM-ST")]
    public async Task StafPuskesmas_PpkKepalaPuskesmasJfBertugasTambahan_Hsu000Ps8Ayat4(string singkatan)
    {
        var (unit, kepala, staf) = await StrukturAsync(singkatan);
        var akar = unit.Values.Single(u => u.IndukId is null);
        var kepalaPkm = kepala[akar.Id];
        kepalaPkm.Nama.ShouldBe("Kepala Puskesmas (Dokter)");
        var jabatanKepala = await db.BacaAsync(c => c.Jabatan.AsNoTracking().SingleAsync(j => j.Id == kepalaPkm.JabatanId));
        (jabatanKepala.Jenis, jabatanKepala.TugasTambahan).ShouldBe((JenisJabatan.Fungsional, (TugasTambahan?)TugasTambahan.KepalaPuskesmas));
        kepalaPkm.Pemangku.ShouldNotBeNull($"the demo Kepala {singkatan} is vacant");
        var stafAkar = staf.Where(s => s.Unit == akar.Id).Take(10).ToList();
        stafAkar.Count.ShouldBe(10);

        foreach (var (pegawai, _) in stafAkar)
        {
            var hasil = await KedudukanAsync(pegawai);

            hasil!.PejabatPenilaiKinerja!.PegawaiId.ShouldBe(kepalaPkm.Pemangku);
            hasil.PejabatPenilaiKinerja.Jabatan.ShouldBe("Kepala Puskesmas (Dokter)");
            hasil.PejabatPenilaiKinerja.Dasar.ShouldBe(DasarPenentuan.Struktur);
            hasil.PimpinanUnitOrganisasi!.PegawaiId.ShouldBe(kepalaPkm.Pemangku);
        }
    }

    // Sub Bagian TU of a Puskesmas is not a unit organisasi: the Kasubbag TU (Pengawas) assesses, the Kepala Puskesmas leads.
    [Fact]
    public async Task PelaksanaTuPuskesmas_PpkKasubbagTuPuoKepalaPuskesmas()
    {
        var (unit, kepala, staf) = await StrukturAsync("PKM-HJ");
        var akar = unit.Values.Single(u => u.IndukId is null);
        var tu = unit.Values.Single(u => u.IndukId == akar.Id);
        var kasubbag = kepala[tu.Id];
        kasubbag.Nama.ShouldBe("Kepala Sub Bagian Tata Usaha");
        var pelaksana = staf.First(s => s.Unit == tu.Id).Pegawai;

        var hasil = await KedudukanAsync(pelaksana);

        if (kasubbag.Pemangku is { } kasubbagPemangku)
        {
            hasil!.PejabatPenilaiKinerja!.PegawaiId.ShouldBe(kasubbagPemangku);
            hasil.PejabatPenilaiKinerja.Jabatan.ShouldBe("Kepala Sub Bagian Tata Usaha");
        }
        else
        {
            hasil!.PejabatPenilaiKinerja!.Jabatan.ShouldBe("Kepala Puskesmas (Dokter)");
        }

        hasil.PimpinanUnitOrganisasi!.Jabatan.ShouldBe("Kepala Puskesmas (Dokter)");
        hasil.PimpinanUnitOrganisasi.PegawaiId.ShouldBe(kepala[akar.Id].Pemangku);
    }

    // SD/SMP: "Kepala Sekolah" (JF guru with tugas tambahan) is PPK of the guru (`000_f720e179c5bde346.txt` Ps 8(5)).
    [Fact]
    public async Task GuruSd_PpkKepalaSekolah_Hsu000Ps8Ayat5()
    {
        var (unit, kepala, staf) = await StrukturAsync("SDN1-HJ");
        var akar = unit.Values.Single(u => u.IndukId is null);
        var kepalaSekolah = kepala[akar.Id];
        kepalaSekolah.Nama.ShouldBe("Kepala Sekolah (Guru)");
        kepalaSekolah.Pemangku.ShouldNotBeNull();

        var hasil = await KedudukanAsync(staf[0].Pegawai);

        hasil!.PejabatPenilaiKinerja!.PegawaiId.ShouldBe(kepalaSekolah.Pemangku);
        hasil.PimpinanUnitOrganisasi!.PegawaiId.ShouldBe(kepalaSekolah.Pemangku);
    }
}
