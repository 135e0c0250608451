using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.TimKerja.Bersama;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.TimKerja.DaftarTim;

/// <summary>The teams a user has to do with: those they lead or formed, those they sit in, and drafts waiting for their decree.</summary>
public sealed record DaftarTimQuery : IQuery<DaftarTim>;

public sealed record BarisTim(Guid Id, string Nama, string Unit, StatusTim Status, DateOnly TanggalMulai, DateOnly TanggalSelesai, int JumlahPersonel, string? PeranSaya);

/// <param name="UnitDipimpin">Units the user leads today (where they may form a team).</param>
public sealed record DaftarTim(IReadOnlyList<BarisTim> Dipimpin, IReadOnlyList<BarisTim> Diikuti, IReadOnlyList<BarisTim> MenungguPenetapan,
    IReadOnlyList<(Guid Id, string Nama)> UnitDipimpin);

internal sealed class DaftarTimHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : IQueryHandler<DaftarTimQuery, DaftarTim>
{
    /// <summary>The most teams the list of teams a user leads or sits in shows (newest first).</summary>
    public const int Batas = 500;

    /// <summary>The most drafts awaiting the user's decree shown (oldest first: they have waited longest).</summary>
    public const int BatasDraf = 200;

    public async ValueTask<DaftarTim> Handle(DaftarTimQuery query, CancellationToken cancellationToken)
    {
        var saya = pengguna.PegawaiId ?? Guid.Empty;
        var hariIni = PemuatTim.HariIni(waktu);
        var dipegang = await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, hariIni, cancellationToken);
        var jabatan = dipegang.Keys.ToList();
        var jabatanAtauKosong = jabatan.Select(j => (Guid?)j).ToList();
        var unitDipimpin = await (from j in db.Jabatan
                                  join u in db.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
                                  where jabatan.Contains(j.Id) && j.MemimpinUnit && u.DitutupPada == null
                                  orderby u.Nama
                                  select new { u.Id, u.Nama }).ToListAsync(cancellationToken);

        // Teams the user leads (their position is the team's PUO or PPK), formed, or sits in; the officials' positions are
        // columns generated from the jsonb "Pimpinan" (KolomTim), so the whole filter runs on indexes.
        var timIkut = await db.PersonelTim.Where(p => p.PegawaiId == saya).Select(p => EF.Property<Guid>(p, KolomTim.Tim)).ToListAsync(cancellationToken);
        var tim = await db.Tim.AsNoTracking()
            .Where(t => jabatan.Contains(EF.Property<Guid>(t, KolomTim.JabatanPimpinan))
                || jabatanAtauKosong.Contains(EF.Property<Guid?>(t, KolomTim.JabatanPejabatPenilai))
                || t.DibuatOlehPegawaiId == saya || timIkut.Contains(t.Id))
            .OrderByDescending(t => t.DibuatPada).Take(Batas)
            .Select(t => new
            {
                t.Id, t.Nama, t.UnitPemilikKinerjaId, t.Status, t.TanggalMulai, t.TanggalSelesai, JumlahPersonel = t.Personel.Count,
                PeranSaya = t.Personel.Where(p => p.PegawaiId == saya).Select(p => (PeranTim?)p.Peran).FirstOrDefault(),
                Dipimpin = jabatan.Contains(EF.Property<Guid>(t, KolomTim.JabatanPimpinan))
                    || jabatanAtauKosong.Contains(EF.Property<Guid?>(t, KolomTim.JabatanPejabatPenilai)) || t.DibuatOlehPegawaiId == saya,
            })
            .ToListAsync(cancellationToken);

