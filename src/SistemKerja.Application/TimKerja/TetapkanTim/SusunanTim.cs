using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Application.TimKerja.Bersama;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.TimKerja.TetapkanTim;

/// <summary>An official named in the susunan (Pengarah, Penanggung Jawab) with the holder on the date, if any.</summary>
internal sealed record PejabatSusunan(string Kedudukan, string Jabatan, string? Nama, string Nip, string Pangkat, string Unit);

/// <summary>A member of the team as the susunan prints them, with where they come from ("unit, Perangkat Daerah").</summary>
internal sealed record PersonelSusunan(PeranTim Peran, string Nama, string Nip, string Pangkat, string Jabatan, JenisJabatan Jenis, string Asal);

/// <summary>
/// The people of a team as its formation document lists them (DOMAIN.md §8.4, §11.1, §11.2, §11.8), read once and printed
/// either as the Keputusan's Lampiran table or as the Surat Tugas's Lampiran (T1 in full, T2 grouped).
/// </summary>
internal sealed class SusunanTim
{
    private SusunanTim(IReadOnlyList<PejabatSusunan> pejabat, IReadOnlyList<string> penerima, IReadOnlyList<PersonelSusunan> personel)
    {
        Pejabat = pejabat;
        JabatanPenerima = penerima;
        Personel = personel;
    }

    /// <summary>Pengarah (the head of the Perangkat Daerah pemilik kinerja, for teams across Perangkat Daerah), then the Penanggung Jawab (the PUO).</summary>
    public IReadOnlyList<PejabatSusunan> Pejabat { get; }

    /// <summary>The heads of the other Perangkat Daerah the members come from (MUBA T2 "Jabatan Pimpinan Tinggi Penerima").</summary>
    public IReadOnlyList<string> JabatanPenerima { get; }

    /// <summary>Penanggung jawab tim, ketua, anggota; by name within each role.</summary>
    public IReadOnlyList<PersonelSusunan> Personel { get; }

    public static async Task<SusunanTim> MuatAsync(IAppDb db, Tim tim, DateOnly tanggal, CancellationToken ct)
    {
        var pejabat = new List<(string Kedudukan, Guid JabatanId)>();
        var lintasPerangkatDaerah = tim.Cakupan >= CakupanTim.LintasPerangkatDaerah;
        if (lintasPerangkatDaerah && await KepalaPerangkatDaerahAsync(db, tim.PerangkatDaerahPemilikKinerjaId, tanggal, ct) is { } kepala
            && kepala != tim.Pimpinan.PimpinanPemilikKinerja.JabatanId)
        {
            pejabat.Add(("Pengarah", kepala));
        }

        pejabat.Add(("Penanggung Jawab", tim.Pimpinan.PimpinanPemilikKinerja.JabatanId));
        var penerimaIds = new List<Guid>();
        if (lintasPerangkatDaerah)
        {
            var pdLain = tim.Personel.Select(p => p.Profil.Asal.PerangkatDaerahId).OfType<Guid>().Where(id => id != tim.PerangkatDaerahPemilikKinerjaId).Distinct();
            foreach (var pd in pdLain)
            {
                if (await KepalaPerangkatDaerahAsync(db, pd, tanggal, ct) is { } j)
                {
                    penerimaIds.Add(j);
                }
            }
        }

        var ids = pejabat.Select(p => p.JabatanId).ToList();
        var pemangku = await (from pj in db.PemangkuJabatan.AsNoTracking()
                              join j in db.Jabatan on pj.JabatanId equals j.Id
                              join g in db.Pegawai on pj.PegawaiId equals g.Id
                              where ids.Contains(pj.JabatanId) && pj.Tmt <= tanggal && (pj.TanggalSelesai == null || pj.TanggalSelesai >= tanggal)
                              orderby pj.Jenis
                              select new { pj.JabatanId, g.GelarDepan, Orang = g.Nama, g.GelarBelakang, g.Nip, g.GolonganRuang, g.GolonganPppk })
            .ToListAsync(ct);
        var jabatan = await (from j in db.Jabatan.AsNoTracking()
                             join u in db.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
                             where ids.Contains(j.Id) || penerimaIds.Contains(j.Id)
                             select new { j.Id, j.Nama, Unit = u.Nama }).ToDictionaryAsync(x => x.Id, ct);
        var susunanPejabat = pejabat.Select(x =>
        {
            var j = jabatan[x.JabatanId];
            var p = pemangku.FirstOrDefault(p => p.JabatanId == x.JabatanId);
            return p is null
                ? new PejabatSusunan(x.Kedudukan, j.Nama, null, "", "-", j.Unit)
                : new PejabatSusunan(x.Kedudukan, j.Nama, Pegawai.FormatNama(p.GelarDepan, p.Orang, p.GelarBelakang), p.Nip,
                    Kepangkatan.Teks(p.GolonganRuang, p.GolonganPppk), j.Unit);
        }).ToList();

        var unitIds = tim.Personel.Select(p => p.Profil.Asal.UnitOrganisasiId).OfType<Guid>().Distinct().ToList();
        var asal = await (from u in db.UnitOrganisasi.AsNoTracking()
                          join d in db.PerangkatDaerah on u.PerangkatDaerahId equals d.Id
                          where unitIds.Contains(u.Id)
                          select new { u.Id, Unit = u.Nama, Pd = d.Nama }).ToDictionaryAsync(x => x.Id, ct);
        var personel = tim.Personel
            .OrderBy(p => p.Peran switch { PeranTim.PenanggungJawabTim => 0, PeranTim.Ketua => 1, _ => 2 }).ThenBy(p => p.Profil.Nama)
            .Select(p => new PersonelSusunan(p.Peran, p.Profil.Nama, p.Profil.Nip ?? "", Kepangkatan.Teks(p.Profil.GolonganRuang, null),
                p.Profil.NamaJabatan, p.Profil.Jenis,
                p.Profil.Asal.UnitOrganisasiId is { } uid && asal.TryGetValue(uid, out var a) ? (a.Unit == a.Pd ? a.Pd : $"{a.Unit}, {a.Pd}")
                    : p.Profil.Asal.InstansiLain ?? ""))
            .ToList();
        return new SusunanTim(susunanPejabat, [.. penerimaIds.Select(id => jabatan[id].Nama)], personel);
    }

