using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Application.NaskahDinas;

/// <summary>Where the public verification page lives (printed on every PDF and in its QR code).</summary>
public interface IAlamatPublik
{
    string Verifikasi(string kode);
}

/// <summary>
/// Issues the document of a record inside the command's transaction: takes the next number of the Perangkat Daerah's
/// series (format set by BKPSDM), renders the PDF with its QR code, and stores the bytes with their SHA-256.
/// </summary>
public sealed class PenerbitDokumen(IAppDb db, IPenomorDokumen penomor, IPembuatPdf pdf, IAlamatPublik alamat, TimeProvider waktu)
{
    /// <summary>The region's time zone: dates printed on letters are dates there.</summary>
    public TimeZoneInfo Zona => waktu.LocalTimeZone;

    /// <param name="menggantikanId">The document this one corrects, if any (it is cancelled by the caller).</param>
    public async Task<Dokumen> SuratTugasAsync(SuratTugas surat, CancellationToken ct, Guid? menggantikanId = null)
    {
        var jenis = surat.Judul == "SURAT PERINTAH TUGAS" ? JenisDokumen.SuratPerintahTugas : JenisDokumen.SuratTugas;
        var pd = await db.PerangkatDaerah.AsNoTracking().Where(p => p.Id == surat.PerangkatDaerahId)
            .Select(p => new { p.Nama, p.Alamat, p.Singkatan }).SingleAsync(ct);
        var daerah = await db.PemerintahDaerah.AsNoTracking().Select(p => p.Nama).SingleAsync(ct);

        var nomor = await NomorBerikutnyaAsync(surat.PerangkatDaerahId, pd.Singkatan, jenis, surat.Tanggal, ct);
        surat.BeriNomor(nomor.Teks);
        var jabatan = surat.Penandatangan.Sebutan is { } seb ? $"{seb} {surat.Penandatangan.Jabatan}" : surat.Penandatangan.Jabatan;
        var dokumen = Dokumen.Terbitkan(jenis, surat.PerangkatDaerahId, nomor, surat.Tanggal, $"{surat.Judul}: {surat.Kepada.Nama} — {surat.Untuk}",
            surat.Kepada.PegawaiId, surat.Penandatangan.Nama, surat.Penandatangan.Nip, jabatan, surat.Id, waktu.GetUtcNow(), menggantikanId);

        var isi = await pdf.SuratTugasAsync(new SuratTugasCetak(
            await KopAsync(daerah, surat.PerangkatDaerahId, pd.Nama, pd.Alamat, ct), surat.Judul, nomor.Teks, surat.Dasar.Split('\n'), surat.Kepada.Nama, surat.Kepada.Nip,
            surat.Kepada.Pangkat, surat.Kepada.Jabatan, surat.Untuk, surat.TanggalMulai, surat.TanggalSelesai, surat.Tempat, surat.Tanggal,
            jabatan, surat.Penandatangan.Nama, surat.Penandatangan.Pangkat, surat.Penandatangan.Nip, surat.Tembusan,
            dokumen.KodeVerifikasi, alamat.Verifikasi(dokumen.KodeVerifikasi)), ct);
        var lampir = dokumen.LampirkanPdf(isi);
        if (lampir.Gagal)
        {
            throw new InvalidOperationException("A new document cannot already have a PDF.");
        }

        db.Dokumen.Add(dokumen);
        db.BerkasDokumen.Add(new BerkasDokumen(dokumen.Id, isi));
        return dokumen;
    }

    /// <summary>
    /// Issues a letter (surat dinas) of <paramref name="jenis"/> from the Perangkat Daerah of the signer's position:
    /// numbered, printed with its QR code, stored with its hash.
    /// </summary>
    public async Task<Dokumen> SuratAsync(JenisDokumen jenis, Guid penandatanganPegawaiId, Guid penandatanganJabatanId, string? sebutan, string hal,
        string kepada, IReadOnlyList<string> pembuka, IReadOnlyList<(string Label, string Isi)> rincian, IReadOnlyList<string> penutup,
        IReadOnlyList<string> tembusan, Guid? tentangPegawaiId, Guid sumberId, CancellationToken ct)
    {
        var jabatan = await db.Jabatan.AsNoTracking().Where(j => j.Id == penandatanganJabatanId).Select(j => new { j.Nama, j.PerangkatDaerahId }).SingleAsync(ct);
        var pd = await db.PerangkatDaerah.AsNoTracking().Where(p => p.Id == jabatan.PerangkatDaerahId).Select(p => new { p.Nama, p.Alamat, p.Singkatan }).SingleAsync(ct);
        var daerah = await db.PemerintahDaerah.AsNoTracking().Select(p => new { p.Nama, p.Ibukota }).SingleAsync(ct);
        var orang = await db.Pegawai.AsNoTracking().Where(g => g.Id == penandatanganPegawaiId)
            .Select(g => new { g.GelarDepan, g.Nama, g.GelarBelakang, g.Nip, g.GolonganRuang, g.GolonganPppk }).SingleAsync(ct);
        var nama = Domain.Kepegawaian.Pegawai.FormatNama(orang.GelarDepan, orang.Nama, orang.GelarBelakang);
        var pangkat = Domain.Kepegawaian.Kepangkatan.Teks(orang.GolonganRuang, orang.GolonganPppk);
        var jabatanCetak = sebutan is null ? jabatan.Nama : $"{sebutan} {jabatan.Nama}";
        var tanggal = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);

