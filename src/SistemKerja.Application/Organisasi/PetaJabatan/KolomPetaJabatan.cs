using System.Globalization;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Application.Organisasi.PetaJabatan;

/// <summary>
/// The layout of the peta jabatan spreadsheet, shared by export and import so that an exported file imports unchanged.
/// Labels are the ones BKPSDM staff write (e.g. "Ahli Muda", "Ya"); enum names are accepted as well.
/// </summary>
public static class KolomPetaJabatan
{
    public const string KodeJabatan = "Kode Jabatan";
    public const string Unit = "Unit Organisasi";
    public const string NamaJabatan = "Nama Jabatan";
    public const string JenisJabatan = "Jenis Jabatan";
    public const string Jenjang = "Jenjang";
    public const string KelasJabatan = "Kelas Jabatan";
    public const string MemimpinUnit = "Memimpin Unit";
    public const string TugasTambahan = "Tugas Tambahan";
    public const string NipPemangku = "NIP Pemangku";
    public const string NamaPemangku = "Nama Pemangku";
    public const string JenisPemangkuan = "Jenis Pemangkuan";
    public const string TmtPemangku = "TMT Pemangku";
    public const string NomorSkPemangku = "Nomor SK Pemangku";
    public const string PejabatPenilai = "Pejabat Penilai Kinerja (informasi)";

    /// <summary>Separator of the unit path, from the root unit of the Perangkat Daerah down.</summary>
    public const string PemisahUnit = " > ";

    public static readonly IReadOnlyList<KolomSpreadsheet> Semua =
    [
        new(KodeJabatan, 38), new(Unit, 60), new(NamaJabatan, 45), new(JenisJabatan, 16), new(Jenjang, 14),
        new(KelasJabatan, 8), new(MemimpinUnit, 10), new(TugasTambahan, 18), new(NipPemangku, 22), new(NamaPemangku, 34),
        new(JenisPemangkuan, 12), new(TmtPemangku, 14), new(NomorSkPemangku, 28), new(PejabatPenilai, 40),
    ];

    /// <summary>Columns an import cannot do without; the others may be missing from a hand-made sheet.</summary>
    public static readonly IReadOnlyList<string> Wajib = [Unit, NamaJabatan, JenisJabatan, KelasJabatan];

    public static string Label(TugasTambahan tugas) => tugas switch
    {
        Domain.Organisasi.TugasTambahan.KepalaSekolah => "Kepala Sekolah",
        Domain.Organisasi.TugasTambahan.KepalaPuskesmas => "Kepala Puskesmas",
        Domain.Organisasi.TugasTambahan.KepalaUptd => "Kepala UPTD",
        _ => tugas.ToString(),
    };

    public static string YaTidak(bool nilai) => nilai ? "Ya" : "Tidak";

    public static string Tanggal(DateOnly tanggal) => tanggal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool CobaJenisJabatan(string teks, out Domain.Organisasi.JenisJabatan jenis) =>
        CobaLabel(teks, Enum.GetValues<Domain.Organisasi.JenisJabatan>(), j => j.Label(), out jenis);

    public static bool CobaJenjang(string teks, out JenjangFungsional jenjang) =>
        CobaLabel(teks, Enum.GetValues<JenjangFungsional>(), j => j.Label(), out jenjang);

    public static bool CobaTugasTambahan(string teks, out Domain.Organisasi.TugasTambahan tugas) =>
        CobaLabel(teks, Enum.GetValues<Domain.Organisasi.TugasTambahan>(), Label, out tugas);

    public static bool CobaJenisPemangkuan(string teks, out Domain.Kepegawaian.JenisPemangkuan jenis) =>
        CobaLabel(teks, Enum.GetValues<Domain.Kepegawaian.JenisPemangkuan>(), j => j.ToString(), out jenis);

    public static bool CobaYaTidak(string teks, out bool nilai)
    {
        var t = Normalisasi(teks);
        nilai = t is "ya" or "y" or "true" or "1";
        return nilai || t is "tidak" or "t" or "false" or "0";
    }

    /// <summary>ISO (2025-01-20), Indonesian numeric (20-01-2025, 20/01/2025) or written out (20 Januari 2025).</summary>
    public static bool CobaTanggal(string teks, out DateOnly tanggal) =>
        DateOnly.TryParseExact(teks.Trim(), ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy", "d MMMM yyyy"], CultureInfo.GetCultureInfo("id-ID"),
            DateTimeStyles.None, out tanggal);

    /// <summary>Label texts a column accepts, for error messages.</summary>
    public static string Pilihan<T>(Func<T, string> label)
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(label));

    private static bool CobaLabel<T>(string teks, IEnumerable<T> nilai, Func<T, string> label, out T hasil)
        where T : struct, Enum
    {
        var dicari = Normalisasi(teks);
        foreach (var n in nilai)
        {
            if (Normalisasi(label(n)) == dicari || Normalisasi(n.ToString()) == dicari)
            {
                hasil = n;
                return true;
            }
        }

        hasil = default;
        return false;
    }

    private static string Normalisasi(string teks) =>
        new([.. teks.Where(c => !char.IsWhiteSpace(c) && c != '.' && c != '_').Select(char.ToLowerInvariant)]);
}
