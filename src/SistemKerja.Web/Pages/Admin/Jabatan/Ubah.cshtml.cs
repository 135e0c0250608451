using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.Organisasi.DetailJabatan;
using SistemKerja.Application.Organisasi.TutupJabatan;
using SistemKerja.Application.Organisasi.UbahJabatan;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Admin.Jabatan;

public sealed class UbahModel(ISender sender, TimeProvider waktu) : PageModel
{
    public JabatanUntukAdmin Jabatan { get; private set; } = null!;

    [BindProperty]
    public Input Masukan { get; set; } = new();

    [BindProperty]
    public TutupInput Tutup { get; set; } = new();

    public sealed class Input
    {
        public string? Nama { get; set; }

        public JenjangFungsional? Jenjang { get; set; }

        public int KelasJabatan { get; set; }

        public uint Versi { get; set; }
    }

    public sealed class TutupInput
    {
        public DateOnly Tanggal { get; set; }

        public uint Versi { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }

        Masukan = new Input { Nama = Jabatan.Nama, Jenjang = Jabatan.Jenjang, KelasJabatan = Jabatan.KelasJabatan, Versi = Jabatan.Versi };
        Tutup = new TutupInput { Tanggal = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime), Versi = Jabatan.Versi };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }

        var hasil = await sender.Send(new UbahJabatanCommand(id, Masukan.Nama ?? "", Masukan.Jenjang, Masukan.KelasJabatan, Masukan.Versi), ct);
        return Selesai(hasil, "Masukan", "Jabatan diubah.");
    }

    public async Task<IActionResult> OnPostTutupAsync(Guid id, CancellationToken ct)
    {
        if (!await MuatAsync(id, ct))
        {
            return NotFound();
        }

        var hasil = await sender.Send(new TutupJabatanCommand(id, Tutup.Tanggal, Tutup.Versi), ct);
        return Selesai(hasil, "Tutup", "Jabatan ditutup.");
    }

    private IActionResult Selesai(SistemKerja.Domain.Common.Result hasil, string prefix, string pesan)
    {
        if (hasil.Gagal)
        {
            hasil.TambahkanKe(ModelState, prefix);
            return Page();
        }

        TempData["Pesan"] = pesan;
        return Redirect($"/Organisasi/Detail/{Jabatan.PerangkatDaerahId}");
    }

    private async Task<bool> MuatAsync(Guid id, CancellationToken ct)
    {
        var jabatan = await sender.Send(new DetailJabatanQuery(id), ct);
        Jabatan = jabatan.Berhasil ? jabatan.Nilai : null!;
        return jabatan.Berhasil;
    }
}
