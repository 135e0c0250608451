using SistemKerja.Application.Organisasi.KedudukanPegawai;
using SistemKerja.Application.Organisasi.TetapkanKedudukan;
using SistemKerja.Domain.Organisasi;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.Organisasi;

/// <summary>
/// A delegation of the PPK's authority for a period (PPK definitions in Pasal 1 of every seed, `000_f720e179c5bde346.txt`
/// Ps 1: "pejabat lain yang diberi pendelegasian kewenangan"): while in force the pegawai's PPK is the delegate and the
/// resolution says on what basis and until when; the day after it ends the PPK follows the structure again.
/// </summary>
public sealed class PendelegasianPpkAplikasiTests(DatabaseKosongFixture db) : IClassFixture<DatabaseKosongFixture>
{
    private static readonly DateOnly Mulai = new(2025, 1, 6);
    private static readonly DateOnly Sampai = new(2025, 6, 30);
    private const string Dasar = "Keputusan Kepala Dinas Nomor 800/12/DKU/2025 tentang Pendelegasian Penilaian Kinerja";

    private readonly OrganisasiUji org = new(db);

    [Fact]
    public async Task Kedudukan_PendelegasianBerakhir_PpkDelegasiSelamaMasaLaluKembaliKeStruktur_Hsu000Ps1()
    {
        var daerah = await org.DaerahAsync();
        var bidang = await org.BidangAsync(daerah.AkarDinasId);
        var pelaksana = await org.JabatanAsync(bidang.Seksi1Id, "Pengolah Data Kepegawaian", JenisJabatan.Pelaksana);
        var jfMadya = await org.JabatanAsync(bidang.Seksi1Id, "Analis SDM Aparatur", JenisJabatan.Fungsional, JenjangFungsional.AhliMadya, 11);
        var x = await org.PemangkuAsync(pelaksana, "Sari Wulandari", new DateOnly(2024, 1, 1));
        await org.PemangkuAsync(jfMadya, "Dr. Rina Kartika", new DateOnly(2024, 1, 1));
        await org.PemangkuAsync(bidang.KepalaSeksi1Id, "Bambang Sutrisno", new DateOnly(2024, 1, 1));

        var terbalik = await db.KirimAsync(new TetapkanKedudukanCommand(pelaksana, jfMadya, Mulai, "821.2/PJ-02/BKPSDM/2025", Dasar, Mulai.AddDays(-1)), OrganisasiUji.Admin);
        terbalik.ErrorUtama!.Kode.ShouldBe(nameof(MasaKedudukanHarusValid));
        AlurPenugasan.SkenarioPenugasan.Pasti(await db.KirimAsync(new TetapkanKedudukanCommand(pelaksana, jfMadya, Mulai, "821.2/PJ-02/BKPSDM/2025", Dasar, Sampai), OrganisasiUji.Admin));

        var selama = (await db.TanyaAsync(new KedudukanPegawaiQuery(x, Sampai), OrganisasiUji.Admin))!.PejabatPenilaiKinerja!;
        (selama.Jabatan, selama.Nama, selama.Dasar).ShouldBe(("Analis SDM Aparatur", "Dr. Rina Kartika", DasarPenentuan.Kedudukan));
        selama.Catatan.ShouldContain(c => c.Contains($"pendelegasian kewenangan Pejabat Penilai Kinerja ({Dasar})") && c.Contains("berlaku 6 Januari 2025 s.d. 30 Juni 2025"));

        var sesudah = (await db.TanyaAsync(new KedudukanPegawaiQuery(x, Sampai.AddDays(1)), OrganisasiUji.Admin))!.PejabatPenilaiKinerja!;
        (sesudah.Nama, sesudah.Dasar).ShouldBe(("Bambang Sutrisno", DasarPenentuan.Struktur));
        sesudah.Catatan.ShouldNotContain(c => c.Contains("pendelegasian"));
    }
}
