using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;

namespace SistemKerja.Application.Kepegawaian.TetapkanPemangkuJabatan;

/// <summary>BKPSDM places a pegawai in a position (definitive, Plt or Plh) from a TMT, on the basis of an SK.</summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record TetapkanPemangkuJabatanCommand(
    Guid PegawaiId,
    Guid JabatanId,
    JenisPemangkuan Jenis,
    DateOnly Tmt,
    string NomorSk,
    bool AkhiriJabatanSebelumnya) : IAppCommand<Result<Guid>>;

internal sealed class TetapkanPemangkuJabatanValidator : AbstractValidator<TetapkanPemangkuJabatanCommand>
{
    public TetapkanPemangkuJabatanValidator()
    {
        RuleFor(x => x.PegawaiId).NotEmpty().WithName("Pegawai");
        RuleFor(x => x.JabatanId).NotEmpty().WithName("Jabatan");
        RuleFor(x => x.Jenis).IsInEnum().WithName("Jenis pemangkuan");
        RuleFor(x => x.Tmt).NotEqual(default(DateOnly)).WithName("TMT");
        RuleFor(x => x.NomorSk).NotEmpty().MaximumLength(PemangkuJabatan.PanjangNomorSk).WithName("Nomor SK");
    }
}

internal sealed class TetapkanPemangkuJabatanHandler(IAppDb db) : ICommandHandler<TetapkanPemangkuJabatanCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(TetapkanPemangkuJabatanCommand command, CancellationToken cancellationToken)
    {
        var pegawai = await db.Pegawai.Include(p => p.RiwayatJabatan).SingleOrDefaultAsync(p => p.Id == command.PegawaiId, cancellationToken);
        var jabatan = await db.Jabatan.SingleOrDefaultAsync(j => j.Id == command.JabatanId, cancellationToken);
        if (pegawai is null)
        {
            return Error.TidakDitemukan("Pegawai");
        }

        if (jabatan is null)
        {
            return Error.TidakDitemukan("Jabatan");
        }

        var pemangkuAktif = await db.PemangkuJabatan
            .Where(p => p.JabatanId == jabatan.Id && p.TanggalSelesai == null)
            .ToListAsync(cancellationToken);
        var hasil = pegawai.TetapkanPadaJabatan(jabatan, command.Jenis, command.Tmt, command.NomorSk, pemangkuAktif, command.AkhiriJabatanSebelumnya);
        return hasil.Berhasil ? hasil.Nilai.Id : Result<Guid>.Fail(hasil.Errors);
    }
}
