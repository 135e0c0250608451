using SistemKerja.Domain.Common;

namespace SistemKerja.Domain.Organisasi;

/// <summary>
/// One slot of the peta jabatan: a position in a unit that one pegawai can hold (DOMAIN.md §3.1, §4.1).
/// Several identical slots (e.g. three "Analis Kebijakan Ahli Muda") are several rows.
/// </summary>
public sealed class Jabatan : AggregateRoot
{
    public const int PanjangNama = 200;
    public const int KelasJabatanMinimal = 1;
    public const int KelasJabatanMaksimal = 17;

    private Jabatan(Guid id, Guid perangkatDaerahId, Guid unitOrganisasiId, string nama, JenisJabatan jenis,
        JenjangFungsional? jenjang, int kelasJabatan, bool memimpinUnit, TugasTambahan? tugasTambahan, bool hasilPenyetaraan)
        : base(id)
    {
        PerangkatDaerahId = perangkatDaerahId;
        UnitOrganisasiId = unitOrganisasiId;
        Nama = nama;
        Jenis = jenis;
        Jenjang = jenjang;
        KelasJabatan = kelasJabatan;
        MemimpinUnit = memimpinUnit;
        TugasTambahan = tugasTambahan;
        HasilPenyetaraan = hasilPenyetaraan;
    }

    public Guid PerangkatDaerahId { get; private set; }

    public Guid UnitOrganisasiId { get; private set; }

    public string Nama { get; private set; }

    public JenisJabatan Jenis { get; private set; }

    /// <summary>Only for <see cref="JenisJabatan.Fungsional"/>; the kategori follows from it.</summary>
    public JenjangFungsional? Jenjang { get; private set; }

    public KategoriFungsional? Kategori => Jenjang?.Kategori();

    /// <summary>Grade 1–17 (DOMAIN.md §3.3), stored on the position, not the person.</summary>
    public int KelasJabatan { get; private set; }

    /// <summary>The head of <see cref="UnitOrganisasiId"/> (Kepala Dinas, Kepala Bidang, Kepala Puskesmas…).</summary>
    public bool MemimpinUnit { get; private set; }

    public TugasTambahan? TugasTambahan { get; private set; }

    /// <summary>A JF position that came from the equalisation of a former structural post.</summary>
    public bool HasilPenyetaraan { get; private set; }

    public static Result<Jabatan> Bentuk(UnitOrganisasi unit, string nama, JenisJabatan jenis, JenjangFungsional? jenjang,
        int kelasJabatan, bool memimpinUnit, TugasTambahan? tugasTambahan, bool hasilPenyetaraan)
    {
        var cek = Result.Periksa(
            new JenjangHanyaUntukJabatanFungsional(jenis, jenjang),
            new KelasJabatanHarusDalamRentang(kelasJabatan),
            new TugasTambahanHanyaUntukJabatanFungsional(jenis, tugasTambahan),
            new TugasTambahanBerartiMemimpinUnit(memimpinUnit, tugasTambahan),
            new PimpinanUnitHarusJabatanStrukturalAtauBertugasTambahan(jenis, memimpinUnit, tugasTambahan),
            new HasilPenyetaraanHanyaUntukJabatanFungsional(jenis, hasilPenyetaraan));
        if (cek.Gagal)
        {
            return Result<Jabatan>.Fail(cek.Errors);
        }

        return new Jabatan(Guid.CreateVersion7(), unit.PerangkatDaerahId, unit.Id, nama.Trim(), jenis, jenjang,
            kelasJabatan, memimpinUnit, tugasTambahan, hasilPenyetaraan);
    }

    /// <summary>The day from which the slot no longer exists (kept for history); null while it exists.</summary>
    public DateOnly? DitutupPada { get; private set; }

    /// <summary>Renames or regrades the slot. Kind and head flag stay: a different kind of post is a new slot.</summary>
    public Result Ubah(string nama, JenjangFungsional? jenjang, int kelasJabatan)
    {
        var cek = Result.Periksa(new JenjangHanyaUntukJabatanFungsional(Jenis, jenjang), new KelasJabatanHarusDalamRentang(kelasJabatan));
        if (cek.Berhasil)
        {
            Nama = nama.Trim();
            Jenjang = jenjang;
            KelasJabatan = kelasJabatan;
        }

        return cek;
    }

    /// <summary>Closes the slot from <paramref name="tanggal"/>; nobody may still hold it.</summary>
    public Result Tutup(DateOnly tanggal, bool masihDipangku)
    {
        var cek = Result.Periksa(new JabatanDitutupSetelahLowong(masihDipangku), new TidakDapatDitutupDuaKali(DitutupPada));
        if (cek.Berhasil)
        {
            DitutupPada = tanggal;
        }

        return cek;
    }

