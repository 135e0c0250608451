using SistemKerja.Domain.Common;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Domain.TimKerja;

/// <summary>G16 (INHIL Lampiran C.2, SBS Lampiran I B.2.f): tasks of a budget year, or a target within a set time.</summary>
public enum JenisTugasTim
{
    Rutin,
    Insidental,
}

/// <summary>A position named in the decree; the document prints its holder at the date.</summary>
public sealed record PejabatTim(Guid JabatanId, string NamaJabatan);

/// <summary>What the team is for (§8.1, T1 "Untuk", T8 Lampiran "Sasaran sub kegiatan / Satuan").</summary>
/// <param name="ProgramStrategisLintasPerangkatDaerah">INHIL Ps 9(2)c: a lintas PD team for a strategic programme (set by the Bupati).</param>
public sealed record RincianTim(string Nama, IReadOnlyList<string> Tugas, string? Sasaran, string? SatuanSasaran, JenisTugasTim JenisTugas,
    DateOnly TanggalMulai, DateOnly TanggalSelesai, bool ProgramStrategisLintasPerangkatDaerah = false);

/// <summary>The officials around the team (§8.4).</summary>
/// <param name="PimpinanPemilikKinerja">The PUO pemilik kinerja: arahan, monev; MUBA T1 "Penanggung Jawab Outcome".</param>
/// <param name="PejabatPenilai">The PPK / "pejabat pemilik kinerja" who directs the team (MUBA Ps 12(4), SBS Ps 15(2)); optional.</param>
/// <param name="PenerimaHasil">V-EVA-01: the acceptor of the result per org type (§10.2); the PUO pemilik kinerja when null ([P] §10).</param>
/// <param name="Pengarah">MUBA T2 lampiran I: "Jabatan Pimpinan Tinggi Pemohon".</param>
/// <param name="Penanggungjawab">MUBA T2 lampiran II: "Jabatan Pimpinan Tinggi Penerima".</param>
public sealed record SusunanPimpinanTim(PejabatTim PimpinanPemilikKinerja, PejabatTim? PejabatPenilai = null, PejabatTim? PenerimaHasil = null,
    PejabatTim? Pengarah = null, PejabatTim? Penanggungjawab = null);

/// <summary>A person to put in the team, with their share of working time and, for another unit, the approved pelibatan.</summary>
public sealed record PersonelBaru(ProfilPersonel Profil, int AlokasiPersen, bool PenuhWaktu = false, BuktiPelibatan? Pelibatan = null);

/// <summary>What the ketua rules need besides the person: whether Pengawas remain (HSU Ps 20(3), TRK Ps 12(4)) and the reasons.</summary>
public sealed record KonteksKetua(bool StrukturMasihMemilikiPengawas, AlasanPenunjukanKetua Alasan);

/// <summary>The signer, with the kinds of authority the caller found their position to hold for this team (V-TIM-06).</summary>
/// <param name="DicatatOleh">For a Keputusan Kepala Daerah: the Sekretaris Daerah who recorded it (see <see cref="KepalaDaerah"/>).</param>
public sealed record PenetapKeputusanTim(Guid JabatanId, string NamaJabatan, Guid PegawaiId, string Nama, IReadOnlyCollection<PejabatPenetapTim> Kewenangan,
    string? DicatatOleh = null)
{
    /// <summary>
    /// A Keputusan of the Bupati/Wali Kota (TRK `002_d52b46878c9378dd.txt` Ps 12(7)c lintas instansi; INHIL
    /// `003_a712a2c678725951.txt` Ps 9(2)b–c). The Kepala Daerah is not a pegawai of the peta jabatan, so the Sekretariat
    /// Daerah, which prepares the region's decrees, records the decree the Kepala Daerah signed: the Sekda's position
    /// numbers and administers it, the Kepala Daerah's office and name are printed. Refused while the region has not
    /// recorded who the Kepala Daerah is.
    /// </summary>
    public static Result<PenetapKeputusanTim> KepalaDaerah(string jabatanKepalaDaerah, string? namaKepalaDaerah, Guid jabatanSekdaId, Guid pegawaiSekdaId,
        string namaSekda)
    {
        var cek = Result.Periksa(new NamaKepalaDaerahSudahDicatat(jabatanKepalaDaerah, namaKepalaDaerah));
        return cek.Gagal
            ? Result<PenetapKeputusanTim>.Fail(cek.Errors)
            : new PenetapKeputusanTim(jabatanSekdaId, jabatanKepalaDaerah, pegawaiSekdaId, namaKepalaDaerah!.Trim(), [PejabatPenetapTim.KepalaDaerah], namaSekda);
    }

    public bool OlehKepalaDaerah => DicatatOleh is not null;
}

public sealed class NamaKepalaDaerahSudahDicatat(string jabatanKepalaDaerah, string? nama) : IBusinessRule
{
    public string Pesan => $"Nama {jabatanKepalaDaerah} belum dicatat pada ketentuan daerah; Admin BKPSDM perlu mencatatnya sebelum keputusan ini dapat dicatat.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(nama);
}

/// <summary>
/// The decree as set. The nomor comes with the documents module (like <see cref="SuratTugas"/>). For a Keputusan Kepala
/// Daerah the penetap is the Kepala Daerah's office and name, and the position and pegawai are the Sekda's who recorded it
/// (<see cref="DicatatOleh"/>).
/// </summary>
public sealed record KeputusanTim(Guid PenetapJabatanId, string PenetapJabatan, Guid PenetapPegawaiId, string PenetapNama, CakupanTim Cakupan, DateOnly Tanggal, DateTimeOffset Waktu)
{
    public string? DicatatOleh { get; init; }

    /// <summary>0 for the forming decree; 1, 2, … for each amending decree (<see cref="Tim.Perubahan"/>).</summary>
    public int PerubahanKe { get; init; }

    /// <summary>The reason the PUO gave for the amendment this decree sets.</summary>
    public string? AlasanPerubahan { get; init; }

    /// <summary>The team as the forming decree named it ("Tim Kerja …"), which every amendment cites; null in decrees stored before.</summary>
    public string? NamaTimPembentukan { get; init; }
}
