using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.TimKerja.BubarkanTim;
using SistemKerja.Application.TimKerja.DetailTim;
using SistemKerja.Application.TimKerja.HasilTim;
using SistemKerja.Application.TimKerja.LaporanTim;
using SistemKerja.Application.TimKerja.PerubahanKeputusanTim;
using SistemKerja.Application.TimKerja.RekomendasiTim;
using SistemKerja.Application.TimKerja.TetapkanTim;
using SistemKerja.Application.TimKerja.TambahAnggotaInstansiLain;
using SistemKerja.Application.TimKerja.UbahSusunanTim;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.TimKerja;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Tim;

/// <summary>
/// One team: its susunan and the ketua ranking while a draft, the decree, results, reports and recommendations once set.
/// Each form posts one command; the use case decides who may do what.
/// </summary>
public sealed class DetailModel(ISender sender) : PageModel
{
    public DetailTim Detail { get; private set; } = null!;

    [BindProperty]
    public Input Masukan { get; set; } = new();

    public sealed class Input
    {
        public uint Versi { get; set; }

        /// <summary>Set the team in one's own authority (null) or record the Keputusan Kepala Daerah.</summary>
        public PejabatPenetapTim? Sebagai { get; set; }

        public AksiSusunan Aksi { get; set; }

        public Guid? PegawaiId { get; set; }

        public Guid? PersonelId { get; set; }

        public int AlokasiPersen { get; set; } = 20;

        public bool PenuhWaktu { get; set; }

        public bool PengalamanManajerial { get; set; }

        public bool PengalamanSesuaiTusi { get; set; }

        public string? AlasanLuarUnit { get; set; }

        public string? AlasanPengawas { get; set; }

        public string? AlasanBukanPrioritas { get; set; }

        public string? Teks { get; set; }

        public AksiHasil AksiHasil { get; set; }

        public Guid? PermintaanLaporanId { get; set; }

        public List<Guid> KepadaPersonel { get; set; } = [];

        public DateOnly? BatasWaktu { get; set; }

        public Guid? LaporanId { get; set; }

        public uint VersiLaporan { get; set; }

        public Guid? RekomendasiId { get; set; }

        public uint VersiRekomendasi { get; set; }

        /// <summary>"{pelibatan id}:{line in the answer's list}" of a person of another instansi.</summary>
        public string? CalonInstansiLain { get; set; }

        [Display(Name = "Jenis jabatan")]
        public JenisJabatan JenisJabatan { get; set; } = JenisJabatan.Fungsional;

        [Display(Name = "Jenjang jabatan fungsional")]
        public JenjangFungsional? Jenjang { get; set; }

        [Display(Name = "Kelas jabatan")]
        public int KelasJabatan { get; set; } = 8;

        [Display(Name = "Pendidikan")]
        public Pendidikan Pendidikan { get; set; } = Pendidikan.S1;

