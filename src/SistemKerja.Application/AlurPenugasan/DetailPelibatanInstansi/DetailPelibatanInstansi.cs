using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.AlurPenugasan.ProsesPelibatanInstansi;
using SistemKerja.Application.AlurPenugasan.ProsesPermohonan;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Application.AlurPenugasan.DetailPelibatanInstansi;

/// <summary>The lintas instansi requests the user is involved in (BKPSDM admins and auditors: all).</summary>
public sealed record DaftarPelibatanInstansiQuery : IQuery<IReadOnlyList<RingkasanPelibatanInstansi>>;

public sealed record RingkasanPelibatanInstansi(Guid Id, ArahPelibatanInstansi Arah, string InstansiLain, string MaksudDanTujuan, string Unit,
    TahapPelibatanInstansi Tahap, StatusPelibatanInstansi Status, bool MenungguSaya, DateTimeOffset DibuatPada);

/// <summary>One lintas instansi request with its history and, for the official who must act, what they need to decide.</summary>
public sealed record DetailPelibatanInstansiQuery(Guid Id) : IQuery<DetailPelibatanInstansi?>;

public sealed record DetailPelibatanInstansi(
    Guid Id, uint Versi, ArahPelibatanInstansi Arah, string InstansiLain, string NomorSuratPermohonan, DateOnly TanggalSuratPermohonan,
    string MaksudDanTujuan, string KompetensiDibutuhkan, string EkspektasiTargetKinerja, DateOnly TanggalMulai, DateOnly TanggalSelesai, bool PenuhWaktu, int AlokasiPersen,
    string Unit, string PerangkatDaerah, TahapPelibatanInstansi Tahap, StatusPelibatanInstansi Status, string? Menunggu, bool BolehBertindak, bool BolehCatatJawaban,
    string? NomorSuratJawaban, DateOnly? TanggalSuratJawaban, string? AlasanPengecualianKetersediaan,
    IReadOnlyList<RiwayatPelibatanInstansi> Riwayat, IReadOnlyList<PegawaiTerpilih> PegawaiDitugaskan, IReadOnlyList<PegawaiInstansiLain> PegawaiInstansiLain,
    IReadOnlyList<CalonPegawai> Calon);

public sealed record PegawaiTerpilih(Guid Id, string Nama, string Nip, Guid? PenugasanId);

/// <summary>A pegawai of the unit the head may put on the list, with their load in the requested period (§7.2).</summary>
public sealed record CalonPegawai(Guid Id, string Nama, string Nip, string Jabatan, Ketersediaan Ketersediaan);

internal sealed class DaftarPelibatanInstansiHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu)
    : IQueryHandler<DaftarPelibatanInstansiQuery, IReadOnlyList<RingkasanPelibatanInstansi>>
{
    public async ValueTask<IReadOnlyList<RingkasanPelibatanInstansi>> Handle(DaftarPelibatanInstansiQuery query, CancellationToken cancellationToken)
    {
        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var jabatan = (await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, hariIni, cancellationToken)).Keys.ToList();
        var saya = pengguna.PegawaiId ?? Guid.Empty;
        var semua = pengguna.Memiliki(Peran.AdminBkpsdm) || pengguna.Memiliki(Peran.Auditor);
        var daftar = await (from p in db.PelibatanInstansi.AsNoTracking()
                            join u in db.UnitOrganisasi on p.UnitId equals u.Id
                            where semua || p.DibuatOlehPegawaiId == saya || jabatan.Contains(p.PejabatBerwenangJabatanId) || jabatan.Contains(p.PimpinanUnitJabatanId)
                            orderby p.DibuatPada descending
                            select new { p.Id, p.Arah, p.InstansiLain, p.MaksudDanTujuan, Unit = u.Nama, p.Tahap, p.Status, p.PejabatBerwenangJabatanId, p.PimpinanUnitJabatanId, p.DibuatPada })
            .Take(200)
            .ToListAsync(cancellationToken);
        return [.. daftar.Select(p =>
        {
            var menunggu = p.Status == StatusPelibatanInstansi.Diproses && (p.Tahap is TahapPelibatanInstansi.JawabanKetersediaan or TahapPelibatanInstansi.PenerbitanSuratTugas
                ? jabatan.Contains(p.PimpinanUnitJabatanId)
                : jabatan.Contains(p.PejabatBerwenangJabatanId));
            return new RingkasanPelibatanInstansi(p.Id, p.Arah, p.InstansiLain, p.MaksudDanTujuan, p.Unit, p.Tahap, p.Status, menunggu, p.DibuatPada);
        })];
    }
}

internal sealed class DetailPelibatanInstansiHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : IQueryHandler<DetailPelibatanInstansiQuery, DetailPelibatanInstansi?>
{
    public async ValueTask<DetailPelibatanInstansi?> Handle(DetailPelibatanInstansiQuery query, CancellationToken cancellationToken)
    {
        var p = await db.PelibatanInstansi.AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.Id, cancellationToken);
        if (p is null)
        {
            return null;
        }

        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var saya = pengguna.PegawaiId ?? Guid.Empty;
        var jabatan = (await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, hariIni, cancellationToken)).Keys.ToList();
        var admin = pengguna.Memiliki(Peran.AdminBkpsdm);
        if (!p.Melibatkan(saya, jabatan) && !admin && !pengguna.Memiliki(Peran.Auditor))
        {
            return null;
        }

        // A listed pegawai who is not one of its officials sees only their own line, once the request is approved.
        var hanyaDitugaskan = !admin && !pengguna.Memiliki(Peran.Auditor) && p.DibuatOlehPegawaiId != saya
            && !jabatan.Contains(p.PejabatBerwenangJabatanId) && !jabatan.Contains(p.PimpinanUnitJabatanId) && p.Riwayat.All(r => r.OlehPegawaiId != saya);
        if (hanyaDitugaskan && p.Status != StatusPelibatanInstansi.Disetujui)
        {
            return null;
        }

        var unit = await (from u in db.UnitOrganisasi.AsNoTracking()
                          join d in db.PerangkatDaerah on u.PerangkatDaerahId equals d.Id
                          where u.Id == p.UnitId
                          select new { Unit = u.Nama, Pd = d.Nama })
            .SingleAsync(cancellationToken);
        var menunggu = p.JabatanBertindak is { } j ? await db.Jabatan.Where(x => x.Id == j).Select(x => x.Nama).SingleAsync(cancellationToken) : null;
        var boleh = p.JabatanBertindak is { } jb && jabatan.Contains(jb);

        var calon = new List<CalonPegawai>();
        if (boleh && p.Tahap == TahapPelibatanInstansi.JawabanKetersediaan)
        {
            var diUnit = await ProsesPelibatanInstansiHandler.PegawaiDiUnitAsync(db, p.UnitId, hariIni, cancellationToken);
            var ketersediaan = await ProsesPermohonanHandler.HitungKetersediaanBanyakAsync(db, [.. diUnit.Select(g => g.PegawaiId)], p.TanggalMulai, p.TanggalSelesai,
                p.AlokasiPersen, cancellationToken);
            calon.AddRange(diUnit.Select(g => new CalonPegawai(g.PegawaiId, g.Nama, g.Nip, g.Jabatan, ketersediaan[g.PegawaiId])));
        }

        var ids = hanyaDitugaskan ? [saya] : p.PegawaiDitugaskan.ToList();
        var terpilih = await db.Pegawai.AsNoTracking().Where(g => ids.Contains(g.Id))
            .Select(g => new { g.Id, g.GelarDepan, g.Nama, g.GelarBelakang, g.Nip, PenugasanId = db.Penugasan.Where(t => t.PelibatanInstansiId == p.Id && t.PegawaiId == g.Id).Select(t => (Guid?)t.Id).FirstOrDefault() })
            .ToListAsync(cancellationToken);

        return new DetailPelibatanInstansi(
            p.Id, p.Versi, p.Arah, p.InstansiLain, p.NomorSuratPermohonan, p.TanggalSuratPermohonan, p.MaksudDanTujuan, p.KompetensiDibutuhkan, p.EkspektasiTargetKinerja,
            p.TanggalMulai, p.TanggalSelesai, p.PenuhWaktu, p.AlokasiPersen, unit.Unit, unit.Pd, p.Tahap, p.Status, menunggu, boleh,
            p.Tahap == TahapPelibatanInstansi.JawabanInstansiTujuan && p.Status == StatusPelibatanInstansi.Diproses && (boleh || admin || jabatan.Contains(p.PimpinanUnitJabatanId)),
            p.NomorSuratJawaban, p.TanggalSuratJawaban, hanyaDitugaskan ? null : p.AlasanPengecualianKetersediaan,
            hanyaDitugaskan ? [.. p.Riwayat.Select(r => r with { Catatan = null })] : p.Riwayat,
            [.. terpilih.Select(g => new PegawaiTerpilih(g.Id, Domain.Kepegawaian.Pegawai.FormatNama(g.GelarDepan, g.Nama, g.GelarBelakang), g.Nip, g.PenugasanId))],
            p.PegawaiInstansiLain, calon);
    }
}
