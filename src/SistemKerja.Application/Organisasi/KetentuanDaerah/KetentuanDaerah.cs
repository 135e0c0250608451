using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Application.Organisasi.KetentuanDaerah;

/// <summary>
/// The settings of the Pemerintah Daerah (DOMAIN.md §12–§13: where the five regulations differ), grouped as stored, and,
/// when <see cref="Bandingkan"/> is given, next to the values of that preset so the admin sees what applying it changes.
/// </summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record KetentuanDaerahQuery(PresetRegulasi? Bandingkan = null) : IQuery<Result<KetentuanDaerah>>;

/// <param name="JabatanKepalaDaerah">"Bupati …" / "Wali Kota …", with <paramref name="NamaKepalaDaerah"/> as printed on a Keputusan Kepala Daerah.</param>
public sealed record KetentuanDaerah(string NamaDaerah, PresetRegulasi Preset, uint Versi, IReadOnlyList<KelompokKetentuan> Kelompok,
    string JabatanKepalaDaerah, string? NamaKepalaDaerah)
{
    public int JumlahBerbeda => Kelompok.Sum(k => k.Baris.Count(b => b.Berbeda));
}

public sealed record KelompokKetentuan(string Judul, IReadOnlyList<BarisKetentuan> Baris);

/// <param name="Pembanding">The compared preset's value; null when nothing is compared.</param>
public sealed record BarisKetentuan(string Ketentuan, string Nilai, string? Pembanding)
{
    public bool Berbeda => Pembanding is not null && Pembanding != Nilai;
}

internal sealed class KetentuanDaerahHandler(IAppDb db) : IQueryHandler<KetentuanDaerahQuery, Result<KetentuanDaerah>>
{
    public async ValueTask<Result<KetentuanDaerah>> Handle(KetentuanDaerahQuery query, CancellationToken cancellationToken)
    {
        var pemda = await db.PemerintahDaerah.AsNoTracking().Select(p => new { p.Nama, p.Kebijakan, p.Versi, p.NamaKepalaDaerah }).SingleAsync(cancellationToken);
        var sekarang = TampilanKetentuan.Ratakan(pemda.Kebijakan);
        var pembanding = query.Bandingkan is { } preset ? TampilanKetentuan.Ratakan(KebijakanDaerah.DariPreset(preset)) : null;
        var kelompok = sekarang
            .GroupBy(b => b.Kelompok)
            .Select(g => new KelompokKetentuan(g.Key, [.. g.Select(b => new BarisKetentuan(b.Ketentuan, b.Nilai,
                pembanding is null ? null : pembanding.FirstOrDefault(p => p.Kelompok == b.Kelompok && p.Ketentuan == b.Ketentuan).Nilai ?? "—"))]))
            .ToList();
        return new KetentuanDaerah(pemda.Nama, pemda.Kebijakan.Preset, pemda.Versi, kelompok,
            PemerintahDaerah.SebutanKepalaDaerah(pemda.Kebijakan.GelarKepalaDaerah, pemda.Nama), pemda.NamaKepalaDaerah);
    }
}

/// <summary>
/// Applies one of the five presets to the region (DOMAIN.md §13): every setting takes that regulation's value. Requests already
/// under way keep the route planned when they were sent; everything decided afterwards follows the new values.
/// </summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record TerapkanPresetCommand(PresetRegulasi Preset, uint Versi, bool Konfirmasi) : IAppCommand<Result>;

internal sealed class TerapkanPresetValidator : AbstractValidator<TerapkanPresetCommand>
{
    public TerapkanPresetValidator()
    {
        RuleFor(x => x.Preset).IsInEnum().WithMessage("Pilih salah satu preset peraturan daerah.");
        RuleFor(x => x.Konfirmasi).Equal(true)
            .WithMessage("Centang pernyataan bahwa Anda memahami perubahan ketentuan ini sebelum menerapkannya.");
    }
}

internal sealed class TerapkanPresetHandler(IAppDb db) : ICommandHandler<TerapkanPresetCommand, Result>
{
    public async ValueTask<Result> Handle(TerapkanPresetCommand c, CancellationToken cancellationToken)
    {
        var pemda = await db.PemerintahDaerah.SingleAsync(cancellationToken);
        db.TetapkanVersiAsli(pemda, c.Versi);
        pemda.TerapkanKebijakan(KebijakanDaerah.DariPreset(c.Preset));
        return Result.Ok();
    }
}

/// <summary>
/// Turns the stored settings into readable rows: each nested group of keys (Penugasan, Tim Kerja, …) becomes a group, each
/// key a row; names and enum values are split into words ("JenisDapatDitugaskan" → "Jenis Dapat Ditugaskan").
/// </summary>
internal static partial class TampilanKetentuan
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static List<(string Kelompok, string Ketentuan, string Nilai)> Ratakan(KebijakanDaerah kebijakan)
    {
        var akar = JsonSerializer.SerializeToElement(kebijakan, Json);
        var baris = new List<(string, string, string)>();
        foreach (var p in akar.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Object)
            {
                baris.AddRange(p.Value.EnumerateObject().Select(q => (Kata(p.Name), Kata(q.Name), Nilai(q.Value))));
            }
            else
            {
                baris.Add(("Umum", Kata(p.Name), Nilai(p.Value)));
            }
        }

        return baris;
    }

    private static string Nilai(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.True => "Ya",
        JsonValueKind.False => "Tidak",
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        JsonValueKind.String when DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", out var tanggal) => TanggalIndonesia.Teks(tanggal),
        JsonValueKind.String => Kata(e.GetString()!),
        JsonValueKind.Array => e.GetArrayLength() == 0 ? "(tidak ada)" : string.Join(", ", e.EnumerateArray().Select(Nilai)),
        JsonValueKind.Object => string.Join("; ", e.EnumerateObject().Select(p => $"{Kata(p.Name)}: {Nilai(p.Value)}")),
        _ => e.GetRawText(),
    };

    /// <summary>"PejabatPenilaiKinerja" → "Pejabat Penilai Kinerja"; dates and other text pass through.</summary>
    private static string Kata(string nama) => PascalCase().IsMatch(nama) ? BatasKata().Replace(nama, " $1") : nama;

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex PascalCase();

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex BatasKata();
}
