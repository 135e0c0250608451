using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.AlurPenugasan.AjukanPermohonan;
using SistemKerja.Application.AlurPenugasan.PilihanPermohonan;
using SistemKerja.Application.Kepegawaian.CariPegawai;
using SistemKerja.Domain.Penugasan;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Penugasan;

/// <summary>
/// One form for the three request kinds: a surat permohonan pelibatan (PUO pemilik kinerja), or a pengajuan sukarela
/// in or across units (the JF/Pelaksana themself). What is asked follows the region's policy.
/// </summary>
public sealed class AjukanModel(ISender sender, TimeProvider waktu) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public JenisPermohonan Jenis { get; set; } = JenisPermohonan.SukarelaDalamUnit;

    [BindProperty]
    public Input Masukan { get; set; } = new();

    public PilihanPermohonan Pilihan { get; private set; } = null!;

    public sealed class Input
    {
        public Guid? UnitPemilikKinerjaId { get; set; }

        public string? NipPegawai { get; set; }

        public string? MaksudDanTujuan { get; set; }

        public string? KompetensiDibutuhkan { get; set; }

        public string? EkspektasiTargetKinerja { get; set; }

        public DateOnly TanggalMulai { get; set; }

        public DateOnly TanggalSelesai { get; set; }

        public bool PenuhWaktu { get; set; }

        public int AlokasiPersen { get; set; } = 20;

        public string? NamaTimKerja { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await MuatAsync(ct);
        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        Masukan.TanggalMulai = hariIni.AddDays(7);
        Masukan.TanggalSelesai = hariIni.AddMonths(3);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The form's options are read only when the form is shown again (a successful post redirects).
        PastikanJenis();
        if (!ModelState.IsValid)
        {
            return await HalamanAsync(ct);
        }

        Guid? pegawaiId = null;
        if (Jenis == JenisPermohonan.PenunjukanLintasUnit)
        {
            var digit = new string([.. (Masukan.NipPegawai ?? "").Where(char.IsAsciiDigit)]);
            var cari = digit.Length == 18 ? await sender.Send(new CariPegawaiQuery(digit), ct) : null;
            pegawaiId = cari?.Baris.FirstOrDefault(p => p.Nip == digit)?.Id;
            if (pegawaiId is null)
            {
                ModelState.AddModelError("Masukan.NipPegawai", "Pegawai dengan NIP tersebut tidak ditemukan (tulis 18 digit NIP).");
                return await HalamanAsync(ct);
            }
        }

        var hasil = await sender.Send(new AjukanPermohonanCommand(Jenis, pegawaiId, Masukan.UnitPemilikKinerjaId, Masukan.MaksudDanTujuan,
            Masukan.KompetensiDibutuhkan, Masukan.EkspektasiTargetKinerja, Masukan.TanggalMulai, Masukan.TanggalSelesai, Masukan.PenuhWaktu,
            Masukan.AlokasiPersen, Masukan.NamaTimKerja), ct);
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState);
            return await HalamanAsync(ct);
        }

        TempData["Pesan"] = "Permohonan diajukan.";
        return Redirect($"/Penugasan/Permohonan/{hasil.Nilai}");
    }

    private async Task<IActionResult> HalamanAsync(CancellationToken ct)
    {
        await MuatAsync(ct);
        return Page();
    }

    private async Task MuatAsync(CancellationToken ct)
    {
        PastikanJenis();
        Pilihan = await sender.Send(new PilihanPermohonanQuery(), ct);
    }

    private void PastikanJenis()
    {
        if (!Enum.IsDefined(Jenis))
        {
            Jenis = JenisPermohonan.SukarelaDalamUnit;
        }
    }
}
