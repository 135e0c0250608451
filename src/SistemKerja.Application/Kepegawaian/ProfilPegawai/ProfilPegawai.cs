using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Application.Kepegawaian.ProfilPegawai;

/// <summary>A pegawai's identity and position history. A pegawai sees their own; admins and auditors see anyone's.</summary>
public sealed record ProfilPegawaiQuery(Guid PegawaiId) : IQuery<ProfilPegawai?>;

public sealed record ProfilPegawai(
    Guid Id, string Nama, string Nip, StatusKepegawaian Status, JenisKelamin JenisKelamin, DateOnly TanggalLahir,
    GolonganRuang? GolonganRuang, GolonganPppk? GolonganPppk, Pendidikan Pendidikan, string? Email, uint Versi,
    IReadOnlyList<RiwayatJabatanBaris> RiwayatJabatan);

public sealed record RiwayatJabatanBaris(Guid Id, Guid JabatanId, string Jabatan, JenisJabatan JenisJabatan, JenjangFungsional? Jenjang, bool MemimpinUnit,
    string Unit, Guid PerangkatDaerahId, string PerangkatDaerah, JenisPemangkuan Jenis, DateOnly Tmt, DateOnly? TanggalSelesai, string NomorSk);

internal sealed class ProfilPegawaiHandler(IAppDb db, IPenggunaSaatIni pengguna) : IQueryHandler<ProfilPegawaiQuery, ProfilPegawai?>
{
    public async ValueTask<ProfilPegawai?> Handle(ProfilPegawaiQuery query, CancellationToken cancellationToken)
    {
        var boleh = pengguna.PegawaiId == query.PegawaiId || pengguna.Memiliki(Peran.AdminBkpsdm) || pengguna.Memiliki(Peran.Auditor) || pengguna.Memiliki(Peran.PimpinanUnit);
        if (!boleh)
        {
            return null;
        }

        var p = await db.Pegawai.AsNoTracking()
            .Where(p => p.Id == query.PegawaiId)
            .Select(p => new { p.Id, p.GelarDepan, p.Nama, p.GelarBelakang, p.Nip, p.Status, p.JenisKelamin, p.TanggalLahir, p.GolonganRuang, p.GolonganPppk, p.Pendidikan, p.Email, p.Versi })
            .SingleOrDefaultAsync(cancellationToken);
        if (p is null)
        {
            return null;
        }

        var riwayat = await (
                from pj in db.PemangkuJabatan.AsNoTracking()
                join j in db.Jabatan on pj.JabatanId equals j.Id
                join u in db.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
                join pd in db.PerangkatDaerah on j.PerangkatDaerahId equals pd.Id
                where pj.PegawaiId == p.Id
                orderby pj.Tmt descending
                select new RiwayatJabatanBaris(pj.Id, j.Id, j.Nama, j.Jenis, j.Jenjang, j.MemimpinUnit, u.Nama, pd.Id, pd.Nama, pj.Jenis, pj.Tmt, pj.TanggalSelesai, pj.NomorSk))
            .ToListAsync(cancellationToken);
        return new ProfilPegawai(p.Id, Pegawai.FormatNama(p.GelarDepan, p.Nama, p.GelarBelakang), p.Nip, p.Status, p.JenisKelamin, p.TanggalLahir,
            p.GolonganRuang, p.GolonganPppk, p.Pendidikan, p.Email, p.Versi, riwayat);
    }
}
