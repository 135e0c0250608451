using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;

namespace SistemKerja.Application.Kepegawaian.AkhiriPemangkuJabatan;

/// <summary>Ends a holding (pensiun, pemberhentian, end of a Plt/Plh) on a date.</summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record AkhiriPemangkuJabatanCommand(Guid PegawaiId, Guid PemangkuJabatanId, DateOnly TanggalSelesai, uint Versi) : IAppCommand<Result>;

internal sealed class AkhiriPemangkuJabatanValidator : AbstractValidator<AkhiriPemangkuJabatanCommand>
{
    public AkhiriPemangkuJabatanValidator()
    {
        RuleFor(x => x.PegawaiId).NotEmpty().WithName("Pegawai");
        RuleFor(x => x.PemangkuJabatanId).NotEmpty().WithName("Jabatan");
        RuleFor(x => x.TanggalSelesai).NotEqual(default(DateOnly)).WithName("Tanggal selesai");
    }
}

internal sealed class AkhiriPemangkuJabatanHandler(IAppDb db) : ICommandHandler<AkhiriPemangkuJabatanCommand, Result>
{
    public async ValueTask<Result> Handle(AkhiriPemangkuJabatanCommand command, CancellationToken cancellationToken)
    {
        var pegawai = await db.Pegawai.Include(p => p.RiwayatJabatan).SingleOrDefaultAsync(p => p.Id == command.PegawaiId, cancellationToken);
        if (pegawai is null)
        {
            return Error.TidakDitemukan("Pegawai");
        }

        db.TetapkanVersiAsli(pegawai, command.Versi);
        return pegawai.AkhiriJabatan(command.PemangkuJabatanId, command.TanggalSelesai);
    }
}
