using Microsoft.EntityFrameworkCore;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.Organisasi;

/// <summary>
/// TetapkanKedudukan on real PostgreSQL (region preset Hulu Sungai Utara, PPK model "posisional"): the rules of DOMAIN.md
/// §5 (who may be PPK, only JF/Pelaksana are placed, no cycles, same PD or its induk) and the history it keeps.
/// </summary>
public sealed class TetapkanKedudukanTests(DatabaseKosongFixture db) : IClassFixture<DatabaseKosongFixture>
{
    private static readonly DateOnly Mulai = new(2025, 1, 1);
    private const string PesanPalingRendahPengawas =
        "Pejabat Penilai Kinerja paling rendah Pejabat Pengawas atau pejabat yang diberi pendelegasian kewenangan (isi dasar pendelegasian).";

    private readonly OrganisasiUji org = new(db);

    /// <summary>Audit lines of TetapkanKedudukan that name the position (the audit data is jsonb: filtered in memory).</summary>
    private async Task<int> AuditKedudukanAsync(Guid jabatanId)
    {
        var data = await db.BacaAsync(c => c.JejakAudit.Where(a => a.Aksi == "TetapkanKedudukan").Select(a => a.Data).ToListAsync());
        return data.Count(d => d.Contains(jabatanId.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    // V-KED-01 (DOMAIN.md §5 item 2): the floor is Pengawas unless a delegation exists — the PPK definition in Pasal 1 of
    // every seed ("… atau pejabat lain yang diberi pendelegasian kewenangan"), `000_f720e179c5bde346.txt` Ps 1 and Ps 7(2).
    [Fact]
    public async Task Tetapkan_AtasanJfBukanPimpinanTanpaDasarDelegasi_DitolakPesanIndonesiaDanTidakTersimpan_Hsu000Ps1()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var pelaksana = await org.JabatanAsync(bidang.Seksi1Id, "Pengadministrasi Perkantoran", JenisJabatan.Pelaksana);
        var jfMuda = await org.JabatanAsync(bidang.Seksi1Id, "Perencana", JenisJabatan.Fungsional, JenjangFungsional.AhliMuda, 9);
        var sebelum = await org.JumlahKedudukanAsync();

        var hasil = await org.KedudukanAsync(pelaksana, jfMuda, Mulai, delegasi: null);

        hasil.Gagal.ShouldBeTrue();
        hasil.Errors.Count.ShouldBe(1);
        hasil.ErrorUtama!.Kode.ShouldBe(nameof(PejabatPenilaiKinerjaPalingRendahPengawas));
        hasil.ErrorUtama.Jenis.ShouldBe(ErrorKind.AturanDilanggar);
        hasil.ErrorUtama.Pesan.ShouldBe(PesanPalingRendahPengawas);
        (await org.JumlahKedudukanAsync()).ShouldBe(sebelum);
        (await AuditKedudukanAsync(pelaksana)).ShouldBe(0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Tetapkan_DasarDelegasiKosongAtauSpasi_TetapDitolak_Hsu000Ps1(string delegasi)
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var pelaksana = await org.JabatanAsync(bidang.Seksi1Id, "Operator Layanan Operasional", JenisJabatan.Pelaksana);
        var pelaksanaLain = await org.JabatanAsync(bidang.Seksi1Id, "Penata Layanan Operasional", JenisJabatan.Pelaksana);
        var sebelum = await org.JumlahKedudukanAsync();

        var hasil = await org.KedudukanAsync(pelaksana, pelaksanaLain, Mulai, delegasi);

        hasil.ErrorUtama!.Kode.ShouldBe(nameof(PejabatPenilaiKinerjaPalingRendahPengawas));
        (await org.JumlahKedudukanAsync()).ShouldBe(sebelum);
    }

    [Fact]
    public async Task Tetapkan_AtasanJfDenganDasarDelegasi_DiterimaDanTersimpanDenganDasarnya_Hsu000Ps1()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var pelaksana = await org.JabatanAsync(bidang.Seksi1Id, "Pengolah Data dan Informasi", JenisJabatan.Pelaksana);
        var jfMadya = await org.JabatanAsync(bidang.Seksi1Id, "Analis Kebijakan", JenisJabatan.Fungsional, JenjangFungsional.AhliMadya, 11);
        var sebelum = await org.JumlahKedudukanAsync();

        var hasil = await org.KedudukanAsync(pelaksana, jfMadya, Mulai, delegasi: "  Keputusan Kepala Dinas Nomor 800/12/DKU/2025 tentang Pendelegasian Penilaian Kinerja  ");

        hasil.Berhasil.ShouldBeTrue(string.Join("; ", hasil.Errors.Select(e => e.Pesan)));
        (await org.JumlahKedudukanAsync()).ShouldBe(sebelum + 1);
        var k = await db.BacaAsync(c => c.Kedudukan.AsNoTracking().SingleAsync(x => x.Id == hasil.Nilai));
        k.JabatanId.ShouldBe(pelaksana);
        k.AtasanJabatanId.ShouldBe(jfMadya);
        k.BerlakuMulai.ShouldBe(Mulai);
        k.BerlakuSampai.ShouldBeNull();
        k.NomorSk.ShouldBe("821.2/PJ-01/BKPSDM/2025");
        k.DasarDelegasi.ShouldBe("Keputusan Kepala Dinas Nomor 800/12/DKU/2025 tentang Pendelegasian Penilaian Kinerja");
        (await AuditKedudukanAsync(pelaksana)).ShouldBe(1);
    }

    // DOMAIN.md §5 item 2 / §4.3 (HSU Ps 8(4)–(5)): a JF leading a unit kerja mandiri may be PPK without any delegation.
    [Fact]
    public async Task Tetapkan_AtasanKepalaPuskesmasJfBertugasTambahan_DiterimaTanpaDelegasi_Hsu000Ps8Ayat4()
    {
        var daerah = await org.DaerahAsync();
        var perawat = await org.JabatanAsync(daerah.AkarPuskesmasId, "Perawat", JenisJabatan.Fungsional, JenjangFungsional.Terampil, 6);

        var hasil = await org.KedudukanAsync(perawat, daerah.KepalaPuskesmasId, Mulai);

        hasil.Berhasil.ShouldBeTrue(string.Join("; ", hasil.Errors.Select(e => e.Pesan)));
    }

    // Kedudukan places Pejabat Fungsional and Pelaksana only (DOMAIN.md §5 item 1; `000_f720e179c5bde346.txt` Ps 7(1)).
    [Fact]
    public async Task Tetapkan_JabatanStrukturalPengawas_DitolakKarenaHanyaUntukJfDanPelaksana_Hsu000Ps7Ayat1()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var sebelum = await org.JumlahKedudukanAsync();

        var hasil = await org.KedudukanAsync(bidang.KepalaSeksi1Id, bidang.KepalaId, Mulai);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(KedudukanHanyaUntukFungsionalDanPelaksana)]);
        hasil.ErrorUtama!.Pesan.ShouldBe("Kedudukan hanya ditetapkan untuk Jabatan Fungsional dan Pelaksana.");
        (await org.JumlahKedudukanAsync()).ShouldBe(sebelum);
    }

    [Fact]
    public async Task Tetapkan_JfYangMemimpinUnitKepalaPuskesmas_DitolakKarenaBukanStafJf_Hsu000Ps7Ayat1()
    {
        var daerah = await org.DaerahAsync();

        var hasil = await org.KedudukanAsync(daerah.KepalaPuskesmasId, daerah.KepalaDinasId, Mulai);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(KedudukanHanyaUntukFungsionalDanPelaksana)]);
    }

    [Fact]
    public async Task Tetapkan_AtasanDirinyaSendiri_DitolakKarenaMelingkar()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var jf = await org.JabatanAsync(bidang.Seksi1Id, "Statistisi", JenisJabatan.Fungsional, JenjangFungsional.AhliPertama, 8);

        var hasil = await org.KedudukanAsync(jf, jf, Mulai, delegasi: "SK Delegasi 1");

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(KedudukanTidakBolehMelingkar)]);
        hasil.ErrorUtama!.Pesan.ShouldContain("kedudukan tidak boleh melingkar");
    }

    [Fact]
    public async Task Tetapkan_TigaJabatanMembentukLingkaran_LangkahTerakhirDitolakDanTidakTersimpan()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var a = await org.JabatanAsync(bidang.Seksi2Id, "Arsiparis", JenisJabatan.Fungsional, JenjangFungsional.AhliPertama, 8);
        var b = await org.JabatanAsync(bidang.Seksi2Id, "Perencana", JenisJabatan.Fungsional, JenjangFungsional.AhliMuda, 9);
        var c = await org.JabatanAsync(bidang.Seksi2Id, "Analis Kebijakan", JenisJabatan.Fungsional, JenjangFungsional.AhliMadya, 11);
        (await org.KedudukanAsync(a, b, Mulai, "SK Delegasi A")).Berhasil.ShouldBeTrue();
        (await org.KedudukanAsync(b, c, Mulai, "SK Delegasi B")).Berhasil.ShouldBeTrue();
        var sebelum = await org.JumlahKedudukanAsync();

        var hasil = await org.KedudukanAsync(c, a, Mulai, "SK Delegasi C");

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(KedudukanTidakBolehMelingkar)]);
        hasil.ErrorUtama!.Pesan.ShouldBe("\"Arsiparis Ahli Pertama\" berada di bawah \"Analis Kebijakan Ahli Madya\" (langsung atau tidak langsung); kedudukan tidak boleh melingkar.");
        (await org.JumlahKedudukanAsync()).ShouldBe(sebelum);
        (await db.BacaAsync(x => x.Kedudukan.AnyAsync(k => k.JabatanId == c))).ShouldBeFalse();
    }

    [Fact]
    public async Task Tetapkan_AtasanDariPerangkatDaerahLain_Ditolak()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var jf = await org.JabatanAsync(bidang.Seksi1Id, "Pranata Komputer", JenisJabatan.Fungsional, JenjangFungsional.AhliPertama, 8);

        var hasil = await org.KedudukanAsync(jf, daerah.KepalaDinasLainId, Mulai);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(AtasanHarusDariPerangkatDaerahYangSamaAtauInduk)]);
        hasil.ErrorUtama!.Pesan.ShouldBe("Pejabat Penilai Kinerja harus dari Perangkat Daerah yang sama (atau Perangkat Daerah induknya).");
    }

    [Fact]
    public async Task Tetapkan_JfPuskesmasDiBawahKepalaDinasInduk_Diterima()
    {
        var daerah = await org.DaerahAsync();
        var bidan = await org.JabatanAsync(daerah.AkarPuskesmasId, "Bidan", JenisJabatan.Fungsional, JenjangFungsional.AhliPertama, 8);

        var hasil = await org.KedudukanAsync(bidan, daerah.KepalaDinasId, Mulai);

        hasil.Berhasil.ShouldBeTrue(string.Join("; ", hasil.Errors.Select(e => e.Pesan)));
    }

    [Fact]
    public async Task Tetapkan_KedudukanBaru_MengakhiriYangLamaSehariSebelumnya()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var jf = await org.JabatanAsync(bidang.Seksi1Id, "Arsiparis", JenisJabatan.Fungsional, JenjangFungsional.Terampil, 6);
        var pertama = (await org.KedudukanAsync(jf, bidang.KepalaSeksi1Id, new DateOnly(2025, 1, 1))).Nilai;

        var kedua = await org.KedudukanAsync(jf, bidang.KepalaSeksi2Id, new DateOnly(2025, 4, 1), nomorSk: "821.2/PJ-02/BKPSDM/2025");

        kedua.Berhasil.ShouldBeTrue();
        var riwayat = await db.BacaAsync(c => c.Kedudukan.AsNoTracking().Where(k => k.JabatanId == jf).OrderBy(k => k.BerlakuMulai).ToListAsync());
        riwayat.Select(k => (k.Id, k.AtasanJabatanId, k.BerlakuMulai, k.BerlakuSampai)).ShouldBe(
        [
            (pertama, bidang.KepalaSeksi1Id, new DateOnly(2025, 1, 1), (DateOnly?)new DateOnly(2025, 3, 31)),
            (kedua.Nilai, bidang.KepalaSeksi2Id, new DateOnly(2025, 4, 1), (DateOnly?)null),
        ]);
    }

    [Theory]
    [InlineData(2025, 4, 1)]
    [InlineData(2025, 3, 1)]
    public async Task Tetapkan_TanggalTidakSesudahKedudukanBerlaku_DitolakDanRiwayatTetap(int tahun, int bulan, int hari)
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var jf = await org.JabatanAsync(bidang.Seksi1Id, "Statistisi", JenisJabatan.Fungsional, JenjangFungsional.Mahir, 7);
        (await org.KedudukanAsync(jf, bidang.KepalaSeksi1Id, new DateOnly(2025, 4, 1))).Berhasil.ShouldBeTrue();

        var hasil = await org.KedudukanAsync(jf, bidang.KepalaSeksi2Id, new DateOnly(tahun, bulan, hari));

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(KedudukanBaruSetelahKedudukanSebelumnya)]);
        hasil.ErrorUtama!.Pesan.ShouldBe("Tanggal berlaku kedudukan baru harus sesudah tanggal berlaku kedudukan sebelumnya.");
        var aktif = await db.BacaAsync(c => c.Kedudukan.AsNoTracking().SingleAsync(k => k.JabatanId == jf));
        (aktif.AtasanJabatanId, aktif.BerlakuSampai).ShouldBe((bidang.KepalaSeksi1Id, (DateOnly?)null));
    }

    [Fact]
    public async Task Tetapkan_IsianKosong_PesanValidasiBahasaIndonesia()
    {
        var sebelum = await org.JumlahKedudukanAsync();

        var hasil = await db.KirimAsync(new Application.Organisasi.TetapkanKedudukan.TetapkanKedudukanCommand(Guid.Empty, Guid.Empty, default, "", null), OrganisasiUji.Admin);

        hasil.Errors.ShouldAllBe(e => e.Jenis == ErrorKind.Validasi);
        hasil.Errors.Select(e => e.Properti).ShouldBe(["JabatanId", "AtasanJabatanId", "BerlakuMulai", "NomorSk"], ignoreOrder: true);
        var pesan = string.Join(" | ", hasil.Errors.Select(e => e.Pesan));
        pesan.ShouldContain("'Nomor SK'");
        pesan.ShouldContain("'Jabatan Pejabat Penilai Kinerja'");
        pesan.ShouldNotContain("must not", Case.Insensitive);
        pesan.ShouldNotContain("empty", Case.Insensitive);
        hasil.Errors.ShouldAllBe(e => e.Pesan.Contains("kosong") || e.Pesan.Contains("harus") || e.Pesan.Contains("tidak boleh"));
        (await org.JumlahKedudukanAsync()).ShouldBe(sebelum);
    }

    [Fact]
    public async Task Tetapkan_JabatanYangSudahDitutup_TidakDitemukan()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var jf = await org.JabatanAsync(bidang.Seksi1Id, "Perencana", JenisJabatan.Fungsional, JenjangFungsional.AhliPertama, 8);
        (await db.KirimAsync(new Application.Organisasi.TutupJabatan.TutupJabatanCommand(jf, new DateOnly(2025, 1, 1), await org.VersiJabatanAsync(jf)), OrganisasiUji.Admin))
            .Berhasil.ShouldBeTrue();

        var hasil = await org.KedudukanAsync(jf, bidang.KepalaSeksi1Id, new DateOnly(2025, 2, 1));

        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.TidakDitemukan);
        hasil.ErrorUtama.Pesan.ShouldBe("Jabatan tidak ditemukan.");
    }

    [Fact]
    public async Task Tetapkan_DuaAdminBersamaanUntukJabatanSama_SatuBerhasilSatuKonflikSatuKedudukanAktif()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var jf = await org.JabatanAsync(bidang.Seksi1Id, "Pranata Komputer", JenisJabatan.Fungsional, JenjangFungsional.Terampil, 6);

        var hasil = await Task.WhenAll(
            Task.Run(() => org.KedudukanAsync(jf, bidang.KepalaSeksi1Id, Mulai)),
            Task.Run(() => org.KedudukanAsync(jf, bidang.KepalaSeksi2Id, Mulai)));

        hasil.Count(h => h.Berhasil).ShouldBe(1);
        var gagal = hasil.Single(h => h.Gagal).ErrorUtama!;
        gagal.Jenis.ShouldBeOneOf(ErrorKind.Konflik, ErrorKind.AturanDilanggar);
        (await db.BacaAsync(c => c.Kedudukan.CountAsync(k => k.JabatanId == jf && k.BerlakuSampai == null))).ShouldBe(1);
    }
}

