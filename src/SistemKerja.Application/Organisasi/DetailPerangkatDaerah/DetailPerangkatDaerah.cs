using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Application.Organisasi.DetailPerangkatDaerah;

/// <summary>
/// A Perangkat Daerah with its unit tree and, per unit, the position slots and who holds them today. A large Perangkat
/// Daerah (a province's RSUD has thousands of positions) is shown a unit at a time: when <paramref name="UnitId"/> is
/// given, the positions of that unit and its sub-units are loaded; otherwise, with more than <paramref name="BatasJabatan"/>
/// positions, only those of the root unit. Every unit still appears with its number of positions.
/// </summary>
public sealed record DetailPerangkatDaerahQuery(Guid PerangkatDaerahId, Guid? UnitId = null, int BatasJabatan = DetailPerangkatDaerahQuery.BatasBaku)
    : IQuery<PerangkatDaerahDetail?>
{
    public const int BatasBaku = 300;
}

/// <param name="Sebagian">Only some units' positions are loaded (<see cref="UnitDetail.JabatanDimuat"/>).</param>
public sealed record PerangkatDaerahDetail(Guid Id, string Nama, string Singkatan, JenisPerangkatDaerah Jenis, TipeOrganisasi? Tipe, string Alamat,
    IReadOnlyList<UnitDetail> Unit, int JumlahJabatan, bool Sebagian);

/// <param name="Kedalaman">0 for the root, 1 for its children…; the list is in tree order (depth first).</param>
/// <param name="JabatanDimuat">Whether <paramref name="Jabatan"/> holds this unit's positions or is left empty (see the query).</param>
public sealed record UnitDetail(Guid Id, Guid? IndukId, string Nama, bool UnitOrganisasiMandiri, int Urutan, int Kedalaman, uint Versi, int JumlahJabatan,
    bool JabatanDimuat, IReadOnlyList<JabatanDetail> Jabatan);

public sealed record JabatanDetail(Guid Id, string Nama, JenisJabatan Jenis, JenjangFungsional? Jenjang, int KelasJabatan, bool MemimpinUnit, TugasTambahan? TugasTambahan, uint Versi, IReadOnlyList<PemangkuRingkas> Pemangku);

public sealed record PemangkuRingkas(Guid PegawaiId, string Nama, string Nip, JenisPemangkuan Jenis);

