using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Application.AlurPenugasan.AjukanPermohonan;
using SistemKerja.Application.AlurPenugasan.ProsesPermohonan;
using SistemKerja.Application.AlurPenugasan.TunjukPegawai;
using SistemKerja.Application.Common;
using SistemKerja.Application.Organisasi.Struktur;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.AlurPenugasan;

/// <summary>A pegawai acting in one position (their own, or the official position that matters in the scenario).</summary>
internal sealed record Orang(Guid PegawaiId, string Nama, Guid JabatanId, string Jabatan)
{
    /// <summary>Signed in with the plain Pegawai role (a JF/Pelaksana).</summary>
    public PenggunaUji SebagaiPegawai() =>
        new() { IdUji = Guid.NewGuid(), NamaUji = Nama, PegawaiIdUji = PegawaiId, PeranUji = [Peran.Pegawai] };

    /// <summary>Signed in as an official: Pegawai plus the derived PimpinanUnit role.</summary>
    public PenggunaUji SebagaiPimpinan() =>
        new() { IdUji = Guid.NewGuid(), NamaUji = Nama, PegawaiIdUji = PegawaiId, PeranUji = [Peran.Pegawai, Peran.PimpinanUnit] };
}

/// <summary>
/// Pegawai X (a Pelaksana) with the officials the resolver finds for them on the demo data: the PUO of the unit
/// organisasi they berkedudukan in (and that unit), their PPK, and the head of their Perangkat Daerah.
/// </summary>
internal sealed record PegawaiUji(Orang Diri, JenisJabatan Jenis, Guid UnitId, Guid PerangkatDaerahId, string PerangkatDaerah, Orang Puo, Guid UnitPuoId, Orang Ppk, Orang KepalaPd);

/// <summary>A unit organisasi that owns the performance target, and its head (the PUO pemilik kinerja).</summary>
internal sealed record PemilikKinerjaUji(Guid UnitId, string Unit, Guid PerangkatDaerahId, Orang Puo);

internal sealed record JumlahBaris(int Permohonan, int Langkah, int Tembusan, int Penugasan, int SuratTugas, int Notifikasi);

/// <summary>
/// Finds the actors of the penugasan workflows on the demo region ("Kabupaten Sungai Harapan", HSU preset) through the
/// PPK/PUO resolver (<see cref="PenentuPejabatPenilai"/>) and the structure loader the use cases use, so the expected
/// officials are computed the same way as in production, never hard-coded. Each pegawai is handed out once per database
/// (a pegawai already in a request or a penugasan is skipped), so the tests of one class do not see each other's load.
/// </summary>
internal sealed class SkenarioPenugasan(DatabaseFixtureBase db)
{
    public const string Maksud = "Penyusunan dasbor data layanan publik terpadu";
    public const string Kompetensi = "Pengolahan data, penyusunan laporan, dan visualisasi data";
    public const string Ekspektasi = "Dasbor layanan publik terbit dan diperbarui setiap minggu";

    private readonly HashSet<Guid> dipakai = [];
    private List<PegawaiUji>? calon;

    public static PenggunaUji Admin { get; } = PenggunaUji.Admin();

    /// <summary>"Today" as the use cases see it: the application's own clock (the region's local date).</summary>
    public DateOnly HariIni => DateOnly.FromDateTime(db.Layanan.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);

    public DateOnly Mulai => HariIni.AddDays(7);

    public DateOnly Selesai => HariIni.AddDays(60);

    /// <summary>Switches the region of this class's database to a preset (idempotent): DOMAIN.md §13.</summary>
    public async Task TerapkanPresetAsync(PresetRegulasi preset)
    {
        await db.BacaAsync(async c =>
        {
            var pemda = await c.PemerintahDaerah.SingleAsync();
            if (pemda.Kebijakan.Preset != preset)
            {
                pemda.TerapkanKebijakan(KebijakanDaerah.DariPreset(preset));
                await c.SaveChangesAsync();
            }

            return 0;
        });
        calon = null;
    }

    /// <summary>
    /// A Pelaksana in a Sub Bagian of a Dinas/Badan: the PPK is the Kepala Sub Bagian (head of their own, non-mandiri
    /// unit) and the PUO is the Sekretaris (head of the unit organisasi above), two different people; the head of the
    /// Perangkat Daerah is a third. All three positions are held definitively.
    /// </summary>
    public Task<PegawaiUji> PegawaiAsync(Guid? kecualiPerangkatDaerahId = null, Func<PegawaiUji, bool>? syarat = null) =>
        AmbilAsync(k => k.Ppk.JabatanId != k.Puo.JabatanId && k.Puo.JabatanId != k.KepalaPd.JabatanId && (syarat?.Invoke(k) ?? true), kecualiPerangkatDaerahId);

