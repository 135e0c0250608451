using System.Globalization;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Application.Organisasi.EksporPetaJabatan;
using SistemKerja.Application.Organisasi.PetaJabatan;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Application.Organisasi.ImporPetaJabatan;

/// <summary>
/// BKPSDM loads the peta jabatan of one Perangkat Daerah from a spreadsheet (the layout of the export). All or nothing:
/// every row is checked with the same domain rules as the forms, every bad row is reported with its line number and
/// reason, and nothing is saved unless every row is good.
/// <para>A row with a Kode Jabatan updates that slot (name, jenjang, kelas); a row without one adds a slot to an existing
/// unit. A row with an NIP places that pegawai in the slot from the TMT (ending their previous definitive post). Slots
/// missing from the sheet are left as they are: closing a slot is a deliberate act on its page.</para>
/// </summary>
[HanyaUntuk(Peran.AdminBkpsdm)]
public sealed record ImporPetaJabatanCommand(
    Guid PerangkatDaerahId,
    string NamaBerkas,
    [property: JsonIgnore] IReadOnlyList<BarisSpreadsheet> Baris,
    [property: JsonIgnore] IProgress<KemajuanImpor>? Kemajuan = null) : IAppCommand<Result<HasilImpor>>
{
    public const int BatasBaris = 50_000;

    /// <summary>For the audit line (the rows themselves are not copied into it).</summary>
    public int JumlahBaris => Baris.Count;
}

public sealed record KemajuanImpor(int Diperiksa, int Total);

public sealed record HasilImpor(int JabatanBaru, int JabatanDiubah, int JabatanTetap, int PemangkuDitetapkan);

internal sealed class ImporPetaJabatanValidator : AbstractValidator<ImporPetaJabatanCommand>
{
    public ImporPetaJabatanValidator()
    {
        RuleFor(x => x.PerangkatDaerahId).NotEmpty().WithName("Perangkat Daerah");
        RuleFor(x => x.NamaBerkas).NotEmpty().MaximumLength(255).WithName("Nama berkas");
        RuleFor(x => x.Baris).NotEmpty().WithMessage("Berkas tidak berisi baris data di bawah judul kolom.");
        RuleFor(x => x.Baris.Count).LessThanOrEqualTo(ImporPetaJabatanCommand.BatasBaris).WithMessage($"Berkas berisi lebih dari {ImporPetaJabatanCommand.BatasBaris:N0} baris; bagi menjadi beberapa berkas.");
    }
}

internal sealed class ImporPetaJabatanHandler(IAppDb db, TimeProvider waktu) : ICommandHandler<ImporPetaJabatanCommand, Result<HasilImpor>>
{
    private const int LaporSetiap = 250;

