using System.Collections.Concurrent;
using System.Security.Claims;
using System.Threading.Channels;
using Mediator;
using SistemKerja.Application.Organisasi.ImporPetaJabatan;
using SistemKerja.Application.Organisasi.PetaJabatan;
using SistemKerja.Domain.Common;

namespace SistemKerja.Web.Infrastructure;

public enum TahapImpor
{
    Menunggu,
    Membaca,
    Memeriksa,
    Menyimpan,
    Berhasil,
    Ditolak,
}

/// <summary>One peta jabatan import as its status page shows it. Updated by the worker, read by the page.</summary>
public sealed class PekerjaanImpor(Guid id, Guid penggunaId, Guid perangkatDaerahId, string namaBerkas, DateTimeOffset dimulai)
{
    public Guid Id { get; } = id;

    public Guid PenggunaId { get; } = penggunaId;

    public Guid PerangkatDaerahId { get; } = perangkatDaerahId;

    public string NamaBerkas { get; } = namaBerkas;

    public DateTimeOffset Dimulai { get; } = dimulai;

    public DateTimeOffset? Selesai { get; internal set; }

    public TahapImpor Tahap { get; internal set; } = TahapImpor.Menunggu;

    public int Diperiksa { get; internal set; }

    public int Total { get; internal set; }

    public HasilImpor? Hasil { get; internal set; }

    public IReadOnlyList<Error> Kesalahan { get; internal set; } = [];

    public bool Berjalan => Tahap is TahapImpor.Menunggu or TahapImpor.Membaca or TahapImpor.Memeriksa or TahapImpor.Menyimpan;

    /// <summary>0–100 for the progress bar: reading 5 %, checking rows up to 90 %, saving the rest.</summary>
    public int Persen => Tahap switch
    {
        TahapImpor.Menunggu => 0,
        TahapImpor.Membaca => 5,
        TahapImpor.Memeriksa => 5 + (Total == 0 ? 0 : (int)(85L * Diperiksa / Total)),
        TahapImpor.Menyimpan => 95,
        _ => 100,
    };

    internal byte[]? Isi { get; set; }

    internal ClaimsPrincipal? Pengguna { get; set; }
}

/// <summary>
/// Imports run in the background, one at a time, so the upload returns at once and the page can show progress. The
/// queue lives in memory: after a restart a running import is gone (nothing of it was saved) and the admin uploads again.
/// Finished jobs are kept for a day for their status page.
/// </summary>
public sealed class AntrianImpor(TimeProvider waktu)
{
    private static readonly TimeSpan Simpan = TimeSpan.FromDays(1);
    private readonly ConcurrentDictionary<Guid, PekerjaanImpor> pekerjaan = new();
    private readonly Channel<PekerjaanImpor> antrian = Channel.CreateUnbounded<PekerjaanImpor>(new UnboundedChannelOptions { SingleReader = true });

    internal ChannelReader<PekerjaanImpor> Pembaca => antrian.Reader;

    public PekerjaanImpor Antrekan(ClaimsPrincipal pengguna, Guid penggunaId, Guid perangkatDaerahId, string namaBerkas, byte[] isi)
    {
        Bersihkan();
        var baru = new PekerjaanImpor(Guid.CreateVersion7(), penggunaId, perangkatDaerahId, namaBerkas, waktu.GetUtcNow())
        {
            Isi = isi,
            Pengguna = pengguna,
        };
        pekerjaan[baru.Id] = baru;
        antrian.Writer.TryWrite(baru);
        return baru;
    }

    /// <summary>A job, only for the user who started it.</summary>
    public PekerjaanImpor? Cari(Guid id, Guid? penggunaId) =>
        pekerjaan.TryGetValue(id, out var p) && p.PenggunaId == penggunaId ? p : null;

    private void Bersihkan()
    {
        var batas = waktu.GetUtcNow() - Simpan;
        foreach (var lama in pekerjaan.Values.Where(p => p.Selesai < batas))
        {
            pekerjaan.TryRemove(lama.Id, out _);
        }
    }
}

