using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.ProsesPelibatanInstansi;
using SistemKerja.Application.Tests.AlurPenugasan;
using SistemKerja.Application.Tests.NaskahDinas;
using SistemKerja.Application.TimKerja.BentukTim;
using SistemKerja.Application.TimKerja.DetailTim;
using SistemKerja.Application.TimKerja.TambahAnggotaInstansiLain;
using SistemKerja.Application.TimKerja.TetapkanTim;
using SistemKerja.Application.TimKerja.UbahRincianTim;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using SistemKerja.Domain.TimKerja;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.TimKerja;

/// <summary>
/// Members of another instansi in a Tim Kerja (DOMAIN.md §8.4, V-TIM-07 across instansi): only people named in the other
/// instansi's answer to this unit's approved surat permohonan pelibatan (WF-4 Keluar, HSU `000_f720e179c5bde346.txt` Ps 14a–b),
/// with the position data the PUO copies from that answer. HSU preset: the PUO sets teams of every scope (Ps 20(1)).
/// </summary>
public sealed class AnggotaInstansiLainTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly TimInstansiLainUji uji = new(db);

    private PelibatanInstansiUji sk => uji.Sk;

    private Task<Guid> PelibatanDijawabAsync(Guid unit, bool disetujui = true) => uji.PelibatanDijawabAsync(unit, disetujui);

    private Task<Guid> TimAsync(Guid unit, string nama, DateOnly? selesai = null) => uji.TimAsync(unit, nama, selesai);

    private Task<Tim> BacaTimAsync(Guid id) => uji.BacaTimAsync(id);

    private Task<Result> TambahAsync(Guid timId, Guid pelibatanId, int urutan, AkunPelibatan oleh, JenisJabatan jenis = JenisJabatan.Fungsional,
        JenjangFungsional? jenjang = JenjangFungsional.AhliPertama) => uji.TambahAsync(timId, pelibatanId, urutan, oleh, jenis, jenjang);

    // V-TIM-07 across instansi: the answer's people are offered on the team page, join as "lintas instansi" with the data the
    // PUO copied, are no longer offered once in, and are printed in the Lampiran with their instansi.
    [Fact]
    public async Task AnggotaDariJawabanInstansiLain_DitawarkanDitambahkanDanTercetak()
    {
        var pimpinan = await sk.PimpinanAsync();
        var unit = await sk.BidangAplikasiAsync();
        var pelibatan = await PelibatanDijawabAsync(unit);
        var timId = await TimAsync(unit, "Tim Integrasi Data Kepegawaian");

        var calon = (await db.TanyaAsync(new DetailTimQuery(timId), pimpinan.Pengguna))!.CalonInstansiLain;
        calon.Where(c => c.PelibatanInstansiId == pelibatan).Select(c => (c.Urutan, c.Nama, c.Nip, c.Instansi))
            .ShouldBe([(0, "Rahmadi, S.Kom.", "199001012015031001", "Pemerintah Provinsi Kalimantan Selatan"), (1, "Nor Aini", null, "Pemerintah Provinsi Kalimantan Selatan")]);

        (await TambahAsync(timId, pelibatan, 0, pimpinan)).Berhasil.ShouldBeTrue();

        var tim = await BacaTimAsync(timId);
        var x = tim.Personel.ShouldHaveSingleItem();
        (x.PegawaiId, x.Profil.Nama, x.Profil.Nip, x.Profil.NamaJabatan, x.Profil.Jenis, x.Profil.KelasJabatan, x.Profil.Asal.InstansiLain, x.Cakupan,
                x.JenisPelibatan, x.PelibatanId)
            .ShouldBe(((Guid?)null, "Rahmadi, S.Kom.", "199001012015031001", "Pranata Komputer Ahli Pertama", JenisJabatan.Fungsional, 8,
                "Pemerintah Provinsi Kalimantan Selatan", CakupanTim.LintasInstansi, (JenisPelibatan?)JenisPelibatan.PelibatanInstansi, (Guid?)pelibatan));
        tim.Cakupan.ShouldBe(CakupanTim.LintasInstansi);
        (await db.TanyaAsync(new DetailTimQuery(timId), pimpinan.Pengguna))!.CalonInstansiLain
            .Where(c => c.PelibatanInstansiId == pelibatan).Select(c => c.Nama).ShouldBe(["Nor Aini"]);

        // The second person has no position in the answer: the kind of position stands in for it.
        (await TambahAsync(timId, pelibatan, 1, pimpinan, JenisJabatan.Pelaksana, null)).Berhasil.ShouldBeTrue();
        (await BacaTimAsync(timId)).Personel.Single(p => p.Profil.Nama == "Nor Aini").Profil.NamaJabatan.ShouldBe("Pelaksana");

        var dokumenId = SkenarioPenugasan.Pasti(await db.KirimAsync(new TetapkanTimCommand(timId, (await BacaTimAsync(timId)).Versi), pimpinan.Pengguna));
        var teks = await NaskahUji.TeksAsync(await NaskahUji.IsiAsync(db, dokumenId));
        teks.ShouldContain("Rahmadi, S.Kom.");
        teks.ShouldContain("Nor Aini");
        teks.ShouldContain("Pemerintah Provinsi Kalimantan Selatan");
    }

    // Bad input changes nothing: a line not on the answer, the same person twice, a JF without jenjang, a refused answer,
    // an official who is not the team's PUO, a team whose period does not meet the pelibatan's.
    [Fact]
    public async Task TambahAnggotaInstansiLain_MasukanSalahAtauTanpaHak_DitolakTanpaPerubahan()
    {
        var pimpinan = await sk.PimpinanAsync();
        var unit = await sk.BidangAplikasiAsync();
        var pelibatan = await PelibatanDijawabAsync(unit);
        var ditolak = await PelibatanDijawabAsync(unit, disetujui: false);
        var timId = await TimAsync(unit, "Tim Interoperabilitas Layanan");
        (await TambahAsync(timId, pelibatan, 0, pimpinan)).Berhasil.ShouldBeTrue();
        var versi = (await BacaTimAsync(timId)).Versi;

        (await TambahAsync(timId, pelibatan, 2, pimpinan)).ErrorUtama!.Kode.ShouldBe("PegawaiInstansiLainTidakAda");
        (await TambahAsync(timId, pelibatan, 0, pimpinan)).ErrorUtama!.Kode.ShouldBe(nameof(PersonelTidakBolehGanda));
        (await TambahAsync(timId, pelibatan, 1, pimpinan, JenisJabatan.Fungsional, null)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Validasi);
        (await TambahAsync(timId, ditolak, 0, pimpinan)).ErrorUtama!.Kode.ShouldBe("PegawaiInstansiLainTidakAda");
        (await TambahAsync(timId, Guid.NewGuid(), 0, pimpinan)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.TidakDitemukan);
        (await TambahAsync(timId, pelibatan, 1, await sk.Pimpinan2Async())).ErrorUtama!.Jenis.ShouldBeOneOf(ErrorKind.Terlarang, ErrorKind.TidakDitemukan);
        (await TambahAsync(timId, pelibatan, 1, await sk.PegawaiAsync())).ErrorUtama!.Jenis.ShouldBeOneOf(ErrorKind.Terlarang, ErrorKind.TidakDitemukan);

        // The outgoing request runs from day 14 to day 90: a team ending before it starts cannot cite it.
        var singkat = await TimAsync(unit, "Tim Persiapan Integrasi", selesai: sk.HariIni.AddDays(7));
        (await TambahAsync(singkat, pelibatan, 1, pimpinan)).ErrorUtama!.Kode.ShouldBe("PelibatanDiLuarMasaTim");
        (await db.TanyaAsync(new DetailTimQuery(singkat), pimpinan.Pengguna))!.CalonInstansiLain.ShouldBeEmpty();

        var tim = await BacaTimAsync(timId);
        (tim.Versi, tim.Personel.Count).ShouldBe((versi, 1));
        (await BacaTimAsync(singkat)).Personel.ShouldBeEmpty();
    }

    // V-TIM-07 (HSU `000_f720e179c5bde346.txt` Ps 14a–b): a team's new period must still meet the pelibatan of its people from
    // another instansi (here day 14 to day 90); a period wholly after it is refused and the team keeps its dates.
    [Fact]
    public async Task UbahRincian_MasaBaruDiLuarPelibatan_DitolakTanpaPerubahan()
    {
        var pimpinan = await sk.PimpinanAsync();
        var unit = await sk.BidangAplikasiAsync();
        var pelibatan = await PelibatanDijawabAsync(unit);
        var timId = await TimAsync(unit, "Tim Pemeliharaan Integrasi");
        (await TambahAsync(timId, pelibatan, 0, pimpinan)).Berhasil.ShouldBeTrue();
        var tim = await BacaTimAsync(timId);

        Task<Result> UbahAsync(int mulai, int selesai) => db.KirimAsync(new UbahRincianTimCommand(timId, tim.Versi, tim.Nama, string.Join("\n", tim.Tugas),
            tim.Sasaran, tim.SatuanSasaran, tim.JenisTugas, sk.HariIni.AddDays(mulai), sk.HariIni.AddDays(selesai), false), pimpinan.Pengguna);

        var hasil = await UbahAsync(100, 130);
        hasil.ErrorUtama!.Kode.ShouldBe("PelibatanDiLuarMasaTim");
        hasil.ErrorUtama.Pesan.ShouldContain("Rahmadi, S.Kom.");
        var sesudah = await BacaTimAsync(timId);
        (sesudah.Versi, sesudah.TanggalMulai, sesudah.TanggalSelesai).ShouldBe((tim.Versi, tim.TanggalMulai, tim.TanggalSelesai));

        (await UbahAsync(30, 130)).Berhasil.ShouldBeTrue();
    }
}
