using System.Net;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using static SistemKerja.Web.Tests.Penugasan.PenugasanWeb;

namespace SistemKerja.Web.Tests.Halaman;

/// <summary>
/// Validation messages MVC writes into the forms are in Bahasa Indonesia on every form page, for every role that opens it (product
/// behaviour: the UI speaks Bahasa Indonesia; no regulation rule). The framework's defaults are English: "The UnitId field is
/// required.", "The value '…' is invalid.", "The field … must be a number.".
/// </summary>
public sealed class PesanWajibDiisiTests(AplikasiUji app) : IClassFixture<AplikasiUji>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Inggris = ["field is required", "The value", "must be a number", "The field", "is invalid"];

    /// <summary>A form to look at for the implied required attribute (a non-nullable value or reference type, no [Required]).</summary>
    private sealed class ContohIsian
    {
        public Guid UnitId { get; set; }

        public string Nama { get; set; } = "";

        [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Pesan sendiri.")]
        public string? Catatan { get; set; }

        public int? Pilihan { get; set; }
    }

    [Fact]
    public async Task HalamanFormulir_SemuaPeran_TanpaPesanValidasiBahasaInggris()
    {
        var unit = await SkalarAsync<Guid>(app, "SELECT \"Id\" FROM unit_organisasi ORDER BY \"Id\" LIMIT 1");
        var jabatan = await SkalarAsync<Guid>(app, "SELECT \"Id\" FROM jabatan ORDER BY \"Id\" LIMIT 1");
        var pegawai = await SkalarAsync<Guid>(app, "SELECT \"Id\" FROM pegawai ORDER BY \"Id\" LIMIT 1");
        var halaman = new (string Pengguna, string KataSandi, string[] Url)[]
        {
            ("admin", "Admin#Demo2025",
            [
                "/Admin/Unit/Tambah", $"/Admin/Unit/Ubah?id={unit}", $"/Admin/Unit/Pindahkan?id={unit}", "/Admin/Pegawai/Tambah", "/Admin/Jabatan/Tambah",
                $"/Admin/Jabatan/Ubah?id={jabatan}", $"/Admin/Jabatan/Kedudukan?id={jabatan}", $"/Admin/Jabatan/Tetapkan?id={jabatan}", "/Admin/Naskah/FormatNomor",
                "/Admin/Kebijakan", "/Penugasan/Ajukan", "/Penugasan/Instansi/Masuk", "/Organisasi/TetapkanPelaksana", $"/Pegawai/Detail/{pegawai}",
            ]),
            ("pimpinan", "Pimpinan#Demo2025",
            [
                "/Tim/Bentuk", "/Penugasan/Ajukan?jenis=PenunjukanLintasUnit", "/Penugasan/Tunjuk", "/Penugasan/Instansi/Keluar", "/Organisasi/TetapkanPelaksana",
            ]),
            ("pegawai", "Pegawai#Demo2025", ["/Penugasan/Ajukan"]),
        };

        var dilihat = 0;
        foreach (var (pengguna, kataSandi, daftar) in halaman)
        {
            var klien = await app.MasukSebagaiAsync(pengguna, kataSandi);
            foreach (var url in daftar)
            {
                var respons = await klien.GetAsync(url, Ct);
                respons.StatusCode.ShouldBe(HttpStatusCode.OK, $"{pengguna} {url}");
                var html = await respons.Content.ReadAsStringAsync(Ct);
                foreach (var teks in Inggris)
                {
                    html.ShouldNotContain(teks, Case.Insensitive, $"{pengguna} {url}");
                }

                // Opening a form is not submitting it: no error listed (a page opened without its query parameter once listed
                // "indukId wajib diisi." when the message was given to the page's own parameters).
                html.ShouldNotContain("validation-summary-errors", Case.Sensitive, $"{pengguna} {url}");

                dilihat += html.Split(" wajib diisi.\"").Length - 1;
            }
        }

        dilihat.ShouldBeGreaterThan(20, "the forms do carry required-field messages, now in Bahasa Indonesia");
    }

    // The implied [Required] of a non-nullable reference type (added by the data-annotations provider) and of a non-nullable value
    // type both get "{0} wajib diisi."; a message of one's own is kept; a nullable field is not made required.
    [Fact]
    public void Metadata_WajibTersirat_PesanBahasaIndonesia()
    {
        var metadata = app.Services.GetRequiredService<IModelMetadataProvider>();

        string? Pesan(string properti) => metadata.GetMetadataForProperty(typeof(ContohIsian), properti).ValidatorMetadata
            .OfType<System.ComponentModel.DataAnnotations.RequiredAttribute>().SingleOrDefault()?.ErrorMessage;

        Pesan(nameof(ContohIsian.UnitId)).ShouldBe("{0} wajib diisi.");
        Pesan(nameof(ContohIsian.Nama)).ShouldBe("{0} wajib diisi.");
        Pesan(nameof(ContohIsian.Catatan)).ShouldBe("Pesan sendiri.");
        Pesan(nameof(ContohIsian.Pilihan)).ShouldBeNull();
    }
}
