using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Application.AlurPenugasan.TunjukPegawai;

/// <summary>
/// WF-1 (DOMAIN.md §6.3): the PUO (TRK, SBS: or the PPK) assigns a JF/Pelaksana of their own unit directly, with a
/// Surat Tugas. The issuer must hold the authority for the pegawai's unit (V-PEN-03).
/// </summary>
[HanyaUntuk(Peran.PimpinanUnit)]
public sealed record TunjukPegawaiCommand(
    Guid PegawaiId,
    string? Uraian,
    string? TargetKinerja,
    DateOnly TanggalMulai,
    DateOnly TanggalSelesai,
    bool PenuhWaktu,
    int AlokasiPersen) : IAppCommand<Result<Guid>>;

internal sealed class TunjukPegawaiValidator : AbstractValidator<TunjukPegawaiCommand>
{
    public TunjukPegawaiValidator()
    {
        RuleFor(x => x.PegawaiId).NotEmpty().WithName("Pegawai");
        RuleFor(x => x.Uraian).NotEmpty().MaximumLength(Penugasan.PanjangUraian).WithName("Uraian tugas");
        RuleFor(x => x.TargetKinerja).MaximumLength(Penugasan.PanjangUraian).WithName("Target kinerja");
    }
}

internal sealed class TunjukPegawaiHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu, PenerbitDokumen penerbitDokumen) : ICommandHandler<TunjukPegawaiCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(TunjukPegawaiCommand c, CancellationToken cancellationToken)
    {
        if (pengguna.PegawaiId is not { } saya)
        {
            return Error.Terlarang("Akun Anda tidak terhubung dengan data pegawai.");
        }

        var sekarang = waktu.GetUtcNow();
        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var kebijakan = await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken);
        if (c.PegawaiId == saya)
        {
            return new Error("MenugaskanDiriSendiri", "Anda tidak dapat menetapkan penugasan untuk diri sendiri.", ErrorKind.AturanDilanggar, nameof(c.PegawaiId));
        }

        var dicari = await PencariPejabat.PegawaiYangDapatDitugaskanAsync(db, c.PegawaiId, kebijakan.JenisDapatDitugaskan, hariIni,
            "Pegawai tidak memangku jabatan definitif pada hari ini.", nameof(c.PegawaiId), cancellationToken);
        if (dicari.Gagal)
        {
            return Result<Guid>.Fail(dicari.Errors);
        }

        var pegawai = dicari.Nilai;
        var pejabat = await PencariPejabat.TentukanAsync(db, kebijakan, pegawai, pegawai.UnitId, pegawai.PerangkatDaerahId, hariIni, cancellationToken);
        var dipegang = await PencariPejabat.JabatanDipegangAsync(db, saya, hariIni, cancellationToken);
        var bolehPpk = kebijakan.Penugasan.PenerbitPenunjukanDalamUnit == PenerbitPenunjukanDalamUnit.PejabatPenilaiAtauPimpinanUnit;
        var penerbit = new[] { pejabat.PimpinanUnitAsal, bolehPpk ? pejabat.PejabatPenilaiAsal : null }
            .OfType<Pejabat>().Select(j => j.JabatanId).FirstOrDefault(dipegang.ContainsKey);
        if (penerbit == Guid.Empty)
        {
            // V-PEN-03.
            return Error.Terlarang(bolehPpk
                ? "Anda tidak berwenang menetapkan penugasan untuk pegawai ini: hanya Pimpinan Unit Organisasi atau Pejabat Penilai Kinerjanya."
                : "Anda tidak berwenang menetapkan penugasan untuk pegawai ini: hanya Pimpinan Unit Organisasinya.");
        }

        var unitPuo = pejabat.PimpinanUnitAsal is { } puo
            ? await db.Jabatan.Where(j => j.Id == puo.JabatanId).Select(j => j.UnitOrganisasiId).SingleAsync(cancellationToken)
            : pegawai.UnitId;
        var hasil = Penugasan.Tunjuk(pegawai.PegawaiId, pegawai.JabatanId, unitPuo, c.Uraian ?? "", c.TargetKinerja, c.TanggalMulai, c.TanggalSelesai,
            c.PenuhWaktu, c.AlokasiPersen, penerbit, hariIni, sekarang);
        if (hasil.Gagal)
        {
            return Result<Guid>.Fail(hasil.Errors);
        }

        db.Penugasan.Add(hasil.Nilai);
        var tembusan = pejabat.PejabatPenilaiAsal is { } ppk && ppk.JabatanId != penerbit ? new[] { ppk.Jabatan } : [];
        await PenerbitSurat.TerbitkanAsync(db, penerbitDokumen, hasil.Nilai, saya, dipegang[penerbit], [], tembusan, hariIni, cancellationToken);
        PenerbitSurat.Beri(db, [pegawai.PegawaiId], $"Anda menerima penugasan: {hasil.Nilai.Uraian}", $"/Penugasan/Tugas/{hasil.Nilai.Id}", sekarang);
        return hasil.Nilai.Id;
    }
}
