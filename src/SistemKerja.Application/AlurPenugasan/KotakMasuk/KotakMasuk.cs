using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Application.AlurPenugasan.KotakMasuk;

/// <summary>
/// Each person's inbox: what waits for me (steps my positions, including Plt/Plh, or I myself must act on), what I
/// sent, what I was copied on, my assignments, and my notices.
/// </summary>
public sealed record KotakMasukQuery : IQuery<KotakMasuk>;

public sealed record KotakMasuk(
    IReadOnlyList<RingkasanPermohonan> Menunggu,
    IReadOnlyList<RingkasanPermohonan> Dikirim,
    IReadOnlyList<RingkasanPermohonan> Tembusan,
    IReadOnlyList<RingkasanPenugasan> PenugasanSaya,
    IReadOnlyList<RingkasanNotifikasi> Notifikasi);

public sealed record RingkasanPermohonan(Guid Id, JenisPermohonan Jenis, CakupanPenugasan Cakupan, string MaksudDanTujuan, string Pemohon, string Pegawai,
    DateOnly TanggalMulai, DateOnly TanggalSelesai, StatusPermohonan Status, string? LangkahMenunggu, DateTimeOffset DiajukanPada);

public sealed record RingkasanPenugasan(Guid Id, AsalPenugasan Asal, string Uraian, DateOnly TanggalMulai, DateOnly TanggalSelesai, StatusPenugasan Status, bool PenuhWaktu, int AlokasiPersen);

public sealed record RingkasanNotifikasi(Guid Id, string Judul, string Tautan, DateTimeOffset DibuatPada, bool Dibaca);

internal sealed class KotakMasukHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : IQueryHandler<KotakMasukQuery, KotakMasuk>
{
    private const int Batas = 100;

    public async ValueTask<KotakMasuk> Handle(KotakMasukQuery query, CancellationToken cancellationToken)
    {
        if (pengguna.PegawaiId is not { } saya)
        {
            return new KotakMasuk([], [], [], [], []);
        }

        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var jabatan = (await PencariPejabat.JabatanDipegangAsync(db, saya, hariIni, cancellationToken)).Keys.ToList();

        // The active step of a pending request is always Menunggu; saying so lets PostgreSQL use the (jabatan, hasil) indexes.
        var menunggu = await Ringkas(
            db.Permohonan.Where(p => p.Status == StatusPermohonan.Diajukan
                && db.LangkahPermohonan.Any(l => l.PermohonanId == p.Id && l.Urutan == p.LangkahAktif && l.Hasil == HasilLangkah.Menunggu
                    && (l.PegawaiId == saya || (l.JabatanId != null && jabatan.Contains(l.JabatanId.Value)) || (l.JabatanLainId != null && jabatan.Contains(l.JabatanLainId.Value))))),
            cancellationToken);
        var dikirim = await Ringkas(db.Permohonan.Where(p => p.PemohonPegawaiId == saya || p.PegawaiId == saya), cancellationToken);
        var tembusan = await Ringkas(db.Permohonan.Where(p => p.Tembusan.Any(t => t.PegawaiId == saya || jabatan.Contains(t.JabatanId))), cancellationToken);

        var tugas = await db.Penugasan.AsNoTracking()
            .Where(t => t.PegawaiId == saya)
            .OrderByDescending(t => t.TanggalMulai).Take(Batas)
            .Select(t => new RingkasanPenugasan(t.Id, t.Asal, t.Uraian, t.TanggalMulai, t.TanggalSelesai, t.Status, t.PenuhWaktu, t.AlokasiPersen))
            .ToListAsync(cancellationToken);
        var notifikasi = await db.Notifikasi.AsNoTracking()
            .Where(n => n.PegawaiId == saya)
            .OrderByDescending(n => n.DibuatPada).Take(30)
            .Select(n => new RingkasanNotifikasi(n.Id, n.Judul, n.Tautan, n.DibuatPada, n.DibacaPada != null))
            .ToListAsync(cancellationToken);
        return new KotakMasuk(menunggu, dikirim, tembusan, tugas, notifikasi);
    }

    private async Task<List<RingkasanPermohonan>> Ringkas(IQueryable<Permohonan> sumber, CancellationToken ct) =>
        await (from p in sumber.AsNoTracking()
               join g in db.Pegawai on p.PegawaiId equals g.Id
               orderby p.DiajukanPada descending
               select new RingkasanPermohonan(p.Id, p.Jenis, p.Cakupan, p.MaksudDanTujuan, p.Pemohon, g.Nama, p.TanggalMulai, p.TanggalSelesai, p.Status,
                   p.Status == StatusPermohonan.Diajukan
                       ? db.LangkahPermohonan.Where(l => l.PermohonanId == p.Id && l.Urutan == p.LangkahAktif).Select(l => l.Judul).FirstOrDefault()
                       : null,
                   p.DiajukanPada))
            .Take(Batas)
            .ToListAsync(ct);
}