    public async ValueTask<Result<HasilImpor>> Handle(ImporPetaJabatanCommand command, CancellationToken cancellationToken)
    {
        var pd = await db.PerangkatDaerah.SingleOrDefaultAsync(p => p.Id == command.PerangkatDaerahId, cancellationToken);
        if (pd is null)
        {
            return Error.TidakDitemukan("Perangkat Daerah");
        }

        var hariIni = DateOnly.FromDateTime(waktu.GetLocalNow().DateTime);
        var unit = await db.UnitOrganisasi
            .Where(u => u.PerangkatDaerahId == pd.Id && (u.DitutupPada == null || u.DitutupPada > hariIni))
            .ToListAsync(cancellationToken);
        var jabatan = await db.Jabatan
            .Where(j => j.PerangkatDaerahId == pd.Id && (j.DitutupPada == null || j.DitutupPada > hariIni))
            .ToDictionaryAsync(j => j.Id, cancellationToken);
        var pemangkuAktif = (await db.PemangkuJabatan
                .Where(p => p.TanggalSelesai == null && db.Jabatan.Any(j => j.Id == p.JabatanId && j.PerangkatDaerahId == pd.Id))
                .ToListAsync(cancellationToken))
            .GroupBy(p => p.JabatanId).ToDictionary(g => g.Key, g => g.ToList());

        var nipDicari = command.Baris.Select(b => DigitNip(b[KolomPetaJabatan.NipPemangku])).OfType<string>().Distinct().ToList();
        var pegawai = await db.Pegawai.Include(p => p.RiwayatJabatan)
            .Where(p => p.PemerintahDaerahId == pd.PemerintahDaerahId && nipDicari.Contains(p.Nip))
            .ToDictionaryAsync(p => p.Nip, cancellationToken);

        var pemeriksa = new PemeriksaBaris(pd, unit, jabatan, pemangkuAktif, pegawai, hariIni);
        var errors = new List<Error>();
        for (var i = 0; i < command.Baris.Count; i++)
        {
            errors.AddRange(pemeriksa.Terapkan(command.Baris[i]));
            if ((i + 1) % LaporSetiap == 0 || i + 1 == command.Baris.Count)
            {
                command.Kemajuan?.Report(new KemajuanImpor(i + 1, command.Baris.Count));
            }
        }

        if (errors.Count > 0)
        {
            // Nothing is saved: the transaction behaviour rolls back a failed result, and the changes made to the tracked
            // entities above never reach the database.
            return Result<HasilImpor>.Fail(errors);
        }

        foreach (var baru in pemeriksa.JabatanBaru)
        {
            db.Jabatan.Add(baru);
        }

        return new HasilImpor(pemeriksa.JabatanBaru.Count, pemeriksa.Diubah, pemeriksa.Tetap, pemeriksa.PemangkuDitetapkan);
    }

    internal static string? DigitNip(string? teks)
    {
        if (string.IsNullOrWhiteSpace(teks))
        {
            return null;
        }

        var digit = new string([.. teks.Where(char.IsAsciiDigit)]);
        return digit.Length == Nip.Panjang ? digit : null;
    }

    /// <summary>Applies rows one by one to the tracked entities, collecting every reason a row is refused.</summary>
    private sealed class PemeriksaBaris
    {
        private readonly PerangkatDaerah pd;
        private readonly Dictionary<string, UnitOrganisasi> unitPerJalur;
        private readonly Dictionary<Guid, Jabatan> jabatan;
        private readonly Dictionary<Guid, List<PemangkuJabatan>> pemangkuAktif;
        private readonly Dictionary<string, Pegawai> pegawai;
        private readonly DateOnly hariIni;
        private readonly HashSet<Guid> unitBerpimpinan;
        private readonly Dictionary<Guid, int> kodeDipakai = [];
        private readonly Dictionary<string, int> nipDipakai = [];

        public PemeriksaBaris(PerangkatDaerah pd, List<UnitOrganisasi> unit, Dictionary<Guid, Jabatan> jabatan,
            Dictionary<Guid, List<PemangkuJabatan>> pemangkuAktif, Dictionary<string, Pegawai> pegawai, DateOnly hariIni)
        {
            this.pd = pd;
            this.jabatan = jabatan;
            this.pemangkuAktif = pemangkuAktif;
            this.pegawai = pegawai;
            this.hariIni = hariIni;
            var snapshot = unit.Select(u => new UnitSnapshot(u.Id, u.IndukId, u.PerangkatDaerahId, u.Nama, u.UnitOrganisasiMandiri));
            var perId = unit.ToDictionary(u => u.Id);
            unitPerJalur = JalurUnit.Dari(snapshot)
                .GroupBy(kv => Normalisasi(kv.Value))
                .ToDictionary(g => g.Key, g => perId[g.First().Key]);
            unitBerpimpinan = [.. jabatan.Values.Where(j => j.MemimpinUnit).Select(j => j.UnitOrganisasiId)];
        }

        public List<Jabatan> JabatanBaru { get; } = [];

        public int Diubah { get; private set; }

        public int Tetap { get; private set; }

        public int PemangkuDitetapkan { get; private set; }

