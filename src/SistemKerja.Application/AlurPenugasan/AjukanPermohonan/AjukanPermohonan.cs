using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.Bersama;
using SistemKerja.Application.Common;
using SistemKerja.Application.Organisasi.Struktur;
using SistemKerja.Application.NaskahDinas;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Application.AlurPenugasan.AjukanPermohonan;

/// <summary>
/// Submits a request: a surat permohonan pelibatan from the PUO pemilik kinerja for a pegawai of another unit or
/// Perangkat Daerah (WF-3), or a pengajuan sukarela of the signed-in JF/Pelaksana in their own unit (WF-5) or in another
/// unit (WF-6). The steps are planned from the region's policy at this moment.
/// </summary>
[HanyaUntuk(Peran.Pegawai, Peran.PimpinanUnit)]
public sealed record AjukanPermohonanCommand(
    JenisPermohonan Jenis,
    Guid? PegawaiId,
    Guid? UnitPemilikKinerjaId,
    string? MaksudDanTujuan,
    string? KompetensiDibutuhkan,
    string? EkspektasiTargetKinerja,
    DateOnly TanggalMulai,
    DateOnly TanggalSelesai,
    bool PenuhWaktu,
    int AlokasiPersen,
    string? NamaTimKerja) : IAppCommand<Result<Guid>>;

internal sealed class AjukanPermohonanValidator : AbstractValidator<AjukanPermohonanCommand>
{
    public AjukanPermohonanValidator()
    {
        RuleFor(x => x.Jenis).IsInEnum().WithName("Jenis permohonan");
        RuleFor(x => x.PegawaiId).NotEmpty().When(x => x.Jenis == JenisPermohonan.PenunjukanLintasUnit).WithName("Pegawai yang dimohon");
        RuleFor(x => x.UnitPemilikKinerjaId).NotEmpty().When(x => x.Jenis != JenisPermohonan.SukarelaDalamUnit).WithName("Unit organisasi");
        RuleFor(x => x.MaksudDanTujuan).NotEmpty().MaximumLength(Permohonan.PanjangTeks).WithName("Maksud dan tujuan");
        RuleFor(x => x.KompetensiDibutuhkan).MaximumLength(Permohonan.PanjangTeks).WithName("Kompetensi yang dibutuhkan");
        RuleFor(x => x.EkspektasiTargetKinerja).MaximumLength(Permohonan.PanjangTeks).WithName("Ekspektasi/target kinerja");
        RuleFor(x => x.NamaTimKerja).MaximumLength(Permohonan.PanjangNamaTim).WithName("Tim Kerja");
    }
}