/// <summary>Runs queued imports: reads the workbook, then sends the import command as the user who uploaded it.</summary>
internal sealed partial class PekerjaImpor(AntrianImpor antrian, IServiceScopeFactory scopes, IBerkasSpreadsheet spreadsheet, TimeProvider waktu,
    ILogger<PekerjaImpor> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var kerja in antrian.Pembaca.ReadAllAsync(stoppingToken))
        {
            await JalankanAsync(kerja, stoppingToken);
        }
    }

    private async Task JalankanAsync(PekerjaanImpor kerja, CancellationToken ct)
    {
        try
        {
            kerja.Tahap = TahapImpor.Membaca;
            using var isi = new MemoryStream(kerja.Isi!);
            var lembar = spreadsheet.Baca(isi, ImporPetaJabatanCommand.BatasBaris);
            if (lembar.Gagal)
            {
                Akhiri(kerja, TahapImpor.Ditolak, lembar.Errors);
                return;
            }

            var kurang = KolomPetaJabatan.Wajib.Where(k => !lembar.Nilai.Judul.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
            if (kurang.Count > 0)
            {
                Akhiri(kerja, TahapImpor.Ditolak, [new Error("KolomTidakAda",
                    $"Baris 1: kolom wajib tidak ditemukan: {string.Join(", ", kurang)}. Gunakan berkas hasil Ekspor sebagai templat.", ErrorKind.Validasi, "Berkas")]);
                return;
            }

            kerja.Total = lembar.Nilai.Baris.Count;
            kerja.Tahap = TahapImpor.Memeriksa;
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<PenggunaLatar>().Pengguna = kerja.Pengguna;
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            var kemajuan = new KemajuanKe(k =>
            {
                kerja.Diperiksa = k.Diperiksa;
                if (k.Diperiksa == k.Total)
                {
                    kerja.Tahap = TahapImpor.Menyimpan;
                }
            });
            var hasil = await sender.Send(new ImporPetaJabatanCommand(kerja.PerangkatDaerahId, kerja.NamaBerkas, lembar.Nilai.Baris, kemajuan), ct);
            kerja.Hasil = hasil.Berhasil ? hasil.Nilai : null;
            Akhiri(kerja, hasil.Berhasil ? TahapImpor.Berhasil : TahapImpor.Ditolak, hasil.Errors);
            LogSelesai(log, kerja.Id, kerja.Tahap, kerja.Total, hasil.Errors.Count);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // A bug, not bad input: log it with the job id, tell the user without details, keep the worker alive.
            LogGagal(log, e, kerja.Id);
            Akhiri(kerja, TahapImpor.Ditolak, [new Error("KesalahanSistem", $"Terjadi kesalahan sistem saat mengimpor (kode {kerja.Id}). Tidak ada data yang disimpan; hubungi pengelola aplikasi.", ErrorKind.Validasi)]);
        }
    }

    private void Akhiri(PekerjaanImpor kerja, TahapImpor tahap, IReadOnlyList<Error> kesalahan)
    {
        kerja.Kesalahan = kesalahan;
        kerja.Isi = null;
        kerja.Pengguna = null;
        kerja.Selesai = waktu.GetUtcNow();
        kerja.Tahap = tahap;
    }

    [LoggerMessage(LogLevel.Information, "Impor peta jabatan {Id} selesai: {Tahap}, {Baris} baris, {Kesalahan} kesalahan")]
    private static partial void LogSelesai(ILogger log, Guid id, TahapImpor tahap, int baris, int kesalahan);

    [LoggerMessage(LogLevel.Error, "Impor peta jabatan {Id} gagal karena kesalahan sistem")]
    private static partial void LogGagal(ILogger log, Exception e, Guid id);

    /// <summary>Reports synchronously (unlike <see cref="Progress{T}"/>, which posts to the thread pool out of order).</summary>
    private sealed class KemajuanKe(Action<KemajuanImpor> laporkan) : IProgress<KemajuanImpor>
    {
        public void Report(KemajuanImpor value) => laporkan(value);
    }
}
