using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Application.TimKerja.Bersama;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Penugasan;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.TimKerja.DetailTim;

/// <summary>A team as its page shows it to the user: what the team is, its susunan, the ketua ranking, results, reports, recommendations.</summary>
public sealed record DetailTimQuery(Guid TimId) : IQuery<DetailTim?>;

public sealed record PersonelDetail(Guid Id, Guid? PegawaiId, string Nama, string? Nip, string Jabatan, PeranTim Peran, string Asal, CakupanTim Cakupan,
    int AlokasiPersen, bool PenuhWaktu);

/// <param name="KetuaSaatIni">
/// The candidate already holds the ketua role. They stay in the ranking because the others are ranked against them (V-TIM-05 compares
/// every member who could lead), but they are not offered as ketua again.
/// </param>
public sealed record CalonKetuaDetail(Guid PersonelId, string Nama, int Peringkat, int? PeringkatPrioritas, bool Layak, IReadOnlyList<string> Alasan,
    IReadOnlyList<string> Kendala, IReadOnlyList<string> Peringatan, bool KetuaSaatIni)
{
    /// <summary>Choosing (or keeping) this candidate calls for a written reason: a preference departed from, or a better-ranked candidate.</summary>
    public bool PerluAlasan => Peringatan.Count > 0 || Peringkat > 1;
}

/// <summary>
/// One document of the team's decree chain as the page lists it, oldest first: the forming document ("Pembentukan"), then each
/// amending one named as it names itself ("Perubahan", "Perubahan Kedua", …).
/// </summary>
public sealed record NaskahRiwayat(Guid DokumenId, string Sebutan, string Nomor, DateOnly Tanggal, string JabatanPenetap);

public sealed record HasilDetail(string Uraian, DateTimeOffset DisampaikanPada, StatusHasilTim Status, string? Catatan, DateTimeOffset? DinilaiPada);

public sealed record LaporanDetail(Guid Id, uint Versi, string Pelapor, string Peran, string Tujuan, string Uraian, DateTimeOffset DisampaikanPada, bool AtasPermintaan,
    string? UmpanBalik, bool BolehDitanggapi);

public sealed record PermintaanDetail(Guid Id, string Uraian, DateOnly? BatasWaktu, DateTimeOffset DimintaPada, bool DitujukanKepadaSaya);

public sealed record RekomendasiDetail(Guid Id, uint Versi, string NamaPegawai, DateOnly Mulai, DateOnly Selesai, string Predikat, StatusRekomendasi Status,
    Guid? DokumenId);

/// <summary>A pegawai the PUO may add: of the unit, or from another unit with an approved pelibatan for this unit's work.</summary>
public sealed record CalonPersonel(Guid PegawaiId, string Nama, string Jabatan, bool DariUnitLain);

/// <summary>A pegawai of another instansi named in its answer to this unit's approved surat permohonan pelibatan (WF-4 Keluar).</summary>
public sealed record CalonInstansiLain(Guid PelibatanInstansiId, int Urutan, string Nama, string? Nip, string? Jabatan, string Instansi, string NomorSuratJawaban);

public sealed record DetailTim(
    Guid Id,
    uint Versi,
    string Nama,
    IReadOnlyList<string> Tugas,
    string? Sasaran,
    string? SatuanSasaran,
    JenisTugasTim JenisTugas,
    DateOnly TanggalMulai,
    DateOnly TanggalSelesai,
    StatusTim Status,
    CakupanTim Cakupan,
    string Unit,
    string PerangkatDaerah,
    string PimpinanPemilikKinerja,
    string? PejabatPenilai,
    string PenerimaHasil,
    IReadOnlyList<string> PenetapYangBerwenang,
    (string Jabatan, string Nama, DateOnly Tanggal, string? Nomor, Guid? DokumenId)? Keputusan,
    string NaskahPembentukan,
    IReadOnlyList<NaskahRiwayat> RiwayatNaskah,
    string? AlasanPembubaran,
    IReadOnlyList<string> AlasanKetua,
    IReadOnlyList<PersonelDetail> Personel,
    AksesTim Akses,
    IReadOnlyList<PilihanPenetapan> PilihanPenetapan,
    bool BolehMenyampaikanHasil,
    bool BolehMenilaiHasil,
    bool BolehMelapor,
    bool BolehMenyusunRekomendasi,
    bool PenanggungJawabTimDiatur,
    IReadOnlyList<CalonKetuaDetail> PeringkatKetua,
    IReadOnlyList<CalonPersonel> CalonPersonel,
    IReadOnlyList<CalonInstansiLain> CalonInstansiLain,
    IReadOnlyList<HasilDetail> Hasil,
    IReadOnlyList<LaporanDetail> Laporan,
    IReadOnlyList<PermintaanDetail> Permintaan,
    IReadOnlyList<RekomendasiDetail> Rekomendasi,
    PerubahanDetail? Perubahan,
    bool BolehMulaiPerubahan,
    int PerubahanKe)
{
    public bool BolehMenetapkan => PilihanPenetapan.Count > 0;
}

