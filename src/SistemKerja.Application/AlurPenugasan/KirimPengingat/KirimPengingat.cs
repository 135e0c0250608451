using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.Organisasi.Struktur;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Application.AlurPenugasan.KirimPengingat;

/// <summary>
/// Looks at every request still in process: a step waiting longer than the region's period (working days, holidays
/// excluded) reminds its officials (in-app notice); a second period after the reminder escalates the wait to their own
/// superior, who is told and may then see the request; both are kept on the step (the request's history). Never decides
/// a request (DOMAIN.md §15 Q-2). Run by the background job on a timer; tests send it directly with their own clock.
/// </summary>
[HanyaUntuk(Peran.Sistem)]
public sealed record KirimPengingatCommand : IAppCommand<Result<HasilPengingat>>;

public sealed record HasilPengingat(int Diingatkan, int Dieskalasi);

internal sealed class KirimPengingatHandler(IAppDb db, TimeProvider waktu, PengaturanPengingat pengaturan) : ICommandHandler<KirimPengingatCommand, Result<HasilPengingat>>
{
    private static readonly CultureInfo Indonesia = CultureInfo.GetCultureInfo("id-ID");

    public async ValueTask<Result<HasilPengingat>> Handle(KirimPengingatCommand command, CancellationToken cancellationToken)
    {
        var sekarang = waktu.GetUtcNow();
        var hariIni = Lokal(sekarang);
        var kalender = pengaturan.Kalender();
        var aturan = pengaturan.Aturan();
        var daftar = await db.Permohonan.Where(p => p.Status == StatusPermohonan.Diajukan).OrderBy(p => p.DiajukanPada).ToListAsync(cancellationToken);
        KebijakanDaerah? kebijakan = null;
        int diingatkan = 0, dieskalasi = 0;
        foreach (var p in daftar)
        {
            var l = p.LangkahMenunggu!;
            var sejak = p.MenungguSejak!.Value;
            var tindakan = PenjadwalPengingat.Tentukan(Lokal(sejak), l.DiingatkanPada is { } d ? Lokal(d) : null, l.DieskalasiPada is not null, hariIni, kalender, aturan);
            if (tindakan == TindakanPengingat.Ingatkan)
            {
                var ingat = p.Ingatkan(sekarang);
                if (ingat.Gagal)
                {
                    return Result<HasilPengingat>.Fail(ingat.Errors);
                }

                PenerbitSurat.Beri(db, await PelaksanaAsync(l, hariIni, cancellationToken),
                    $"Pengingat: {l.Judul} menunggu tindakan Anda sejak {Tanggal(sejak)} — {p.MaksudDanTujuan}", Pemberitahu.Tautan(p), sekarang);
                diingatkan++;
            }
            else if (tindakan == TindakanPengingat.Eskalasikan)
            {
                kebijakan ??= await db.PemerintahDaerah.Select(x => x.Kebijakan).SingleAsync(cancellationToken);
                var atasan = await AtasanAsync(kebijakan, p, l, hariIni, cancellationToken);
                var eskalasi = p.Eskalasikan(atasan, sekarang);
                if (eskalasi.Gagal)
                {
                    return Result<HasilPengingat>.Fail(eskalasi.Errors);
                }

                var judul = $"Eskalasi: {l.Judul} ({l.Pelaksana}) belum diproses sejak {Tanggal(sejak)} — {p.MaksudDanTujuan}";
                var penerima = atasan?.JabatanId is { } j ? await PencariPejabat.PemangkuAsync(db, [j], hariIni, cancellationToken) : [];
                PenerbitSurat.Beri(db, penerima, judul, Pemberitahu.Tautan(p), sekarang);
                PenerbitSurat.Beri(db, [p.PemohonPegawaiId], atasan is null
                        ? $"Permohonan Anda belum diproses; pejabat langkah ini tidak memiliki atasan dalam struktur untuk eskalasi: {p.MaksudDanTujuan}"
                        : $"Permohonan Anda belum diproses dan dieskalasi kepada {l.EskalasiKe}: {p.MaksudDanTujuan}",
                    Pemberitahu.Tautan(p), sekarang);
                dieskalasi++;
            }
        }

        return new HasilPengingat(diingatkan, dieskalasi);
    }

    /// <summary>Who acts on the step today: the named pegawai, or every holder (definitive, Plt, Plh) of its positions.</summary>
    private async Task<List<Guid>> PelaksanaAsync(LangkahPermohonan l, DateOnly hariIni, CancellationToken ct) =>
        l.PegawaiId is { } orang ? [orang] : await PencariPejabat.PemangkuAsync(db, [.. new[] { l.JabatanId, l.JabatanLainId }.OfType<Guid>()], hariIni, ct);

    /// <summary>
    /// The superior of the step's official: the Pimpinan Unit Organisasi above the step's position (for a head, the head
    /// of the unit above); for a step of the assignee, their Pejabat Penilai Kinerja. Null when nobody is above.
    /// </summary>
    private async Task<PihakLangkah?> AtasanAsync(KebijakanDaerah kebijakan, Permohonan p, LangkahPermohonan l, DateOnly hariIni, CancellationToken ct)
    {
        var dariJabatan = l.JabatanId ?? p.JabatanPegawaiId;
        var pdId = await db.Jabatan.Where(j => j.Id == dariJabatan).Select(j => (Guid?)j.PerangkatDaerahId).SingleOrDefaultAsync(ct);
        if (pdId is null)
        {
            return null;
        }

        var struktur = await PemuatStruktur.MuatAsync(db, pdId.Value, hariIni, ct);
        var hasil = PenentuPejabatPenilai.Tentukan(struktur, kebijakan, dariJabatan);
        var atasan = l.JabatanId is null
            ? hasil.PejabatPenilaiKinerja
            : hasil.PimpinanUnitOrganisasi.Jabatan is not null ? hasil.PimpinanUnitOrganisasi : hasil.PejabatPenilaiKinerja;
        if (atasan.Jabatan is not { } jabatan || jabatan.Id == l.JabatanId || jabatan.Id == l.JabatanLainId)
        {
            return null;
        }

        var nama = atasan.Pemangku is { } orang
            ? $" ({(orang.Jenis == JenisPemangkuan.Definitif ? "" : orang.Jenis + ". ")}{orang.Nama})"
            : " (lowong)";
        return new PihakLangkah(jabatan.Id, atasan.Pemangku?.PegawaiId, jabatan.Nama + nama);
    }

    private DateOnly Lokal(DateTimeOffset w) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(w, waktu.LocalTimeZone).DateTime);

    private string Tanggal(DateTimeOffset w) => Lokal(w).ToString("d MMMM yyyy", Indonesia);
}
