using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Kepegawaian.CariPegawai;
using SistemKerja.Application.Kepegawaian.TetapkanPemangkuJabatan;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Admin.Jabatan;

/// <summary>Places a pegawai (found by NIP) in a position.</summary>
public sealed class TetapkanModel(ISender sender, TimeProvider waktu) : PageModel
{
    [BindProperty]
    public Input Masukan { get; set; } = new();

    public sealed class Input
    {
        public Guid JabatanId { get; set; }

        public string? NipPegawai { get; set; }

        public JenisPemangkuan Jenis { get; set; }

        public DateOnly Tmt { get; set; }

        /// <summary>Plt/Plh only: the last day of the appointment, when the letter sets one.</summary>
        public DateOnly? TanggalSelesai { get; set; }

        public string? NomorSk { get; set; }

        public bool AkhiriJabatanSebelumnya { get; set; }
    }

    public void OnGet(Guid jabatanId)
    {
        Masukan.JabatanId = jabatanId;
        Masukan.Tmt = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var nip = new string([.. (Masukan.NipPegawai ?? "").Where(char.IsAsciiDigit)]);
        var cari = nip.Length == Nip.Panjang ? await sender.Send(new CariPegawaiQuery(nip, 1, 2), ct) : null;
        var pegawai = cari?.Baris.FirstOrDefault(p => p.Nip == nip);
        if (pegawai is null)
        {
            ModelState.AddModelError("Masukan.NipPegawai", "Pegawai dengan NIP tersebut tidak ditemukan.");
            return Page();
        }

        var hasil = await sender.Send(new TetapkanPemangkuJabatanCommand(pegawai.Id, Masukan.JabatanId, Masukan.Jenis, Masukan.Tmt, Masukan.NomorSk ?? "", Masukan.AkhiriJabatanSebelumnya,
            Masukan.TanggalSelesai), ct);
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState);
            return Page();
        }

        TempData["Pesan"] = $"{pegawai.Nama} ditetapkan pada jabatan tersebut.";
        return RedirectToPage("/Pegawai/Detail", new { id = pegawai.Id });
    }
}
