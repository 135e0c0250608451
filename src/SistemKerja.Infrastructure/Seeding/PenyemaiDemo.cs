using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Infrastructure.Identity;
using SistemKerja.Infrastructure.Persistence;

namespace SistemKerja.Infrastructure.Seeding;

/// <summary>
/// Builds the demo region: a fictional kabupaten (preset Hulu Sungai Utara) with about 30 Perangkat Daerah of every
/// type, their units and peta jabatan, 2,000+ pegawai with valid NIPs, and one account per role. The same input
/// (fixed random seed) always gives the same names, NIPs and structure. Runs only on an empty database.
/// </summary>
public sealed class PenyemaiDemo(AppDbContext db, UserManager<Pengguna> users, RoleManager<IdentityRole<Guid>> roles, TimeProvider waktu, ILogger<PenyemaiDemo> logger)
{
    /// <summary>Bump when the seeded data changes (test templates are named after it).</summary>
    public const int VersiData = 3;

    /// <summary>Demo accounts: user name, password, roles, and which seeded pegawai they are. Documented in README.md.</summary>
    public static readonly IReadOnlyList<AkunDemo> Akun =
    [
        new("admin", "Admin#Demo2025", [Peran.AdminBkpsdm, Peran.Pegawai], "Admin BKPSDM (Analis SDM Aparatur di BKPSDM)"),
        new("auditor", "Auditor#Demo2025", [Peran.Auditor, Peran.Pegawai], "Auditor di Inspektorat"),
        new("pimpinan", "Pimpinan#Demo2025", [Peran.Pegawai], "Kepala Bidang Aplikasi Informatika, Dinas Kominfo (Pimpinan Unit dari jabatannya)"),
        new("pegawai", "Pegawai#Demo2025", [Peran.Pegawai], "Pelaksana di Bidang Aplikasi Informatika, Dinas Kominfo"),
        new("pimpinan2", "Pimpinan2#Demo2025", [Peran.Pegawai], "Kepala Bidang Informasi dan Komunikasi Publik, Dinas Kominfo (the other unit head in the cross-unit journeys)"),
        new("sekda", "Sekda#Demo2025", [Peran.Pegawai], "Sekretaris Daerah (Pejabat yang Berwenang for lintas instansi requests)"),
    ];

    private readonly Random acak = new(20250120);
    private readonly HashSet<string> nipTerpakai = [];
    private readonly List<(Jabatan Jabatan, PerangkatDaerah Pd)> semuaJabatan = [];
    private DateOnly hariIni;
    private int urutNip;

    public sealed record AkunDemo(string NamaPengguna, string KataSandi, IReadOnlyList<string> Peran, string Keterangan);

