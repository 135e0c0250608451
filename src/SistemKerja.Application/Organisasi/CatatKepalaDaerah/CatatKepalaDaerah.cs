using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Application.Organisasi.CatatKepalaDaerah;

/// <summary>
/// The BKPSDM admin records who the Bupati/Wali Kota in office is, as a Keputusan Kepala Daerah prints the name (a Tim Kerja
/// lintas instansi in TRK, `002_d52b46878c9378dd.txt` Ps 12(7)c). A new Kepala Daerah takes effect for decrees recorded
/// afterwards; decrees already issued keep the name they were printed with.
/// </summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record CatatKepalaDaerahCommand(string? Nama, uint Versi) : IAppCommand<Result>;

internal sealed class CatatKepalaDaerahValidator : AbstractValidator<CatatKepalaDaerahCommand>
{
    public CatatKepalaDaerahValidator() =>
        RuleFor(x => x.Nama).NotEmpty().MaximumLength(PemerintahDaerah.PanjangNamaKepalaDaerah).WithName("Nama kepala daerah");
}

internal sealed class CatatKepalaDaerahHandler(IAppDb db) : ICommandHandler<CatatKepalaDaerahCommand, Result>
{
    public async ValueTask<Result> Handle(CatatKepalaDaerahCommand c, CancellationToken cancellationToken)
    {
        var pemda = await db.PemerintahDaerah.SingleAsync(cancellationToken);
        db.TetapkanVersiAsli(pemda, c.Versi);
        return pemda.CatatKepalaDaerah(c.Nama);
    }
}
