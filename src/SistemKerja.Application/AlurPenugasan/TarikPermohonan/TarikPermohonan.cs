using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;

namespace SistemKerja.Application.AlurPenugasan.TarikPermohonan;

/// <summary>The requester withdraws a request that is still in process.</summary>
[HanyaUntuk(Peran.Pegawai, Peran.PimpinanUnit)]
public sealed record TarikPermohonanCommand(Guid PermohonanId, uint Versi) : IAppCommand<Result>;

internal sealed class TarikPermohonanValidator : AbstractValidator<TarikPermohonanCommand>
{
    public TarikPermohonanValidator() => RuleFor(x => x.PermohonanId).NotEmpty();
}

internal sealed class TarikPermohonanHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : ICommandHandler<TarikPermohonanCommand, Result>
{
    public async ValueTask<Result> Handle(TarikPermohonanCommand c, CancellationToken cancellationToken)
    {
        var p = await db.Permohonan.SingleOrDefaultAsync(x => x.Id == c.PermohonanId, cancellationToken);
        if (p is null || pengguna.PegawaiId is not { } saya)
        {
            return Error.TidakDitemukan("Permohonan");
        }

        if (p.PemohonPegawaiId != saya)
        {
            return Error.Terlarang("Hanya pemohon yang dapat menarik permohonan.");
        }

        if (p.Versi != c.Versi)
        {
            return Error.DiubahPenggunaLain; // a double click or an old tab
        }

        db.TetapkanVersiAsli(p, c.Versi);
        return p.Tarik(saya, waktu.GetUtcNow());
    }
}
