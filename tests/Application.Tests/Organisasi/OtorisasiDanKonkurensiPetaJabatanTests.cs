using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Application.Kepegawaian.AkhiriPemangkuJabatan;
using SistemKerja.Application.Organisasi.DetailJabatan;
using SistemKerja.Application.Organisasi.TetapkanKedudukan;
using SistemKerja.Application.Organisasi.TutupJabatan;
using SistemKerja.Application.Organisasi.TutupUnitOrganisasi;
using SistemKerja.Application.Organisasi.UbahJabatan;
using SistemKerja.Application.Organisasi.UbahUnitOrganisasi;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.Organisasi;

/// <summary>
/// The admin commands of the peta jabatan are refused by the pipeline (AuthorizationBehavior → ErrorKind.Terlarang) for
/// anyone without the AdminBkpsdm role, before anything runs: nothing changes and no audit line is written.
/// </summary>
public sealed class OtorisasiPetaJabatanTests(DatabaseKosongFixture db) : IClassFixture<DatabaseKosongFixture>
{
    private static readonly DateOnly Tmt = new(2024, 1, 1);
    private readonly OrganisasiUji org = new(db);

    public static TheoryData<string, string> Kasus()
    {
        var data = new TheoryData<string, string>();
        foreach (var perintah in new[] { "TetapkanKedudukan", "UbahUnitOrganisasi", "TutupUnitOrganisasi", "UbahJabatan", "TutupJabatan", "AkhiriPemangkuJabatan" })
        {
            foreach (var peran in new[] { Peran.Pegawai, Peran.Auditor, Peran.PimpinanUnit })
            {
                data.Add(perintah, peran);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Kasus))]
    public async Task PerintahAdmin_OlehBukanAdmin_TerlarangTanpaPerubahanDanTanpaJejakAudit(string perintah, string peran)
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var staf = await org.JabatanAsync(bidang.Seksi1Id, "Pranata Komputer", JenisJabatan.Fungsional, JenjangFungsional.AhliPertama, 8);
        var kosong = await org.UnitAsync(bidang.UnitId, "Unit Kosong Uji", mandiri: false);
        var pegawai = await org.PemangkuAsync(bidang.KepalaSeksi2Id, "Kasi Uji Otorisasi", Tmt);
        var pemangkuan = await db.BacaAsync(c => c.PemangkuJabatan.Where(p => p.PegawaiId == pegawai).Select(p => p.Id).SingleAsync());
        var bukanAdmin = new PenggunaUji { IdUji = Guid.NewGuid(), NamaUji = "bukan admin", PegawaiIdUji = pegawai, PeranUji = [peran] };
        var auditSebelum = await db.BacaAsync(c => c.JejakAudit.CountAsync());
        var kedudukanSebelum = await org.JumlahKedudukanAsync();

        Result hasil = perintah switch
        {
            "TetapkanKedudukan" => await db.KirimAsync(new TetapkanKedudukanCommand(staf, bidang.KepalaSeksi1Id, Tmt, "SK/1", null), bukanAdmin),
            "UbahUnitOrganisasi" => await db.KirimAsync(new UbahUnitOrganisasiCommand(bidang.Seksi1Id, "Diubah Penyusup", true, 5, await org.VersiUnitAsync(bidang.Seksi1Id)), bukanAdmin),
            "TutupUnitOrganisasi" => await db.KirimAsync(new TutupUnitOrganisasiCommand(kosong, Tmt, await org.VersiUnitAsync(kosong)), bukanAdmin),
            "UbahJabatan" => await db.KirimAsync(new UbahJabatanCommand(staf, "Diubah Penyusup", JenjangFungsional.AhliMuda, 9, await org.VersiJabatanAsync(staf)), bukanAdmin),
            "TutupJabatan" => await db.KirimAsync(new TutupJabatanCommand(staf, Tmt, await org.VersiJabatanAsync(staf)), bukanAdmin),
            "AkhiriPemangkuJabatan" => await db.KirimAsync(new AkhiriPemangkuJabatanCommand(pegawai, pemangkuan, new DateOnly(2025, 1, 1), await org.VersiPegawaiAsync(pegawai)), bukanAdmin),
            _ => throw new ArgumentOutOfRangeException(nameof(perintah)),
        };

