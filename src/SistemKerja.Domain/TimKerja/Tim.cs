using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Domain.TimKerja;

/// <summary>
/// A Tim Kerja (DOMAIN.md §8): the unit pemilik kinerja, its tasks and target, a period, the officials around it, an optional
/// ketua (K2) and at least one anggota. Composed as a Draf, set by a decree whose signer matches the team's scope, then
/// ended when the acceptor takes its result (Selesai) or dissolved. Personnel from other units come with their approved
/// pelibatan (V-TIM-07).
/// </summary>
public sealed partial class Tim : AggregateRoot
{
    public const int PanjangNama = 200;
    public const int PanjangTugas = 1000;
    public const int PanjangSasaran = 1000;
    public const int PanjangSatuan = 100;
    public const int PanjangAlasan = 1000;

    private readonly List<PersonelTim> personel = [];
    private List<string> tugas = [];

    /// <summary>For EF Core materialisation only.</summary>
    private Tim()
        : base(Guid.Empty)
    {
        Nama = null!;
        Pimpinan = null!;
        AlasanKetua = AlasanPenunjukanKetua.Tanpa;
    }

    private Tim(Guid id, Guid unitPemilikKinerjaId, Guid perangkatDaerahPemilikKinerjaId, Guid dibuatOlehPegawaiId, DateTimeOffset waktu)
        : base(id)
    {
        UnitPemilikKinerjaId = unitPemilikKinerjaId;
        PerangkatDaerahPemilikKinerjaId = perangkatDaerahPemilikKinerjaId;
        DibuatOlehPegawaiId = dibuatOlehPegawaiId;
        DibuatPada = waktu;
        Nama = string.Empty;
        Pimpinan = null!;
        AlasanKetua = AlasanPenunjukanKetua.Tanpa;
        Status = StatusTim.Draf;
    }

    public Guid UnitPemilikKinerjaId { get; private set; }

    public Guid PerangkatDaerahPemilikKinerjaId { get; private set; }

    public string Nama { get; private set; }

    /// <summary>The team as documents name it: "Tim Kerja «nama»", without doubling a leading "Tim" (<see cref="Sebutan"/>).</summary>
    public string SebutanLengkap => Sebutan(Nama);

    /// <summary>
    /// "Tim Kerja «nama»" for a name as the user typed it: "Dasbor Layanan" and "Tim Dasbor Layanan" become "Tim Kerja Dasbor
    /// Layanan"; "Tim Kerja Dasbor Layanan" stays as it is.
    /// </summary>
    public static string Sebutan(string nama)
    {
        var n = nama.Trim();
        return n.StartsWith("Tim Kerja ", StringComparison.OrdinalIgnoreCase) ? n
            : n.StartsWith("Tim ", StringComparison.OrdinalIgnoreCase) ? $"Tim Kerja {n[4..].TrimStart()}"
            : $"Tim Kerja {n}";
    }

    public IReadOnlyList<string> Tugas => tugas;

    public string? Sasaran { get; private set; }

    public string? SatuanSasaran { get; private set; }

    public JenisTugasTim JenisTugas { get; private set; }

    public DateOnly TanggalMulai { get; private set; }

    public DateOnly TanggalSelesai { get; private set; }

    /// <summary>Whether a period (a pelibatan's, V-TIM-07) shares at least a day with the team's masa kerja.</summary>
    public bool BeririsanDenganMasaKerja(DateOnly mulai, DateOnly selesai) => TanggalMulai <= selesai && mulai <= TanggalSelesai;

    public bool ProgramStrategisLintasPerangkatDaerah { get; private set; }

    public SusunanPimpinanTim Pimpinan { get; private set; }

    public StatusTim Status { get; private set; }

    public Guid DibuatOlehPegawaiId { get; private set; }

    public DateTimeOffset DibuatPada { get; private set; }

    public IReadOnlyList<PersonelTim> Personel => personel;

    public PersonelTim? Ketua => personel.SingleOrDefault(p => p.Peran == PeranTim.Ketua);

    public PersonelTim? PenanggungJawabTim => personel.SingleOrDefault(p => p.Peran == PeranTim.PenanggungJawabTim);

