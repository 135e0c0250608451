using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SistemKerja.Web.Tests.Halaman;

/// <summary>Bad input on the admin forms: a clear message in Bahasa Indonesia on the form, nothing saved, never a 500.</summary>
public sealed class FormulirAdminTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private async Task<long> HitungAsync(string tabel)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync(TestContext.Current.CancellationToken);
        return (long)(await new NpgsqlCommand($"SELECT count(*) FROM {tabel}", conn).ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    [Theory]
    [InlineData("19901340 201503 1 002", "tanggal lahir")]
    [InlineData("12345", "18 digit")]
    [InlineData("19900215 201513 1 002", "TMT")]
    [InlineData("19900215 201503 7 002", "jenis kelamin")]
    public async Task TambahPegawai_NipTidakValid_PesanPadaFormulirDanTidakTersimpan(string nip, string potonganPesan)
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        var sebelum = await HitungAsync("pegawai");

        var respons = await AplikasiUji.KirimFormulirAsync(admin, "/Admin/Pegawai/Tambah", new()
        {
            ["Masukan.Nip"] = nip, ["Masukan.Status"] = "Pns", ["Masukan.Nama"] = "Uji Formulir", ["Masukan.GolonganRuang"] = "IIIA", ["Masukan.Pendidikan"] = "8",
        });

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await AplikasiUji.HtmlAsync(respons);
        html.QuerySelector(".galat")!.TextContent.ShouldContain(potonganPesan, Case.Insensitive);
        html.QuerySelector("input[name='Masukan.Nama']")!.GetAttribute("value").ShouldBe("Uji Formulir");
        (await HitungAsync("pegawai")).ShouldBe(sebelum);
    }

    [Theory]
    [InlineData("Masukan.Status", "bukan-status")]
    [InlineData("Masukan.GolonganRuang", "IX/z")]
    [InlineData("Masukan.Pendidikan", "99999999999999999999")]
    public async Task TambahPegawai_NilaiPilihanNgawur_PesanTanpa500(string isian, string nilai)
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        var data = new Dictionary<string, string> { ["Masukan.Nip"] = "199002152015031002", ["Masukan.Nama"] = "Uji", ["Masukan.Status"] = "Pns", ["Masukan.Pendidikan"] = "8" };
        data[isian] = nilai;

        var respons = await AplikasiUji.KirimFormulirAsync(admin, "/Admin/Pegawai/Tambah", data);

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AplikasiUji.HtmlAsync(respons)).QuerySelector(".galat")!.TextContent.Trim().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task PindahkanUnit_KeBawahAnaknya_PesanLingkaranDanTidakBerubah()
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        Guid unitId, anakId, indukLama;
        await using (var conn = new NpgsqlConnection(app.ConnectionString))
        {
            await conn.OpenAsync(TestContext.Current.CancellationToken);
            await using var cmd = new NpgsqlCommand(
                "SELECT u.\"Id\", a.\"Id\", u.\"IndukId\" FROM unit_organisasi u JOIN unit_organisasi a ON a.\"IndukId\" = u.\"Id\" WHERE u.\"IndukId\" IS NOT NULL LIMIT 1", conn);
            await using var r = await cmd.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            await r.ReadAsync(TestContext.Current.CancellationToken);
            (unitId, anakId, indukLama) = (r.GetGuid(0), r.GetGuid(1), r.GetGuid(2));
        }

        var halaman = await AplikasiUji.HtmlAsync(await admin.GetAsync($"/Admin/Unit/Pindahkan?id={unitId}", TestContext.Current.CancellationToken));
        var versi = halaman.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!;
        var respons = await AplikasiUji.KirimFormulirAsync(admin, $"/Admin/Unit/Pindahkan?id={unitId}", new()
        {
            ["Masukan.UnitId"] = unitId.ToString(), ["Masukan.IndukBaruId"] = anakId.ToString(), ["Masukan.Versi"] = versi,
        });

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AplikasiUji.HtmlAsync(respons)).QuerySelector(".galat")!.TextContent.ShouldContain("lingkaran");
        await using var cek = new NpgsqlConnection(app.ConnectionString);
        await cek.OpenAsync(TestContext.Current.CancellationToken);
        ((Guid)(await new NpgsqlCommand($"SELECT \"IndukId\" FROM unit_organisasi WHERE \"Id\" = '{unitId}'", cek).ExecuteScalarAsync(TestContext.Current.CancellationToken))!).ShouldBe(indukLama);
    }

    [Fact]
    public async Task TetapkanPemangku_JabatanSudahDipangku_PesanDanTidakTersimpan()
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        string jabatanId, nipLain;
        await using (var conn = new NpgsqlConnection(app.ConnectionString))
        {
            await conn.OpenAsync(TestContext.Current.CancellationToken);
            jabatanId = ((Guid)(await new NpgsqlCommand("SELECT \"JabatanId\" FROM pemangku_jabatan WHERE \"TanggalSelesai\" IS NULL LIMIT 1", conn).ExecuteScalarAsync(TestContext.Current.CancellationToken))!).ToString();
            nipLain = (string)(await new NpgsqlCommand($"SELECT p.\"Nip\" FROM pegawai p JOIN pemangku_jabatan pj ON pj.\"PegawaiId\" = p.\"Id\" WHERE pj.\"JabatanId\" <> '{jabatanId}' LIMIT 1", conn).ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
        }

        var sebelum = await HitungAsync("pemangku_jabatan");
        var respons = await AplikasiUji.KirimFormulirAsync(admin, $"/Admin/Jabatan/Tetapkan?jabatanId={jabatanId}", new()
        {
            ["Masukan.JabatanId"] = jabatanId, ["Masukan.NipPegawai"] = nipLain, ["Masukan.Jenis"] = "Definitif", ["Masukan.Tmt"] = "2026-01-02",
            ["Masukan.NomorSk"] = "800/1/BKPSDM/2026", ["Masukan.AkhiriJabatanSebelumnya"] = "true",
        });

        respons.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AplikasiUji.HtmlAsync(respons)).QuerySelector(".galat")!.TextContent.ShouldContain("sudah dipangku");
        (await HitungAsync("pemangku_jabatan")).ShouldBe(sebelum);
    }
}
