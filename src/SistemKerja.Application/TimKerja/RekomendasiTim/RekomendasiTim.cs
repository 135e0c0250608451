using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Application.TimKerja.Bersama;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.TimKerja.RekomendasiTim;

/// <summary>
/// §9.4, T9 (SBS `004_af01d94e9933b5a2.txt` Lampiran II format 7): the ketua or the team's PPK drafts the Rekomendasi
/// Penilaian Kinerja of a member who came from another unit: rating of hasil kerja, of the seven perilaku kerja aspects (in
/// the order of <see cref="AspekPerilakuKerja"/>), and the predikat. Addressed to the member's own PPK as of today.
/// </summary>
[HanyaUntuk(Peran.Pegawai, Peran.PimpinanUnit)]
public sealed record SusunRekomendasiCommand(
    Guid TimId,
    Guid PersonelId,
    DateOnly PeriodeMulai,
    DateOnly PeriodeSelesai,
    RatingKinerja? HasilKerja,
    IReadOnlyList<RatingKinerja?> PerilakuKerja,
    PredikatKinerja? Predikat,
    string? Catatan) : IAppCommand<Result<Guid>>;

/// <summary>The team's PPK (or PUO) signs and sends the recommendation: it is issued as a numbered PDF and the member's PPK is told.</summary>
[HanyaUntuk(Peran.PimpinanUnit)]
public sealed record KirimRekomendasiCommand(Guid RekomendasiId, uint Versi) : IAppCommand<Result<Guid>>;

internal sealed class SusunRekomendasiValidator : AbstractValidator<SusunRekomendasiCommand>
{
    public SusunRekomendasiValidator()
    {
        RuleFor(x => x.PeriodeMulai).NotEmpty().WithName("Periode mulai");
        RuleFor(x => x.PeriodeSelesai).NotEmpty().WithName("Periode selesai");
        RuleFor(x => x.PerilakuKerja).Must(p => p.Count <= Enum.GetValues<AspekPerilakuKerja>().Length).WithName("Perilaku kerja");
        RuleForEach(x => x.PerilakuKerja).IsInEnum().WithName("Rating perilaku kerja");
        RuleFor(x => x.HasilKerja).IsInEnum().WithName("Rating hasil kerja");
        RuleFor(x => x.Predikat).IsInEnum().WithName("Predikat");
        RuleFor(x => x.Catatan).MaximumLength(RekomendasiPenilaianKinerja.PanjangCatatan).WithName("Catatan");
    }
}

internal sealed class KirimRekomendasiValidator : AbstractValidator<KirimRekomendasiCommand>
{
    public KirimRekomendasiValidator() => RuleFor(x => x.RekomendasiId).NotEmpty().WithName("Rekomendasi");
}

internal sealed class SusunRekomendasiHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : ICommandHandler<SusunRekomendasiCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(SusunRekomendasiCommand c, CancellationToken cancellationToken)
    {
        var tim = await db.Tim.AsNoTracking().SingleOrDefaultAsync(t => t.Id == c.TimId, cancellationToken);
        var personel = tim?.Personel.SingleOrDefault(p => p.Id == c.PersonelId);
        if (tim is null || personel is null)
        {
            return Error.TidakDitemukan("Anggota tim");
        }

        var hariIni = PemuatTim.HariIni(waktu);
        var kebijakan = await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken);
        var jabatan = (await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, hariIni, cancellationToken)).Keys.ToList();
        var ppkAsal = await PpkAsalAsync(db, kebijakan, personel, tim, hariIni, cancellationToken);
        var aspek = Enum.GetValues<AspekPerilakuKerja>();
        var perilaku = c.PerilakuKerja.Select((r, i) => (r, i)).Where(x => x.r is not null).ToDictionary(x => aspek[x.i], x => x.r!.Value);
        var sebelumnya = await db.RekomendasiPenilaianKinerja.AsNoTracking().Where(r => r.TimId == tim.Id && r.PersonelId == personel.Id).ToListAsync(cancellationToken);
        var hasil = RekomendasiPenilaianKinerja.Susun(tim, personel.Id, c.PeriodeMulai, c.PeriodeSelesai, new IsiRekomendasi(c.HasilKerja, perilaku, c.Predikat, c.Catatan),
            ppkAsal!, pengguna.PegawaiId ?? Guid.Empty, jabatan, sebelumnya, waktu.GetUtcNow());
        if (hasil.Gagal)
        {
            return Result<Guid>.Fail(hasil.Errors);
        }

        db.RekomendasiPenilaianKinerja.Add(hasil.Nilai);
        return hasil.Nilai.Id;
    }

    /// <summary>The member's own PPK today (null when their position has none: the domain refuses with its reason).</summary>
    internal static async Task<PejabatTim?> PpkAsalAsync(IAppDb db, Domain.Organisasi.KebijakanDaerah kebijakan, PersonelTim personel, Tim tim, DateOnly hariIni,
        CancellationToken ct)
    {
        var jp = personel.PegawaiId is { } pid ? await PencariPejabat.JabatanDefinitifAsync(db, pid, hariIni, ct) : null;
        if (jp is null)
        {
            return null;
        }

        var pejabat = await PencariPejabat.TentukanAsync(db, kebijakan, jp, tim.UnitPemilikKinerjaId, tim.PerangkatDaerahPemilikKinerjaId, hariIni, ct);
        return pejabat.PejabatPenilaiAsal is { } ppk ? new PejabatTim(ppk.JabatanId, ppk.Jabatan) : null;
    }
}

