using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Domain.Tests;

/// <summary>Builders for valid domain objects, so that each test only spells out what it is about.</summary>
internal static class DataUji
{
    /// <summary>A fixed "today" so that NIP date checks do not drift with the calendar.</summary>
    public static readonly DateOnly HariIni = new(2026, 11, 22);

    /// <summary>NIP printed in 001_75f6c752ea8be86f.txt (MUBA Surat Tugas templates).</summary>
    public const string NipMuba = "198007151999032003";

    /// <summary>NIP printed in 003_a712a2c678725951.txt under "Pembina Tingkat I (IV/b)".</summary>
    public const string NipInhil = "197804062005011009";

    /// <summary>NIP printed in 004_af01d94e9933b5a2.txt.</summary>
    public const string NipSambas = "197805062005021004";

    public static PemerintahDaerah BuatPemda(PresetRegulasi preset = PresetRegulasi.HuluSungaiUtara) =>
        PemerintahDaerah.Bentuk(
            "Kabupaten Hulu Sungai Utara",
            JenisDaerah.Kabupaten,
            "Amuntai",
            "Peraturan Bupati Hulu Sungai Utara Nomor 4 Tahun 2025",
            preset);

    public static PerangkatDaerah BuatPd(
        PemerintahDaerah pemda,
        JenisPerangkatDaerah jenis = JenisPerangkatDaerah.Dinas,
        TipeOrganisasi? tipe = null,
        PerangkatDaerah? induk = null,
        string nama = "Dinas Pendidikan")
    {
        var hasil = PerangkatDaerah.Bentuk(pemda, jenis, tipe, nama, "DISDIK", "Jl. Basuki Rahmat No. 1", induk);
        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        return hasil.Nilai;
    }

    public static UnitOrganisasi BuatUnitAkar(string namaPd = "Dinas Pendidikan") =>
        UnitOrganisasi.BuatAkar(BuatPd(BuatPemda(), nama: namaPd));

    public static Jabatan BuatJabatan(
        UnitOrganisasi unit,
        JenisJabatan jenis = JenisJabatan.Pelaksana,
        JenjangFungsional? jenjang = null,
        int kelas = 7,
        bool memimpinUnit = false,
        TugasTambahan? tugasTambahan = null,
        string nama = "Pengadministrasi Perkantoran")
    {
        var hasil = Jabatan.Bentuk(unit, nama, jenis, jenjang, kelas, memimpinUnit, tugasTambahan, hasilPenyetaraan: false);
        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        return hasil.Nilai;
    }

    public static Jabatan BuatJabatanKepala(UnitOrganisasi unit, string nama = "Kepala Bidang") =>
        BuatJabatan(unit, JenisJabatan.Administrator, kelas: 11, memimpinUnit: true, nama: nama);

    public static Nip BuatNip(string nilai = NipMuba, StatusKepegawaian status = StatusKepegawaian.Pns)
    {
        var hasil = Nip.Parse(nilai, status, HariIni);
        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        return hasil.Nilai;
    }

    public static Pegawai BuatPegawaiPns(string nip = NipMuba, Guid? pemerintahDaerahId = null)
    {
        var hasil = Pegawai.Daftarkan(
            pemerintahDaerahId ?? Guid.NewGuid(), BuatNip(nip), StatusKepegawaian.Pns, "Siti Aminah", "Dr.", "S.E., M.Si.",
            GolonganRuang.IIIB, null, Pendidikan.S2, "siti.aminah@example.go.id");
        hasil.Berhasil.ShouldBeTrue(hasil.ErrorUtama?.Pesan);
        return hasil.Nilai;
    }
}
