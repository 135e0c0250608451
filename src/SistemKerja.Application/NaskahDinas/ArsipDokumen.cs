using System.IO.Compression;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Dokumen;

namespace SistemKerja.Application.NaskahDinas;

/// <summary>The auditor's search over issued documents: by Perangkat Daerah, kind, period, pegawai (name/NIP) and signer.</summary>
[HanyaUntuk(Peran.Auditor, Peran.AdminBkpsdm)]
public sealed record CariDokumenQuery(Guid? PerangkatDaerahId, JenisDokumen? Jenis, DateOnly? Dari, DateOnly? Sampai, string? Pegawai, string? Penandatangan,
    int Halaman = 1, int UkuranHalaman = 50) : IQuery<Result<HalamanDokumen>>;

public sealed record HalamanDokumen(IReadOnlyList<RingkasanDokumen> Baris, int Total, int Halaman, int UkuranHalaman);

public sealed record RingkasanDokumen(Guid Id, string Nomor, JenisDokumen Jenis, DateOnly Tanggal, string PerangkatDaerah, string Perihal, string? Pegawai,
    string Penandatangan, StatusDokumen Status, long Ukuran);

internal sealed class CariDokumenHandler(IAppDb db) : IQueryHandler<CariDokumenQuery, Result<HalamanDokumen>>
{
    public async ValueTask<Result<HalamanDokumen>> Handle(CariDokumenQuery q, CancellationToken cancellationToken)
    {
        var ukuran = Math.Clamp(q.UkuranHalaman, 1, 200);
        var halaman = Math.Clamp(q.Halaman, 1, 100_000); // a huge page number must not overflow the OFFSET
        var data = from d in db.Dokumen.AsNoTracking()
                   join pd in db.PerangkatDaerah on d.PerangkatDaerahId equals pd.Id
                   join g in db.Pegawai on d.PegawaiId equals g.Id into gg
                   from g in gg.DefaultIfEmpty()
                   select new { d, Pd = pd.Nama, PegawaiNama = g == null ? null : g.Nama, PegawaiNip = g == null ? null : g.Nip };
        if (q.PerangkatDaerahId is { } pdId)
        {
            data = data.Where(x => x.d.PerangkatDaerahId == pdId);
        }

        if (q.Jenis is { } jenis)
        {
            data = data.Where(x => x.d.Jenis == jenis);
        }

        if (q.Dari is { } dari)
        {
            data = data.Where(x => x.d.Tanggal >= dari);
        }

        if (q.Sampai is { } sampai)
        {
            data = data.Where(x => x.d.Tanggal <= sampai);
        }

        if (!string.IsNullOrWhiteSpace(q.Pegawai))
        {
            var pola = Pola(q.Pegawai);
            var digit = new string([.. q.Pegawai.Where(char.IsAsciiDigit)]);
            data = data.Where(x => EF.Functions.Like((x.PegawaiNama ?? "").ToLower(), pola, "\\") || (digit.Length >= 4 && (x.PegawaiNip ?? "").Contains(digit)));
        }

        if (!string.IsNullOrWhiteSpace(q.Penandatangan))
        {
            var pola = Pola(q.Penandatangan);
            data = data.Where(x => EF.Functions.Like(x.d.Penandatangan.ToLower(), pola, "\\") || EF.Functions.Like(x.d.JabatanPenandatangan.ToLower(), pola, "\\"));
        }

        var total = await data.CountAsync(cancellationToken);
        static string Pola(string teks) => "%" + teks.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        var baris = await data.OrderByDescending(x => x.d.Tanggal).ThenByDescending(x => x.d.DiterbitkanPada)
            .Skip((halaman - 1) * ukuran).Take(ukuran)
            .Select(x => new RingkasanDokumen(x.d.Id, x.d.Nomor, x.d.Jenis, x.d.Tanggal, x.Pd, x.d.Perihal, x.PegawaiNama, x.d.Penandatangan, x.d.Status, x.d.Ukuran))
            .ToListAsync(cancellationToken);
        return new HalamanDokumen(baris, total, halaman, ukuran);
    }
}

