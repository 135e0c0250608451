using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Domain.Tests.Organisasi;

/// <summary>
/// A small fluent builder for <see cref="StrukturPadaTanggal"/>, so that a test reads like the org chart it describes:
/// <code>
/// var s = new StrukturUji();
/// var dinas = s.PerangkatDaerah(JenisPerangkatDaerah.Dinas, "Dinas Pendidikan");
/// dinas.Akar.Kepala(JenisJabatan.JptPratama, "Kepala Dinas Pendidikan", "Drs. Ahmad Yani");
/// var seksi = dinas.Akar.Unit("Bidang Pembinaan SD").Unit("Seksi Kurikulum");
/// var kasi = seksi.Kepala(JenisJabatan.Pengawas, "Kepala Seksi Kurikulum", "Bambang Sutrisno");
/// var pelaksana = seksi.Pelaksana("Pengolah Data");
/// var hasil = s.Tentukan(PresetRegulasi.MusiBanyuasin, pelaksana);
/// </code>
/// Every position and unit is open on the date: a position closed before the date is simply not in the snapshot
/// (<see cref="Tutup"/>), as the loader leaves it out.
/// </summary>
internal sealed class StrukturUji
{
    private readonly List<PerangkatDaerahSnapshot> perangkatDaerah = [];
    private readonly List<UnitSnapshot> unit = [];
    private readonly List<JabatanSnapshot> jabatan = [];
    private readonly Dictionary<Guid, Guid> kedudukan = [];
    private readonly Dictionary<Guid, DelegasiSnapshot> delegasi = [];
    private readonly List<(Guid JabatanId, PemangkuSnapshot Pemangku)> pemangku = [];
    private int nomorPegawai;

    /// <summary>A Perangkat Daerah (or UPTD/Puskesmas/Sekolah/Kelurahan under <paramref name="induk"/>) with its root unit.</summary>
    public PerangkatDaerahUji PerangkatDaerah(JenisPerangkatDaerah jenis, string nama, PerangkatDaerahUji? induk = null)
    {
        var pd = new PerangkatDaerahSnapshot(Guid.NewGuid(), induk?.Snapshot.Id, jenis, nama);
        perangkatDaerah.Add(pd);
        return new PerangkatDaerahUji(pd, TambahUnit(null, pd.Id, nama, unitOrganisasiMandiri: true));
    }

    /// <summary>Gives <paramref name="jabatanYangDipangku"/> a holder.</summary>
    public PemangkuSnapshot Dijabat(JabatanSnapshot jabatanYangDipangku, string nama, JenisPemangkuan jenis = JenisPemangkuan.Definitif)
    {
        nomorPegawai++;
        var orang = new PemangkuSnapshot(Guid.NewGuid(), nama, $"198007151999031{nomorPegawai:000}", jenis);
        pemangku.Add((jabatanYangDipangku.Id, orang));
        return orang;
    }

    public PemangkuSnapshot Plt(JabatanSnapshot jabatanYangDipangku, string nama) => Dijabat(jabatanYangDipangku, nama, JenisPemangkuan.Plt);

    public PemangkuSnapshot Plh(JabatanSnapshot jabatanYangDipangku, string nama) => Dijabat(jabatanYangDipangku, nama, JenisPemangkuan.Plh);

    /// <summary>An explicit kedudukan in force (Peta Jabatan): <paramref name="subjek"/> sits under <paramref name="atasan"/>.</summary>
    public StrukturUji Kedudukan(JabatanSnapshot subjek, JabatanSnapshot atasan)
    {
        kedudukan[subjek.Id] = atasan.Id;
        return this;
    }

    /// <summary>The position was closed before the date, so the snapshot no longer holds it (its holders go with it).</summary>
    public StrukturUji Tutup(JabatanSnapshot ditutup)
    {
        jabatan.Remove(ditutup);
        pemangku.RemoveAll(p => p.JabatanId == ditutup.Id);
        return this;
    }

    /// <summary>The definitive holder given by <see cref="UnitUji.Kepala"/>.</summary>
    public PemangkuSnapshot Definitif(JabatanSnapshot pos) =>
        pemangku.Single(p => p.JabatanId == pos.Id && p.Pemangku.Jenis == JenisPemangkuan.Definitif).Pemangku;

    public StrukturPadaTanggal Bangun() => new(perangkatDaerah, unit, jabatan, kedudukan, pemangku, delegasi);

    /// <summary>An explicit kedudukan in force under an official who assesses by a delegation of the PPK's authority.</summary>
    public StrukturUji KedudukanDelegasi(JabatanSnapshot subjek, JabatanSnapshot atasan, string dasar, DateOnly mulai, DateOnly? sampai)
    {
        kedudukan[subjek.Id] = atasan.Id;
        delegasi[subjek.Id] = new DelegasiSnapshot(dasar, mulai, sampai);
        return this;
    }