    /// <summary>A Pelaksana placed directly in a Bidang (or the Sekretariat): its head is both their PPK and their PUO.</summary>
    public Task<PegawaiUji> PegawaiDenganPpkSamaPuoAsync(Guid? kecualiPerangkatDaerahId = null) =>
        AmbilAsync(k => k.Ppk.JabatanId == k.Puo.JabatanId && k.Puo.JabatanId != k.KepalaPd.JabatanId, kecualiPerangkatDaerahId);

    /// <summary>Any Pelaksana (with PPK, PUO and Kepala PD in office) that satisfies <paramref name="syarat"/>.</summary>
    public Task<PegawaiUji> PegawaiDenganAsync(Func<PegawaiUji, bool> syarat, Guid? kecualiPerangkatDaerahId = null) => AmbilAsync(syarat, kecualiPerangkatDaerahId);

    /// <summary>A Pelaksana of a Kelurahan: the Lurah is their PPK, their PUO and the head of the Perangkat Daerah.</summary>
    public Task<PegawaiUji> PegawaiKelurahanAsync() =>
        AmbilAsync(k => k.Ppk.JabatanId == k.Puo.JabatanId && k.Puo.JabatanId == k.KepalaPd.JabatanId && k.Puo.Jabatan == "Lurah", null);

    /// <summary>The Bidang Aplikasi Informatika of the Dinas Kominfo (the demo "pimpinan" account), as pemilik kinerja.</summary>
    public Task<PemilikKinerjaUji> PemilikKinerjaAsync() => PemilikKinerjaAsync("DISKOMINFO", "Bidang Aplikasi Informatika");

    public async Task<PemilikKinerjaUji> PemilikKinerjaAsync(string singkatanPd, string namaUnit)
    {
        var pdId = await db.BacaAsync(c => c.PerangkatDaerah.Where(p => p.Singkatan == singkatanPd).Select(p => p.Id).SingleAsync());
        var unitId = await db.BacaAsync(c => c.UnitOrganisasi.Where(u => u.PerangkatDaerahId == pdId && u.Nama == namaUnit).Select(u => u.Id).SingleAsync());
        return (await PemilikKinerjaDiAsync(pdId, u => u.Id == unitId)).Single();
    }

    /// <summary>The head of a Perangkat Daerah, held definitively.</summary>
    public async Task<Orang> KepalaPerangkatDaerahAsync(Guid pdId) =>
        (await PemilikKinerjaDiAsync(pdId, u => u.IndukId is null)).Single().Puo;

    /// <summary>The PPK the resolver gives to the JF/Pelaksana positions of a unit (the "Pejabat Penilai Kinerja unit yang dituju").</summary>
    public Task<Orang> PpkStafUnitAsync(PemilikKinerjaUji unit) => db.BacaAsync(async c =>
    {
        var kebijakan = await c.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync();
        var s = await PemuatStruktur.MuatAsync(c, unit.PerangkatDaerahId, HariIni, CancellationToken.None);
        var staf = s.Jabatan.Values.Where(j => j.UnitOrganisasiId == unit.UnitId && !j.MemimpinUnit && j.Jenis is JenisJabatan.Pelaksana or JenisJabatan.Fungsional)
            .Select(j => PenentuPejabatPenilai.Tentukan(s, kebijakan, j.Id).PejabatPenilaiKinerja)
            .Select(Definitif).OfType<Orang>().DistinctBy(o => o.JabatanId).ToList();
        return staf.Single();
    });

    /// <summary>Another Bidang of the same Perangkat Daerah, whose head is in office (for lintas unit inside one PD).</summary>
    public async Task<PemilikKinerjaUji> BidangLainAsync(PegawaiUji x)
    {
        var semua = await PemilikKinerjaDiAsync(x.PerangkatDaerahId, u => u.IndukId is not null && u.Id != x.UnitPuoId && u.Nama.StartsWith("Bidang", StringComparison.Ordinal));
        return semua.First();
    }

    public Task<uint> VersiAsync(Guid permohonanId) =>
        db.BacaAsync(c => c.Permohonan.AsNoTracking().Where(p => p.Id == permohonanId).Select(p => p.Versi).SingleAsync());

    public Task<Permohonan> PermohonanAsync(Guid id) => db.BacaAsync(c => c.Permohonan.AsNoTracking().SingleAsync(p => p.Id == id));

