using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.ProsesPelibatanInstansi;
using SistemKerja.Application.Tests.AlurPenugasan;
using SistemKerja.Application.TimKerja.BentukTim;
using SistemKerja.Application.TimKerja.TambahAnggotaInstansiLain;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.TimKerja;
using SistemKerja.TestSupport;

namespace SistemKerja.Application.Tests.TimKerja;

/// <summary>
/// A Tim Kerja of the Bidang Aplikasi with people of another instansi: the unit's outgoing surat permohonan pelibatan (WF-4
/// Keluar), approved by the Sekda and answered by the province with <see cref="Daftar"/>, then the team that takes them in.
/// </summary>
internal sealed class TimInstansiLainUji(DatabaseFixtureBase db)
{
    public const string Daftar = "Rahmadi, S.Kom.; 199001012015031001; Pranata Komputer Ahli Pertama\nNor Aini";

    public PelibatanInstansiUji Sk { get; } = new(db);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task<Guid> PelibatanDijawabAsync(Guid unit, bool disetujui = true)
    {
        var pimpinan = await Sk.PimpinanAsync();
        var id = SkenarioPenugasan.Pasti(await db.KirimAsync(Sk.Keluar(unit), pimpinan.Pengguna));
        await Sk.PastiAsync(id, AksiPelibatanInstansi.Setujui, await Sk.SekdaAsync(), nomor: Sk.NomorBaru("800.1"), tanggal: Sk.HariIni);
        await Sk.PastiAsync(id, AksiPelibatanInstansi.CatatJawabanInstansi, await Sk.AdminAsync(), nomor: Sk.NomorBaru("100"), tanggal: Sk.HariIni,
            jawabanDisetujui: disetujui, daftar: disetujui ? Daftar : null, catatan: disetujui ? null : "Pegawai kami sedang bertugas penuh.");
        return id;
    }

    public async Task<Guid> TimAsync(Guid unit, string nama, DateOnly? selesai = null) =>
        SkenarioPenugasan.Pasti(await db.KirimAsync(new BentukTimCommand(unit, nama, "Integrasi data kepegawaian antardaerah", "Layanan terintegrasi", "1 Layanan",
            JenisTugasTim.Insidental, Sk.HariIni, selesai ?? Sk.HariIni.AddDays(90), false), (await Sk.PimpinanAsync()).Pengguna));

    public Task<Tim> BacaTimAsync(Guid id) => db.BacaAsync(c => c.Tim.AsNoTracking().SingleAsync(t => t.Id == id, Ct));

    public async Task<Result> TambahAsync(Guid timId, Guid pelibatanId, int urutan, AkunPelibatan oleh, JenisJabatan jenis = JenisJabatan.Fungsional,
        JenjangFungsional? jenjang = JenjangFungsional.AhliPertama) =>
        await db.KirimAsync(new TambahAnggotaInstansiLainCommand(timId, (await BacaTimAsync(timId)).Versi, pelibatanId, urutan, jenis, jenjang, 8, Pendidikan.S1,
            GolonganRuang.IIIA), oleh.Pengguna);
}
