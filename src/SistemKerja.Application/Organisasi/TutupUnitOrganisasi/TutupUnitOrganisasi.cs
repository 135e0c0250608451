using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;

namespace SistemKerja.Application.Organisasi.TutupUnitOrganisasi;

/// <summary>Closes an empty unit from a date; it stays in the history.</summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record TutupUnitOrganisasiCommand(Guid UnitId, DateOnly Tanggal, uint Versi) : IAppCommand<Result>;

internal sealed class TutupUnitOrganisasiValidator : AbstractValidator<TutupUnitOrganisasiCommand>
{
    public TutupUnitOrganisasiValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty().WithName("Unit");
        RuleFor(x => x.Tanggal).NotEqual(default(DateOnly)).WithName("Tanggal penutupan");
    }
}

internal sealed class TutupUnitOrganisasiHandler(IAppDb db) : ICommandHandler<TutupUnitOrganisasiCommand, Result>
{
    public async ValueTask<Result> Handle(TutupUnitOrganisasiCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.UnitOrganisasi.SingleOrDefaultAsync(u => u.Id == command.UnitId, cancellationToken);
        if (unit is null)
        {
            return Error.TidakDitemukan("Unit");
        }

        db.TetapkanVersiAsli(unit, command.Versi);
        // Anything still open on the closing day (not closed, or closing later) keeps the unit open.
        var adaJabatan = await db.Jabatan.AnyAsync(j => j.UnitOrganisasiId == unit.Id && (j.DitutupPada == null || j.DitutupPada > command.Tanggal), cancellationToken);
        var adaSubUnit = await db.UnitOrganisasi.AnyAsync(u => u.IndukId == unit.Id && (u.DitutupPada == null || u.DitutupPada > command.Tanggal), cancellationToken);
        return unit.Tutup(command.Tanggal, adaJabatan, adaSubUnit);
    }
}
