using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;

namespace SistemKerja.Application.AlurPenugasan.Pemberitahuan;

/// <summary>How many notices the signed-in pegawai has not read (the badge in the menu).</summary>
public sealed record JumlahNotifikasiBaruQuery : IQuery<int>;

internal sealed class JumlahNotifikasiBaruHandler(IAppDb db, IPenggunaSaatIni pengguna) : IQueryHandler<JumlahNotifikasiBaruQuery, int>
{
    public async ValueTask<int> Handle(JumlahNotifikasiBaruQuery query, CancellationToken cancellationToken) =>
        pengguna.PegawaiId is { } saya
            ? await db.Notifikasi.CountAsync(n => n.PegawaiId == saya && n.DibacaPada == null, cancellationToken)
            : 0;
}

/// <summary>Marks all of the signed-in pegawai's notices as read.</summary>
[HanyaUntuk(Peran.Pegawai, Peran.PimpinanUnit, Peran.AdminBkpsdm, Peran.Auditor)]
public sealed record TandaiNotifikasiDibacaCommand(bool Semua = true) : IAppCommand<Result<int>>;

internal sealed class TandaiNotifikasiDibacaValidator : AbstractValidator<TandaiNotifikasiDibacaCommand>
{
    public TandaiNotifikasiDibacaValidator() => RuleFor(x => x.Semua).Equal(true);
}

internal sealed class TandaiNotifikasiDibacaHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : ICommandHandler<TandaiNotifikasiDibacaCommand, Result<int>>
{
    public async ValueTask<Result<int>> Handle(TandaiNotifikasiDibacaCommand command, CancellationToken cancellationToken)
    {
        if (pengguna.PegawaiId is not { } saya)
        {
            return 0;
        }

        var baru = await db.Notifikasi.Where(n => n.PegawaiId == saya && n.DibacaPada == null).ToListAsync(cancellationToken);
        var sekarang = waktu.GetUtcNow();
        foreach (var n in baru)
        {
            n.TandaiDibaca(sekarang);
        }

        return baru.Count;
    }
}