public sealed record BerkasUnduhan(string NamaBerkas, string JenisKonten, byte[] Isi);

/// <summary>
/// Downloads one document's PDF. A command, so every download leaves an audit line (who, what, when) in the append-only
/// trail. Auditors and BKPSDM admins may download any; a pegawai, the documents about them.
/// </summary>
public sealed record UnduhDokumenCommand(Guid DokumenId) : IAppCommand<Result<BerkasUnduhan>>;

internal sealed class UnduhDokumenValidator : AbstractValidator<UnduhDokumenCommand>
{
    public UnduhDokumenValidator() => RuleFor(x => x.DokumenId).NotEmpty();
}

internal sealed class UnduhDokumenHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : ICommandHandler<UnduhDokumenCommand, Result<BerkasUnduhan>>
{
    public async ValueTask<Result<BerkasUnduhan>> Handle(UnduhDokumenCommand c, CancellationToken cancellationToken)
    {
        var d = await db.Dokumen.AsNoTracking().Where(x => x.Id == c.DokumenId).Select(x => new { x.Id, x.Nomor, x.PegawaiId, x.NipPenandatangan, x.SumberId }).SingleOrDefaultAsync(cancellationToken);
        var boleh = d is not null && (pengguna.Memiliki(Peran.Auditor) || pengguna.Memiliki(Peran.AdminBkpsdm) || (d.PegawaiId is { } p && p == pengguna.PegawaiId)
            || await PenandatanganAtauAtasanAsync(d.NipPenandatangan, d.PegawaiId, cancellationToken)
            || await TerlibatDalamPermohonanAsync(d.SumberId, cancellationToken)
            || await BolehMelihatSuratTugasAsync(d.SumberId, cancellationToken)
            || await BolehMelihatTimAsync(d.SumberId, cancellationToken));
        if (d is null || !boleh)
        {
            return Error.TidakDitemukan("Dokumen");
        }

        var isi = await db.BerkasDokumen.AsNoTracking().Where(b => b.DokumenId == d.Id).Select(b => b.Isi).SingleAsync(cancellationToken);
        return new BerkasUnduhan(NamaBerkas.Dari(d.Nomor), "application/pdf", isi);
    }

    /// <summary>A Surat Tugas: whoever may open its page (DetailPenugasan's rule) may download its PDF.</summary>
    private async Task<bool> BolehMelihatSuratTugasAsync(Guid? sumberId, CancellationToken ct)
    {
        var penugasanId = sumberId is { } id
            ? await db.SuratTugas.AsNoTracking().Where(st => st.Id == id).Select(st => (Guid?)st.PenugasanId).SingleOrDefaultAsync(ct)
            : null;
        return penugasanId is { } pid
            && await new AlurPenugasan.DetailPenugasan.DetailPenugasanHandler(db, pengguna, waktu).Handle(new AlurPenugasan.DetailPenugasan.DetailPenugasanQuery(pid), ct) is not null;
    }

    /// <summary>
    /// A Tim Kerja's Keputusan or Surat Tugas and its amendments: whoever may open the team's page (DetailTim's rule), so each
    /// member receives the decree that names them (DOMAIN.md §6.4).
    /// </summary>
    private async Task<bool> BolehMelihatTimAsync(Guid? sumberId, CancellationToken ct)
    {
        var tim = sumberId is { } id ? await db.Tim.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct) : null;
        if (tim is null)
        {
            return false;
        }