        hasil.Errors.Count.ShouldBe(1);
        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        hasil.ErrorUtama.Kode.ShouldBe("Terlarang");
        hasil.ErrorUtama.Pesan.ShouldBe("Anda tidak berwenang melakukan tindakan ini.");
        (await db.BacaAsync(c => c.JejakAudit.CountAsync())).ShouldBe(auditSebelum);
        (await org.JumlahKedudukanAsync()).ShouldBe(kedudukanSebelum);
        var unit = await db.BacaAsync(c => c.UnitOrganisasi.AsNoTracking().SingleAsync(u => u.Id == bidang.Seksi1Id));
        unit.Nama.ShouldNotBe("Diubah Penyusup");
        (await db.BacaAsync(c => c.UnitOrganisasi.AsNoTracking().SingleAsync(u => u.Id == kosong))).DitutupPada.ShouldBeNull();
        var jabatan = await db.BacaAsync(c => c.Jabatan.AsNoTracking().SingleAsync(j => j.Id == staf));
        (jabatan.Nama, jabatan.Jenjang, jabatan.DitutupPada).ShouldBe(("Pranata Komputer", (JenjangFungsional?)JenjangFungsional.AhliPertama, (DateOnly?)null));
        (await db.BacaAsync(c => c.PemangkuJabatan.SingleAsync(p => p.Id == pemangkuan))).TanggalSelesai.ShouldBeNull();
    }

    [Fact]
    public async Task PerintahAdmin_OlehAdmin_Berhasil_KontrolUntukUjiTerlarang()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var staf = await org.JabatanAsync(bidang.Seksi1Id, "Pranata Komputer", JenisJabatan.Fungsional, JenjangFungsional.AhliPertama, 8);

        var hasil = await db.KirimAsync(new UbahJabatanCommand(staf, "Pranata Komputer Diubah", JenjangFungsional.AhliMuda, 9, await org.VersiJabatanAsync(staf)), OrganisasiUji.Admin);

        hasil.Berhasil.ShouldBeTrue();
        (await db.BacaAsync(c => c.Jabatan.AsNoTracking().SingleAsync(j => j.Id == staf))).Nama.ShouldBe("Pranata Komputer Diubah");
    }

    // DetailJabatanQuery (the data of the admin kedudukan/ubah forms) carries [HanyaUntuk(AdminBkpsdm)]: a non-admin is
    // refused through the result (it used to return a nullable record, and the pipeline threw instead of refusing).
    [Fact]
    public async Task DetailJabatan_OlehBukanAdmin_DitolakTanpaException()
    {
        var daerah = await org.DaerahAsync();

        var hasil = await db.TanyaAsync(new DetailJabatanQuery(daerah.KepalaDinasId), PenggunaUji.Pegawai());

        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
    }

    [Fact]
    public async Task DetailJabatan_OlehAdmin_MemuatCalonAtasanYangBolehMenilaiTanpaDelegasi()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var staf = await org.JabatanAsync(bidang.Seksi1Id, "Perencana", JenisJabatan.Fungsional, JenjangFungsional.AhliPertama, 8);
        var jfLain = await org.JabatanAsync(bidang.Seksi1Id, "Analis Kebijakan", JenisJabatan.Fungsional, JenjangFungsional.AhliMadya, 11);

        var hasil = await db.TanyaAsync(new DetailJabatanQuery(staf), OrganisasiUji.Admin);

        var calon = hasil.Nilai.CalonAtasan.Select(c => c.Id).ToList();
        calon.ShouldContain(bidang.KepalaId);
        calon.ShouldContain(bidang.KepalaSeksi1Id);
        calon.ShouldContain(daerah.KepalaDinasId);
        calon.ShouldNotContain(jfLain);
        calon.ShouldNotContain(staf);
        calon.ShouldNotContain(daerah.KepalaDinasLainId);
    }
}

/// <summary>Optimistic concurrency (xmin as Versi): two admins saving the same form, only the first wins; the other gets Konflik.</summary>
public sealed class KonkurensiPetaJabatanTests(DatabaseKosongFixture db) : IClassFixture<DatabaseKosongFixture>
{
    private readonly OrganisasiUji org = new(db);

