using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Application.Organisasi.TetapkanKedudukan;

/// <summary>
/// BKPSDM sets who a JF/Pelaksana position sits under (its PPK), from a date, on the basis of a decree. An official below
/// Pengawas assesses only by a delegation of the PPK's authority (<see cref="DasarDelegasi"/>, "pejabat lain yang diberi
/// pendelegasian kewenangan"), whose scope is this position and whose period may end (<see cref="BerlakuSampai"/>).
/// </summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record TetapkanKedudukanCommand(Guid JabatanId, Guid AtasanJabatanId, DateOnly BerlakuMulai, string NomorSk, string? DasarDelegasi,
    DateOnly? BerlakuSampai = null) : IAppCommand<Result<Guid>>;

internal sealed class TetapkanKedudukanValidator : AbstractValidator<TetapkanKedudukanCommand>
{
    public TetapkanKedudukanValidator()
    {
        RuleFor(x => x.JabatanId).NotEmpty().WithName("Jabatan");
        RuleFor(x => x.AtasanJabatanId).NotEmpty().WithName("Jabatan Pejabat Penilai Kinerja");
        RuleFor(x => x.BerlakuMulai).NotEqual(default(DateOnly)).WithName("Tanggal berlaku");
        RuleFor(x => x.NomorSk).NotEmpty().MaximumLength(Kedudukan.PanjangNomorSk).WithName("Nomor SK");
        RuleFor(x => x.DasarDelegasi).MaximumLength(Kedudukan.PanjangDasarDelegasi).WithName("Dasar pendelegasian");
    }
}

internal sealed class TetapkanKedudukanHandler(IAppDb db) : ICommandHandler<TetapkanKedudukanCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(TetapkanKedudukanCommand command, CancellationToken cancellationToken)
    {
        var jabatan = await db.Jabatan.SingleOrDefaultAsync(j => j.Id == command.JabatanId && j.DitutupPada == null, cancellationToken);
        var atasan = await db.Jabatan.SingleOrDefaultAsync(j => j.Id == command.AtasanJabatanId && j.DitutupPada == null, cancellationToken);
        if (jabatan is null || atasan is null)
        {
            return Error.TidakDitemukan("Jabatan");
        }

        var pd = await db.PerangkatDaerah.Where(p => p.Id == jabatan.PerangkatDaerahId).Select(p => new { p.IndukId, p.Jenis }).SingleAsync(cancellationToken);
        var pdSesuai = atasan.PerangkatDaerahId == jabatan.PerangkatDaerahId || atasan.PerangkatDaerahId == pd.IndukId;
        var kebijakan = await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken);
        var sebelumnya = await db.Kedudukan.Where(k => k.JabatanId == jabatan.Id && (k.BerlakuSampai == null || k.BerlakuSampai >= command.BerlakuMulai))
            .OrderByDescending(k => k.BerlakuMulai).FirstOrDefaultAsync(cancellationToken);
        var rantai = await RantaiAtasanAsync(atasan.Id, cancellationToken);

        // Level 3: a Pengawas whose unit's parent is not the top unit of the Perangkat Daerah (DOMAIN.md §4.6).
        var level3 = atasan.Jenis == JenisJabatan.Pengawas && await (
                from u in db.UnitOrganisasi
                join induk in db.UnitOrganisasi on u.IndukId equals induk.Id
                where u.Id == atasan.UnitOrganisasiId && induk.IndukId != null
                select u.Id)
            .AnyAsync(cancellationToken);
        var hasil = Kedudukan.Tetapkan(jabatan, atasan, command.BerlakuMulai, command.NomorSk, command.DasarDelegasi, kebijakan, pdSesuai, rantai, sebelumnya, pd.Jenis, level3, command.BerlakuSampai);
        if (hasil.Gagal)
        {
            return Result<Guid>.Fail(hasil.Errors);
        }

        db.Kedudukan.Add(hasil.Nilai);
        return hasil.Nilai.Id;
    }

    /// <summary>The positions reached by following the open kedudukan upward from <paramref name="dari"/>.</summary>
    private async Task<IReadOnlyCollection<Guid>> RantaiAtasanAsync(Guid dari, CancellationToken ct)
    {
        var hasil = new HashSet<Guid>();
        Guid? saatIni = dari;
        while (saatIni is { } id && hasil.Count < 64)
        {
            saatIni = await db.Kedudukan.Where(k => k.JabatanId == id && k.BerlakuSampai == null).Select(k => (Guid?)k.AtasanJabatanId).FirstOrDefaultAsync(ct);
            if (saatIni is { } berikut && !hasil.Add(berikut))
            {
                break;
            }
        }

        return hasil;
    }
}
