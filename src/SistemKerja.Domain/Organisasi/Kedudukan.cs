using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.Organisasi;

/// <summary>
/// Where a JF/Pelaksana position sits: the position of its Pejabat Penilai Kinerja (atasan langsung), from a date
/// (DOMAIN.md §5 item 1). Kept as history: a new kedudukan ends the previous one the day before, so "who was the PPK of
/// X on 1 March?" is answerable. Without a kedudukan the PPK follows the structure (§4.7, §4.8).
/// </summary>
public sealed class Kedudukan : AggregateRoot
{
    public const int PanjangNomorSk = 100;
    public const int PanjangDasarDelegasi = 300;

    private Kedudukan(Guid id, Guid jabatanId, Guid atasanJabatanId, DateOnly berlakuMulai, string nomorSk, string? dasarDelegasi)
        : base(id)
    {
        JabatanId = jabatanId;
        AtasanJabatanId = atasanJabatanId;
        BerlakuMulai = berlakuMulai;
        NomorSk = nomorSk;
        DasarDelegasi = dasarDelegasi;
    }

    /// <summary>The JF or Pelaksana position placed.</summary>
    public Guid JabatanId { get; private set; }

    /// <summary>The position of its Pejabat Penilai Kinerja.</summary>
    public Guid AtasanJabatanId { get; private set; }

    public DateOnly BerlakuMulai { get; private set; }

    /// <summary>Last day in force; null while in force.</summary>
    public DateOnly? BerlakuSampai { get; private set; }

    /// <summary>The decree (Peta Jabatan / SK) that set it.</summary>
    public string NomorSk { get; private set; }

    /// <summary>
    /// Set when the atasan is below Pengawas and assesses by delegation ("pejabat lain yang diberi pendelegasian
    /// kewenangan", PPK definitions in Pasal 1 of every seed): the basis of the delegation.
    /// </summary>
    public string? DasarDelegasi { get; private set; }

    public bool AktifPada(DateOnly tanggal) => BerlakuMulai <= tanggal && (BerlakuSampai is null || tanggal <= BerlakuSampai);

    /// <param name="rantaiAtasan">Positions above <paramref name="atasan"/> through the kedudukan in force (for the cycle check).</param>
    /// <param name="sebelumnya">The kedudukan of <paramref name="jabatan"/> in force now, if any; it ends the day before.</param>
    public static Result<Kedudukan> Tetapkan(
        Jabatan jabatan, Jabatan atasan, DateOnly berlakuMulai, string nomorSk, string? dasarDelegasi,
        KebijakanDaerah kebijakan, bool atasanDalamPerangkatDaerahYangSamaAtauInduk,
        IReadOnlyCollection<Guid> rantaiAtasan, Kedudukan? sebelumnya, JenisPerangkatDaerah? jenisPerangkatDaerah = null, bool atasanPengawasLevel3 = false,
        DateOnly? berlakuSampai = null)
    {
        var delegasi = string.IsNullOrWhiteSpace(dasarDelegasi) ? null : dasarDelegasi.Trim();
        var cek = Result.Periksa(
            new MasaKedudukanHarusValid(berlakuMulai, berlakuSampai),
            new KedudukanHanyaUntukFungsionalDanPelaksana(jabatan),
            new PejabatPenilaiKinerjaPalingRendahPengawas(atasan, delegasi),
            new KedudukanTidakBolehMelingkar(jabatan, atasan, rantaiAtasan),
            new AtasanHarusDariPerangkatDaerahYangSamaAtauInduk(atasanDalamPerangkatDaerahYangSamaAtauInduk),
            new JenjangHarusSesuaiTingkatPejabatPenilai(jabatan, atasan, kebijakan, jenisPerangkatDaerah),
            new KedudukanBaruSetelahKedudukanSebelumnya(sebelumnya, berlakuMulai),
            new PengawasLevel3BukanPejabatPenilai(kebijakan, atasanPengawasLevel3));
        if (cek.Gagal)
        {
            return Result<Kedudukan>.Fail(cek.Errors);
        }

        sebelumnya?.BerlakuSampai = berlakuMulai.AddDays(-1);
        return new Kedudukan(Guid.CreateVersion7(), jabatan.Id, atasan.Id, berlakuMulai, nomorSk.Trim(), delegasi) { BerlakuSampai = berlakuSampai };
    }
}

/// <summary>Kedudukan places Pejabat Fungsional and Pelaksana (DOMAIN.md §5 item 1; `000_f720e179c5bde346.txt` Ps 7(1)).</summary>
public sealed class KedudukanHanyaUntukFungsionalDanPelaksana(Jabatan jabatan) : IBusinessRule
{
    public string Pesan => "Kedudukan hanya ditetapkan untuk Jabatan Fungsional dan Pelaksana.";

    public bool Dilanggar() => jabatan.Jenis is not (JenisJabatan.Fungsional or JenisJabatan.Pelaksana)
        || (jabatan.Jenis == JenisJabatan.Fungsional && jabatan.MemimpinUnit);
}

