using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.AlurPenugasan.ProsesPermohonan;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Application.AlurPenugasan.DetailPermohonan;

/// <summary>
/// One request with its full history (who did what and when), for the people involved only (and BKPSDM admins and
/// auditors). When the viewer must decide, it also carries the availability view of DOMAIN.md §7.2.
/// </summary>
public sealed record DetailPermohonanQuery(Guid PermohonanId) : IQuery<DetailPermohonan?>;

public sealed record DetailPermohonan(
    Guid Id, uint Versi, JenisPermohonan Jenis, CakupanPenugasan Cakupan, StatusPermohonan Status, string Pemohon, DateTimeOffset DiajukanPada,
    PegawaiDimohon Pegawai, string UnitPemilikKinerja, string PerangkatDaerahPemilikKinerja,
    string MaksudDanTujuan, string KompetensiDibutuhkan, string EkspektasiTargetKinerja, DateOnly TanggalMulai, DateOnly TanggalSelesai,
    bool PenuhWaktu, int AlokasiPersen, string? NamaTimKerja, bool Lisan, string? AlasanPengecualianKetersediaan,
    IReadOnlyList<LangkahDetail> Langkah, IReadOnlyList<TembusanPermohonan> Tembusan,
    bool BolehBertindak, bool BolehTarik, PandanganKetersediaan? Ketersediaan, Guid? PenugasanId, PemeriksaanKetersediaan AturanPemeriksaan,
    IReadOnlyList<SuratRingkas> Surat);

/// <summary>A letter issued for the request (permohonan, jawaban).</summary>
public sealed record SuratRingkas(Guid Id, string Nomor, Domain.Dokumen.JenisDokumen Jenis, DateOnly Tanggal, string KodeVerifikasi);

public sealed record PegawaiDimohon(Guid Id, string Nama, string Nip, string Jabatan, string Unit, string PerangkatDaerah, Pendidikan Pendidikan);

public sealed record LangkahDetail(int Urutan, JenisLangkah Jenis, string Judul, string Pelaksana, HasilLangkah Hasil, string? Catatan, string? DilakukanOleh, DateTimeOffset? DilakukanPada, bool Aktif,
    DateTimeOffset? DiingatkanPada = null, DateTimeOffset? DieskalasiPada = null, string? EskalasiKe = null);

/// <param name="Lain">Other assignments of the pegawai overlapping the requested period.</param>
/// <param name="KataKompetensiCocok">Words of the requested competence found in the pegawai's position and education.</param>
public sealed record PandanganKetersediaan(Ketersediaan Ringkasan, IReadOnlyList<PenugasanLain> Lain, IReadOnlyList<string> KataKompetensiCocok, IReadOnlyList<string> KataKompetensi);

public sealed record PenugasanLain(Guid Id, string Uraian, DateOnly TanggalMulai, DateOnly TanggalSelesai, bool PenuhWaktu, int AlokasiPersen);

