using SistemKerja.Application.AlurPenugasan.AjukanPermohonan;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Penugasan;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.AlurPenugasan;

/// <summary>
/// A surat permohonan pelibatan that breaks a rule is refused and leaves no trace (no request, step, copy or notice), on
/// the demo region with the HSU preset (`000_f720e179c5bde346.txt` Ps 11(1), 13a, 17; DOMAIN.md §7.1, §14).
/// </summary>
public sealed class PengajuanPermohonanDitolakTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    /// <summary>V-PER-04 (HSU Ps 13a): only the PUO pemilik kinerja sends the letter for the unit's target.</summary>
    [Fact]
    public async Task VPer04_Hsu_Ps13a_BukanPimpinanUnitPemilikKinerja_TerlarangTanpaJejak()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var stafBidang = await sk.PegawaiDenganPpkSamaPuoAsync();
        var awal = await sk.JumlahAsync();

        // The pegawai's own PPK and PUO, a head of another unit, and a plain pegawai: none leads the Bidang that owns the target.
        foreach (var bukanPemilik in new[] { x.Ppk.SebagaiPimpinan(), x.Puo.SebagaiPimpinan(), x.KepalaPd.SebagaiPimpinan(), stafBidang.Diri.SebagaiPegawai() })
        {
            var hasil = await db.KirimAsync(sk.Pelibatan(x, pemilik), bukanPemilik);

            hasil.Errors.Count.ShouldBe(1);
            hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
            hasil.ErrorUtama.Pesan.ShouldBe("Hanya Pimpinan Unit Organisasi pemilik kinerja yang dapat mengirim surat permohonan pelibatan untuk unit ini.");
        }

        (await sk.JumlahAsync()).ShouldBe(awal);
    }

    public static TheoryData<string> FieldWajib() => ["MaksudDanTujuan", "KompetensiDibutuhkan", "EkspektasiTargetKinerja", "Durasi"];

    /// <summary>V-PER-01 (HSU Ps 17 "paling sedikit memuat" a–d; DOMAIN.md §7.1): each of the four is required.</summary>
    [Theory]
    [MemberData(nameof(FieldWajib))]
    public async Task VPer01_Hsu_Ps17_SatuUnsurKosong_DitolakTanpaJejak(string kosong)
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var lengkap = sk.Pelibatan(x, pemilik);
        var perintah = kosong switch
        {
            "MaksudDanTujuan" => lengkap with { MaksudDanTujuan = "  " },
            "KompetensiDibutuhkan" => lengkap with { KompetensiDibutuhkan = null },
            "EkspektasiTargetKinerja" => lengkap with { EkspektasiTargetKinerja = "" },
            _ => lengkap with { TanggalMulai = default, TanggalSelesai = default },
        };
        var awal = await sk.JumlahAsync();

        var hasil = await db.KirimAsync(perintah, pemilik.Puo.SebagaiPimpinan());

        hasil.Berhasil.ShouldBeFalse();
        if (kosong == "MaksudDanTujuan")
        {
            // Caught by the form validator before the handler runs.
            hasil.Errors.ShouldContain(e => e.Jenis == ErrorKind.Validasi && e.Properti == nameof(AjukanPermohonanCommand.MaksudDanTujuan));
        }
        else
        {
            hasil.Errors.ShouldContain(e => e.Kode == nameof(PermohonanPelibatanWajibMemuatEmpatUnsur) && e.Jenis == ErrorKind.AturanDilanggar
                && e.Pesan == "Surat permohonan pelibatan wajib memuat maksud dan tujuan, kompetensi yang dibutuhkan, ekspektasi/target kinerja, dan durasi pelibatan.");
        }

        (await sk.JumlahAsync()).ShouldBe(awal);
    }

    /// <summary>V-PER-02 / V-PEN-02 (G5: "periode waktu tertentu", HSU Ps 1 a15): the end may not come before the start.</summary>
    [Fact]
    public async Task VPer02_Hsu_Ps1a15_TanggalSelesaiSebelumMulai_DitolakTanpaJejak()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var awal = await sk.JumlahAsync();

        var hasil = await db.KirimAsync(sk.Pelibatan(x, pemilik, mulai: sk.HariIni.AddDays(30), selesai: sk.HariIni.AddDays(29)), pemilik.Puo.SebagaiPimpinan());

        hasil.Errors.Count.ShouldBe(1);
        (hasil.ErrorUtama!.Kode, hasil.ErrorUtama.Jenis, hasil.ErrorUtama.Pesan).ShouldBe(
            (nameof(PeriodePenugasanHarusValid), ErrorKind.AturanDilanggar, "Periode penugasan wajib diisi; tanggal selesai tidak boleh sebelum tanggal mulai."));
        (await sk.JumlahAsync()).ShouldBe(awal);
    }

    /// <summary>V-PER-02 [P]: the start is not before the day the letter is submitted (yesterday is refused, today is fine).</summary>
    [Fact]
    public async Task VPer02_TanggalMulaiSudahLewat_DitolakTanpaJejak_HariIniDiterima()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var awal = await sk.JumlahAsync();

        var kemarin = await db.KirimAsync(sk.Pelibatan(x, pemilik, mulai: sk.HariIni.AddDays(-1)), pemilik.Puo.SebagaiPimpinan());

        kemarin.Errors.Count.ShouldBe(1);
        (kemarin.ErrorUtama!.Kode, kemarin.ErrorUtama.Pesan).ShouldBe(
            (nameof(TanggalMulaiTidakBolehLampau), "Tanggal mulai penugasan tidak boleh sebelum tanggal permohonan diajukan."));
        (await sk.JumlahAsync()).ShouldBe(awal);

        var hariIni = await db.KirimAsync(sk.Pelibatan(x, pemilik, mulai: sk.HariIni), pemilik.Puo.SebagaiPimpinan());
        hariIni.Berhasil.ShouldBeTrue();
        (await sk.PermohonanAsync(hariIni.Nilai)).TanggalMulai.ShouldBe(sk.HariIni);
    }

    /// <summary>
    /// HSU Ps 12 vs 13: a pegawai of the requester's own unit organisasi is assigned directly (WF-1), not through a
    /// surat permohonan pelibatan.
    /// </summary>
    [Fact]
    public async Task Hsu_Ps12_PegawaiUnitSendiri_DiarahkanKePenunjukanLangsung()
    {
        var x = await sk.PegawaiAsync();
        var unitSendiri = new PemilikKinerjaUji(x.UnitPuoId, "unit sendiri", x.PerangkatDaerahId, x.Puo);
        var awal = await sk.JumlahAsync();

        var hasil = await db.KirimAsync(sk.Pelibatan(x, unitSendiri), x.Puo.SebagaiPimpinan());

        hasil.Errors.Count.ShouldBe(1);
        (hasil.ErrorUtama!.Kode, hasil.ErrorUtama.Jenis, hasil.ErrorUtama.Properti).ShouldBe(("BukanLintasUnit", ErrorKind.AturanDilanggar, "PegawaiId"));
        hasil.ErrorUtama.Pesan.ShouldBe("Pegawai ini berada di unit organisasi Anda sendiri; gunakan penunjukan langsung.");
        (await sk.JumlahAsync()).ShouldBe(awal);
    }

    /// <summary>
    /// V-PEN-01 (G4; HSU Ps 11(1)): only JF, Pelaksana and — in HSU — Pengawas may be assigned. An Administrator
    /// (a Sekretaris) or a JPT (a Kepala Dinas) is refused; a Pengawas (a Kepala Sub Bagian) is accepted.
    /// </summary>
    [Fact]
    public async Task VPen01_Hsu_Ps11_PejabatAdministratorDanJpt_Ditolak_PengawasDiterima()
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var x = await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId);
        var awal = await sk.JumlahAsync();

        foreach (var struktural in new[] { x.Puo, x.KepalaPd })
        {
            var perintah = sk.Pelibatan(x, pemilik) with { PegawaiId = struktural.PegawaiId };
            var hasil = await db.KirimAsync(perintah, pemilik.Puo.SebagaiPimpinan());

            hasil.Errors.Count.ShouldBe(1);
            (hasil.ErrorUtama!.Kode, hasil.ErrorUtama.Jenis, hasil.ErrorUtama.Properti).ShouldBe((nameof(HanyaJenisJabatanYangDapatDitugaskan), ErrorKind.AturanDilanggar, "PegawaiId"));
            hasil.ErrorUtama.Pesan.ShouldBe("Penugasan hanya untuk Pejabat Fungsional, Pelaksana dan Pejabat Pengawas.");
        }

        (await sk.JumlahAsync()).ShouldBe(awal);

        var pengawas = await db.KirimAsync(sk.Pelibatan(x, pemilik) with { PegawaiId = x.Ppk.PegawaiId }, pemilik.Puo.SebagaiPimpinan());
        pengawas.Berhasil.ShouldBeTrue();
        (await sk.PermohonanAsync(pengawas.Nilai)).PegawaiId.ShouldBe(x.Ppk.PegawaiId);
    }
}
