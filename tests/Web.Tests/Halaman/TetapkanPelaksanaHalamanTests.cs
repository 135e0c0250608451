using System.Net;
using Npgsql;

namespace SistemKerja.Web.Tests.Halaman;

/// <summary>
/// The head of a Perangkat Daerah records a Plh for a period from the org page; another official cannot (checked by the
/// use case: the page is open to every signed-in official).
/// </summary>
public sealed class TetapkanPelaksanaHalamanTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    [Fact]
    public async Task TetapkanPlh_OlehSekdaDiSetda_TersimpanDenganMasa_OlehKepalaBidang_DitolakDenganPesan()
    {
        string jabatanId, nip;
        await using (var conn = new NpgsqlConnection(app.ConnectionString))
        {
            await conn.OpenAsync(TestContext.Current.CancellationToken);
            // A Kepala Bagian of the Sekretariat Daerah (a head position below the Sekda), and a pegawai who does not hold it.
            jabatanId = ((Guid)(await new NpgsqlCommand("""
                SELECT j."Id" FROM jabatan j JOIN unit_organisasi u ON u."Id" = j."UnitOrganisasiId" JOIN perangkat_daerah d ON d."Id" = u."PerangkatDaerahId"
                WHERE d."Jenis" = 'SekretariatDaerah' AND j."MemimpinUnit" AND u."IndukId" IS NOT NULL AND j."DitutupPada" IS NULL ORDER BY j."Nama" LIMIT 1
                """, conn).ExecuteScalarAsync(TestContext.Current.CancellationToken))!).ToString();
            nip = (string)(await new NpgsqlCommand($"""
                SELECT p."Nip" FROM pegawai p WHERE NOT EXISTS (SELECT 1 FROM pemangku_jabatan pj WHERE pj."PegawaiId" = p."Id" AND pj."JabatanId" = '{jabatanId}')
                ORDER BY p."Nip" LIMIT 1
                """, conn).ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
        }

        var isian = new Dictionary<string, string>
        {
            ["Masukan.JabatanId"] = jabatanId, ["Masukan.NipPegawai"] = nip, ["Masukan.Jenis"] = "Plh", ["Masukan.Tmt"] = "2026-12-07",
            ["Masukan.TanggalSelesai"] = "2026-12-11", ["Masukan.NomorSk"] = "800.1.3.3/PLH-07/SETDA/2026",
        };

        var pimpinan = await app.MasukSebagaiAsync("pimpinan", "Pimpinan#Demo2025");
        var ditolak = await AplikasiUji.KirimFormulirAsync(pimpinan, $"/Organisasi/TetapkanPelaksana?jabatanId={jabatanId}", new(isian));
        ditolak.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AplikasiUji.HtmlAsync(ditolak)).QuerySelector(".galat")!.TextContent
            .ShouldContain("Plt./Plh. hanya dapat ditetapkan oleh Admin BKPSDM atau Kepala Perangkat Daerah yang bersangkutan.");
        (await HitungPlhAsync(jabatanId)).ShouldBe(0);

        var sekda = await app.MasukSebagaiAsync("sekda", "Sekda#Demo2025");
        var respons = await AplikasiUji.KirimFormulirAsync(sekda, $"/Organisasi/TetapkanPelaksana?jabatanId={jabatanId}", new(isian));
        respons.StatusCode.ShouldBe(HttpStatusCode.Redirect, await respons.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        (await HitungPlhAsync(jabatanId, "2026-12-11")).ShouldBe(1);
    }

    private async Task<long> HitungPlhAsync(string jabatanId, string? selesai = null)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync(TestContext.Current.CancellationToken);
        var sql = $"SELECT count(*) FROM pemangku_jabatan WHERE \"JabatanId\" = '{jabatanId}' AND \"Jenis\" = 'Plh'"
            + (selesai is null ? "" : $" AND \"TanggalSelesai\" = DATE '{selesai}'");
        return (long)(await new NpgsqlCommand(sql, conn).ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
