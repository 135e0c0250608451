using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Application.AlurPenugasan.CatatPelibatanMasuk;

/// <summary>
/// The PyB's secretariat (BKPSDM admin) registers a surat permohonan pelibatan from another instansi asking for our staff
/// in a unit (WF-4, DOMAIN.md §6.6 notes: the other instansi is not on this platform). It then goes to our PyB.
/// </summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record CatatPelibatanMasukCommand(
    string? InstansiLain,
    string? NomorSurat,
    DateOnly TanggalSurat,
    Guid UnitId,
    string? MaksudDanTujuan,
    string? KompetensiDibutuhkan,
    string? EkspektasiTargetKinerja,
    DateOnly TanggalMulai,
    DateOnly TanggalSelesai,
    bool PenuhWaktu,
    int AlokasiPersen) : IAppCommand<Result<Guid>>;

internal sealed class CatatPelibatanMasukValidator : AbstractValidator<CatatPelibatanMasukCommand>
{
    public CatatPelibatanMasukValidator()
    {
        RuleFor(x => x.InstansiLain).NotEmpty().MaximumLength(PelibatanInstansi.PanjangNama).WithName("Instansi pemohon");
        RuleFor(x => x.NomorSurat).NotEmpty().MaximumLength(PelibatanInstansi.PanjangNomor).WithName("Nomor surat");
        RuleFor(x => x.TanggalSurat).NotEqual(default(DateOnly)).WithName("Tanggal surat");
        RuleFor(x => x.UnitId).NotEmpty().WithName("Unit yang diminta");
        this.IsianPelibatan(x => x.MaksudDanTujuan, x => x.KompetensiDibutuhkan, x => x.EkspektasiTargetKinerja);
    }
}

internal sealed class CatatPelibatanMasukHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : ICommandHandler<CatatPelibatanMasukCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(CatatPelibatanMasukCommand c, CancellationToken cancellationToken)
    {
        var sekarang = waktu.GetUtcNow();
        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var pejabat = await PejabatPelibatan.TentukanAsync(db, c.UnitId, hariIni, cancellationToken);
        if (pejabat.Gagal)
        {
            return Result<Guid>.Fail(pejabat.Errors);
        }

        var (pyb, puo) = pejabat.Nilai;
        var rincian = new RincianPelibatanInstansi(c.MaksudDanTujuan ?? "", c.KompetensiDibutuhkan ?? "", c.EkspektasiTargetKinerja ?? "", c.TanggalMulai, c.TanggalSelesai, c.PenuhWaktu, c.AlokasiPersen);
        var hasil = PelibatanInstansi.CatatMasuk(c.InstansiLain ?? "", c.NomorSurat ?? "", c.TanggalSurat, rincian, c.UnitId, pyb, puo,
            pengguna.PegawaiId ?? Guid.Empty, pengguna.Nama, hariIni, sekarang);
        if (hasil.Gagal)
        {
            return Result<Guid>.Fail(hasil.Errors);
        }

        db.PelibatanInstansi.Add(hasil.Nilai);
        await PejabatPelibatan.BeritahuAsync(db, hasil.Nilai, hariIni, sekarang, cancellationToken);
        return hasil.Nilai.Id;
    }
}

/// <summary>The rules on the three text fields of a surat permohonan pelibatan (DOMAIN.md §7.1), shared by both directions.</summary>
internal static class AturanIsianPelibatan
{
    public static void IsianPelibatan<T>(this AbstractValidator<T> v, System.Linq.Expressions.Expression<Func<T, string?>> maksud,
        System.Linq.Expressions.Expression<Func<T, string?>> kompetensi, System.Linq.Expressions.Expression<Func<T, string?>> ekspektasi)
    {
        v.RuleFor(maksud).MaximumLength(PelibatanInstansi.PanjangTeks).WithName("Maksud dan tujuan");
        v.RuleFor(kompetensi).MaximumLength(PelibatanInstansi.PanjangTeks).WithName("Kompetensi yang dibutuhkan");
        v.RuleFor(ekspektasi).MaximumLength(PelibatanInstansi.PanjangTeks).WithName("Ekspektasi/target kinerja");
    }
}

/// <summary>Officials and notices of a lintas instansi request.</summary>
internal static class PejabatPelibatan
{
    /// <summary>The region must allow lintas instansi; then our PyB (Sekretaris Daerah) and the PUO of the unit.</summary>
    public static async Task<Result<(Guid Pyb, Guid Puo)>> TentukanAsync(IAppDb db, Guid unitId, DateOnly hariIni, CancellationToken ct)
    {
        var kebijakan = await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(ct);
        if (!kebijakan.PenugasanLintasInstansi)
        {
            // INHIL Ps 8(2): no lintas instansi at all (DOMAIN.md §13 lintasInstansi.enabled).
            return new Error("LintasInstansiTidakBerlaku", "Peraturan daerah ini tidak mengatur penugasan lintas instansi.", ErrorKind.AturanDilanggar);
        }

        var pyb = await PencariPejabat.PejabatBerwenangInstansiAsync(db, ct);
        var puo = await PencariPejabat.PimpinanUnitOrganisasiAsync(db, unitId, hariIni, ct);
        if (pyb is null)
        {
            return new Error("PybTidakAda", "Jabatan Sekretaris Daerah (Pejabat yang Berwenang) tidak ditemukan dalam peta jabatan.", ErrorKind.AturanDilanggar);
        }

        if (puo is null)
        {
            return new Error("PuoTidakAda", "Pimpinan unit organisasi yang diminta tidak dapat ditentukan; pilih unit lain atau lengkapi peta jabatan.", ErrorKind.AturanDilanggar, "UnitId");
        }

        return (pyb.Value, puo.Value);
    }

    /// <summary>The holders of the position that must act now get "menunggu tindakan Anda".</summary>
    public static async Task BeritahuAsync(IAppDb db, PelibatanInstansi p, DateOnly hariIni, DateTimeOffset waktu, CancellationToken ct)
    {
        if (p.JabatanBertindak is { } j)
        {
            var penerima = await PencariPejabat.PemangkuAsync(db, [j], hariIni, ct);
            PenerbitSurat.Beri(db, penerima, $"Menunggu tindakan Anda: pelibatan lintas instansi ({p.InstansiLain}) — {p.MaksudDanTujuan}", $"/Penugasan/Instansi/Detail/{p.Id}", waktu);
        }
    }
}
