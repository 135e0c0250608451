using FluentValidation;
using Mediator;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.TimKerja.Bersama;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.TimKerja.BubarkanTim;

/// <summary>[P] The PUO pemilik kinerja or the official who set the team ends it early, with a written reason; members are told.</summary>
[HanyaUntuk(Peran.Pegawai, Peran.PimpinanUnit)]
public sealed record BubarkanTimCommand(Guid TimId, uint Versi, string? Alasan) : IAppCommand<Result>;

internal sealed class BubarkanTimValidator : AbstractValidator<BubarkanTimCommand>
{
    public BubarkanTimValidator() => RuleFor(x => x.Alasan).NotEmpty().MaximumLength(Tim.PanjangAlasan).WithName("Alasan pembubaran");
}

internal sealed class BubarkanTimHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : ICommandHandler<BubarkanTimCommand, Result>
{
    public async ValueTask<Result> Handle(BubarkanTimCommand c, CancellationToken cancellationToken)
    {
        var dimuat = await PemuatTim.MuatAsync(db, c.TimId, c.Versi, cancellationToken);
        if (dimuat.Gagal)
        {
            return dimuat;
        }

        var tim = dimuat.Nilai;
        var hariIni = PemuatTim.HariIni(waktu);
        var saya = pengguna.PegawaiId ?? Guid.Empty;
        var jabatan = (await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, hariIni, cancellationToken)).Keys.ToList();
        var hasil = tim.Bubarkan(saya, jabatan, c.Alasan, hariIni);
        if (hasil.Berhasil)
        {
            PenerbitSurat.Beri(db, tim.Personel.Select(p => p.PegawaiId).OfType<Guid>().Where(id => id != saya),
                $"{tim.SebutanLengkap} dibubarkan", $"/Tim/Detail/{tim.Id}", waktu.GetUtcNow());
        }

        return hasil;
    }
}