    private async Task<(BidangUji Bidang, Guid Jf)> SiapkanAsync()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        return (bidang, await org.JabatanAsync(bidang.Seksi1Id, "Perencana", JenisJabatan.Fungsional, JenjangFungsional.AhliPertama, 8));
    }

    [Fact]
    public async Task UbahJabatan_DuaAdminBersamaanDenganVersiSama_SatuBerhasilSatuKonflik()
    {
        var (_, jf) = await SiapkanAsync();
        var versi = await org.VersiJabatanAsync(jf);

        var hasil = await Task.WhenAll(
            Task.Run(() => db.KirimAsync(new UbahJabatanCommand(jf, "Perencana Versi A", JenjangFungsional.AhliMuda, 9, versi), PenggunaUji.Admin())),
            Task.Run(() => db.KirimAsync(new UbahJabatanCommand(jf, "Perencana Versi B", JenjangFungsional.AhliMadya, 11, versi), PenggunaUji.Admin())));

        hasil.Count(h => h.Berhasil).ShouldBe(1);
        var gagal = hasil.Single(h => h.Gagal);
        gagal.ErrorUtama.ShouldBe(Error.DiubahPenggunaLain);
        gagal.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Konflik);
        var pemenang = hasil[0].Berhasil ? ("Perencana Versi A", JenjangFungsional.AhliMuda, 9) : ("Perencana Versi B", JenjangFungsional.AhliMadya, 11);
        var tersimpan = await db.BacaAsync(c => c.Jabatan.AsNoTracking().SingleAsync(j => j.Id == jf));
        (tersimpan.Nama, tersimpan.Jenjang!.Value, tersimpan.KelasJabatan).ShouldBe(pemenang);
        tersimpan.Versi.ShouldNotBe(versi);
    }

    [Fact]
    public async Task UbahJabatan_VersiBasiSetelahSimpanan_KonflikDanDataPertamaTetap()
    {
        var (_, jf) = await SiapkanAsync();
        var versi = await org.VersiJabatanAsync(jf);
        (await db.KirimAsync(new UbahJabatanCommand(jf, "Perencana Pertama", JenjangFungsional.AhliMuda, 9, versi), OrganisasiUji.Admin)).Berhasil.ShouldBeTrue();

        var hasil = await db.KirimAsync(new UbahJabatanCommand(jf, "Perencana Kedua", JenjangFungsional.AhliMadya, 11, versi), OrganisasiUji.Admin);

        hasil.ErrorUtama.ShouldBe(Error.DiubahPenggunaLain);
        hasil.ErrorUtama!.Pesan.ShouldBe("Data ini baru saja diubah oleh pengguna lain. Muat ulang halaman lalu ulangi tindakan Anda.");
        (await db.BacaAsync(c => c.Jabatan.AsNoTracking().SingleAsync(j => j.Id == jf))).Nama.ShouldBe("Perencana Pertama");
    }

    [Fact]
    public async Task UbahDanTutupJabatan_BersamaanDenganVersiSama_HanyaSatuYangTersimpan()
    {
        var (_, jf) = await SiapkanAsync();
        var versi = await org.VersiJabatanAsync(jf);

        var hasil = await Task.WhenAll(
            Task.Run(() => db.KirimAsync(new UbahJabatanCommand(jf, "Perencana Diubah", JenjangFungsional.AhliMuda, 9, versi), PenggunaUji.Admin())),
            Task.Run(() => db.KirimAsync(new TutupJabatanCommand(jf, new DateOnly(2025, 1, 1), versi), PenggunaUji.Admin())));

        hasil.Count(h => h.Berhasil).ShouldBe(1);
        hasil.Single(h => h.Gagal).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Konflik);
        var tersimpan = await db.BacaAsync(c => c.Jabatan.AsNoTracking().SingleAsync(j => j.Id == jf));
        if (hasil[0].Berhasil)
        {
            (tersimpan.Nama, tersimpan.DitutupPada).ShouldBe(("Perencana Diubah", (DateOnly?)null));
        }
        else
        {
            (tersimpan.Nama, tersimpan.DitutupPada).ShouldBe(("Perencana", (DateOnly?)new DateOnly(2025, 1, 1)));
        }
    }

    [Fact]
    public async Task UbahUnit_DuaAdminBersamaanDenganVersiSama_SatuBerhasilSatuKonflik()
    {
        var (bidang, _) = await SiapkanAsync();
        var versi = await org.VersiUnitAsync(bidang.Seksi2Id);

        var hasil = await Task.WhenAll(
            Task.Run(() => db.KirimAsync(new UbahUnitOrganisasiCommand(bidang.Seksi2Id, "Seksi Versi A", false, 1, versi), PenggunaUji.Admin())),
            Task.Run(() => db.KirimAsync(new UbahUnitOrganisasiCommand(bidang.Seksi2Id, "Seksi Versi B", true, 2, versi), PenggunaUji.Admin())));

        hasil.Count(h => h.Berhasil).ShouldBe(1);
        hasil.Single(h => h.Gagal).ErrorUtama.ShouldBe(Error.DiubahPenggunaLain);
        (await db.BacaAsync(c => c.UnitOrganisasi.AsNoTracking().SingleAsync(u => u.Id == bidang.Seksi2Id))).Nama
            .ShouldBe(hasil[0].Berhasil ? "Seksi Versi A" : "Seksi Versi B");
    }
}
