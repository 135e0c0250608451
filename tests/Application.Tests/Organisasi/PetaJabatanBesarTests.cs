using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Organisasi.DetailPerangkatDaerah;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.Organisasi;

/// <summary>
/// The peta jabatan page of a large Perangkat Daerah is shown a unit at a time (bench/RESULTS.md: 5,200 positions on one page
/// took half a second), while every unit stays listed with its number of positions. Read-only on the demo region.
/// </summary>
public sealed class PetaJabatanBesarTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private Task<Guid> PdTerbesarAsync() => db.BacaAsync(c => c.Jabatan.GroupBy(j => j.PerangkatDaerahId)
        .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync(TestContext.Current.CancellationToken));

    private async Task<PerangkatDaerahDetail> DetailAsync(Guid pd, Guid? unit = null, int batas = DetailPerangkatDaerahQuery.BatasBaku) =>
        (await db.TanyaAsync(new DetailPerangkatDaerahQuery(pd, unit, batas), OrganisasiUji.Admin))!;

    [Fact]
    public async Task DiAtasBatas_HanyaJabatanUnitAkarDimuat_SemuaUnitTetapTerdaftarDenganJumlahnya()
    {
        var pd = await PdTerbesarAsync();
        var penuh = await DetailAsync(pd);
        penuh.Sebagian.ShouldBeFalse("the demo's largest Perangkat Daerah is under the default limit");
        penuh.Unit.Sum(u => u.Jabatan.Count).ShouldBe(penuh.JumlahJabatan);
        penuh.Unit.ShouldAllBe(u => u.JabatanDimuat && u.Jabatan.Count == u.JumlahJabatan);

        var ringkas = await DetailAsync(pd, batas: 5);

        ringkas.Sebagian.ShouldBeTrue();
        ringkas.JumlahJabatan.ShouldBe(penuh.JumlahJabatan);
        ringkas.Unit.Select(u => (u.Id, u.JumlahJabatan)).ShouldBe(penuh.Unit.Select(u => (u.Id, u.JumlahJabatan)));
        var akar = ringkas.Unit.Single(u => u.IndukId is null);
        (akar.JabatanDimuat, akar.Jabatan.Count).ShouldBe((true, akar.JumlahJabatan));
        ringkas.Unit.Where(u => u.IndukId is not null).ShouldAllBe(u => !u.JabatanDimuat && u.Jabatan.Count == 0);
    }

    [Fact]
    public async Task UnitDipilih_JabatanUnitItuDanSubUnitnyaDimuat_PemangkuIkut()
    {
        // A unit below the root that has sub-units of its own (a Bidang with Seksi, a UPTD with its own units).
        var pilihan = await db.BacaAsync(c => (from u in c.UnitOrganisasi
                                                where u.IndukId != null && c.UnitOrganisasi.Any(s => s.IndukId == u.Id)
                                                orderby u.Nama
                                                select new { u.Id, u.PerangkatDaerahId }).FirstAsync(TestContext.Current.CancellationToken));
        var pd = pilihan.PerangkatDaerahId;
        var penuh = await DetailAsync(pd);
        var bidang = penuh.Unit.Single(u => u.Id == pilihan.Id);
        var subpohon = penuh.Unit.SkipWhile(u => u.Id != bidang.Id).Skip(1).TakeWhile(u => u.Kedalaman > bidang.Kedalaman).Select(u => u.Id).Append(bidang.Id).ToHashSet();

        var fokus = await DetailAsync(pd, bidang.Id, batas: 5);

        fokus.Unit.Where(u => u.JabatanDimuat).Select(u => u.Id).ToHashSet().SetEquals(subpohon).ShouldBeTrue();
        foreach (var u in fokus.Unit.Where(u => u.JabatanDimuat))
        {
            static IEnumerable<string> Ringkas(UnitDetail u) => u.Jabatan.Select(j => $"{j.Id}:{string.Join(",", j.Pemangku.Select(p => p.PegawaiId))}");
            Ringkas(u).ShouldBe(Ringkas(penuh.Unit.Single(p => p.Id == u.Id)));
        }

        // An id from elsewhere falls back to the root unit rather than failing.
        (await DetailAsync(pd, Guid.NewGuid(), batas: 5)).Unit.Where(u => u.JabatanDimuat).ShouldHaveSingleItem().IndukId.ShouldBeNull();
    }
}
