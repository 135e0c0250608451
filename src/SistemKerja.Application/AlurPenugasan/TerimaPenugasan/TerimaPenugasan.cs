using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;

namespace SistemKerja.Application.AlurPenugasan.TerimaPenugasan;

/// <summary>The assignee acknowledges the surat penugasan (G13: receipt, not consent).</summary>
[HanyaUntuk(Peran.Pegawai, Peran.PimpinanUnit)]
public sealed record TerimaPenugasanCommand(Guid PenugasanId) : IAppCommand<Result>;

internal sealed class TerimaPenugasanValidator : AbstractValidator<TerimaPenugasanCommand>
{
    public TerimaPenugasanValidator() => RuleFor(x => x.PenugasanId).NotEmpty();
}

internal sealed class TerimaPenugasanHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : ICommandHandler<TerimaPenugasanCommand, Result>
{
    public async ValueTask<Result> Handle(TerimaPenugasanCommand c, CancellationToken cancellationToken)
    {
        var t = await db.Penugasan.SingleOrDefaultAsync(x => x.Id == c.PenugasanId, cancellationToken);
        if (t is null || pengguna.PegawaiId is not { } saya)
        {
            return Error.TidakDitemukan("Penugasan");
        }

        return t.Terima(saya, waktu.GetUtcNow());
    }
}