        var k = (await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken)).TimKerja;
        var draf = await DrafMenungguAsync(k, dipegang, saya, hariIni, cancellationToken);
        var semuaUnit = tim.Select(t => t.UnitPemilikKinerjaId).Concat(draf.Select(t => t.UnitPemilikKinerjaId)).Distinct().ToList();
        var namaUnit = await db.UnitOrganisasi.Where(u => semuaUnit.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Nama, cancellationToken);

        var baris = tim.Select(t => (t.Dipimpin, t.PeranSaya, Baris: new BarisTim(t.Id, t.Nama, namaUnit.GetValueOrDefault(t.UnitPemilikKinerjaId, ""), t.Status,
            t.TanggalMulai, t.TanggalSelesai, t.JumlahPersonel, t.PeranSaya is { } peran ? PeranTimTeks.Label(peran) : null))).ToList();
        return new DaftarTim(
            [.. baris.Where(b => b.Dipimpin).Select(b => b.Baris)],
            [.. baris.Where(b => b.PeranSaya is not null).Select(b => b.Baris)],
            [.. draf.Select(t => new BarisTim(t.Id, t.Nama, namaUnit.GetValueOrDefault(t.UnitPemilikKinerjaId, ""), t.Status, t.TanggalMulai, t.TanggalSelesai,
                t.Personel.Count, t.PersonelDariPegawai(saya) is { } p ? PeranTimTeks.Label(p.Peran) : null))],
            [.. unitDipimpin.Select(u => (u.Id, u.Nama))]);
    }

    /// <summary>
    /// Drafts and amendments with personnel, not led or formed by the user (those are on their own list), whose decree the user's
    /// positions may sign beyond the team's own officials: the head of its Perangkat Daerah, or the Sekretaris Daerah (who also
    /// records the Kepala Daerah's decrees), each for the scopes the region gives them. SQL narrows the teams by position and
    /// scope before the cap, so teams the user may not sign never take the places of one they may; the region's rule decides
    /// for each team read.
    /// </summary>
    private async Task<List<Tim>> DrafMenungguAsync(KebijakanTimKerja k, Dictionary<Guid, Domain.Kepegawaian.JenisPemangkuan> dipegang, Guid saya,
        DateOnly hariIni, CancellationToken ct)
    {
        if (dipegang.Count == 0)
        {
            return [];
        }

        var penetap = await PemuatTim.JabatanPenetapAsync(db, dipegang, hariIni, ct);
        var jabatan = dipegang.Keys.ToList();
        var jabatanAtauKosong = jabatan.Select(j => (Guid?)j).ToList();
        var perangkatDaerah = penetap.KepalaPerangkatDaerah.Keys.ToList();
        var kepala = LingkupPenetapan.Dari(k.Penetap, perangkatDaerah.Count > 0, PejabatPenetapTim.KepalaPerangkatDaerah);
        var sekda = LingkupPenetapan.Dari(k.Penetap, penetap.SekretarisDaerah is not null,
            PejabatPenetapTim.SekretarisDaerah, PejabatPenetapTim.PejabatBerwenang, PejabatPenetapTim.KepalaDaerah);
        if (!kepala.Ada && !sekda.Ada)
        {
            return [];
        }

        // A team's scope is its widest member's, and an amendment keeps the scope of the decree it amends when that is wider
        // (Tim.CakupanPenetapan): so a team within a signer's scopes has a member of one of them beyond the unit (few rows, a
        // partial index of personel_tim), or is an amendment of a decree of one of them, unless the signer's scopes start at
        // DalamUnit and take every team.
        var draf = await db.Tim.AsNoTracking()
            .Where(t => (t.Status == StatusTim.Draf || t.Status == StatusTim.DalamPerubahan) && t.Personel.Any())
            .Where(t => !(jabatan.Contains(EF.Property<Guid>(t, KolomTim.JabatanPimpinan))
                || jabatanAtauKosong.Contains(EF.Property<Guid?>(t, KolomTim.JabatanPejabatPenilai)) || t.DibuatOlehPegawaiId == saya))
            .Where(t => (kepala.Ada && perangkatDaerah.Contains(t.PerangkatDaerahPemilikKinerjaId)
                    && (kepala.Semua || kepala.CakupanKeputusan.Contains(EF.Property<string?>(t, KolomTim.CakupanKeputusan))
                        || t.Personel.Any(p => p.Cakupan != CakupanTim.DalamUnit && kepala.Cakupan.Contains(p.Cakupan))))
                || (sekda.Ada
                    && (sekda.Semua || sekda.CakupanKeputusan.Contains(EF.Property<string?>(t, KolomTim.CakupanKeputusan))
                        || t.Personel.Any(p => p.Cakupan != CakupanTim.DalamUnit && sekda.Cakupan.Contains(p.Cakupan)))))
            .OrderBy(t => t.DibuatPada).Take(BatasDraf).ToListAsync(ct);
        return [.. draf.Where(t => t.PejabatBerwenang(k).Any(penetap.Untuk(t).ContainsKey))];
    }

    /// <summary>The scopes a kind of signer may set in the region (<see cref="KewenanganPenetapanTim.CakupanMulaiDariTerendah"/>), as the query reads them.</summary>
    private sealed record LingkupPenetapan(bool Ada, bool Semua, List<CakupanTim> Cakupan, List<string?> CakupanKeputusan)
    {
        public static LingkupPenetapan Dari(KewenanganPenetapanTim kewenangan, bool dipegang, params PejabatPenetapTim[] pejabat)
        {
            var cakupan = dipegang ? kewenangan.CakupanMulaiDariTerendah(pejabat).ToList() : [];
            return new(cakupan.Count > 0, cakupan.Contains(CakupanTim.DalamUnit), cakupan, [.. cakupan.Select(c => (string?)c.ToString())]);
        }
    }
}
