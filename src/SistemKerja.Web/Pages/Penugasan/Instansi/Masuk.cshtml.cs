using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.AlurPenugasan.CatatPelibatanMasuk;
using SistemKerja.Application.AlurPenugasan.PilihanPermohonan;
using SistemKerja.Application.Common;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Penugasan.Instansi;

/// <summary>BKPSDM registers a surat permohonan pelibatan received from another instansi.</summary>
[Authorize(Roles = Peran.AdminBkpsdm)]
public sealed class MasukModel(ISender sender, TimeProvider waktu) : PageModel
{
    [BindProperty]
    public Input Masukan { get; set; } = new();

    public IReadOnlyList<PilihanUnit> Unit { get; private set; } = [];

    public sealed class Input : IsianPelibatan
    {
        public string? InstansiLain { get; set; }

        public string? NomorSurat { get; set; }

        public DateOnly TanggalSurat { get; set; }

        public Guid UnitId { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await MuatAsync(ct);
        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        Masukan.TanggalSurat = hariIni;
        Masukan.TanggalMulai = hariIni.AddDays(14);
        Masukan.TanggalSelesai = hariIni.AddMonths(3);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The form's options are read only when the form is shown again (a successful post redirects).
        if (!ModelState.IsValid)
        {
            return await HalamanAsync(ct);
        }

        var m = Masukan;
        var hasil = await sender.Send(new CatatPelibatanMasukCommand(m.InstansiLain, m.NomorSurat, m.TanggalSurat, m.UnitId, m.MaksudDanTujuan, m.KompetensiDibutuhkan,
            m.EkspektasiTargetKinerja, m.TanggalMulai, m.TanggalSelesai, m.PenuhWaktu, m.AlokasiPersen), ct);
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState);
            return await HalamanAsync(ct);
        }

        TempData["Pesan"] = "Surat permohonan dicatat dan diteruskan kepada Pejabat yang Berwenang.";
        return Redirect($"/Penugasan/Instansi/Detail/{hasil.Nilai}");
    }

    private async Task<IActionResult> HalamanAsync(CancellationToken ct)
    {
        await MuatAsync(ct);
        return Page();
    }

    private async Task MuatAsync(CancellationToken ct) => Unit = (await sender.Send(new PilihanPermohonanQuery(), ct)).UnitTujuanSukarela;
}
