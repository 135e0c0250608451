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
/// <param name="Sebagai">
/// The authority to act in when the user holds several the region accepts for this team (a Sekda in INHIL sets a lintas unit
/// team by his own Keputusan or records the Bupati's). Null: the user's own authority first, a Keputusan Kepala Daerah only
/// when nothing else will do.
/// </param>
[HanyaUntuk(Peran.PimpinanUnit)]
public sealed record TetapkanTimCommand(Guid TimId, uint Versi, PejabatPenetapTim? Sebagai = null) : IAppCommand<Result<Guid>>;

internal sealed class TetapkanTimValidator : AbstractValidator<TetapkanTimCommand>
{
    public TetapkanTimValidator()
    {
        RuleFor(x => x.TimId).NotEmpty().WithName("Tim Kerja");
        RuleFor(x => x.Sebagai).IsInEnum().WithMessage("Pilih kewenangan penetapan yang tersedia.");
    }
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
        var pemda = await db.PemerintahDaerah.AsNoTracking()
            .Select(p => new { p.Kebijakan, p.DasarHukum, p.Nama, p.NamaKepalaDaerah }).SingleAsync(cancellationToken);
        var k = pemda.Kebijakan.TimKerja;
        var dipegang = await PencariPejabat.JabatanDipegangAsync(db, saya, hariIni, cancellationToken);
        var kewenangan = await PemuatTim.KewenanganAsync(db, tim, dipegang, hariIni, cancellationToken);
        if (kewenangan.Count == 0)
        {
            return Error.TidakDitemukan("Tim Kerja");
        }

        // Act in the authority the region asks for (the one chosen, or the user's own before a Keputusan Kepala Daerah);
        // without one, the domain says who must sign.
        var diminta = tim.PejabatBerwenang(k).Where(kewenangan.ContainsKey).ToList();
        if (c.Sebagai is { } dipilih && !diminta.Contains(dipilih))
        {
            return Error.Terlarang($"Anda tidak dapat menetapkan tim ini sebagai {dipilih.Label()}.");
        }

        var sebagai = c.Sebagai ?? diminta.OrderBy(j => j == PejabatPenetapTim.KepalaDaerah).Cast<PejabatPenetapTim?>().FirstOrDefault();
        var jabatanId = sebagai is { } s ? kewenangan[s] : kewenangan.Values.First();
        var namaJabatan = await db.Jabatan.Where(j => j.Id == jabatanId).Select(j => j.Nama).SingleAsync(cancellationToken);
        var orang = await db.Pegawai.AsNoTracking().Where(p => p.Id == saya)
            .Select(p => new { p.GelarDepan, p.Nama, p.GelarBelakang, p.Nip, p.GolonganRuang, p.GolonganPppk }).SingleAsync(cancellationToken);
        var nama = Pegawai.FormatNama(orang.GelarDepan, orang.Nama, orang.GelarBelakang);
        var jabatanSendiri = dipegang[jabatanId].Jabatan(namaJabatan);

        // The same position carries the Sekda's own authority and the recording of the Kepala Daerah's decree: one or the other.
        var penetap = sebagai == PejabatPenetapTim.KepalaDaerah
            ? PenetapKeputusanTim.KepalaDaerah(Domain.Organisasi.PemerintahDaerah.SebutanKepalaDaerah(pemda.Kebijakan.GelarKepalaDaerah, pemda.Nama), pemda.NamaKepalaDaerah,
                jabatanId, saya, $"{nama} ({jabatanSendiri})")
            : new PenetapKeputusanTim(jabatanId, namaJabatan, saya, nama,
                [.. kewenangan.Where(x => x.Value == jabatanId && x.Key != PejabatPenetapTim.KepalaDaerah).Select(x => x.Key)]);
        if (penetap.Gagal)
        {
            return Result<Guid>.Fail(penetap.Errors);
        }

        // An amendment changes the decree in force (read before the domain replaces it); those who leave are told too.
        var diubah = tim.Keputusan is { } berlaku ? await DiubahAsync(tim, berlaku, cancellationToken) : null;
        var alasanPerubahan = tim.Perubahan is { } perubahan ? SambunganKalimat(perubahan.Alasan) : null;
        var keluar = tim.Perubahan?.Semula.Personel.Select(p => p.Profil.PegawaiId).OfType<Guid>().ToList() ?? [];
        var hasil = tim.Tetapkan(penetap.Nilai, k, hariIni, waktu.GetUtcNow());
        if (hasil.Gagal)
        {
            return Result<Guid>.Fail(hasil.Errors);
        }

