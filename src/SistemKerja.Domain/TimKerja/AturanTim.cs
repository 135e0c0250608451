using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Domain.TimKerja;

public sealed class NamaTimWajibDiisi(string? nama) : IBusinessRule
{
    public string Pesan => "Nama Tim Kerja wajib diisi.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(nama);
}

/// <summary>G5: the team, like every penugasan, is for "periode waktu tertentu" (HSU Ps 1 a15; INHIL Lampiran C.2 rutin/insidental).</summary>
public sealed class PeriodeTimHarusValid(DateOnly mulai, DateOnly selesai) : IBusinessRule
{
    public string Pesan => "Periode Tim Kerja wajib diisi; tanggal selesai tidak boleh sebelum tanggal mulai.";

    public bool Dilanggar() => mulai == default || selesai == default || selesai < mulai;
}

/// <summary>
/// V-TIM-01, MUBA `001_75f6c752ea8be86f.txt` Ps 10(4): the decree "paling sedikit memuat rincian tentang tugas Tim Kerja dan
/// susunan personil" ([P] in the other regions): at least one task line and one anggota besides the ketua.
/// </summary>
public sealed class KeputusanTimMemuatTugasDanSusunanPersonil(int jumlahTugas, int jumlahAnggota) : IBusinessRule
{
    public string Pesan => "Keputusan Tim Kerja paling sedikit memuat tugas Tim Kerja dan susunan personil (sekurang-kurangnya satu tugas dan satu anggota).";

    public bool Dilanggar() => jumlahTugas < 1 || jumlahAnggota < 1;
}

/// <summary>V-TIM-02 [P]: a person has one role in a team; in particular the ketua is not also an anggota.</summary>
public sealed class PersonelTidakBolehGanda(ProfilPersonel profil, IEnumerable<PersonelTim> personel) : IBusinessRule
{
    public string Pesan => $"{profil.Nama} sudah tercantum dalam susunan tim ini. Satu orang hanya memegang satu peran dalam tim.";

    public bool Dilanggar() => personel.Any(p => profil.OrangYangSama(p.Profil));
}

/// <summary>V-TIM-02 [P]: at most one ketua; zero is allowed (K2).</summary>
public sealed class TimHanyaMemilikiSatuKetua(PersonelTim? ketuaSaatIni, Guid calonId) : IBusinessRule
{
    public string Pesan => $"Tim ini sudah memiliki ketua ({ketuaSaatIni?.Profil.Nama}). Lepaskan ketua tersebut sebelum menunjuk ketua lain.";

    public bool Dilanggar() => ketuaSaatIni is not null && ketuaSaatIni.Id != calonId;
}

/// <summary>
/// §8.4 Anggota Tim: JF and/or Pelaksana (TRK Ps 1 a27, INHIL Ps 8(1)); MUBA T1/T2 add Administrator and Pengawas; HSU
/// Ps 11(1) adds Pengawas; SBS Lampiran I B.2 adds Administrator.
/// </summary>
public sealed class JenisJabatanAnggotaSesuaiKetentuan(ProfilPersonel profil, KebijakanTimKerja k) : IBusinessRule
{
    public string Pesan => $"Anggota tim hanya dapat berasal dari {JenisJabatanKetuaSesuaiKetentuan.Daftar(k.JenisDapatMenjadiAnggota)}.";

    public bool Dilanggar() => !k.JenisDapatMenjadiAnggota.Contains(profil.Jenis);
}

/// <summary>The snapshot must say who the person is and where they come from (a pegawai of this region, or another instansi).</summary>
public sealed class ProfilPersonelHarusLengkap(ProfilPersonel p) : IBusinessRule
{
    public string Pesan => "Data personel tim belum lengkap: nama, jabatan, dan asal (unit organisasi dan Perangkat Daerah, atau instansi lain) wajib diisi.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(p.Nama) || string.IsNullOrWhiteSpace(p.NamaJabatan) || !p.Asal.Lengkap
        || (p.PegawaiId is null) != (p.Asal.InstansiLain is not null) || p.PegawaiId == Guid.Empty;
}

/// <summary>
/// V-TIM-07 [P derived from §6.4]: a person from another unit joins only after an approved pelibatan (WF-3/WF-4/WF-6);
/// HSU `000_f720e179c5bde346.txt` Lampiran II.A.2.2 "dengan tata cara" pelibatan.
/// </summary>
public sealed class AnggotaLintasUnitMemerlukanPelibatanDisetujui(CakupanTim cakupan, Guid? pelibatanId) : IBusinessRule
{
    public string Pesan => "Anggota dari unit lain memerlukan persetujuan pelibatan dari pimpinan unitnya.";

