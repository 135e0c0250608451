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

namespace SistemKerja.Application.TimKerja.TetapkanTim;

/// <summary>
/// WF-2 step 2 (DOMAIN.md §6.4, §8.2): the official whose authority matches the team's scope in the region's setting
/// (<c>timKerja.decreeAuthority</c>) sets the team by Keputusan: V-TIM-01 content, V-TIM-06 signer, V-TIM-07 pelibatan and
/// the ketua rules against the final composition. The Keputusan with its Lampiran is issued as a numbered PDF and the
/// members are told.
/// </summary>
[HanyaUntuk(Peran.PimpinanUnit)]
public sealed record TetapkanTimCommand(Guid TimId, uint Versi) : IAppCommand<Result<Guid>>;

internal sealed class TetapkanTimValidator : AbstractValidator<TetapkanTimCommand>
{
    public TetapkanTimValidator() => RuleFor(x => x.TimId).NotEmpty().WithName("Tim Kerja");
}

internal sealed class TetapkanTimHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu, PenerbitDokumen penerbitDokumen, IPembuatPdf pdf)
    : ICommandHandler<TetapkanTimCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(TetapkanTimCommand c, CancellationToken cancellationToken)
    {
        var dimuat = await PemuatTim.MuatAsync(db, c.TimId, c.Versi, cancellationToken);
        if (dimuat.Gagal || pengguna.PegawaiId is not { } saya)
        {
            return dimuat.Gagal ? Result<Guid>.Fail(dimuat.Errors) : Error.Terlarang("Akun Anda tidak terhubung dengan data pegawai.");
        }

        var tim = dimuat.Nilai;
        var hariIni = PemuatTim.HariIni(waktu);
        var pemda = await db.PemerintahDaerah.AsNoTracking().Select(p => new { p.Kebijakan, p.DasarHukum }).SingleAsync(cancellationToken);
        var k = pemda.Kebijakan.TimKerja;
        var dipegang = await PencariPejabat.JabatanDipegangAsync(db, saya, hariIni, cancellationToken);
        var kewenangan = await PemuatTim.KewenanganAsync(db, tim, dipegang, hariIni, cancellationToken);
        if (kewenangan.Count == 0)
        {
            return Error.TidakDitemukan("Tim Kerja");
        }

        // Sign in the position that carries the authority the region asks for; without one, the domain says who must sign.
        var diminta = k.Penetap.Untuk(tim.Cakupan, tim.ProgramStrategisLintasPerangkatDaerah);
        var jabatanId = diminta.Where(kewenangan.ContainsKey).Select(j => kewenangan[j]).FirstOrDefault(kewenangan.Values.First());
        var jenisDipegang = kewenangan.Where(x => x.Value == jabatanId).Select(x => x.Key).ToList();
        var namaJabatan = await db.Jabatan.Where(j => j.Id == jabatanId).Select(j => j.Nama).SingleAsync(cancellationToken);
        var orang = await db.Pegawai.AsNoTracking().Where(p => p.Id == saya)
            .Select(p => new { p.GelarDepan, p.Nama, p.GelarBelakang, p.Nip, p.GolonganRuang, p.GolonganPppk }).SingleAsync(cancellationToken);
        var nama = Pegawai.FormatNama(orang.GelarDepan, orang.Nama, orang.GelarBelakang);

        var hasil = tim.Tetapkan(new PenetapKeputusanTim(jabatanId, namaJabatan, saya, nama, jenisDipegang), k, hariIni, waktu.GetUtcNow());
        if (hasil.Gagal)
        {
            return Result<Guid>.Fail(hasil.Errors);
        }

        var jabatanCetak = dipegang[jabatanId].Jabatan(namaJabatan);
        var lampiran = await LampiranAsync(tim, hariIni, cancellationToken);
        var unit = await db.UnitOrganisasi.Where(u => u.Id == tim.UnitPemilikKinerjaId).Select(u => u.Nama).SingleAsync(cancellationToken);
        var pelaporan = "Ketua Tim Kerja melaporkan pelaksanaan tugas secara berkala kepada " + tim.Pimpinan.PimpinanPemilikKinerja.NamaJabatan
            + (tim.Pimpinan.PejabatPenilai is { } ppk && k.PenerimaLaporanKetua == PenerimaLaporanTim.PejabatPenilaiAtauPimpinanUnit ? $" dan/atau {ppk.NamaJabatan}" : "")
            + ", yang dapat meminta laporan sewaktu-waktu; kegiatan dinyatakan selesai setelah hasilnya diterima.";
        var dokumen = await penerbitDokumen.DokumenAsync(JenisDokumen.KeputusanTimKerja, jabatanId,
            new DokumenBaru($"Keputusan pembentukan Tim Kerja {tim.Nama}", null, nama, orang.Nip, jabatanCetak, tim.Id),
            cetak => pdf.KeputusanTimAsync(new KeputusanTimCetak(
                cetak, jabatanCetak, tim.Nama,
                [
                    $"bahwa dalam rangka mencapai target kinerja {unit} secara efektif dan efisien melalui sistem kerja pada instansi pemerintah untuk penyederhanaan birokrasi, perlu membentuk Tim Kerja {tim.Nama};",
                    "bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a, perlu menetapkan Keputusan tentang Pembentukan Tim Kerja;",
                ],
                [
                    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun 2022 tentang Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi;",
                    pemda.DasarHukum.TrimEnd('.', ';') + ";",
                ],
                tim.Tugas, tim.Sasaran, tim.SatuanSasaran, tim.TanggalMulai, tim.TanggalSelesai, pelaporan, lampiran,
                nama, Kepangkatan.Teks(orang.GolonganRuang, orang.GolonganPppk), orang.Nip,
                tim.Pimpinan.PimpinanPemilikKinerja.JabatanId == jabatanId ? [] : [tim.Pimpinan.PimpinanPemilikKinerja.NamaJabatan]), cancellationToken),
            cancellationToken);

        var penerima = tim.Personel.Select(p => p.PegawaiId).OfType<Guid>().Append(tim.DibuatOlehPegawaiId).Where(id => id != saya);
        PenerbitSurat.Beri(db, penerima, $"Tim Kerja {tim.Nama} ditetapkan ({dokumen.Nomor})", $"/Tim/Detail/{tim.Id}", waktu.GetUtcNow());
        db.TandaiBerubah(tim);
        return dokumen.Id;
    }

    /// <summary>
    /// The susunan as printed (MUBA T1/T2 lampiran): Pengarah (the head of the Perangkat Daerah pemilik kinerja, for teams that
    /// cross Perangkat Daerah), Penanggung Jawab (the PUO pemilik kinerja), the penanggung jawab tim, the ketua, the anggota.
    /// </summary>
    private async Task<List<BarisLampiranTim>> LampiranAsync(Tim tim, DateOnly tanggal, CancellationToken ct)
    {
        var baris = new List<BarisLampiranTim>();
        var pejabat = new List<(string Kedudukan, Guid JabatanId)>();
        if (tim.Cakupan >= CakupanTim.LintasPerangkatDaerah
            && await db.UnitOrganisasi.Where(u => u.PerangkatDaerahId == tim.PerangkatDaerahPemilikKinerjaId && u.IndukId == null).Select(u => (Guid?)u.Id)
                .FirstOrDefaultAsync(ct) is { } akar
            && await PencariPejabat.PimpinanUnitOrganisasiAsync(db, akar, tanggal, ct) is { } kepala && kepala != tim.Pimpinan.PimpinanPemilikKinerja.JabatanId)
        {
            pejabat.Add(("Pengarah", kepala));
        }

        pejabat.Add(("Penanggung Jawab", tim.Pimpinan.PimpinanPemilikKinerja.JabatanId));
        var ids = pejabat.Select(p => p.JabatanId).ToList();
        var pemangku = await (from pj in db.PemangkuJabatan.AsNoTracking()
                              join j in db.Jabatan on pj.JabatanId equals j.Id
                              join g in db.Pegawai on pj.PegawaiId equals g.Id
                              join u in db.UnitOrganisasi on j.UnitOrganisasiId equals u.Id
                              where ids.Contains(pj.JabatanId) && pj.Tmt <= tanggal && (pj.TanggalSelesai == null || pj.TanggalSelesai >= tanggal)
                              orderby pj.Jenis
                              select new { pj.JabatanId, j.Nama, g.GelarDepan, Orang = g.Nama, g.GelarBelakang, g.Nip, Unit = u.Nama })
            .ToListAsync(ct);
        foreach (var (kedudukan, jabatanId) in pejabat)
        {
            var p = pemangku.FirstOrDefault(x => x.JabatanId == jabatanId);
            baris.Add(p is null
                ? new BarisLampiranTim(kedudukan, "(lowong)", "", tim.Pimpinan.PimpinanPemilikKinerja.NamaJabatan, "")
                : new BarisLampiranTim(kedudukan, Pegawai.FormatNama(p.GelarDepan, p.Orang, p.GelarBelakang), p.Nip, p.Nama, p.Unit));
        }

        var unitIds = tim.Personel.Select(p => p.Profil.Asal.UnitOrganisasiId).OfType<Guid>().Distinct().ToList();
        var asal = await (from u in db.UnitOrganisasi.AsNoTracking()
                          join d in db.PerangkatDaerah on u.PerangkatDaerahId equals d.Id
                          where unitIds.Contains(u.Id)
                          select new { u.Id, Unit = u.Nama, Pd = d.Nama }).ToDictionaryAsync(x => x.Id, ct);
        var urutan = tim.Personel.OrderBy(p => p.Peran switch { PeranTim.PenanggungJawabTim => 0, PeranTim.Ketua => 1, _ => 2 }).ThenBy(p => p.Profil.Nama);
        foreach (var p in urutan)
        {
            var dari = p.Profil.Asal.UnitOrganisasiId is { } uid && asal.TryGetValue(uid, out var a) ? (a.Unit == a.Pd ? a.Pd : $"{a.Unit}, {a.Pd}") : p.Profil.Asal.InstansiLain ?? "";
            baris.Add(new BarisLampiranTim(PeranTimTeks.Label(p.Peran), p.Profil.Nama, p.Profil.Nip ?? "", p.Profil.NamaJabatan, dari));
        }

        return baris;
    }
}