    public Task<JumlahBaris> JumlahAsync() => db.BacaAsync(async c => new JumlahBaris(
        await c.Permohonan.CountAsync(),
        await c.LangkahPermohonan.CountAsync(),
        await c.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM tembusan_permohonan").SingleAsync(),
        await c.Penugasan.CountAsync(),
        await c.SuratTugas.CountAsync(),
        await c.Notifikasi.CountAsync()));

    /// <summary>The titles of the notices a pegawai received with this link.</summary>
    public Task<List<string>> NotifikasiAsync(Guid pegawaiId, string tautan) =>
        db.BacaAsync(c => c.Notifikasi.AsNoTracking().Where(n => n.PegawaiId == pegawaiId && n.Tautan == tautan).OrderBy(n => n.DibuatPada).Select(n => n.Judul).ToListAsync());

    /// <summary>Every notice with this link, as (pegawai, title).</summary>
    public Task<List<(Guid PegawaiId, string Judul)>> SemuaNotifikasiAsync(string tautan) =>
        db.BacaAsync(async c => (await c.Notifikasi.AsNoTracking().Where(n => n.Tautan == tautan).ToListAsync())
            .Select(n => (n.PegawaiId, n.Judul)).ToList());

    public static string TautanPermohonan(Guid id) => $"/Penugasan/Permohonan/{id}";

    public static string TautanTugas(Guid id) => $"/Penugasan/Tugas/{id}";

    /// <summary>A surat permohonan pelibatan (WF-3) with the four mandatory fields of DOMAIN.md §7.1.</summary>
    public AjukanPermohonanCommand Pelibatan(PegawaiUji x, PemilikKinerjaUji pemilik, int alokasi = 10, bool penuhWaktu = false,
        DateOnly? mulai = null, DateOnly? selesai = null) =>
        new(JenisPermohonan.PenunjukanLintasUnit, x.Diri.PegawaiId, pemilik.UnitId, Maksud, Kompetensi, Ekspektasi,
            mulai ?? Mulai, selesai ?? Selesai, penuhWaktu, alokasi, null);

    public AjukanPermohonanCommand Sukarela(JenisPermohonan jenis, Guid? unitTujuan, string? namaTim = null, int alokasi = 10) =>
        new(jenis, null, unitTujuan, Maksud, Kompetensi, Ekspektasi, Mulai, Selesai, false, alokasi, namaTim);

    public Task<Result<Guid>> TunjukAsync(PegawaiUji x, Orang oleh, bool penuhWaktu, int alokasi, DateOnly? mulai = null, DateOnly? selesai = null) =>
        db.KirimAsync(new TunjukPegawaiCommand(x.Diri.PegawaiId, "Pengelolaan arsip dinamis unit", "Seluruh arsip aktif tertata dan terdaftar",
            mulai ?? HariIni.AddDays(1), selesai ?? HariIni.AddDays(90), penuhWaktu, alokasi), oleh.SebagaiPimpinan());

    /// <summary>Approves (or refuses) the waiting step with the version the user saw.</summary>
    public async Task<Result<StatusPermohonan>> ProsesAsync(Guid id, PenggunaUji oleh, bool setujui = true, string? catatan = null,
        bool nyatakanKetersediaan = false, string? alasanPengecualian = null, uint? versi = null) =>
        await db.KirimAsync(new ProsesPermohonanCommand(id, setujui, catatan, nyatakanKetersediaan, nyatakanKetersediaan, nyatakanKetersediaan,
            alasanPengecualian, versi ?? await VersiAsync(id)), oleh);

    /// <summary>Approves the waiting step and insists that it worked.</summary>
    public async Task<StatusPermohonan> SetujuiAsync(Guid id, PenggunaUji oleh, bool nyatakanKetersediaan = false)
    {
        var hasil = await ProsesAsync(id, oleh, nyatakanKetersediaan: nyatakanKetersediaan);
        return Pasti(hasil);
    }

    public static T Pasti<T>(Result<T> hasil) =>
        hasil.Berhasil ? hasil.Nilai : throw new InvalidOperationException("Langkah uji gagal: " + string.Join("; ", hasil.Errors.Select(e => $"{e.Kode}: {e.Pesan}")));

    /// <summary>The planned steps as (kind, position, alternative position, named pegawai), for exact comparison.</summary>
    public static List<(JenisLangkah Jenis, Guid? Jabatan, Guid? JabatanLain, Guid? Pegawai)> Rute(Permohonan p) =>
        [.. p.Langkah.OrderBy(l => l.Urutan).Select(l => (l.Jenis, l.JabatanId, l.JabatanLainId, l.PegawaiId))];