    public HasilKedudukan Tentukan(PresetRegulasi preset, JabatanSnapshot subjek) => Tentukan(preset, subjek.Id);

    public HasilKedudukan Tentukan(PresetRegulasi preset, Guid jabatanId) =>
        PenentuPejabatPenilai.Tentukan(Bangun(), KebijakanDaerah.DariPreset(preset), jabatanId);

    internal UnitUji TambahUnit(Guid? indukId, Guid perangkatDaerahId, string nama, bool unitOrganisasiMandiri)
    {
        var baru = new UnitSnapshot(Guid.NewGuid(), indukId, perangkatDaerahId, nama, unitOrganisasiMandiri);
        unit.Add(baru);
        return new UnitUji(this, baru);
    }

    internal JabatanSnapshot TambahJabatan(UnitSnapshot di, string nama, JenisJabatan jenis, JenjangFungsional? jenjang, bool memimpinUnit)
    {
        var baru = new JabatanSnapshot(Guid.NewGuid(), di.Id, di.PerangkatDaerahId, nama, jenis, jenjang, memimpinUnit);
        jabatan.Add(baru);
        return baru;
    }
}

internal sealed class PerangkatDaerahUji(PerangkatDaerahSnapshot snapshot, UnitUji akar)
{
    public PerangkatDaerahSnapshot Snapshot { get; } = snapshot;

    /// <summary>The root unit, named after the Perangkat Daerah; always a unit organisasi.</summary>
    public UnitUji Akar { get; } = akar;
}

internal sealed class UnitUji(StrukturUji struktur, UnitSnapshot snapshot)
{
    public UnitSnapshot Snapshot { get; } = snapshot;

    /// <summary>A sub-unit; <paramref name="mandiri"/> makes its head a Pimpinan Unit Organisasi.</summary>
    public UnitUji Unit(string nama, bool mandiri = false) =>
        struktur.TambahUnit(Snapshot.Id, Snapshot.PerangkatDaerahId, nama, mandiri);

    /// <summary>The head position of this unit, held definitively by <paramref name="dijabat"/>.</summary>
    public JabatanSnapshot Kepala(JenisJabatan jenis, string nama, string dijabat)
    {
        var kepala = KepalaLowong(jenis, nama);
        struktur.Dijabat(kepala, dijabat);
        return kepala;
    }

    /// <summary>The head position of this unit, with nobody in it.</summary>
    public JabatanSnapshot KepalaLowong(JenisJabatan jenis, string nama) =>
        struktur.TambahJabatan(Snapshot, nama, jenis, null, memimpinUnit: true);

    /// <summary>A JF with a tugas tambahan as head (Kepala Sekolah, Kepala Puskesmas, Kepala UPTD).</summary>
    public JabatanSnapshot KepalaFungsional(string nama, JenjangFungsional jenjang, string dijabat)
    {
        var kepala = struktur.TambahJabatan(Snapshot, nama, JenisJabatan.Fungsional, jenjang, memimpinUnit: true);
        struktur.Dijabat(kepala, dijabat);
        return kepala;
    }

    public JabatanSnapshot Fungsional(string nama, JenjangFungsional jenjang) =>
        struktur.TambahJabatan(Snapshot, nama, JenisJabatan.Fungsional, jenjang, memimpinUnit: false);

    public JabatanSnapshot Pelaksana(string nama) =>
        struktur.TambahJabatan(Snapshot, nama, JenisJabatan.Pelaksana, null, memimpinUnit: false);
}

/// <summary>Assertions on a resolved official that name the post and the person, so that a wrong pick reads clearly.</summary>
internal static class PejabatTerpilihUji
{
    public static void HarusJabatan(this PejabatTerpilih pejabat, JabatanSnapshot jabatan, string pemangku, DasarPenentuan dasar)
    {
        pejabat.Jabatan?.Nama.ShouldBe(jabatan.Nama, string.Join(" | ", pejabat.Catatan));
        pejabat.Jabatan.ShouldNotBeNull();
        pejabat.Jabatan.Id.ShouldBe(jabatan.Id);
        pejabat.Pemangku.ShouldNotBeNull();
        pejabat.Pemangku.Nama.ShouldBe(pemangku);
        pejabat.Dasar.ShouldBe(dasar);
    }

    public static void HarusTidakDitemukan(this PejabatTerpilih pejabat)
    {
        pejabat.Dasar.ShouldBe(DasarPenentuan.TidakDitemukan);
        pejabat.Jabatan.ShouldBeNull();
        pejabat.Pemangku.ShouldBeNull();
    }
}
