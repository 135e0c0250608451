using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Domain.Tests.Organisasi;

/// <summary>
/// The PPK definitions in Pasal 1 of every seed (e.g. `000_f720e179c5bde346.txt` Ps 1, `004_af01d94e9933b5a2.txt` Ps 1):
/// the PPK is "paling rendah Pejabat Pengawas atau pejabat lain yang diberi pendelegasian kewenangan". A delegation is a
/// kedudukan with its basis and period; the resolution says so while it is in force.
/// </summary>
public sealed class PendelegasianPpkTests
{
    private readonly StrukturUji s = new();
    private readonly JabatanSnapshot kasi;
    private readonly JabatanSnapshot koordinator;
    private readonly JabatanSnapshot pengolahData;

    public PendelegasianPpkTests()
    {
        var akar = s.PerangkatDaerah(JenisPerangkatDaerah.Dinas, "Dinas Pendidikan").Akar;
        akar.Kepala(JenisJabatan.JptPratama, "Kepala Dinas Pendidikan", "Drs. H. Ahmad Yani");
        var seksi = akar.Unit("Bidang Pembinaan Sekolah Dasar").Unit("Seksi Kurikulum");
        kasi = seksi.Kepala(JenisJabatan.Pengawas, "Kepala Seksi Kurikulum", "Bambang Sutrisno, S.Pd.");
        koordinator = seksi.Fungsional("Pengembang Teknologi Pembelajaran Ahli Madya", JenjangFungsional.AhliMadya);
        s.Dijabat(koordinator, "Dr. Rina Kartika");
        pengolahData = seksi.Pelaksana("Pengolah Data");
    }

    [Fact]
    public void Tentukan_KedudukanDenganPendelegasian_PpkAdalahDelegasiDanCatatanMenyebutDasarDanMasa()
    {
        s.KedudukanDelegasi(pengolahData, koordinator, "Keputusan Kepala Dinas 800/12/2026", new DateOnly(2026, 1, 5), new DateOnly(2026, 6, 30));

        var hasil = s.Tentukan(PresetRegulasi.HuluSungaiUtara, pengolahData).PejabatPenilaiKinerja;

        (hasil.Jabatan!.Id, hasil.Dasar, hasil.Pemangku!.Nama).ShouldBe((koordinator.Id, DasarPenentuan.Kedudukan, "Dr. Rina Kartika"));
        hasil.Catatan.ShouldContain(c => c.Contains("pendelegasian kewenangan Pejabat Penilai Kinerja (Keputusan Kepala Dinas 800/12/2026)")
            && c.Contains("berlaku 5 Januari 2026 s.d. 30 Juni 2026"));
    }

    [Fact]
    public void Tentukan_KedudukanTanpaPendelegasian_TidakAdaCatatanPendelegasian()
    {
        s.Kedudukan(pengolahData, kasi);

        var hasil = s.Tentukan(PresetRegulasi.HuluSungaiUtara, pengolahData).PejabatPenilaiKinerja;

        hasil.Jabatan!.Id.ShouldBe(kasi.Id);
        hasil.Catatan.ShouldNotContain(c => c.Contains("pendelegasian"));
    }

    [Fact]
    public void Tetapkan_PendelegasianBerakhirSebelumBerlaku_GagalDenganMasaKedudukanHarusValid()
    {
        var pemda = DataUji.BuatUnitAkar();
        var seksi = UnitOrganisasi.BuatDi(pemda, "Seksi Kurikulum", unitOrganisasiMandiri: false);
        var staf = DataUji.BuatJabatan(seksi, nama: "Pengolah Data");
        var jf = DataUji.BuatJabatan(seksi, JenisJabatan.Fungsional, JenjangFungsional.AhliMadya, kelas: 11, nama: "Pengembang Teknologi Pembelajaran Ahli Madya");

        var hasil = Kedudukan.Tetapkan(staf, jf, new DateOnly(2026, 7, 1), "800/12/2026", "Keputusan Kepala Dinas 800/12/2026",
            KebijakanDaerah.DariPreset(PresetRegulasi.HuluSungaiUtara), true, [], null, berlakuSampai: new DateOnly(2026, 6, 30));

        hasil.Errors.Select(e => e.Kode).ShouldContain(nameof(MasaKedudukanHarusValid));
    }
}