        var k = (await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(ct)).TimKerja;
        return (await TimKerja.Bersama.PemuatTim.AksesAsync(db, pengguna, tim, k, TimKerja.Bersama.PemuatTim.HariIni(waktu), ct)).BolehMelihat;
    }

    /// <summary>Letters of a request (permohonan, jawaban): everyone involved in it may download them.</summary>
    private async Task<bool> TerlibatDalamPermohonanAsync(Guid? sumberId, CancellationToken ct)
    {
        if (sumberId is not { } id || pengguna.PegawaiId is not { } saya)
        {
            return false;
        }

        var permohonan = await db.Permohonan.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (permohonan is null)
        {
            return false;
        }

        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var dipegang = await AlurPenugasan.Bersama.PencariPejabat.JabatanDipegangAsync(db, saya, hariIni, ct);
        return permohonan.Melibatkan(saya, dipegang.Keys);
    }

    /// <summary>The signer, and the PPK/PUO of the pegawai it is about (the copies), may download what they see on the letter's page.</summary>
    private async Task<bool> PenandatanganAtauAtasanAsync(string nipPenandatangan, Guid? pegawaiId, CancellationToken ct)
    {
        if (pengguna.PegawaiId is not { } saya)
        {
            return false;
        }

        if (await db.Pegawai.AnyAsync(g => g.Id == saya && g.Nip == nipPenandatangan, ct))
        {
            return true;
        }

        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var jabatanPegawai = pegawaiId is { } id ? await AlurPenugasan.Bersama.PencariPejabat.JabatanDefinitifAsync(db, id, hariIni, ct) : null;
        if (jabatanPegawai is null)
        {
            return false;
        }

        var kebijakan = await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(ct);
        var atasan = await AlurPenugasan.Bersama.PencariPejabat.AtasanAsync(db, kebijakan, jabatanPegawai.JabatanId, hariIni, ct);
        var dipegang = await AlurPenugasan.Bersama.PencariPejabat.JabatanDipegangAsync(db, saya, hariIni, ct);
        return atasan.Any(dipegang.ContainsKey);
    }
}

/// <summary>Downloads many documents as one zip (auditors); audited like a single download.</summary>
[HanyaUntuk(Peran.Auditor, Peran.AdminBkpsdm)]
public sealed record UnduhArsipCommand(IReadOnlyList<Guid> DokumenIds) : IAppCommand<Result<BerkasUnduhan>>;

internal sealed class UnduhArsipValidator : AbstractValidator<UnduhArsipCommand>
{
    public const int Batas = 500;

    public UnduhArsipValidator()
    {
        RuleFor(x => x.DokumenIds).NotEmpty().WithMessage("Pilih paling sedikit satu dokumen.");
        RuleFor(x => x.DokumenIds.Count).LessThanOrEqualTo(Batas).WithMessage($"Paling banyak {Batas} dokumen dalam satu unduhan.");
    }
}

internal sealed class UnduhArsipHandler(IAppDb db, TimeProvider waktu) : ICommandHandler<UnduhArsipCommand, Result<BerkasUnduhan>>
{
    public async ValueTask<Result<BerkasUnduhan>> Handle(UnduhArsipCommand c, CancellationToken cancellationToken)
    {
        var ids = c.DokumenIds.Distinct().ToList();
        var dokumen = await (from d in db.Dokumen.AsNoTracking()
                             join b in db.BerkasDokumen on d.Id equals b.DokumenId
                             where ids.Contains(d.Id)
                             orderby d.Tanggal, d.Nomor
                             select new { d.Nomor, b.Isi })
            .ToListAsync(cancellationToken);
        if (dokumen.Count == 0)
        {
            return Error.TidakDitemukan("Dokumen");
        }

        using var zip = new MemoryStream();
        using (var arsip = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var dipakai = new HashSet<string>(StringComparer.Ordinal);
            foreach (var d in dokumen)
            {
                var nama = NamaBerkas.Dari(d.Nomor);
                for (var i = 2; !dipakai.Add(nama); i++)
                {
                    nama = NamaBerkas.Dari($"{d.Nomor} ({i})");
                }

                await using var tulis = await arsip.CreateEntry(nama, CompressionLevel.Fastest).OpenAsync(cancellationToken);
                await tulis.WriteAsync(d.Isi, cancellationToken);
            }
        }

        return new BerkasUnduhan($"dokumen-{waktu.GetLocalNow():yyyyMMdd-HHmmss}.zip", "application/zip", zip.ToArray());
    }
}

internal static class NamaBerkas
{
    /// <summary>"094/12/BKPSDM/2026" → "094-12-BKPSDM-2026.pdf" (no path separators).</summary>
    public static string Dari(string nomor) =>
        new string([.. nomor.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ' ' or '(' or ')' ? c : '-')]).Trim() + ".pdf";
}
