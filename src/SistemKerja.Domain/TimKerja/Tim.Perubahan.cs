using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.TimKerja;

/// <summary>One person as the decree in force lists them, kept whole so that an abandoned amendment can put them back.</summary>
public sealed record SalinanPersonel(Guid Id, ProfilPersonel Profil, PeranTim Peran, CakupanTim Cakupan, int AlokasiPersen, bool PenuhWaktu,
    JenisPelibatan? JenisPelibatan, Guid? PelibatanId);

/// <summary>The team as the decree in force set it: particulars, officials, the ketua context and the personnel.</summary>
public sealed record SalinanTim(RincianTim Rincian, SusunanPimpinanTim Pimpinan, bool StrukturMasihMemilikiPengawas, AlasanPenunjukanKetua AlasanKetua,
    IReadOnlyList<SalinanPersonel> Personel);

/// <summary>An amendment being drafted: why, who opened it, when, and the team as its decree set it.</summary>
public sealed record PerubahanTim(string Alasan, Guid DimulaiOlehPegawaiId, DateTimeOffset DimulaiPada, SalinanTim Semula);

/// <summary>A person's role changed by the amendment ("Budi: Anggota Tim → Ketua Tim").</summary>
public sealed record PeranBerubah(string Sebutan, PeranTim Dari, PeranTim Ke);

/// <summary>
/// What the amendment changes against the decree in force: who joins, who leaves, whose role or time share changes, and
/// which particulars (<see cref="RincianBerubah"/>: "nama", "tugas", "sasaran", "jenis tugas", "masa kerja", "program strategis").
/// </summary>
public sealed record PerbedaanTim(
    IReadOnlyList<(string Sebutan, PeranTim Peran)> Masuk,
    IReadOnlyList<(string Sebutan, PeranTim Peran)> Keluar,
    IReadOnlyList<PeranBerubah> Peran,
    IReadOnlyList<string> AlokasiBerubah,
    IReadOnlyList<string> RincianBerubah)
{
    public bool Ada => Masuk.Count + Keluar.Count + Peran.Count + AlokasiBerubah.Count + RincianBerubah.Count > 0;
}

/// <summary>
/// Amending a team that is set ([P], DOMAIN.md §15 Q-5 for penugasan, applied to teams; the decree is changed by a decree of the
/// same kind, "Perubahan atas Keputusan …"): the PUO opens the amendment with a reason, changes the particulars or personnel
/// with the same rules as a draft, and the official whose authority matches the (possibly wider) scope sets the amending
/// decree. Until then the decree in force governs; the PUO may abandon the amendment, which puts the team back as it was.
/// </summary>
public sealed partial class Tim
{
    /// <summary>The amendment being drafted, or null.</summary>
    public PerubahanTim? Perubahan { get; private set; }

    /// <summary>[P] The PUO pemilik kinerja (or the PPK) opens an amendment of a set team, with a reason.</summary>
    public Result MulaiPerubahan(Guid pegawaiId, string? alasan, DateTimeOffset waktu)
    {
        var cek = Periksa(AksiTim.MulaiPerubahan, new PerubahanTimWajibDisertaiAlasan(alasan));
        if (cek.Berhasil)
        {
            Perubahan = new PerubahanTim(alasan!.Trim(), pegawaiId, waktu, Salin());
            Status = TransisiTim.Tujuan(Status, AksiTim.MulaiPerubahan)!.Value;
        }

        return cek;
    }

    /// <summary>Abandons the amendment: the particulars and personnel return to what the decree in force says.</summary>
    public Result BatalkanPerubahan()
    {
        var cek = Periksa(AksiTim.BatalkanPerubahan);
        if (cek.Berhasil)
        {
            Pulihkan();
            Status = TransisiTim.Tujuan(Status, AksiTim.BatalkanPerubahan)!.Value;
        }

        return cek;
    }

    /// <summary>
    /// The scope the signer's authority is checked against (V-TIM-06): the team's, and while an amendment is drafted never
    /// narrower than that of the decree it amends, since a decree is changed by an authority at least as high as the one that
    /// set it (INHIL `003_a712a2c678725951.txt` Ps 9(2)c: a team set by Keputusan Bupati is not amended by its PUO).
    /// </summary>
    public CakupanTim CakupanPenetapan => Perubahan is not null && Keputusan is { } berlaku && berlaku.Cakupan > Cakupan ? berlaku.Cakupan : Cakupan;

    /// <summary>
    /// The officials who may set this team's decree in the region (<c>timKerja.decreeAuthority</c> for <see cref="CakupanPenetapan"/>);
    /// an amendment of a Keputusan Kepala Daerah is again the Kepala Daerah's.
    /// </summary>
    public IReadOnlyList<PejabatPenetapTim> PejabatBerwenang(KebijakanTimKerja k)
    {
        var strategis = ProgramStrategisLintasPerangkatDaerah || (Perubahan?.Semula.Rincian.ProgramStrategisLintasPerangkatDaerah ?? false);
        var berwenang = k.Penetap.Untuk(CakupanPenetapan, strategis);
        return Perubahan is not null && Keputusan?.DicatatOleh is not null && berwenang.Contains(PejabatPenetapTim.KepalaDaerah)
            ? [PejabatPenetapTim.KepalaDaerah]
            : berwenang;
    }