/// <summary>
/// INHIL (preset Indragiri Hilir): the JF jenjang decides the level of the PPK (V-KED-04; DOMAIN.md §4.4;
/// `003_a712a2c678725951.txt` Lampiran B.1.a.1)–10)).
/// </summary>
public sealed class TetapkanKedudukanInhilTests(DatabaseKosongFixture db) : IClassFixture<DatabaseKosongFixture>
{
    private static readonly DateOnly Mulai = new(2025, 1, 1);
    private readonly OrganisasiUji org = new(db);

    [Fact]
    public async Task Tetapkan_AhliMadyaDiBawahKepalaBidang_Ditolak_Inhil003LampiranB1a()
    {
        var daerah = await org.DaerahAsync(PresetRegulasi.IndragiriHilir);
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var madya = await org.JabatanAsync(bidang.UnitId, "Analis Kebijakan", JenisJabatan.Fungsional, JenjangFungsional.AhliMadya, 11);
        var sebelum = await org.JumlahKedudukanAsync();

        var hasil = await org.KedudukanAsync(madya, bidang.KepalaId, Mulai);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(JenjangHarusSesuaiTingkatPejabatPenilai)]);
        hasil.ErrorUtama!.Pesan.ShouldBe("JF jenjang Ahli Madya/Utama berkedudukan di bawah Pejabat Pimpinan Tinggi Pratama.");
        (await org.JumlahKedudukanAsync()).ShouldBe(sebelum);
    }

    [Fact]
    public async Task Tetapkan_AhliMadyaDiBawahKepalaDinas_Diterima_Inhil003LampiranB1a()
    {
        var daerah = await org.DaerahAsync(PresetRegulasi.IndragiriHilir);
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var madya = await org.JabatanAsync(bidang.UnitId, "Perencana", JenisJabatan.Fungsional, JenjangFungsional.AhliMadya, 11);

        (await org.KedudukanAsync(madya, daerah.KepalaDinasId, Mulai)).Berhasil.ShouldBeTrue();
    }

    [Fact]
    public async Task Tetapkan_AhliMudaDiBawahKepalaSeksiPengawas_Ditolak_Inhil003LampiranB1a()
    {
        var daerah = await org.DaerahAsync(PresetRegulasi.IndragiriHilir);
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var muda = await org.JabatanAsync(bidang.Seksi1Id, "Perencana", JenisJabatan.Fungsional, JenjangFungsional.AhliMuda, 9);

        var hasil = await org.KedudukanAsync(muda, bidang.KepalaSeksi1Id, Mulai);

        hasil.Errors.Select(e => e.Kode).ShouldBe([nameof(JenjangHarusSesuaiTingkatPejabatPenilai)]);
        hasil.ErrorUtama!.Pesan.ShouldBe("JF jenjang Ahli Muda berkedudukan di bawah Pejabat Administrator.");
    }

    [Fact]
    public async Task Tetapkan_PelaksanaDiBawahKepalaSeksiPengawas_Diterima_Inhil003LampiranB1a()
    {
        var daerah = await org.DaerahAsync(PresetRegulasi.IndragiriHilir);
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var pelaksana = await org.JabatanAsync(bidang.Seksi1Id, "Pengadministrasi Perkantoran", JenisJabatan.Pelaksana);

        (await org.KedudukanAsync(pelaksana, bidang.KepalaSeksi1Id, Mulai)).Berhasil.ShouldBeTrue();
    }
}
