using System.Text;
using SistemKerja.Application.NaskahDinas;

namespace SistemKerja.Infrastructure.NaskahDinas;

/// <summary>
/// The Tim Kerja documents: the Keputusan pembentukan (T8 with the T1/T2 susunan), the Surat Tugas pembentukan (MUBA T1/T2) and
/// the Rekomendasi (T9); and the signature and tembusan blocks every naskah shares (DOMAIN.md §11.11).
/// </summary>
internal sealed partial class PembuatPdf
{
    private static readonly string[] Diktum = ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH"];

    private static readonly string[] Romawi = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

    public Task<byte[]> KeputusanTimAsync(KeputusanTimCetak k, CancellationToken ct) => pencetak.CetakAsync(KeputusanTimHtml(k), ct);

    public Task<byte[]> RekomendasiAsync(RekomendasiCetak r, CancellationToken ct) => pencetak.CetakAsync(RekomendasiHtml(r), ct);

    public Task<byte[]> SuratTugasTimAsync(SuratTugasTimCetak s, CancellationToken ct) => pencetak.CetakAsync(SuratTugasTimHtml(s), ct);

    /// <summary>
    /// MUBA T1/T2 (DOMAIN.md §11.1–11.2): SURAT TUGAS, Dasar, MEMERINTAHKAN, Kepada the persons in the Lampiran, Untuk as a
    /// numbered list, the closing sentence, "Ditetapkan di / pada tanggal" and the signature; then the Lampiran with the
    /// number and date and the SUSUNAN KEANGGOTAAN, T1 in full (Nama, Pangkat/Gol, NIP, Jabatan) or T2 grouped.
    /// </summary>
    internal static string SuratTugasTimHtml(SuratTugasTimCetak s)
    {
        var d = s.Dokumen;
        var h = new StringBuilder(12288);
        Awal(h, "Surat Tugas", d.Kop);
        h.Append("<h1>SURAT TUGAS</h1><p class=\"nomor\">NOMOR: ").Append(E(d.Nomor)).Append("</p>");
        Daftar(h, "Dasar", s.Dasar, huruf: true);
        h.Append("<p class=\"tengah\"><b>MEMERINTAHKAN:</b></p><table class=\"isi\">")
            .Append("<tr><td class=\"ld\">Kepada</td><td class=\"t\">:</td><td>Nama-nama dan jabatan Pegawai sebagaimana tercantum dalam Lampiran Surat Tugas ini.</td></tr>")
            .Append("<tr><td class=\"ld\">Untuk</td><td class=\"t\">:</td><td><ol>");
        foreach (var u in s.Untuk)
        {
            h.Append("<li>").Append(E(u)).Append("</li>");
        }

        h.Append("</ol></td></tr></table><p>Demikian surat tugas ini ditetapkan untuk dilaksanakan sebagaimana mestinya, dan melaporkan hasilnya.</p>");
        TandaTangan(h, d, s.JabatanPenandatangan, s.NamaPenandatangan, s.PangkatPenandatangan, s.NipPenandatangan, ditetapkan: true);
        Tembusan(h, s.Tembusan);

        h.Append("<div class=\"lampiran\"><table class=\"orang\"><tr><td colspan=\"2\">Lampiran Surat Tugas:</td></tr><tr><td>Nomor</td><td>: ").Append(E(d.Nomor))
            .Append("</td></tr><tr><td>Tanggal</td><td>: ").Append(E(Tanggal(d.Tanggal))).Append("</td></tr></table>")
            .Append("<h2>SUSUNAN KEANGGOTAAN ").Append(E(s.NamaTim.ToUpper(Indonesia))).Append("<br/>").Append(E(s.NamaInstansi.ToUpper(Indonesia))).Append("</h2>");
        switch (s.Susunan)
        {
            case SusunanRinci rinci:
                h.Append("<table class=\"isi\">");
                for (var i = 0; i < rinci.Bagian.Count; i++)
                {
                    var (bagian, orang) = rinci.Bagian[i];
                    h.Append("<tr><td class=\"t\">").Append(Romawi[i]).Append(".</td><td colspan=\"3\"><b>").Append(E(bagian)).Append("</b></td></tr>");
                    for (var n = 0; n < orang.Count; n++)
                    {
                        var o = orang[n];
                        var no = orang.Count > 1 ? $"{n + 1}." : "";
                        h.Append("<tr><td></td><td class=\"t\">").Append(no).Append("</td><td class=\"lr\">Nama</td><td>: ").Append(E(o.Nama)).Append("</td></tr>")
                            .Append("<tr><td></td><td></td><td>Pangkat/Gol</td><td>: ").Append(E(o.Pangkat)).Append("</td></tr>")
                            .Append("<tr><td></td><td></td><td>NIP</td><td>: ").Append(E(o.Nip.Length > 0 ? Nip(o.Nip) : "-")).Append("</td></tr>")
                            .Append("<tr><td></td><td></td><td>Jabatan</td><td>: ").Append(E(o.Jabatan)).Append("</td></tr>");
                    }
                }

                h.Append("</table>");
                break;
            case SusunanRingkas ringkas:
                h.Append("<table class=\"isi\">");
                var r = 0;
                foreach (var (kedudukan, isi) in ringkas.Pimpinan)
                {
                    h.Append("<tr><td class=\"t\">").Append(Romawi[r++]).Append(".</td><td class=\"lr\">").Append(E(kedudukan)).Append("</td><td class=\"t\">:</td><td>")
                        .Append(E(isi)).Append("</td></tr>");
                }

                h.Append("<tr><td class=\"t\">").Append(Romawi[r]).Append(".</td><td class=\"lr\">Anggota Tim</td><td class=\"t\">:</td><td><ol>");
                foreach (var (kelompok, anggota) in ringkas.Anggota)
                {
                    h.Append("<li>").Append(E(kelompok)).Append(",<ol type=\"a\">");
                    foreach (var a in anggota)
                    {
                        h.Append("<li>").Append(E(a)).Append("</li>");
                    }

                    h.Append("</ol></li>");
                }

                h.Append("</ol></td></tr></table>");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(s), s.Susunan, "Unknown susunan layout.");
        }