    public async Task<bool> SemaiAsync(CancellationToken ct)
    {
        if (await db.PemerintahDaerah.AnyAsync(ct))
        {
            logger.LogInformation("Demo seed skipped: the database already has a Pemerintah Daerah");
            return false;
        }

        hariIni = DateOnly.FromDateTime(waktu.GetUtcNow().UtcDateTime);

        // All or nothing: a failed seed leaves an empty database, so the next start tries again.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaksi = await db.Database.BeginTransactionAsync(ct);
            await SemaiIsiAsync(ct);
            await transaksi.CommitAsync(ct);
        });
        logger.LogInformation("Demo region seeded: {Pd} Perangkat Daerah, {Jabatan} jabatan, {Pegawai} pegawai",
            db.PerangkatDaerah.Local.Count, semuaJabatan.Count, db.Pegawai.Local.Count);
        return true;
    }

    private async Task SemaiIsiAsync(CancellationToken ct)
    {
        var pemda = PemerintahDaerah.Bentuk("Kabupaten Sungai Harapan", JenisDaerah.Kabupaten, "Harapan Jaya",
            "Peraturan Bupati Sungai Harapan Nomor 4 Tahun 2025 tentang Mekanisme Kerja Pejabat Fungsional dan Pelaksana (demo, mengikuti preset Hulu Sungai Utara)",
            PresetRegulasi.HuluSungaiUtara);
        if (pemda.CatatKepalaDaerah("H. Rahmat Hidayat, S.Sos., M.Si.").Gagal)
        {
            throw new InvalidOperationException("The demo Kepala Daerah name breaks a rule.");
        }

        db.PemerintahDaerah.Add(pemda);

        foreach (var spec in DaftarPerangkatDaerah())
        {
            var induk = spec.Induk is null ? null : db.PerangkatDaerah.Local.Single(p => p.Singkatan == spec.Induk);
            var pd = Pasti(PerangkatDaerah.Bentuk(pemda, spec.Jenis, spec.Tipe, spec.Nama, spec.Singkatan, $"Jl. {spec.Nama} No. {acak.Next(1, 120)}, Harapan Jaya", induk));
            db.PerangkatDaerah.Add(pd);
            BangunStruktur(pd);
        }

        var pegawaiDemo = IsiJabatan(pemda);
        await db.SaveChangesAsync(ct);
        await BuatAkunAsync(pegawaiDemo, ct);
    }

    private sealed record SpecPd(JenisPerangkatDaerah Jenis, TipeOrganisasi? Tipe, string Nama, string Singkatan, string? Induk = null, string[]? Bidang = null);

    private static IEnumerable<SpecPd> DaftarPerangkatDaerah()
    {
        yield return new(JenisPerangkatDaerah.SekretariatDaerah, null, "Sekretariat Daerah", "SETDA");
        yield return new(JenisPerangkatDaerah.SekretariatDprd, null, "Sekretariat DPRD", "SETWAN", Bidang: ["Bagian Umum dan Keuangan", "Bagian Persidangan dan Perundang-undangan", "Bagian Fasilitasi Penganggaran dan Pengawasan"]);
        yield return new(JenisPerangkatDaerah.Inspektorat, null, "Inspektorat Daerah", "INSPEKTORAT", Bidang: ["Inspektur Pembantu Wilayah I", "Inspektur Pembantu Wilayah II", "Inspektur Pembantu Wilayah III", "Inspektur Pembantu Khusus"]);
        yield return new(JenisPerangkatDaerah.Dinas, null, "Dinas Pendidikan", "DISDIK", Bidang: ["Bidang Pembinaan Sekolah Dasar", "Bidang Pembinaan Sekolah Menengah Pertama", "Bidang Guru dan Tenaga Kependidikan"]);
        yield return new(JenisPerangkatDaerah.Dinas, null, "Dinas Kesehatan", "DINKES", Bidang: ["Bidang Kesehatan Masyarakat", "Bidang Pencegahan dan Pengendalian Penyakit", "Bidang Pelayanan dan Sumber Daya Kesehatan"]);
        yield return new(JenisPerangkatDaerah.Dinas, null, "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", Bidang: ["Bidang Bina Marga", "Bidang Sumber Daya Air", "Bidang Cipta Karya dan Tata Ruang"]);
        yield return new(JenisPerangkatDaerah.Dinas, null, "Dinas Sosial", "DINSOS", Bidang: ["Bidang Rehabilitasi Sosial", "Bidang Perlindungan dan Jaminan Sosial", "Bidang Pemberdayaan Sosial"]);
        yield return new(JenisPerangkatDaerah.Dinas, null, "Dinas Komunikasi dan Informatika", "DISKOMINFO", Bidang: ["Bidang Aplikasi Informatika", "Bidang Informasi dan Komunikasi Publik", "Bidang Persandian dan Statistik"]);
        yield return new(JenisPerangkatDaerah.Dinas, null, "Dinas Pertanian dan Ketahanan Pangan", "DISTAN", Bidang: ["Bidang Tanaman Pangan dan Hortikultura", "Bidang Peternakan", "Bidang Ketahanan Pangan"]);
        yield return new(JenisPerangkatDaerah.Dinas, null, "Dinas Perhubungan", "DISHUB", Bidang: ["Bidang Lalu Lintas dan Angkutan", "Bidang Sarana dan Prasarana", "Bidang Perhubungan Sungai"]);
        yield return new(JenisPerangkatDaerah.Dinas, null, "Dinas Kependudukan dan Pencatatan Sipil", "DISDUKCAPIL", Bidang: ["Bidang Pelayanan Pendaftaran Penduduk", "Bidang Pelayanan Pencatatan Sipil", "Bidang Pengelolaan Informasi Administrasi Kependudukan"]);
        yield return new(JenisPerangkatDaerah.Dinas, null, "Dinas Lingkungan Hidup", "DLH", Bidang: ["Bidang Tata Lingkungan", "Bidang Pengelolaan Sampah", "Bidang Pengendalian Pencemaran"]);
        yield return new(JenisPerangkatDaerah.Dpmptsp, null, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", Bidang: ["Bidang Penanaman Modal", "Bidang Pelayanan Perizinan", "Bidang Pengaduan dan Pengawasan"]);
        yield return new(JenisPerangkatDaerah.SatpolPp, null, "Satuan Polisi Pamong Praja dan Pemadam Kebakaran", "SATPOLPP", Bidang: ["Bidang Penegakan Peraturan Daerah", "Bidang Ketertiban Umum", "Bidang Pemadam Kebakaran"]);
        yield return new(JenisPerangkatDaerah.Bpbd, null, "Badan Penanggulangan Bencana Daerah", "BPBD", Bidang: ["Bidang Pencegahan dan Kesiapsiagaan", "Bidang Kedaruratan dan Logistik", "Bidang Rehabilitasi dan Rekonstruksi"]);
        yield return new(JenisPerangkatDaerah.Kesbangpol, null, "Badan Kesatuan Bangsa dan Politik", "KESBANGPOL", Bidang: ["Bidang Ideologi dan Wawasan Kebangsaan", "Bidang Politik Dalam Negeri"]);
        yield return new(JenisPerangkatDaerah.Badan, null, "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", "BAPPERIDA", Bidang: ["Bidang Perencanaan Ekonomi", "Bidang Perencanaan Sosial Budaya", "Bidang Riset dan Inovasi"]);
        yield return new(JenisPerangkatDaerah.Badan, null, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", Bidang: ["Bidang Pengadaan dan Informasi Kepegawaian", "Bidang Mutasi dan Promosi", "Bidang Pengembangan Kompetensi"]);
        yield return new(JenisPerangkatDaerah.Badan, null, "Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", Bidang: ["Bidang Anggaran", "Bidang Perbendaharaan", "Bidang Akuntansi", "Bidang Aset"]);
        yield return new(JenisPerangkatDaerah.Rsud, TipeOrganisasi.C, "Rumah Sakit Umum Daerah Harapan Sehat", "RSUD");
        yield return new(JenisPerangkatDaerah.Kecamatan, null, "Kecamatan Harapan Jaya", "KEC-HJ");
        yield return new(JenisPerangkatDaerah.Kecamatan, null, "Kecamatan Sungai Tabuk", "KEC-ST");
        yield return new(JenisPerangkatDaerah.Kelurahan, null, "Kelurahan Harapan Baru", "KEL-HB", "KEC-HJ");
        yield return new(JenisPerangkatDaerah.Kelurahan, null, "Kelurahan Sungai Malang", "KEL-SM", "KEC-HJ");
        yield return new(JenisPerangkatDaerah.Uptd, TipeOrganisasi.A, "UPTD Laboratorium Lingkungan", "UPTD-LAB", "DLH");
        yield return new(JenisPerangkatDaerah.Uptd, TipeOrganisasi.B, "UPTD Pengelolaan Air Limbah Domestik", "UPTD-PALD", "DPUPR");
        yield return new(JenisPerangkatDaerah.Puskesmas, null, "UPTD Puskesmas Harapan Jaya", "PKM-HJ", "DINKES");
        yield return new(JenisPerangkatDaerah.Puskesmas, null, "UPTD Puskesmas Sungai Tabuk", "PKM-ST", "DINKES");
        yield return new(JenisPerangkatDaerah.SatuanPendidikan, null, "SD Negeri 1 Harapan Jaya", "SDN1-HJ", "DISDIK");
        yield return new(JenisPerangkatDaerah.SatuanPendidikan, null, "SD Negeri 3 Sungai Tabuk", "SDN3-ST", "DISDIK");
        yield return new(JenisPerangkatDaerah.SatuanPendidikan, null, "SMP Negeri 1 Harapan Jaya", "SMPN1-HJ", "DISDIK");
    }

    private void BangunStruktur(PerangkatDaerah pd)
    {
        var akar = UnitOrganisasi.BuatAkar(pd);
        db.UnitOrganisasi.Add(akar);
        var spec = DaftarPerangkatDaerah().Single(s => s.Singkatan == pd.Singkatan);
        switch (pd.Jenis)
        {
            case JenisPerangkatDaerah.SekretariatDaerah:
                Pimpinan(akar, "Sekretaris Daerah", JenisJabatan.JptPratama, 15);
                var urut = 0;
                foreach (var (asisten, bagian) in new[]
                {
                    ("Asisten Pemerintahan dan Kesejahteraan Rakyat", new[] { "Bagian Tata Pemerintahan", "Bagian Kesejahteraan Rakyat", "Bagian Hukum" }),
                    ("Asisten Perekonomian dan Pembangunan", ["Bagian Perekonomian dan Sumber Daya Alam", "Bagian Administrasi Pembangunan", "Bagian Pengadaan Barang dan Jasa"]),
                    ("Asisten Administrasi Umum", ["Bagian Umum", "Bagian Organisasi", "Bagian Protokol dan Komunikasi Pimpinan"]),
                })
                {
                    var unitAsisten = Unit(akar, asisten, true, ++urut);
                    Pimpinan(unitAsisten, asisten, JenisJabatan.JptPratama, 14);
                    foreach (var b in bagian)
                    {
                        var unitBagian = Unit(unitAsisten, b, true, ++urut);
                        Pimpinan(unitBagian, "Kepala " + b, JenisJabatan.Administrator, 12);
                        Staf(unitBagian, acak.Next(6, 10), acak.Next(5, 8));
                    }
                }

                break;
            case JenisPerangkatDaerah.Rsud:
                Pimpinan(akar, "Direktur", JenisJabatan.JptPratama, 14);
                var tu = Unit(akar, "Bagian Tata Usaha", true, 1);
                Pimpinan(tu, "Kepala Bagian Tata Usaha", JenisJabatan.Administrator, 11);
                Staf(tu, 3, 8);
                foreach (var (seksi, i) in SeksiRsud.Select((s, i) => (s, i)))
                {
                    var u = Unit(akar, seksi, true, i + 2);
                    Pimpinan(u, "Kepala " + seksi, JenisJabatan.Pengawas, 9);
                    StafKesehatan(u, acak.Next(40, 60), acak.Next(8, 14));
                }

                break;
            case JenisPerangkatDaerah.Kecamatan:
                Pimpinan(akar, "Camat", JenisJabatan.Administrator, 11);
                var sekcam = Unit(akar, "Sekretariat Kecamatan", true, 1);
                Pimpinan(sekcam, "Sekretaris Camat", JenisJabatan.Pengawas, 9);
                Staf(sekcam, 2, 5);
                foreach (var (seksi, i) in SeksiKecamatan.Select((s, i) => (s, i)))
                {
                    var u = Unit(akar, seksi, true, i + 2);
                    Pimpinan(u, "Kepala " + seksi, JenisJabatan.Pengawas, 9);
                    Staf(u, 2, 4);
                }

                break;
            case JenisPerangkatDaerah.Kelurahan:
                Pimpinan(akar, "Lurah", JenisJabatan.Pengawas, 9);
                var sekel = Unit(akar, "Sekretariat Kelurahan", false, 1);
                Pimpinan(sekel, "Sekretaris Kelurahan", JenisJabatan.Pengawas, 8);
                Staf(akar, 1, 6);
                break;
            case JenisPerangkatDaerah.Uptd when pd.Tipe == TipeOrganisasi.A:
                Pimpinan(akar, "Kepala UPTD", JenisJabatan.Pengawas, 9);
                var subTu = Unit(akar, "Sub Bagian Tata Usaha", false, 1);
                Pimpinan(subTu, "Kepala Sub Bagian Tata Usaha", JenisJabatan.Pengawas, 8);
                Staf(subTu, 0, 4);
                Staf(akar, 8, 4);
                break;
            case JenisPerangkatDaerah.Uptd:
                Tambah(akar, "Kepala UPTD (Teknik Tata Bangunan dan Perumahan)", JenisJabatan.Fungsional, JenjangFungsional.AhliMuda, 9, true, TugasTambahan.KepalaUptd);
                Staf(akar, 10, 5);
                break;
            case JenisPerangkatDaerah.Puskesmas:
                Tambah(akar, "Kepala Puskesmas (Dokter)", JenisJabatan.Fungsional, JenjangFungsional.AhliMadya, 11, true, TugasTambahan.KepalaPuskesmas);
                var tuPkm = Unit(akar, "Sub Bagian Tata Usaha", false, 1);
                Pimpinan(tuPkm, "Kepala Sub Bagian Tata Usaha", JenisJabatan.Pengawas, 8);
                Staf(tuPkm, 0, 5);
                StafKesehatan(akar, acak.Next(35, 45), 0);
                break;
            case JenisPerangkatDaerah.SatuanPendidikan:
                Tambah(akar, "Kepala Sekolah (Guru)", JenisJabatan.Fungsional, JenjangFungsional.AhliMadya, 11, true, TugasTambahan.KepalaSekolah);
                for (var i = 0; i < acak.Next(22, 34); i++)
                {
                    var jenjang = Pilih([JenjangFungsional.AhliPertama, JenjangFungsional.AhliMuda, JenjangFungsional.AhliMuda, JenjangFungsional.AhliMadya]);
                    Tambah(akar, "Guru", JenisJabatan.Fungsional, jenjang, KelasJf(jenjang), false, null);
                }

                Staf(akar, 1, 4);
                break;
            default:
                // Dinas, Badan, DPMPTSP, Satpol PP, BPBD, Kesbangpol, Inspektorat, Setwan: head, Sekretariat with two
                // Sub Bagian, and Bidang led by Administrators (Seksi were converted to JF: DOMAIN.md §4.3).
                var kepala = pd.Jenis switch
                {
                    JenisPerangkatDaerah.Inspektorat => "Inspektur",
                    JenisPerangkatDaerah.SekretariatDprd => "Sekretaris DPRD",
                    _ => "Kepala " + pd.Nama,
                };
                Pimpinan(akar, kepala, JenisJabatan.JptPratama, 14);
                var sekretariat = Unit(akar, "Sekretariat", true, 1);
                Pimpinan(sekretariat, "Sekretaris", JenisJabatan.Administrator, 12);
                Staf(sekretariat, 2, 2);
                var subUmum = Unit(sekretariat, "Sub Bagian Umum dan Kepegawaian", false, 1);
                Pimpinan(subUmum, "Kepala Sub Bagian Umum dan Kepegawaian", JenisJabatan.Pengawas, 9);
                Staf(subUmum, 1, acak.Next(3, 6));
                var subKeu = Unit(sekretariat, "Sub Bagian Keuangan dan Perencanaan", false, 2);
                Pimpinan(subKeu, "Kepala Sub Bagian Keuangan dan Perencanaan", JenisJabatan.Pengawas, 9);
                Staf(subKeu, 1, acak.Next(3, 6));
                var urutan = 2;
                foreach (var bidang in spec.Bidang ?? [])
                {
                    var u = Unit(akar, bidang, true, urutan++);
                    var namaKepala = bidang.StartsWith("Inspektur", StringComparison.Ordinal) ? bidang : "Kepala " + bidang;
                    Pimpinan(u, namaKepala, JenisJabatan.Administrator, 11);
                    if (pd.Jenis == JenisPerangkatDaerah.Inspektorat)
                    {
                        for (var i = 0; i < acak.Next(6, 10); i++)
                        {
                            var jenjang = Pilih([JenjangFungsional.AhliPertama, JenjangFungsional.AhliMuda, JenjangFungsional.AhliMadya]);
                            Tambah(u, "Auditor", JenisJabatan.Fungsional, jenjang, KelasJf(jenjang), false, null);
                        }

                        Staf(u, 0, 2);
                    }
                    else
                    {
                        if (pd.Singkatan == "BKPSDM")
                        {
                            Tambah(u, "Analis Sumber Daya Manusia Aparatur", JenisJabatan.Fungsional, JenjangFungsional.AhliMuda, 9, false, null);
                        }

                        Staf(u, acak.Next(11, 16), acak.Next(8, 12), hasilPenyetaraan: 2);
                    }
                }

                break;
        }
    }

    private static readonly string[] SeksiRsud = ["Seksi Pelayanan Medik", "Seksi Keperawatan", "Seksi Penunjang Medik"];
    private static readonly string[] SeksiKecamatan = ["Seksi Pemerintahan", "Seksi Kesejahteraan Sosial", "Seksi Ketenteraman dan Ketertiban Umum"];

    private UnitOrganisasi Unit(UnitOrganisasi induk, string nama, bool mandiri, int urutan)
    {
        var u = UnitOrganisasi.BuatDi(induk, nama, mandiri, urutan);
        db.UnitOrganisasi.Add(u);
        return u;
    }

    private void Pimpinan(UnitOrganisasi unit, string nama, JenisJabatan jenis, int kelas) => Tambah(unit, nama, jenis, null, kelas, true, null);

    private void Tambah(UnitOrganisasi unit, string nama, JenisJabatan jenis, JenjangFungsional? jenjang, int kelas, bool memimpin, TugasTambahan? tugasTambahan, bool penyetaraan = false)
    {
        var j = Pasti(Jabatan.Bentuk(unit, nama, jenis, jenjang, kelas, memimpin, tugasTambahan, penyetaraan));
        db.Jabatan.Add(j);
        semuaJabatan.Add((j, db.PerangkatDaerah.Local.Single(p => p.Id == unit.PerangkatDaerahId)));
    }

    private static readonly string[] JfUmum =
    [
        "Analis Kebijakan", "Perencana", "Pranata Komputer", "Analis Sumber Daya Manusia Aparatur", "Pengelola Pengadaan Barang/Jasa",
        "Arsiparis", "Pranata Hubungan Masyarakat", "Analis Keuangan Pusat dan Daerah", "Penata Kelola Sistem dan Teknologi Informasi", "Statistisi",
    ];

    private static readonly string[] JfKeterampilan = ["Arsiparis", "Pranata Komputer", "Statistisi", "Pranata Keuangan APBN"];

    private static readonly string[] NamaPelaksana =
    [
        "Pengadministrasi Perkantoran", "Pengolah Data dan Informasi", "Penata Layanan Operasional", "Operator Layanan Operasional", "Pengelola Umum Operasional",
    ];

    private void Staf(UnitOrganisasi unit, int jf, int pelaksana, int hasilPenyetaraan = 0)
    {
        for (var i = 0; i < jf; i++)
        {
            if (acak.Next(5) == 0)
            {
                var jenjangT = Pilih([JenjangFungsional.Terampil, JenjangFungsional.Mahir, JenjangFungsional.Penyelia]);
                Tambah(unit, Pilih(JfKeterampilan), JenisJabatan.Fungsional, jenjangT, KelasJf(jenjangT), false, null);
                continue;
            }

            var jenjang = i < hasilPenyetaraan
                ? JenjangFungsional.AhliMuda
                : Pilih([JenjangFungsional.AhliPertama, JenjangFungsional.AhliPertama, JenjangFungsional.AhliMuda, JenjangFungsional.AhliMuda, JenjangFungsional.AhliMadya]);
            Tambah(unit, Pilih(JfUmum), JenisJabatan.Fungsional, jenjang, KelasJf(jenjang), false, null, penyetaraan: i < hasilPenyetaraan);
        }

        for (var i = 0; i < pelaksana; i++)
        {
            Tambah(unit, Pilih(NamaPelaksana), JenisJabatan.Pelaksana, null, acak.Next(5, 8), false, null);
        }
    }

    private void StafKesehatan(UnitOrganisasi unit, int jf, int pelaksana)
    {
        string[] keahlian = ["Dokter", "Dokter Gigi", "Apoteker", "Perawat", "Bidan", "Nutrisionis", "Administrator Kesehatan"];
        string[] keterampilan = ["Perawat", "Bidan", "Pranata Laboratorium Kesehatan", "Perekam Medis", "Sanitarian"];
        for (var i = 0; i < jf; i++)
        {
            if (acak.Next(2) == 0)
            {
                var jenjangT = Pilih([JenjangFungsional.Terampil, JenjangFungsional.Mahir, JenjangFungsional.Penyelia]);
                Tambah(unit, Pilih(keterampilan), JenisJabatan.Fungsional, jenjangT, KelasJf(jenjangT), false, null);
            }
            else
            {
                var jenjang = Pilih([JenjangFungsional.AhliPertama, JenjangFungsional.AhliMuda, JenjangFungsional.AhliMadya]);
                Tambah(unit, Pilih(keahlian), JenisJabatan.Fungsional, jenjang, KelasJf(jenjang), false, null);
            }
        }

        Staf(unit, 0, pelaksana);
    }

    private static int KelasJf(JenjangFungsional j) => j switch
    {
        JenjangFungsional.AhliPertama => 8,
        JenjangFungsional.AhliMuda => 9,
        JenjangFungsional.AhliMadya => 11,
        JenjangFungsional.AhliUtama => 13,
        JenjangFungsional.Pemula => 5,
        JenjangFungsional.Terampil => 6,
        JenjangFungsional.Mahir => 7,
        _ => 8,
    };

    /// <summary>Fills about 96% of the slots (some heads stay vacant, as in real regions) and returns the four demo pegawai.</summary>
    private Dictionary<string, Pegawai> IsiJabatan(PemerintahDaerah pemda)
    {
        var demo = new Dictionary<string, Pegawai>();
        foreach (var (jabatan, pd) in semuaJabatan)
        {
            var peran = PeranDemo(jabatan, pd, demo);
            var kosong = peran is null && acak.Next(100) < (jabatan.MemimpinUnit ? 6 : 4);
            if (kosong)
            {
                continue;
            }

            var pegawai = BuatPegawai(pemda, jabatan);
            db.Pegawai.Add(pegawai);
            var tmtJabatan = new DateOnly(acak.Next(2019, 2025), acak.Next(1, 13), 1);
            Pasti(pegawai.TetapkanPadaJabatan(jabatan, JenisPemangkuan.Definitif, tmtJabatan,
                $"800.1.3.3/{acak.Next(10, 999)}/BKPSDM/{tmtJabatan.Year}", [], akhiriJabatanSebelumnya: false));
            if (peran is not null)
            {
                demo[peran] = pegawai;
            }
        }

        return demo;
    }

    private static string? PeranDemo(Jabatan jabatan, PerangkatDaerah pd, Dictionary<string, Pegawai> sudah)
    {
        string? peran = pd.Singkatan switch
        {
            "BKPSDM" when jabatan.Nama == "Analis Sumber Daya Manusia Aparatur" => "admin",
            "INSPEKTORAT" when jabatan.Nama == "Auditor" => "auditor",
            "SETDA" when jabatan.MemimpinUnit && jabatan.Nama == "Sekretaris Daerah" => "sekda",
            "DISKOMINFO" when jabatan.MemimpinUnit && jabatan.Nama == "Kepala Bidang Aplikasi Informatika" => "pimpinan",
            "DISKOMINFO" when jabatan.MemimpinUnit && jabatan.Nama == "Kepala Bidang Informasi dan Komunikasi Publik" => "pimpinan2",
            "DISKOMINFO" when jabatan.Jenis == JenisJabatan.Pelaksana => "pegawai",
            _ => null,
        };
        if (peran == "pegawai")
        {
            // The pegawai account sits in the same Bidang as the pimpinan account: the first Pelaksana seen after it.
            return sudah.ContainsKey("pimpinan") && !sudah.ContainsKey("pegawai") ? peran : null;
        }

        return peran is not null && !sudah.ContainsKey(peran) ? peran : null;
    }

    private static readonly string[] NamaDepanL = ["Ahmad", "Muhammad", "Budi", "Rizki", "Hendra", "Agus", "Dedi", "Fajar", "Irfan", "Rahmat", "Yusuf", "Arief", "Bayu", "Taufik", "Hadi", "Syahrul", "Andi", "Eko", "Gusti", "Wahyu", "Noor", "Fauzan", "Ridwan", "Hasan"];
    private static readonly string[] NamaDepanP = ["Siti", "Nur", "Dewi", "Rina", "Fitri", "Lestari", "Wulan", "Aulia", "Rahmah", "Maya", "Indah", "Yuliana", "Ratna", "Sri", "Nurul", "Halimah", "Kartika", "Anisa", "Mariani", "Dian", "Laila", "Zahra"];
    private static readonly string[] NamaBelakang = ["Rahman", "Hidayat", "Saputra", "Santoso", "Wijaya", "Pratama", "Kurniawan", "Setiawan", "Nugroho", "Halim", "Aminah", "Fadillah", "Maulida", "Rahmawati", "Hasanah", "Susanti", "Anshari", "Mahmudah", "Wardani", "Syarifuddin", "Arsyad", "Ramadhani", "Permata", "Yusran"];

    private Pegawai BuatPegawai(PemerintahDaerah pemda, Jabatan jabatan)
    {
        var pppk = jabatan.Jenis is JenisJabatan.Fungsional or JenisJabatan.Pelaksana && !jabatan.MemimpinUnit && acak.Next(100) < 12;
        var status = pppk ? StatusKepegawaian.Pppk : StatusKepegawaian.Pns;
        var (usiaMin, usiaMaks) = jabatan.Jenis switch
        {
            JenisJabatan.JptPratama or JenisJabatan.JptMadya => (45, 58),
            JenisJabatan.Administrator => (40, 57),
            JenisJabatan.Pengawas => (35, 56),
            _ when jabatan.Jenjang is JenjangFungsional.AhliMadya or JenjangFungsional.Penyelia => (38, 58),
            _ => (24, 56),
        };
        var perempuan = acak.Next(2) == 0;
        var lahir = new DateOnly(hariIni.Year - acak.Next(usiaMin, usiaMaks + 1), acak.Next(1, 13), acak.Next(1, 29));
        var tahunTmt = pppk
            ? acak.Next(2021, Math.Min(hariIni.Year, 2025) + 1)
            : Math.Min(lahir.Year + acak.Next(22, 31), hariIni.Year - 1);
        var nip = BuatNip(lahir, tahunTmt, pppk ? 1 : acak.Next(1, 13), perempuan, status);

        var (pendidikan, gelarDepan, gelarBelakang) = Gelar(jabatan);
        var nama = $"{Pilih(perempuan ? NamaDepanP : NamaDepanL)} {Pilih(NamaBelakang)}";
        return Pasti(Pegawai.Daftarkan(pemda.Id, nip, status, nama, gelarDepan, gelarBelakang,
            pppk ? null : Golongan(jabatan, hariIni.Year - tahunTmt),
            pppk ? GolonganPppkUntuk(jabatan) : null,
            pendidikan, null));
    }

    private Nip BuatNip(DateOnly lahir, int tahunTmt, int bulanTmt, bool perempuan, StatusKepegawaian status)
    {
        while (true)
        {
            urutNip = (urutNip % 998) + 1;
            var teks = string.Create(CultureInfo.InvariantCulture, $"{lahir:yyyyMMdd}{tahunTmt:D4}{bulanTmt:D2}{(perempuan ? 2 : 1)}{urutNip:D3}");
            if (nipTerpakai.Add(teks))
            {
                return Pasti(Nip.Parse(teks, status, hariIni));
            }
        }
    }

    private (Pendidikan, string, string) Gelar(Jabatan jabatan)
    {
        if (jabatan.Nama.StartsWith("Dokter", StringComparison.Ordinal) || jabatan.Nama.Contains("(Dokter)", StringComparison.Ordinal))
        {
            return (Pendidikan.S1, jabatan.Nama.StartsWith("Dokter Gigi", StringComparison.Ordinal) ? "drg." : "dr.", acak.Next(3) == 0 ? "M.Kes." : "");
        }

        if (jabatan.Jenis == JenisJabatan.Pelaksana)
        {
            return acak.Next(3) switch
            {
                0 => (Pendidikan.SMA, "", ""),
                1 => (Pendidikan.D3, "", "A.Md."),
                _ => (Pendidikan.S1, "", Pilih(["S.E.", "S.Kom.", "S.Sos.", "S.H.", "S.AP."])),
            };
        }

        if (jabatan.Kategori == KategoriFungsional.Keterampilan)
        {
            return (Pendidikan.D3, "", jabatan.Nama switch
            {
                "Perawat" => "A.Md.Kep.",
                "Bidan" => "A.Md.Keb.",
                _ => "A.Md.",
            });
        }

        var s1 = jabatan.Nama switch
        {
            "Guru" or "Kepala Sekolah (Guru)" => "S.Pd.",
            "Perawat" => "S.Kep., Ners",
            "Apoteker" => "S.Farm., Apt.",
            "Auditor" => "S.Ak.",
            _ => Pilih(["S.E.", "S.T.", "S.Kom.", "S.Sos.", "S.H.", "S.IP."]),
        };
        var s2 = jabatan.Jenis.Struktural() || jabatan.Jenjang == JenjangFungsional.AhliMadya ? acak.Next(3) != 0 : acak.Next(6) == 0;
        return s2 ? (Pendidikan.S2, "", s1 + ", " + Pilih(["M.Si.", "M.M.", "M.AP.", "M.T."])) : (Pendidikan.S1, "", s1);
    }

    private GolonganRuang Golongan(Jabatan jabatan, int masaKerja)
    {
        GolonganRuang[] pilihan = jabatan.Jenis switch
        {
            JenisJabatan.JptMadya or JenisJabatan.JptPratama => [GolonganRuang.IVC, GolonganRuang.IVD],
            JenisJabatan.Administrator => [GolonganRuang.IVA, GolonganRuang.IVB],
            JenisJabatan.Pengawas => [GolonganRuang.IIIC, GolonganRuang.IIID, GolonganRuang.IVA],
            JenisJabatan.Pelaksana => masaKerja < 8 ? [GolonganRuang.IIA, GolonganRuang.IIB, GolonganRuang.IIIA] : [GolonganRuang.IIC, GolonganRuang.IIIA, GolonganRuang.IIIB],
            _ => jabatan.Jenjang switch
            {
                JenjangFungsional.AhliPertama => [GolonganRuang.IIIA, GolonganRuang.IIIB],
                JenjangFungsional.AhliMuda => [GolonganRuang.IIIC, GolonganRuang.IIID],
                JenjangFungsional.AhliMadya => [GolonganRuang.IVA, GolonganRuang.IVB, GolonganRuang.IVC],
                JenjangFungsional.AhliUtama => [GolonganRuang.IVD, GolonganRuang.IVE],
                JenjangFungsional.Pemula => [GolonganRuang.IIA],
                JenjangFungsional.Terampil => [GolonganRuang.IIB, GolonganRuang.IIC, GolonganRuang.IID],
                JenjangFungsional.Mahir => [GolonganRuang.IIIA, GolonganRuang.IIIB],
                _ => [GolonganRuang.IIIC, GolonganRuang.IIID],
            },
        };
        return Pilih(pilihan);
    }

    private static GolonganPppk GolonganPppkUntuk(Jabatan jabatan) => jabatan.Jenjang switch
    {
        JenjangFungsional.AhliPertama => GolonganPppk.IX,
        JenjangFungsional.AhliMuda => GolonganPppk.XI,
        JenjangFungsional.AhliMadya => GolonganPppk.XIII,
        JenjangFungsional.Terampil => GolonganPppk.VII,
        JenjangFungsional.Mahir => GolonganPppk.VIII,
        JenjangFungsional.Penyelia => GolonganPppk.IX,
        _ => GolonganPppk.V,
    };

    private async Task BuatAkunAsync(Dictionary<string, Pegawai> pegawaiDemo, CancellationToken ct)
    {
        foreach (var peran in Peran.DapatDitetapkan)
        {
            if (!await roles.RoleExistsAsync(peran))
            {
                PastiIdentity(await roles.CreateAsync(new IdentityRole<Guid>(peran) { Id = Guid.CreateVersion7() }));
            }
        }

        foreach (var akun in Akun)
        {
            ct.ThrowIfCancellationRequested();
            var pegawai = pegawaiDemo[akun.NamaPengguna];
            var pengguna = new Pengguna
            {
                Id = Guid.CreateVersion7(),
                UserName = akun.NamaPengguna,
                NamaTampilan = pegawai.NamaLengkap,
                PegawaiId = pegawai.Id,
                LockoutEnabled = true,
            };
            PastiIdentity(await users.CreateAsync(pengguna, akun.KataSandi));
            PastiIdentity(await users.AddToRolesAsync(pengguna, akun.Peran));
        }
    }

    private T Pilih<T>(IReadOnlyList<T> daftar) => daftar[acak.Next(daftar.Count)];

    private static T Pasti<T>(Result<T> hasil) =>
        hasil.Berhasil ? hasil.Nilai : throw new InvalidOperationException("Demo seed broke a domain rule: " + string.Join("; ", hasil.Errors.Select(e => e.Pesan)));

    private static void PastiIdentity(IdentityResult hasil)
    {
        if (!hasil.Succeeded)
        {
            throw new InvalidOperationException("Demo seed: " + string.Join("; ", hasil.Errors.Select(e => e.Description)));
        }
    }
}