    /// <summary>"Analis Kebijakan Ahli Muda" for a JF when the name does not already carry the jenjang.</summary>
    public string NamaLengkap => Jenjang is { } j && !Nama.Contains(j.Label(), StringComparison.OrdinalIgnoreCase)
        ? $"{Nama} {j.Label()}"
        : Nama;
}

/// <summary>Only a Jabatan Fungsional has a jenjang, and it must have one (DOMAIN.md §3.1).</summary>
public sealed class JenjangHanyaUntukJabatanFungsional(JenisJabatan jenis, JenjangFungsional? jenjang) : IBusinessRule
{
    public string Pesan => jenis == JenisJabatan.Fungsional
        ? "Jabatan Fungsional wajib memiliki jenjang."
        : "Jenjang hanya diisi untuk Jabatan Fungsional.";

    public bool Dilanggar() => (jenis == JenisJabatan.Fungsional) != jenjang.HasValue;
}

/// <summary>Kelas jabatan is an integer grade 1–17 (DOMAIN.md §3.3).</summary>
public sealed class KelasJabatanHarusDalamRentang(int kelas) : IBusinessRule
{
    public string Pesan => $"Kelas jabatan harus antara {Jabatan.KelasJabatanMinimal} dan {Jabatan.KelasJabatanMaksimal}.";

    public bool Dilanggar() => kelas is < Jabatan.KelasJabatanMinimal or > Jabatan.KelasJabatanMaksimal;
}

/// <summary>Tugas tambahan (Kepala Sekolah/Puskesmas/UPTD) is given to a JF only (DOMAIN.md §3.1; HSU Ps 8(4)–(5)).</summary>
public sealed class TugasTambahanHanyaUntukJabatanFungsional(JenisJabatan jenis, TugasTambahan? tugasTambahan) : IBusinessRule
{
    public string Pesan => "Tugas tambahan hanya dapat diberikan kepada Jabatan Fungsional.";

    public bool Dilanggar() => tugasTambahan.HasValue && jenis != JenisJabatan.Fungsional;
}

/// <summary>
/// A unit is led by a structural official, or by a JF with a tugas tambahan; a Pelaksana never leads
/// (DOMAIN.md §3.1 "May be PUO?").
/// </summary>
public sealed class PimpinanUnitHarusJabatanStrukturalAtauBertugasTambahan(JenisJabatan jenis, bool memimpinUnit, TugasTambahan? tugasTambahan) : IBusinessRule
{
    public string Pesan => "Pimpinan unit harus jabatan struktural (JPT, Administrator, Pengawas) atau Jabatan Fungsional dengan tugas tambahan.";

    public bool Dilanggar() => memimpinUnit && !jenis.Struktural() && !(jenis == JenisJabatan.Fungsional && tugasTambahan.HasValue);
}

/// <summary>A JF with a tugas tambahan is the head of its unit (DOMAIN.md §3.1; `000_f720e179c5bde346.txt` Ps 8(4)–(5)).</summary>
public sealed class TugasTambahanBerartiMemimpinUnit(bool memimpinUnit, TugasTambahan? tugasTambahan) : IBusinessRule
{
    public string Pesan => "Jabatan Fungsional dengan tugas tambahan (Kepala Sekolah/Puskesmas/UPTD) adalah pimpinan unitnya; centang \"memimpin unit\".";

    public bool Dilanggar() => tugasTambahan.HasValue && !memimpinUnit;
}

public sealed class HasilPenyetaraanHanyaUntukJabatanFungsional(JenisJabatan jenis, bool hasilPenyetaraan) : IBusinessRule
{
    public string Pesan => "Tanda \"hasil penyetaraan\" hanya berlaku untuk Jabatan Fungsional.";

    public bool Dilanggar() => hasilPenyetaraan && jenis != JenisJabatan.Fungsional;
}

/// <summary>A unit has one head position (checked by the handler against the other positions of the unit).</summary>
public sealed class UnitHanyaMemilikiSatuJabatanPimpinan(bool memimpinUnit, bool unitSudahMemilikiPimpinan) : IBusinessRule
{
    public string Pesan => "Unit ini sudah memiliki jabatan pimpinan. Satu unit hanya dipimpin oleh satu jabatan.";

    public bool Dilanggar() => memimpinUnit && unitSudahMemilikiPimpinan;
}

public sealed class JabatanDitutupSetelahLowong(bool masihDipangku) : IBusinessRule
{
    public string Pesan => "Jabatan masih dipangku pegawai. Akhiri pemangkuannya terlebih dahulu.";

    public bool Dilanggar() => masihDipangku;
}
