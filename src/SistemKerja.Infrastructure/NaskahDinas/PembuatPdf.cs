using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using QRCoder;
using SistemKerja.Application.NaskahDinas;

namespace SistemKerja.Infrastructure.NaskahDinas;

/// <summary>
/// HTML templates of the naskah dinas (A4, Liberation Serif embedded by Chromium, kop, MEMERINTAHKAN, signature block,
/// tembusan) with a QR code and the verification code, printed by <see cref="PencetakChromium"/>.
/// </summary>
internal sealed partial class PembuatPdf(PencetakChromium pencetak) : IPembuatPdf
{
    private static readonly CultureInfo Indonesia = CultureInfo.GetCultureInfo("id-ID");
    private static readonly HtmlEncoder Kode = HtmlEncoder.Default;

    public Task<byte[]> SuratTugasAsync(SuratTugasCetak s, CancellationToken ct) => pencetak.CetakAsync(SuratTugasHtml(s), ct);

    public Task<byte[]> SuratAsync(SuratCetak s, CancellationToken ct) => pencetak.CetakAsync(SuratHtml(s), ct);

    internal static string SuratHtml(SuratCetak s)
    {
        var h = new StringBuilder(8192);
        Awal(h, s.Hal, s.Kop);
        h.Append("<table class=\"kepala\"><tr><td><table class=\"orang\"><tr><td>Nomor</td><td>: ").Append(E(s.Nomor)).Append("</td></tr>")
            .Append("<tr><td>Sifat</td><td>: Biasa</td></tr><tr><td>Lampiran</td><td>: -</td></tr><tr><td>Hal</td><td>: ").Append(E(s.Hal)).Append("</td></tr></table></td>")
            .Append("<td class=\"kanan\">").Append(E(s.Tempat)).Append(", ").Append(E(Tanggal(s.Tanggal))).Append("</td></tr></table>");
        h.Append("<p class=\"yth\">Yth. ").Append(E(s.Kepada)).Append("<br/>di tempat</p>");
        foreach (var p in s.Pembuka)
        {
            h.Append("<p class=\"par\">").Append(E(p)).Append("</p>");
        }

        if (s.Rincian.Count > 0)
        {
            h.Append("<table class=\"isi rincian\">");
            foreach (var (label, isi) in s.Rincian)
            {
                h.Append("<tr><td class=\"lr\">").Append(E(label)).Append("</td><td class=\"t\">:</td><td>").Append(E(isi)).Append("</td></tr>");
            }

            h.Append("</table>");
        }

        foreach (var p in s.Penutup)
        {
            h.Append("<p class=\"par\">").Append(E(p)).Append("</p>");
        }

        TandaTangan(h, s.UrlVerifikasi, s.KodeVerifikasi, null, s.JabatanPenandatangan, s.NamaPenandatangan, s.PangkatPenandatangan, s.NipPenandatangan);
        Tembusan(h, s.Tembusan);
        h.Append("</body></html>");
        return h.ToString();
    }

    internal static string SuratTugasHtml(SuratTugasCetak s)
    {
        var h = new StringBuilder(8192);
        Awal(h, s.Judul, s.Kop);
        h.Append("<h1>").Append(E(s.Judul)).Append("</h1><p class=\"nomor\">NOMOR: ").Append(E(s.Nomor)).Append("</p>");
        h.Append("<table class=\"isi\"><tr><td class=\"l\">Dasar</td><td class=\"t\">:</td><td><ol>");
        foreach (var d in s.Dasar)
        {
            h.Append("<li>").Append(E(d)).Append("</li>");
        }

        h.Append("</ol></td></tr></table><p class=\"tengah\"><b>MEMERINTAHKAN:</b></p>");
        h.Append("<table class=\"isi\"><tr><td class=\"l\">Kepada</td><td class=\"t\">:</td><td><table class=\"orang\">")
            .Append("<tr><td>Nama</td><td>: ").Append(E(s.NamaKepada)).Append("</td></tr>")
            .Append("<tr><td>NIP</td><td>: ").Append(E(Nip(s.NipKepada))).Append("</td></tr>")
            .Append("<tr><td>Pangkat/Gol.</td><td>: ").Append(E(s.PangkatKepada)).Append("</td></tr>")
            .Append("<tr><td>Jabatan</td><td>: ").Append(E(s.JabatanKepada)).Append("</td></tr></table></td></tr>");
        h.Append("<tr><td class=\"l\">Untuk</td><td class=\"t\">:</td><td>").Append(E(s.Untuk))
            .Append(", terhitung mulai tanggal ").Append(E(Tanggal(s.TanggalMulai))).Append(" sampai dengan ").Append(E(Tanggal(s.TanggalSelesai)))
            .Append(".</td></tr></table>");
        h.Append("<p>Demikian surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.</p>");
        TandaTangan(h, s.UrlVerifikasi, s.KodeVerifikasi, $"Ditetapkan di {E(s.Tempat)}<br/>pada tanggal {E(Tanggal(s.Tanggal))}", s.JabatanPenandatangan,
            s.NamaPenandatangan, s.PangkatPenandatangan, s.NipPenandatangan);
        Tembusan(h, s.Tembusan);
        h.Append("</body></html>");
        return h.ToString();
    }