    public IReadOnlyList<PersonelTim> Anggota => [.. personel.Where(p => p.Peran == PeranTim.Anggota)];

    /// <summary>The widest origin among the personnel (V-TIM-06); a team of nobody yet is dalam unit.</summary>
    public CakupanTim Cakupan => personel.Count == 0 ? CakupanTim.DalamUnit : personel.Max(p => p.Cakupan);

    /// <summary>Whether Pengawas remained in the structure when the ketua was chosen (stored with the choice).</summary>
    public bool StrukturMasihMemilikiPengawas { get; private set; }

    /// <summary>The PUO's reasons for departing from a preference of the regulation (V-TIM-03/04/05).</summary>
    public AlasanPenunjukanKetua AlasanKetua { get; private set; }

    public KeputusanTim? Keputusan { get; private set; }

    public string? AlasanPembubaran { get; private set; }

    /// <summary>The day the team ended (result accepted or dissolved); its load ends there (<see cref="BebanPegawai"/>).</summary>
    public DateOnly? DiakhiriPada { get; private set; }

    /// <summary>The acceptor of the result (V-EVA-01).</summary>
    public PejabatTim PenerimaHasil => Pimpinan.PenerimaHasil ?? Pimpinan.PimpinanPemilikKinerja;

    public static Result<Tim> Rancang(Guid unitPemilikKinerjaId, Guid perangkatDaerahPemilikKinerjaId, RincianTim rincian, SusunanPimpinanTim pimpinan,
        Guid dibuatOlehPegawaiId, DateTimeOffset waktu)
    {
        var tim = new Tim(Guid.CreateVersion7(), unitPemilikKinerjaId, perangkatDaerahPemilikKinerjaId, dibuatOlehPegawaiId, waktu);
        var hasil = tim.UbahRincian(rincian, pimpinan);
        return hasil.Berhasil ? tim : Result<Tim>.Fail(hasil.Errors);
    }

    public Result UbahRincian(RincianTim rincian, SusunanPimpinanTim pimpinan)
    {
        var cek = Periksa(AksiTim.UbahSusunan, new NamaTimWajibDiisi(rincian.Nama), new PeriodeTimHarusValid(rincian.TanggalMulai, rincian.TanggalSelesai));
        if (cek.Berhasil)
        {
            Nama = rincian.Nama.Trim();
            tugas = [.. rincian.Tugas.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())];
            Sasaran = Rapikan(rincian.Sasaran);
            SatuanSasaran = Rapikan(rincian.SatuanSasaran);
            JenisTugas = rincian.JenisTugas;
            TanggalMulai = rincian.TanggalMulai;
            TanggalSelesai = rincian.TanggalSelesai;
            ProgramStrategisLintasPerangkatDaerah = rincian.ProgramStrategisLintasPerangkatDaerah;
            Pimpinan = pimpinan;
        }

