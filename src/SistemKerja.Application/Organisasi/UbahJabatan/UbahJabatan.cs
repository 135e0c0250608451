using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Application.Organisasi.UbahJabatan;

[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record UbahJabatanCommand(Guid JabatanId, string Nama, JenjangFungsional? Jenjang, int KelasJabatan, uint Versi) : IAppCommand<Result>;

internal sealed class UbahJabatanValidator : AbstractValidator<UbahJabatanCommand>
{
    public UbahJabatanValidator()
    {
        RuleFor(x => x.JabatanId).NotEmpty().WithName("Jabatan");
        RuleFor(x => x.Nama).NotEmpty().MaximumLength(Jabatan.PanjangNama).WithName("Nama jabatan");
        RuleFor(x => x.Jenjang).IsInEnum().WithName("Jenjang");
        RuleFor(x => x.KelasJabatan).InclusiveBetween(Jabatan.KelasJabatanMinimal, Jabatan.KelasJabatanMaksimal).WithName("Kelas jabatan");
    }
}

internal sealed class UbahJabatanHandler(IAppDb db) : ICommandHandler<UbahJabatanCommand, Result>
{
    public async ValueTask<Result> Handle(UbahJabatanCommand command, CancellationToken cancellationToken)
    {
        var jabatan = await db.Jabatan.SingleOrDefaultAsync(j => j.Id == command.JabatanId, cancellationToken);
        if (jabatan is null)
        {
            return Error.TidakDitemukan("Jabatan");
        }

        db.TetapkanVersiAsli(jabatan, command.Versi);
        return jabatan.Ubah(command.Nama, command.Jenjang, command.KelasJabatan);
    }
}
