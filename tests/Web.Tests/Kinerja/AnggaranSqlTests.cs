using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Infrastructure.Persistence;
using SistemKerja.Web.Tests.NaskahDinas;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.Kinerja;

/// <summary>
/// SQL round trips per page and per command, against a fixed budget: a query inside a loop over rows (N+1) makes a page's
/// count grow with the data and fails here. The counter (<see cref="PenghitungSql"/>) sees every EF Core command of the
/// request, Identity's included; BEGIN rides on the first statement and COMMIT is not counted.
/// </summary>
public sealed class AnggaranSqlTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    /// <summary>A page: the session, the user's positions, the unread badge, its own reads (projections, a handful).</summary>
    private const int AnggaranHalaman = 15;

    /// <summary>A command: the page's reads, the aggregate, the rules' lookups, the save, the audit line, notices, numbering.</summary>
    private const int AnggaranPerintah = 25;

    private const string UnitDiminta = "Bidang Aplikasi Informatika";
    private const string PdDiminta = "Dinas Komunikasi dan Informatika";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HalamanUtama_SetiapPeran_TidakMelebihiAnggaranSql()
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        var auditor = await app.MasukSebagaiAsync("auditor", "Auditor#Demo2025");
        var pimpinan = await PimpinanAsync(app);
        var pegawai = await PegawaiAsync(app);
        var sekda = await app.MasukSebagaiAsync("sekda", "Sekda#Demo2025");

        // Enough rows that a per-row query would show: three requests in the inbox, two issued documents in the archive.
        var permohonan = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            permohonan.Add(await AjukanSukarelaDalamUnitAsync(app, pegawai));
        }

        var dokumen = await DokumenWeb.TunjukPegawaiAsync(app, pimpinan, "Pemutakhiran data aplikasi layanan");
        await DokumenWeb.TunjukPegawaiAsync(app, pimpinan, "Penyusunan laporan layanan informasi");
        var pdBesar = await PerangkatDaerahTerbesarAsync();
        var pegawaiLain = await SkalarAsync<Guid>(app, "SELECT \"Id\" FROM pegawai ORDER BY \"Nip\" LIMIT 1");

        (HttpClient Klien, string Akun, string Url)[] halaman =
        [
            (admin, "admin", "/"), (auditor, "auditor", "/"), (pimpinan, "pimpinan", "/"), (pegawai, "pegawai", "/"), (sekda, "sekda", "/"),
            (pimpinan, "pimpinan", "/Penugasan"), (pegawai, "pegawai", "/Penugasan"), (admin, "admin", "/Penugasan"),
            (pimpinan, "pimpinan", UrlPermohonan(permohonan[0])), (pegawai, "pegawai", UrlPermohonan(permohonan[0])),
            (pegawai, "pegawai", $"/Penugasan/Tugas/{dokumen.PenugasanId}"),
            (admin, "admin", "/Organisasi"), (admin, "admin", $"/Organisasi/Detail/{pdBesar}"), (admin, "admin", $"/Organisasi/Bagan/{pdBesar}"),
            (pegawai, "pegawai", $"/Organisasi/Bagan/{pdBesar}"),
            (admin, "admin", "/Pegawai?q=a"), (pimpinan, "pimpinan", "/Pegawai?q=Rahman"), (admin, "admin", $"/Pegawai/Detail/{pegawaiLain}"),
            (auditor, "auditor", "/Auditor/Dokumen"), (auditor, "auditor", $"/Auditor/Dokumen?PerangkatDaerahId={await PerangkatDaerahPimpinanAsync()}"),
            (admin, "admin", "/Penugasan/Instansi"), (admin, "admin", "/Penugasan/Instansi/Masuk"),
            (pegawai, "pegawai", "/Penugasan/Ajukan?jenis=SukarelaLintasUnit"), (pimpinan, "pimpinan", "/Penugasan/Tunjuk"),
        ];

        var laporan = new List<string>();
        var gagal = new List<string>();
        foreach (var (klien, akun, url) in halaman)
        {
            var (respons, sql) = await GetAsync(klien, url);
            respons.StatusCode.ShouldBe(HttpStatusCode.OK, $"{akun} GET {url}");
            sql.Jumlah.ShouldBeGreaterThan(0, $"the counter saw no SQL for {akun} GET {url}");
            laporan.Add($"{sql.Jumlah,3}  {akun,-9} GET {url}");
            if (sql.Jumlah > AnggaranHalaman)
            {
                gagal.Add(Rincian(sql, $"{akun} GET {url}", AnggaranHalaman));
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", laporan));
        gagal.ShouldBeEmpty(string.Join("\n\n", gagal));
    }

    [Fact]
    public async Task PerintahUtama_TidakMelebihiAnggaranSql()
    {
        var pegawai = await PegawaiAsync(app);
        var pimpinan = await PimpinanAsync(app);
        var laporan = new List<string>();

        // Submit (WF-5), decide (the last approval issues the Penugasan and its Surat Tugas).
        var formulir = await HalamanAsync(pegawai, "/Penugasan/Ajukan?jenis=SukarelaDalamUnit");
        var isian = IsianAjukan(app, "SukarelaDalamUnit");
        isian["__RequestVerificationToken"] = Token(formulir);
        var (ajukan, sqlAjukan) = await PostAsync(pegawai, "/Penugasan/Ajukan?jenis=SukarelaDalamUnit", isian);
        var id = IdDariAlihan(ajukan, "/Penugasan/Permohonan/");
        laporan.Add($"{sqlAjukan.Jumlah,3}  POST Ajukan");

        var halaman = await HalamanAsync(pimpinan, UrlPermohonan(id));
        var (setujui, sqlSetujui) = await PostAsync(pimpinan, $"{UrlPermohonan(id)}?handler=Setujui", new()
        {
            ["__RequestVerificationToken"] = Token(halaman), ["Masukan.Versi"] = halaman.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!,
            ["Masukan.Catatan"] = "Disetujui", ["Masukan.WaktuDiluarBebanKerja"] = "true", ["Masukan.WaktuDiluarPenugasanLain"] = "true",
            ["Masukan.KompetensiRelevan"] = "true", ["Masukan.AlasanPengecualian"] = "",
        });
        setujui.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        laporan.Add($"{sqlSetujui.Jumlah,3}  POST Permohonan?handler=Setujui (issues the Surat Tugas)");

        // Direct penunjukan (WF-1): issues the Surat Tugas with its number and PDF in the same command.
        var tunjuk = await HalamanAsync(pimpinan, "/Penugasan/Tunjuk");
        var mulai = HariIni(app).AddDays(90);
        var (ditunjuk, sqlTunjuk) = await PostAsync(pimpinan, "/Penugasan/Tunjuk", new()
        {
            ["__RequestVerificationToken"] = Token(tunjuk), ["Masukan.PegawaiId"] = (await PegawaiAkunAsync(app, "pegawai")).Id.ToString(),
            ["Masukan.Uraian"] = "Pengujian beban basis data", ["Masukan.TargetKinerja"] = "", ["Masukan.TanggalMulai"] = Iso(mulai),
            ["Masukan.TanggalSelesai"] = Iso(mulai.AddDays(7)), ["Masukan.AlokasiPersen"] = "5",
        });
        ditunjuk.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        laporan.Add($"{sqlTunjuk.Jumlah,3}  POST Tunjuk (number, PDF, document)");

        // Lintas instansi: the unit head answers with every pegawai of the unit ticked (availability of each one).
        var (url, calon) = await PelibatanSiapDijawabAsync();
        var detail = await HalamanAsync(pimpinan, url);
        List<KeyValuePair<string, string>> jawab =
        [
            new("__RequestVerificationToken", Token(detail)), new("Masukan.Versi", detail.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!),
            new("Masukan.Aksi", "JawabKetersediaan"), new("Masukan.AlasanPengecualian", "Beban tugas pokok dikurangi selama pelibatan"),
            .. calon.Select(c => new KeyValuePair<string, string>("Masukan.PegawaiIds", c)),
        ];
        var (dijawab, sqlJawab) = await KirimAsync(pimpinan, HttpMethod.Post, url, new FormUrlEncodedContent(jawab));
        dijawab.StatusCode.ShouldBe(HttpStatusCode.Redirect, Galat(await AplikasiUji.HtmlAsync(dijawab)));
        laporan.Add($"{sqlJawab.Jumlah,3}  POST Instansi/Detail JawabKetersediaan ({calon.Count} pegawai)");

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", laporan));
        List<(HitunganSql Sql, string Apa)> semua = [(sqlAjukan, "POST Ajukan"), (sqlSetujui, "POST Setujui"), (sqlTunjuk, "POST Tunjuk"), (sqlJawab, "POST JawabKetersediaan")];
        var gagal = semua.Where(x => x.Sql.Jumlah > AnggaranPerintah).Select(x => Rincian(x.Sql, x.Apa, AnggaranPerintah)).ToList();
        gagal.ShouldBeEmpty(string.Join("\n\n", gagal));
    }

    /// <summary>
    /// The known N+1 (one availability query per candidate on the lintas instansi answer step) is gone: the page costs the
    /// same whether the unit has few or many pegawai, and fewer round trips than it has candidates.
    /// </summary>
    [Fact]
    public async Task DetailLintasInstansi_LangkahJawaban_JumlahSqlTidakTumbuhDenganJumlahCalon()
    {
        var pimpinan = await PimpinanAsync(app);
        var (url, calon) = await PelibatanSiapDijawabAsync();
        var (_, sebelum) = await GetAsync(pimpinan, url);

        // Two more pegawai placed in the unit: a per-candidate query would add two round trips.
        await TambahPegawaiDiUnitAsync(2);
        var (respons, sesudah) = await GetAsync(pimpinan, url);
        var calonSesudah = (await AplikasiUji.HtmlAsync(respons)).QuerySelectorAll("input[type=checkbox][name='Masukan.PegawaiIds']").Length;

        calonSesudah.ShouldBe(calon.Count + 2);
        sesudah.Jumlah.ShouldBe(sebelum.Jumlah, Rincian(sesudah, "GET Instansi/Detail after two more candidates", sebelum.Jumlah));
        sesudah.TidakMelebihi(AnggaranHalaman, "GET Instansi/Detail at the answer step");
    }

    /// <summary>The counter can fail: a deliberate N+1 loop (one query per unit of a Perangkat Daerah) goes over the budget, its batched form does not.</summary>
    [Fact]
    public async Task PenghitungSql_LoopNPlus1Sengaja_MelebihiAnggaran_VersiBatchTidak()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var banyak = AnggaranHalaman * 2;

        var nPlus1 = await PenghitungSql.HitungAsync(async () =>
        {
            var unit = await db.UnitOrganisasi.AsNoTracking().OrderBy(u => u.Id).Select(u => u.Id).Take(banyak).ToListAsync(Ct);
            foreach (var u in unit)
            {
                _ = await db.Jabatan.CountAsync(j => j.UnitOrganisasiId == u, Ct);
            }
        });
        var batch = await PenghitungSql.HitungAsync(async () =>
        {
            var unit = await db.UnitOrganisasi.AsNoTracking().OrderBy(u => u.Id).Select(u => u.Id).Take(banyak).ToListAsync(Ct);
            _ = await db.Jabatan.AsNoTracking().Where(j => unit.Contains(j.UnitOrganisasiId))
                .GroupBy(j => j.UnitOrganisasiId).Select(g => new { g.Key, Jumlah = g.Count() }).ToListAsync(Ct);
        });

        nPlus1.Jumlah.ShouldBe(1 + banyak);
        Should.Throw<ShouldAssertException>(() => nPlus1.TidakMelebihi(AnggaranHalaman, "deliberate N+1"))
            .Message.ShouldContain("an N+1 query?");
        batch.Jumlah.ShouldBe(2);
        batch.TidakMelebihi(AnggaranHalaman, "batched");
    }

    // ---------------------------------------------------------------- helpers

    private async Task<(HttpResponseMessage Respons, HitunganSql Sql)> GetAsync(HttpClient klien, string url) =>
        await KirimAsync(klien, HttpMethod.Get, url, null);

    private async Task<(HttpResponseMessage Respons, HitunganSql Sql)> PostAsync(HttpClient klien, string url, Dictionary<string, string> isian) =>
        await KirimAsync(klien, HttpMethod.Post, url, new FormUrlEncodedContent(isian));

    private async Task<(HttpResponseMessage Respons, HitunganSql Sql)> KirimAsync(HttpClient klien, HttpMethod metode, string url, HttpContent? isi)
    {
        var kunci = Guid.NewGuid().ToString("N");
        using var permintaan = new HttpRequestMessage(metode, url) { Content = isi };
        permintaan.Headers.Add(PenghitungSql.Header, kunci);
        var respons = await klien.SendAsync(permintaan, Ct);
        return (respons, app.Sql.Hasil(kunci));
    }

    private static string Rincian(HitunganSql sql, string apa, int anggaran)
    {
        try
        {
            sql.TidakMelebihi(anggaran, apa);
            return $"{apa}: {sql.Jumlah}";
        }
        catch (ShouldAssertException e)
        {
            return e.Message;
        }
    }

    /// <summary>The Perangkat Daerah with the most position slots (the heaviest peta jabatan and org chart).</summary>
    private Task<Guid> PerangkatDaerahTerbesarAsync() => SkalarAsync<Guid>(app, """
        SELECT u."PerangkatDaerahId" FROM jabatan j JOIN unit_organisasi u ON u."Id" = j."UnitOrganisasiId"
        GROUP BY u."PerangkatDaerahId" ORDER BY count(*) DESC LIMIT 1
        """);

    private Task<Guid> PerangkatDaerahPimpinanAsync() => SkalarAsync<Guid>(app, $"SELECT \"Id\" FROM perangkat_daerah WHERE \"Nama\" = '{PdDiminta}'");

    /// <summary>An incoming lintas instansi request for the pimpinan's Bidang, registered by BKPSDM and approved by the Sekretaris Daerah.</summary>
    private async Task<(string Url, List<string> Calon)> PelibatanSiapDijawabAsync()
    {
        var admin = await app.MasukSebagaiAsync("admin", "Admin#Demo2025");
        var sekda = await app.MasukSebagaiAsync("sekda", "Sekda#Demo2025");
        var pimpinan = await PimpinanAsync(app);
        var hariIni = HariIni(app);
        var formulir = await HalamanAsync(admin, "/Penugasan/Instansi/Masuk");
        var unit = formulir.QuerySelectorAll("select[name='Masukan.UnitId'] option")
            .Single(o => o.TextContent.Trim() == UnitDiminta && o.ParentElement?.GetAttribute("label") == PdDiminta).GetAttribute("value")!;
        var respons = await AplikasiUji.KirimFormulirAsync(admin, "/Penugasan/Instansi/Masuk", new()
        {
            ["Masukan.InstansiLain"] = "Pemerintah Kabupaten Balangan", ["Masukan.NomorSurat"] = $"800.1/{Random.Shared.Next(100, 999)}/BKPSDM-BLG/{hariIni.Year}",
            ["Masukan.TanggalSurat"] = Iso(hariIni.AddDays(-3)), ["Masukan.UnitId"] = unit, ["Masukan.MaksudDanTujuan"] = "Pembangunan aplikasi layanan kepegawaian bersama",
            ["Masukan.KompetensiDibutuhkan"] = "Pengembangan aplikasi web", ["Masukan.EkspektasiTargetKinerja"] = "Aplikasi beroperasi",
            ["Masukan.TanggalMulai"] = Iso(hariIni.AddDays(10)), ["Masukan.TanggalSelesai"] = Iso(hariIni.AddDays(70)), ["Masukan.AlokasiPersen"] = "10",
        });
        var id = IdDariAlihan(respons, "/Penugasan/Instansi/Detail/");
        var url = $"/Penugasan/Instansi/Detail/{id}";
        var halaman = await HalamanAsync(sekda, url);
        var setuju = await PostAsync(sekda, url, new()
        {
            ["__RequestVerificationToken"] = Token(halaman), ["Masukan.Versi"] = halaman.QuerySelector("input[name='Masukan.Versi']")!.GetAttribute("value")!,
            ["Masukan.Aksi"] = "Setujui",
        });
        setuju.Respons.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var calon = (await HalamanAsync(pimpinan, url)).QuerySelectorAll("input[type=checkbox][name='Masukan.PegawaiIds']").Select(c => c.GetAttribute("value")!).ToList();
        calon.Count.ShouldBeGreaterThan(2);
        return (url, calon);
    }

    /// <summary>Moves <paramref name="jumlah"/> filled Pelaksana positions of other Perangkat Daerah, with their holders, into the pimpinan's Bidang (straight in the database).</summary>
    private async Task TambahPegawaiDiUnitAsync(int jumlah)
    {
        await using var conn = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync(Ct);
        await using var cmd = new Npgsql.NpgsqlCommand($"""
            WITH tujuan AS (
                SELECT u."Id", u."PerangkatDaerahId" FROM unit_organisasi u JOIN perangkat_daerah d ON d."Id" = u."PerangkatDaerahId"
                WHERE u."Nama" = '{UnitDiminta}' AND d."Nama" = '{PdDiminta}'),
            pindah AS (
                SELECT j."Id" FROM jabatan j JOIN pemangku_jabatan pj ON pj."JabatanId" = j."Id"
                WHERE j."PerangkatDaerahId" <> (SELECT "PerangkatDaerahId" FROM tujuan) AND j."Jenis" = 'Pelaksana' AND NOT j."MemimpinUnit"
                  AND pj."Jenis" = 'Definitif' AND pj."TanggalSelesai" IS NULL AND pj."Tmt" <= current_date - 30
                ORDER BY j."Id" LIMIT {jumlah})
            UPDATE jabatan SET "UnitOrganisasiId" = (SELECT "Id" FROM tujuan), "PerangkatDaerahId" = (SELECT "PerangkatDaerahId" FROM tujuan)
            WHERE "Id" IN (SELECT "Id" FROM pindah)
            """, conn);
        (await cmd.ExecuteNonQueryAsync(Ct)).ShouldBe(jumlah);
    }
}
