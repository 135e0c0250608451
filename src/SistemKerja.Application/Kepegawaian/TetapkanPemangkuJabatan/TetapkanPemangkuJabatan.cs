using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;

namespace SistemKerja.Application.Kepegawaian.TetapkanPemangkuJabatan;

/// <summary>
/// BKPSDM places a pegawai in a position (definitive, Plt or Plh) from a TMT, on the basis of an SK. A Plt/Plh may carry
/// the period of its letter (<see cref="TanggalSelesai"/>). The head of a Perangkat Daerah may appoint the Plt/Plh of
/// the head positions of their own Perangkat Daerah (a Plh while an official is on leave); definitive placements stay
/// with BKPSDM.
/// </summary>
[HanyaUntuk(Peran.AdminBkpsdm, Peran.PimpinanUnit)]
public sealed record TetapkanPemangkuJabatanCommand(
    Guid PegawaiId,
    Guid JabatanId,
    JenisPemangkuan Jenis,
    DateOnly Tmt,
    string NomorSk,
    bool AkhiriJabatanSebelumnya,
    DateOnly? TanggalSelesai = null) : IAppCommand<Result<Guid>>;

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

internal sealed class TetapkanPemangkuJabatanHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : ICommandHandler<TetapkanPemangkuJabatanCommand, Result<Guid>>
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

        if (!pengguna.Memiliki(Peran.AdminBkpsdm) && !await KepalaPerangkatDaerahAsync(jabatan.PerangkatDaerahId, cancellationToken))
        {
            return Error.Terlarang("Plt./Plh. hanya dapat ditetapkan oleh Admin BKPSDM atau Kepala Perangkat Daerah yang bersangkutan.");
        }

        if (!pengguna.Memiliki(Peran.AdminBkpsdm) && command.Jenis == JenisPemangkuan.Definitif)
        {
            return Error.Terlarang("Pemangku jabatan definitif ditetapkan oleh BKPSDM; Kepala Perangkat Daerah hanya menetapkan Plt./Plh.");
        }

        var pemangkuAktif = await db.PemangkuJabatan
            .Where(p => p.JabatanId == jabatan.Id && (p.TanggalSelesai == null || p.TanggalSelesai >= command.Tmt))
            .ToListAsync(cancellationToken);
        var hasil = pegawai.TetapkanPadaJabatan(jabatan, command.Jenis, command.Tmt, command.NomorSk, pemangkuAktif, command.AkhiriJabatanSebelumnya, command.TanggalSelesai);
        return hasil.Berhasil ? hasil.Nilai.Id : Result<Guid>.Fail(hasil.Errors);
    }

    /// <summary>Does the user hold today (definitively or as Plt) the head position of the top unit of the Perangkat Daerah?</summary>
    private async Task<bool> KepalaPerangkatDaerahAsync(Guid perangkatDaerahId, CancellationToken ct)
    {
        if (pengguna.PegawaiId is not { } saya)
        {
            return false;
        }

        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        return await (from pj in db.PemangkuJabatan
                      join j in db.Jabatan on pj.JabatanId equals j.Id
                      join u in db.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
                      where pj.PegawaiId == saya && pj.Jenis != JenisPemangkuan.Plh && pj.Tmt <= hariIni && (pj.TanggalSelesai == null || pj.TanggalSelesai >= hariIni)
                          && j.MemimpinUnit && u.IndukId == null && u.PerangkatDaerahId == perangkatDaerahId
                      select pj.Id)
            .AnyAsync(ct);
    }
}