        // A Keputusan Kepala Daerah prints the office and the name alone: the Kepala Daerah has no NIP or pangkat.
        var ttd = penetap.Nilai.OlehKepalaDaerah
            ? new Penandatangan(penetap.Nilai.NamaJabatan, penetap.Nilai.Nama, "", "")
            : new Penandatangan(jabatanSendiri, nama, Kepangkatan.Teks(orang.GolonganRuang, orang.GolonganPppk), orang.Nip);
        var susunan = await SusunanTim.MuatAsync(db, tim, hariIni, cancellationToken);
        var unit = await db.UnitOrganisasi.Where(u => u.Id == tim.UnitPemilikKinerjaId).Select(u => u.Nama).SingleAsync(cancellationToken);
        var tembusan = tim.Pimpinan.PimpinanPemilikKinerja.JabatanId == jabatanId ? [] : new[] { tim.Pimpinan.PimpinanPemilikKinerja.NamaJabatan };
        var penerimaLaporan = tim.Pimpinan.PimpinanPemilikKinerja.NamaJabatan
            + (tim.Pimpinan.PejabatPenilai is { } ppk && k.PenerimaLaporanKetua == PenerimaLaporanTim.PejabatPenilaiAtauPimpinanUnit ? $" dan/atau {ppk.NamaJabatan}" : "");
        var naskah = k.NaskahPembentukan.Label();
        var baru = new DokumenBaru(diubah is null ? $"{naskah} pembentukan {tim.SebutanLengkap}" : $"{naskah} perubahan {tim.SebutanLengkap}",
            null, ttd.Nama, ttd.Nip, ttd.Jabatan, tim.Id);
        var dokumen = k.NaskahPembentukan == NaskahPembentukanTim.SuratTugas
            ? await penerbitDokumen.DokumenAsync(JenisDokumen.SuratTugas, jabatanId, baru,
                cetak => pdf.SuratTugasTimAsync(new SuratTugasTimCetak(
                    cetak, tim.SebutanLengkap, tim.Cakupan >= CakupanTim.LintasPerangkatDaerah ? $"PEMERINTAH {cetak.Kop.PemerintahDaerah}" : cetak.Kop.PerangkatDaerah,
                    [
                        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
                        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun 2022 tentang Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi;",
                        .. diubah is null
                            ? new[] { pemda.DasarHukum.TrimEnd('.', ';') + "." }
                            : [pemda.DasarHukum.TrimEnd('.', ';') + ";",
                                $"{diubah.Berlaku.Sebutan(TanggalIndonesia.Teks)} tentang {diubah.NamaTimPembentukan}, yang diubah dengan Surat Tugas ini karena {alasanPerubahan}."],
                    ],
                    UntukSuratTugas(tim, unit, penerimaLaporan, cetak.Tanggal),
                    tim.Cakupan >= CakupanTim.LintasPerangkatDaerah ? susunan.Ringkas() : susunan.Rinci(),
                    ttd.Jabatan, ttd.Nama, ttd.Pangkat, ttd.Nip, tembusan), cancellationToken),
                cancellationToken)
            : await penerbitDokumen.DokumenAsync(JenisDokumen.KeputusanTimKerja, jabatanId, baru,
                cetak => pdf.KeputusanTimAsync(new KeputusanTimCetak(
                    cetak, ttd.Jabatan, tim.SebutanLengkap,
                    diubah is null
                        ?
                        [
                            $"bahwa dalam rangka mencapai target kinerja {unit} secara efektif dan efisien melalui sistem kerja pada instansi pemerintah untuk penyederhanaan birokrasi, perlu membentuk {tim.SebutanLengkap};",
                            "bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a, perlu menetapkan Keputusan tentang Pembentukan Tim Kerja;",
                        ]
                        :
                        [
                            $"bahwa {diubah.NamaTimPembentukan} telah dibentuk dengan {diubah.Pembentukan.Sebutan(TanggalIndonesia.Teks)}"
                                + (diubah.PerubahanTerakhir is { } terakhir ? $", sebagaimana telah diubah terakhir dengan {terakhir.Sebutan(TanggalIndonesia.Teks)};" : ";"),
                            $"bahwa {alasanPerubahan}, sehingga perlu mengubah {tim.SebutanLengkap};",
                            $"bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a dan huruf b, perlu menetapkan Keputusan tentang {diubah.Perubahan} atas "
                                + $"{diubah.Pembentukan.Sebutan(TanggalIndonesia.Teks, denganTanggal: false)} tentang Pembentukan {diubah.NamaTimPembentukan};",
                        ],
                    [
                        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun 2022 tentang Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi;",
                        pemda.DasarHukum.TrimEnd('.', ';') + ";",
                    ],
                    tim.Tugas, tim.Sasaran, tim.SatuanSasaran, tim.TanggalMulai, tim.TanggalSelesai,
                    $"Ketua Tim Kerja melaporkan pelaksanaan tugas secara berkala kepada {penerimaLaporan}, yang dapat meminta laporan sewaktu-waktu; kegiatan dinyatakan selesai setelah hasilnya diterima.",
                    susunan.BarisKeputusan(), ttd.Nama, ttd.Pangkat, ttd.Nip, tembusan)
                {
                    KopJabatan = penetap.Nilai.OlehKepalaDaerah ? ttd.Jabatan : null,
                    Mengubah = diubah,
                }, cancellationToken),
                cancellationToken);

