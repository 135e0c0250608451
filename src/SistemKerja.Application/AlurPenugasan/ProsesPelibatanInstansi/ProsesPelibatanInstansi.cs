using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.AlurPenugasan.CatatPelibatanMasuk;
using SistemKerja.Application.AlurPenugasan.ProsesPermohonan;
using SistemKerja.Application.Common;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Application.AlurPenugasan.ProsesPelibatanInstansi;

public enum AksiPelibatanInstansi
{
    /// <summary>The PyB agrees (Masuk: instructs the unit, or agrees with its answer; Keluar: sends the letter).</summary>
    Setujui,

    Tolak,

    /// <summary>The unit's head answers with the list of available pegawai.</summary>
    JawabKetersediaan,

    /// <summary>The unit's head gives each listed pegawai a surat penugasan.</summary>
    Terbitkan,

    /// <summary>Keluar: the other instansi's answer is registered.</summary>
    CatatJawabanInstansi,
}

/// <summary>Moves a lintas instansi request one step (WF-4, DOMAIN.md §6.6), as the official of that step.</summary>
[HanyaUntuk(Peran.Pegawai, Peran.PimpinanUnit, Peran.AdminBkpsdm)]
public sealed record ProsesPelibatanInstansiCommand(
    Guid Id,
    AksiPelibatanInstansi Aksi,
    string? Catatan,
    string? NomorSurat,
    DateOnly? TanggalSurat,
    IReadOnlyList<Guid> PegawaiIds,
    string? AlasanPengecualian,
    bool JawabanDisetujui,
    string? DaftarPegawaiInstansiLain,
    uint Versi) : IAppCommand<Result<StatusPelibatanInstansi>>;

internal sealed class ProsesPelibatanInstansiValidator : AbstractValidator<ProsesPelibatanInstansiCommand>
{
    public ProsesPelibatanInstansiValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.Aksi).IsInEnum().WithName("Tindakan");
        RuleFor(x => x.Catatan).MaximumLength(PelibatanInstansi.PanjangTeks).WithName("Catatan/alasan");
        RuleFor(x => x.NomorSurat).MaximumLength(PelibatanInstansi.PanjangNomor).WithName("Nomor surat");
        RuleFor(x => x.AlasanPengecualian).MaximumLength(PelibatanInstansi.PanjangTeks).WithName("Alasan pengecualian");
        RuleFor(x => x.PegawaiIds).Must(d => d.Count <= 200).WithMessage("Paling banyak 200 pegawai dalam satu jawaban.");
        RuleFor(x => x.DaftarPegawaiInstansiLain).MaximumLength(20_000).WithName("Daftar pegawai instansi tujuan");
    }
}

internal sealed class ProsesPelibatanInstansiHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu, PenerbitDokumen penerbitDokumen)
    : ICommandHandler<ProsesPelibatanInstansiCommand, Result<StatusPelibatanInstansi>>
{
    public async ValueTask<Result<StatusPelibatanInstansi>> Handle(ProsesPelibatanInstansiCommand c, CancellationToken cancellationToken)
    {
        var p = await db.PelibatanInstansi.SingleOrDefaultAsync(x => x.Id == c.Id, cancellationToken);
        var saya = pengguna.PegawaiId ?? Guid.Empty;
        if (p is null)
        {
            return Error.TidakDitemukan("Permohonan pelibatan");
        }

        db.TetapkanVersiAsli(p, c.Versi);
        var sekarang = waktu.GetUtcNow();
        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var dipegang = await PencariPejabat.JabatanDipegangAsync(db, pengguna.PegawaiId, hariIni, cancellationToken);
        var jabatan = dipegang.Keys.ToList();
        if (!p.Melibatkan(saya, jabatan) && !pengguna.Memiliki(Peran.AdminBkpsdm))
        {
            return Error.TidakDitemukan("Permohonan pelibatan");
        }

        if (p.Versi != c.Versi)
        {
            return Error.DiubahPenggunaLain; // a double click or an old tab
        }

        Result hasil;
        switch (c.Aksi)
        {
            case AksiPelibatanInstansi.Setujui:
                hasil = p.SetujuiPejabatBerwenang(saya, pengguna.Nama, jabatan, c.NomorSurat, c.TanggalSurat, c.Catatan, sekarang);
                break;
            case AksiPelibatanInstansi.Tolak:
                hasil = p.Tolak(saya, pengguna.Nama, jabatan, c.Catatan, sekarang);
                if (hasil.Berhasil)
                {
                    PenerbitSurat.Beri(db, [p.DibuatOlehPegawaiId], $"Pelibatan lintas instansi ({p.InstansiLain}) ditolak: {c.Catatan}", $"/Penugasan/Instansi/Detail/{p.Id}", sekarang);
                }

                break;
            case AksiPelibatanInstansi.JawabKetersediaan:
                hasil = await JawabAsync(p, c, saya, jabatan, hariIni, sekarang, cancellationToken);
                break;
            case AksiPelibatanInstansi.Terbitkan:
                hasil = await TerbitkanAsync(p, saya, dipegang, jabatan, hariIni, sekarang, cancellationToken);
                break;
            default:
                hasil = p.CatatJawabanInstansi(saya, pengguna.Nama, jabatan, pengguna.Memiliki(Peran.AdminBkpsdm), c.JawabanDisetujui, c.NomorSurat, c.TanggalSurat,
                    UraiDaftar(c.DaftarPegawaiInstansiLain), c.Catatan, sekarang);
                if (hasil.Berhasil)
                {
                    PenerbitSurat.Beri(db, [p.DibuatOlehPegawaiId], $"Jawaban {p.InstansiLain} atas permohonan pelibatan telah dicatat.", $"/Penugasan/Instansi/Detail/{p.Id}", sekarang);
                }

                break;
        }

        if (hasil.Gagal)
        {
            return Result<StatusPelibatanInstansi>.Fail(hasil.Errors);
        }

        await PejabatPelibatan.BeritahuAsync(db, p, hariIni, sekarang, cancellationToken);
        return p.Status;
    }

    private async Task<Result> JawabAsync(PelibatanInstansi p, ProsesPelibatanInstansiCommand c, Guid saya, List<Guid> jabatan, DateOnly hariIni, DateTimeOffset sekarang, CancellationToken ct)
    {
        var diUnit = await PegawaiDiUnitAsync(db, p.UnitId, hariIni, ct);
        var ketersediaan = await ProsesPermohonanHandler.HitungKetersediaanBanyakAsync(db, c.PegawaiIds, p.TanggalMulai, p.TanggalSelesai, p.AlokasiPersen, ct);

        return p.JawabKetersediaan(saya, pengguna.Nama, jabatan, ketersediaan, [.. diUnit.Select(x => x.PegawaiId)], c.AlasanPengecualian, c.Catatan, sekarang);
    }

    private async Task<Result> TerbitkanAsync(PelibatanInstansi p, Guid saya, Dictionary<Guid, JenisPemangkuan> dipegang, List<Guid> jabatan, DateOnly hariIni,
        DateTimeOffset sekarang, CancellationToken ct)
    {
        var terbit = p.Terbitkan(saya, pengguna.Nama, jabatan, sekarang);
        if (terbit.Gagal)
        {
            return terbit;
        }

        var diUnit = (await PegawaiDiUnitAsync(db, p.UnitId, hariIni, ct)).ToDictionary(x => x.PegawaiId, x => x.JabatanId);
        var dasar = $"Surat permohonan pelibatan {p.InstansiLain} Nomor {p.NomorSuratPermohonan} tanggal {p.TanggalSuratPermohonan.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"))}";
        var tembusan = new List<string> { "Pejabat yang Berwenang (Sekretaris Daerah)", $"Pejabat yang Berwenang {p.InstansiLain}" };
        foreach (var id in terbit.Nilai)
        {
            if (!diUnit.TryGetValue(id, out var jabatanPegawai))
            {
                return new Error("PegawaiPindah", "Salah satu pegawai dalam daftar tidak lagi berada di unit ini; minta jawaban ketersediaan diperbarui.", ErrorKind.Konflik);
            }

            var penugasan = Penugasan.DariPelibatanInstansi(p, id, jabatanPegawai, p.PimpinanUnitJabatanId, sekarang);
            db.Penugasan.Add(penugasan);

            // HSU Ps 14e.4: tembusan to the PyB of both instansi and to the pegawai's own Pejabat Penilai Kinerja.
            var ppk = await PejabatPenilaiAsync(id, hariIni, ct);
            var tembusanPegawai = ppk is null || ppk.JabatanId == p.PimpinanUnitJabatanId ? tembusan : [.. tembusan, ppk.Jabatan];
            await PenerbitSurat.TerbitkanAsync(db, penerbitDokumen, penugasan, saya, dipegang[p.PimpinanUnitJabatanId], [dasar], tembusanPegawai, hariIni, ct);
            PenerbitSurat.Beri(db, [id], $"Anda ditugaskan pada {p.InstansiLain}: {p.MaksudDanTujuan}", $"/Penugasan/Tugas/{penugasan.Id}", sekarang);
        }

        return Result.Ok();
    }

    private async Task<Pejabat?> PejabatPenilaiAsync(Guid pegawaiId, DateOnly hariIni, CancellationToken ct)
    {
        var jabatan = await PencariPejabat.JabatanDefinitifAsync(db, pegawaiId, hariIni, ct);
        if (jabatan is null)
        {
            return null;
        }

        var kebijakan = await db.PemerintahDaerah.Select(x => x.Kebijakan).SingleAsync(ct);
        return (await PencariPejabat.TentukanAsync(db, kebijakan, jabatan, jabatan.UnitId, jabatan.PerangkatDaerahId, hariIni, ct)).PejabatPenilaiAsal;
    }

    /// <summary>The JF/Pelaksana holding a definitive position in the unit or below it today.</summary>
    internal static async Task<List<(Guid PegawaiId, Guid JabatanId, string Nama, string Nip, string Jabatan)>> PegawaiDiUnitAsync(IAppDb db, Guid unitId, DateOnly hariIni, CancellationToken ct)
    {
        var pdId = await db.UnitOrganisasi.Where(u => u.Id == unitId).Select(u => u.PerangkatDaerahId).SingleAsync(ct);
        var unit = await db.UnitOrganisasi.AsNoTracking().Where(u => u.PerangkatDaerahId == pdId).Select(u => new { u.Id, u.IndukId }).ToListAsync(ct);
        var anak = unit.ToLookup(u => u.IndukId);
        var cakupan = new HashSet<Guid> { unitId };
        var antre = new Queue<Guid>([unitId]);
        while (antre.TryDequeue(out var u))
        {
            foreach (var a in anak[u].Where(a => cakupan.Add(a.Id)))
            {
                antre.Enqueue(a.Id);
            }
        }

        var ids = cakupan.ToList();
        var baris = await (from pj in db.PemangkuJabatan.AsNoTracking()
                           join j in db.Jabatan on pj.JabatanId equals j.Id
                           join g in db.Pegawai on pj.PegawaiId equals g.Id
                           where ids.Contains(j.UnitOrganisasiId) && pj.Jenis == JenisPemangkuan.Definitif && !j.MemimpinUnit
                               && (j.Jenis == Domain.Organisasi.JenisJabatan.Fungsional || j.Jenis == Domain.Organisasi.JenisJabatan.Pelaksana)
                               && pj.Tmt <= hariIni && (pj.TanggalSelesai == null || pj.TanggalSelesai >= hariIni)
                           orderby g.Nama
                           select new { g.Id, JabatanId = j.Id, g.GelarDepan, g.Nama, g.GelarBelakang, g.Nip, Jabatan = j.Nama })
            .ToListAsync(ct);
        return [.. baris.Select(b => (b.Id, b.JabatanId, Pegawai.FormatNama(b.GelarDepan, b.Nama, b.GelarBelakang), b.Nip, b.Jabatan))];
    }

    /// <summary>One pegawai per line: "Nama; NIP; Jabatan" (NIP and jabatan optional).</summary>
    internal static List<PegawaiInstansiLain> UraiDaftar(string? teks) =>
    [
        .. (teks ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(b => b.Split(';', StringSplitOptions.TrimEntries))
            .Where(b => b[0].Length > 0)
            .Select(b => new PegawaiInstansiLain(Potong(b[0], PelibatanInstansi.PanjangNama), b.Length > 1 && b[1].Length > 0 ? Potong(b[1], 30) : null,
                b.Length > 2 && b[2].Length > 0 ? Potong(b[2], PelibatanInstansi.PanjangNama) : null)),
    ];

    private static string Potong(string s, int n) => s.Length <= n ? s : s[..n];
}
