using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Application.NaskahDinas;

/// <summary>The kop surat of a Perangkat Daerah as BKPSDM maintains it: the address line and the logo.</summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record KopSuratPerangkatDaerahQuery(Guid PerangkatDaerahId) : IQuery<Result<KopSuratPerangkatDaerah>>;

public sealed record KopSuratPerangkatDaerah(Guid PerangkatDaerahId, string Nama, string Alamat, uint Versi, string? JenisLogo, long UkuranLogo,
    DateTimeOffset? LogoDiunggahPada);

/// <summary>The uploaded logo itself, to show it on the admin page.</summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record LogoKopQuery(Guid PerangkatDaerahId) : IQuery<Result<BerkasUnduhan>>;

internal sealed class KopSuratHandler(IAppDb db)
    : IQueryHandler<KopSuratPerangkatDaerahQuery, Result<KopSuratPerangkatDaerah>>, IQueryHandler<LogoKopQuery, Result<BerkasUnduhan>>
{
    public async ValueTask<Result<KopSuratPerangkatDaerah>> Handle(KopSuratPerangkatDaerahQuery query, CancellationToken cancellationToken)
    {
        var kop = await db.PerangkatDaerah.AsNoTracking().Where(p => p.Id == query.PerangkatDaerahId)
            .Select(p => new KopSuratPerangkatDaerah(p.Id, p.Nama, p.Alamat, p.Versi,
                db.LogoKop.Where(l => l.PerangkatDaerahId == p.Id).Select(l => l.JenisKonten).FirstOrDefault(),
                db.LogoKop.Where(l => l.PerangkatDaerahId == p.Id).Select(l => (long)l.Isi.Length).FirstOrDefault(),
                db.LogoKop.Where(l => l.PerangkatDaerahId == p.Id).Select(l => (DateTimeOffset?)l.DiunggahPada).FirstOrDefault()))
            .SingleOrDefaultAsync(cancellationToken);
        return kop is null ? Error.TidakDitemukan("Perangkat Daerah") : kop;
    }

    public async ValueTask<Result<BerkasUnduhan>> Handle(LogoKopQuery query, CancellationToken cancellationToken)
    {
        var logo = await db.LogoKop.AsNoTracking().Where(l => l.PerangkatDaerahId == query.PerangkatDaerahId).Select(l => new { l.Isi, l.JenisKonten })
            .SingleOrDefaultAsync(cancellationToken);
        return logo is null
            ? Error.TidakDitemukan("Logo")
            : new BerkasUnduhan(logo.JenisKonten == "image/png" ? "logo.png" : "logo.jpg", logo.JenisKonten, logo.Isi);
    }
}

/// <summary>
/// Uploads (or replaces) the kop logo of a Perangkat Daerah: PNG or JPEG by content, at most 512 KB. Documents printed
/// afterwards carry it; issued ones never change. The bytes are left out of the audit line (its name and size are kept).
/// </summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record UnggahLogoKopCommand(Guid PerangkatDaerahId, string? NamaBerkas, [property: JsonIgnore] byte[] Isi) : IAppCommand<Result>
{
    public int Ukuran => Isi.Length;
}

/// <summary>The shape only; the content (PNG/JPEG magic bytes, extension, size) is checked by <see cref="LogoKop"/>.</summary>
internal sealed class UnggahLogoKopValidator : AbstractValidator<UnggahLogoKopCommand>
{
    public UnggahLogoKopValidator()
    {
        RuleFor(x => x.PerangkatDaerahId).NotEmpty();
        RuleFor(x => x.Isi).NotEmpty().WithMessage("Pilih berkas logo (PNG atau JPEG).");
        RuleFor(x => x.NamaBerkas).MaximumLength(255).WithMessage("Nama berkas logo paling banyak 255 karakter.");
    }
}

internal sealed class UnggahLogoKopHandler(IAppDb db, TimeProvider waktu) : ICommandHandler<UnggahLogoKopCommand, Result>
{
    public async ValueTask<Result> Handle(UnggahLogoKopCommand c, CancellationToken cancellationToken)
    {
        if (!await db.PerangkatDaerah.AnyAsync(p => p.Id == c.PerangkatDaerahId, cancellationToken))
        {
            return Error.TidakDitemukan("Perangkat Daerah");
        }

        var ada = await db.LogoKop.SingleOrDefaultAsync(l => l.PerangkatDaerahId == c.PerangkatDaerahId, cancellationToken);
        if (ada is not null)
        {
            return ada.Ganti(c.NamaBerkas, c.Isi, waktu.GetUtcNow());
        }

        var baru = LogoKop.Unggah(c.PerangkatDaerahId, c.NamaBerkas, c.Isi, waktu.GetUtcNow());
        if (baru.Gagal)
        {
            return Result.Fail(baru.Errors);
        }

        db.LogoKop.Add(baru.Nilai);
        return Result.Ok();
    }
}

/// <summary>Changes the address line of the kop surat (printed on documents issued afterwards).</summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record UbahAlamatKopCommand(Guid PerangkatDaerahId, string? Alamat, uint Versi) : IAppCommand<Result>;

internal sealed class UbahAlamatKopValidator : AbstractValidator<UbahAlamatKopCommand>
{
    public UbahAlamatKopValidator()
    {
        RuleFor(x => x.PerangkatDaerahId).NotEmpty();
        RuleFor(x => x.Alamat).NotEmpty().WithMessage("Alamat kop surat wajib diisi.")
            .MaximumLength(PerangkatDaerah.PanjangAlamat).WithMessage($"Alamat kop surat paling banyak {PerangkatDaerah.PanjangAlamat} karakter.")
            .Must(a => a is null || !a.Any(char.IsControl)).WithMessage("Alamat kop surat harus satu baris.");
    }
}

internal sealed class UbahAlamatKopHandler(IAppDb db) : ICommandHandler<UbahAlamatKopCommand, Result>
{
    public async ValueTask<Result> Handle(UbahAlamatKopCommand c, CancellationToken cancellationToken)
    {
        var pd = await db.PerangkatDaerah.SingleOrDefaultAsync(p => p.Id == c.PerangkatDaerahId, cancellationToken);
        if (pd is null)
        {
            return Error.TidakDitemukan("Perangkat Daerah");
        }

        db.TetapkanVersiAsli(pd, c.Versi);
        pd.UbahAlamat(c.Alamat!);
        return Result.Ok();
    }
}
