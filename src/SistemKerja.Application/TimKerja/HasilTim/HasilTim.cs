using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.TimKerja.Bersama;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.TimKerja.HasilTim;

public enum AksiHasil
{
    /// <summary>The ketua (or, without one, an anggota) hands in the team's result.</summary>
    Sampaikan,

    /// <summary>Where the region routes results through the PPK/penanggung jawab first (§10.1).</summary>
    Teruskan,

    /// <summary>V-EVA-01: the acceptor declares the kegiatan selesai.</summary>
    Terima,

    /// <summary>V-EVA-02: sent back for perbaikan with a note.</summary>
    Kembalikan,
}

/// <summary>
/// §10 evaluation: a kegiatan is declared selesai only when the pimpinan accepts the result, or sent back for perbaikan with a
/// note (HSU Ps 21, TRK Ps 19, INHIL Ps 13, SBS Ps 15; the region sets who mends a result that falls short).
/// </summary>
[HanyaUntuk(Peran.Pegawai, Peran.PimpinanUnit)]
public sealed record HasilTimCommand(Guid TimId, uint Versi, AksiHasil Aksi, string? Teks) : IAppCommand<Result>;

internal sealed class HasilTimValidator : AbstractValidator<HasilTimCommand>
{
    public HasilTimValidator()
    {
        RuleFor(x => x.Aksi).IsInEnum().WithName("Tindakan");
        RuleFor(x => x.Teks).MaximumLength(Domain.TimKerja.HasilTim.PanjangUraian).WithName("Uraian");
    }
}

internal sealed class HasilTimHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : ICommandHandler<HasilTimCommand, Result>
{
    public async ValueTask<Result> Handle(HasilTimCommand c, CancellationToken cancellationToken)
    {
        var dimuat = await PemuatTim.MuatAsync(db, c.TimId, c.Versi, cancellationToken);
        if (dimuat.Gagal)
        {
            return dimuat;
        }

        var tim = dimuat.Nilai;
        var hariIni = PemuatTim.HariIni(waktu);
        var sekarang = waktu.GetUtcNow();
        var saya = pengguna.PegawaiId ?? Guid.Empty;
        var k = (await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken)).TimKerja;
        var jabatan = (await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, hariIni, cancellationToken)).Keys.ToList();
        var hasil = c.Aksi switch
        {
            AksiHasil.Sampaikan => tim.SampaikanHasil(saya, c.Teks, sekarang),
            AksiHasil.Teruskan => tim.TeruskanHasil(saya, jabatan, c.Teks, k, sekarang),
            AksiHasil.Terima => tim.TerimaHasil(saya, jabatan, c.Teks, hariIni, sekarang),
            _ => tim.KembalikanHasil(saya, jabatan, c.Teks, k, sekarang),
        };
        if (hasil.Gagal)
        {
            return hasil;
        }

        db.TandaiBerubah(tim);
        var tautan = $"/Tim/Detail/{tim.Id}";
        if (c.Aksi == AksiHasil.Sampaikan || c.Aksi == AksiHasil.Teruskan)
        {
            var penerima = await PencariPejabat.PemangkuAsync(db, [tim.PenerimaHasil.JabatanId], hariIni, cancellationToken);
            PenerbitSurat.Beri(db, penerima.Where(id => id != saya), $"Hasil {tim.SebutanLengkap} menunggu penilaian Anda", tautan, sekarang);
        }
        else
        {
            var judul = c.Aksi == AksiHasil.Terima ? $"Hasil {tim.SebutanLengkap} diterima; kegiatan selesai" : $"Hasil {tim.SebutanLengkap} dikembalikan untuk perbaikan";
            PenerbitSurat.Beri(db, tim.Personel.Select(p => p.PegawaiId).OfType<Guid>().Where(id => id != saya), judul, tautan, sekarang);
        }

        return hasil;
    }
}
