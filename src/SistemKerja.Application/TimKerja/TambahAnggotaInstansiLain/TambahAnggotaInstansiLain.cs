using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Application.TimKerja.Bersama;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.TimKerja.TambahAnggotaInstansiLain;

/// <summary>
/// The PUO adds to a draft team a pegawai of another instansi, named in that instansi's answer to our surat permohonan
/// pelibatan (WF-4 Keluar, DOMAIN.md §6.6; V-TIM-07: only through an approved pelibatan). The other instansi is not on this
/// platform, so what the ketua and membership rules need (kind of position, jenjang, kelas jabatan, education, golongan) is
/// entered by the PUO from that answer; <paramref name="Urutan"/> is the person's line in the answer's list.
/// </summary>
[HanyaUntuk(Peran.PimpinanUnit)]
public sealed record TambahAnggotaInstansiLainCommand(
    Guid TimId,
    uint Versi,
    Guid PelibatanInstansiId,
    int Urutan,
    JenisJabatan Jenis,
    JenjangFungsional? Jenjang,
    int KelasJabatan,
    Pendidikan Pendidikan,
    GolonganRuang? GolonganRuang,
    int AlokasiPersen = 20,
    bool PenuhWaktu = false) : IAppCommand<Result>;

internal sealed class TambahAnggotaInstansiLainValidator : AbstractValidator<TambahAnggotaInstansiLainCommand>
{
    public TambahAnggotaInstansiLainValidator()
    {
        RuleFor(x => x.TimId).NotEmpty().WithName("Tim Kerja");
        RuleFor(x => x.PelibatanInstansiId).NotEmpty().WithName("Pelibatan instansi");
        RuleFor(x => x.Urutan).GreaterThanOrEqualTo(0).WithName("Pegawai instansi lain");
        RuleFor(x => x.Jenis).IsInEnum().WithName("Jenis jabatan");
        RuleFor(x => x.Jenjang).NotNull().IsInEnum().WithName("Jenjang jabatan fungsional").When(x => x.Jenis == JenisJabatan.Fungsional);
        RuleFor(x => x.Jenjang).Null().WithMessage("Jenjang hanya diisi untuk jabatan fungsional.").When(x => x.Jenis != JenisJabatan.Fungsional);
        RuleFor(x => x.KelasJabatan).InclusiveBetween(1, 17).WithName("Kelas jabatan");
        RuleFor(x => x.Pendidikan).IsInEnum().WithName("Pendidikan");
        RuleFor(x => x.GolonganRuang).IsInEnum().WithName("Golongan ruang");
        RuleFor(x => x.AlokasiPersen).InclusiveBetween(1, 100).WithName("Alokasi waktu (%)");
    }
}

internal sealed class TambahAnggotaInstansiLainHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu)
    : ICommandHandler<TambahAnggotaInstansiLainCommand, Result>
{
    public async ValueTask<Result> Handle(TambahAnggotaInstansiLainCommand c, CancellationToken cancellationToken)
    {
        var dimuat = await PemuatTim.MuatUntukSusunanAsync(db, pengguna, c.TimId, c.Versi, PemuatTim.HariIni(waktu), cancellationToken);
        if (dimuat.Gagal)
        {
            return dimuat;
        }

        var (tim, k) = dimuat.Nilai;

        // Another unit's request is not shown to this PUO: "not found" rather than its details (the domain refuses it too).
        var pelibatan = await db.PelibatanInstansi.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == c.PelibatanInstansiId && p.UnitId == tim.UnitPemilikKinerjaId, cancellationToken);
        if (pelibatan is null)
        {
            return Error.TidakDitemukan("Pelibatan instansi");
        }

        if (c.Urutan >= pelibatan.PegawaiInstansiLain.Count)
        {
            return new Error("PegawaiInstansiLainTidakAda", "Pegawai itu tidak ada dalam daftar jawaban instansi lain.", ErrorKind.Validasi,
                nameof(c.Urutan));
        }

        if (!tim.BeririsanDenganMasaKerja(pelibatan.TanggalMulai, pelibatan.TanggalSelesai))
        {
            return new Error("PelibatanDiLuarMasaTim", "Masa pelibatan pegawai instansi lain tidak beririsan dengan masa kerja tim.", ErrorKind.Validasi,
                nameof(c.PelibatanInstansiId));
        }

        var orang = pelibatan.PegawaiInstansiLain[c.Urutan];
        var profil = new ProfilPersonel
        {
            PegawaiId = null,
            Nama = orang.Nama,
            Nip = orang.Nip,
            NamaJabatan = string.IsNullOrWhiteSpace(orang.Jabatan) ? c.Jenis.Label() : orang.Jabatan,
            Jenis = c.Jenis,
            Jenjang = c.Jenjang,
            KelasJabatan = c.KelasJabatan,
            GolonganRuang = c.GolonganRuang,
            Pendidikan = c.Pendidikan,
            Asal = AsalPersonel.Instansi(pelibatan.InstansiLain),
        };
        var hasil = tim.TambahAnggota(new PersonelBaru(profil, c.AlokasiPersen, c.PenuhWaktu, BuktiPelibatan.Dari(pelibatan)), k);
        if (hasil.Berhasil)
        {
            db.TandaiBerubah(tim);
        }

        return hasil;
    }
}
