using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Kepegawaian.CariPegawai;
using SistemKerja.Application.Kepegawaian.TetapkanPemangkuJabatan;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Organisasi;

/// <summary>
/// The head of a Perangkat Daerah appoints a Plt/Plh of a head position of their Perangkat Daerah for the period of the
/// letter (an official on leave). Whether the user may is decided by the use case, not by this page.
/// </summary>
public sealed class TetapkanPelaksanaModel(ISender sender, TimeProvider waktu) : PageModel
{
    [BindProperty]
    public Input Masukan { get; set; } = new();

    public sealed class Input
    {
        public Guid JabatanId { get; set; }

        public string? NipPegawai { get; set; }

        public JenisPemangkuan Jenis { get; set; } = JenisPemangkuan.Plh;

        public DateOnly Tmt { get; set; }

        public DateOnly? TanggalSelesai { get; set; }

        public string? NomorSk { get; set; }
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

        var jenis = Masukan.Jenis == JenisPemangkuan.Plt ? JenisPemangkuan.Plt : JenisPemangkuan.Plh;
        var hasil = await sender.Send(new TetapkanPemangkuJabatanCommand(pegawai.Id, Masukan.JabatanId, jenis, Masukan.Tmt, Masukan.NomorSk ?? "", false,
            Masukan.TanggalSelesai), ct);
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState);
            return Page();
        }

        TempData["Pesan"] = $"{pegawai.Nama} ditetapkan sebagai {jenis}. pada jabatan tersebut.";
        return RedirectToPage("/Pegawai/Detail", new { id = pegawai.Id });
    }
}