        public List<Error> Terapkan(BarisSpreadsheet baris)
        {
            var salah = new List<Error>();
            void Tolak(string kolom, string pesan) =>
                salah.Add(new Error("BarisImpor", $"Baris {baris.Nomor}, kolom \"{kolom}\": {pesan}", ErrorKind.Validasi, $"Baris {baris.Nomor}"));

            var teksUnit = baris[KolomPetaJabatan.Unit];
            var nama = baris[KolomPetaJabatan.NamaJabatan]?.Trim();
            var teksJenis = baris[KolomPetaJabatan.JenisJabatan];
            var teksKelas = baris[KolomPetaJabatan.KelasJabatan];

            UnitOrganisasi? unit = null;
            if (string.IsNullOrWhiteSpace(teksUnit))
            {
                Tolak(KolomPetaJabatan.Unit, "wajib diisi.");
            }
            else if (!unitPerJalur.TryGetValue(Normalisasi(teksUnit), out unit))
            {
                Tolak(KolomPetaJabatan.Unit, $"unit \"{teksUnit.Trim()}\" tidak ada di {pd.Nama} (tulis jalur lengkap dari unit teratas, dipisah \"{KolomPetaJabatan.PemisahUnit.Trim()}\").");
            }

            if (string.IsNullOrWhiteSpace(nama))
            {
                Tolak(KolomPetaJabatan.NamaJabatan, "wajib diisi.");
            }
            else if (nama.Length > Jabatan.PanjangNama)
            {
                Tolak(KolomPetaJabatan.NamaJabatan, $"paling banyak {Jabatan.PanjangNama} karakter.");
            }

            JenisJabatan jenis = default;
            if (string.IsNullOrWhiteSpace(teksJenis) || !KolomPetaJabatan.CobaJenisJabatan(teksJenis, out jenis))
            {
                Tolak(KolomPetaJabatan.JenisJabatan, $"\"{teksJenis}\" tidak dikenal; pilih salah satu: {KolomPetaJabatan.Pilihan<JenisJabatan>(j => j.Label())}.");
            }

            JenjangFungsional? jenjang = null;
            var teksJenjang = baris[KolomPetaJabatan.Jenjang];
            if (!string.IsNullOrWhiteSpace(teksJenjang))
            {
                if (KolomPetaJabatan.CobaJenjang(teksJenjang, out var j))
                {
                    jenjang = j;
                }
                else
                {
                    Tolak(KolomPetaJabatan.Jenjang, $"\"{teksJenjang}\" tidak dikenal; pilih salah satu: {KolomPetaJabatan.Pilihan<JenjangFungsional>(x => x.Label())}.");
                }
            }

            var kelas = 0;
            if (string.IsNullOrWhiteSpace(teksKelas) || !int.TryParse(teksKelas.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out kelas))
            {
                Tolak(KolomPetaJabatan.KelasJabatan, $"\"{teksKelas}\" harus bilangan bulat {Jabatan.KelasJabatanMinimal}–{Jabatan.KelasJabatanMaksimal}.");
            }

            var memimpin = false;
            var teksMemimpin = baris[KolomPetaJabatan.MemimpinUnit];
            if (!string.IsNullOrWhiteSpace(teksMemimpin) && !KolomPetaJabatan.CobaYaTidak(teksMemimpin, out memimpin))
            {
                Tolak(KolomPetaJabatan.MemimpinUnit, $"\"{teksMemimpin}\" harus \"Ya\" atau \"Tidak\".");
            }

            TugasTambahan? tugas = null;
            var teksTugas = baris[KolomPetaJabatan.TugasTambahan];
            if (!string.IsNullOrWhiteSpace(teksTugas))
            {
                if (KolomPetaJabatan.CobaTugasTambahan(teksTugas, out var t))
                {
                    tugas = t;
                }
                else
                {
                    Tolak(KolomPetaJabatan.TugasTambahan, $"\"{teksTugas}\" tidak dikenal; pilih salah satu: {KolomPetaJabatan.Pilihan<TugasTambahan>(KolomPetaJabatan.Label)}.");
                }
            }

            var slot = TentukanSlot(baris, salah.Count == 0, unit, nama, jenis, jenjang, kelas, memimpin, tugas, Tolak);
            PeriksaPemangku(baris, slot, Tolak);
            return salah;
        }

