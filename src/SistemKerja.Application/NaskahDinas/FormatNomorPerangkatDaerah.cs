using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Dokumen;

namespace SistemKerja.Application.NaskahDinas;

/// <summary>
/// The number formats of one Perangkat Daerah, one per document kind (the default where none is set), each with the
/// number the next document of that kind would get today (without taking it).
/// </summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record FormatNomorPerangkatDaerahQuery(Guid PerangkatDaerahId) : IQuery<Result<FormatNomorPerangkatDaerah>>;

public sealed record FormatNomorPerangkatDaerah(Guid PerangkatDaerahId, string Nama, string Singkatan, DateOnly HariIni, IReadOnlyList<FormatNomorJenis> Jenis);

public sealed record FormatNomorJenis(JenisDokumen Jenis, string Format, bool Bawaan, int UrutBerikutnya, string NomorBerikutnya);

internal sealed class FormatNomorPerangkatDaerahHandler(IAppDb db, IPenomorDokumen penomor, TimeProvider waktu)
    : IQueryHandler<FormatNomorPerangkatDaerahQuery, Result<FormatNomorPerangkatDaerah>>
{
    public async ValueTask<Result<FormatNomorPerangkatDaerah>> Handle(FormatNomorPerangkatDaerahQuery query, CancellationToken cancellationToken)
    {
        var pd = await db.PerangkatDaerah.AsNoTracking().Where(p => p.Id == query.PerangkatDaerahId).Select(p => new { p.Id, p.Nama, p.Singkatan })
            .SingleOrDefaultAsync(cancellationToken);
        if (pd is null)
        {
            return Error.TidakDitemukan("Perangkat Daerah");
        }

        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var format = await db.FormatNomorDokumen.AsNoTracking().Where(f => f.PerangkatDaerahId == pd.Id).ToDictionaryAsync(f => f.Jenis, f => f.Format, cancellationToken);
        var terakhir = await penomor.TerakhirAsync(pd.Id, hariIni.Year, cancellationToken);
        return new FormatNomorPerangkatDaerah(pd.Id, pd.Nama, pd.Singkatan, hariIni, [.. Enum.GetValues<JenisDokumen>().Select(j =>
        {
            var f = format.GetValueOrDefault(j);
            var urut = terakhir.GetValueOrDefault(j) + 1;
            var dipakai = f ?? FormatNomor.BawaanUntuk(j);
            return new FormatNomorJenis(j, dipakai, f is null, urut, FormatNomor.Terapkan(dipakai, urut, hariIni, pd.Singkatan).Teks);
        })]);
    }
}

/// <summary>
/// Sets the number format of a Perangkat Daerah for one document kind (BKPSDM). Applies to documents issued from now on;
/// issued numbers never change. The sequence is not reset (it runs per Perangkat Daerah, kind and year).
/// </summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record AturFormatNomorCommand(Guid PerangkatDaerahId, JenisDokumen Jenis, string? Format) : IAppCommand<Result>;

internal sealed class AturFormatNomorValidator : AbstractValidator<AturFormatNomorCommand>
{
    public AturFormatNomorValidator()
    {
        RuleFor(x => x.PerangkatDaerahId).NotEmpty();
        RuleFor(x => x.Jenis).IsInEnum().WithMessage("Jenis dokumen tidak dikenal.");
    }
}

internal sealed class AturFormatNomorHandler(IAppDb db) : ICommandHandler<AturFormatNomorCommand, Result>
{
    public async ValueTask<Result> Handle(AturFormatNomorCommand c, CancellationToken cancellationToken)
    {
        if (!await db.PerangkatDaerah.AnyAsync(p => p.Id == c.PerangkatDaerahId, cancellationToken))
        {
            return Error.TidakDitemukan("Perangkat Daerah");
        }

        var cek = FormatNomor.Periksa(c.Format);
        if (cek.Gagal)
        {
            return cek;
        }

        var format = c.Format!.Trim();
        var ada = await db.FormatNomorDokumen.SingleOrDefaultAsync(f => f.PerangkatDaerahId == c.PerangkatDaerahId && f.Jenis == c.Jenis, cancellationToken);
        if (ada is null)
        {
            db.FormatNomorDokumen.Add(new FormatNomorDokumen(c.PerangkatDaerahId, c.Jenis, format));
        }
        else
        {
            ada.Ubah(format);
        }

        return Result.Ok();
    }
}
