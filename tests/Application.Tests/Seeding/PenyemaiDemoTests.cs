using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Infrastructure.Identity;
using SistemKerja.Infrastructure.Seeding;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.Seeding;

public sealed class PenyemaiDemoTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    [Fact]
    public async Task Semai_WilayahDemo_MemilikiSetiapJenisPerangkatDaerah()
    {
        var jenis = await db.BacaAsync(c => c.PerangkatDaerah.Select(p => p.Jenis).Distinct().ToListAsync());

        jenis.ShouldBe(Enum.GetValues<JenisPerangkatDaerah>().Except([JenisPerangkatDaerah.Kantor]), ignoreOrder: true);
        (await db.BacaAsync(c => c.PerangkatDaerah.CountAsync())).ShouldBeInRange(28, 35);
    }

    [Fact]
    public async Task Semai_WilayahDemo_LebihDari2000PegawaiDenganNipValid()
    {
        var pegawai = await db.BacaAsync(c => c.Pegawai.Select(p => new { p.Nip, p.Status }).ToListAsync());

        pegawai.Count.ShouldBeGreaterThan(2000);
        pegawai.Select(p => p.Nip).Distinct().Count().ShouldBe(pegawai.Count);
        foreach (var p in pegawai)
        {
            Nip.Parse(p.Nip, p.Status, new DateOnly(2026, 11, 22)).Berhasil.ShouldBeTrue(p.Nip);
        }
    }

    [Fact]
    public async Task Semai_SetiapPegawai_MemangkuTepatSatuJabatanDefinitif()
    {
        var tanpaJabatan = await db.BacaAsync(c => c.Pegawai.CountAsync(p => !c.PemangkuJabatan.Any(j => j.PegawaiId == p.Id && j.TanggalSelesai == null)));
        var ganda = await db.BacaAsync(c => c.PemangkuJabatan.Where(j => j.TanggalSelesai == null).GroupBy(j => j.PegawaiId).CountAsync(g => g.Count() > 1));

        tanpaJabatan.ShouldBe(0);
        ganda.ShouldBe(0);
    }

    [Fact]
    public async Task Semai_AkunDemo_SatuPerPeranDanKataSandiTerdokumentasiBerlaku()
    {
        await using var scope = db.Layanan.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Pengguna>>();
        foreach (var akun in PenyemaiDemo.Akun)
        {
            var pengguna = await users.FindByNameAsync(akun.NamaPengguna);
            pengguna.ShouldNotBeNull(akun.NamaPengguna);
            (await users.CheckPasswordAsync(pengguna, akun.KataSandi)).ShouldBeTrue(akun.NamaPengguna);
            (await users.GetRolesAsync(pengguna)).ShouldBe(akun.Peran, ignoreOrder: true);
            pengguna.PegawaiId.ShouldNotBeNull();
        }
    }

    [Fact]
    public async Task Semai_DijalankanLagi_TidakMenggandakanData()
    {
        var sebelum = await db.BacaAsync(c => c.Pegawai.CountAsync());
        await using var scope = db.Layanan.CreateAsyncScope();

        var disemai = await scope.ServiceProvider.GetRequiredService<PenyemaiDemo>().SemaiAsync(CancellationToken.None);

        disemai.ShouldBeFalse();
        (await db.BacaAsync(c => c.Pegawai.CountAsync())).ShouldBe(sebelum);
    }
}