internal sealed class KirimRekomendasiHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu, PenerbitDokumen penerbitDokumen, IPembuatPdf pdf)
    : ICommandHandler<KirimRekomendasiCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(KirimRekomendasiCommand c, CancellationToken cancellationToken)
    {
        var r = await db.RekomendasiPenilaianKinerja.SingleOrDefaultAsync(x => x.Id == c.RekomendasiId, cancellationToken);
        if (r is null || pengguna.PegawaiId is not { } saya)
        {
            return Error.TidakDitemukan("Rekomendasi penilaian kinerja");
        }

        db.TetapkanVersiAsli(r, c.Versi);
        var tim = await db.Tim.AsNoTracking().SingleAsync(t => t.Id == r.TimId, cancellationToken);
        var hariIni = PemuatTim.HariIni(waktu);
        var dipegang = await PencariPejabat.JabatanDipegangAsync(db, saya, hariIni, cancellationToken);
        var hasil = r.Kirim(tim, saya, dipegang.Keys.ToList(), waktu.GetUtcNow());
        if (hasil.Gagal)
        {
            return Result<Guid>.Fail(hasil.Errors);
        }

        var jabatanPenilai = r.DikirimOlehJabatanId!.Value;
        if (tim.Personel.SingleOrDefault(p => p.Id == r.PersonelId) is not { } personel)
        {
            return Error.TidakDitemukan("Personel tim yang dinilai");
        }

        var orang = await db.Pegawai.AsNoTracking().Where(p => p.Id == saya || p.Id == r.PegawaiId)
            .Select(p => new { p.Id, p.GelarDepan, p.Nama, p.GelarBelakang, p.Nip, p.GolonganRuang, p.GolonganPppk }).ToListAsync(cancellationToken);
        var penilai = orang.Single(o => o.Id == saya);
        var dinilai = orang.Single(o => o.Id == r.PegawaiId);
        var namaPenilai = Pegawai.FormatNama(penilai.GelarDepan, penilai.Nama, penilai.GelarBelakang);
        var jabatan = await (from j in db.Jabatan
                             join u in db.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
                             where j.Id == jabatanPenilai || j.Id == tim.Pimpinan.PimpinanPemilikKinerja.JabatanId
                             select new { j.Id, j.Nama, Unit = u.Nama }).ToListAsync(cancellationToken);
        var jPenilai = jabatan.Single(j => j.Id == jabatanPenilai);
        var unitTim = jabatan.Single(j => j.Id == tim.Pimpinan.PimpinanPemilikKinerja.JabatanId).Unit;
        var unitPegawai = personel.Profil.Asal.UnitOrganisasiId is { } uid
            ? await db.UnitOrganisasi.Where(u => u.Id == uid).Select(u => u.Nama).SingleAsync(cancellationToken)
            : personel.Profil.Asal.InstansiLain ?? "";
        var jabatanPenilaiCetak = dipegang.GetValueOrDefault(jabatanPenilai).Jabatan(jPenilai.Nama);

        var dokumen = await penerbitDokumen.DokumenAsync(JenisDokumen.RekomendasiPenilaianKinerja, jabatanPenilai,
            new DokumenBaru($"Rekomendasi penilaian kinerja {r.NamaPegawai} — {tim.SebutanLengkap}", r.PegawaiId, namaPenilai, penilai.Nip,
                jabatanPenilaiCetak, r.Id),
            cetak => pdf.RekomendasiAsync(new RekomendasiCetak(cetak, tim.SebutanLengkap, unitTim, r.PeriodeMulai, r.PeriodeSelesai,
                (r.NamaPegawai, dinilai.Nip, Kepangkatan.Teks(dinilai.GolonganRuang, dinilai.GolonganPppk), personel.Profil.NamaJabatan, unitPegawai),
                (namaPenilai, penilai.Nip, Kepangkatan.Teks(penilai.GolonganRuang, penilai.GolonganPppk), jabatanPenilaiCetak, jPenilai.Unit),
                r.HasilKerja.Label(), [.. r.PerilakuKerja.Select(p => (p.Aspek.Label(), p.Rating.Label()))], r.Predikat.Label(), r.Catatan,
                r.PejabatPenilaiAsal), cancellationToken),
            cancellationToken);

        var penerima = await PencariPejabat.PemangkuAsync(db, [r.PejabatPenilaiAsalJabatanId], hariIni, cancellationToken);
        PenerbitSurat.Beri(db, penerima.Append(r.PegawaiId).Where(id => id != saya),
            $"Rekomendasi penilaian kinerja {r.NamaPegawai} dari {tim.SebutanLengkap}", $"/Dokumen/Unduh/{dokumen.Id}", waktu.GetUtcNow());
        return dokumen.Id;
    }
}