        var nomor = await NomorBerikutnyaAsync(jabatan.PerangkatDaerahId, pd.Singkatan, jenis, tanggal, ct);
        var dokumen = Dokumen.Terbitkan(jenis, jabatan.PerangkatDaerahId, nomor, tanggal, hal, tentangPegawaiId, nama, orang.Nip, jabatanCetak, sumberId, waktu.GetUtcNow());
        var isi = await pdf.SuratAsync(new SuratCetak(await KopAsync(daerah.Nama, jabatan.PerangkatDaerahId, pd.Nama, pd.Alamat, ct), nomor.Teks, hal, daerah.Ibukota, tanggal, kepada,
            pembuka, rincian, penutup, jabatanCetak, nama, pangkat, orang.Nip, tembusan, dokumen.KodeVerifikasi, alamat.Verifikasi(dokumen.KodeVerifikasi)), ct);
        if (dokumen.LampirkanPdf(isi).Gagal)
        {
            throw new InvalidOperationException("A new document cannot already have a PDF.");
        }

        db.Dokumen.Add(dokumen);
        db.BerkasDokumen.Add(new BerkasDokumen(dokumen.Id, isi));
        return dokumen;
    }

    /// <summary>
    /// Issues a document whose layout the caller prints (a Keputusan, a Rekomendasi): numbered in the series of the
    /// Perangkat Daerah of the signer's position, with the kop of that Perangkat Daerah and the region's capital as the
    /// place of signing, rendered once its number and verification code exist, stored with its hash.
    /// </summary>
    public async Task<Dokumen> DokumenAsync(JenisDokumen jenis, Guid penandatanganJabatanId, DokumenBaru baru,
        Func<CetakanDokumen, Task<byte[]>> cetak, CancellationToken ct)
    {
        var pdId = await db.Jabatan.AsNoTracking().Where(j => j.Id == penandatanganJabatanId).Select(j => j.PerangkatDaerahId).SingleAsync(ct);
        var pd = await db.PerangkatDaerah.AsNoTracking().Where(p => p.Id == pdId).Select(p => new { p.Nama, p.Alamat, p.Singkatan }).SingleAsync(ct);
        var daerah = await db.PemerintahDaerah.AsNoTracking().Select(p => new { p.Nama, p.Ibukota }).SingleAsync(ct);
        var tanggal = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);

        var nomor = await NomorBerikutnyaAsync(pdId, pd.Singkatan, jenis, tanggal, ct);
        var dokumen = Dokumen.Terbitkan(jenis, pdId, nomor, tanggal, baru.Perihal, baru.TentangPegawaiId, baru.Penandatangan, baru.NipPenandatangan,
            baru.JabatanPenandatangan, baru.SumberId, waktu.GetUtcNow());
        var isi = await cetak(new CetakanDokumen(await KopAsync(daerah.Nama, pdId, pd.Nama, pd.Alamat, ct), daerah.Nama, daerah.Ibukota, nomor.Teks, tanggal,
            dokumen.KodeVerifikasi, alamat.Verifikasi(dokumen.KodeVerifikasi)));
        if (dokumen.LampirkanPdf(isi).Gagal)
        {
            throw new InvalidOperationException("A new document cannot already have a PDF.");
        }

        db.Dokumen.Add(dokumen);
        db.BerkasDokumen.Add(new BerkasDokumen(dokumen.Id, isi));
        return dokumen;
    }

    /// <summary>The kop as it stands now: name and address of the Perangkat Daerah, and its logo if BKPSDM uploaded one.</summary>
    private async Task<KopSurat> KopAsync(string daerah, Guid pdId, string nama, string alamat, CancellationToken ct)
    {
        var logo = await db.LogoKop.AsNoTracking().Where(l => l.PerangkatDaerahId == pdId).Select(l => new { l.Isi, l.JenisKonten }).SingleOrDefaultAsync(ct);
        return new KopSurat(daerah, nama, alamat, logo?.Isi, logo?.JenisKonten);
    }

    private async Task<NomorDokumen> NomorBerikutnyaAsync(Guid pdId, string singkatan, JenisDokumen jenis, DateOnly tanggal, CancellationToken ct)
    {
        var format = await db.FormatNomorDokumen.AsNoTracking().Where(f => f.PerangkatDaerahId == pdId && f.Jenis == jenis).Select(f => f.Format)
            .SingleOrDefaultAsync(ct) ?? FormatNomor.BawaanUntuk(jenis);
        var urut = await penomor.BerikutnyaAsync(pdId, jenis, tanggal.Year, ct);
        return FormatNomor.Terapkan(format, urut, tanggal, singkatan);
    }
}
