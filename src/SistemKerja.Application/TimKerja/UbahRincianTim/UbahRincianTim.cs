using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Application.TimKerja.Bersama;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.TimKerja.UbahRincianTim;

/// <summary>
/// The team's pimpinan corrects what was typed when the team was drafted (DOMAIN.md §8.1): name, tasks (one per line), target
/// and unit of output, kind, period and the INHIL "program strategis lintas PD" flag, while the team's status allows a change
/// of its susunan (the domain decides, <see cref="AksiTim.UbahSusunan"/>). The officials around the team stay as they are.
/// </summary>
[HanyaUntuk(Peran.PimpinanUnit)]
public sealed record UbahRincianTimCommand(
    Guid TimId,
    uint Versi,
    string? Nama,
    string? Tugas,
    string? Sasaran,
    string? SatuanSasaran,
    JenisTugasTim JenisTugas,
    DateOnly TanggalMulai,
    DateOnly TanggalSelesai,
    bool ProgramStrategisLintasPerangkatDaerah) : IAppCommand<Result>, IIsianRincianTim;

internal sealed class UbahRincianTimValidator : AbstractValidator<UbahRincianTimCommand>
{
    public UbahRincianTimValidator()
    {
        RuleFor(x => x.TimId).NotEmpty().WithName("Tim Kerja");
        this.IsianRincianTim();
    }
}

internal sealed class UbahRincianTimHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : ICommandHandler<UbahRincianTimCommand, Result>
{
    public async ValueTask<Result> Handle(UbahRincianTimCommand c, CancellationToken cancellationToken)
    {
        var dimuat = await PemuatTim.MuatUntukSusunanAsync(db, pengguna, c.TimId, c.Versi, PemuatTim.HariIni(waktu), cancellationToken);
        if (dimuat.Gagal)
        {
            return dimuat;
        }

        var tim = dimuat.Nilai.Tim;
        var hasil = tim.UbahRincian(c.Rincian(), tim.Pimpinan);
        if (hasil.Gagal)
        {
            return hasil;
        }

        var lepas = await DiLuarMasaPelibatanAsync(tim, cancellationToken);
        if (lepas.Count > 0)
        {
            // V-TIM-07: a person from another unit or instansi is in the team on the strength of an approved pelibatan for a period.
            return new Error("PelibatanDiLuarMasaTim",
                $"Masa kerja baru tidak beririsan dengan masa pelibatan {string.Join(", ", lepas)}; sesuaikan masa kerja atau keluarkan personel tersebut lebih dahulu.",
                ErrorKind.AturanDilanggar, nameof(c.TanggalMulai));
        }

        db.TandaiBerubah(tim);
        return hasil;
    }

    /// <summary>The people from other units or instansi whose approved pelibatan no longer meets the team's (new) period.</summary>
    private async Task<List<string>> DiLuarMasaPelibatanAsync(Tim tim, CancellationToken ct)
    {
        var ids = tim.Personel.Select(p => p.PelibatanId).OfType<Guid>().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var masa = (await db.Permohonan.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.TanggalMulai, p.TanggalSelesai }).ToListAsync(ct))
            .Concat(await db.PelibatanInstansi.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.TanggalMulai, p.TanggalSelesai }).ToListAsync(ct))
            .ToDictionary(m => m.Id);
        return [.. tim.Personel
            .Where(p => p.PelibatanId is { } id && masa.TryGetValue(id, out var m) && !tim.BeririsanDenganMasaKerja(m.TanggalMulai, m.TanggalSelesai))
            .Select(p => p.Profil.Nama)];
    }
}

/// <summary>The particulars of a team as its form to change them shows them; only for the team's pimpinan (anyone else: null, "not found").</summary>
public sealed record RincianTimQuery(Guid TimId) : IQuery<RincianTimUbah?>;

/// <param name="BolehDiubah">Whether the team's status allows the change now (the domain's table); the command decides again on saving.</param>
public sealed record RincianTimUbah(
    Guid Id,
    uint Versi,
    string Nama,
    IReadOnlyList<string> Tugas,
    string? Sasaran,
    string? SatuanSasaran,
    JenisTugasTim JenisTugas,
    DateOnly TanggalMulai,
    DateOnly TanggalSelesai,
    bool ProgramStrategisLintasPerangkatDaerah,
    StatusTim Status,
    bool BolehDiubah,
    string Unit,
    string PerangkatDaerah);

internal sealed class RincianTimHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : IQueryHandler<RincianTimQuery, RincianTimUbah?>
{
    public async ValueTask<RincianTimUbah?> Handle(RincianTimQuery query, CancellationToken cancellationToken)
    {
        var tim = await db.Tim.AsNoTracking().SingleOrDefaultAsync(t => t.Id == query.TimId, cancellationToken);
        if (tim is null)
        {
            return null;
        }

        var k = (await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken)).TimKerja;
        var akses = await PemuatTim.AksesAsync(db, pengguna, tim, k, PemuatTim.HariIni(waktu), cancellationToken);
        if (!akses.Pimpinan)
        {
            return null;
        }

        var unit = await (from u in db.UnitOrganisasi
                          join d in db.PerangkatDaerah on u.PerangkatDaerahId equals d.Id
                          where u.Id == tim.UnitPemilikKinerjaId
                          select new { u.Nama, Pd = d.Nama }).SingleAsync(cancellationToken);
        return new RincianTimUbah(tim.Id, tim.Versi, tim.Nama, tim.Tugas, tim.Sasaran, tim.SatuanSasaran, tim.JenisTugas, tim.TanggalMulai,
            tim.TanggalSelesai, tim.ProgramStrategisLintasPerangkatDaerah, tim.Status, TransisiTim.Boleh(tim.Status, AksiTim.UbahSusunan), unit.Nama, unit.Pd);
    }
}