        var penerima = tim.Personel.Select(p => p.PegawaiId).OfType<Guid>().Concat(keluar).Append(tim.DibuatOlehPegawaiId).Where(id => id != saya);
        PenerbitSurat.Beri(db, penerima, $"{tim.SebutanLengkap} {(diubah is null ? "ditetapkan" : "diubah")} ({dokumen.Nomor})", $"/Tim/Detail/{tim.Id}",
            waktu.GetUtcNow());
        db.TandaiBerubah(tim);
        return dokumen.Id;
    }

    /// <summary>
    /// What an amendment changes: the forming document and, from the second amendment on, the last one (the team's documents in
    /// force, oldest first). A set team always has its forming document; its absence is a bug, not an expected failure.
    /// </summary>
    private async Task<KeputusanDiubah> DiubahAsync(Tim tim, KeputusanTim berlaku, CancellationToken ct)
    {
        var naskah = await PemuatTim.NaskahTimAsync(db, tim.Id, ct);
        var pembentukan = naskah.Count > 0 ? naskah[0] : throw new InvalidOperationException($"Tim Kerja {tim.Id} is set but has no document in force.");
        var ke = berlaku.PerubahanKe + 1;
        return new KeputusanDiubah(pembentukan.Disebut, tim.SebutanPembentukan, ke,
            ke >= 2 ? naskah[^1].Disebut : null);
    }

    /// <summary>
    /// The PUO's reason as it continues a sentence ("bahwa …", "karena …"): no closing stop, and a capital that only began the
    /// sentence lowered ("Satu anggota …" → "satu anggota …"; "BKPSDM …" stays).
    /// </summary>
    internal static string SambunganKalimat(string alasan)
    {
        var a = alasan.Trim().TrimEnd('.', ';').TrimEnd();
        return a.Length > 1 && char.IsUpper(a[0]) && char.IsLower(a[1]) ? char.ToLowerInvariant(a[0]) + a[1..] : a;
    }

    /// <summary>Who is printed under the signature.</summary>
    private sealed record Penandatangan(string Jabatan, string Nama, string Pangkat, string Nip);

    /// <summary>
    /// "Untuk" of MUBA T1/T2 (DOMAIN.md §11.1–11.2): 1. the period ("Terhitung mulai tanggal ditetapkan … sampai dengan akhir Bulan …",
    /// or from the team's own start when it begins later) and the team; then each duty; then reporting the result.
    /// </summary>
    private static List<string> UntukSuratTugas(Tim tim, string unit, string penerimaLaporan, DateOnly ditetapkan)
    {
        var mulai = tim.TanggalMulai > ditetapkan ? $"tanggal {TanggalIndonesia.Teks(tim.TanggalMulai)}" : "tanggal ditetapkan Surat Tugas ini";
        var untuk = new List<string> { $"Terhitung mulai {mulai} sampai dengan {TanggalIndonesia.SampaiDengan(tim.TanggalSelesai)}, menjadi {tim.SebutanLengkap} pada {unit}" };
        untuk.AddRange(tim.Tugas.Select(t => t.Trim().TrimEnd('.', ';')));
        untuk.Add($"Melaporkan hasil pelaksanaan tugas kepada {penerimaLaporan}");
        return [.. untuk.Select((u, i) => u + (i == untuk.Count - 1 ? "." : i == untuk.Count - 2 ? "; dan" : ";"))];
    }
}
