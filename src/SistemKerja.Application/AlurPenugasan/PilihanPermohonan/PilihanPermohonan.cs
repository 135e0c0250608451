using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.Organisasi.Struktur;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Application.AlurPenugasan.PilihanPermohonan;

/// <summary>
/// What the signed-in user may choose on the assignment forms: the units they lead (as pemilik kinerja), the pegawai
/// they may assign directly (their unit, by the region's rule), and the units a voluntary request may go to.
/// </summary>
public sealed record PilihanPermohonanQuery : IQuery<PilihanPermohonan>;

public sealed record PilihanPermohonan(
    IReadOnlyList<PilihanUnit> UnitDipimpin,
    IReadOnlyList<PilihanPegawai> DapatDitunjuk,
    IReadOnlyList<PilihanUnit> UnitTujuanSukarela,
    KebijakanPenugasan Kebijakan,
    bool DapatMengajukanSukarela);

public sealed record PilihanUnit(Guid Id, string Nama, string PerangkatDaerah, string? Pimpinan);

public sealed record PilihanPegawai(Guid Id, string Nama, string Nip, string Jabatan);

internal sealed class PilihanPermohonanHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : IQueryHandler<PilihanPermohonanQuery, PilihanPermohonan>
{
    public async ValueTask<PilihanPermohonan> Handle(PilihanPermohonanQuery query, CancellationToken cancellationToken)
    {
        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var kebijakan = await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken);
        var dipegang = await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, hariIni, cancellationToken);
        var saya = pengguna.PegawaiId is { } id ? await PencariPejabat.JabatanDefinitifAsync(db, id, hariIni, cancellationToken) : null;

        // Units I lead: the unit organisasi of each leading position I hold.
        var idDipegang = dipegang.Keys.ToList();
        var pimpinan = await (from j in db.Jabatan.AsNoTracking()
                              join u in db.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
                              join d in db.PerangkatDaerah on u.PerangkatDaerahId equals d.Id
                              where idDipegang.Contains(j.Id) && j.MemimpinUnit
                              select new { u.Id, u.Nama, Pd = d.Nama, u.PerangkatDaerahId, JabatanId = j.Id, u.UnitOrganisasiMandiri })
            .ToListAsync(cancellationToken);

        // Pegawai I may assign directly: those whose PUO (or PPK, where the region allows) is a position I hold.
        var bolehPpk = kebijakan.Penugasan.PenerbitPenunjukanDalamUnit == PenerbitPenunjukanDalamUnit.PejabatPenilaiAtauPimpinanUnit;
        var dapatDitunjuk = new List<PilihanPegawai>();
        foreach (var pdId in pimpinan.Select(p => p.PerangkatDaerahId).Distinct())
        {
            var struktur = await PemuatStruktur.MuatAsync(db, pdId, hariIni, cancellationToken);
            // Every assignable position whose PUO (or PPK) I am, heads included: HSU lets the PUO assign a Pengawas (Ps 11(1)).
            foreach (var j in struktur.Jabatan.Values.Where(j => j.PerangkatDaerahId == pdId && kebijakan.JenisDapatDitugaskan.Contains(j.Jenis) && !idDipegang.Contains(j.Id)))
            {
                var hasil = PenentuPejabatPenilai.Tentukan(struktur, kebijakan, j.Id);
                var milikSaya = (hasil.PimpinanUnitOrganisasi.Jabatan is { } puo && dipegang.ContainsKey(puo.Id))
                    || (bolehPpk && hasil.PejabatPenilaiKinerja.Jabatan is { } ppk && dipegang.ContainsKey(ppk.Id));
                if (milikSaya)
                {
                    dapatDitunjuk.AddRange(struktur.Pemangku[j.Id].Where(p => p.Jenis == JenisPemangkuan.Definitif).Select(p => new PilihanPegawai(p.PegawaiId, p.Nama, p.Nip, j.Nama)));
                }
            }
        }

        // Units a voluntary request may go to: every open unit organisasi (in my Perangkat Daerah where the region limits it).
        var batasPd = kebijakan.Penugasan.CakupanSukarelaMaksimal == CakupanSukarelaMaksimal.PerangkatDaerah ? saya?.PerangkatDaerahId : null;
        var tujuan = await (from u in db.UnitOrganisasi.AsNoTracking()
                            join d in db.PerangkatDaerah on u.PerangkatDaerahId equals d.Id
                            where u.UnitOrganisasiMandiri && (u.DitutupPada == null || u.DitutupPada > hariIni) && (batasPd == null || u.PerangkatDaerahId == batasPd)
                            orderby d.Nama, u.Nama
                            select new PilihanUnit(u.Id, u.Nama, d.Nama, null))
            .ToListAsync(cancellationToken);

        return new PilihanPermohonan(
            // Only units organisasi: a surat permohonan pelibatan is sent by the PUO pemilik kinerja (V-PER-04).
            [.. pimpinan.Where(p => p.UnitOrganisasiMandiri).Select(p => new PilihanUnit(p.Id, p.Nama, p.Pd, null))],
            [.. dapatDitunjuk.DistinctBy(p => p.Id).OrderBy(p => p.Nama, StringComparer.Ordinal)],
            tujuan,
            kebijakan.Penugasan,
            saya is { Jenis: JenisJabatan.Fungsional or JenisJabatan.Pelaksana });
    }
}
