using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Dokumen;

namespace SistemKerja.Application.NaskahDinas;

/// <summary>What the public verification page shows about a document (no personal data beyond what the letter prints).</summary>
public sealed record InfoDokumen(string Nomor, JenisDokumen Jenis, DateOnly Tanggal, string PerangkatDaerah, string Penandatangan, string JabatanPenandatangan,
    string Sha256, StatusDokumen Status, string? DibatalkanOlehNomor, string? AlasanPembatalan, string KodeVerifikasi,
    string? MenggantikanNomor = null);

/// <summary>Public: the document behind a verification code (printed on the PDF and in its QR code), or null.</summary>
public sealed record VerifikasiDokumenQuery(string? Kode) : IQuery<InfoDokumen?>;

public enum HasilCocok
{
    /// <summary>The uploaded file is byte for byte an issued document.</summary>
    Asli,

    /// <summary>A code was given and the document exists, but the file differs: it was changed after issue.</summary>
    Berubah,

    /// <summary>No issued document has this content.</summary>
    TidakDikenal,
}

public sealed record HasilVerifikasiBerkas(HasilCocok Hasil, string Sha256, InfoDokumen? Dokumen);

/// <summary>Public: is an uploaded PDF an issued document? Compares its SHA-256 with the stored ones.</summary>
public sealed record VerifikasiBerkasQuery(string? Kode, byte[] Isi) : IQuery<HasilVerifikasiBerkas>;

internal sealed class VerifikasiDokumenHandler(IAppDb db) : IQueryHandler<VerifikasiDokumenQuery, InfoDokumen?>, IQueryHandler<VerifikasiBerkasQuery, HasilVerifikasiBerkas>
{
    public async ValueTask<InfoDokumen?> Handle(VerifikasiDokumenQuery query, CancellationToken cancellationToken)
    {
        var kode = (query.Kode ?? "").Trim().ToUpperInvariant();
        return kode.Length is 0 or > Dokumen.PanjangKode ? null : await InfoAsync(d => d.KodeVerifikasi == kode, cancellationToken);
    }

    public async ValueTask<HasilVerifikasiBerkas> Handle(VerifikasiBerkasQuery query, CancellationToken cancellationToken)
    {
        var hash = Dokumen.HashDari(query.Isi);
        var asli = await InfoAsync(d => d.Sha256 == hash, cancellationToken);
        if (asli is not null)
        {
            return new HasilVerifikasiBerkas(HasilCocok.Asli, hash, asli);
        }

        var menurutKode = await Handle(new VerifikasiDokumenQuery(query.Kode), cancellationToken);
        return new HasilVerifikasiBerkas(menurutKode is null ? HasilCocok.TidakDikenal : HasilCocok.Berubah, hash, menurutKode);
    }

    private Task<InfoDokumen?> InfoAsync(System.Linq.Expressions.Expression<Func<Dokumen, bool>> syarat, CancellationToken ct) =>
        (from d in db.Dokumen.AsNoTracking().Where(syarat)
         join pd in db.PerangkatDaerah on d.PerangkatDaerahId equals pd.Id
         select new InfoDokumen(d.Nomor, d.Jenis, d.Tanggal, pd.Nama, d.Penandatangan, d.JabatanPenandatangan, d.Sha256, d.Status,
             db.Dokumen.Where(x => x.Id == d.DibatalkanOlehId).Select(x => x.Nomor).FirstOrDefault(), d.AlasanPembatalan, d.KodeVerifikasi,
             db.Dokumen.Where(x => x.Id == d.MenggantikanId).Select(x => x.Nomor).FirstOrDefault()))
        .FirstOrDefaultAsync(ct);
}
