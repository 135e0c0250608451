using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Application.Organisasi.DetailJabatan;

/// <summary>One position for the admin forms (admin only: the refusal comes back as a failed result, never an exception): its data, its kedudukan history, and the positions it may sit under.</summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record DetailJabatanQuery(Guid JabatanId) : IQuery<Result<JabatanUntukAdmin>>;

public sealed record JabatanUntukAdmin(
    Guid Id, Guid PerangkatDaerahId, string PerangkatDaerah, string Unit, string Nama, JenisJabatan Jenis, JenjangFungsional? Jenjang, int KelasJabatan,
    bool MemimpinUnit, DateOnly? DitutupPada, uint Versi, IReadOnlyList<RiwayatKedudukan> RiwayatKedudukan, IReadOnlyList<CalonAtasan> CalonAtasan);

public sealed record RiwayatKedudukan(string Atasan, string UnitAtasan, DateOnly BerlakuMulai, DateOnly? BerlakuSampai, string NomorSk, string? DasarDelegasi);

public sealed record CalonAtasan(Guid Id, string Nama, string Unit, JenisJabatan Jenis);

internal sealed class DetailJabatanHandler(IAppDb db) : IQueryHandler<DetailJabatanQuery, Result<JabatanUntukAdmin>>
{
    public async ValueTask<Result<JabatanUntukAdmin>> Handle(DetailJabatanQuery query, CancellationToken cancellationToken)
    {
        var j = await (
                from jb in db.Jabatan.AsNoTracking()
                join u in db.UnitOrganisasi on jb.UnitOrganisasiId equals u.Id
                join pd in db.PerangkatDaerah on jb.PerangkatDaerahId equals pd.Id
                where jb.Id == query.JabatanId
                select new { jb.Id, jb.PerangkatDaerahId, Pd = pd.Nama, PdInduk = pd.IndukId, Unit = u.Nama, jb.Nama, jb.Jenis, jb.Jenjang, jb.KelasJabatan, jb.MemimpinUnit, jb.DitutupPada, jb.Versi })
            .SingleOrDefaultAsync(cancellationToken);
        if (j is null)
        {
            return Error.TidakDitemukan("Jabatan");
        }

        var riwayat = await (
                from k in db.Kedudukan.AsNoTracking()
                join a in db.Jabatan on k.AtasanJabatanId equals a.Id
                join u in db.UnitOrganisasi on a.UnitOrganisasiId equals u.Id
                where k.JabatanId == j.Id
                orderby k.BerlakuMulai descending
                select new RiwayatKedudukan(a.Nama, u.Nama, k.BerlakuMulai, k.BerlakuSampai, k.NomorSk, k.DasarDelegasi))
            .ToListAsync(cancellationToken);

        // Officials who may assess without delegation (V-KED-01) in the same PD or its induk; others need a delegation basis.
        var calon = await (
                from a in db.Jabatan.AsNoTracking()
                join u in db.UnitOrganisasi on a.UnitOrganisasiId equals u.Id
                where (a.PerangkatDaerahId == j.PerangkatDaerahId || a.PerangkatDaerahId == j.PdInduk) && a.DitutupPada == null && a.Id != j.Id
                    && (a.MemimpinUnit || a.Jenis == JenisJabatan.JptMadya || a.Jenis == JenisJabatan.JptPratama || a.Jenis == JenisJabatan.Administrator || a.Jenis == JenisJabatan.Pengawas)
                orderby a.Jenis, a.Nama
                select new CalonAtasan(a.Id, a.Nama, u.Nama, a.Jenis))
            .ToListAsync(cancellationToken);

        return new JabatanUntukAdmin(j.Id, j.PerangkatDaerahId, j.Pd, j.Unit, j.Nama, j.Jenis, j.Jenjang, j.KelasJabatan, j.MemimpinUnit, j.DitutupPada, j.Versi, riwayat, calon);
    }
}
