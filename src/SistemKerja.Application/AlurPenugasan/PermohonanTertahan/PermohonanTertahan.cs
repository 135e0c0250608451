using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.KirimPengingat;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Application.AlurPenugasan.PermohonanTertahan;

/// <summary>
/// For BKPSDM: the requests whose waiting step has waited at least the region's reminder period (working days), by the
/// Perangkat Daerah where they wait, oldest first, with who holds the waiting step today (definitive, Plt, Plh).
/// </summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record DaftarPermohonanTertahanQuery : IQuery<Result<IReadOnlyList<KelompokTertahan>>>;

public sealed record KelompokTertahan(Guid PerangkatDaerahId, string PerangkatDaerah, IReadOnlyList<PermohonanTertahan> Permohonan);

/// <param name="Pemegang">Who can act on the step today ("Nama (Plh.)"); empty when the position is vacant.</param>
public sealed record PermohonanTertahan(Guid Id, string MaksudDanTujuan, string Pemohon, string Langkah, string Pelaksana, IReadOnlyList<string> Pemegang,
    DateTimeOffset MenungguSejak, int HariKerja, DateTimeOffset? DiingatkanPada, DateTimeOffset? DieskalasiPada, string? EskalasiKe);

internal sealed class DaftarPermohonanTertahanHandler(IAppDb db, TimeProvider waktu, PengaturanPengingat pengaturan)
    : IQueryHandler<DaftarPermohonanTertahanQuery, Result<IReadOnlyList<KelompokTertahan>>>
{
    public async ValueTask<Result<IReadOnlyList<KelompokTertahan>>> Handle(DaftarPermohonanTertahanQuery query, CancellationToken cancellationToken)
    {
        var hariIni = Lokal(waktu.GetUtcNow());
        var kalender = pengaturan.Kalender();
        var batas = pengaturan.Aturan().BatasPengingat;
        var tertahan = (await db.Permohonan.AsNoTracking().Where(p => p.Status == StatusPermohonan.Diajukan).ToListAsync(cancellationToken))
            .Select(p => (P: p, L: p.LangkahMenunggu!, Sejak: p.MenungguSejak!.Value))
            .Select(x => (x.P, x.L, x.Sejak, Hari: kalender.HariKerjaSejak(Lokal(x.Sejak), hariIni)))
            .Where(x => x.Hari >= batas)
            .ToList();
        if (tertahan.Count == 0)
        {
            return Result<IReadOnlyList<KelompokTertahan>>.Ok([]);
        }

        // Where each waits: the Perangkat Daerah of the step's position (or of the assignee's own position).
        var jabatanIds = tertahan.SelectMany(x => new[] { x.L.JabatanId, x.L.JabatanLainId, x.P.JabatanPegawaiId }).OfType<Guid>().Distinct().ToList();
        var jabatan = await (from j in db.Jabatan.AsNoTracking()
                             join d in db.PerangkatDaerah on j.PerangkatDaerahId equals d.Id
                             where jabatanIds.Contains(j.Id)
                             select new { j.Id, PdId = d.Id, Pd = d.Nama })
            .ToDictionaryAsync(j => j.Id, cancellationToken);
        var pemangku = (await (from pj in db.PemangkuJabatan.AsNoTracking()
                               join g in db.Pegawai on pj.PegawaiId equals g.Id
                               where jabatanIds.Contains(pj.JabatanId) && pj.Tmt <= hariIni && (pj.TanggalSelesai == null || pj.TanggalSelesai >= hariIni)
                               select new { pj.JabatanId, pj.Jenis, g.GelarDepan, g.Nama, g.GelarBelakang })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.JabatanId, x => Pegawai.FormatNama(x.GelarDepan, x.Nama, x.GelarBelakang) + (x.Jenis == JenisPemangkuan.Definitif ? "" : $" ({x.Jenis}.)"));
        var orangIds = tertahan.Select(x => x.L.PegawaiId).OfType<Guid>().Distinct().ToList();
        var orang = await db.Pegawai.AsNoTracking().Where(g => orangIds.Contains(g.Id))
            .Select(g => new { g.Id, g.GelarDepan, g.Nama, g.GelarBelakang })
            .ToDictionaryAsync(g => g.Id, g => Pegawai.FormatNama(g.GelarDepan, g.Nama, g.GelarBelakang), cancellationToken);

        IReadOnlyList<KelompokTertahan> kelompok =
        [
            .. tertahan
                .Select(x =>
                {
                    var tempat = jabatan.GetValueOrDefault(x.L.JabatanId ?? x.P.JabatanPegawaiId);
                    IReadOnlyList<string> pemegang = x.L.PegawaiId is { } o
                        ? [orang.GetValueOrDefault(o, "")]
                        : [.. new[] { x.L.JabatanId, x.L.JabatanLainId }.OfType<Guid>().SelectMany(j => pemangku[j]).Distinct()];
                    return (PdId: tempat?.PdId ?? Guid.Empty, Pd: tempat?.Pd ?? "(tidak diketahui)",
                        Baris: new PermohonanTertahan(x.P.Id, x.P.MaksudDanTujuan, x.P.Pemohon, x.L.Judul, x.L.Pelaksana, pemegang, x.Sejak, x.Hari,
                            x.L.DiingatkanPada, x.L.DieskalasiPada, x.L.EskalasiKe));
                })
                .GroupBy(x => (x.PdId, x.Pd))
                .Select(g => new KelompokTertahan(g.Key.PdId, g.Key.Pd, [.. g.Select(x => x.Baris).OrderBy(b => b.MenungguSejak)]))
                .OrderBy(k => k.Permohonan[0].MenungguSejak),
        ];
        return Result<IReadOnlyList<KelompokTertahan>>.Ok(kelompok);
    }

    private DateOnly Lokal(DateTimeOffset w) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(w, waktu.LocalTimeZone).DateTime);
}
