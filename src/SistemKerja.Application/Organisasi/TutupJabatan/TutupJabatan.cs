using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;

namespace SistemKerja.Application.Organisasi.TutupJabatan;

/// <summary>Closes a vacant position slot from a date; it stays in the history.</summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record TutupJabatanCommand(Guid JabatanId, DateOnly Tanggal, uint Versi) : IAppCommand<Result>;

internal sealed class TutupJabatanValidator : AbstractValidator<TutupJabatanCommand>
{
    public TutupJabatanValidator()
    {
        RuleFor(x => x.JabatanId).NotEmpty().WithName("Jabatan");
        RuleFor(x => x.Tanggal).NotEqual(default(DateOnly)).WithName("Tanggal penutupan");
    }
}

internal sealed class TutupJabatanHandler(IAppDb db) : ICommandHandler<TutupJabatanCommand, Result>
{
    public async ValueTask<Result> Handle(TutupJabatanCommand command, CancellationToken cancellationToken)
    {
        var jabatan = await db.Jabatan.SingleOrDefaultAsync(j => j.Id == command.JabatanId, cancellationToken);
        if (jabatan is null)
        {
            return Error.TidakDitemukan("Jabatan");
        }

        db.TetapkanVersiAsli(jabatan, command.Versi);
        var dipangku = await db.PemangkuJabatan.AnyAsync(p => p.JabatanId == jabatan.Id && (p.TanggalSelesai == null || p.TanggalSelesai >= command.Tanggal), cancellationToken);
        return jabatan.Tutup(command.Tanggal, dipangku);
    }
}