    private async Task<PegawaiUji> AmbilAsync(Func<PegawaiUji, bool> syarat, Guid? kecualiPd)
    {
        calon ??= await CariCalonAsync();
        var terpakai = await db.BacaAsync(async c => (await c.Permohonan.Select(p => p.PegawaiId).ToListAsync())
            .Concat(await c.Penugasan.Select(p => p.PegawaiId).ToListAsync())
            .ToHashSet());
        var x = calon.FirstOrDefault(k => !terpakai.Contains(k.Diri.PegawaiId) && !dipakai.Contains(k.Diri.PegawaiId) && k.PerangkatDaerahId != kecualiPd && syarat(k))
            ?? throw new InvalidOperationException("Data demo tidak lagi memiliki pegawai yang cocok untuk skenario ini.");
        dipakai.Add(x.Diri.PegawaiId);
        return x;
    }

    /// <summary>Every Pelaksana held definitively whose PPK heads their own unit and whose PPK, PUO and Kepala PD are in office.</summary>
    private Task<List<PegawaiUji>> CariCalonAsync() => db.BacaAsync(async c =>
    {
        var hariIni = HariIni;
        var kebijakan = await c.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync();
        var daftarPd = await c.PerangkatDaerah.AsNoTracking().OrderBy(p => p.Singkatan).Select(p => new { p.Id, p.Nama }).ToListAsync();
        var hasil = new List<PegawaiUji>();
        foreach (var pd in daftarPd)
        {
            var s = await PemuatStruktur.MuatAsync(c, pd.Id, hariIni, CancellationToken.None);
            var akar = s.Unit.Values.Single(u => u.PerangkatDaerahId == pd.Id && u.IndukId is null);
            if (Definitif(PenentuPejabatPenilai.PimpinanUnitOrganisasiDari(s, akar.Id)) is not { } kepalaPd)
            {
                continue;
            }

            foreach (var j in s.Jabatan.Values.Where(j => j.PerangkatDaerahId == pd.Id && j.Jenis == JenisJabatan.Pelaksana && !j.MemimpinUnit)
                         .OrderBy(j => s.Unit[j.UnitOrganisasiId].Nama, StringComparer.Ordinal).ThenBy(j => j.Id))
            {
                var pemangku = s.Pemangku[j.Id].FirstOrDefault(p => p.Jenis == JenisPemangkuan.Definitif);
                var r = PenentuPejabatPenilai.Tentukan(s, kebijakan, j.Id);
                if (pemangku is not null && Definitif(r.PimpinanUnitOrganisasi) is { } puo && Definitif(r.PejabatPenilaiKinerja) is { } ppk
                    && r.PejabatPenilaiKinerja.Jabatan!.UnitOrganisasiId == j.UnitOrganisasiId)
                {
                    hasil.Add(new PegawaiUji(new Orang(pemangku.PegawaiId, pemangku.Nama, j.Id, j.Nama), j.Jenis, j.UnitOrganisasiId, pd.Id, pd.Nama,
                        puo, r.PimpinanUnitOrganisasi.Jabatan!.UnitOrganisasiId, ppk, kepalaPd));
                }
            }
        }

        return hasil;
    });

    private Task<List<PemilikKinerjaUji>> PemilikKinerjaDiAsync(Guid pdId, Func<UnitSnapshot, bool> syarat) => db.BacaAsync(async c =>
    {
        var s = await PemuatStruktur.MuatAsync(c, pdId, HariIni, CancellationToken.None);
        var hasil = new List<PemilikKinerjaUji>();
        foreach (var u in s.Unit.Values.Where(u => u.PerangkatDaerahId == pdId && u.UnitOrganisasiMandiri && syarat(u)).OrderBy(u => u.Nama, StringComparer.Ordinal))
        {
            var puo = PenentuPejabatPenilai.PimpinanUnitOrganisasiDari(s, u.Id);
            if (Definitif(puo) is { } kepala && puo.Jabatan!.UnitOrganisasiId == u.Id)
            {
                hasil.Add(new PemilikKinerjaUji(u.Id, u.Nama, pdId, kepala));
            }
        }

        return hasil;
    });

    /// <summary>The official, when the position found is held definitively (no vacancy climbing, no Plt/Plh).</summary>
    private static Orang? Definitif(PejabatTerpilih p) =>
        p is { Jabatan: { } j, Pemangku: { Jenis: JenisPemangkuan.Definitif } orang } ? new Orang(orang.PegawaiId, orang.Nama, j.Id, j.Nama) : null;
}
