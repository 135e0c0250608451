using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Application.AlurPenugasan.ProsesPermohonan;

/// <summary>
/// The official of the waiting step approves or refuses (with reasons). The decision step carries the availability
/// check (DOMAIN.md §7.2); the last approval issues the Penugasan and its Surat Tugas. Two officials acting at once:
/// the second gets a clear "already changed" message (optimistic concurrency on the request).
/// </summary>
[HanyaUntuk(Peran.Pegawai, Peran.PimpinanUnit)]
public sealed record ProsesPermohonanCommand(
    Guid PermohonanId,
    bool Setujui,
    string? Catatan,
    bool WaktuDiluarBebanKerja,
    bool WaktuDiluarPenugasanLain,
    bool KompetensiRelevan,
    string? AlasanPengecualian,
    uint Versi) : IAppCommand<Result<StatusPermohonan>>;

internal sealed class ProsesPermohonanValidator : AbstractValidator<ProsesPermohonanCommand>
{
    public ProsesPermohonanValidator()
    {
        RuleFor(x => x.PermohonanId).NotEmpty();
        RuleFor(x => x.Catatan).MaximumLength(LangkahPermohonan.PanjangCatatan).WithName("Catatan/alasan");
        RuleFor(x => x.AlasanPengecualian).MaximumLength(Permohonan.PanjangTeks).WithName("Alasan pengecualian");
    }
}

internal sealed class ProsesPermohonanHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu, PenerbitDokumen penerbitDokumen) : ICommandHandler<ProsesPermohonanCommand, Result<StatusPermohonan>>
{
    public async ValueTask<Result<StatusPermohonan>> Handle(ProsesPermohonanCommand c, CancellationToken cancellationToken)
    {
        var p = await db.Permohonan.SingleOrDefaultAsync(x => x.Id == c.PermohonanId, cancellationToken);
        if (p is null || pengguna.PegawaiId is not { } saya)
        {
            return Error.TidakDitemukan("Permohonan");
        }

        db.TetapkanVersiAsli(p, c.Versi);
        var sekarang = waktu.GetUtcNow();
        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var dipegang = await PencariPejabat.JabatanDipegangAsync(db, saya, hariIni, cancellationToken);
        if (!p.Melibatkan(saya, dipegang.Keys))
        {
            return Error.TidakDitemukan("Permohonan"); // not involved: it does not exist for this user
        }

        if (p.Versi != c.Versi)
        {
            // A double click or an old tab: say so before anything else (the save would refuse it anyway).
            return Error.DiubahPenggunaLain;
        }

        var langkah = p.LangkahMenunggu;

        if (!c.Setujui)
        {
            var tolak = p.Tolak(saya, pengguna.Nama, dipegang.Keys, c.Catatan, sekarang);
            if (tolak.Gagal)
            {
                return Result<StatusPermohonan>.Fail(tolak.Errors);
            }

            PenerbitSurat.Beri(db, [p.PemohonPegawaiId, p.PegawaiId, .. p.Tembusan.Select(t => t.PegawaiId).OfType<Guid>()],
                $"Permohonan ditolak oleh {pengguna.Nama}: {p.MaksudDanTujuan}", Pemberitahu.Tautan(p), sekarang);

            // A refusal is written, with its reasons (V-PER-05; HSU Ps 13d, SBS format 4).
            var jabatanTolak = new[] { langkah!.JabatanId, langkah.JabatanLainId }.OfType<Guid>().First(dipegang.ContainsKey);
            await SuratPermohonan.JawabanAsync(db, penerbitDokumen, p, false, c.Catatan, saya, jabatanTolak, dipegang[jabatanTolak], cancellationToken);
            return p.Status;
        }

        var kebijakan = await db.PemerintahDaerah.Select(x => x.Kebijakan).SingleAsync(cancellationToken);
        var ketersediaan = langkah?.Jenis == JenisLangkah.Keputusan
            ? await HitungKetersediaanAsync(db, p.PegawaiId, p.TanggalMulai, p.TanggalSelesai, p.AlokasiPersen, cancellationToken)
            : null;
        var pernyataan = new PernyataanKetersediaan(c.WaktuDiluarBebanKerja, c.WaktuDiluarPenugasanLain, c.KompetensiRelevan, c.AlasanPengecualian);
        var setuju = p.Setujui(saya, pengguna.Nama, dipegang.Keys, c.Catatan, ketersediaan, pernyataan, kebijakan.Penugasan, sekarang);
        if (setuju.Gagal)
        {
            return Result<StatusPermohonan>.Fail(setuju.Errors);
        }

        if (langkah!.Jenis == JenisLangkah.Keputusan && p.Jenis != JenisPermohonan.SukarelaDalamUnit)
        {
            // The addressee's written answer (§6.5 step 3a; SBS format 3).
            var jabatanSetuju = new[] { langkah.JabatanId, langkah.JabatanLainId }.OfType<Guid>().First(dipegang.ContainsKey);
            await SuratPermohonan.JawabanAsync(db, penerbitDokumen, p, true, null, saya, jabatanSetuju, dipegang[jabatanSetuju], cancellationToken);
        }

        if (!setuju.Nilai)
        {
            if (langkah.Jenis == JenisLangkah.PersetujuanAwalAsal && p.LangkahMenunggu?.Jenis != JenisLangkah.PersetujuanAwalAsal)
            {
                // The home side has consented: now the pegawai's written request goes to the target (V-SUK-04).
                await SuratPermohonan.PermohonanAsync(db, penerbitDokumen, p, p.PemohonPegawaiId, p.JabatanPegawaiId, JenisPemangkuan.Definitif, cancellationToken);
            }

            await Pemberitahu.LangkahMenungguAsync(db, p, hariIni, sekarang, cancellationToken);
            return p.Status;
        }

        // The last step's official signs: the position the user acts in for that step.
        var penerbitJabatanId = new[] { langkah!.JabatanId, langkah.JabatanLainId }.OfType<Guid>().First(dipegang.ContainsKey);
        var penugasan = Penugasan.DariPermohonan(p, penerbitJabatanId, sekarang);
        db.Penugasan.Add(penugasan);
        var dasar = p.Jenis == JenisPermohonan.PenunjukanLintasUnit
            ? $"Surat permohonan pelibatan dari {p.Pemohon} tanggal {Tanggal(p.DiajukanPada)}"
            : $"Pengajuan sukarela {p.Pemohon}{(p.Lisan ? " yang disampaikan secara lisan" : "")} tanggal {Tanggal(p.DiajukanPada)}";
        await PenerbitSurat.TerbitkanAsync(db, penerbitDokumen, penugasan, saya, dipegang[penerbitJabatanId], [dasar],
            p.TembusanSuratTugas(penerbitJabatanId), hariIni, cancellationToken);
        // The requester, the assignee and the copies (DOMAIN.md §15 Q-15) learn that the Surat Tugas exists.
        PenerbitSurat.Beri(db, [p.PegawaiId, p.PemohonPegawaiId, .. p.Tembusan.Select(t => t.PegawaiId).OfType<Guid>()], $"Permohonan disetujui dan surat penugasan diterbitkan: {p.MaksudDanTujuan}",
            $"/Penugasan/Tugas/{penugasan.Id}", sekarang);
        return p.Status;
    }

