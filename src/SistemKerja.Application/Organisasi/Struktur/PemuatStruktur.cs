using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Application.Organisasi.Struktur;

/// <summary>Reads what <see cref="PenentuPejabatPenilai"/> needs for one Perangkat Daerah and its induk, at one date (five queries).</summary>
internal static class PemuatStruktur
{
    public static async Task<StrukturPadaTanggal> MuatAsync(IAppDb db, Guid perangkatDaerahId, DateOnly tanggal, CancellationToken ct)
    {
        var indukId = await db.PerangkatDaerah.Where(p => p.Id == perangkatDaerahId).Select(p => p.IndukId).SingleOrDefaultAsync(ct);
        Guid[] pdIds = indukId is { } i ? [perangkatDaerahId, i] : [perangkatDaerahId];

        var pd = await db.PerangkatDaerah.AsNoTracking().Where(p => pdIds.Contains(p.Id))
            .Select(p => new PerangkatDaerahSnapshot(p.Id, p.IndukId, p.Jenis, p.Nama)).ToListAsync(ct);
        var unit = await db.UnitOrganisasi.AsNoTracking()
            .Where(u => pdIds.Contains(u.PerangkatDaerahId) && (u.DitutupPada == null || u.DitutupPada > tanggal))
            .Select(u => new UnitSnapshot(u.Id, u.IndukId, u.PerangkatDaerahId, u.Nama, u.UnitOrganisasiMandiri)).ToListAsync(ct);
        var jabatan = await db.Jabatan.AsNoTracking()
            .Where(j => pdIds.Contains(j.PerangkatDaerahId) && (j.DitutupPada == null || j.DitutupPada > tanggal))
            .Select(j => new JabatanSnapshot(j.Id, j.UnitOrganisasiId, j.PerangkatDaerahId, j.Nama, j.Jenis, j.Jenjang, j.MemimpinUnit)).ToListAsync(ct);
        var kedudukan = await db.Kedudukan.AsNoTracking()
            .Where(k => db.Jabatan.Any(j => j.Id == k.JabatanId && pdIds.Contains(j.PerangkatDaerahId))
                && k.BerlakuMulai <= tanggal && (k.BerlakuSampai == null || k.BerlakuSampai >= tanggal))
            .Select(k => new { k.JabatanId, k.AtasanJabatanId, k.DasarDelegasi, k.BerlakuMulai, k.BerlakuSampai }).ToListAsync(ct);
        var pemangku = await (
                from pj in db.PemangkuJabatan.AsNoTracking()
                join j in db.Jabatan on pj.JabatanId equals j.Id
                join p in db.Pegawai on pj.PegawaiId equals p.Id
                where pdIds.Contains(j.PerangkatDaerahId) && pj.Tmt <= tanggal && (pj.TanggalSelesai == null || pj.TanggalSelesai >= tanggal)
                select new { pj.JabatanId, p.Id, p.GelarDepan, p.Nama, p.GelarBelakang, p.Nip, pj.Jenis })
            .ToListAsync(ct);

        return new StrukturPadaTanggal(
            pd, unit, jabatan,
            kedudukan.GroupBy(k => k.JabatanId).ToDictionary(g => g.Key, g => g.First().AtasanJabatanId),
            pemangku.Select(p => (p.JabatanId, new PemangkuSnapshot(p.Id, Pegawai.FormatNama(p.GelarDepan, p.Nama, p.GelarBelakang), p.Nip, p.Jenis))),
            kedudukan.Where(k => k.DasarDelegasi != null).GroupBy(k => k.JabatanId)
                .ToDictionary(g => g.Key, g => g.Select(k => new DelegasiSnapshot(k.DasarDelegasi!, k.BerlakuMulai, k.BerlakuSampai)).First()));
    }
}