internal sealed class DetailPerangkatDaerahHandler(IAppDb db, TimeProvider waktu) : IQueryHandler<DetailPerangkatDaerahQuery, PerangkatDaerahDetail?>
{
    public async ValueTask<PerangkatDaerahDetail?> Handle(DetailPerangkatDaerahQuery query, CancellationToken cancellationToken)
    {
        var pd = await db.PerangkatDaerah.AsNoTracking()
            .Where(p => p.Id == query.PerangkatDaerahId)
            .Select(p => new { p.Id, p.Nama, p.Singkatan, p.Jenis, p.Tipe, p.Alamat })
            .SingleOrDefaultAsync(cancellationToken);
        if (pd is null)
        {
            return null;
        }

        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var unit = await db.UnitOrganisasi.AsNoTracking()
            .Where(u => u.PerangkatDaerahId == pd.Id && (u.DitutupPada == null || u.DitutupPada > hariIni))
            .Select(u => new { u.Id, u.IndukId, u.Nama, u.UnitOrganisasiMandiri, u.Urutan, u.Versi })
            .ToListAsync(cancellationToken);
        var jumlah = await db.Jabatan.AsNoTracking()
            .Where(j => j.PerangkatDaerahId == pd.Id && (j.DitutupPada == null || j.DitutupPada > hariIni))
            .GroupBy(j => j.UnitOrganisasiId)
            .Select(g => new { UnitId = g.Key, Jumlah = g.Count() })
            .ToDictionaryAsync(g => g.UnitId, g => g.Jumlah, cancellationToken);
        var anak = unit.ToLookup(u => u.IndukId);
        var total = jumlah.Values.Sum();
        var sebagian = total > query.BatasJabatan || query.UnitId is not null;
        var fokus = !sebagian ? null
            : query.UnitId is { } dipilih && unit.Any(u => u.Id == dipilih) ? Subpohon([dipilih], anak, u => u.Id)
            : [.. anak[null].Select(u => u.Id)];

        var jabatan = await db.Jabatan.AsNoTracking()
            .Where(j => j.PerangkatDaerahId == pd.Id && (j.DitutupPada == null || j.DitutupPada > hariIni) && (fokus == null || fokus.Contains(j.UnitOrganisasiId)))
            .OrderByDescending(j => j.MemimpinUnit).ThenByDescending(j => j.KelasJabatan).ThenBy(j => j.Nama).ThenBy(j => j.Id)
            .Select(j => new { j.Id, j.UnitOrganisasiId, j.Nama, j.Jenis, j.Jenjang, j.KelasJabatan, j.MemimpinUnit, j.TugasTambahan, j.Versi })
            .ToListAsync(cancellationToken);
        var pemangku = await (
                from pj in db.PemangkuJabatan.AsNoTracking()
                join j in db.Jabatan on pj.JabatanId equals j.Id
                join p in db.Pegawai on pj.PegawaiId equals p.Id
                where j.PerangkatDaerahId == pd.Id && pj.Tmt <= hariIni && (pj.TanggalSelesai == null || pj.TanggalSelesai >= hariIni)
                    && (fokus == null || fokus.Contains(j.UnitOrganisasiId))
                select new { pj.JabatanId, p.Id, p.GelarDepan, p.Nama, p.GelarBelakang, p.Nip, pj.Jenis })
            .ToListAsync(cancellationToken);

        var pemangkuPerJabatan = pemangku.ToLookup(p => p.JabatanId, p => new PemangkuRingkas(p.Id, Pegawai.FormatNama(p.GelarDepan, p.Nama, p.GelarBelakang), p.Nip, p.Jenis));
        var dimuat = fokus?.ToHashSet();
        var jabatanPerUnit = jabatan.ToLookup(j => j.UnitOrganisasiId, j => new JabatanDetail(
            j.Id, j.Nama, j.Jenis, j.Jenjang, j.KelasJabatan, j.MemimpinUnit, j.TugasTambahan, j.Versi, [.. pemangkuPerJabatan[j.Id]]));
        var urut = new List<UnitDetail>(unit.Count);
        void Kunjungi(Guid? indukId, int kedalaman)
        {
            foreach (var u in anak[indukId].OrderBy(u => u.Urutan).ThenBy(u => u.Nama, StringComparer.Ordinal))
            {
                urut.Add(new UnitDetail(u.Id, u.IndukId, u.Nama, u.UnitOrganisasiMandiri, u.Urutan, kedalaman, u.Versi, jumlah.GetValueOrDefault(u.Id),
                    dimuat is null || dimuat.Contains(u.Id), [.. jabatanPerUnit[u.Id]]));
                Kunjungi(u.Id, kedalaman + 1);
            }
        }

        Kunjungi(null, 0);
        return new PerangkatDaerahDetail(pd.Id, pd.Nama, pd.Singkatan, pd.Jenis, pd.Tipe, pd.Alamat, urut, total, sebagian);
    }

    /// <summary>The units given and every unit below them.</summary>
    private static List<Guid> Subpohon<T>(IEnumerable<Guid> akar, ILookup<Guid?, T> anak, Func<T, Guid> id)
    {
        var hasil = new List<Guid>();
        var tumpukan = new Stack<Guid>(akar);
        while (tumpukan.TryPop(out var u))
        {
            hasil.Add(u);
            foreach (var a in anak[u])
            {
                tumpukan.Push(id(a));
            }
        }

        return hasil;
    }
}