/// <summary>An amendment being drafted: the reason, since when, and what it changes so far, in words.</summary>
public sealed record PerubahanDetail(string Alasan, DateTimeOffset DimulaiPada, IReadOnlyList<string> Perbedaan);

/// <summary>
/// One way the user may set the team: in their own authority (<see cref="Sebagai"/> null), or recording the Keputusan Kepala
/// Daerah (a Sekda, where the region asks for the Bupati/Wali Kota).
/// </summary>
public sealed record PilihanPenetapan(PejabatPenetapTim? Sebagai, string Tombol);

internal sealed class DetailTimHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu) : IQueryHandler<DetailTimQuery, DetailTim?>
{
    public async ValueTask<DetailTim?> Handle(DetailTimQuery query, CancellationToken cancellationToken)
    {
        var tim = await db.Tim.AsNoTracking().SingleOrDefaultAsync(t => t.Id == query.TimId, cancellationToken);
        if (tim is null)
        {
            return null;
        }

        var hariIni = PemuatTim.HariIni(waktu);
        var pemda = await db.PemerintahDaerah.Select(p => new { p.Kebijakan, p.Nama }).SingleAsync(cancellationToken);
        var k = pemda.Kebijakan.TimKerja;
        var akses = await PemuatTim.AksesAsync(db, pengguna, tim, k, hariIni, cancellationToken);
        if (!akses.BolehMelihat)
        {
            return null;
        }

        var saya = pengguna.PegawaiId ?? Guid.Empty;
        var jabatan = (await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, hariIni, cancellationToken)).Keys.ToList();
        var unit = await (from u in db.UnitOrganisasi
                          join d in db.PerangkatDaerah on u.PerangkatDaerahId equals d.Id
                          where u.Id == tim.UnitPemilikKinerjaId
                          select new { u.Nama, Pd = d.Nama }).SingleAsync(cancellationToken);
        var unitIds = tim.Personel.Select(p => p.Profil.Asal.UnitOrganisasiId).OfType<Guid>().Distinct().ToList();
        var asal = await db.UnitOrganisasi.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Nama, cancellationToken);
        var personel = tim.Personel.OrderBy(p => p.Peran switch { PeranTim.PenanggungJawabTim => 0, PeranTim.Ketua => 1, _ => 2 }).ThenBy(p => p.Profil.Nama)
            .Select(p => new PersonelDetail(p.Id, p.PegawaiId, p.Profil.Nama, p.Profil.Nip, p.Profil.NamaJabatan, p.Peran,
                p.Profil.Asal.UnitOrganisasiId is { } uid ? asal.GetValueOrDefault(uid, "") : p.Profil.Asal.InstansiLain ?? "", p.Cakupan, p.AlokasiPersen, p.PenuhWaktu))
            .ToList();

        // A draft, or a set team whose amendment is being drafted, is composed with the same forms.
        var disusun = TransisiTim.Boleh(tim.Status, AksiTim.UbahSusunan);
        var peringkat = disusun && akses.Pimpinan
            ? tim.PeringkatCalonKetua(k, await PemuatTim.StrukturMemilikiPengawasAsync(db, tim.UnitPemilikKinerjaId, cancellationToken))
                .Select(p => new CalonKetuaDetail(p.Calon.Id, p.Calon.Profil.Nama, p.Peringkat, p.PeringkatPrioritas, p.Layak, p.Alasan, p.Kendala, p.Peringatan,
                    p.Calon.Id == tim.Ketua?.Id)).ToList()
            : [];
        var calon = disusun && akses.Pimpinan ? await CalonPersonelAsync(tim, hariIni, cancellationToken) : [];
        var calonInstansi = disusun && akses.Pimpinan ? await CalonInstansiLainAsync(tim, cancellationToken) : [];

        // Documents exist only once the team is set (a draft reads none).
        var naskah = tim.Keputusan is not null ? await PemuatTim.NaskahTimAsync(db, tim.Id, cancellationToken) : [];
        var keputusan = naskah.LastOrDefault();

        var laporan = await LaporanAsync(tim, k, akses, saya, jabatan, cancellationToken);
        var permintaan = await db.PermintaanLaporan.AsNoTracking().Where(p => p.TimId == tim.Id).OrderByDescending(p => p.DimintaPada).Take(100).ToListAsync(cancellationToken);
        var sayaPersonel = tim.PersonelDariPegawai(saya);
        var rekomendasi = akses.Pimpinan || tim.Ketua?.PegawaiId == saya
            ? await (from r in db.RekomendasiPenilaianKinerja.AsNoTracking()
                     where r.TimId == tim.Id
                     orderby r.DisusunPada descending
                     select new { r.Id, r.Versi, r.NamaPegawai, r.PeriodeMulai, r.PeriodeSelesai, r.Predikat, r.Status }).ToListAsync(cancellationToken)
            : [];
        var rekIds = rekomendasi.Select(r => (Guid?)r.Id).ToList();
        var dokRek = await db.Dokumen.AsNoTracking().Where(d => rekIds.Contains(d.SumberId)).Select(d => new { d.SumberId, d.Id }).ToListAsync(cancellationToken);

        var terakhir = tim.HasilTerakhir;
        var ketuaAtauAnggota = sayaPersonel is not null && (sayaPersonel.Peran == PeranTim.Ketua || (tim.Ketua is null && sayaPersonel.Peran == PeranTim.Anggota));
        return new DetailTim(
            tim.Id, tim.Versi, tim.Nama, tim.Tugas, tim.Sasaran, tim.SatuanSasaran, tim.JenisTugas, tim.TanggalMulai, tim.TanggalSelesai, tim.Status, tim.Cakupan,
            unit.Nama, unit.Pd, tim.Pimpinan.PimpinanPemilikKinerja.NamaJabatan, tim.Pimpinan.PejabatPenilai?.NamaJabatan, tim.PenerimaHasil.NamaJabatan,
            [.. tim.PejabatBerwenang(k).Select(p => p.Label())],
            tim.Keputusan is { } kp ? (kp.PenetapJabatan, kp.PenetapNama, kp.Tanggal, keputusan?.Nomor, keputusan?.Id) : null,
            keputusan?.Naskah ?? k.NaskahPembentukan.Label(),
            RiwayatNaskah(naskah),
            tim.AlasanPembubaran,
            [.. new[] { tim.AlasanKetua.LuarUnitPemilikKinerja, tim.AlasanKetua.KetentuanPengawas, tim.AlasanKetua.BukanPrioritas }.OfType<string>()],
            personel, akses,
            TransisiTim.Boleh(tim.Status, AksiTim.Tetapkan) ? PilihanPenetapan(akses, pemda.Kebijakan, pemda.Nama, tim.Perubahan is not null) : [],
            TransisiTim.Boleh(tim.Status, AksiTim.SampaikanHasil) && ketuaAtauAnggota && terakhir?.MenungguPenilaian != true,
            TransisiTim.Boleh(tim.Status, AksiTim.TeruskanHasil) && terakhir?.MenungguPenilaian == true && tim.MenerimaLaporan(saya, jabatan, k),
            TransisiTim.Boleh(tim.Status, AksiTim.Lapor) && sayaPersonel is not null && sayaPersonel.Peran != PeranTim.PenanggungJawabTim,
            tim.Status != StatusTim.Draf && (akses.Pimpinan || tim.Ketua?.PegawaiId == saya),
            k.PenanggungJawabTim,
            peringkat, calon, calonInstansi,
            [.. tim.Hasil.Select(h => new HasilDetail(h.Uraian, h.DisampaikanPada, h.Status, h.Catatan, h.DinilaiPada))],
            laporan,
            [.. permintaan.Select(p => new PermintaanDetail(p.Id, p.Uraian, p.BatasWaktu, p.DimintaPada, sayaPersonel is not null && p.KepadaPersonel.Contains(sayaPersonel.Id)))],
            [.. rekomendasi.Select(r => new RekomendasiDetail(r.Id, r.Versi, r.NamaPegawai, r.PeriodeMulai, r.PeriodeSelesai, r.Predikat.Label(), r.Status,
                dokRek.FirstOrDefault(d => d.SumberId == r.Id)?.Id))],
            tim.Perubahan is { } perubahan ? new PerubahanDetail(perubahan.Alasan, perubahan.DimulaiPada, UraianPerbedaan(tim.PerbedaanPerubahan()!)) : null,
            akses.Pimpinan && TransisiTim.Boleh(tim.Status, AksiTim.MulaiPerubahan),
            tim.Keputusan?.PerubahanKe ?? 0);
    }

    private static List<PilihanPenetapan> PilihanPenetapan(AksesTim akses, Domain.Organisasi.KebijakanDaerah kebijakan, string namaDaerah, bool perubahan)
    {
        var naskah = kebijakan.TimKerja.NaskahPembentukan.Label() + (perubahan ? " perubahan" : "");
        var pilihan = new List<PilihanPenetapan>();
        if (akses.Kewenangan.Any(j => j != PejabatPenetapTim.KepalaDaerah))
        {
            pilihan.Add(new(null, perubahan ? $"Tetapkan perubahan dan terbitkan {naskah}" : $"Tetapkan tim dan terbitkan {naskah}"));
        }

        if (akses.Kewenangan.Contains(PejabatPenetapTim.KepalaDaerah))
        {
            var kepala = Domain.Organisasi.PemerintahDaerah.SebutanKepalaDaerah(kebijakan.GelarKepalaDaerah, namaDaerah);
            pilihan.Add(new(PejabatPenetapTim.KepalaDaerah, $"Catat {naskah} {kepala} dan terbitkan naskahnya"));
        }

        return pilihan;
    }

    /// <summary>
    /// The documents in force, oldest first: the first formed the team, the n-th after it is the n-th amendment (a team's documents
    /// are never corrected in place, <see cref="KoreksiDokumenHandler"/>; each amendment issues one document).
    /// </summary>
    private static List<NaskahRiwayat> RiwayatNaskah(List<NaskahTim> naskah) =>
        [.. naskah.Select((n, i) => new NaskahRiwayat(n.Id, i == 0 ? "Pembentukan" : KeputusanDiubah.SebutanPerubahan(i), n.Nomor, n.Tanggal, n.JabatanPenetap))];

    /// <summary>"Masuk sebagai Anggota Tim: …", "Keluar: …", "Budi: Anggota Tim → Ketua Tim", "Alokasi waktu …", "Rincian diubah: …".</summary>
    private static List<string> UraianPerbedaan(PerbedaanTim p) =>
    [
        .. p.Masuk.Select(x => $"Masuk sebagai {PeranTimTeks.Label(x.Peran)}: {x.Sebutan}"),
        .. p.Keluar.Select(x => $"Keluar ({PeranTimTeks.Label(x.Peran)}): {x.Sebutan}"),
        .. p.Peran.Select(x => $"{x.Sebutan}: {PeranTimTeks.Label(x.Dari)} → {PeranTimTeks.Label(x.Ke)}"),
        .. p.AlokasiBerubah.Select(x => $"Alokasi waktu {x}"),
        .. p.RincianBerubah.Count > 0 ? [$"Rincian diubah: {string.Join(", ", p.RincianBerubah)}"] : Array.Empty<string>(),
    ];

    /// <summary>Reports the user may read: the pimpinan and report recipients all of them; a member those they sent or received.</summary>
    private async Task<List<LaporanDetail>> LaporanAsync(Tim tim, KebijakanTimKerja k, AksesTim akses, Guid saya, List<Guid> jabatan, CancellationToken ct)
    {
        var semua = akses.Pimpinan || akses.PenerimaLaporan || akses.Pengamat;
        var daftar = await db.LaporanKegiatan.AsNoTracking()
            .Where(l => l.TimId == tim.Id && (semua || l.PelaporPegawaiId == saya || l.TujuanPegawaiId == saya))
            .OrderByDescending(l => l.DisampaikanPada).Take(200).ToListAsync(ct);
        var nama = tim.Personel.Where(p => p.PegawaiId is not null).ToDictionary(p => p.PegawaiId!.Value, p => p.Profil.Nama);
        return [.. daftar.Select(l => new LaporanDetail(l.Id, l.Versi, nama.GetValueOrDefault(l.PelaporPegawaiId, ""), PeranTimTeks.Label(l.PeranPelapor),
            l.Tujuan == TujuanLaporanTim.KetuaTim ? "Ketua Tim" : "Pimpinan", l.Uraian, l.DisampaikanPada, l.PermintaanLaporanId is not null, l.UmpanBalik,
            l.UmpanBalik is null && (l.Tujuan == TujuanLaporanTim.KetuaTim ? l.TujuanPegawaiId == saya : tim.MenerimaLaporan(saya, jabatan, k))))];
    }

    /// <summary>
    /// People of other instansi on the answers to this unit's approved outgoing requests whose period overlaps the team's
    /// (V-TIM-07 across instansi), minus those already in the team (<see cref="PersonelTim.OrangInstansiLainYangSama"/>, as the domain refuses them).
    /// </summary>
    private async Task<List<CalonInstansiLain>> CalonInstansiLainAsync(Tim tim, CancellationToken ct)
    {
        var pelibatan = await db.PelibatanInstansi.AsNoTracking()
            .Where(p => p.UnitId == tim.UnitPemilikKinerjaId && p.Arah == ArahPelibatanInstansi.Keluar && p.Status == StatusPelibatanInstansi.Disetujui
                && p.TanggalMulai <= tim.TanggalSelesai && tim.TanggalMulai <= p.TanggalSelesai)
            .OrderByDescending(p => p.TanggalSuratJawaban).Take(20)
            .ToListAsync(ct);
        return
        [
            .. from p in pelibatan
               from o in p.PegawaiInstansiLain.Select((o, i) => (Orang: o, Urutan: i))
               where !tim.Personel.Any(x => x.OrangInstansiLainYangSama(o.Orang.Nama, p.InstansiLain))
               select new CalonInstansiLain(p.Id, o.Urutan, o.Orang.Nama, o.Orang.Nip, o.Orang.Jabatan, p.InstansiLain, p.NomorSuratJawaban ?? ""),
        ];
    }

    /// <summary>
    /// Pegawai of the unit pemilik kinerja and its sub-units holding a definitive position today, and pegawai of other units with an
    /// approved pelibatan for this unit's work overlapping the team's period (V-TIM-07), minus those already in the team.
    /// </summary>
    private async Task<List<CalonPersonel>> CalonPersonelAsync(Tim tim, DateOnly hariIni, CancellationToken ct)
    {
        var sudah = tim.Personel.Select(p => p.PegawaiId).OfType<Guid>().ToList();
        var dalam = await (from pj in db.PemangkuJabatan
                           join j in db.Jabatan on pj.JabatanId equals j.Id
                           join u in db.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
                           join g in db.Pegawai on pj.PegawaiId equals g.Id
                           where (u.Id == tim.UnitPemilikKinerjaId || u.IndukId == tim.UnitPemilikKinerjaId) && pj.Jenis == JenisPemangkuan.Definitif
                               && pj.Tmt <= hariIni && (pj.TanggalSelesai == null || pj.TanggalSelesai >= hariIni) && !(j.MemimpinUnit && u.Id == tim.UnitPemilikKinerjaId) && !sudah.Contains(g.Id)
                           orderby g.Nama
                           select new { g.Id, g.GelarDepan, g.Nama, g.GelarBelakang, Jabatan = j.Nama }).Take(300).ToListAsync(ct);
        var lain = await (from p in db.Permohonan
                          join g in db.Pegawai on p.PegawaiId equals g.Id
                          where p.UnitPemilikKinerjaId == tim.UnitPemilikKinerjaId && p.Status == StatusPermohonan.Disetujui && p.Jenis != JenisPermohonan.SukarelaDalamUnit
                              && p.TanggalMulai <= tim.TanggalSelesai && tim.TanggalMulai <= p.TanggalSelesai && !sudah.Contains(g.Id)
                          select new { g.Id, g.GelarDepan, g.Nama, g.GelarBelakang }).Distinct().ToListAsync(ct);
        var lainIds = lain.Select(l => l.Id).ToList();
        var jabatanLain = await (from pj in db.PemangkuJabatan
                                 join j in db.Jabatan on pj.JabatanId equals j.Id
                                 where lainIds.Contains(pj.PegawaiId) && pj.Jenis == JenisPemangkuan.Definitif && pj.Tmt <= hariIni
                                     && (pj.TanggalSelesai == null || pj.TanggalSelesai >= hariIni)
                                 select new { pj.PegawaiId, j.Nama }).ToListAsync(ct);
        return
        [
            .. dalam.Select(d => new CalonPersonel(d.Id, Pegawai.FormatNama(d.GelarDepan, d.Nama, d.GelarBelakang), d.Jabatan, false)),
            .. lain.Where(l => dalam.All(d => d.Id != l.Id)).Select(l => new CalonPersonel(l.Id, Pegawai.FormatNama(l.GelarDepan, l.Nama, l.GelarBelakang),
                jabatanLain.FirstOrDefault(j => j.PegawaiId == l.Id)?.Nama ?? "", true)),
        ];
    }
}