        /// <summary>Finds the existing slot (Kode Jabatan) and updates it, or forms a new one; null when the row is bad.</summary>
        private Jabatan? TentukanSlot(BarisSpreadsheet baris, bool isianSah, UnitOrganisasi? unit, string? nama, JenisJabatan jenis,
            JenjangFungsional? jenjang, int kelas, bool memimpin, TugasTambahan? tugas, Action<string, string> tolak)
        {
            var teksKode = baris[KolomPetaJabatan.KodeJabatan];
            if (!string.IsNullOrWhiteSpace(teksKode))
            {
                if (!Guid.TryParse(teksKode.Trim(), out var kode) || !jabatan.TryGetValue(kode, out var ada))
                {
                    tolak(KolomPetaJabatan.KodeJabatan, $"\"{teksKode.Trim()}\" bukan kode jabatan aktif di {pd.Nama}; kosongkan untuk jabatan baru.");
                    return null;
                }

                if (!kodeDipakai.TryAdd(kode, baris.Nomor))
                {
                    tolak(KolomPetaJabatan.KodeJabatan, $"jabatan yang sama sudah tercantum pada baris {kodeDipakai[kode]}.");
                    return null;
                }

                if (!isianSah)
                {
                    return ada;
                }

                if (ada.UnitOrganisasiId != unit!.Id)
                {
                    tolak(KolomPetaJabatan.Unit, "jabatan tidak dapat dipindah antar unit lewat impor; buat jabatan baru di unit tujuan dan tutup yang lama.");
                    return ada;
                }

                if (ada.Jenis != jenis || ada.MemimpinUnit != memimpin || ada.TugasTambahan != tugas)
                {
                    tolak(KolomPetaJabatan.JenisJabatan, "jenis jabatan, memimpin unit dan tugas tambahan tidak dapat diubah; jabatan dengan jenis lain adalah jabatan baru.");
                    return ada;
                }

                if (ada.Nama == nama && ada.Jenjang == jenjang && ada.KelasJabatan == kelas)
                {
                    Tetap++;
                    return ada;
                }

                var ubah = ada.Ubah(nama!, jenjang, kelas);
                TolakSemua(ubah, KolomPetaJabatan.NamaJabatan, tolak);
                Diubah += ubah.Berhasil ? 1 : 0;
                return ada;
            }

            if (!isianSah)
            {
                return null;
            }

            if (memimpin && !unitBerpimpinan.Add(unit!.Id))
            {
                tolak(KolomPetaJabatan.MemimpinUnit, new UnitHanyaMemilikiSatuJabatanPimpinan(true, true).Pesan);
                return null;
            }

            var dibentuk = Jabatan.Bentuk(unit!, nama!, jenis, jenjang, kelas, memimpin, tugas, hasilPenyetaraan: false);
            TolakSemua(dibentuk, KolomPetaJabatan.JenisJabatan, tolak);
            if (dibentuk.Gagal)
            {
                return null;
            }

            JabatanBaru.Add(dibentuk.Nilai);
            return dibentuk.Nilai;
        }

