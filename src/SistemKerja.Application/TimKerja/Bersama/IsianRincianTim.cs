using FluentValidation;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Application.TimKerja.Bersama;

/// <summary>
/// The particulars of a team as its form sends them (DOMAIN.md §8.1): name, tasks (one per line), target and unit of output, kind,
/// period and the INHIL "program strategis lintas PD" flag. Drafting a team and changing a draft take the same fields.
/// </summary>
public interface IIsianRincianTim
{
    string? Nama { get; }

    string? Tugas { get; }

    string? Sasaran { get; }

    string? SatuanSasaran { get; }

    JenisTugasTim JenisTugas { get; }

    DateOnly TanggalMulai { get; }

    DateOnly TanggalSelesai { get; }

    bool ProgramStrategisLintasPerangkatDaerah { get; }
}

/// <summary>The shape rules of the particulars (one set of rules and messages for every form that sends them) and the domain value they make.</summary>
internal static class AturanIsianRincianTim
{
    public static void IsianRincianTim<T>(this AbstractValidator<T> v)
        where T : IIsianRincianTim
    {
        v.RuleFor(x => x.Nama).NotEmpty().MaximumLength(Tim.PanjangNama).WithName("Nama tim");
        v.RuleFor(x => x.Tugas).NotEmpty().MaximumLength(20 * Tim.PanjangTugas).WithName("Tugas tim");
        v.RuleForEach(x => BarisTugas.Pisah(x.Tugas)).MaximumLength(Tim.PanjangTugas).OverridePropertyName("Tugas").WithName("Setiap baris tugas");
        v.RuleFor(x => x.Sasaran).MaximumLength(Tim.PanjangSasaran).WithName("Sasaran");
        v.RuleFor(x => x.SatuanSasaran).MaximumLength(Tim.PanjangSatuan).WithName("Satuan");
        v.RuleFor(x => x.JenisTugas).IsInEnum().WithName("Jenis tugas");
        v.RuleFor(x => x.TanggalMulai).NotEmpty().WithName("Tanggal mulai");
        v.RuleFor(x => x.TanggalSelesai).NotEmpty().GreaterThanOrEqualTo(x => x.TanggalMulai).WithName("Tanggal selesai")
            .WithMessage("Tanggal selesai tidak boleh sebelum tanggal mulai.");
    }

    public static RincianTim Rincian(this IIsianRincianTim i) =>
        new(i.Nama ?? "", BarisTugas.Pisah(i.Tugas), i.Sasaran, i.SatuanSasaran, i.JenisTugas, i.TanggalMulai, i.TanggalSelesai,
            i.ProgramStrategisLintasPerangkatDaerah);
}

/// <summary>The tasks of a team are typed one per line.</summary>
public static class BarisTugas
{
    public static IReadOnlyList<string> Pisah(string? teks) =>
        [.. (teks ?? "").Split('\n').Select(t => t.Trim().TrimStart('-', '•').Trim()).Where(t => t.Length > 0)];

    /// <summary>The tasks back in the form's text area, one per line.</summary>
    public static string Gabung(IEnumerable<string> tugas) => string.Join("\n", tugas);
}