/// <summary>
/// V-KED-01: the PPK is a JPT, Administrator or Pengawas, or a JF leading a unit kerja mandiri, or an official with a
/// delegation (PPK definitions in Pasal 1: `000_f720e179c5bde346.txt` Ps 1, `004_af01d94e9933b5a2.txt` Ps 1; Ps 7(2) HSU).
/// </summary>
public sealed class PejabatPenilaiKinerjaPalingRendahPengawas(Jabatan atasan, string? dasarDelegasi) : IBusinessRule
{
    public string Pesan => "Pejabat Penilai Kinerja paling rendah Pejabat Pengawas atau pejabat yang diberi pendelegasian kewenangan (isi dasar pendelegasian).";

    public bool Dilanggar() => !PenentuPejabatPenilai.DapatMenjadiPejabatPenilai(atasan.Jenis, atasan.MemimpinUnit) && dasarDelegasi is null;
}

/// <summary>Following the kedudukan upward must never come back to the same position.</summary>
public sealed class KedudukanTidakBolehMelingkar(Jabatan jabatan, Jabatan atasan, IReadOnlyCollection<Guid> rantaiAtasan) : IBusinessRule
{
    public string Pesan => $"\"{atasan.NamaLengkap}\" berada di bawah \"{jabatan.NamaLengkap}\" (langsung atau tidak langsung); kedudukan tidak boleh melingkar.";

    public bool Dilanggar() => atasan.Id == jabatan.Id || rantaiAtasan.Contains(jabatan.Id);
}

public sealed class AtasanHarusDariPerangkatDaerahYangSamaAtauInduk(bool sama) : IBusinessRule
{
    public string Pesan => "Pejabat Penilai Kinerja harus dari Perangkat Daerah yang sama (atau Perangkat Daerah induknya).";

    public bool Dilanggar() => !sama;
}

/// <summary>
/// V-KED-04, INHIL: the JF jenjang decides the level of the PPK (`003_a712a2c678725951.txt` Lampiran B.1.a.1)–10)):
/// ahli madya (and [P] ahli utama) under a JPT; ahli muda under an Administrator; ahli pertama, keterampilan and
/// Pelaksana under an Administrator or a Pengawas; anyone under a JF who leads a unit kerja mandiri (Ps 7(3)). Applies only
/// where the region's policy says so.
/// </summary>
public sealed class JenjangHarusSesuaiTingkatPejabatPenilai(Jabatan jabatan, Jabatan atasan, KebijakanDaerah kebijakan, JenisPerangkatDaerah? jenisPerangkatDaerah = null) : IBusinessRule
{
    public string Pesan => jabatan.Jenjang switch
    {
        JenjangFungsional.AhliMadya or JenjangFungsional.AhliUtama => "JF jenjang Ahli Madya/Utama berkedudukan di bawah Pejabat Pimpinan Tinggi Pratama.",
        JenjangFungsional.AhliMuda => "JF jenjang Ahli Muda berkedudukan di bawah Pejabat Administrator.",
        _ => "JF Ahli Pertama, JF keterampilan dan Pelaksana berkedudukan di bawah Pejabat Administrator atau Pejabat Pengawas.",
    };

    public bool Dilanggar() => kebijakan.ModelPejabatPenilaiKinerja == ModelPejabatPenilaiKinerja.BerjenjangMenurutJenjangJf
        && !PenentuPejabatPenilai.SesuaiPitaJenjang(jabatan, atasan, jenisPerangkatDaerah);
}

/// <summary>V-KED-08, TRK (`002_d52b46878c9378dd.txt` Lampiran A.1)b)2): a level-3 Pengawas coordinates, and does not assess.</summary>
public sealed class PengawasLevel3BukanPejabatPenilai(KebijakanDaerah kebijakan, bool atasanPengawasLevel3) : IBusinessRule
{
    public string Pesan => "Pejabat Pengawas pada unit ini berperan sebagai pelaksana koordinasi, bukan Pejabat Penilai Kinerja.";

    public bool Dilanggar() => kebijakan.PengawasLevel3SebagaiKoordinator && atasanPengawasLevel3;
}

/// <summary>
/// A kedudukan may end on a set day (a delegation of the PPK's authority for a period); after it the PPK follows the
/// structure again. The end is not before the start.
/// </summary>
public sealed class MasaKedudukanHarusValid(DateOnly mulai, DateOnly? sampai) : IBusinessRule
{
    public string Pesan => "Tanggal berakhir kedudukan/pendelegasian tidak boleh sebelum tanggal berlaku.";

    public bool Dilanggar() => sampai is { } s && s < mulai;
}

public sealed class KedudukanBaruSetelahKedudukanSebelumnya(Kedudukan? sebelumnya, DateOnly berlakuMulai) : IBusinessRule
{
    public string Pesan => "Tanggal berlaku kedudukan baru harus sesudah tanggal berlaku kedudukan sebelumnya.";

    public bool Dilanggar() => sebelumnya is not null && berlakuMulai <= sebelumnya.BerlakuMulai;
}
