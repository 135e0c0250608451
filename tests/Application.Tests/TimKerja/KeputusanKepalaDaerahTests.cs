using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Organisasi.CatatKepalaDaerah;
using SistemKerja.Application.Organisasi.KetentuanDaerah;
using SistemKerja.Application.Tests.AlurPenugasan;
using SistemKerja.Application.Tests.NaskahDinas;
using SistemKerja.Application.TimKerja.DaftarTim;
using SistemKerja.Application.TimKerja.DetailTim;
using SistemKerja.Application.TimKerja.PerubahanKeputusanTim;
using SistemKerja.Application.TimKerja.UbahSusunanTim;
using SistemKerja.Application.TimKerja.TetapkanTim;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.TimKerja;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.TimKerja;

/// <summary>
/// A Tim Kerja set by Keputusan of the Kepala Daerah (TRK `002_d52b46878c9378dd.txt` Ps 12(7)c: lintas instansi → "Keputusan
/// Wali Kota"). The Kepala Daerah is not a pegawai of the peta jabatan; the Sekretariat Daerah records the decree the Kepala
/// Daerah signed, under the name the BKPSDM admin recorded for the region.
/// </summary>
public sealed class KeputusanKepalaDaerahTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly TimInstansiLainUji uji = new(db);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private PelibatanInstansiUji Sk => uji.Sk;

    /// <summary>A draft team of the Bidang Aplikasi with one person of another instansi, under the Tarakan preset.</summary>
    private async Task<Guid> TimLintasInstansiTarakanAsync(string nama)
    {
        var unit = await Sk.BidangAplikasiAsync();
        var timId = await uji.TimAsync(unit, nama);
        (await uji.TambahAsync(timId, await uji.PelibatanDijawabAsync(unit), 0, await Sk.PimpinanAsync())).Berhasil.ShouldBeTrue();
        var admin = await Sk.AdminAsync();
        var ketentuan = (await db.TanyaAsync(new KetentuanDaerahQuery(), admin.Pengguna)).Nilai;
        if (ketentuan.Preset != PresetRegulasi.Tarakan)
        {
            (await db.KirimAsync(new TerapkanPresetCommand(PresetRegulasi.Tarakan, ketentuan.Versi, Konfirmasi: true), admin.Pengguna)).Berhasil.ShouldBeTrue();
        }

        return timId;
    }

    private async Task<Result<Guid>> TetapkanAsync(Guid timId, AkunPelibatan oleh, PejabatPenetapTim? sebagai = null) =>
        await db.KirimAsync(new TetapkanTimCommand(timId, (await uji.BacaTimAsync(timId)).Versi, sebagai), oleh.Pengguna);

    // TRK Ps 12(7)c: neither the PUO nor the Sekda in his own name may set a lintas instansi team; the Sekda records the Wali
    // Kota's decree, which prints the office and the recorded name without NIP or pangkat, under the Sekretariat's numbering.
    [Fact]
    public async Task TimLintasInstansi_Tarakan_DitetapkanDenganKeputusanWaliKotaYangDicatatSekda()
    {
        var timId = await TimLintasInstansiTarakanAsync("Tim Integrasi Kepegawaian Antardaerah");
        var pimpinan = await Sk.PimpinanAsync();
        var sekda = await Sk.SekdaAsync();

        var olehPuo = await TetapkanAsync(timId, pimpinan);
        olehPuo.ErrorUtama!.Kode.ShouldBe(nameof(PenetapSesuaiKewenanganCakupanTim));
        olehPuo.ErrorUtama.Pesan.ShouldContain("Bupati/Wali Kota");
        (await TetapkanAsync(timId, sekda, PejabatPenetapTim.SekretarisDaerah)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        (await uji.BacaTimAsync(timId)).Status.ShouldBe(StatusTim.Draf);

        var detail = (await db.TanyaAsync(new DetailTimQuery(timId), sekda.Pengguna))!;
        detail.PilihanPenetapan.ShouldBe([new PilihanPenetapan(PejabatPenetapTim.KepalaDaerah, "Catat Keputusan Wali Kota Sungai Harapan dan terbitkan naskahnya")]);
        (await db.TanyaAsync(new DetailTimQuery(timId), pimpinan.Pengguna))!.PilihanPenetapan.ShouldBeEmpty();

        var admin = await Sk.AdminAsync();
        var namaKepala = (await db.TanyaAsync(new KetentuanDaerahQuery(), admin.Pengguna)).Nilai.NamaKepalaDaerah.ShouldNotBeNull();
        var dokumenId = SkenarioPenugasan.Pasti(await TetapkanAsync(timId, sekda, PejabatPenetapTim.KepalaDaerah));

        var tim = await uji.BacaTimAsync(timId);
        tim.Status.ShouldBe(StatusTim.Ditetapkan);
        var kep = tim.Keputusan.ShouldNotBeNull();
        (kep.PenetapJabatan, kep.PenetapNama, kep.PenetapJabatanId, kep.Cakupan).ShouldBe(("Wali Kota Sungai Harapan", namaKepala, (Guid)sekda.JabatanId!, CakupanTim.LintasInstansi));
        kep.DicatatOleh.ShouldNotBeNull().ShouldContain(sekda.Nama);

        var dokumen = await db.BacaAsync(c => c.Dokumen.AsNoTracking().SingleAsync(d => d.Id == dokumenId, Ct));
        (dokumen.Penandatangan, dokumen.NipPenandatangan, dokumen.JabatanPenandatangan).ShouldBe((namaKepala, "", "Wali Kota Sungai Harapan"));
        var nipSekda = await db.BacaAsync(c => c.Pegawai.Where(p => p.Id == sekda.PegawaiId).Select(p => p.Nip).SingleAsync(Ct));
        var teks = await NaskahUji.TeksAsync(await NaskahUji.IsiAsync(db, dokumenId));
        teks.ShouldContain("KEPUTUSAN WALI KOTA SUNGAI HARAPAN NOMOR");
        teks.ShouldContain("Ditetapkan di Harapan Jaya");
        teks.ShouldContain(namaKepala);
        teks.ShouldNotContain(nipSekda[..8]);

        // "NIP" only in the Lampiran's three rows (Pengarah, Penanggung Jawab, the member), never under the signature.
        Regex.Count(teks, @"\bNIP \d").ShouldBe(3);
        teks.ShouldContain("Rahmadi, S.Kom. NIP 19900101 201503 1 001");

        // A new Kepala Daerah is recorded later: the decree already issued keeps the name it was printed with.
        var versi = (await db.TanyaAsync(new KetentuanDaerahQuery(), admin.Pengguna)).Nilai.Versi;
        (await db.KirimAsync(new CatatKepalaDaerahCommand("Dr. Hj. Siti Rahmah, M.Pd.", versi), admin.Pengguna)).Berhasil.ShouldBeTrue();
        (await uji.BacaTimAsync(timId)).Keputusan!.PenetapNama.ShouldBe(namaKepala);
    }

    // TRK Ps 12(7)a–c: a lintas instansi draft waits for the Sekda (who records the Wali Kota's decree); a dalam unit draft, and
    // the amendment of a dalam unit decree, are the PUO's. The Sekda's list finds his draft behind any number of older drafts and
    // amendments of the region that are not his (it used to read the region's oldest 200 drafts and filter them in memory, and
    // then every amendment of the region, so 250 older ones of either kind hid it).
    [Fact]
    public async Task DaftarTim_Sekda_DrafLintasInstansiMenunggu_MeskiBanyakDrafDanPerubahanDalamUnitLebihLama()
    {
        var timId = await TimLintasInstansiTarakanAsync("Tim Data Kepegawaian Bersama");
        var pimpinan = await Sk.PimpinanAsync();
        var sekda = await Sk.SekdaAsync();
        var unit = await Sk.BidangAplikasiAsync();
        var anggota = await Sk.AmbilAnggotaAsync(unit, 2);
        async Task<Guid> DalamUnitAsync(string nama, Guid pegawaiId)
        {
            var id = await uji.TimAsync(unit, nama);
            (await db.KirimAsync(new UbahSusunanTimCommand(id, (await uji.BacaTimAsync(id)).Versi, AksiSusunan.TambahAnggota, pegawaiId), pimpinan.Pengguna))
                .Berhasil.ShouldBeTrue();
            return id;
        }

        var dalamUnit = await DalamUnitAsync("Tim Layanan Aduan Aplikasi", anggota[0].PegawaiId);
        var diubah = await DalamUnitAsync("Tim Pemeliharaan Aplikasi", anggota[1].PegawaiId);
        SkenarioPenugasan.Pasti(await TetapkanAsync(diubah, pimpinan));
        (await db.KirimAsync(new MulaiPerubahanTimCommand(diubah, (await uji.BacaTimAsync(diubah)).Versi, "Masa kerja diperpanjang"), pimpinan.Pengguna))
            .Berhasil.ShouldBeTrue();
        (await SalinDrafLebihLamaAsync(dalamUnit, 250)).ShouldBeGreaterThan(250);
        (await SalinDrafLebihLamaAsync(diubah, 250)).ShouldBeGreaterThan(250);

        var olehSekda = await db.TanyaAsync(new DaftarTimQuery(), sekda.Pengguna);
        olehSekda.MenungguPenetapan.Select(t => t.Id).ShouldBe([timId]);
        olehSekda.Dipimpin.ShouldBeEmpty();

        var olehPuo = await db.TanyaAsync(new DaftarTimQuery(), pimpinan.Pengguna);
        olehPuo.MenungguPenetapan.ShouldBeEmpty();
        olehPuo.Dipimpin.Select(t => t.Id).ShouldContain(timId);
        olehPuo.Dipimpin.Select(t => t.Id).ShouldContain(dalamUnit);
        olehPuo.Dipimpin.Select(t => t.Id).ShouldContain(diubah);
        olehPuo.Dipimpin.Single(t => t.Id == timId).JumlahPersonel.ShouldBe(1);
    }

    /// <summary>Copies of a team with its personnel, each created a day earlier than the last (rows as the app wrote them); the rows written.</summary>
    private Task<int> SalinDrafLebihLamaAsync(Guid timId, int jumlah) => db.BacaAsync(c => c.Database.ExecuteSqlAsync($$"""
        insert into tim_kerja ("Id", "UnitPemilikKinerjaId", "PerangkatDaerahPemilikKinerjaId", "Nama", "Sasaran", "SatuanSasaran", "JenisTugas",
            "TanggalMulai", "TanggalSelesai", "ProgramStrategisLintasPerangkatDaerah", "Pimpinan", "Status", "DibuatOlehPegawaiId", "DibuatPada",
            "StrukturMasihMemilikiPengawas", "AlasanKetua", "Keputusan", "AlasanPembubaran", "DiakhiriPada", "Tugas", "Perubahan")
        select md5(i || ':' || t."Id")::uuid, t."UnitPemilikKinerjaId", t."PerangkatDaerahPemilikKinerjaId", t."Nama" || ' ' || i, t."Sasaran",
            t."SatuanSasaran", t."JenisTugas", t."TanggalMulai", t."TanggalSelesai", t."ProgramStrategisLintasPerangkatDaerah", t."Pimpinan", t."Status",
            t."DibuatOlehPegawaiId", t."DibuatPada" - make_interval(days => i), t."StrukturMasihMemilikiPengawas", t."AlasanKetua", t."Keputusan",
            t."AlasanPembubaran", t."DiakhiriPada", t."Tugas", t."Perubahan"
        from tim_kerja t cross join generate_series(1, {{jumlah}}) i where t."Id" = {{timId}};
        insert into personel_tim ("Id", "Profil", "Peran", "Cakupan", "AlokasiPersen", "PenuhWaktu", "JenisPelibatan", "PelibatanId", "PegawaiId", "TimId")
        select md5(i || ':' || p."Id")::uuid, p."Profil", p."Peran", p."Cakupan", p."AlokasiPersen", p."PenuhWaktu", p."JenisPelibatan", p."PelibatanId",
            p."PegawaiId", md5(i || ':' || p."TimId")::uuid
        from personel_tim p cross join generate_series(1, {{jumlah}}) i where p."TimId" = {{timId}};
        """, Ct));

    // Only the BKPSDM admin records the name; an empty or overlong name, or a stale version, is refused and changes nothing.
    [Fact]
    public async Task CatatKepalaDaerah_MasukanSalahAtauTanpaHak_DitolakTanpaPerubahan()
    {
        var admin = await Sk.AdminAsync();
        var awal = (await db.TanyaAsync(new KetentuanDaerahQuery(), admin.Pengguna)).Nilai;

        (await db.KirimAsync(new CatatKepalaDaerahCommand("  ", awal.Versi), admin.Pengguna)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Validasi);
        (await db.KirimAsync(new CatatKepalaDaerahCommand(new string('a', PemerintahDaerah.PanjangNamaKepalaDaerah + 1), awal.Versi), admin.Pengguna))
            .ErrorUtama!.Jenis.ShouldBe(ErrorKind.Validasi);
        (await db.KirimAsync(new CatatKepalaDaerahCommand("Drs. H. Abdul Wahid", awal.Versi), (await Sk.PegawaiAsync()).Pengguna))
            .ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        (await db.KirimAsync(new CatatKepalaDaerahCommand("Drs. H. Abdul Wahid", awal.Versi + 7), admin.Pengguna)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Konflik);

        var sesudah = (await db.TanyaAsync(new KetentuanDaerahQuery(), admin.Pengguna)).Nilai;
        (sesudah.Versi, sesudah.NamaKepalaDaerah).ShouldBe((awal.Versi, awal.NamaKepalaDaerah));

        (await db.KirimAsync(new CatatKepalaDaerahCommand("  Drs. H. Abdul Wahid ", awal.Versi), admin.Pengguna)).Berhasil.ShouldBeTrue();
        (await db.TanyaAsync(new KetentuanDaerahQuery(), admin.Pengguna)).Nilai.NamaKepalaDaerah.ShouldBe("Drs. H. Abdul Wahid");
    }
}
