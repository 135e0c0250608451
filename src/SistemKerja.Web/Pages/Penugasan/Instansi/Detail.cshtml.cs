using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SistemKerja.Application.AlurPenugasan.DetailPelibatanInstansi;
using SistemKerja.Application.AlurPenugasan.ProsesPelibatanInstansi;
using SistemKerja.Domain.Common;
using SistemKerja.Web.Infrastructure;

namespace SistemKerja.Web.Pages.Penugasan.Instansi;

/// <summary>A lintas instansi request: history, and the action of the step waiting for the viewer.</summary>
public sealed class DetailModel(ISender sender) : PageModel
{
    public DetailPelibatanInstansi Detail { get; private set; } = null!;

    [BindProperty]
    public Input Masukan { get; set; } = new();

    public sealed class Input
    {
        public AksiPelibatanInstansi Aksi { get; set; }

        public string? Catatan { get; set; }

        public string? NomorSurat { get; set; }

        public DateOnly? TanggalSurat { get; set; }

        public List<Guid>? PegawaiIds { get; set; }

        public string? AlasanPengecualian { get; set; }

        public bool JawabanDisetujui { get; set; }

        public string? DaftarPegawaiInstansiLain { get; set; }

        public uint Versi { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await MuatAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await MuatAsync(id, ct) ? Page() : NotFound();
        }

        var m = Masukan;
        var hasil = await sender.Send(new ProsesPelibatanInstansiCommand(id, m.Aksi, m.Catatan, m.NomorSurat, m.TanggalSurat, m.PegawaiIds ?? [], m.AlasanPengecualian,
            m.JawabanDisetujui, m.DaftarPegawaiInstansiLain, m.Versi), ct);
        if (hasil.Gagal)
        {
            if (hasil.ErrorUtama!.Jenis == ErrorKind.TidakDitemukan)
            {
                return NotFound();
            }

            hasil.TambahkanKe(ModelState);
            if (!await MuatAsync(id, ct))
            {
                return NotFound();
            }

            ModelState.Remove("Masukan.Versi"); // else the hidden field shows the posted (stale) version again
            Masukan.Versi = Detail.Versi;
            return Page();
        }

        TempData["Pesan"] = "Tindakan dicatat.";
        return Redirect($"/Penugasan/Instansi/Detail/{id}");
    }

    private async Task<bool> MuatAsync(Guid id, CancellationToken ct)
    {
        var d = await sender.Send(new DetailPelibatanInstansiQuery(id), ct);
        if (d is null)
        {
            return false;
        }

        Detail = d;
        if (Request.Method == HttpMethods.Get)
        {
            Masukan.Versi = d.Versi;
        }

        return true;
    }
}