    /// <param name="kopJabatan">An office's heading ("BUPATI …") in place of the Perangkat Daerah's kop, for a Keputusan Kepala Daerah.</param>
    private static void Awal(StringBuilder h, string judul, KopSurat kop, string? kopJabatan = null)
    {
        h.Append("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>").Append(E(judul)).Append("</title><style>")
            .Append("@page{size:A4;margin:2cm 2cm 2cm 2.5cm}body{font-family:'Liberation Serif','Times New Roman',serif;font-size:12pt;line-height:1.35;color:#000}")
            .Append(".kop{text-align:center;border-bottom:3px double #000;padding-bottom:6px;margin-bottom:14px}.kop .p{font-size:13pt}.kop .n{font-size:15pt;font-weight:bold}.kop .a{font-size:10pt}")
            .Append("h1{text-align:center;font-size:13pt;text-decoration:underline;margin:10px 0 0}.nomor,.tengah{text-align:center;margin:2px 0 10px}")
            .Append("table.isi{width:100%;border-collapse:collapse}table.isi td{vertical-align:top;padding:2px}td.l{width:70px}td.t{width:10px}ol{margin:0;padding-left:18px}")
            .Append("table.orang td{padding:0 4px 0 0}.bawah{display:flex;justify-content:space-between;margin-top:24px;break-inside:avoid;page-break-inside:avoid}.qr{display:flex;gap:8px;align-items:flex-end;font-size:8pt;width:45%}")
            .Append("table.kepala{width:100%}td.kanan{text-align:right;vertical-align:top}.yth{margin:14px 0}.par{text-align:justify;text-indent:36px}td.lr{width:190px}")
            .Append(".kop{position:relative;min-height:80px}.kop img.logo{position:absolute;left:0;top:0;height:80px;max-width:90px;object-fit:contain}")
            .Append(".qr svg{width:80px;height:80px}.ttd{width:48%}.ttd p{margin:0 0 4px}.ruang{height:60px}.tembusan{margin-top:20px;font-size:11pt}")
            .Append("h1.polos{text-decoration:none}td.ld{width:95px}h2{text-align:center;font-size:12pt}.lampiran{page-break-before:always;font-size:11pt}")
            .Append("table.grid{width:100%;border-collapse:collapse;margin:8px 0}table.grid th,table.grid td{border:1px solid #000;padding:3px 5px;vertical-align:top;font-size:10.5pt}")
            .Append(".kop-jabatan{border-bottom:none;min-height:0}.kop-jabatan .n{font-size:14pt;padding-top:6px}")
            .Append("</style></head><body>");
        if (kopJabatan is not null)
        {
            h.Append("<div class=\"kop kop-jabatan\"><div class=\"n\">").Append(E(kopJabatan.ToUpper(Indonesia))).Append("</div></div>");
            return;
        }

        h.Append("<div class=\"kop\">").Append(Logo(kop)).Append("<div class=\"p\">PEMERINTAH ").Append(E(kop.PemerintahDaerah.ToUpper(Indonesia)))
            .Append("</div><div class=\"n\">").Append(E(kop.PerangkatDaerah.ToUpper(Indonesia))).Append("</div><div class=\"a\">").Append(E(kop.Alamat)).Append("</div></div>");
    }

    /// <summary>The logo as a data URI (no file or network access while printing); only PNG/JPEG checked at upload.</summary>
    private static string Logo(KopSurat kop) =>
        kop.Logo is { Length: > 0 } isi && kop.JenisLogo is "image/png" or "image/jpeg"
            ? $"<img class=\"logo\" alt=\"\" src=\"data:{kop.JenisLogo};base64,{Convert.ToBase64String(isi)}\"/>"
            : "";

    private static string Qr(string url)
    {
        using var gen = new QRCodeGenerator();
        using var data = gen.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: false, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    private static string E(string s) => Kode.Encode(s);

    private static string Tanggal(DateOnly t) => t.ToString("d MMMM yyyy", Indonesia);

    private static string Nip(string nip) => nip.Length == 18 ? $"{nip[..8]} {nip[8..14]} {nip[14]} {nip[15..]}" : nip;
}