    public bool Dilanggar() => cakupan != CakupanTim.DalamUnit && pelibatanId is null;
}

/// <summary>V-TIM-07: the pelibatan cited must be approved, for this person, and for this team's unit pemilik kinerja.</summary>
public sealed class PelibatanHarusDisetujuiUntukPersonelIni(BuktiPelibatan? pelibatan, ProfilPersonel profil, Guid unitPemilikKinerjaId) : IBusinessRule
{
    public string Pesan => "Persetujuan pelibatan yang dirujuk belum disetujui, bukan untuk pegawai ini, atau bukan untuk unit pemilik kinerja tim ini.";

    public bool Dilanggar() => pelibatan is not null
        && (!pelibatan.Disetujui || !pelibatan.Mencakup(profil) || pelibatan.UnitPemilikKinerjaId != unitPemilikKinerjaId);
}

/// <summary>INHIL `003_a712a2c678725951.txt` Ps 8(2): members come from the unit, other units or other PDs, never another instansi.</summary>
public sealed class TimLintasInstansiHarusDiaturDaerah(CakupanTim cakupan, KebijakanTimKerja k) : IBusinessRule
{
    public string Pesan => "Daerah ini tidak mengatur Tim Kerja dengan anggota dari instansi pemerintah lain.";

    public bool Dilanggar() => cakupan == CakupanTim.LintasInstansi && k.Penetap.LintasInstansi.Count == 0;
}

/// <summary>§8.4: the penanggung jawab tim is an INHIL role (`003_a712a2c678725951.txt` Ps 8(4), Lampiran C.3.d.2).</summary>
public sealed class PenanggungJawabTimHanyaJikaDiaturDaerah(KebijakanTimKerja k) : IBusinessRule
{
    public string Pesan => "Peran penanggung jawab tim tidak diatur di daerah ini.";

    public bool Dilanggar() => !k.PenanggungJawabTim;
}

/// <summary>K10, INHIL Ps 8(4): "Pejabat administrasi dan Pejabat Fungsional penyetaraan bertindak sebagai penanggungjawab tim kerja".</summary>
public sealed class PenanggungJawabTimPejabatAdministrasiAtauJfPenyetaraan(ProfilPersonel profil) : IBusinessRule
{
    public string Pesan => "Penanggung jawab tim adalah pejabat administrasi (Administrator atau Pengawas) atau Pejabat Fungsional hasil penyetaraan.";

    public bool Dilanggar() => profil.Jenis is not (JenisJabatan.Administrator or JenisJabatan.Pengawas)
        && !(profil.Jenis == JenisJabatan.Fungsional && profil.HasilPenyetaraan);
}

public sealed class TimHanyaMemilikiSatuPenanggungJawabTim(PersonelTim? saatIni) : IBusinessRule
{
    public string Pesan => $"Tim ini sudah memiliki penanggung jawab tim ({saatIni?.Profil.Nama}).";

    public bool Dilanggar() => saatIni is not null;
}

/// <summary>
/// V-TIM-06 (§8.2): the decree is signed by an official holding the authority for the team's scope (the widest origin among
/// its personnel). TRK `002_d52b46878c9378dd.txt` Ps 12(7) a–c; INHIL `003_a712a2c678725951.txt` Ps 9(2) a–c; MUBA Ps 10(4);
/// HSU [P] the PUO; SBS Ps 1 a20 (not narrowed).
/// </summary>
/// <param name="berwenang">The authorities for the scope (<see cref="Tim.PejabatBerwenang"/>).</param>
public sealed class PenetapSesuaiKewenanganCakupanTim(CakupanTim cakupan, IReadOnlyList<PejabatPenetapTim> berwenang, PenetapKeputusanTim penetap) : IBusinessRule
{
    public string Pesan => berwenang.Count == 0
        ? $"Daerah ini tidak mengatur penetapan Tim Kerja {cakupan.Label()}."
        : $"Tim Kerja {cakupan.Label()} ditetapkan dengan keputusan {string.Join(" atau ", berwenang.Select(b => b.Label()))}.";

    public bool Dilanggar() => !berwenang.Intersect(penetap.Kewenangan).Any();
}

public sealed class PembubaranWajibDisertaiAlasan(string? alasan) : IBusinessRule
{
    public string Pesan => "Pembubaran Tim Kerja wajib disertai alasan.";

    public bool Dilanggar() => string.IsNullOrWhiteSpace(alasan);
}