        TandaTangan(h, d, s.JabatanPenandatangan, s.NamaPenandatangan, s.PangkatPenandatangan, s.NipPenandatangan, ditetapkan: false, tanpaTempat: true);
        h.Append("</div></body></html>");
        return h.ToString();
    }

    internal static string KeputusanTimHtml(KeputusanTimCetak k)
    {
        var d = k.Dokumen;
        var judul = $"KEPUTUSAN {k.JabatanPenetap.ToUpper(Indonesia)}";
        var h = new StringBuilder(12288);
        Awal(h, judul, d.Kop, k.KopJabatan);
        // An amending decree is "tentang Perubahan atas Keputusan … Nomor … tentang Pembentukan …" and says what it replaces.
        var pembentukan = $"PEMBENTUKAN {k.NamaTim.ToUpper(Indonesia)}";
        var tentang = k.Mengubah is { } m
            ? $"{m.Perubahan} atas {m.Pembentukan.Sebutan(Tanggal, denganTanggal: false)} tentang Pembentukan {m.NamaTimPembentukan}".ToUpper(Indonesia)
            : pembentukan;
        h.Append("<h1 class=\"polos\">").Append(E(judul)).Append("</h1><p class=\"nomor\">NOMOR: ").Append(E(d.Nomor)).Append("</p>")
            .Append("<p class=\"tengah\">TENTANG<br/>").Append(E(tentang)).Append("</p>")
            .Append("<p class=\"tengah\"><b>").Append(E(k.JabatanPenetap.ToUpper(Indonesia))).Append(",</b></p>");
        Daftar(h, "Menimbang", k.Menimbang, huruf: true);
        Daftar(h, "Mengingat", k.Mengingat, huruf: false);
        h.Append("<p class=\"tengah\"><b>MEMUTUSKAN:</b></p><table class=\"isi\"><tr><td class=\"ld\">Menetapkan</td><td class=\"t\">:</td><td>")
            .Append(E(k.Mengubah is null ? pembentukan : $"{judul} TENTANG {tentang}")).Append(".</td></tr>");
        var masa = $"untuk masa kerja {E(Tanggal(k.TanggalMulai))} sampai dengan {E(Tanggal(k.TanggalSelesai))}, "
            + "dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran Keputusan ini.";
        var diktum = new List<string>
        {
            k.Mengubah is { } diubah
                ? $"Mengubah {E(diubah.Pembentukan.Sebutan(Tanggal))} tentang Pembentukan {E(diubah.NamaTimPembentukan)}"
                    + (diubah.PerubahanTerakhir is { } terakhir ? $" sebagaimana telah diubah terakhir dengan {E(terakhir.Sebutan(Tanggal))}" : "")
                    + $", sehingga {E(k.NamaTim)} {masa}"
                : $"Membentuk {E(k.NamaTim)} {masa}",
            "Tim Kerja sebagaimana dimaksud pada Diktum KESATU mempunyai tugas:<ol>" + string.Concat(k.Tugas.Select(t => $"<li>{E(t)}</li>")) + "</ol>"
                + (k.Sasaran is { } s ? $"dengan sasaran {E(s)}{(k.SatuanSasaran is { } sat ? $" ({E(sat)})" : "")}." : ""),
            "Ketua Tim membagi peran anggota tim sesuai kompetensi, keahlian dan/atau keterampilan, memberikan umpan balik berkala, dan menyampaikan "
                + "hasil kinerja anggota; Anggota Tim melaksanakan kinerja sesuai ekspektasi dan melaporkan hasilnya kepada Ketua Tim.",
            E(k.Pelaporan),
        };
        if (k.Mengubah is { } lama)
        {
            diktum.Add($"Pada saat Keputusan ini mulai berlaku, Lampiran {E(lama.Berlaku.Sebutan(Tanggal, denganTanggal: false))} dicabut dan dinyatakan tidak berlaku.");
        }

        diktum.Add("Keputusan ini mulai berlaku pada tanggal ditetapkan.");
        for (var i = 0; i < diktum.Count; i++)
        {
            h.Append("<tr><td class=\"ld\">").Append(Diktum[i]).Append("</td><td class=\"t\">:</td><td>").Append(diktum[i]).Append("</td></tr>");
        }

        h.Append("</table>");
        TandaTangan(h, d, k.JabatanPenetap, k.NamaPenandatangan, k.PangkatPenandatangan, k.NipPenandatangan, ditetapkan: true);
        Tembusan(h, k.Tembusan);

        h.Append("<div class=\"lampiran\"><p>LAMPIRAN<br/>").Append(E(judul)).Append("<br/>NOMOR: ").Append(E(d.Nomor))
            .Append("<br/>TENTANG ").Append(E(tentang)).Append("</p>")
            .Append("<h2>SUSUNAN KEANGGOTAAN TIM KERJA</h2><table class=\"grid\"><thead><tr><th>No</th><th>Kedudukan dalam Tim</th><th>Nama / NIP</th><th>Jabatan</th><th>Unit Organisasi / Perangkat Daerah</th></tr></thead><tbody>");
        var no = 1;
        foreach (var b in k.Lampiran)
        {
            h.Append("<tr><td>").Append(no++).Append("</td><td>").Append(E(b.Kedudukan)).Append("</td><td>").Append(E(b.Nama));
            if (b.Nip.Length > 0)
            {
                h.Append("<br/>NIP ").Append(E(Nip(b.Nip)));
            }

            h.Append("</td><td>").Append(E(b.Jabatan)).Append("</td><td>").Append(E(b.Asal)).Append("</td></tr>");
        }

        h.Append("</tbody></table>");
        TandaTangan(h, d, k.JabatanPenetap, k.NamaPenandatangan, k.PangkatPenandatangan, k.NipPenandatangan, ditetapkan: false);
        h.Append("</div></body></html>");
        return h.ToString();
    }

    internal static string RekomendasiHtml(RekomendasiCetak r)
    {
        var d = r.Dokumen;
        var h = new StringBuilder(8192);
        Awal(h, "Rekomendasi Penilaian Kinerja", d.Kop);
        h.Append("<h1 class=\"polos\">REKOMENDASI PENILAIAN KINERJA</h1><p class=\"nomor\">").Append(E(r.NamaTim.ToUpper(Indonesia)))
            .Append("<br/>NOMOR: ").Append(E(d.Nomor)).Append("</p>")
            .Append("<table class=\"kepala\"><tr><td>").Append(E(r.UnitTim.ToUpper(Indonesia))).Append("</td><td class=\"kanan\">PERIODE PENILAIAN: ")
            .Append(E(Tanggal(r.PeriodeMulai).ToUpper(Indonesia))).Append(" S.D. ").Append(E(Tanggal(r.PeriodeSelesai).ToUpper(Indonesia))).Append("</td></tr></table>");
        h.Append("<table class=\"grid\"><thead><tr><th>No</th><th colspan=\"2\">Pegawai yang Dinilai</th><th>No</th><th colspan=\"2\">Pejabat Penilai Kinerja</th></tr></thead><tbody>");
        string[] label = ["Nama", "NIP", "Pangkat/Gol. Ruang", "Jabatan", "Unit Kerja"];
        string[] p = [r.Pegawai.Nama, Nip(r.Pegawai.Nip), r.Pegawai.Pangkat, r.Pegawai.Jabatan, r.Pegawai.Unit];
        string[] q = [r.Penilai.Nama, Nip(r.Penilai.Nip), r.Penilai.Pangkat, r.Penilai.Jabatan, r.Penilai.Unit];
        for (var i = 0; i < label.Length; i++)
        {
            h.Append("<tr><td>").Append(i + 1).Append("</td><td>").Append(label[i]).Append("</td><td>").Append(E(p[i])).Append("</td><td>").Append(i + 1)
                .Append("</td><td>").Append(label[i]).Append("</td><td>").Append(E(q[i])).Append("</td></tr>");
        }

        h.Append("</tbody></table><table class=\"grid\"><thead><tr><th>No</th><th>Aspek Penilaian</th><th>Rating</th><th>Predikat</th></tr></thead><tbody>")
            .Append("<tr><td>1</td><td>Hasil Kerja</td><td>").Append(E(r.HasilKerja)).Append("</td><td rowspan=\"").Append(r.PerilakuKerja.Count + 2)
            .Append("\">").Append(E(r.Predikat)).Append("</td></tr><tr><td>2</td><td colspan=\"2\">Perilaku Kerja Pegawai:</td></tr>");
        foreach (var (aspek, rating) in r.PerilakuKerja)
        {
            h.Append("<tr><td></td><td>").Append(E(aspek)).Append("</td><td>").Append(E(rating)).Append("</td></tr>");
        }

        h.Append("</tbody></table>");
        if (r.Catatan is { } c)
        {
            h.Append("<p><b>Catatan:</b> ").Append(E(c)).Append("</p>");
        }

        h.Append("<p>Disampaikan kepada ").Append(E(r.Kepada)).Append(" sebagai bahan penilaian kinerja pegawai yang bersangkutan.</p>");
        TandaTangan(h, d, "Pejabat Penilai Kinerja", r.Penilai.Nama, r.Penilai.Pangkat, r.Penilai.Nip, ditetapkan: false, jabatanDiBawah: r.Penilai.Jabatan);
        h.Append("</body></html>");
        return h.ToString();
    }

    private static void Daftar(StringBuilder h, string label, IReadOnlyList<string> butir, bool huruf)
    {
        h.Append("<table class=\"isi\"><tr><td class=\"ld\">").Append(label).Append("</td><td class=\"t\">:</td><td><ol")
            .Append(huruf ? " type=\"a\"" : "").Append('>');
        foreach (var b in butir)
        {
            h.Append("<li>").Append(E(b)).Append("</li>");
        }

        h.Append("</ol></td></tr></table>");
    }

    private static void TandaTangan(StringBuilder h, CetakanDokumen d, string jabatan, string nama, string pangkat, string nip, bool ditetapkan,
        string? jabatanDiBawah = null, bool tanpaTempat = false) =>
        TandaTangan(h, d.UrlVerifikasi, d.KodeVerifikasi,
            tanpaTempat ? null : ditetapkan ? $"Ditetapkan di {E(d.Tempat)}<br/>pada tanggal {E(Tanggal(d.Tanggal))}" : $"{E(d.Tempat)}, {E(Tanggal(d.Tanggal))}",
            jabatan, nama, pangkat, nip, jabatanDiBawah);

    /// <summary>
    /// The QR code with the verification code on the left; on the right the place and date (already HTML, if the layout puts
    /// them here), «JABATAN», the space to sign, «Nama», «Pangkat», "NIP …" (DOMAIN.md §11.11).
    /// </summary>
    private static void TandaTangan(StringBuilder h, string urlVerifikasi, string kodeVerifikasi, string? tempatTanggalHtml, string jabatan, string nama,
        string pangkat, string nip, string? jabatanDiBawah = null)
    {
        h.Append("<div class=\"bawah\"><div class=\"qr\">").Append(Qr(urlVerifikasi))
            .Append("<div>Kode verifikasi<br/><b>").Append(E(kodeVerifikasi)).Append("</b><br/>").Append(E(urlVerifikasi)).Append("</div></div><div class=\"ttd\">");
        if (tempatTanggalHtml is not null)
        {
            h.Append("<p>").Append(tempatTanggalHtml).Append("</p>");
        }

        h.Append("<p><b>").Append(E(jabatan.ToUpper(Indonesia))).Append(",</b></p><p class=\"ruang\"></p>")
            .Append("<p><b><u>").Append(E(nama)).Append("</u></b>");

        // A Kepala Daerah is not an ASN: no pangkat and no NIP line.
        foreach (var baris in new[] { pangkat, jabatanDiBawah ?? "", nip.Length > 0 ? $"NIP {Nip(nip)}" : "" }.Where(b => b.Length > 0))
        {
            h.Append("<br/>").Append(E(baris));
        }

        h.Append("</p></div></div>");
    }

    private static void Tembusan(StringBuilder h, IReadOnlyList<string> tembusan)
    {
        if (tembusan.Count == 0)
        {
            return;
        }

        h.Append("<div class=\"tembusan\">Tembusan:<ol>");
        foreach (var t in tembusan)
        {
            h.Append("<li>").Append(E(t)).Append("</li>");
        }

        h.Append("</ol></div>");
    }
}
