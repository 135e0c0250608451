using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;

namespace SistemKerja.Application.Organisasi.PindahkanUnitOrganisasi;

/// <summary>BKPSDM moves a unit (with everything under it) to another parent of the same Perangkat Daerah.</summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record PindahkanUnitOrganisasiCommand(Guid UnitId, Guid IndukBaruId, uint Versi) : IAppCommand<Result>;

internal sealed class PindahkanUnitOrganisasiValidator : AbstractValidator<PindahkanUnitOrganisasiCommand>
{
    public PindahkanUnitOrganisasiValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty().WithName("Unit");
        RuleFor(x => x.IndukBaruId).NotEmpty().WithName("Unit induk baru");
    }
}

internal sealed class PindahkanUnitOrganisasiHandler(IAppDb db) : ICommandHandler<PindahkanUnitOrganisasiCommand, Result>
{
    public async ValueTask<Result> Handle(PindahkanUnitOrganisasiCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.UnitOrganisasi.SingleOrDefaultAsync(u => u.Id == command.UnitId, cancellationToken);
        var indukBaru = await db.UnitOrganisasi.SingleOrDefaultAsync(u => u.Id == command.IndukBaruId, cancellationToken);
        if (unit is null || indukBaru is null)
        {
            return Error.TidakDitemukan("Unit");
        }

        db.TetapkanVersiAsli(unit, command.Versi);
        var leluhur = await LeluhurDari(indukBaru, cancellationToken);
        return unit.PindahkanKe(indukBaru, leluhur);
    }

    /// <summary>Ancestors of a node, read in one recursive query.</summary>
    private async Task<IReadOnlyCollection<Guid>> LeluhurDari(Domain.Organisasi.UnitOrganisasi unit, CancellationToken ct)
    {
        // The whole tree of one Perangkat Daerah is small (tens to a few hundred nodes): read the parent links once.
        var induk = await db.UnitOrganisasi.AsNoTracking()
            .Where(u => u.PerangkatDaerahId == unit.PerangkatDaerahId)
            .Select(u => new { u.Id, u.IndukId })
            .ToDictionaryAsync(u => u.Id, u => u.IndukId, ct);
        var hasil = new HashSet<Guid>();
        var saatIni = unit.IndukId;
        while (saatIni is { } id && hasil.Add(id))
        {
            saatIni = induk.GetValueOrDefault(id);
        }

        return hasil;
    }
}
