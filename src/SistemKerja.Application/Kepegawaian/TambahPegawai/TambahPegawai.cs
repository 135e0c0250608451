using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;

namespace SistemKerja.Application.Kepegawaian.TambahPegawai;

/// <summary>BKPSDM registers an ASN of the region. The NIP is checked digit by digit (DOMAIN.md §3.4).</summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record TambahPegawaiCommand(
    string Nip,
    StatusKepegawaian Status,
    string Nama,
    string? GelarDepan,
    string? GelarBelakang,
    GolonganRuang? GolonganRuang,
    GolonganPppk? GolonganPppk,
    Pendidikan Pendidikan,
    string? Email) : IAppCommand<Result<Guid>>;

internal sealed class TambahPegawaiValidator : AbstractValidator<TambahPegawaiCommand>
{
    public TambahPegawaiValidator()
    {
        RuleFor(x => x.Nip).NotEmpty().WithName("NIP");
        RuleFor(x => x.Status).IsInEnum().WithName("Status kepegawaian");
        RuleFor(x => x.Nama).NotEmpty().MaximumLength(Pegawai.PanjangNama).WithName("Nama");
        RuleFor(x => x.GelarDepan).MaximumLength(Pegawai.PanjangGelar).WithName("Gelar depan");
        RuleFor(x => x.GelarBelakang).MaximumLength(Pegawai.PanjangGelar).WithName("Gelar belakang");
        RuleFor(x => x.GolonganRuang).IsInEnum().WithName("Golongan ruang");
        RuleFor(x => x.GolonganPppk).IsInEnum().WithName("Golongan PPPK");
        RuleFor(x => x.Pendidikan).IsInEnum().WithName("Pendidikan terakhir");
        RuleFor(x => x.Email).MaximumLength(Pegawai.PanjangEmail).EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Email)).WithName("Email");
    }
}

internal sealed class TambahPegawaiHandler(IAppDb db, TimeProvider waktu) : ICommandHandler<TambahPegawaiCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(TambahPegawaiCommand command, CancellationToken cancellationToken)
    {
        var nip = Nip.Parse(command.Nip, command.Status, DateOnly.FromDateTime(waktu.GetLocalNow().DateTime));
        if (nip.Gagal)
        {
            return Result<Guid>.Fail(nip.Errors);
        }

        if (await db.Pegawai.AnyAsync(p => p.Nip == nip.Nilai.Nilai, cancellationToken))
        {
            return new Error("NipSudahTerdaftar", $"NIP {nip.Nilai.Berformat} sudah terdaftar.", ErrorKind.Konflik, nameof(command.Nip));
        }

        var pemdaId = await db.PemerintahDaerah.Select(p => p.Id).SingleAsync(cancellationToken);
        var pegawai = Pegawai.Daftarkan(pemdaId, nip.Nilai, command.Status, command.Nama, command.GelarDepan, command.GelarBelakang,
            command.GolonganRuang, command.GolonganPppk, command.Pendidikan, command.Email);
        if (pegawai.Gagal)
        {
            return Result<Guid>.Fail(pegawai.Errors);
        }

        db.Pegawai.Add(pegawai.Nilai);
        return pegawai.Nilai.Id;
    }
}
