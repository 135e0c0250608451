using Mediator;
using SistemKerja.Application.Common;
using SistemKerja.Application.Organisasi.DetailPerangkatDaerah;

namespace SistemKerja.Application.Organisasi.BaganOrganisasi;

/// <summary>
/// The org chart of a Perangkat Daerah as boxes and lines, laid out as a tidy top-down tree (each subtree as wide as its
/// leaves), ready to draw as SVG. One box per unit: its name, its head (or "lowong") and how many JF/Pelaksana it has.
/// </summary>
public sealed record BaganOrganisasiQuery(Guid PerangkatDaerahId) : IQuery<Bagan?>;

public sealed record Bagan(Guid PerangkatDaerahId, string Nama, double Lebar, double Tinggi, IReadOnlyList<KotakBagan> Kotak, IReadOnlyList<GarisBagan> Garis);

public sealed record KotakBagan(Guid UnitId, double X, double Y, string Unit, string Pimpinan, string Pemangku, int JumlahStaf, bool UnitOrganisasi, bool Lowong);

public sealed record GarisBagan(double X1, double Y1, double X2, double Y2);

internal sealed class BaganOrganisasiHandler(ISender sender) : IQueryHandler<BaganOrganisasiQuery, Bagan?>
{
    public const double LebarKotak = 200;
    public const double TinggiKotak = 74;
    private const double JarakX = 16;
    private const double JarakY = 46;

    public async ValueTask<Bagan?> Handle(BaganOrganisasiQuery query, CancellationToken cancellationToken)
    {
        var pd = await sender.Send(new DetailPerangkatDaerahQuery(query.PerangkatDaerahId), cancellationToken);
        if (pd is null)
        {
            return null;
        }

        var anak = pd.Unit.ToLookup(u => u.IndukId);
        var posisi = new Dictionary<Guid, (double X, double Y)>();
        var kolomBerikut = 0.0;

        // Post-order: leaves take the next column, parents sit centred over their children.
        double Tata(UnitDetail u)
        {
            var y = u.Kedalaman * (TinggiKotak + JarakY);
            var daftarAnak = anak[u.Id].ToList();
            double x;
            if (daftarAnak.Count == 0)
            {
                x = kolomBerikut;
                kolomBerikut += LebarKotak + JarakX;
            }
            else
            {
                var xs = daftarAnak.Select(Tata).ToList();
                x = (xs[0] + xs[^1]) / 2;
            }

            posisi[u.Id] = (x, y);
            return x;
        }

        foreach (var akar in anak[null])
        {
            Tata(akar);
        }

        var kotak = pd.Unit.Select(u =>
        {
            var kepala = u.Jabatan.FirstOrDefault(j => j.MemimpinUnit);
            var pemangku = kepala is { Pemangku.Count: > 0 } ? kepala.Pemangku[0] : null;
            return new KotakBagan(u.Id, posisi[u.Id].X + 10, posisi[u.Id].Y + 10, u.Nama,
                kepala?.Nama ?? "(tanpa jabatan pimpinan)",
                pemangku is null ? "lowong" : (pemangku.Jenis == Domain.Kepegawaian.JenisPemangkuan.Definitif ? "" : pemangku.Jenis + ". ") + pemangku.Nama,
                u.Jabatan.Count(j => !j.MemimpinUnit), u.UnitOrganisasiMandiri, kepala is not null && pemangku is null);
        }).ToList();
        var pusat = kotak.ToDictionary(k => k.UnitId);
        var garis = pd.Unit.Where(u => u.IndukId is { } i && pusat.ContainsKey(i)).Select(u =>
        {
            var induk = pusat[u.IndukId!.Value];
            var k = pusat[u.Id];
            return new GarisBagan(induk.X + (LebarKotak / 2), induk.Y + TinggiKotak, k.X + (LebarKotak / 2), k.Y);
        }).ToList();
        var lebar = Math.Max(LebarKotak + 20, kolomBerikut + 20);
        var tinggi = ((pd.Unit.Count == 0 ? 0 : pd.Unit.Max(u => u.Kedalaman)) + 1) * (TinggiKotak + JarakY) + 20;
        return new Bagan(pd.Id, pd.Nama, lebar, tinggi, kotak, garis);
    }
}
