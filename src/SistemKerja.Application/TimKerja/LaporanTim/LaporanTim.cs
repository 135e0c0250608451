using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.TimKerja.Bersama;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.TimKerja.LaporanTim;

/// <summary>
/// §9.2 reporting lines: an anggota reports to the ketua, the ketua to the Pimpinan Unit/PPK, periodically; or either answers a
/// request made "sewaktu-waktu" (<see cref="MintaLaporanCommand"/>).
/// </summary>
[HanyaUntuk(Peran.Pegawai, Peran.PimpinanUnit)]
public sealed record SampaikanLaporanCommand(Guid TimId, string? Uraian, Guid? PermintaanLaporanId) : IAppCommand<Result<Guid>>;

/// <summary>HSU Ps 21(4), TRK Ps 19(3), INHIL Ps 13(3), SBS Ps 15(4): the pimpinan may ask the ketua and/or anggota for a report at any time.</summary>
[HanyaUntuk(Peran.PimpinanUnit)]
public sealed record MintaLaporanCommand(Guid TimId, IReadOnlyList<Guid> KepadaPersonel, string? Uraian, DateOnly? BatasWaktu) : IAppCommand<Result<Guid>>;

/// <summary>The addressee of a report gives feedback once ("memberikan umpan balik", §8.4).</summary>
[HanyaUntuk(Peran.Pegawai, Peran.PimpinanUnit)]
public sealed record TanggapiLaporanCommand(Guid LaporanId, uint Versi, string? UmpanBalik) : IAppCommand<Result>;

internal sealed class SampaikanLaporanValidator : AbstractValidator<SampaikanLaporanCommand>
{
    public SampaikanLaporanValidator() => RuleFor(x => x.Uraian).NotEmpty().MaximumLength(LaporanKegiatan.PanjangUraian).WithName("Uraian laporan");
}

internal sealed class MintaLaporanValidator : AbstractValidator<MintaLaporanCommand>
{
    public MintaLaporanValidator()
    {
        RuleFor(x => x.Uraian).NotEmpty().MaximumLength(PermintaanLaporan.PanjangUraian).WithName("Laporan yang diminta");
        RuleFor(x => x.KepadaPersonel).NotEmpty().WithName("Kepada").WithMessage("Pilih sekurang-kurangnya satu ketua atau anggota tim.");
    }
}

internal sealed class TanggapiLaporanValidator : AbstractValidator<TanggapiLaporanCommand>
{
    public TanggapiLaporanValidator() => RuleFor(x => x.UmpanBalik).NotEmpty().MaximumLength(LaporanKegiatan.PanjangUmpanBalik).WithName("Umpan balik");
}

internal sealed class SampaikanLaporanHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : ICommandHandler<SampaikanLaporanCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(SampaikanLaporanCommand c, CancellationToken cancellationToken)
    {
        var tim = await db.Tim.AsNoTracking().SingleOrDefaultAsync(t => t.Id == c.TimId, cancellationToken);
        if (tim is null)
        {
            return Error.TidakDitemukan("Tim Kerja");
        }

        var permintaan = c.PermintaanLaporanId is { } pid ? await db.PermintaanLaporan.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pid, cancellationToken) : null;
        if (c.PermintaanLaporanId is not null && permintaan is null)
        {
            return Error.TidakDitemukan("Permintaan laporan");
        }

        var sekarang = waktu.GetUtcNow();
        var hasil = LaporanKegiatan.Sampaikan(tim, pengguna.PegawaiId ?? Guid.Empty, c.Uraian, permintaan, sekarang);
        if (hasil.Gagal)
        {
            return Result<Guid>.Fail(hasil.Errors);
        }

        var laporan = hasil.Nilai;
        db.LaporanKegiatan.Add(laporan);
        var penerima = laporan.TujuanPegawaiId is { } ketua
            ? [ketua]
            : await PencariPejabat.PemangkuAsync(db, tim.JabatanPenerimaLaporan((await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken)).TimKerja),
                PemuatTim.HariIni(waktu), cancellationToken);
        PenerbitSurat.Beri(db, penerima, $"Laporan baru pada {tim.SebutanLengkap}", $"/Tim/Detail/{tim.Id}#laporan", sekarang);
        return laporan.Id;
    }
}

internal sealed class MintaLaporanHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : ICommandHandler<MintaLaporanCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(MintaLaporanCommand c, CancellationToken cancellationToken)
    {
        var tim = await db.Tim.AsNoTracking().SingleOrDefaultAsync(t => t.Id == c.TimId, cancellationToken);
        if (tim is null)
        {
            return Error.TidakDitemukan("Tim Kerja");
        }

        var hariIni = PemuatTim.HariIni(waktu);
        var k = (await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken)).TimKerja;
        var jabatan = (await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, hariIni, cancellationToken)).Keys.ToList();
        var hasil = PermintaanLaporan.Buat(tim, k, pengguna.PegawaiId ?? Guid.Empty, jabatan, c.KepadaPersonel, c.Uraian, c.BatasWaktu, hariIni, waktu.GetUtcNow());
        if (hasil.Gagal)
        {
            return Result<Guid>.Fail(hasil.Errors);
        }

        db.PermintaanLaporan.Add(hasil.Nilai);
        var kepada = tim.Personel.Where(p => hasil.Nilai.KepadaPersonel.Contains(p.Id)).Select(p => p.PegawaiId).OfType<Guid>();
        PenerbitSurat.Beri(db, kepada, $"Pimpinan meminta laporan {tim.SebutanLengkap}", $"/Tim/Detail/{tim.Id}#laporan", waktu.GetUtcNow());
        return hasil.Nilai.Id;
    }
}

internal sealed class TanggapiLaporanHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : ICommandHandler<TanggapiLaporanCommand, Result>
{
    public async ValueTask<Result> Handle(TanggapiLaporanCommand c, CancellationToken cancellationToken)
    {
        var laporan = await db.LaporanKegiatan.SingleOrDefaultAsync(l => l.Id == c.LaporanId, cancellationToken);
        if (laporan is null)
        {
            return Error.TidakDitemukan("Laporan");
        }

        db.TetapkanVersiAsli(laporan, c.Versi);
        var tim = await db.Tim.AsNoTracking().SingleAsync(t => t.Id == laporan.TimId, cancellationToken);
        var k = (await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken)).TimKerja;
        var jabatan = (await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, PemuatTim.HariIni(waktu), cancellationToken)).Keys.ToList();
        var hasil = laporan.Tanggapi(tim, k, pengguna.PegawaiId ?? Guid.Empty, jabatan, c.UmpanBalik, waktu.GetUtcNow());
        if (hasil.Berhasil)
        {
            PenerbitSurat.Beri(db, [laporan.PelaporPegawaiId], $"Laporan Anda pada {tim.SebutanLengkap} mendapat umpan balik", $"/Tim/Detail/{tim.Id}#laporan",
                waktu.GetUtcNow());
        }

        return hasil;
    }
}
