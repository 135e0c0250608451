using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;

namespace SistemKerja.Application.Organisasi.BuatUnitOrganisasi;

/// <summary>BKPSDM adds a node (Bidang, Seksi, Sub Bagian…) under an existing unit.</summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record BuatUnitOrganisasiCommand(Guid IndukId, string Nama, bool UnitOrganisasiMandiri, int Urutan) : IAppCommand<Result<Guid>>;

internal sealed class BuatUnitOrganisasiValidator : AbstractValidator<BuatUnitOrganisasiCommand>
{
    public BuatUnitOrganisasiValidator()
    {
        RuleFor(x => x.IndukId).NotEmpty().WithName("Unit induk");
        RuleFor(x => x.Nama).NotEmpty().MaximumLength(Domain.Organisasi.UnitOrganisasi.PanjangNama).WithName("Nama unit");
        RuleFor(x => x.Urutan).InclusiveBetween(0, 999).WithName("Urutan");
    }
}

internal sealed class BuatUnitOrganisasiHandler(IAppDb db) : ICommandHandler<BuatUnitOrganisasiCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(BuatUnitOrganisasiCommand command, CancellationToken cancellationToken)
    {
        var induk = await db.UnitOrganisasi.SingleOrDefaultAsync(u => u.Id == command.IndukId, cancellationToken);
        if (induk is null)
        {
            return Error.TidakDitemukan("Unit induk");
        }

        var unit = Domain.Organisasi.UnitOrganisasi.BuatDi(induk, command.Nama, command.UnitOrganisasiMandiri, command.Urutan);
        db.UnitOrganisasi.Add(unit);
        return unit.Id;
    }
}