        [Display(Name = "Golongan ruang")]
        public GolonganRuang? GolonganRuang { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await MuatAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSusunanAsync(Guid id, CancellationToken ct)
    {
        var m = Masukan;
        var hasil = await sender.Send(new UbahSusunanTimCommand(id, m.Versi, m.Aksi, m.PegawaiId, m.PersonelId, m.AlokasiPersen, m.PenuhWaktu,
            m.PengalamanManajerial, m.PengalamanSesuaiTusi, m.AlasanLuarUnit, m.AlasanPengawas, m.AlasanBukanPrioritas), ct);
        return await SelesaiAsync(id, hasil, "Susunan tim diperbarui.", ct);
    }

    public async Task<IActionResult> OnPostInstansiLainAsync(Guid id, CancellationToken ct)
    {
        var m = Masukan;
        var (pelibatanId, urutan) = PilihanInstansiLain(m.CalonInstansiLain);
        var hasil = await sender.Send(new TambahAnggotaInstansiLainCommand(id, m.Versi, pelibatanId, urutan, m.JenisJabatan,
            m.JenisJabatan == JenisJabatan.Fungsional ? m.Jenjang : null, m.KelasJabatan, m.Pendidikan, m.GolonganRuang, m.AlokasiPersen, m.PenuhWaktu), ct);
        return await SelesaiAsync(id, hasil, "Anggota dari instansi lain ditambahkan.", ct);
    }

    /// <summary>A malformed choice becomes an empty id, which the validator refuses with its message.</summary>
    private static (Guid PelibatanId, int Urutan) PilihanInstansiLain(string? nilai)
    {
        var bagian = (nilai ?? "").Split(':');
        return bagian.Length == 2 && Guid.TryParse(bagian[0], out var id) && int.TryParse(bagian[1], out var urutan) ? (id, urutan) : (Guid.Empty, 0);
    }

    public async Task<IActionResult> OnPostTetapkanAsync(Guid id, CancellationToken ct)
    {
        // A value that does not bind (forged) becomes one outside the enum, which the validator refuses with its message.
        var sebagai = ModelState.GetFieldValidationState("Masukan.Sebagai") == ModelValidationState.Invalid ? (PejabatPenetapTim)(-1) : Masukan.Sebagai;
        return await SelesaiAsync(id, await sender.Send(new TetapkanTimCommand(id, Masukan.Versi, sebagai), ct),
            sebagai == PejabatPenetapTim.KepalaDaerah ? "Keputusan kepala daerah dicatat; Tim Kerja ditetapkan." : "Tim Kerja ditetapkan; naskahnya diterbitkan dan personel diberi tahu.", ct);
    }

    public async Task<IActionResult> OnPostMulaiPerubahanAsync(Guid id, CancellationToken ct) =>
        await SelesaiAsync(id, await sender.Send(new MulaiPerubahanTimCommand(id, Masukan.Versi, Masukan.Teks), ct),
            "Perubahan tim dimulai. Ubah susunan atau rincian, lalu ajukan penetapan keputusan perubahan.", ct);

    public async Task<IActionResult> OnPostBatalkanPerubahanAsync(Guid id, CancellationToken ct) =>
        await SelesaiAsync(id, await sender.Send(new BatalkanPerubahanTimCommand(id, Masukan.Versi), ct), "Perubahan dibatalkan; tim kembali sesuai keputusan yang berlaku.", ct);

    public async Task<IActionResult> OnPostBubarkanAsync(Guid id, CancellationToken ct) =>
        await SelesaiAsync(id, await sender.Send(new BubarkanTimCommand(id, Masukan.Versi, Masukan.Teks), ct), "Tim Kerja dibubarkan.", ct);

    public async Task<IActionResult> OnPostHasilAsync(Guid id, CancellationToken ct)
    {
        var hasil = await sender.Send(new HasilTimCommand(id, Masukan.Versi, Masukan.AksiHasil, Masukan.Teks), ct);
        var pesan = Masukan.AksiHasil switch
        {
            AksiHasil.Sampaikan => "Hasil disampaikan.",
            AksiHasil.Teruskan => "Hasil diteruskan.",
            AksiHasil.Terima => "Hasil diterima; kegiatan dinyatakan selesai.",
            _ => "Hasil dikembalikan untuk perbaikan.",
        };
        return await SelesaiAsync(id, hasil, pesan, ct);
    }

    public async Task<IActionResult> OnPostLaporAsync(Guid id, CancellationToken ct) =>
        await SelesaiAsync(id, await sender.Send(new SampaikanLaporanCommand(id, Masukan.Teks, Masukan.PermintaanLaporanId), ct), "Laporan disampaikan.", ct);

    public async Task<IActionResult> OnPostMintaLaporanAsync(Guid id, CancellationToken ct) =>
        await SelesaiAsync(id, await sender.Send(new MintaLaporanCommand(id, Masukan.KepadaPersonel, Masukan.Teks, Masukan.BatasWaktu), ct),
            "Permintaan laporan dikirim.", ct);

    public async Task<IActionResult> OnPostTanggapiAsync(Guid id, CancellationToken ct) =>
        await SelesaiAsync(id, await sender.Send(new TanggapiLaporanCommand(Masukan.LaporanId ?? Guid.Empty, Masukan.VersiLaporan, Masukan.Teks), ct),
            "Umpan balik disimpan.", ct);

    public async Task<IActionResult> OnPostKirimRekomendasiAsync(Guid id, CancellationToken ct) =>
        await SelesaiAsync(id, await sender.Send(new KirimRekomendasiCommand(Masukan.RekomendasiId ?? Guid.Empty, Masukan.VersiRekomendasi), ct),
            "Rekomendasi ditandatangani dan dikirim.", ct);

    private async Task<IActionResult> SelesaiAsync(Guid id, Result hasil, string pesan, CancellationToken ct)
    {
        if (hasil.Berhasil)
        {
            TempData["Pesan"] = pesan;
            return Redirect($"/Tim/Detail/{id}");
        }

        if (hasil.ErrorUtama!.Jenis == ErrorKind.TidakDitemukan && !await MuatAsync(id, ct))
        {
            return NotFound();
        }

        hasil.TambahkanKe(ModelState);
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }

        // Keep what the user typed; show the current version so that a retry is not refused as stale again.
        ModelState.Remove("Masukan.Versi");
        Masukan.Versi = Detail.Versi;
        return Page();
    }

    private async Task<bool> MuatAsync(Guid id, CancellationToken ct)
    {
        var detail = await sender.Send(new DetailTimQuery(id), ct);
        if (detail is null)
        {
            return false;
        }

        Detail = detail;
        if (!ModelState.ContainsKey("Masukan.Versi"))
        {
            Masukan.Versi = detail.Versi;
        }

        return true;
    }
}
