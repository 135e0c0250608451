using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.TimKerja;

/// <summary>T9 "Rating Hasil Kerja" scale (`004_af01d94e9933b5a2.txt` Lampiran II format 7).</summary>
public enum RatingKinerja
{
    DiatasEkspektasi,
    SesuaiEkspektasi,
    DibawahEkspektasi,
}

/// <summary>T9 "Prilaku [sic] Kerja Pegawai" aspects, in the form's order.</summary>
public enum AspekPerilakuKerja
{
    BerorientasiPelayanan,
    Akuntabel,
    Kompeten,
    Harmonis,
    Loyal,
    Adaptif,
    Kolaboratif,
}

/// <summary>T9 "Predikat" scale.</summary>
public enum PredikatKinerja
{
    SangatBaik,
    Baik,
    ButuhPerbaikan,
    Kurang,
    SangatKurang,
}

public enum StatusRekomendasi
{
    Draf,

    /// <summary>Signed by the team's Pejabat Penilai Kinerja and sent to the member's own PPK; immutable.</summary>
    Dikirim,
}

public sealed record PenilaianPerilaku(AspekPerilakuKerja Aspek, RatingKinerja Rating);

/// <summary>What the form records. Nullable so that a missing rating is a rule, not a crash.</summary>
public sealed record IsiRekomendasi(RatingKinerja? HasilKerja, IReadOnlyDictionary<AspekPerilakuKerja, RatingKinerja> PerilakuKerja, PredikatKinerja? Predikat, string? Catatan = null);

/// <summary>
/// The Rekomendasi Penilaian Kinerja for a member who came from another unit (DOMAIN.md §9.4, template T9, SBS
/// `004_af01d94e9933b5a2.txt` Lampiran II format 7; feeds the Ketua's duty to report members' results to their PPK, §8.4).
/// Drafted by the ketua or the team's PPK/PUO, signed and sent by the team's PPK/PUO to the member's own PPK, once per period.
/// The application does not compute the SKP rating itself (§9.3 [P]).
/// </summary>
public sealed class RekomendasiPenilaianKinerja : AggregateRoot
{
    public const int PanjangCatatan = 2000;

    private List<PenilaianPerilaku> perilakuKerja = [];

    /// <summary>For EF Core materialisation only.</summary>
    private RekomendasiPenilaianKinerja()
        : base(Guid.Empty)
    {
        NamaPegawai = PejabatPenilaiAsal = null!;
    }

    private RekomendasiPenilaianKinerja(Guid id, Tim tim, PersonelTim personel, DateOnly mulai, DateOnly selesai, PejabatTim pejabatPenilaiAsal, Guid penyusun, DateTimeOffset waktu)
        : base(id)
    {
        TimId = tim.Id;
        PersonelId = personel.Id;
        PegawaiId = personel.PegawaiId!.Value;
        NamaPegawai = personel.Profil.Nama;
        PeriodeMulai = mulai;
        PeriodeSelesai = selesai;
        PejabatPenilaiAsalJabatanId = pejabatPenilaiAsal.JabatanId;
        PejabatPenilaiAsal = pejabatPenilaiAsal.NamaJabatan;
        DisusunOlehPegawaiId = penyusun;
        DisusunPada = waktu;
        Status = StatusRekomendasi.Draf;
    }

    public Guid TimId { get; private set; }

    public Guid PersonelId { get; private set; }

    public Guid PegawaiId { get; private set; }

    public string NamaPegawai { get; private set; }

    /// <summary>"PERIODE PENILAIAN: 3 JANUARI SD 30 DESEMBER 2022".</summary>
    public DateOnly PeriodeMulai { get; private set; }

    public DateOnly PeriodeSelesai { get; private set; }

    public RatingKinerja HasilKerja { get; private set; }

    public IReadOnlyList<PenilaianPerilaku> PerilakuKerja => perilakuKerja;

    public PredikatKinerja Predikat { get; private set; }

    public string? Catatan { get; private set; }

    /// <summary>The member's own PPK, to whom it is sent (resolved by the caller at the date).</summary>
    public Guid PejabatPenilaiAsalJabatanId { get; private set; }

    public string PejabatPenilaiAsal { get; private set; }

    public Guid DisusunOlehPegawaiId { get; private set; }

    public DateTimeOffset DisusunPada { get; private set; }

    public StatusRekomendasi Status { get; private set; }

    public Guid? DikirimOlehPegawaiId { get; private set; }

    public Guid? DikirimOlehJabatanId { get; private set; }

    public DateTimeOffset? DikirimPada { get; private set; }

