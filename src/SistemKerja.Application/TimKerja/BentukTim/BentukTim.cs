using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.TimKerja.Bersama;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.TimKerja.BentukTim;

/// <summary>
/// WF-2 step 1 (DOMAIN.md §6.4, §8.1): the Pimpinan Unit Organisasi drafts a Tim Kerja for a target of the unit they lead:
/// name, tasks (one per line), target and unit of output, kind and period. Members and ketua come next, then the decree.
/// </summary>
[HanyaUntuk(Peran.PimpinanUnit)]
public sealed record BentukTimCommand(
    Guid UnitId,
    string? Nama,
    string? Tugas,
    string? Sasaran,
    string? SatuanSasaran,
    JenisTugasTim JenisTugas,
    DateOnly TanggalMulai,
    DateOnly TanggalSelesai,
    bool ProgramStrategisLintasPerangkatDaerah) : IAppCommand<Result<Guid>>, IIsianRincianTim;

internal sealed class BentukTimValidator : AbstractValidator<BentukTimCommand>
{
    public BentukTimValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty().WithName("Unit pemilik kinerja");
        this.IsianRincianTim();
    }
}

internal sealed class BentukTimHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : ICommandHandler<BentukTimCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(BentukTimCommand c, CancellationToken cancellationToken)
    {
        if (pengguna.PegawaiId is not { } saya)
        {
            return Error.Terlarang("Akun Anda tidak terhubung dengan data pegawai.");
        }

        var hariIni = PemuatTim.HariIni(waktu);
        var kebijakan = await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken);
        var pimpinan = await PemuatTim.PimpinanAsync(db, kebijakan, c.UnitId, hariIni, cancellationToken);
        var dipegang = await PencariPejabat.JabatanDipegangAsync(db, saya, hariIni, cancellationToken);
        if (pimpinan is null || !dipegang.ContainsKey(pimpinan.PimpinanPemilikKinerja.JabatanId))
        {
            // §8.1: the PUO forms teams for the targets of their own unit.
            return Error.Terlarang("Tim Kerja dibentuk oleh Pimpinan Unit Organisasi pemilik kinerja; Anda bukan pimpinan unit tersebut.");
        }

        var pd = await db.UnitOrganisasi.Where(u => u.Id == c.UnitId).Select(u => u.PerangkatDaerahId).SingleAsync(cancellationToken);
        var hasil = Tim.Rancang(c.UnitId, pd, c.Rincian(), pimpinan, saya, waktu.GetUtcNow());
        if (hasil.Gagal)
        {
            return Result<Guid>.Fail(hasil.Errors);
        }

        db.Tim.Add(hasil.Nilai);
        return hasil.Nilai.Id;
    }
}