        private void PeriksaPemangku(BarisSpreadsheet baris, Jabatan? slot, Action<string, string> tolak)
        {
            var teksNip = baris[KolomPetaJabatan.NipPemangku];
            if (string.IsNullOrWhiteSpace(teksNip))
            {
                return;
            }

            if (baris.SelAngka.Contains(KolomPetaJabatan.NipPemangku))
            {
                tolak(KolomPetaJabatan.NipPemangku, $"\"{teksNip}\" tersimpan sebagai angka sehingga digitnya bisa berubah; format sel sebagai Teks dan ketik ulang 18 digit NIP.");
                return;
            }

            var digit = DigitNip(teksNip);
            if (digit is null || !pegawai.TryGetValue(digit, out var orang))
            {
                // Parse against PNS to say what is wrong with the number itself; a well-formed unknown NIP is "not registered".
                var bentuk = Nip.Parse(teksNip, StatusKepegawaian.Pns, hariIni);
                var bentukPppk = Nip.Parse(teksNip, StatusKepegawaian.Pppk, hariIni);
                tolak(KolomPetaJabatan.NipPemangku, bentuk.Gagal && bentukPppk.Gagal
                    ? $"NIP \"{teksNip}\" tidak valid: {bentuk.ErrorUtama!.Pesan}"
                    : $"pegawai dengan NIP {digit} tidak terdaftar pada pemerintah daerah ini (tambahkan pegawainya terlebih dahulu).");
                return;
            }

            if (!nipDipakai.TryAdd(digit, baris.Nomor))
            {
                tolak(KolomPetaJabatan.NipPemangku, $"pegawai yang sama sudah ditempatkan pada baris {nipDipakai[digit]}.");
                return;
            }

            var jenisPemangkuan = JenisPemangkuan.Definitif;
            var teksJenis = baris[KolomPetaJabatan.JenisPemangkuan];
            if (!string.IsNullOrWhiteSpace(teksJenis) && !KolomPetaJabatan.CobaJenisPemangkuan(teksJenis, out jenisPemangkuan))
            {
                tolak(KolomPetaJabatan.JenisPemangkuan, $"\"{teksJenis}\" tidak dikenal; pilih Definitif, Plt atau Plh.");
                return;
            }

            if (slot is null || orang.RiwayatJabatan.Any(r => r.JabatanId == slot.Id && r.TanggalSelesai is null && r.Jenis == jenisPemangkuan))
            {
                return; // Bad slot already reported, or this pegawai already holds it: nothing to do.
            }

            var teksTmt = baris[KolomPetaJabatan.TmtPemangku];
            var nomorSk = baris[KolomPetaJabatan.NomorSkPemangku]?.Trim();
            if (string.IsNullOrWhiteSpace(teksTmt) || !KolomPetaJabatan.CobaTanggal(teksTmt, out var tmt))
            {
                tolak(KolomPetaJabatan.TmtPemangku, $"\"{teksTmt}\" bukan tanggal (contoh: 2025-01-20 atau 20-01-2025); wajib untuk pemangku baru.");
                return;
            }

            if (string.IsNullOrWhiteSpace(nomorSk) || nomorSk.Length > PemangkuJabatan.PanjangNomorSk)
            {
                tolak(KolomPetaJabatan.NomorSkPemangku, $"wajib diisi untuk pemangku baru (paling banyak {PemangkuJabatan.PanjangNomorSk} karakter).");
                return;
            }

            var aktif = pemangkuAktif.TryGetValue(slot.Id, out var daftar) ? daftar.Where(p => p.TanggalSelesai is null).ToList() : [];
            var hasil = orang.TetapkanPadaJabatan(slot, jenisPemangkuan, tmt, nomorSk, aktif, akhiriJabatanSebelumnya: true);
            TolakSemua(hasil, KolomPetaJabatan.NipPemangku, tolak);
            if (hasil.Berhasil)
            {
                PemangkuDitetapkan++;
                if (daftar is null)
                {
                    pemangkuAktif[slot.Id] = daftar = [];
                }

                daftar.Add(hasil.Nilai);
            }
        }

        private static void TolakSemua(Result hasil, string kolom, Action<string, string> tolak)
        {
            foreach (var e in hasil.Errors)
            {
                tolak(kolom, e.Pesan);
            }
        }

        private static string Normalisasi(string jalur) =>
            string.Join('>', jalur.Split('>', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
    }
}