    public static Result<RekomendasiPenilaianKinerja> Susun(Tim tim, Guid personelId, DateOnly mulai, DateOnly selesai, IsiRekomendasi isi, PejabatTim pejabatPenilaiAsal,
        Guid penyusunPegawaiId, IReadOnlyCollection<Guid> jabatanDipegang, IReadOnlyCollection<RekomendasiPenilaianKinerja> sebelumnya, DateTimeOffset waktu)
    {
        var status = Result.Periksa(new AksiTimSesuaiStatus(tim.Status, AksiTim.SusunRekomendasi));
        var personel = tim.Personel.SingleOrDefault(p => p.Id == personelId);
        if (status.Gagal || personel is null)
        {
            return status.Gagal ? Result<RekomendasiPenilaianKinerja>.Fail(status.Errors) : Error.TidakDitemukan("Personel tim");
        }

        if (!BolehMenyusun(tim, penyusunPegawaiId, jabatanDipegang))
        {
            return Error.Terlarang("Rekomendasi penilaian kinerja diisi oleh ketua tim atau Pejabat Penilai Kinerja tim.");
        }

        var cek = Result.Periksa(
            new RekomendasiHanyaUntukPersonelDariUnitLain(personel),
            new PenyusunTidakMenilaiDiriSendiri(personel, penyusunPegawaiId),
            new PeriodePenilaianHarusDalamMasaTim(mulai, selesai, tim),
            new RekomendasiSekaliPerPeriode(sebelumnya, tim.Id, personelId, mulai, selesai),
            new PejabatPenilaiAsalWajibDiketahui(pejabatPenilaiAsal),
            new RatingPenilaianWajibLengkap(isi));
        if (cek.Gagal)
        {
            return Result<RekomendasiPenilaianKinerja>.Fail(cek.Errors);
        }

        var r = new RekomendasiPenilaianKinerja(Guid.CreateVersion7(), tim, personel, mulai, selesai, pejabatPenilaiAsal, penyusunPegawaiId, waktu);
        r.Isi(isi);
        return r;
    }

    /// <summary>Changes the ratings while still a draft.</summary>
    public Result Ubah(Tim tim, IsiRekomendasi isi, Guid pegawaiId, IReadOnlyCollection<Guid> jabatanDipegang)
    {
        if (tim.Id != TimId || !BolehMenyusun(tim, pegawaiId, jabatanDipegang))
        {
            return Error.Terlarang("Rekomendasi penilaian kinerja diisi oleh ketua tim atau Pejabat Penilai Kinerja tim.");
        }

        var cek = Result.Periksa(new RekomendasiMasihDraf(Status), new RatingPenilaianWajibLengkap(isi));
        if (cek.Berhasil)
        {
            Isi(isi);
        }

        return cek;
    }

    /// <summary>T9 is signed "Pejabat Penilai Kinerja": the team's PPK (or, without one, the PUO pemilik kinerja) sends it.</summary>
    public Result Kirim(Tim tim, Guid pegawaiId, IReadOnlyCollection<Guid> jabatanDipegang, DateTimeOffset waktu)
    {
        var penandatangan = JabatanPenandatangan(tim).FirstOrDefault(jabatanDipegang.Contains);
        if (tim.Id != TimId || penandatangan == Guid.Empty)
        {
            return Error.Terlarang("Rekomendasi penilaian kinerja ditandatangani dan dikirim oleh Pejabat Penilai Kinerja tim.");
        }

        var cek = Result.Periksa(new RekomendasiMasihDraf(Status));
        if (cek.Berhasil)
        {
            Status = StatusRekomendasi.Dikirim;
            DikirimOlehPegawaiId = pegawaiId;
            DikirimOlehJabatanId = penandatangan;
            DikirimPada = waktu;
        }

        return cek;
    }

    private static Guid[] JabatanPenandatangan(Tim tim) =>
        tim.Pimpinan.PejabatPenilai is { } ppk ? [ppk.JabatanId, tim.Pimpinan.PimpinanPemilikKinerja.JabatanId] : [tim.Pimpinan.PimpinanPemilikKinerja.JabatanId];

    private static bool BolehMenyusun(Tim tim, Guid pegawaiId, IReadOnlyCollection<Guid> jabatanDipegang) =>
        tim.Ketua?.PegawaiId == pegawaiId || JabatanPenandatangan(tim).Any(jabatanDipegang.Contains);

    private void Isi(IsiRekomendasi isi)
    {
        HasilKerja = isi.HasilKerja!.Value;
        perilakuKerja = [.. isi.PerilakuKerja.OrderBy(p => p.Key).Select(p => new PenilaianPerilaku(p.Key, p.Value))];
        Predikat = isi.Predikat!.Value;
        Catatan = string.IsNullOrWhiteSpace(isi.Catatan) ? null : isi.Catatan.Trim();
    }
}

