using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.Organisasi;

/// <summary>
/// A node of a Perangkat Daerah's structure (Sekretariat, Bidang, Sub Bagian, Seksi…). The root is the PD itself.
/// Whether the node is a "unit organisasi" that owns targets and assigns work is a flag, not a level (DOMAIN.md §4.1).
/// </summary>
public sealed class UnitOrganisasi : AggregateRoot
{
    public const int PanjangNama = 200;

    private UnitOrganisasi(Guid id, Guid perangkatDaerahId, Guid? indukId, string nama, bool unitOrganisasiMandiri, int urutan)
        : base(id)
    {
        PerangkatDaerahId = perangkatDaerahId;
        IndukId = indukId;
        Nama = nama;
        UnitOrganisasiMandiri = unitOrganisasiMandiri;
        Urutan = urutan;
    }

    public Guid PerangkatDaerahId { get; private set; }

    /// <summary>The parent node; null for the root of the Perangkat Daerah.</summary>
    public Guid? IndukId { get; private set; }

    public string Nama { get; private set; }

    /// <summary><c>IsUnitOrganisasi</c> of DOMAIN.md §4.1: the head of this node is a Pimpinan Unit Organisasi.</summary>
    public bool UnitOrganisasiMandiri { get; private set; }

    /// <summary>Display order among siblings.</summary>
    public int Urutan { get; private set; }

    public bool Akar => IndukId is null;

    /// <summary>The day after which the unit no longer exists (kept for history); null while it exists.</summary>
    public DateOnly? DitutupPada { get; private set; }

    /// <summary>The root node of a Perangkat Daerah, named after it. It is always a unit organisasi.</summary>
    public static UnitOrganisasi BuatAkar(PerangkatDaerah pd) =>
        new(Guid.CreateVersion7(), pd.Id, null, pd.Nama, true, 0);

    public static UnitOrganisasi BuatDi(UnitOrganisasi induk, string nama, bool unitOrganisasiMandiri, int urutan = 0) =>
        new(Guid.CreateVersion7(), induk.PerangkatDaerahId, induk.Id, nama.Trim(), unitOrganisasiMandiri, urutan);

    /// <summary>
    /// Moves this node (with its subtree) under another node of the same Perangkat Daerah.
    /// </summary>
    /// <param name="leluhurIndukBaru">The ids of every ancestor of <paramref name="indukBaru"/>, up to the root.</param>
    public Result PindahkanKe(UnitOrganisasi indukBaru, IReadOnlyCollection<Guid> leluhurIndukBaru)
    {
        var cek = Result.Periksa(
            new UnitAkarTidakDapatDipindahkan(this),
            new UnitHanyaDapatDipindahkanDalamPerangkatDaerahYangSama(this, indukBaru),
            new UnitTidakBolehBerindukPadaDirinyaAtauKeturunannya(this, indukBaru, leluhurIndukBaru));
        if (cek.Berhasil)
        {
            IndukId = indukBaru.Id;
        }

        return cek;
    }

    /// <summary>Closes the unit from <paramref name="tanggal"/>. Its positions and sub-units must be closed first.</summary>
    public Result Tutup(DateOnly tanggal, bool masihAdaJabatanAktif, bool masihAdaSubUnitAktif)
    {
        var cek = Result.Periksa(
            new UnitAkarTidakDapatDitutup(this),
            new UnitDitutupSetelahKosong(masihAdaJabatanAktif, masihAdaSubUnitAktif),
            new TidakDapatDitutupDuaKali(DitutupPada));
        if (cek.Berhasil)
        {
            DitutupPada = tanggal;
        }

        return cek;
    }

    public void Ubah(string nama, bool unitOrganisasiMandiri, int urutan)
    {
        Nama = nama.Trim();
        UnitOrganisasiMandiri = Akar || unitOrganisasiMandiri;
        Urutan = urutan;
    }
}

/// <summary>The unit tree must stay a tree: a node cannot move under itself or any of its descendants.</summary>
public sealed class UnitTidakBolehBerindukPadaDirinyaAtauKeturunannya(UnitOrganisasi unit, UnitOrganisasi indukBaru, IReadOnlyCollection<Guid> leluhurIndukBaru) : IBusinessRule
{
    public string Pesan => $"\"{unit.Nama}\" tidak dapat dipindahkan ke bawah \"{indukBaru.Nama}\" karena unit tersebut adalah unit itu sendiri atau bawahannya (akan membentuk lingkaran).";

    public bool Dilanggar() => indukBaru.Id == unit.Id || leluhurIndukBaru.Contains(unit.Id);
}

public sealed class UnitAkarTidakDapatDipindahkan(UnitOrganisasi unit) : IBusinessRule
{
    public string Pesan => "Unit teratas Perangkat Daerah tidak dapat dipindahkan.";

    public bool Dilanggar() => unit.Akar;
}

public sealed class UnitHanyaDapatDipindahkanDalamPerangkatDaerahYangSama(UnitOrganisasi unit, UnitOrganisasi indukBaru) : IBusinessRule
{
    public string Pesan => "Unit hanya dapat dipindahkan di dalam Perangkat Daerah yang sama.";

    public bool Dilanggar() => unit.PerangkatDaerahId != indukBaru.PerangkatDaerahId;
}

public sealed class UnitAkarTidakDapatDitutup(UnitOrganisasi unit) : IBusinessRule
{
    public string Pesan => "Unit teratas Perangkat Daerah tidak dapat ditutup.";

    public bool Dilanggar() => unit.Akar;
}

public sealed class UnitDitutupSetelahKosong(bool masihAdaJabatanAktif, bool masihAdaSubUnitAktif) : IBusinessRule
{
    public string Pesan => "Unit masih memiliki jabatan atau sub unit yang aktif. Tutup atau pindahkan terlebih dahulu.";

    public bool Dilanggar() => masihAdaJabatanAktif || masihAdaSubUnitAktif;
}

public sealed class TidakDapatDitutupDuaKali(DateOnly? ditutupPada) : IBusinessRule
{
    public string Pesan => "Data ini sudah ditutup.";

    public bool Dilanggar() => ditutupPada.HasValue;
}
