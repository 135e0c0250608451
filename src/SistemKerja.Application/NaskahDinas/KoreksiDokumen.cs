using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Dokumen;

namespace SistemKerja.Application.NaskahDinas;

/// <summary>
/// Corrects an issued document (DOMAIN.md §11.11: an issued document is immutable; a correction is a new document that
/// cancels the old one, both stay). A Surat Tugas / Surat Perintah Tugas is printed again from its record with a new
/// number and today's date; the old document becomes Dibatalkan with the reason and a pointer to its replacement.
/// Only the signer of the original or an Admin BKPSDM may do it (checked here, not only on the page).
/// </summary>
public sealed record KoreksiDokumenCommand(Guid DokumenId, string? Alasan, uint Versi) : IAppCommand<Result<Guid>>;

internal sealed class KoreksiDokumenValidator : AbstractValidator<KoreksiDokumenCommand>
{
    public const int PanjangAlasan = 2000;

    public KoreksiDokumenValidator()
    {
        RuleFor(x => x.DokumenId).NotEmpty();
        RuleFor(x => x.Alasan).NotEmpty().WithMessage("Alasan koreksi wajib diisi.")
            .MaximumLength(PanjangAlasan).WithMessage($"Alasan koreksi paling banyak {PanjangAlasan} karakter.");
    }
}

internal sealed class KoreksiDokumenHandler(IAppDb db, IPenggunaSaatIni pengguna, PenerbitDokumen penerbit, TimeProvider waktu)
    : ICommandHandler<KoreksiDokumenCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(KoreksiDokumenCommand c, CancellationToken cancellationToken)
    {
        var lama = await db.Dokumen.SingleOrDefaultAsync(d => d.Id == c.DokumenId, cancellationToken);
        if (lama is null)
        {
            return Error.TidakDitemukan("Dokumen");
        }

        if (!await KoreksiDokumen.BolehAsync(db, pengguna, lama.NipPenandatangan, cancellationToken))
        {
            return Error.Terlarang("Hanya penandatangan dokumen asli atau Admin BKPSDM yang dapat menerbitkan koreksi.");
        }

        db.TetapkanVersiAsli(lama, c.Versi);

        // Checked before a number is taken (the cancellation below checks it again, with the other rules).
        var cek = Result.Periksa(new DokumenHanyaDibatalkanSekali(lama.Status), new PembatalanDokumenWajibBeralasan(c.Alasan));
        if (cek.Gagal)
        {
            return Result<Guid>.Fail(cek.Errors);
        }

        var surat = KoreksiDokumen.DapatDicetakUlang(lama.Jenis) && lama.SumberId is { } sumber
            ? await db.SuratTugas.SingleOrDefaultAsync(s => s.Id == sumber, cancellationToken)
            : null;
        if (surat is null)
        {
            return new Error("KoreksiBelumTersedia",
                "Koreksi dari sistem saat ini tersedia untuk Surat Tugas dan Surat Perintah Tugas penugasan; naskah Tim Kerja dan surat lain dikoreksi dengan menerbitkan naskah baru dari alurnya.",
                ErrorKind.AturanDilanggar);
        }

        surat.SiapkanKoreksi(DateOnly.FromDateTime(waktu.GetLocalNow().DateTime));
        var baru = await penerbit.SuratTugasAsync(surat, cancellationToken, lama.Id);
        var batal = lama.BatalkanOleh(baru, c.Alasan);
        return batal.Gagal ? Result<Guid>.Fail(batal.Errors) : baru.Id;
    }
}

/// <summary>The document as the correction form shows it; null when it does not exist or the user may not correct it.</summary>
public sealed record DokumenUntukKoreksiQuery(Guid DokumenId) : IQuery<DokumenKoreksi?>;

public sealed record DokumenKoreksi(Guid Id, uint Versi, string Nomor, JenisDokumen Jenis, DateOnly Tanggal, string Perihal, string Penandatangan,
    StatusDokumen Status, string? DibatalkanOlehNomor, bool DapatDicetakUlang);

internal sealed class DokumenUntukKoreksiHandler(IAppDb db, IPenggunaSaatIni pengguna) : IQueryHandler<DokumenUntukKoreksiQuery, DokumenKoreksi?>
{
    public async ValueTask<DokumenKoreksi?> Handle(DokumenUntukKoreksiQuery query, CancellationToken cancellationToken)
    {
        var d = await db.Dokumen.AsNoTracking().Where(x => x.Id == query.DokumenId)
            .Select(x => new
            {
                x.Id, x.Versi, x.Nomor, x.Jenis, x.Tanggal, x.Perihal, x.Penandatangan, x.NipPenandatangan, x.Status,
                // A team's Surat Tugas (MUBA T1/T2) has the team as its source, not a Surat Tugas record: not printed again here.
                AdaCatatanSurat = db.SuratTugas.Any(s => s.Id == x.SumberId),
                Pengganti = db.Dokumen.Where(p => p.Id == x.DibatalkanOlehId).Select(p => p.Nomor).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (d is null || !await KoreksiDokumen.BolehAsync(db, pengguna, d.NipPenandatangan, cancellationToken))
        {
            return null;
        }

        return new DokumenKoreksi(d.Id, d.Versi, d.Nomor, d.Jenis, d.Tanggal, d.Perihal, d.Penandatangan, d.Status, d.Pengganti,
            KoreksiDokumen.DapatDicetakUlang(d.Jenis) && d.AdaCatatanSurat);
    }
}

internal static class KoreksiDokumen
{
    /// <summary>Kinds the system can print again from their stored record.</summary>
    public static bool DapatDicetakUlang(JenisDokumen jenis) => jenis is JenisDokumen.SuratTugas or JenisDokumen.SuratPerintahTugas;

    /// <summary>The signer of the original (by NIP, as printed) or an Admin BKPSDM.</summary>
    public static async Task<bool> BolehAsync(IAppDb db, IPenggunaSaatIni pengguna, string nipPenandatangan, CancellationToken ct) =>
        pengguna.Memiliki(Peran.AdminBkpsdm)
        || (pengguna.PegawaiId is { } saya && await db.Pegawai.AnyAsync(g => g.Id == saya && g.Nip == nipPenandatangan, ct));
}
