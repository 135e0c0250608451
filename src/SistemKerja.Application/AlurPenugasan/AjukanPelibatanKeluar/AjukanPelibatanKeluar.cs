using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.AlurPenugasan.CatatPelibatanMasuk;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Application.AlurPenugasan.AjukanPelibatanKeluar;

/// <summary>
/// Our PUO pemilik kinerja asks another instansi for staff: the surat permohonan pelibatan goes first to our Pejabat yang
/// Berwenang (HSU `000_f720e179c5bde346.txt` Ps 14a; TRK Lampiran B.1.c(1)), who sends it on.
/// </summary>
[HanyaUntuk(Peran.PimpinanUnit)]
public sealed record AjukanPelibatanKeluarCommand(
    string? InstansiTujuan,
    Guid UnitPemilikKinerjaId,
    string? MaksudDanTujuan,
    string? KompetensiDibutuhkan,
    string? EkspektasiTargetKinerja,
    DateOnly TanggalMulai,
    DateOnly TanggalSelesai,
    bool PenuhWaktu,
    int AlokasiPersen) : IAppCommand<Result<Guid>>;

internal sealed class AjukanPelibatanKeluarValidator : AbstractValidator<AjukanPelibatanKeluarCommand>
{
    public AjukanPelibatanKeluarValidator()
    {
        RuleFor(x => x.InstansiTujuan).NotEmpty().MaximumLength(PelibatanInstansi.PanjangNama).WithName("Instansi tujuan");
        RuleFor(x => x.UnitPemilikKinerjaId).NotEmpty().WithName("Unit organisasi");
        this.IsianPelibatan(x => x.MaksudDanTujuan, x => x.KompetensiDibutuhkan, x => x.EkspektasiTargetKinerja);
    }
}

internal sealed class AjukanPelibatanKeluarHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : ICommandHandler<AjukanPelibatanKeluarCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(AjukanPelibatanKeluarCommand c, CancellationToken cancellationToken)
    {
        var sekarang = waktu.GetUtcNow();
        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var pejabat = await PejabatPelibatan.TentukanAsync(db, c.UnitPemilikKinerjaId, hariIni, cancellationToken);
        if (pejabat.Gagal)
        {
            return Result<Guid>.Fail(pejabat.Errors);
        }

        var (pyb, puo) = pejabat.Nilai;
        var dipegang = await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, hariIni, cancellationToken);
        if (!dipegang.ContainsKey(puo))
        {
            // V-PER-04: only the PUO pemilik kinerja sends a surat permohonan pelibatan for the unit's target.
            return Error.Terlarang("Hanya Pimpinan Unit Organisasi pemilik kinerja yang dapat mengajukan pelibatan untuk unit ini.");
        }

        var rincian = new RincianPelibatanInstansi(c.MaksudDanTujuan ?? "", c.KompetensiDibutuhkan ?? "", c.EkspektasiTargetKinerja ?? "", c.TanggalMulai, c.TanggalSelesai, c.PenuhWaktu, c.AlokasiPersen);
        var hasil = PelibatanInstansi.AjukanKeluar(c.InstansiTujuan ?? "", "(konsep)", rincian, c.UnitPemilikKinerjaId, pyb, puo, pengguna.PegawaiId!.Value,
            pengguna.Nama, hariIni, sekarang);
        if (hasil.Gagal)
        {
            return Result<Guid>.Fail(hasil.Errors);
        }

        db.PelibatanInstansi.Add(hasil.Nilai);
        await PejabatPelibatan.BeritahuAsync(db, hasil.Nilai, hariIni, sekarang, cancellationToken);
        return hasil.Nilai.Id;
    }
}
