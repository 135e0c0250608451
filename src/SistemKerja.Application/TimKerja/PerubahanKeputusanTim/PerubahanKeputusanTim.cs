using FluentValidation;
using Mediator;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.TimKerja.Bersama;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.TimKerja.PerubahanKeputusanTim;

/// <summary>
/// [P] The team's pimpinan opens an amendment of a team that is set, with a reason (DOMAIN.md §8.2: the team is changed by a
/// decree of the same authority, "Perubahan atas Keputusan …"). The decree in force governs until the amending one is set
/// (<see cref="TetapkanTim.TetapkanTimCommand"/>); the members are told the amendment is under way.
/// </summary>
[HanyaUntuk(Peran.PimpinanUnit)]
public sealed record MulaiPerubahanTimCommand(Guid TimId, uint Versi, string? Alasan) : IAppCommand<Result>;

/// <summary>The pimpinan abandons the amendment: the team returns to what the decree in force says.</summary>
[HanyaUntuk(Peran.PimpinanUnit)]
public sealed record BatalkanPerubahanTimCommand(Guid TimId, uint Versi) : IAppCommand<Result>;

internal sealed class MulaiPerubahanTimValidator : AbstractValidator<MulaiPerubahanTimCommand>
{
    public MulaiPerubahanTimValidator()
    {
        RuleFor(x => x.TimId).NotEmpty().WithName("Tim Kerja");
        RuleFor(x => x.Alasan).NotEmpty().MaximumLength(Tim.PanjangAlasan).WithName("Alasan perubahan");
    }
}

internal sealed class BatalkanPerubahanTimValidator : AbstractValidator<BatalkanPerubahanTimCommand>
{
    public BatalkanPerubahanTimValidator() => RuleFor(x => x.TimId).NotEmpty().WithName("Tim Kerja");
}

internal sealed class PerubahanKeputusanTimHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu)
    : ICommandHandler<MulaiPerubahanTimCommand, Result>, ICommandHandler<BatalkanPerubahanTimCommand, Result>
{
    public async ValueTask<Result> Handle(MulaiPerubahanTimCommand c, CancellationToken cancellationToken)
    {
        var dimuat = await PemuatTim.MuatUntukSusunanAsync(db, pengguna, c.TimId, c.Versi, PemuatTim.HariIni(waktu), cancellationToken);
        if (dimuat.Gagal)
        {
            return dimuat;
        }

        var tim = dimuat.Nilai.Tim;
        var hasil = tim.MulaiPerubahan(pengguna.PegawaiId ?? Guid.Empty, c.Alasan, waktu.GetUtcNow());
        if (hasil.Berhasil)
        {
            db.TandaiBerubah(tim);
            var saya = pengguna.PegawaiId;
            PenerbitSurat.Beri(db, tim.Personel.Select(p => p.PegawaiId).OfType<Guid>().Where(id => id != saya),
                $"Perubahan {tim.SebutanLengkap} sedang disusun", $"/Tim/Detail/{tim.Id}", waktu.GetUtcNow());
        }

        return hasil;
    }

    public async ValueTask<Result> Handle(BatalkanPerubahanTimCommand c, CancellationToken cancellationToken)
    {
        var dimuat = await PemuatTim.MuatUntukSusunanAsync(db, pengguna, c.TimId, c.Versi, PemuatTim.HariIni(waktu), cancellationToken);
        if (dimuat.Gagal)
        {
            return dimuat;
        }

        var tim = dimuat.Nilai.Tim;
        var hasil = tim.BatalkanPerubahan();
        if (hasil.Berhasil)
        {
            db.TandaiBerubah(tim);
        }

        return hasil;
    }
}