    /// <summary>
    /// The pegawai's other assignments overlapping the period (§7.2 [P]): any full-time one, how many, and the load:
    /// beban kerja pokok (80 %) plus the overlapping allocations plus this one.
    /// </summary>
    internal static async Task<Ketersediaan> HitungKetersediaanAsync(IAppDb db, Guid pegawaiId, DateOnly mulai, DateOnly selesai, int alokasi, CancellationToken ct)
    {
        var lain = await db.Penugasan.AsNoTracking()
            .Where(t => t.PegawaiId == pegawaiId && t.Status != StatusPenugasan.Dibatalkan && t.TanggalMulai <= selesai && mulai <= t.TanggalSelesai)
            .Select(t => new { t.PenuhWaktu, t.AlokasiPersen })
            .ToListAsync(ct);
        return new Ketersediaan(lain.Any(t => t.PenuhWaktu), lain.Count, Ketersediaan.BebanPokokPersen + lain.Sum(t => t.AlokasiPersen) + alokasi);
    }

    /// <summary>
    /// The availability of many pegawai in one query (one round trip, not one per pegawai): same rule as
    /// <see cref="HitungKetersediaanAsync"/>, every id in <paramref name="pegawaiIds"/> gets an entry.
    /// </summary>
    internal static async Task<Dictionary<Guid, Ketersediaan>> HitungKetersediaanBanyakAsync(IAppDb db, IReadOnlyCollection<Guid> pegawaiIds, DateOnly mulai, DateOnly selesai,
        int alokasi, CancellationToken ct)
    {
        var ids = pegawaiIds.Distinct().ToList();
        var lain = ids.Count == 0
            ? []
            : await db.Penugasan.AsNoTracking()
                .Where(t => ids.Contains(t.PegawaiId) && t.Status != StatusPenugasan.Dibatalkan && t.TanggalMulai <= selesai && mulai <= t.TanggalSelesai)
                .Select(t => new { t.PegawaiId, t.PenuhWaktu, t.AlokasiPersen })
                .ToListAsync(ct);
        var perPegawai = lain.ToLookup(t => t.PegawaiId);
        return ids.ToDictionary(id => id, id =>
        {
            var milik = perPegawai[id].ToList();
            return new Ketersediaan(milik.Any(t => t.PenuhWaktu), milik.Count, Ketersediaan.BebanPokokPersen + milik.Sum(t => t.AlokasiPersen) + alokasi);
        });
    }

    private string Tanggal(DateTimeOffset w) => TimeZoneInfo.ConvertTime(w, waktu.LocalTimeZone).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));
}