internal sealed class AjukanPermohonanHandler(IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu, PenerbitDokumen penerbitDokumen) : ICommandHandler<AjukanPermohonanCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(AjukanPermohonanCommand c, CancellationToken cancellationToken)
    {
        if (pengguna.PegawaiId is not { } saya)
        {
            return Error.Terlarang("Akun Anda tidak terhubung dengan data pegawai.");
        }

        var sekarang = waktu.GetUtcNow();
        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var kebijakan = await db.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync(cancellationToken);
        var sukarela = c.Jenis != JenisPermohonan.PenunjukanLintasUnit;

        var dapatDitugaskan = sukarela ? [JenisJabatan.Fungsional, JenisJabatan.Pelaksana] : kebijakan.JenisDapatDitugaskan;
        var dicari = await PencariPejabat.PegawaiYangDapatDitugaskanAsync(db, sukarela ? saya : c.PegawaiId!.Value, dapatDitugaskan, hariIni,
            sukarela ? "Anda tidak memangku jabatan definitif pada hari ini." : "Pegawai yang dimohon tidak memangku jabatan definitif pada hari ini.",
            nameof(c.PegawaiId), cancellationToken);
        if (dicari.Gagal)
        {
            return Result<Guid>.Fail(dicari.Errors);
        }

        var pegawai = dicari.Nilai;

        // The unit whose work it is: chosen by the requester, or (sukarela dalam unit) the pegawai's own unit organisasi.
        var unitId = c.UnitPemilikKinerjaId ?? Guid.Empty;
        StrukturPadaTanggal? strukturAsal = null;
        if (c.Jenis == JenisPermohonan.SukarelaDalamUnit)
        {
            // Both look-ups below read the pegawai's own Perangkat Daerah: load its structure once.
            strukturAsal = await PemuatStruktur.MuatAsync(db, pegawai.PerangkatDaerahId, hariIni, cancellationToken);
            var sendiri = await PencariPejabat.TentukanAsync(db, kebijakan, pegawai, pegawai.UnitId, pegawai.PerangkatDaerahId, hariIni, cancellationToken,
                strukturAsal);
            unitId = sendiri.PimpinanUnitAsal is { } puo
                ? await db.Jabatan.Where(j => j.Id == puo.JabatanId).Select(j => j.UnitOrganisasiId).SingleAsync(cancellationToken)
                : pegawai.UnitId;
        }

        var unit = await db.UnitOrganisasi.AsNoTracking()
            .Where(u => u.Id == unitId && (u.DitutupPada == null || u.DitutupPada > hariIni))
            .Select(u => new { u.Id, u.PerangkatDaerahId })
            .SingleOrDefaultAsync(cancellationToken);
        if (unit is null)
        {
            return new Error("UnitTidakDitemukan", "Unit organisasi pemilik kinerja tidak ditemukan atau sudah ditutup.", ErrorKind.TidakDitemukan, nameof(c.UnitPemilikKinerjaId));
        }

        var pejabat = await PencariPejabat.TentukanAsync(db, kebijakan, pegawai, unit.Id, unit.PerangkatDaerahId, hariIni, cancellationToken, strukturAsal);
        var cakupan = unit.PerangkatDaerahId != pegawai.PerangkatDaerahId ? CakupanPenugasan.LintasPerangkatDaerah
            : pejabat.PimpinanUnitAsal?.JabatanId == pejabat.PimpinanUnitPemilikKinerja?.JabatanId ? CakupanPenugasan.DalamUnit
            : CakupanPenugasan.LintasUnit;

        var dipegang = await PencariPejabat.JabatanDipegangAsync(db, saya, hariIni, cancellationToken);
        if (c.Jenis == JenisPermohonan.PenunjukanLintasUnit)
        {
            if (pejabat.PimpinanUnitPemilikKinerja is not { } pemilik || !dipegang.ContainsKey(pemilik.JabatanId))
            {
                // V-PER-04: only the PUO pemilik kinerja sends a surat permohonan pelibatan for the unit's target.
                return Error.Terlarang("Hanya Pimpinan Unit Organisasi pemilik kinerja yang dapat mengirim surat permohonan pelibatan untuk unit ini.");
            }

            if (cakupan == CakupanPenugasan.DalamUnit)
            {
                return new Error("BukanLintasUnit", "Pegawai ini berada di unit organisasi Anda sendiri; gunakan penunjukan langsung.", ErrorKind.AturanDilanggar, nameof(c.PegawaiId));
            }
        }
        else if (c.Jenis == JenisPermohonan.SukarelaLintasUnit && cakupan == CakupanPenugasan.DalamUnit)
        {
            return new Error("BukanLintasUnit", "Unit yang dituju adalah unit organisasi Anda sendiri; gunakan pengajuan sukarela dalam unit.", ErrorKind.AturanDilanggar, nameof(c.UnitPemilikKinerjaId));
        }

        var lisan = c.Jenis == JenisPermohonan.SukarelaDalamUnit && kebijakan.Penugasan.BentukSukarelaDalamUnit == BentukPengajuan.Lisan;
        var rincian = new RincianPermohonan(pegawai.PegawaiId, pegawai.JabatanId, unit.Id, c.MaksudDanTujuan ?? "", c.KompetensiDibutuhkan ?? "",
            c.EkspektasiTargetKinerja ?? "", c.TanggalMulai, c.TanggalSelesai, c.PenuhWaktu, c.AlokasiPersen, c.NamaTimKerja, lisan);
        var rencana = PerencanaAlur.Rencanakan(c.Jenis, kebijakan.Penugasan, pejabat, cakupan);
        var pemohon = sukarela ? pegawai.NamaPegawai : pengguna.Nama;
        var hasil = Permohonan.Ajukan(c.Jenis, cakupan, rincian, saya, pemohon, rencana, kebijakan.Penugasan, hariIni, sekarang);
        if (hasil.Gagal)
        {
            return Result<Guid>.Fail(hasil.Errors);
        }

        var p = hasil.Nilai;
        db.Permohonan.Add(p);

        // The written letter (§7.1): signed by the PUO pemilik kinerja, or by the pegawai for a written pengajuan sukarela.
        var (penandatangan, jenisPemangkuan) = sukarela
            ? (pegawai.JabatanId, JenisPemangkuan.Definitif)
            : (pejabat.PimpinanUnitPemilikKinerja!.JabatanId, dipegang[pejabat.PimpinanUnitPemilikKinerja.JabatanId]);
        await SuratPermohonan.PermohonanAsync(db, penerbitDokumen, p, saya, penandatangan, jenisPemangkuan, cancellationToken);
        await Pemberitahu.LangkahMenungguAsync(db, p, hariIni, sekarang, cancellationToken);
        PenerbitSurat.Beri(db, p.Tembusan.Select(t => t.PegawaiId).OfType<Guid>(), $"Tembusan: permohonan dari {p.Pemohon} — {p.MaksudDanTujuan}", Pemberitahu.Tautan(p), sekarang);
        return p.Id;
    }
}
