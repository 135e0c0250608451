using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Application.Organisasi.Struktur;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Application.Organisasi.KedudukanPegawai;

/// <summary>
/// A pegawai's kedudukan on a date: their position, their Pejabat Penilai Kinerja and their Pimpinan Unit Organisasi, with
/// the reasons (DOMAIN.md §5 item 5: every JF/Pelaksana must know these before any penugasan). Answers past dates too.
/// </summary>
public sealed record KedudukanPegawaiQuery(Guid PegawaiId, DateOnly? Tanggal = null) : IQuery<KedudukanPegawai?>;

public sealed record KedudukanPegawai(DateOnly Tanggal, Guid? JabatanId, string? Jabatan, string? Unit, Guid? PerangkatDaerahId, string? PerangkatDaerah,
    PejabatRingkas? PejabatPenilaiKinerja, PejabatRingkas? PimpinanUnitOrganisasi);

public sealed record PejabatRingkas(string? Jabatan, Guid? PegawaiId, string? Nama, string? Nip, JenisPemangkuan? Jenis, DasarPenentuan Dasar, IReadOnlyList<string> Catatan)
{
    public static PejabatRingkas Dari(PejabatTerpilih p) =>
        new(p.Jabatan?.Nama, p.Pemangku?.PegawaiId, p.Pemangku?.Nama, p.Pemangku?.Nip, p.Pemangku?.Jenis, p.Dasar, p.Catatan);
}

internal sealed class KedudukanPegawaiHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : IQueryHandler<KedudukanPegawaiQuery, KedudukanPegawai?>
{
    public async ValueTask<KedudukanPegawai?> Handle(KedudukanPegawaiQuery query, CancellationToken cancellationToken)
    {
        var boleh = pengguna.PegawaiId == query.PegawaiId || pengguna.Memiliki(Peran.AdminBkpsdm) || pengguna.Memiliki(Peran.Auditor) || pengguna.Memiliki(Peran.PimpinanUnit);
        if (!boleh || !await db.Pegawai.AnyAsync(p => p.Id == query.PegawaiId, cancellationToken))
        {
            return null;
        }

        var tanggal = query.Tanggal ?? DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var jabatan = await (
                from pj in db.PemangkuJabatan.AsNoTracking()
                join j in db.Jabatan on pj.JabatanId equals j.Id
                join u in db.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
                join pd in db.PerangkatDaerah on j.PerangkatDaerahId equals pd.Id
                where pj.PegawaiId == query.PegawaiId && pj.Jenis == JenisPemangkuan.Definitif && pj.Tmt <= tanggal && (pj.TanggalSelesai == null || pj.TanggalSelesai >= tanggal)
                select new { j.Id, j.Nama, Unit = u.Nama, PdId = pd.Id, Pd = pd.Nama })
            .FirstOrDefaultAsync(cancellationToken);
        if (jabatan is null)
        {
            return new KedudukanPegawai(tanggal, null, null, null, null, null, null, null);
        }

        var kebijakan = await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken);
        var struktur = await PemuatStruktur.MuatAsync(db, jabatan.PdId, tanggal, cancellationToken);
        var hasil = PenentuPejabatPenilai.Tentukan(struktur, kebijakan, jabatan.Id);
        return new KedudukanPegawai(tanggal, jabatan.Id, jabatan.Nama, jabatan.Unit, jabatan.PdId, jabatan.Pd,
            PejabatRingkas.Dari(hasil.PejabatPenilaiKinerja), PejabatRingkas.Dari(hasil.PimpinanUnitOrganisasi));
    }
}