    /// <summary>
    /// The team as its forming decree named it, which every amendment cites: kept with the decree, else (a decree stored before
    /// that) the name the decree in force set, else today's.
    /// </summary>
    public string SebutanPembentukan => Keputusan?.NamaTimPembentukan ?? Sebutan(Perubahan?.Semula.Rincian.Nama ?? Nama);

    /// <summary>What the amendment being drafted changes; null when none is.</summary>
    public PerbedaanTim? PerbedaanPerubahan() => Perubahan is { } p ? Bandingkan(p.Semula) : null;

    private SalinanTim Salin() => new(
        new RincianTim(Nama, [.. tugas], Sasaran, SatuanSasaran, JenisTugas, TanggalMulai, TanggalSelesai, ProgramStrategisLintasPerangkatDaerah),
        Pimpinan, StrukturMasihMemilikiPengawas, AlasanKetua,
        [.. personel.Select(p => new SalinanPersonel(p.Id, p.Profil, p.Peran, p.Cakupan, p.AlokasiPersen, p.PenuhWaktu, p.JenisPelibatan, p.PelibatanId))]);

    /// <summary>Puts the team back as <see cref="Perubahan"/> recorded it; people kept keep their row, the others are re-created with their id.</summary>
    private void Pulihkan()
    {
        if (Perubahan is not { } p)
        {
            return;
        }

        var s = p.Semula;
        Nama = s.Rincian.Nama;
        tugas = [.. s.Rincian.Tugas];
        Sasaran = s.Rincian.Sasaran;
        SatuanSasaran = s.Rincian.SatuanSasaran;
        JenisTugas = s.Rincian.JenisTugas;
        TanggalMulai = s.Rincian.TanggalMulai;
        TanggalSelesai = s.Rincian.TanggalSelesai;
        ProgramStrategisLintasPerangkatDaerah = s.Rincian.ProgramStrategisLintasPerangkatDaerah;
        Pimpinan = s.Pimpinan;
        StrukturMasihMemilikiPengawas = s.StrukturMasihMemilikiPengawas;
        AlasanKetua = s.AlasanKetua;

        personel.RemoveAll(x => !s.Personel.Any(y => y.Id == x.Id));
        foreach (var salinan in s.Personel)
        {
            if (personel.SingleOrDefault(x => x.Id == salinan.Id) is { } ada)
            {
                ada.Pulihkan(salinan);
            }
            else
            {
                personel.Add(PersonelTim.Dari(salinan));
            }
        }

        Perubahan = null;
    }

    private PerbedaanTim Bandingkan(SalinanTim semula)
    {
        var masuk = personel.Where(p => !semula.Personel.Any(s => s.Profil.OrangYangSama(p.Profil))).Select(p => (p.Profil.Sebutan, p.Peran)).ToList();
        var keluar = semula.Personel.Where(s => !personel.Any(p => s.Profil.OrangYangSama(p.Profil))).Select(s => (s.Profil.Sebutan, s.Peran)).ToList();
        var tetap = semula.Personel.Select(s => (Semula: s, Kini: personel.FirstOrDefault(p => s.Profil.OrangYangSama(p.Profil)))).Where(x => x.Kini is not null).ToList();
        var peran = tetap.Where(x => x.Semula.Peran != x.Kini!.Peran).Select(x => new PeranBerubah(x.Kini!.Profil.Sebutan, x.Semula.Peran, x.Kini.Peran)).ToList();
        var alokasi = tetap.Where(x => x.Semula.AlokasiPersen != x.Kini!.AlokasiPersen || x.Semula.PenuhWaktu != x.Kini.PenuhWaktu)
            .Select(x => $"{x.Kini!.Profil.Nama}: {x.Semula.AlokasiPersen}% → {x.Kini.AlokasiPersen}%").ToList();

        var r = semula.Rincian;
        var rincian = new List<string>();
        void Jika(bool berubah, string apa)
        {
            if (berubah)
            {
                rincian.Add(apa);
            }
        }

        Jika(r.Nama != Nama, "nama");
        Jika(!r.Tugas.SequenceEqual(tugas), "tugas");
        Jika(r.Sasaran != Sasaran || r.SatuanSasaran != SatuanSasaran, "sasaran");
        Jika(r.JenisTugas != JenisTugas, "jenis tugas");
        Jika(r.TanggalMulai != TanggalMulai || r.TanggalSelesai != TanggalSelesai, "masa kerja");
        Jika(r.ProgramStrategisLintasPerangkatDaerah != ProgramStrategisLintasPerangkatDaerah, "program strategis");
        return new PerbedaanTim(masuk, keluar, peran, alokasi, rincian);
    }
}

public sealed class PerubahanTimWajibDisertaiAlasan(string? alasan) : IBusinessRule
{
    public string Pesan => string.IsNullOrWhiteSpace(alasan)
        ? "Perubahan Tim Kerja wajib disertai alasan; alasan itu menjadi pertimbangan keputusan perubahan."
        : $"Alasan perubahan paling banyak {Tim.PanjangAlasan} karakter.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(alasan) || alasan.Trim().Length > Tim.PanjangAlasan;
}

/// <summary>An amending decree that changes nothing is not issued: abandon the amendment instead.</summary>
public sealed class PerubahanTimHarusMengubahSesuatu(PerbedaanTim? perbedaan) : IBusinessRule
{
    public string Pesan => "Belum ada yang diubah dibandingkan keputusan yang berlaku; ubah susunan atau rincian tim, atau batalkan perubahan.";

    public bool Dilanggar() => perbedaan is { Ada: false };
}
