using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Application.Organisasi.PetaJabatan;
using SistemKerja.Application.Organisasi.Struktur;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Application.Organisasi.EksporPetaJabatan;

/// <summary>
/// The peta jabatan of one Perangkat Daerah as an .xlsx: one row per open position slot with its holder today and, for
/// information, its Pejabat Penilai Kinerja. The file imports back unchanged (<see cref="KolomPetaJabatan"/>).
/// </summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record EksporPetaJabatanQuery(Guid PerangkatDaerahId) : IQuery<Result<BerkasEkspor>>;

public sealed record BerkasEkspor(string NamaBerkas, byte[] Isi, int JumlahBaris);

internal sealed class EksporPetaJabatanHandler(IAppDb db, IBerkasSpreadsheet spreadsheet, TimeProvider waktu) : IQueryHandler<EksporPetaJabatanQuery, Result<BerkasEkspor>>
{
    public async ValueTask<Result<BerkasEkspor>> Handle(EksporPetaJabatanQuery query, CancellationToken cancellationToken)
    {
        var pd = await db.PerangkatDaerah.AsNoTracking()
            .Where(p => p.Id == query.PerangkatDaerahId)
            .Select(p => new { p.Id, p.Singkatan })
            .SingleOrDefaultAsync(cancellationToken);
        if (pd is null)
        {
            return Error.TidakDitemukan("Perangkat Daerah");
        }

        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var kebijakan = await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken);
        var struktur = await PemuatStruktur.MuatAsync(db, pd.Id, hariIni, cancellationToken);
        var jalur = JalurUnit.Dari(struktur.Unit.Values.Where(u => u.PerangkatDaerahId == pd.Id));

        var jabatan = await db.Jabatan.AsNoTracking()
            .Where(j => j.PerangkatDaerahId == pd.Id && (j.DitutupPada == null || j.DitutupPada > hariIni))
            .Select(j => new { j.Id, j.UnitOrganisasiId, j.Nama, j.Jenis, j.Jenjang, j.KelasJabatan, j.MemimpinUnit, j.TugasTambahan })
            .ToListAsync(cancellationToken);
        var pemangku = (await (
                from pj in db.PemangkuJabatan.AsNoTracking()
                join j in db.Jabatan on pj.JabatanId equals j.Id
                join p in db.Pegawai on pj.PegawaiId equals p.Id
                where j.PerangkatDaerahId == pd.Id && pj.Tmt <= hariIni && (pj.TanggalSelesai == null || pj.TanggalSelesai >= hariIni)
                orderby pj.Jenis
                select new { pj.JabatanId, p.Nip, p.GelarDepan, p.Nama, p.GelarBelakang, pj.Jenis, pj.Tmt, pj.NomorSk })
            .ToListAsync(cancellationToken)).ToLookup(p => p.JabatanId);

        var baris = jabatan
            .Where(j => jalur.ContainsKey(j.UnitOrganisasiId))
            .OrderBy(j => jalur[j.UnitOrganisasiId], StringComparer.Ordinal)
            .ThenByDescending(j => j.MemimpinUnit).ThenByDescending(j => j.KelasJabatan).ThenBy(j => j.Nama, StringComparer.Ordinal)
            .Select(j =>
            {
                var p = pemangku[j.Id].FirstOrDefault();
                var ppk = j.Jenis is JenisJabatan.Fungsional or JenisJabatan.Pelaksana && !j.MemimpinUnit
                    ? PenentuPejabatPenilai.Tentukan(struktur, kebijakan, j.Id).PejabatPenilaiKinerja
                    : null;
                return (IReadOnlyList<string?>)
                [
                    j.Id.ToString(), jalur[j.UnitOrganisasiId], j.Nama, j.Jenis.Label(), j.Jenjang?.Label(),
                    j.KelasJabatan.ToString(System.Globalization.CultureInfo.InvariantCulture), KolomPetaJabatan.YaTidak(j.MemimpinUnit),
                    j.TugasTambahan is { } t ? KolomPetaJabatan.Label(t) : null,
                    p?.Nip, p is null ? null : Pegawai.FormatNama(p.GelarDepan, p.Nama, p.GelarBelakang), p?.Jenis.ToString(),
                    p is null ? null : KolomPetaJabatan.Tanggal(p.Tmt), p?.NomorSk,
                    ppk is null ? null : ppk.Pemangku is { } orang ? $"{ppk.Jabatan?.Nama} ({orang.Nama})" : ppk.Jabatan?.Nama ?? "tidak dapat ditentukan",
                ];
            })
            .ToList();

        using var isi = new MemoryStream();
        spreadsheet.Tulis(isi, "Peta Jabatan", KolomPetaJabatan.Semua, baris);
        return new BerkasEkspor($"peta-jabatan-{pd.Singkatan.ToLowerInvariant()}-{hariIni:yyyyMMdd}.xlsx", isi.ToArray(), baris.Count);
    }
}

/// <summary>Unit paths as written in the spreadsheet: "Dinas Kesehatan > Bidang Pelayanan > Seksi Rujukan".</summary>
internal static class JalurUnit
{
    public static Dictionary<Guid, string> Dari(IEnumerable<UnitSnapshot> unit)
    {
        var semua = unit.ToDictionary(u => u.Id);
        var hasil = new Dictionary<Guid, string>(semua.Count);
        string Jalur(UnitSnapshot u)
        {
            if (hasil.TryGetValue(u.Id, out var ada))
            {
                return ada;
            }

            var jalur = u.IndukId is { } i && semua.TryGetValue(i, out var induk) ? Jalur(induk) + KolomPetaJabatan.PemisahUnit + u.Nama : u.Nama;
            hasil[u.Id] = jalur;
            return jalur;
        }

        foreach (var u in semua.Values)
        {
            Jalur(u);
        }

        return hasil;
    }
}
