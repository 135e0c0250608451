using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Tests.AlurPenugasan;
using SistemKerja.Application.TimKerja.BentukTim;
using SistemKerja.Application.TimKerja.TetapkanTim;
using SistemKerja.Application.TimKerja.UbahRincianTim;
using SistemKerja.Application.TimKerja.UbahSusunanTim;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.TimKerja;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.TimKerja;

/// <summary>
/// Changing the particulars of a team (DOMAIN.md §8.1): name, tasks, target, kind, period, the INHIL flag. Only the team's
/// pimpinan, only while the team's status allows a change of its susunan (§8.2: a set team changes through a new decree),
/// only with the version the form showed; a refusal changes nothing.
/// </summary>
public sealed class UbahRincianTimTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly SkenarioPenugasan sk = new(db);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<Tim> TimAsync(Guid id) => db.BacaAsync(c => c.Tim.AsNoTracking().SingleAsync(t => t.Id == id, Ct));

    /// <summary>What the particulars are, to compare before and after a refused change.</summary>
    private static string Sidik(Tim t) =>
        string.Join("|", t.Versi, t.Nama, string.Join(";", t.Tugas), t.Sasaran, t.SatuanSasaran, t.JenisTugas, t.TanggalMulai, t.TanggalSelesai,
            t.ProgramStrategisLintasPerangkatDaerah);

    private async Task<(Guid TimId, PemilikKinerjaUji Pemilik)> DrafAsync(string nama)
    {
        var pemilik = await sk.PemilikKinerjaAsync();
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(new BentukTimCommand(pemilik.UnitId, nama, "Menyusun rancangan dasbor", "Dasbor terbit", "1 Aplikasi",
            JenisTugasTim.Insidental, sk.HariIni, sk.HariIni.AddDays(90), false), pemilik.Puo.SebagaiPimpinan()));
        return (id, pemilik);
    }

    private async Task<UbahRincianTimCommand> PerubahanAsync(Guid timId) =>
        new(timId, (await TimAsync(timId)).Versi, "Tim Dasbor Layanan Terpadu", "Menyusun peta proses\r\n\n- Membangun dasbor\n• Melatih operator  \n",
            "Dasbor layanan terpadu terbit", "1 Dasbor", JenisTugasTim.Rutin, sk.HariIni.AddDays(1), new DateOnly(sk.HariIni.Year + 1, 12, 31), true);

    [Fact]
    public async Task Draf_PimpinanMengubahRincian_TersimpanTugasPerBaris()
    {
        var (id, pemilik) = await DrafAsync("Tim Dasbor Awal");
        var perubahan = await PerubahanAsync(id);

        var hasil = await db.KirimAsync(perubahan, pemilik.Puo.SebagaiPimpinan());

        hasil.Berhasil.ShouldBeTrue(string.Join(" ", hasil.Errors.Select(e => e.Pesan)));
        var tim = await TimAsync(id);
        tim.Nama.ShouldBe("Tim Dasbor Layanan Terpadu");
        tim.Tugas.ShouldBe(["Menyusun peta proses", "Membangun dasbor", "Melatih operator"]);
        (tim.Sasaran, tim.SatuanSasaran, tim.JenisTugas).ShouldBe(("Dasbor layanan terpadu terbit", "1 Dasbor", JenisTugasTim.Rutin));
        (tim.TanggalMulai, tim.TanggalSelesai).ShouldBe((perubahan.TanggalMulai, perubahan.TanggalSelesai));
        tim.ProgramStrategisLintasPerangkatDaerah.ShouldBeTrue();
        (tim.Status, tim.UnitPemilikKinerjaId).ShouldBe((StatusTim.Draf, pemilik.UnitId));
        tim.Versi.ShouldNotBe(perubahan.Versi);

        // The form shows the stored values and the new version to the pimpinan.
        var rincian = (await db.TanyaAsync(new RincianTimQuery(id), pemilik.Puo.SebagaiPimpinan()))!;
        (rincian.Nama, rincian.Versi, rincian.Unit, rincian.BolehDiubah).ShouldBe((tim.Nama, tim.Versi, pemilik.Unit, true));
        rincian.Tugas.ShouldBe(tim.Tugas);
    }

    // §8.1: the team of a unit is composed by that unit's PUO; the head of another Perangkat Daerah's unit neither changes it
    // nor gets its form.
    [Fact]
    public async Task PimpinanUnitLain_DitolakTanpaPerubahan()
    {
        var (id, pemilik) = await DrafAsync("Tim Milik Bidang Aplikasi");
        var lain = (await sk.PegawaiAsync(kecualiPerangkatDaerahId: pemilik.PerangkatDaerahId)).Puo;
        lain.PegawaiId.ShouldNotBe(pemilik.Puo.PegawaiId);
        var sebelum = Sidik(await TimAsync(id));

        var hasil = await db.KirimAsync(await PerubahanAsync(id), lain.SebagaiPimpinan());

        hasil.Gagal.ShouldBeTrue();
        hasil.ErrorUtama!.Jenis.ShouldBeOneOf(ErrorKind.TidakDitemukan, ErrorKind.Terlarang);
        Sidik(await TimAsync(id)).ShouldBe(sebelum);
        (await db.TanyaAsync(new RincianTimQuery(id), lain.SebagaiPimpinan())).ShouldBeNull();
    }

    [Fact]
    public async Task VersiLama_DiberitahuDiubahPenggunaLain_TanpaPerubahan()
    {
        var (id, pemilik) = await DrafAsync("Tim Versi");
        var usang = await PerubahanAsync(id);
        (await db.KirimAsync(usang with { Nama = "Tim Versi Baru" }, pemilik.Puo.SebagaiPimpinan())).Berhasil.ShouldBeTrue();
        var sebelum = Sidik(await TimAsync(id));

        var hasil = await db.KirimAsync(usang with { Nama = "Tim Versi Usang" }, pemilik.Puo.SebagaiPimpinan());

        hasil.ErrorUtama.ShouldBe(Error.DiubahPenggunaLain);
        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Konflik);
        Sidik(await TimAsync(id)).ShouldBe(sebelum);
        (await TimAsync(id)).Nama.ShouldBe("Tim Versi Baru");
    }

    [Fact]
    public async Task SelesaiSebelumMulai_PesanJelasTanpaPerubahan()
    {
        var (id, pemilik) = await DrafAsync("Tim Periode");
        var sebelum = Sidik(await TimAsync(id));

        var hasil = await db.KirimAsync(await PerubahanAsync(id) with { TanggalSelesai = sk.HariIni.AddDays(-1) }, pemilik.Puo.SebagaiPimpinan());

        hasil.Errors.Select(e => e.Pesan).ShouldContain("Tanggal selesai tidak boleh sebelum tanggal mulai.");
        hasil.Errors.Single(e => e.Pesan == "Tanggal selesai tidak boleh sebelum tanggal mulai.").Properti.ShouldBe("TanggalSelesai");
        Sidik(await TimAsync(id)).ShouldBe(sebelum);
    }

    [Fact]
    public async Task NamaKosong_PesanJelasTanpaPerubahan()
    {
        var (id, pemilik) = await DrafAsync("Tim Bernama");
        var sebelum = Sidik(await TimAsync(id));

        var hasil = await db.KirimAsync(await PerubahanAsync(id) with { Nama = "  " }, pemilik.Puo.SebagaiPimpinan());

        hasil.Gagal.ShouldBeTrue();
        hasil.Errors.ShouldContain(e => e.Properti == "Nama" && e.Pesan.Contains("Nama tim"));
        Sidik(await TimAsync(id)).ShouldBe(sebelum);
        (await TimAsync(id)).Nama.ShouldBe("Tim Bernama");
    }

    // §8.2 (HSU Ps 20(1)): once set by its decree, a team's particulars are those of the decree; the domain refuses the change.
    [Fact]
    public async Task TimDitetapkan_DitolakDomainTanpaPerubahan()
    {
        var (id, pemilik) = await DrafAsync("Tim Sudah Ditetapkan");
        var ketua = await sk.PegawaiDenganAsync(k => k.UnitPuoId == pemilik.UnitId);
        var anggota = await sk.PegawaiDenganAsync(k => k.UnitPuoId == pemilik.UnitId);
        foreach (var (aksi, orang) in new[] { (AksiSusunan.TambahKetua, ketua), (AksiSusunan.TambahAnggota, anggota) })
        {
            (await db.KirimAsync(new UbahSusunanTimCommand(id, (await TimAsync(id)).Versi, aksi, orang.Diri.PegawaiId), pemilik.Puo.SebagaiPimpinan()))
                .Berhasil.ShouldBeTrue();
        }

        SkenarioPenugasan.Pasti(await db.KirimAsync(new TetapkanTimCommand(id, (await TimAsync(id)).Versi), pemilik.Puo.SebagaiPimpinan()));
        (await TimAsync(id)).Status.ShouldBe(StatusTim.Ditetapkan);
        var sebelum = Sidik(await TimAsync(id));

        var hasil = await db.KirimAsync(await PerubahanAsync(id), pemilik.Puo.SebagaiPimpinan());

        hasil.Gagal.ShouldBeTrue();
        hasil.ErrorUtama!.Kode.ShouldBe(nameof(AksiTimSesuaiStatus));
        Sidik(await TimAsync(id)).ShouldBe(sebelum);
        (await db.TanyaAsync(new RincianTimQuery(id), pemilik.Puo.SebagaiPimpinan()))!.BolehDiubah.ShouldBeFalse();
    }
}
