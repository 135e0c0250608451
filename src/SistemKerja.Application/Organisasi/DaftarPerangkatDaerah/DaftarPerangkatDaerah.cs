using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Application.Organisasi.DaftarPerangkatDaerah;

public sealed record DaftarPerangkatDaerahQuery : IQuery<IReadOnlyList<PerangkatDaerahRingkas>>;

public sealed record PerangkatDaerahRingkas(Guid Id, string Nama, string Singkatan, JenisPerangkatDaerah Jenis, TipeOrganisasi? Tipe, Guid? IndukId, string? NamaInduk, int JumlahUnit, int JumlahJabatan, int JumlahPegawai);

internal sealed class DaftarPerangkatDaerahHandler(IAppDb db, TimeProvider waktu) : IQueryHandler<DaftarPerangkatDaerahQuery, IReadOnlyList<PerangkatDaerahRingkas>>
{
    public async ValueTask<IReadOnlyList<PerangkatDaerahRingkas>> Handle(DaftarPerangkatDaerahQuery query, CancellationToken cancellationToken)
    {
        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        return await db.PerangkatDaerah.AsNoTracking()
            .OrderBy(p => p.IndukId != null).ThenBy(p => p.Jenis).ThenBy(p => p.Nama)
            .Select(p => new PerangkatDaerahRingkas(
                p.Id, p.Nama, p.Singkatan, p.Jenis, p.Tipe, p.IndukId,
                db.PerangkatDaerah.Where(i => i.Id == p.IndukId).Select(i => i.Nama).FirstOrDefault(),
                db.UnitOrganisasi.Count(u => u.PerangkatDaerahId == p.Id),
                db.Jabatan.Count(j => j.PerangkatDaerahId == p.Id),
                db.PemangkuJabatan.Count(pj => pj.Jenis == JenisPemangkuan.Definitif && pj.Tmt <= hariIni && (pj.TanggalSelesai == null || pj.TanggalSelesai >= hariIni)
                    && db.Jabatan.Any(j => j.Id == pj.JabatanId && j.PerangkatDaerahId == p.Id))))
            .ToListAsync(cancellationToken);
    }
}
