using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using MiniExcelLibs.Attributes;
using SistemKerja.Application.Organisasi.PetaJabatan;
using SistemKerja.Domain.Common;

namespace SistemKerja.Infrastructure.Berkas;

/// <summary>
/// .xlsx through MiniExcel: it streams rows instead of building a document in memory (a 10,000-row import stays small)
/// and needs no System.Drawing, which ClosedXML's auto-width does on Linux.
/// </summary>
internal sealed class BerkasSpreadsheet : IBerkasSpreadsheet
{
    public void Tulis(Stream tujuan, string namaLembar, IReadOnlyList<KolomSpreadsheet> kolom, IEnumerable<IReadOnlyList<string?>> baris)
    {
        var konfigurasi = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            AutoFilter = true,
            TableStyles = TableStyles.None,
            DynamicColumns = [.. kolom.Select(k => new DynamicExcelColumn(k.Judul) { Width = k.Lebar })],
        };
        var isi = baris.Select(b =>
        {
            var sel = new Dictionary<string, object?>(kolom.Count);
            for (var i = 0; i < kolom.Count; i++)
            {
                sel[kolom[i].Judul] = i < b.Count ? b[i] : null;
            }

            return sel;
        });
        tujuan.SaveAs(isi, sheetName: namaLembar, excelType: ExcelType.XLSX, configuration: konfigurasi);
    }

    public Result<LembarSpreadsheet> Baca(Stream sumber, int batasBaris)
    {
        var judul = new List<string>();
        var hasil = new List<BarisSpreadsheet>();
        if (!UkuranWajar(sumber))
        {
            return new Error("BerkasTerlaluBesar", "Isi berkas terlalu besar setelah dibuka (lebih dari 100 MB atau rasio kompresi tidak wajar).", ErrorKind.Validasi, "Berkas");
        }

        try
        {
            var nomor = 1;
            var konfigurasi = new OpenXmlConfiguration { IgnoreEmptyRows = false };
            foreach (IDictionary<string, object?> baris in sumber.Query(useHeaderRow: false, excelType: ExcelType.XLSX, configuration: konfigurasi))
            {
                if (nomor == 1)
                {
                    judul.AddRange(baris.Values.Select(v => Teks(v)?.Trim() ?? ""));
                }
                else
                {
                    var sel = new Dictionary<string, string?>(judul.Count, StringComparer.OrdinalIgnoreCase);
                    var angka = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    var i = 0;
                    foreach (var nilai in baris.Values.Take(Math.Min(judul.Count, BatasKolom)))
                    {
                        if (i < judul.Count && judul[i].Length > 0 && !sel.ContainsKey(judul[i]))
                        {
                            var teks = Teks(nilai);
                            sel[judul[i]] = string.IsNullOrWhiteSpace(teks) ? null : teks;
                            if (nilai is double or int or long or decimal)
                            {
                                angka.Add(judul[i]);
                            }
                        }

                        i++;
                    }

                    if (sel.Values.Any(v => v is not null))
                    {
                        if (hasil.Count == batasBaris)
                        {
                            return new Error("BerkasTerlaluBesar", $"Berkas berisi lebih dari {batasBaris:N0} baris data; bagi menjadi beberapa berkas.", ErrorKind.Validasi, "Berkas");
                        }

                        hasil.Add(new BarisSpreadsheet(nomor, sel, angka));
                    }
                }

                nomor++;

                // Empty rows count too: a sheet that claims a million rows is refused without visiting them all.
                if (nomor > batasBaris * 2 + 1000)
                {
                    return new Error("BerkasTerlaluBesar", $"Berkas berisi lebih dari {batasBaris:N0} baris data; bagi menjadi beberapa berkas.", ErrorKind.Validasi, "Berkas");
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            // A corrupt or non-.xlsx upload is the user's mistake, not a bug: report it, do not throw.
            return new Error("BerkasTidakTerbaca", "Berkas tidak dapat dibaca sebagai spreadsheet .xlsx. Simpan ulang dari Excel/LibreOffice sebagai Excel Workbook (.xlsx).", ErrorKind.Validasi, "Berkas");
        }

        if (judul.Count == 0)
        {
            return new Error("BerkasKosong", "Berkas tidak berisi judul kolom pada baris pertama.", ErrorKind.Validasi, "Berkas");
        }

        return new LembarSpreadsheet(judul, hasil);
    }

    private const int BatasKolom = 64;
    private const long BatasIsi = 100L * 1024 * 1024;

    /// <summary>A zip (an .xlsx is one) whose entries unpack to more than 100 MB, or compress more than 100:1, is refused.</summary>
    private static bool UkuranWajar(Stream sumber)
    {
        if (!sumber.CanSeek)
        {
            return true;
        }

        try
        {
            using var zip = new System.IO.Compression.ZipArchive(sumber, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
            var isi = zip.Entries.Sum(e => e.Length);
            var padat = Math.Max(zip.Entries.Sum(e => e.CompressedLength), 1);
            return isi <= BatasIsi && isi / padat <= 100;
        }
        catch (InvalidDataException)
        {
            return true; // not a zip at all: the reader reports it as unreadable
        }
        finally
        {
            sumber.Position = 0;
        }
    }

    private static string? Teks(object? nilai) => nilai switch
    {
        null => null,
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("0.################", CultureInfo.InvariantCulture),
        bool b => b ? "Ya" : "Tidak",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => nilai.ToString(),
    };
}