        return cek;
    }

    public Result<PersonelTim> TambahAnggota(PersonelBaru baru, KebijakanTimKerja k) =>
        Tambah(baru, PeranTim.Anggota, k, new JenisJabatanAnggotaSesuaiKetentuan(baru.Profil, k));

    /// <summary>INHIL Ps 8(4): the pejabat administrasi or JF penyetaraan who answers for the team under the PUO.</summary>
    public Result<PersonelTim> TambahPenanggungJawabTim(PersonelBaru baru, KebijakanTimKerja k) =>
        Tambah(baru, PeranTim.PenanggungJawabTim, k, new PenanggungJawabTimHanyaJikaDiaturDaerah(k),
            new PenanggungJawabTimPejabatAdministrasiAtauJfPenyetaraan(baru.Profil), new TimHanyaMemilikiSatuPenanggungJawabTim(PenanggungJawabTim));

    /// <summary>Appoints a person not yet in the team as ketua (K1): the ketua rules of the region apply (V-TIM-02..05).</summary>
    public Result<PersonelTim> TunjukKetua(PersonelBaru baru, KonteksKetua konteks, KebijakanTimKerja k)
    {
        var status = Periksa(AksiTim.UbahSusunan, new ProfilPersonelHarusLengkap(baru.Profil));
        if (status.Gagal)
        {
            return Result<PersonelTim>.Fail(status.Errors);
        }

        var cakupan = baru.Profil.Asal.Terhadap(UnitPemilikKinerjaId, PerangkatDaerahPemilikKinerjaId);
        var calon = new CalonKetua(Guid.Empty, baru.Profil, cakupan);
        var satu = Result.Periksa(new TimHanyaMemilikiSatuKetua(Ketua, calon.Id));
        var ketua = satu.Gagal ? satu : PeriksaKetua(calon, konteks, k, [.. CalonDariPersonel(), calon]);
        if (ketua.Gagal)
        {
            return Result<PersonelTim>.Fail(ketua.Errors);
        }

        var hasil = Tambah(baru, PeranTim.Ketua, k);
        if (hasil.Berhasil)
        {
            SimpanKonteksKetua(konteks);
        }

        return hasil;
    }

    /// <summary>Appoints an anggota as ketua, or gives the current ketua's reasons again after the composition changed.</summary>
    public Result TunjukKetua(Guid personelId, KonteksKetua konteks, KebijakanTimKerja k)
    {
        var status = Periksa(AksiTim.UbahSusunan);
        var orang = personel.SingleOrDefault(p => p.Id == personelId && p.Peran != PeranTim.PenanggungJawabTim);
        if (status.Gagal || orang is null)
        {
            return status.Gagal ? status : Error.TidakDitemukan("Anggota tim");
        }

        var cek = Result.Periksa(new TimHanyaMemilikiSatuKetua(Ketua, personelId));
        var ketua = cek.Berhasil ? PeriksaKetua(new CalonKetua(orang.Id, orang.Profil, orang.Cakupan), konteks, k, CalonDariPersonel()) : cek;
        if (ketua.Berhasil)
        {
            orang.UbahPeran(PeranTim.Ketua);
            SimpanKonteksKetua(konteks);
        }

        return ketua;
    }

    /// <summary>The ketua steps back to anggota (K2: the team may have none); their position must be one that may be anggota.</summary>
    public Result LepasKetua(KebijakanTimKerja k)
    {
        var ketua = Ketua;
        var cek = Periksa(AksiTim.UbahSusunan);
        if (cek.Gagal || ketua is null)
        {
            return cek.Gagal ? cek : Error.TidakDitemukan("Ketua tim");
        }

        var anggota = Result.Periksa(new JenisJabatanAnggotaSesuaiKetentuan(ketua.Profil, k));
        if (anggota.Berhasil)
        {
            ketua.UbahPeran(PeranTim.Anggota);
            AlasanKetua = AlasanPenunjukanKetua.Tanpa;
        }

        return anggota;
    }

    public Result KeluarkanPersonel(Guid personelId)
    {
        var cek = Periksa(AksiTim.UbahSusunan);
        var orang = personel.SingleOrDefault(p => p.Id == personelId);
        if (cek.Gagal || orang is null)
        {
            return cek.Gagal ? cek : Error.TidakDitemukan("Personel tim");
        }

        if (orang.Peran == PeranTim.Ketua)
        {
            AlasanKetua = AlasanPenunjukanKetua.Tanpa;
        }

        personel.Remove(orang);
        return Result.Ok();
    }

    /// <summary>The team's personnel (except the penanggung jawab tim) as ketua candidates, ranked (§8.3, V-TIM-05).</summary>
    public IReadOnlyList<PeringkatCalonKetua> PeringkatCalonKetua(KebijakanTimKerja k, bool strukturMasihMemilikiPengawas) =>
        PemeringkatKetua.Peringkatkan(CalonDariPersonel(), k, strukturMasihMemilikiPengawas);

    /// <summary>
    /// Sets the decree (§6.4 step 2): V-TIM-01 content, V-TIM-06 signer for the scope, V-TIM-07 pelibatan of every cross-unit
    /// person, and the ketua rules against the final composition with the stored reasons.
    /// </summary>
    public Result Tetapkan(PenetapKeputusanTim penetap, KebijakanTimKerja k, DateOnly tanggal, DateTimeOffset waktu)
    {
        var status = Periksa(AksiTim.Tetapkan);
        if (status.Gagal)
        {
            return status;
        }

        var aturan = new List<IBusinessRule>
        {
            new KeputusanTimMemuatTugasDanSusunanPersonil(tugas.Count, Anggota.Count),
            new PenetapSesuaiKewenanganCakupanTim(CakupanPenetapan, PejabatBerwenang(k), penetap),
            new TimLintasInstansiHarusDiaturDaerah(Cakupan, k),
        };
        aturan.AddRange(personel.Select(p => new AnggotaLintasUnitMemerlukanPelibatanDisetujui(p.Cakupan, p.PelibatanId)));
        aturan.Add(new PerubahanTimHarusMengubahSesuatu(PerbedaanPerubahan()));
        var cek = Result.Periksa([.. aturan.DistinctBy(a => (a.GetType(), a.Pesan))]);
        var ketua = Ketua is { } kt
            ? PeriksaKetua(new CalonKetua(kt.Id, kt.Profil, kt.Cakupan), new KonteksKetua(StrukturMasihMemilikiPengawas, AlasanKetua), k, CalonDariPersonel())
            : Result.Ok();
        if (cek.Gagal || ketua.Gagal)
        {
            return Result.Fail([.. cek.Errors, .. ketua.Errors]);
        }

        Keputusan = new KeputusanTim(penetap.JabatanId, penetap.NamaJabatan, penetap.PegawaiId, penetap.Nama, Cakupan, tanggal, waktu)
        {
            DicatatOleh = penetap.DicatatOleh,
            PerubahanKe = Keputusan is { } berlaku ? berlaku.PerubahanKe + 1 : 0,
            AlasanPerubahan = Perubahan?.Alasan,
            NamaTimPembentukan = SebutanPembentukan,
        };
        Perubahan = null;
        Status = TransisiTim.Tujuan(Status, AksiTim.Tetapkan)!.Value;
        return Result.Ok();
    }

    /// <summary>[P] The PUO pemilik kinerja or the signer's position ends the team early, with a reason.</summary>
    public Result Bubarkan(Guid pegawaiId, IReadOnlyCollection<Guid> jabatanDipegang, string? alasan, DateOnly tanggal)
    {
        var berwenang = jabatanDipegang.Contains(Pimpinan.PimpinanPemilikKinerja.JabatanId)
            || (Keputusan is { } kep && jabatanDipegang.Contains(kep.PenetapJabatanId))
            || (Status == StatusTim.Draf && pegawaiId == DibuatOlehPegawaiId);
        if (!berwenang)
        {
            return Error.Terlarang("Hanya pimpinan unit organisasi pemilik kinerja atau pejabat yang menetapkan tim yang dapat membubarkannya.");
        }

        var cek = Periksa(AksiTim.Bubarkan, new PembubaranWajibDisertaiAlasan(alasan));
        if (cek.Berhasil)
        {
            // An amendment never decreed ends with the team: it is dissolved as its decree set it.
            Pulihkan();
            AlasanPembubaran = alasan!.Trim();
            DiakhiriPada = tanggal;
            Status = TransisiTim.Tujuan(Status, AksiTim.Bubarkan)!.Value;
        }

        return cek;
    }

    public PersonelTim? PersonelDariPegawai(Guid pegawaiId) => personel.SingleOrDefault(p => p.PegawaiId == pegawaiId);

    /// <summary>
    /// The positions that receive the ketua's periodic report and may ask for a report at any time (§9.2): the PUO pemilik
    /// kinerja, the acceptor, and where the region says so the PPK (MUBA Ps 12(4), SBS Ps 15(2)).
    /// </summary>
    public IReadOnlyCollection<Guid> JabatanPenerimaLaporan(KebijakanTimKerja k)
    {
        var jabatan = new HashSet<Guid> { Pimpinan.PimpinanPemilikKinerja.JabatanId, PenerimaHasil.JabatanId };
        if (k.PenerimaLaporanKetua == PenerimaLaporanTim.PejabatPenilaiAtauPimpinanUnit && Pimpinan.PejabatPenilai is { } ppk)
        {
            jabatan.Add(ppk.JabatanId);
        }

        return jabatan;
    }

    /// <summary>Is this user a recipient of the team's reports (INHIL Ps 13(2)–(3) adds the penanggung jawab tim)?</summary>
    public bool MenerimaLaporan(Guid pegawaiId, IReadOnlyCollection<Guid> jabatanDipegang, KebijakanTimKerja k) =>
        JabatanPenerimaLaporan(k).Any(jabatanDipegang.Contains)
        || (k.PenerimaLaporanKetua == PenerimaLaporanTim.PimpinanUnitAtauPenanggungJawabTim && PenanggungJawabTim?.PegawaiId == pegawaiId);

    private Result<PersonelTim> Tambah(PersonelBaru baru, PeranTim peran, KebijakanTimKerja k, params IBusinessRule[] aturanPeran)
    {
        // The status first, then who the person is: the scope rules would only echo an incomplete origin.
        var profil = baru.Profil;
        var dasar = Periksa(AksiTim.UbahSusunan, new ProfilPersonelHarusLengkap(profil));
        if (dasar.Gagal)
        {
            return Result<PersonelTim>.Fail(dasar.Errors);
        }

        var cakupan = profil.Asal.Terhadap(UnitPemilikKinerjaId, PerangkatDaerahPemilikKinerjaId);
        var cek = Result.Periksa(
        [
            new JenjangHanyaUntukJabatanFungsional(profil.Jenis, profil.Jenjang),
            new KelasJabatanHarusDalamRentang(profil.KelasJabatan),
            .. aturanPeran,
            new PersonelTidakBolehGanda(profil, personel),
            new AlokasiWaktuDalamRentang(baru.AlokasiPersen),
            new TimLintasInstansiHarusDiaturDaerah(cakupan, k),
            new AnggotaLintasUnitMemerlukanPelibatanDisetujui(cakupan, baru.Pelibatan?.Id),
            new PelibatanHarusDisetujuiUntukPersonelIni(baru.Pelibatan, profil, UnitPemilikKinerjaId),
        ]);
        if (cek.Gagal)
        {
            return Result<PersonelTim>.Fail(cek.Errors);
        }

        var p = new PersonelTim(Guid.CreateVersion7(), profil with { Nama = profil.Nama.Trim(), NamaJabatan = profil.NamaJabatan.Trim() }, peran, cakupan,
            baru.AlokasiPersen, baru.PenuhWaktu, cakupan == CakupanTim.DalamUnit ? null : baru.Pelibatan);
        personel.Add(p);
        return p;
    }

    private static Result PeriksaKetua(CalonKetua calon, KonteksKetua konteks, KebijakanTimKerja k, IReadOnlyList<CalonKetua> semuaCalon)
    {
        var alasan = konteks.Alasan;
        var aturan = AturanKetua.Semua(calon.Profil, calon.Cakupan, k, konteks.StrukturMasihMemilikiPengawas, alasan).ToList();
        if (k.UrutanPrioritasKetua)
        {
            var peringkat = PemeringkatKetua.Peringkatkan(semuaCalon, k, konteks.StrukturMasihMemilikiPengawas);
            aturan.Add(new KetuaBukanPrioritasPerluAlasan(peringkat.SingleOrDefault(p => p.Calon.Id == calon.Id), peringkat, alasan.BukanPrioritas));
        }

        return Result.Periksa([.. aturan]);
    }

    private List<CalonKetua> CalonDariPersonel() =>
        [.. personel.Where(p => p.Peran != PeranTim.PenanggungJawabTim).Select(p => new CalonKetua(p.Id, p.Profil, p.Cakupan))];

    private void SimpanKonteksKetua(KonteksKetua konteks)
    {
        StrukturMasihMemilikiPengawas = konteks.StrukturMasihMemilikiPengawas;
        AlasanKetua = konteks.Alasan.Dirapikan();
    }

    /// <summary>The action must be allowed in the current status (checked first, alone); then the other rules together.</summary>
    private Result Periksa(AksiTim aksi, params IBusinessRule[] aturan)
    {
        var status = Result.Periksa(new AksiTimSesuaiStatus(Status, aksi));
        return status.Gagal ? status : Result.Periksa(aturan);
    }

    private static string? Rapikan(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