internal sealed class DetailPermohonanHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : IQueryHandler<DetailPermohonanQuery, DetailPermohonan?>
{
    public async ValueTask<DetailPermohonan?> Handle(DetailPermohonanQuery query, CancellationToken cancellationToken)
    {
        var p = await db.Permohonan.AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.PermohonanId, cancellationToken);
        if (p is null)
        {
            return null;
        }

        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var saya = pengguna.PegawaiId ?? Guid.Empty;
        var jabatan = (await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, hariIni, cancellationToken)).Keys.ToList();
        var terlibat = p.Melibatkan(saya, jabatan);
        if (!terlibat && !pengguna.Memiliki(Peran.AdminBkpsdm) && !pengguna.Memiliki(Peran.Auditor))
        {
            return null; // Not involved: the request does not exist for this user (no leak of its existence).
        }

        var pegawai = await (from g in db.Pegawai.AsNoTracking()
                             join j in db.Jabatan on p.JabatanPegawaiId equals j.Id
                             join u in db.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
                             join d in db.PerangkatDaerah on j.PerangkatDaerahId equals d.Id
                             where g.Id == p.PegawaiId
                             select new { g.Id, g.GelarDepan, g.Nama, g.GelarBelakang, g.Nip, Jabatan = j.Nama, Unit = u.Nama, Pd = d.Nama, g.Pendidikan })
            .SingleAsync(cancellationToken);
        var pemilik = await (from u in db.UnitOrganisasi.AsNoTracking()
                             join d in db.PerangkatDaerah on u.PerangkatDaerahId equals d.Id
                             where u.Id == p.UnitPemilikKinerjaId
                             select new { Unit = u.Nama, Pd = d.Nama })
            .SingleAsync(cancellationToken);
        var kebijakan = await db.PemerintahDaerah.Select(x => x.Kebijakan).SingleAsync(cancellationToken);

        var aktif = p.LangkahMenunggu;
        var bolehBertindak = aktif is not null && aktif.DapatDilakukanOleh(saya, jabatan);
        PandanganKetersediaan? ketersediaan = null;
        if (aktif?.Jenis == JenisLangkah.Keputusan && (bolehBertindak || pengguna.Memiliki(Peran.AdminBkpsdm)))
        {
            var lain = await db.Penugasan.AsNoTracking()
                .Where(t => t.PegawaiId == p.PegawaiId && t.Status != StatusPenugasan.Dibatalkan && t.TanggalMulai <= p.TanggalSelesai && p.TanggalMulai <= t.TanggalSelesai)
                .OrderBy(t => t.TanggalMulai)
                .Select(t => new PenugasanLain(t.Id, t.Uraian, t.TanggalMulai, t.TanggalSelesai, t.PenuhWaktu, t.AlokasiPersen))
                .ToListAsync(cancellationToken);
            var ringkasan = await ProsesPermohonanHandler.HitungKetersediaanAsync(db, p.PegawaiId, p.TanggalMulai, p.TanggalSelesai, p.AlokasiPersen, cancellationToken);
            var kata = KataPenting(p.KompetensiDibutuhkan);
            var profil = KataPenting($"{pegawai.Jabatan} {pegawai.Pendidikan}");
            ketersediaan = new PandanganKetersediaan(ringkasan, lain, [.. kata.Where(profil.Contains)], kata);
        }

        var penugasanId = p.Status == StatusPermohonan.Disetujui
            ? await db.Penugasan.Where(t => t.PermohonanId == p.Id).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(cancellationToken)
            : null;

        var surat = await db.Dokumen.AsNoTracking().Where(d => d.SumberId == p.Id).OrderBy(d => d.DiterbitkanPada)
            .Select(d => new SuratRingkas(d.Id, d.Nomor, d.Jenis, d.Tanggal, d.KodeVerifikasi)).ToListAsync(cancellationToken);
        return new DetailPermohonan(
            p.Id, p.Versi, p.Jenis, p.Cakupan, p.Status, p.Pemohon, p.DiajukanPada,
            new PegawaiDimohon(pegawai.Id, Pegawai.FormatNama(pegawai.GelarDepan, pegawai.Nama, pegawai.GelarBelakang), pegawai.Nip, pegawai.Jabatan, pegawai.Unit, pegawai.Pd, pegawai.Pendidikan),
            pemilik.Unit, pemilik.Pd, p.MaksudDanTujuan, p.KompetensiDibutuhkan, p.EkspektasiTargetKinerja, p.TanggalMulai, p.TanggalSelesai,
            p.PenuhWaktu, p.AlokasiPersen, p.NamaTimKerja, p.Lisan, p.AlasanPengecualianKetersediaan,
            [.. p.Langkah.OrderBy(l => l.Urutan).Select(l => new LangkahDetail(l.Urutan, l.Jenis, l.Judul, l.Pelaksana, l.Hasil, l.Catatan, l.DilakukanOleh, l.DilakukanPada, l == aktif,
                l.DiingatkanPada, l.DieskalasiPada, l.EskalasiKe))],
            p.Tembusan, bolehBertindak, p.Status == StatusPermohonan.Diajukan && p.PemohonPegawaiId == saya, ketersediaan, penugasanId,
            kebijakan.Penugasan.PemeriksaanKetersediaan, surat);
    }

    private static readonly HashSet<string> KataUmum = ["dan", "atau", "yang", "di", "ke", "dari", "untuk", "dengan", "dalam", "pada", "serta", "ahli", "pertama", "muda", "madya"];

    /// <summary>Lower-case words of four letters or more, without common words: a rough competence match, a warning only.</summary>
    private static List<string> KataPenting(string teks) =>
    [
        .. teks.ToLowerInvariant()
            .Split([' ', ',', '.', ';', ':', '/', '(', ')', '-', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Where(k => k.Length >= 4 && !KataUmum.Contains(k))
            .Distinct(),
    ];
}
