using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Application.Organisasi.BuatJabatan;

/// <summary>BKPSDM adds a position slot to the peta jabatan of a unit.</summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record BuatJabatanCommand(
    Guid UnitOrganisasiId,
    string Nama,
    JenisJabatan Jenis,
    JenjangFungsional? Jenjang,
    int KelasJabatan,
    bool MemimpinUnit,
    TugasTambahan? TugasTambahan,
    bool HasilPenyetaraan) : IAppCommand<Result<Guid>>;

internal sealed class BuatJabatanValidator : AbstractValidator<BuatJabatanCommand>
{
    public BuatJabatanValidator()
    {
        RuleFor(x => x.UnitOrganisasiId).NotEmpty().WithName("Unit");
        RuleFor(x => x.Nama).NotEmpty().MaximumLength(Jabatan.PanjangNama).WithName("Nama jabatan");
        RuleFor(x => x.Jenis).IsInEnum().WithName("Jenis jabatan");
        RuleFor(x => x.Jenjang).IsInEnum().WithName("Jenjang");
        RuleFor(x => x.TugasTambahan).IsInEnum().WithName("Tugas tambahan");
        RuleFor(x => x.KelasJabatan).InclusiveBetween(Jabatan.KelasJabatanMinimal, Jabatan.KelasJabatanMaksimal).WithName("Kelas jabatan");
    }
}

internal sealed class BuatJabatanHandler(IAppDb db) : ICommandHandler<BuatJabatanCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(BuatJabatanCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.UnitOrganisasi.SingleOrDefaultAsync(u => u.Id == command.UnitOrganisasiId, cancellationToken);
        if (unit is null)
        {
            return Error.TidakDitemukan("Unit");
        }

        var sudahAdaPimpinan = await db.Jabatan.AnyAsync(j => j.UnitOrganisasiId == unit.Id && j.MemimpinUnit, cancellationToken);
        var satuPimpinan = new UnitHanyaMemilikiSatuJabatanPimpinan(command.MemimpinUnit, sudahAdaPimpinan);
        if (satuPimpinan.Dilanggar())
        {
            return satuPimpinan.SebagaiError(nameof(command.MemimpinUnit));
        }

        var jabatan = Jabatan.Bentuk(unit, command.Nama, command.Jenis, command.Jenjang, command.KelasJabatan,
            command.MemimpinUnit, command.TugasTambahan, command.HasilPenyetaraan);
        if (jabatan.Gagal)
        {
            return Result<Guid>.Fail(jabatan.Errors);
        }

        db.Jabatan.Add(jabatan.Nilai);
        return jabatan.Nilai.Id;
    }
}
