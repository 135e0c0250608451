using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Kepegawaian;

namespace SistemKerja.Application.Kepegawaian.CariPegawai;

/// <summary>Search by NIP (digits, any part) or by words in the name, the current jabatan or the unit. Paged.</summary>
public sealed record CariPegawaiQuery(string? Kata, int Halaman = 1, int UkuranHalaman = 25) : IQuery<HalamanPegawai>;

public sealed record HalamanPegawai(IReadOnlyList<PegawaiRingkas> Baris, int Total, int Halaman, int UkuranHalaman)
{
    public int JumlahHalaman => Math.Max(1, (Total + UkuranHalaman - 1) / UkuranHalaman);
}

public sealed record PegawaiRingkas(Guid Id, string Nama, string Nip, StatusKepegawaian Status, string? Jabatan, string? Unit, string? PerangkatDaerah);

internal sealed class CariPegawaiHandler(IAppDb db, TimeProvider waktu) : IQueryHandler<CariPegawaiQuery, HalamanPegawai>
{
    public async ValueTask<HalamanPegawai> Handle(CariPegawaiQuery query, CancellationToken cancellationToken)
    {
        var ukuran = Math.Clamp(query.UkuranHalaman, 1, 100);
        var halaman = Math.Max(1, query.Halaman);
        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var pegawai = db.Pegawai.AsNoTracking();
        var kata = query.Kata?.Trim();
        if (!string.IsNullOrEmpty(kata))
        {
            var digit = new string([.. kata.Where(char.IsAsciiDigit)]);
            var pola = Pola(kata);
            pegawai = digit.Length >= 4 && digit.Length == kata.Count(c => !char.IsWhiteSpace(c) && c != '.')
                ? pegawai.Where(p => p.Nip.Contains(digit))
                : pegawai.Where(p => EF.Functions.Like(p.Nama.ToLower(), pola, "\\")
                    || db.PemangkuJabatan.Any(pj => pj.PegawaiId == p.Id && pj.TanggalSelesai == null
                        && db.Jabatan.Any(j => j.Id == pj.JabatanId
                            && (EF.Functions.Like(j.Nama.ToLower(), pola, "\\")
                                || db.UnitOrganisasi.Any(u => u.Id == j.UnitOrganisasiId && EF.Functions.Like(u.Nama.ToLower(), pola, "\\"))))));
        }

        var total = await pegawai.CountAsync(cancellationToken);
        var baris = await pegawai
            .OrderBy(p => p.Nama).ThenBy(p => p.Nip)
            .Skip((halaman - 1) * ukuran).Take(ukuran)
            .Select(p => new
            {
                p.Id, p.GelarDepan, p.Nama, p.GelarBelakang, p.Nip, p.Status,
                Jabatan = (from pj in db.PemangkuJabatan
                           join j in db.Jabatan on pj.JabatanId equals j.Id
                           join u in db.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
                           join pd in db.PerangkatDaerah on j.PerangkatDaerahId equals pd.Id
                           where pj.PegawaiId == p.Id && pj.Jenis == JenisPemangkuan.Definitif && pj.Tmt <= hariIni && (pj.TanggalSelesai == null || pj.TanggalSelesai >= hariIni)
                           select new { j.Nama, Unit = u.Nama, Pd = pd.Nama }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new HalamanPegawai(
            [.. baris.Select(b => new PegawaiRingkas(b.Id, Pegawai.FormatNama(b.GelarDepan, b.Nama, b.GelarBelakang), b.Nip, b.Status, b.Jabatan?.Nama, b.Jabatan?.Unit, b.Jabatan?.Pd))],
            total, halaman, ukuran);
    }

    /// <summary>A LIKE pattern matching the words anywhere, with the user's % and _ taken literally.</summary>
    private static string Pola(string kata) =>
        "%" + kata.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
