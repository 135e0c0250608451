using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Application.AlurPenugasan.DetailPermohonan;
using SistemKerja.Application.AlurPenugasan.KirimPengingat;
using SistemKerja.Application.AlurPenugasan.PermohonanTertahan;
using SistemKerja.Application.Common;
using SistemKerja.Application.Tests.NaskahDinas;
using SistemKerja.Domain.Penugasan;
using SistemKerja.Infrastructure.NaskahDinas;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.AlurPenugasan;

/// <summary>
/// Reminders and escalation of a waiting request (DOMAIN.md §15 Q-2: no legal deadline; a configurable period in working
/// days, reminders, never an automatic decision). HSU preset, sukarela dalam unit (`000_f720e179c5bde346.txt` Lampiran
/// II.B.1): one step at the Pimpinan Unit Organisasi. The use case runs with the test's clock and calendar.
/// </summary>
public sealed class PengingatPermohonanAplikasiTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    // Monday 1 March 2027, 09.00 WIB; Wednesday 3 March is a holiday of this region's calendar (the test's settings).
    private static readonly DateOnly Senin = new(2027, 3, 1);
    private static readonly PenggunaUji Sistem = new() { NamaUji = "sistem (pengingat)", PeranUji = [Peran.Sistem] };

    private readonly SkenarioPenugasan sk = new(db);
    private readonly PengaturanPengingat pengaturan = new() { HariLibur = [new HariLibur { Tanggal = new DateOnly(2027, 3, 3), Keterangan = "Libur uji" }] };

    [Fact]
    public async Task KirimPengingat_TigaHariKerjaLiburDilewati_PejabatDiingatkanLaluDieskalasiKeAtasannya()
    {
        var unitDiBawahAkar = await db.BacaAsync(c => c.UnitOrganisasi
            .Where(u => u.IndukId != null && c.UnitOrganisasi.Any(i => i.Id == u.IndukId && i.IndukId == null)).Select(u => u.Id).ToListAsync());
        var x = await sk.PegawaiAsync(syarat: p => p.Puo.JabatanId != p.KepalaPd.JabatanId && unitDiBawahAkar.Contains(p.UnitPuoId));
        var ajukan = sk.Sukarela(JenisPermohonan.SukarelaDalamUnit, null) with { TanggalMulai = Senin.AddDays(14), TanggalSelesai = Senin.AddDays(60) };
        Guid id;
        await using (var pada = Layanan(Senin))
        {
            id = SkenarioPenugasan.Pasti(await NaskahUji.KirimAsync(pada, ajukan, x.Diri.SebagaiPegawai()));
        }

        var tautan = SkenarioPenugasan.TautanPermohonan(id);
        var pengingat = $"Pengingat: Persetujuan dan penugasan oleh pimpinan unit organisasi menunggu tindakan Anda sejak 1 Maret 2027 — {SkenarioPenugasan.Maksud}";

        // Thursday 4 March: two working days (Wednesday is a holiday). Nothing yet.
        await JalankanAsync(new DateOnly(2027, 3, 4));
        (await sk.NotifikasiAsync(x.Puo.PegawaiId, tautan)).ShouldNotContain(pengingat);
        (await LangkahAsync(id)).DiingatkanPada.ShouldBeNull();

        // Friday 5 March: three working days. The PUO is reminded, once.
        await JalankanAsync(new DateOnly(2027, 3, 5));
        await JalankanAsync(new DateOnly(2027, 3, 5));
        (await sk.NotifikasiAsync(x.Puo.PegawaiId, tautan)).Count(n => n == pengingat).ShouldBe(1);
        (await sk.NotifikasiAsync(x.Ppk.PegawaiId, tautan)).Count(n => n == pengingat).ShouldBe(1, "the step's other official (PPK) is reminded too");
        (await LangkahAsync(id)).DiingatkanPada.ShouldBe(JamUji.Wib(new DateOnly(2027, 3, 5), 9));

        // Tuesday 9 March: two working days after the reminder. Wednesday 10 March: three; escalated to the head of the
        // unit above (here the head of the Perangkat Daerah), who is told and may now open the request.
        await JalankanAsync(new DateOnly(2027, 3, 9));
        (await LangkahAsync(id)).DieskalasiPada.ShouldBeNull();
        (await db.TanyaAsync(new DetailPermohonanQuery(id), x.KepalaPd.SebagaiPimpinan())).ShouldBeNull("not involved before the escalation");

        await JalankanAsync(new DateOnly(2027, 3, 10));
        var langkah = await LangkahAsync(id);
        (langkah.DieskalasiPada, langkah.EskalasiKeJabatanId).ShouldBe((JamUji.Wib(new DateOnly(2027, 3, 10), 9), (Guid?)x.KepalaPd.JabatanId));
        langkah.EskalasiKe.ShouldBe($"{x.KepalaPd.Jabatan} ({x.KepalaPd.Nama})");
        (await sk.NotifikasiAsync(x.KepalaPd.PegawaiId, tautan)).ShouldBe(
            [$"Eskalasi: Persetujuan dan penugasan oleh pimpinan unit organisasi ({langkah.Pelaksana}) belum diproses sejak 1 Maret 2027 — {SkenarioPenugasan.Maksud}"]);
        (await sk.NotifikasiAsync(x.Diri.PegawaiId, tautan)).ShouldContain($"Permohonan Anda belum diproses dan dieskalasi kepada {langkah.EskalasiKe}: {SkenarioPenugasan.Maksud}");

        var riwayat = (await db.TanyaAsync(new DetailPermohonanQuery(id), x.KepalaPd.SebagaiPimpinan()))!.Langkah.Single();
        (riwayat.DiingatkanPada, riwayat.DieskalasiPada, riwayat.EskalasiKe).ShouldBe((langkah.DiingatkanPada, langkah.DieskalasiPada, langkah.EskalasiKe));

        // The request is never decided by the job: it still waits for the PUO.
        (await sk.PermohonanAsync(id)).Status.ShouldBe(StatusPermohonan.Diajukan);
        await JalankanAsync(new DateOnly(2027, 3, 31));
        (await sk.NotifikasiAsync(x.KepalaPd.PegawaiId, tautan)).Count.ShouldBe(1, "escalated once");

        // BKPSDM's list of stuck requests: under the Perangkat Daerah where it waits, with who holds the step.
        await using var nanti = Layanan(new DateOnly(2027, 3, 31));
        PenggunaUji.Saatini.Value = SkenarioPenugasan.Admin;
        await using var scope = nanti.CreateAsyncScope();
        var tertahan = SkenarioPenugasan.Pasti(await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(new DaftarPermohonanTertahanQuery(), NaskahUji.Ct));
        var baris = tertahan.Single(k => k.PerangkatDaerahId == x.PerangkatDaerahId).Permohonan.Single(p => p.Id == id);
        baris.Pemegang.ShouldBe([.. new[] { x.Puo.Nama, x.Ppk.Nama }.Distinct()], ignoreOrder: true, "the step's PUO and/or PPK");
        (baris.HariKerja, baris.EskalasiKe).ShouldBe((21, langkah.EskalasiKe));
    }

    [Fact]
    public async Task KirimPengingat_BukanSistem_Ditolak()
    {
        var hasil = await db.KirimAsync(new KirimPengingatCommand(), SkenarioPenugasan.Admin);

        hasil.ErrorUtama!.Jenis.ShouldBe(Domain.Common.ErrorKind.Terlarang);
    }

    [Fact]
    public async Task DaftarTertahan_BukanAdmin_Ditolak()
    {
        var x = await sk.PegawaiAsync();

        (await db.TanyaAsync(new DaftarPermohonanTertahanQuery(), x.Puo.SebagaiPimpinan())).ErrorUtama!.Jenis.ShouldBe(Domain.Common.ErrorKind.Terlarang);
    }

    private ServiceProvider Layanan(DateOnly tanggal) =>
        PostgresUji.BuatLayanan(db.ConnectionString, s =>
        {
            s.AddSingleton<TimeProvider>(new JamUji(JamUji.Wib(tanggal, 9)));
            s.AddSingleton(pengaturan);
            s.AddSingleton(db.Layanan.GetRequiredService<PencetakChromium>());
        });

    private async Task JalankanAsync(DateOnly tanggal)
    {
        await using var pada = Layanan(tanggal);
        SkenarioPenugasan.Pasti(await NaskahUji.KirimAsync(pada, new KirimPengingatCommand(), Sistem));
    }

    private Task<LangkahPermohonan> LangkahAsync(Guid id) => db.BacaAsync(c => c.LangkahPermohonan.AsNoTracking().SingleAsync(l => l.PermohonanId == id));
}