/// <summary>
/// §9.4, T9 "dalam pelibatan Tim Kerja antar Unit Organisasi": only for a member who came from another unit or PD of this
/// Pemerintah Daerah (a member's own PPK already assesses them; [P] a member of another instansi is reported by letter).
/// </summary>
public sealed class RekomendasiHanyaUntukPersonelDariUnitLain(PersonelTim personel) : IBusinessRule
{
    public string Pesan => "Rekomendasi penilaian kinerja hanya untuk anggota tim yang berasal dari unit organisasi lain di lingkungan pemerintah daerah.";

    public bool Dilanggar() => personel.Cakupan is not (CakupanTim.LintasUnit or CakupanTim.LintasPerangkatDaerah) || personel.PegawaiId is null;
}

public sealed class PenyusunTidakMenilaiDiriSendiri(PersonelTim personel, Guid penyusunPegawaiId) : IBusinessRule
{
    public string Pesan => "Rekomendasi penilaian kinerja tidak dapat disusun untuk diri sendiri; mintalah Pejabat Penilai Kinerja tim menyusunnya.";

    public bool Dilanggar() => personel.PegawaiId == penyusunPegawaiId;
}

/// <summary>The assessment period (T9 "PERIODE PENILAIAN") is valid and covers part of the team's period.</summary>
public sealed class PeriodePenilaianHarusDalamMasaTim(DateOnly mulai, DateOnly selesai, Tim tim) : IBusinessRule
{
    public string Pesan => "Periode penilaian wajib diisi, tanggal selesai tidak boleh sebelum tanggal mulai, dan periode harus mencakup masa kerja tim.";

    public bool Dilanggar() => mulai == default || selesai == default || selesai < mulai || selesai < tim.TanggalMulai || mulai > tim.TanggalSelesai;
}

/// <summary>[P] One recommendation per member, team and assessment period: periods of the same member in the same team do not overlap.</summary>
public sealed class RekomendasiSekaliPerPeriode(IEnumerable<RekomendasiPenilaianKinerja> sebelumnya, Guid timId, Guid personelId, DateOnly mulai, DateOnly selesai) : IBusinessRule
{
    public string Pesan => "Rekomendasi penilaian kinerja untuk anggota ini pada periode tersebut sudah ada.";

    public bool Dilanggar() => sebelumnya.Any(r => r.TimId == timId && r.PersonelId == personelId && r.PeriodeMulai <= selesai && mulai <= r.PeriodeSelesai);
}

public sealed class PejabatPenilaiAsalWajibDiketahui(PejabatTim? pejabat) : IBusinessRule
{
    public string Pesan => "Pejabat Penilai Kinerja asal pegawai belum ditetapkan; rekomendasi tidak dapat dikirim.";

    public bool Dilanggar() => pejabat is null || pejabat.JabatanId == Guid.Empty;
}

/// <summary>T9: the Hasil Kerja rating, a rating for each of the seven Perilaku Kerja aspects, and the predikat.</summary>
public sealed class RatingPenilaianWajibLengkap(IsiRekomendasi isi) : IBusinessRule
{
    public string Pesan => "Rating hasil kerja, rating ketujuh aspek perilaku kerja, dan predikat wajib diisi.";

    public bool Dilanggar() => isi.HasilKerja is null || isi.Predikat is null
        || Enum.GetValues<AspekPerilakuKerja>().Any(a => !isi.PerilakuKerja.ContainsKey(a));
}

public sealed class RekomendasiMasihDraf(StatusRekomendasi status) : IBusinessRule
{
    public string Pesan => "Rekomendasi sudah dikirim dan tidak dapat diubah.";

    public bool Dilanggar() => status != StatusRekomendasi.Draf;
}

public static class PenilaianKinerjaExtensions
{
    /// <summary>As printed in T9 (the seed's "Dibawah Eskpektasi" typo [!] is not reproduced).</summary>
    public static string Label(this RatingKinerja rating) => rating switch
    {
        RatingKinerja.DiatasEkspektasi => "Diatas Ekspektasi",
        RatingKinerja.SesuaiEkspektasi => "Sesuai Ekspektasi",
        RatingKinerja.DibawahEkspektasi => "Dibawah Ekspektasi",
        _ => rating.ToString(),
    };

    public static string Label(this AspekPerilakuKerja aspek) => aspek switch
    {
        AspekPerilakuKerja.BerorientasiPelayanan => "Berorientasi Pelayanan",
        _ => aspek.ToString(),
    };

    public static string Label(this PredikatKinerja predikat) => predikat switch
    {
        PredikatKinerja.SangatBaik => "Sangat Baik",
        PredikatKinerja.ButuhPerbaikan => "Butuh Perbaikan",
        PredikatKinerja.SangatKurang => "Sangat Kurang",
        _ => predikat.ToString(),
    };
}
