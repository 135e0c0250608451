using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;

namespace SistemKerja.Application.Organisasi.UbahUnitOrganisasi;

[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record UbahUnitOrganisasiCommand(Guid UnitId, string Nama, bool UnitOrganisasiMandiri, int Urutan, uint Versi) : IAppCommand<Result>;

internal sealed class UbahUnitOrganisasiValidator : AbstractValidator<UbahUnitOrganisasiCommand>
{
    public UbahUnitOrganisasiValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty().WithName("Unit");
        RuleFor(x => x.Nama).NotEmpty().MaximumLength(Domain.Organisasi.UnitOrganisasi.PanjangNama).WithName("Nama unit");
        RuleFor(x => x.Urutan).InclusiveBetween(0, 999).WithName("Urutan");
    }
}

internal sealed class UbahUnitOrganisasiHandler(IAppDb db) : ICommandHandler<UbahUnitOrganisasiCommand, Result>
{
    public async ValueTask<Result> Handle(UbahUnitOrganisasiCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.UnitOrganisasi.SingleOrDefaultAsync(u => u.Id == command.UnitId, cancellationToken);
        if (unit is null)
        {
            return Error.TidakDitemukan("Unit");
        }

        db.TetapkanVersiAsli(unit, command.Versi);
        unit.Ubah(command.Nama, command.UnitOrganisasiMandiri, command.Urutan);
        return Result.Ok();
    }
}
