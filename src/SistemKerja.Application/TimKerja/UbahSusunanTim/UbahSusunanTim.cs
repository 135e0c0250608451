using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.TimKerja.Bersama;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Penugasan;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.TimKerja.UbahSusunanTim;

public enum AksiSusunan
{
    /// <summary>Adds a pegawai as anggota (from another unit: with their approved pelibatan, V-TIM-07).</summary>
    TambahAnggota,

    /// <summary>Adds a pegawai straight in as ketua (K1), the ketua rules applying.</summary>
    TambahKetua,

    /// <summary>INHIL Ps 8(4): the penanggung jawab tim.</summary>
    TambahPenanggungJawab,

    /// <summary>Makes an anggota the ketua (or gives the ketua's reasons again).</summary>
    TunjukKetua,

    LepasKetua,

    Keluarkan,
}

/// <summary>
/// The PUO composes a draft team (DOMAIN.md §8.3–§8.4): members of the unit directly, members of another unit only with an
/// approved pelibatan for this unit's target (WF-3/WF-6), a ketua under the region's ketua rules with the reasons a
/// departure needs (K3, K4/K5, V-TIM-05).
/// </summary>
[HanyaUntuk(Peran.PimpinanUnit)]
public sealed record UbahSusunanTimCommand(
    Guid TimId,
    uint Versi,
    AksiSusunan Aksi,
    Guid? PegawaiId = null,
    Guid? PersonelId = null,
    int AlokasiPersen = 20,
    bool PenuhWaktu = false,
    bool PengalamanManajerial = false,
    bool PengalamanSesuaiTusi = false,
    string? AlasanLuarUnit = null,
    string? AlasanPengawas = null,
    string? AlasanBukanPrioritas = null) : IAppCommand<Result>;

internal sealed class UbahSusunanTimValidator : AbstractValidator<UbahSusunanTimCommand>
{
    public UbahSusunanTimValidator()
    {
        RuleFor(x => x.Aksi).IsInEnum().WithName("Tindakan");
        RuleFor(x => x.PegawaiId).NotEmpty().WithName("Pegawai")
            .When(x => x.Aksi is AksiSusunan.TambahAnggota or AksiSusunan.TambahKetua or AksiSusunan.TambahPenanggungJawab);
        RuleFor(x => x.PersonelId).NotEmpty().WithName("Personel tim").When(x => x.Aksi is AksiSusunan.TunjukKetua or AksiSusunan.Keluarkan);
        RuleFor(x => x.AlokasiPersen).InclusiveBetween(1, 100).WithName("Alokasi waktu (%)");
        RuleFor(x => x.AlasanLuarUnit).MaximumLength(Tim.PanjangAlasan).WithName("Alasan ketua dari luar unit");
        RuleFor(x => x.AlasanPengawas).MaximumLength(Tim.PanjangAlasan).WithName("Alasan tidak menunjuk Pengawas");
        RuleFor(x => x.AlasanBukanPrioritas).MaximumLength(Tim.PanjangAlasan).WithName("Alasan tidak memilih calon prioritas");
    }
}

internal sealed class UbahSusunanTimHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : ICommandHandler<UbahSusunanTimCommand, Result>
{
    public async ValueTask<Result> Handle(UbahSusunanTimCommand c, CancellationToken cancellationToken)
    {
        var hariIni = PemuatTim.HariIni(waktu);
        var dimuat = await PemuatTim.MuatUntukSusunanAsync(db, pengguna, c.TimId, c.Versi, hariIni, cancellationToken);
        if (dimuat.Gagal)
        {
            return dimuat;
        }

        var (tim, k) = dimuat.Nilai;

        // During an amendment a member whose work was already assessed for their own PPK stays on record in the team.
        if (c.Aksi == AksiSusunan.Keluarkan && c.PersonelId is { } keluar
            && await db.RekomendasiPenilaianKinerja.AnyAsync(r => r.TimId == tim.Id && r.PersonelId == keluar, cancellationToken))
        {
            return new Error("PersonelMemilikiRekomendasi",
                "Personel ini sudah memiliki rekomendasi penilaian kinerja dari tim ini, sehingga tetap tercatat dalam susunan tim dan tidak dapat dikeluarkan.",
                ErrorKind.AturanDilanggar);
        }

        var hasil = c.Aksi switch
        {
            AksiSusunan.LepasKetua => tim.LepasKetua(k),
            AksiSusunan.Keluarkan => tim.KeluarkanPersonel(c.PersonelId!.Value),
            AksiSusunan.TunjukKetua => tim.TunjukKetua(c.PersonelId!.Value, await KonteksAsync(tim, c, cancellationToken), k),
            _ => await TambahAsync(tim, c, k, hariIni, cancellationToken),
        };
        if (hasil.Berhasil)
        {
            db.TandaiBerubah(tim);
        }

        return hasil;
    }

    private async Task<Result> TambahAsync(Tim tim, UbahSusunanTimCommand c, KebijakanTimKerja k, DateOnly hariIni, CancellationToken ct)
    {
        var profil = await PemuatTim.ProfilAsync(db, c.PegawaiId!.Value, hariIni, c.PengalamanManajerial, c.PengalamanSesuaiTusi, nameof(c.PegawaiId), ct);
        if (profil.Gagal)
        {
            return profil;
        }

        var cakupan = profil.Nilai.Asal.Terhadap(tim.UnitPemilikKinerjaId, tim.PerangkatDaerahPemilikKinerjaId);
        var pelibatan = cakupan == CakupanTim.DalamUnit ? null : await PelibatanAsync(tim, c.PegawaiId.Value, ct);
        var baru = new PersonelBaru(profil.Nilai, c.AlokasiPersen, c.PenuhWaktu, pelibatan);
        Result hasil = c.Aksi switch
        {
            AksiSusunan.TambahKetua => tim.TunjukKetua(baru, await KonteksAsync(tim, c, ct), k),
            AksiSusunan.TambahPenanggungJawab => tim.TambahPenanggungJawabTim(baru, k),
            _ => tim.TambahAnggota(baru, k),
        };
        return hasil;
    }

    /// <summary>
    /// The approved request that brings this pegawai to this unit's work (V-TIM-07): the latest approved permohonan of a kind that
    /// crosses units, for the team's unit pemilik kinerja, overlapping the team's period.
    /// </summary>
    private async Task<BuktiPelibatan?> PelibatanAsync(Tim tim, Guid pegawaiId, CancellationToken ct)
    {
        var permohonan = await db.Permohonan.AsNoTracking()
            .Where(p => p.PegawaiId == pegawaiId && p.UnitPemilikKinerjaId == tim.UnitPemilikKinerjaId && p.Status == StatusPermohonan.Disetujui
                && p.Jenis != JenisPermohonan.SukarelaDalamUnit && p.TanggalMulai <= tim.TanggalSelesai && tim.TanggalMulai <= p.TanggalSelesai)
            .OrderByDescending(p => p.DiajukanPada)
            .FirstOrDefaultAsync(ct);
        return permohonan is null ? null : BuktiPelibatan.Dari(permohonan);
    }

    private async Task<KonteksKetua> KonteksAsync(Tim tim, UbahSusunanTimCommand c, CancellationToken ct) =>
        new(await PemuatTim.StrukturMemilikiPengawasAsync(db, tim.UnitPemilikKinerjaId, ct),
            new AlasanPenunjukanKetua(c.AlasanLuarUnit, c.AlasanPengawas, c.AlasanBukanPrioritas));
}