    /// <summary>The Keputusan's Lampiran table (T8 with the T1/T2 roles): one row per official and per member.</summary>
    public List<BarisLampiranTim> BarisKeputusan() =>
    [
        .. Pejabat.Select(p => new BarisLampiranTim(p.Kedudukan, p.Nama ?? "(lowong)", p.Nip, p.Jabatan, p.Unit)),
        .. Personel.Select(p => new BarisLampiranTim(PeranTimTeks.Label(p.Peran), p.Nama, p.Nip, p.Jabatan, p.Asal)),
    ];

    /// <summary>
    /// MUBA T1 (`001_75f6c752ea8be86f.txt`, "Susunan Keanggotaan Tim"): I. Penanggung Jawab Outcome (the PUO pemilik kinerja),
    /// then the Penanggung Jawab Tim where the region has one, II. Ketua Tim Kerja, III. Anggota Tim, each person in full.
    /// </summary>
    public SusunanRinci Rinci()
    {
        var bagian = new List<(string, IReadOnlyList<OrangSusunan>)>();
        foreach (var p in Pejabat)
        {
            var kedudukan = p.Kedudukan == "Penanggung Jawab" ? "Penanggung Jawab Outcome" : p.Kedudukan;
            bagian.Add((kedudukan, [new OrangSusunan(p.Nama ?? "(lowong)", p.Pangkat, p.Nip, p.Jabatan)]));
        }

        foreach (var (peran, judul) in new[] { (PeranTim.PenanggungJawabTim, "Penanggung Jawab Tim Kerja"), (PeranTim.Ketua, "Ketua Tim Kerja"), (PeranTim.Anggota, "Anggota Tim") })
        {
            var orang = Personel.Where(p => p.Peran == peran).Select(p => new OrangSusunan(p.Nama, p.Pangkat, p.Nip, p.Jabatan)).ToList();
            if (orang.Count > 0)
            {
                bagian.Add((judul, orang));
            }
        }

        return new SusunanRinci(bagian);
    }

    /// <summary>
    /// MUBA T2 (`001_75f6c752ea8be86f.txt`, antar unit kerja lintas Perangkat Daerah): Pengarah (the Jabatan Pimpinan Tinggi
    /// pemohon), Penanggungjawab (of each receiving Perangkat Daerah), Ketua; the anggota grouped by kind of position, then by
    /// unit ("Jabatan Fungsional pada …"), empty groups left out (§11.2 [P]).
    /// </summary>
    public SusunanRingkas Ringkas()
    {
        var pimpinan = new List<(string, string)>();
        // Where the PUO pemilik kinerja heads the Perangkat Daerah, they are the Pengarah themselves.
        pimpinan.Add(("Pengarah", (Pejabat.FirstOrDefault(p => p.Kedudukan == "Pengarah") ?? Pejabat[^1]).Jabatan));

        if (JabatanPenerima.Count > 0)
        {
            pimpinan.Add(("Penanggungjawab", string.Join("; ", JabatanPenerima)));
        }

        foreach (var p in Personel.Where(p => p.Peran is PeranTim.PenanggungJawabTim or PeranTim.Ketua))
        {
            pimpinan.Add((p.Peran == PeranTim.Ketua ? "Ketua Tim Kerja" : "Penanggung Jawab Tim Kerja", $"{p.Nama} ({p.Jabatan})"));
        }

        JenisJabatan[] urutan = [JenisJabatan.Administrator, JenisJabatan.Pengawas, JenisJabatan.Fungsional, JenisJabatan.Pelaksana];
        var anggota = Personel.Where(p => p.Peran == PeranTim.Anggota)
            .GroupBy(p => (p.Jenis, p.Asal))
            .OrderBy(g => Array.IndexOf(urutan, g.Key.Jenis)).ThenBy(g => g.Key.Asal)
            .Select(g => ($"Jabatan {g.Key.Jenis.Label()} pada {g.Key.Asal}", (IReadOnlyList<string>)[.. g.Select(p => $"{p.Nama}, {p.Jabatan}")]))
            .ToList();
        return new SusunanRingkas(pimpinan, anggota);
    }

    private static async Task<Guid?> KepalaPerangkatDaerahAsync(IAppDb db, Guid perangkatDaerahId, DateOnly tanggal, CancellationToken ct) =>
        await db.UnitOrganisasi.Where(u => u.PerangkatDaerahId == perangkatDaerahId && u.IndukId == null).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct) is { } akar
            ? await PencariPejabat.PimpinanUnitOrganisasiAsync(db, akar, tanggal, ct)
            : null;
}
