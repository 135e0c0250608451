using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.AlurPenugasan.AjukanPelibatanKeluar;
using SistemKerja.Application.AlurPenugasan.CatatPelibatanMasuk;
using SistemKerja.Application.AlurPenugasan.DetailPelibatanInstansi;
using SistemKerja.Application.AlurPenugasan.DetailPenugasan;
using SistemKerja.Application.AlurPenugasan.ProsesPelibatanInstansi;
using SistemKerja.Application.AlurPenugasan.TunjukPegawai;
using SistemKerja.Application.Common;
using SistemKerja.Application.Organisasi.Struktur;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using SistemKerja.TestSupport;
using static SistemKerja.Application.Tests.AlurPenugasan.PelibatanInstansiUji;

namespace SistemKerja.Application.Tests.AlurPenugasan;


/// <summary>
/// WF-4 lintas instansi (DOMAIN.md §6.6) through the use cases on the demo region (HSU preset, lintas instansi enabled):
/// CatatPelibatanMasuk, AjukanPelibatanKeluar, ProsesPelibatanInstansi, DetailPelibatanInstansi / DaftarPelibatanInstansi.
/// HSU `000_f720e179c5bde346.txt` Ps 14a–e and Ps 17; PyB = Sekretaris Daerah (§15 Q-3); refusals with reasons (§15 Q-4).
/// </summary>
public sealed class PelibatanInstansiAplikasiTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly PelibatanInstansiUji sk = new(db);

    // ---------------------------------------------------------------- CatatPelibatanMasuk

    // §6.6 notes / §15 Q-7: the incoming letter is registered by the PyB's secretariat (BKPSDM admin); nobody else may.
    [Theory]
    [InlineData("pimpinan")]
    [InlineData("sekda")]
    [InlineData("pegawai")]
    [InlineData("auditor")]
    public async Task CatatMasuk_OlehBukanAdmin_Terlarang_TidakTersimpan(string siapa)
    {
        var oleh = siapa switch
        {
            "pimpinan" => await sk.PimpinanAsync(),
            "sekda" => await sk.SekdaAsync(),
            "pegawai" => await sk.PegawaiAsync(),
            _ => await sk.AuditorAsync(),
        };
        var unit = await sk.BidangAplikasiAsync();
        var awal = await sk.JumlahAsync();

        var hasil = await db.KirimAsync(sk.Masuk(unit, sk.NomorBaru()), oleh.Pengguna);

        hasil.Gagal.ShouldBeTrue();
        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        (await sk.JumlahAsync()).ShouldBe(awal);
    }

    // Registered by the admin: stored as the letter says, waiting for our PyB (HSU Ps 14c), who alone is told.
    [Fact]
    public async Task CatatMasuk_OlehAdmin_TersimpanMenungguSekda_SekdaDiberitahu()
    {
        var admin = await sk.AdminAsync();
        var sekda = await sk.SekdaAsync();
        var pimpinan = await sk.PimpinanAsync();
        var unit = await sk.BidangAplikasiAsync();
        var nomor = sk.NomorBaru();
        var awal = await sk.JumlahAsync();

        var id = Pasti(await db.KirimAsync(sk.Masuk(unit, nomor, alokasi: 15, tanggalSurat: sk.HariIni.AddDays(-4)), admin.Pengguna));

        var p = await sk.PelibatanAsync(id);
        (p.Arah, p.Tahap, p.Status).ShouldBe((ArahPelibatanInstansi.Masuk, TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, StatusPelibatanInstansi.Diproses));
        (p.InstansiLain, p.NomorSuratPermohonan, p.TanggalSuratPermohonan).ShouldBe((Instansi, nomor, sk.HariIni.AddDays(-4)));
        (p.MaksudDanTujuan, p.KompetensiDibutuhkan, p.EkspektasiTargetKinerja, p.AlokasiPersen).ShouldBe((Maksud, Kompetensi, Ekspektasi, 15));
        p.UnitId.ShouldBe(unit);
        p.PejabatBerwenangJabatanId.ShouldBe(await sk.JabatanSekdaAsync());
        p.PimpinanUnitJabatanId.ShouldBe(pimpinan.JabatanId!.Value);
        p.DibuatOlehPegawaiId.ShouldBe(admin.PegawaiId);
        p.Riwayat.Count.ShouldBe(1);

        (await sk.NotifikasiAsync(TautanDetail(id))).ShouldBe([(sekda.PegawaiId, $"Menunggu tindakan Anda: pelibatan lintas instansi ({Instansi}) — {Maksud}")]);
        (await sk.JumlahAsync()).ShouldBe(awal with { Pelibatan = awal.Pelibatan + 1, Notifikasi = awal.Notifikasi + 1 });
    }

    // Shape of the input (FluentValidation, Indonesian messages) and the domain rules (V-PER-01/02) reach the caller; nothing is stored.
    [Theory]
    [InlineData("TanggalSuratKosong", "TanggalSurat", ErrorKind.Validasi)]
    [InlineData("InstansiKosong", "InstansiLain", ErrorKind.Validasi)]
    [InlineData("NomorTerlaluPanjang", "NomorSurat", ErrorKind.Validasi)]
    [InlineData("UnitKosong", "UnitId", ErrorKind.Validasi)]
    [InlineData("UnitTidakAda", "PuoTidakAda", ErrorKind.AturanDilanggar)]
    [InlineData("MulaiLampau", nameof(TanggalMulaiTidakBolehLampau), ErrorKind.AturanDilanggar)]
    [InlineData("TanpaMaksud", nameof(PermohonanPelibatanWajibMemuatEmpatUnsur), ErrorKind.AturanDilanggar)]
    public async Task CatatMasuk_MasukanSalah_DitolakDenganPesan_TidakTersimpan(string kasus, string kodeAtauProperti, ErrorKind jenis)
    {
        var admin = await sk.AdminAsync();
        var unit = await sk.BidangAplikasiAsync();
        var c = sk.Masuk(unit, sk.NomorBaru());
        c = kasus switch
        {
            "TanggalSuratKosong" => c with { TanggalSurat = default },
            "InstansiKosong" => c with { InstansiLain = "  " },
            "NomorTerlaluPanjang" => c with { NomorSurat = new string('9', PelibatanInstansi.PanjangNomor + 1) },
            "UnitKosong" => c with { UnitId = Guid.Empty },
            "UnitTidakAda" => c with { UnitId = Guid.NewGuid() },
            "MulaiLampau" => c with { TanggalMulai = sk.HariIni.AddDays(-1) },
            _ => c with { MaksudDanTujuan = null },
        };
        var awal = await sk.JumlahAsync();

        var hasil = await db.KirimAsync(c, admin.Pengguna);

        hasil.Gagal.ShouldBeTrue();
        hasil.Errors.ShouldContain(e => e.Jenis == jenis && (e.Kode == kodeAtauProperti || e.Properti == kodeAtauProperti),
            string.Join("; ", hasil.Errors.Select(e => $"{e.Kode}/{e.Properti}: {e.Pesan}")));
        hasil.Errors.ShouldAllBe(e => !string.IsNullOrWhiteSpace(e.Pesan) && !e.Pesan.Contains("must", StringComparison.OrdinalIgnoreCase));
        (await sk.JumlahAsync()).ShouldBe(awal);
    }

    // ---------------------------------------------------------------- the whole incoming flow (HSU Ps 14c–e)

    [Fact]
    public async Task Hsu_Ps14c_e_AlurMasukLengkap_SatuPenugasanDanSuratTugasPerPegawaiDalamDaftar()
    {
        var admin = await sk.AdminAsync();
        var sekda = await sk.SekdaAsync();
        var pimpinan = await sk.PimpinanAsync();
        var pegawai = await sk.PegawaiAsync();
        var unit = await sk.BidangAplikasiAsync();
        var lain = (await sk.AmbilAnggotaAsync(unit, 1))[0];
        var nomor = sk.NomorBaru("800.1/5");
        var awal = await sk.JumlahAsync();

        var id = Pasti(await db.KirimAsync(sk.Masuk(unit, nomor, alokasi: 10), admin.Pengguna));
        var tautan = TautanDetail(id);

        // Ps 14c: the PyB agrees and instructs the unit; its head is told.
        (await sk.PastiAsync(id, AksiPelibatanInstansi.Setujui, sekda, catatan: "Mohon disiapkan")).ShouldBe(StatusPelibatanInstansi.Diproses);
        (await sk.PelibatanAsync(id)).Tahap.ShouldBe(TahapPelibatanInstansi.JawabanKetersediaan);
        (await sk.NotifikasiAsync(tautan)).Select(n => n.PegawaiId).ShouldBe([sekda.PegawaiId, pimpinan.PegawaiId]);

        // Ps 14d, e.1: the unit head answers "beserta daftar"; the PyB is told.
        await sk.PastiAsync(id, AksiPelibatanInstansi.JawabKetersediaan, pimpinan, pegawai: [pegawai.PegawaiId, lain.PegawaiId], catatan: "Dua pegawai tersedia");
        var dijawab = await sk.PelibatanAsync(id);
        dijawab.Tahap.ShouldBe(TahapPelibatanInstansi.PersetujuanJawaban);
        dijawab.PegawaiDitugaskan.ShouldBe([pegawai.PegawaiId, lain.PegawaiId], ignoreOrder: true);
        (await sk.NotifikasiAsync(tautan)).Select(n => n.PegawaiId).ShouldBe([sekda.PegawaiId, pimpinan.PegawaiId, sekda.PegawaiId]);

        // Ps 14e.2: the PyB's approval of the answer sends our surat jawaban — its number and date are required.
        var tanpaNomor = await sk.ProsesAsync(id, AksiPelibatanInstansi.Setujui, sekda);
        tanpaNomor.ErrorUtama!.Kode.ShouldBe(nameof(NomorSuratWajibDiisi));
        (await sk.PelibatanAsync(id)).Tahap.ShouldBe(TahapPelibatanInstansi.PersetujuanJawaban);
        var nomorJawaban = $"800.1/91/SETDA/{sk.HariIni.Year}";
        await sk.PastiAsync(id, AksiPelibatanInstansi.Setujui, sekda, nomor: nomorJawaban, tanggal: sk.HariIni);
        var disetujui = await sk.PelibatanAsync(id);
        (disetujui.Tahap, disetujui.NomorSuratJawaban, disetujui.TanggalSuratJawaban).ShouldBe((TahapPelibatanInstansi.PenerbitanSuratTugas, nomorJawaban, sk.HariIni));
        (await sk.NotifikasiAsync(tautan)).Count(n => n.PegawaiId == pimpinan.PegawaiId).ShouldBe(2);

        // Ps 14e.3–4: the PUO issues; one Penugasan and one Surat Tugas per listed pegawai.
        (await sk.PastiAsync(id, AksiPelibatanInstansi.Terbitkan, pimpinan)).ShouldBe(StatusPelibatanInstansi.Disetujui);
        var akhir = await sk.PelibatanAsync(id);
        (akhir.Tahap, akhir.Status).ShouldBe((TahapPelibatanInstansi.Selesai, StatusPelibatanInstansi.Disetujui));

        var penugasan = await db.BacaAsync(c => c.Penugasan.AsNoTracking().Where(t => t.PelibatanInstansiId == id).ToListAsync());
        penugasan.Select(t => t.PegawaiId).ShouldBe([pegawai.PegawaiId, lain.PegawaiId], ignoreOrder: true);
        foreach (var t in penugasan)
        {
            t.Asal.ShouldBe(AsalPenugasan.LintasInstansi);
            t.PermohonanId.ShouldBeNull();
            t.UnitPemilikKinerjaId.ShouldBe(unit);
            t.PenerbitJabatanId.ShouldBe(pimpinan.JabatanId!.Value);
            t.JabatanPegawaiId.ShouldBe(t.PegawaiId == pegawai.PegawaiId ? pegawai.JabatanId!.Value : lain.JabatanId);
            (t.TanggalMulai, t.TanggalSelesai, t.AlokasiPersen, t.PenuhWaktu).ShouldBe((akhir.TanggalMulai, akhir.TanggalSelesai, 10, false));
            t.Uraian.ShouldBe($"{Maksud} (pelibatan pada {Instansi})");
            t.Status.ShouldBe(StatusPenugasan.Ditetapkan);
            t.SuratTugasId.ShouldNotBeNull();
        }

        var ids = penugasan.Select(t => t.Id).ToList();
        var surat = await db.BacaAsync(c => c.SuratTugas.AsNoTracking().Where(s => ids.Contains(s.PenugasanId)).ToListAsync());
        surat.Count.ShouldBe(2);
        foreach (var s in surat)
        {
            var t = penugasan.Single(x => x.Id == s.PenugasanId);
            t.SuratTugasId.ShouldBe(s.Id);
            s.Kepada.PegawaiId.ShouldBe(t.PegawaiId);
            s.Penandatangan.JabatanId.ShouldBe(pimpinan.JabatanId!.Value);
            s.Dasar.ShouldContain($"Nomor {nomor}");
            s.Dasar.ShouldContain(Instansi);
            s.Tembusan.ShouldContain("Pejabat yang Berwenang (Sekretaris Daerah)");
            s.Tembusan.ShouldContain($"Pejabat yang Berwenang {Instansi}");
            (s.TanggalMulai, s.TanggalSelesai).ShouldBe((t.TanggalMulai, t.TanggalSelesai));
        }

        foreach (var t in penugasan)
        {
            (await sk.NotifikasiAsync($"/Penugasan/Tugas/{t.Id}")).ShouldBe([(t.PegawaiId, $"Anda ditugaskan pada {Instansi}: {Maksud}")]);
        }

        (await sk.JumlahAsync()).ShouldBe(awal with
        {
            Pelibatan = awal.Pelibatan + 1, Penugasan = awal.Penugasan + 2, SuratTugas = awal.SuratTugas + 2, Notifikasi = awal.Notifikasi + 4 + 2,
        });

        // The listed pegawai opens their Surat Tugas; the request's detail links every listed pegawai to theirs.
        var milikSaya = await db.TanyaAsync(new DetailPenugasanQuery(penugasan.Single(t => t.PegawaiId == pegawai.PegawaiId).Id), pegawai.Pengguna);
        milikSaya.ShouldNotBeNull();
        milikSaya.Asal.ShouldBe(AsalPenugasan.LintasInstansi);
        milikSaya.Surat.Dasar.ShouldContain(d => d.Contains(nomor, StringComparison.Ordinal));

        // A listed pegawai sees only their own line and none of the officials' notes (not the colleague's NIP).
        var untukPegawai = await db.TanyaAsync(new DetailPelibatanInstansiQuery(id), pegawai.Pengguna);
        untukPegawai!.PegawaiDitugaskan.ShouldHaveSingleItem().Id.ShouldBe(pegawai.PegawaiId);
        untukPegawai.Riwayat.ShouldAllBe(r => r.Catatan == null);
        untukPegawai.AlasanPengecualianKetersediaan.ShouldBeNull();

        var detail = await db.TanyaAsync(new DetailPelibatanInstansiQuery(id), admin.Pengguna);
        detail!.PegawaiDitugaskan.Select(g => (g.Id, g.PenugasanId)).ShouldBe(penugasan.Select(t => (t.PegawaiId, (Guid?)t.Id)), ignoreOrder: true);
        detail.Riwayat.Select(r => r.Tahap).ShouldBe(
        [
            TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan, TahapPelibatanInstansi.JawabanKetersediaan,
            TahapPelibatanInstansi.PersetujuanJawaban, TahapPelibatanInstansi.PenerbitanSuratTugas,
        ]);
    }

    // Each step only by the official of that step (JabatanBertindak): the unit head cannot approve for the PyB, the PyB cannot
    // answer for the unit, another Kepala Bidang can do neither; a plain pegawai is refused too.
    [Fact]
    public async Task Proses_OlehPejabatYangBukanGilirannya_Terlarang_TidakBerubah()
    {
        var sekda = await sk.SekdaAsync();
        var pimpinan = await sk.PimpinanAsync();
        var pimpinan2 = await sk.Pimpinan2Async();
        var unit = await sk.BidangAplikasiAsync();
        var calon = await sk.AmbilAnggotaAsync(unit, 1);
        var id = await sk.MasukSampaiAsync(unit, TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan);

        // The unit head is involved (the request names his position) but it is not his turn: Terlarang.
        (await sk.ProsesAsync(id, AksiPelibatanInstansi.Setujui, pimpinan)).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        (await sk.ProsesAsync(id, AksiPelibatanInstansi.Tolak, pimpinan, catatan: "tidak")).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);

        // Uninvolved users are refused too (Terlarang, or TidakDitemukan when the handler hides the request from them).
        foreach (var oleh in new[] { pimpinan2, await sk.OrangAsync(calon[0].PegawaiId, [Peran.Pegawai]) })
        {
            (await sk.ProsesAsync(id, AksiPelibatanInstansi.Setujui, oleh)).ErrorUtama!.Jenis.ShouldBeOneOf(ErrorKind.Terlarang, ErrorKind.TidakDitemukan);
            (await sk.ProsesAsync(id, AksiPelibatanInstansi.Tolak, oleh, catatan: "tidak")).ErrorUtama!.Jenis.ShouldBeOneOf(ErrorKind.Terlarang, ErrorKind.TidakDitemukan);
        }

        (await sk.PelibatanAsync(id)).Tahap.ShouldBe(TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan);
        await sk.PastiAsync(id, AksiPelibatanInstansi.Setujui, sekda);

        (await sk.ProsesAsync(id, AksiPelibatanInstansi.JawabKetersediaan, sekda, pegawai: [calon[0].PegawaiId])).ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        (await sk.ProsesAsync(id, AksiPelibatanInstansi.JawabKetersediaan, pimpinan2, pegawai: [calon[0].PegawaiId])).ErrorUtama!.Jenis
            .ShouldBeOneOf(ErrorKind.Terlarang, ErrorKind.TidakDitemukan);

        var p = await sk.PelibatanAsync(id);
        (p.Tahap, p.PegawaiDitugaskan.Count, p.Riwayat.Count).ShouldBe((TahapPelibatanInstansi.JawabanKetersediaan, 0, 2));
    }

    // §15 Q-4: a refusal needs reasons; with them the request ends Ditolak and whoever registered it is told why.
    [Fact]
    public async Task Tolak_OlehSekda_TanpaAlasanDitolak_DenganAlasanBerakhirDanPencatatDiberitahu()
    {
        var admin = await sk.AdminAsync();
        var sekda = await sk.SekdaAsync();
        var unit = await sk.BidangAplikasiAsync();
        var id = await sk.MasukSampaiAsync(unit, TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan);

        var tanpa = await sk.ProsesAsync(id, AksiPelibatanInstansi.Tolak, sekda, catatan: "  ");
        tanpa.ErrorUtama!.Kode.ShouldBe(nameof(PenolakanWajibDisertaiAlasan));
        (await sk.PelibatanAsync(id)).Status.ShouldBe(StatusPelibatanInstansi.Diproses);

        (await sk.PastiAsync(id, AksiPelibatanInstansi.Tolak, sekda, catatan: "Tidak sejalan dengan prioritas daerah")).ShouldBe(StatusPelibatanInstansi.Ditolak);

        var p = await sk.PelibatanAsync(id);
        (p.Tahap, p.Status).ShouldBe((TahapPelibatanInstansi.Selesai, StatusPelibatanInstansi.Ditolak));
        (await sk.NotifikasiAsync(TautanDetail(id))).ShouldContain((admin.PegawaiId, $"Pelibatan lintas instansi ({Instansi}) ditolak: Tidak sejalan dengan prioritas daerah"));
        (await sk.ProsesAsync(id, AksiPelibatanInstansi.Setujui, sekda)).ErrorUtama!.Pesan.ShouldBe("Permohonan ini sudah selesai diproses.");
    }

    // HSU Ps 14d: "tidak tersedia" is the unit head's refusal with reasons.
    [Fact]
    public async Task Hsu_Ps14d_PimpinanUnitMenjawabTidakTersedia_Ditolak()
    {
        var pimpinan = await sk.PimpinanAsync();
        var unit = await sk.BidangAplikasiAsync();
        var id = await sk.MasukSampaiAsync(unit, TahapPelibatanInstansi.JawabanKetersediaan);

        (await sk.PastiAsync(id, AksiPelibatanInstansi.Tolak, pimpinan, catatan: "Seluruh pegawai sedang menangani proyek prioritas")).ShouldBe(StatusPelibatanInstansi.Ditolak);

        var p = await sk.PelibatanAsync(id);
        p.Riwayat[^1].Tahap.ShouldBe(TahapPelibatanInstansi.JawabanKetersediaan);
        p.Riwayat[^1].Setuju.ShouldBeFalse();
        (await db.BacaAsync(c => c.Penugasan.CountAsync(t => t.PelibatanInstansiId == id))).ShouldBe(0);
    }

    // HSU Ps 14d: only pegawai "dimana … berada" — a member of another Bidang cannot be put on the list.
    [Fact]
    public async Task Hsu_Ps14d_PegawaiUnitLainDalamDaftar_Ditolak()
    {
        var pimpinan = await sk.PimpinanAsync();
        var unit = await sk.BidangAplikasiAsync();
        var unitLain = await sk.UnitAsync("DISKOMINFO", "Bidang Informasi dan Komunikasi Publik");
        var orangLain = (await sk.AmbilAnggotaAsync(unitLain, 1))[0];
        var id = await sk.MasukSampaiAsync(unit, TahapPelibatanInstansi.JawabanKetersediaan);

        var hasil = await sk.ProsesAsync(id, AksiPelibatanInstansi.JawabKetersediaan, pimpinan, pegawai: [orangLain.PegawaiId]);

        hasil.ErrorUtama!.Kode.ShouldBe(nameof(PegawaiHarusDariUnitYangDiminta));
        (await sk.PelibatanAsync(id)).PegawaiDitugaskan.ShouldBeEmpty();
    }

    // §7.2 [P] V-PER-06 with the real load: a pegawai already on a full-time penugasan (WF-1 by the same Kepala Bidang) in the
    // period needs an AlasanPengecualian; with it the answer goes through and the reason is kept.
    [Fact]
    public async Task JawabKetersediaan_PegawaiSedangPenugasanPenuhWaktu_PerluAlasanPengecualian()
    {
        var pimpinan = await sk.PimpinanAsync();
        var unit = await sk.BidangAplikasiAsync();
        var x = (await sk.AmbilAnggotaAsync(unit, 1))[0];
        Pasti(await db.KirimAsync(new TunjukPegawaiCommand(x.PegawaiId, "Migrasi pusat data", "Pusat data pindah", sk.HariIni.AddDays(1), sk.HariIni.AddDays(120), true, 100),
            pimpinan.Pengguna));
        var id = await sk.MasukSampaiAsync(unit, TahapPelibatanInstansi.JawabanKetersediaan);

        var tanpa = await sk.ProsesAsync(id, AksiPelibatanInstansi.JawabKetersediaan, pimpinan, pegawai: [x.PegawaiId]);
        tanpa.Errors.Select(e => e.Kode).ShouldBe([nameof(PenugasanPenuhWaktuTumpangTindihPerluAlasan), nameof(BebanMelebihiKapasitasPerluAlasan)], ignoreOrder: true);
        (await sk.PelibatanAsync(id)).Tahap.ShouldBe(TahapPelibatanInstansi.JawabanKetersediaan);

        await sk.PastiAsync(id, AksiPelibatanInstansi.JawabKetersediaan, pimpinan, pegawai: [x.PegawaiId], alasanPengecualian: "Migrasi pusat data ditunda");
        var p = await sk.PelibatanAsync(id);
        (p.Tahap, p.AlasanPengecualianKetersediaan).ShouldBe((TahapPelibatanInstansi.PersetujuanJawaban, "Migrasi pusat data ditunda"));
    }

    // Optimistic concurrency: the unit head answering with the version from before the PyB's approval is told to reload.
    [Fact]
    public async Task VersiBasi_Konflik_TidakBerubah()
    {
        var sekda = await sk.SekdaAsync();
        var pimpinan = await sk.PimpinanAsync();
        var unit = await sk.BidangAplikasiAsync();
        var x = (await sk.AmbilAnggotaAsync(unit, 1))[0];
        var id = await sk.MasukSampaiAsync(unit, TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan);
        var versiLama = await sk.VersiAsync(id);

        Pasti(await sk.ProsesAsync(id, AksiPelibatanInstansi.Setujui, sekda, versi: versiLama));
        var notifikasi = (await sk.NotifikasiAsync(TautanDetail(id))).Count;
        var basi = await sk.ProsesAsync(id, AksiPelibatanInstansi.JawabKetersediaan, pimpinan, pegawai: [x.PegawaiId], versi: versiLama);

        basi.Gagal.ShouldBeTrue();
        basi.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Konflik);
        basi.ErrorUtama.ShouldBe(Error.DiubahPenggunaLain);
        var p = await sk.PelibatanAsync(id);
        (p.Tahap, p.PegawaiDitugaskan.Count, p.Riwayat.Count).ShouldBe((TahapPelibatanInstansi.JawabanKetersediaan, 0, 2));
        (await sk.NotifikasiAsync(TautanDetail(id))).Count.ShouldBe(notifikasi);

        // With the current version the same answer goes through.
        await sk.PastiAsync(id, AksiPelibatanInstansi.JawabKetersediaan, pimpinan, pegawai: [x.PegawaiId]);
    }

    // ---------------------------------------------------------------- AjukanPelibatanKeluar (HSU Ps 14a–b)

    // HSU Ps 14a / V-PER-04: "pimpinan Unit Organisasi pemilik kinerja" sends it — another Kepala Bidang, the Sekda or a plain
    // pegawai cannot send one for the Bidang Aplikasi Informatika.
    [Theory]
    [InlineData("pimpinan2")]
    [InlineData("sekda")]
    [InlineData("pegawai")]
    [InlineData("admin")]
    public async Task AjukanKeluar_OlehYangTidakMemimpinUnit_Terlarang(string siapa)
    {
        var oleh = siapa switch
        {
            "pimpinan2" => await sk.Pimpinan2Async(),
            "sekda" => await sk.SekdaAsync(),
            "pegawai" => await sk.PegawaiAsync(),
            _ => await sk.AdminAsync(),
        };
        var unit = await sk.BidangAplikasiAsync();
        var awal = await sk.JumlahAsync();

        var hasil = await db.KirimAsync(sk.Keluar(unit), oleh.Pengguna);

        hasil.ErrorUtama!.Jenis.ShouldBe(ErrorKind.Terlarang);
        (await sk.JumlahAsync()).ShouldBe(awal);
    }

    // HSU Ps 14a–b, then the other instansi's answer registered (§6.6 notes): the outgoing flow ends with its list of pegawai.
    [Fact]
    public async Task Hsu_Ps14a_b_AlurKeluar_SekdaMengirim_JawabanTerdaftarDenganDaftarPegawai()
    {
        var admin = await sk.AdminAsync();
        var sekda = await sk.SekdaAsync();
        var pimpinan = await sk.PimpinanAsync();
        var pimpinan2 = await sk.Pimpinan2Async();
        var pegawai = await sk.PegawaiAsync();
        var unit = await sk.BidangAplikasiAsync();
        var awal = await sk.JumlahAsync();

        var id = Pasti(await db.KirimAsync(sk.Keluar(unit), pimpinan.Pengguna));
        var p = await sk.PelibatanAsync(id);
        (p.Arah, p.Tahap, p.DibuatOlehPegawaiId, p.PimpinanUnitJabatanId, p.NomorSuratPermohonan)
            .ShouldBe((ArahPelibatanInstansi.Keluar, TahapPelibatanInstansi.PersetujuanPejabatBerwenangPemohon, pimpinan.PegawaiId, pimpinan.JabatanId!.Value, "(konsep)"));
        (await sk.NotifikasiAsync(TautanDetail(id))).Select(n => n.PegawaiId).ShouldBe([sekda.PegawaiId]);

        // Ps 14b: sending needs the outgoing letter's number and date.
        (await sk.ProsesAsync(id, AksiPelibatanInstansi.Setujui, sekda, nomor: "800.1/3/SETDA")).ErrorUtama!.Kode.ShouldBe(nameof(NomorSuratWajibDiisi));
        await sk.PastiAsync(id, AksiPelibatanInstansi.Setujui, sekda, nomor: "800.1/3/SETDA", tanggal: sk.HariIni);
        p = await sk.PelibatanAsync(id);
        (p.Tahap, p.NomorSuratPermohonan, p.TanggalSuratPermohonan).ShouldBe((TahapPelibatanInstansi.JawabanInstansiTujuan, "800.1/3/SETDA", sk.HariIni));

        // The answer is registered by the PyB, the requesting unit's head or BKPSDM; others are refused.
        foreach (var bukan in new[] { pegawai, pimpinan2 })
        {
            (await sk.ProsesAsync(id, AksiPelibatanInstansi.CatatJawabanInstansi, bukan, nomor: "100/9/PROV", tanggal: sk.HariIni, jawabanDisetujui: true, daftar: "Seseorang"))
                .ErrorUtama!.Jenis.ShouldBeOneOf(ErrorKind.Terlarang, ErrorKind.TidakDitemukan);
        }

        (await sk.PelibatanAsync(id)).Tahap.ShouldBe(TahapPelibatanInstansi.JawabanInstansiTujuan);
        const string daftar = "Rahmadi, S.Kom.; 199001012015031001; Pranata Komputer Ahli Pertama\n\n  Nor Aini  \r\nBudi;;Analis Kebijakan\n";
        (await sk.PastiAsync(id, AksiPelibatanInstansi.CatatJawabanInstansi, admin, nomor: "100/9/PROV", tanggal: sk.HariIni, jawabanDisetujui: true, daftar: daftar))
            .ShouldBe(StatusPelibatanInstansi.Disetujui);

        p = await sk.PelibatanAsync(id);
        (p.Tahap, p.Status, p.NomorSuratJawaban, p.TanggalSuratJawaban).ShouldBe((TahapPelibatanInstansi.Selesai, StatusPelibatanInstansi.Disetujui, "100/9/PROV", (DateOnly?)sk.HariIni));
        p.PegawaiInstansiLain.ShouldBe(
        [
            new PegawaiInstansiLain("Rahmadi, S.Kom.", "199001012015031001", "Pranata Komputer Ahli Pertama"),
            new PegawaiInstansiLain("Nor Aini", null, null),
            new PegawaiInstansiLain("Budi", null, "Analis Kebijakan"),
        ]);
        (await sk.NotifikasiAsync(TautanDetail(id))).ShouldContain((pimpinan.PegawaiId, "Jawaban Pemerintah Provinsi Kalimantan Selatan atas permohonan pelibatan telah dicatat."));

        // Nobody of ours is assigned by an outgoing request.
        var jumlah = await sk.JumlahAsync();
        (jumlah.Penugasan, jumlah.SuratTugas, jumlah.Pelibatan).ShouldBe((awal.Penugasan, awal.SuratTugas, awal.Pelibatan + 1));
    }

    // §15 Q-4: the other side's refusal is registered with its reasons (here by the requesting unit head) and ends the request.
    [Fact]
    public async Task AlurKeluar_JawabanMenolak_DicatatPimpinanDenganAlasan_Ditolak()
    {
        var sekda = await sk.SekdaAsync();
        var pimpinan = await sk.PimpinanAsync();
        var unit = await sk.BidangAplikasiAsync();
        var id = Pasti(await db.KirimAsync(sk.Keluar(unit), pimpinan.Pengguna));
        await sk.PastiAsync(id, AksiPelibatanInstansi.Setujui, sekda, nomor: "800.1/4/SETDA", tanggal: sk.HariIni);

        (await sk.ProsesAsync(id, AksiPelibatanInstansi.CatatJawabanInstansi, pimpinan, nomor: "100/10/PROV", tanggal: sk.HariIni))
            .ErrorUtama!.Kode.ShouldBe(nameof(PenolakanWajibDisertaiAlasan));
        (await sk.PastiAsync(id, AksiPelibatanInstansi.CatatJawabanInstansi, pimpinan, nomor: "100/10/PROV", tanggal: sk.HariIni, catatan: "Tidak ada pegawai yang sesuai"))
            .ShouldBe(StatusPelibatanInstansi.Ditolak);

        var p = await sk.PelibatanAsync(id);
        (p.Status, p.PegawaiInstansiLain.Count, p.Riwayat[^1].Catatan).ShouldBe((StatusPelibatanInstansi.Ditolak, 0, "Tidak ada pegawai yang sesuai"));
    }

    // ---------------------------------------------------------------- Detail / Daftar (who may see what)

    [Fact]
    public async Task Detail_HanyaUntukYangTerlibat_AdminDanAuditor_CalonHanyaUntukPimpinanUnitPadaJawabanKetersediaan()
    {
        var admin = await sk.AdminAsync();
        var auditor = await sk.AuditorAsync();
        var sekda = await sk.SekdaAsync();
        var pimpinan = await sk.PimpinanAsync();
        var pimpinan2 = await sk.Pimpinan2Async();
        var pegawai = await sk.PegawaiAsync();
        var unit = await sk.BidangAplikasiAsync();
        var id = await sk.MasukSampaiAsync(unit, TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan);

        (await db.TanyaAsync(new DetailPelibatanInstansiQuery(id), pimpinan2.Pengguna)).ShouldBeNull();
        (await db.TanyaAsync(new DetailPelibatanInstansiQuery(id), pegawai.Pengguna)).ShouldBeNull();
        (await db.TanyaAsync(new DetailPelibatanInstansiQuery(Guid.NewGuid()), admin.Pengguna)).ShouldBeNull();
        foreach (var (oleh, boleh) in new[] { (admin, false), (auditor, false), (sekda, true), (pimpinan, false) })
        {
            var d = await db.TanyaAsync(new DetailPelibatanInstansiQuery(id), oleh.Pengguna);
            d.ShouldNotBeNull($"{oleh.Nama} should see the request");
            d.BolehBertindak.ShouldBe(boleh);
            d.Calon.ShouldBeEmpty();
            d.Menunggu.ShouldBe("Sekretaris Daerah");
            d.Versi.ShouldBe(await sk.VersiAsync(id));
        }

        // The list: the officials of the request, admins and auditors; not the other Kepala Bidang.
        (await db.TanyaAsync(new DaftarPelibatanInstansiQuery(), pimpinan2.Pengguna)).ShouldNotContain(r => r.Id == id);
        (await db.TanyaAsync(new DaftarPelibatanInstansiQuery(), auditor.Pengguna)).ShouldContain(r => r.Id == id && !r.MenungguSaya);
        (await db.TanyaAsync(new DaftarPelibatanInstansiQuery(), sekda.Pengguna)).ShouldContain(r => r.Id == id && r.MenungguSaya);
        (await db.TanyaAsync(new DaftarPelibatanInstansiQuery(), pimpinan.Pengguna)).ShouldContain(r => r.Id == id && !r.MenungguSaya);

        // Ps 14d: the unit head now sees the unit's JF/Pelaksana with their load in the period (base 80 % + this request).
        await sk.PastiAsync(id, AksiPelibatanInstansi.Setujui, sekda);
        var untukPimpinan = await db.TanyaAsync(new DetailPelibatanInstansiQuery(id), pimpinan.Pengguna);
        untukPimpinan!.BolehBertindak.ShouldBeTrue();
        var anggota = await sk.AnggotaUnitAsync(unit);
        untukPimpinan.Calon.Select(c => c.Id).ShouldBe(anggota.Select(a => a.PegawaiId), ignoreOrder: true);
        untukPimpinan.Calon.Single(c => c.Id == pegawai.PegawaiId).Ketersediaan.BebanPersen.ShouldBeGreaterThanOrEqualTo(Ketersediaan.BebanPokokPersen + 10);
        foreach (var oleh in new[] { admin, auditor, sekda })
        {
            var d = await db.TanyaAsync(new DetailPelibatanInstansiQuery(id), oleh.Pengguna);
            (d!.Calon.Count, d.BolehBertindak).ShouldBe((0, false));
        }

        // After the answer, the list is gone again; the listed pegawai sees the request only once it is approved (until then
        // the list can still change and the history holds the officials' notes).
        var x = (await sk.AmbilAnggotaAsync(unit, 1))[0];
        await sk.PastiAsync(id, AksiPelibatanInstansi.JawabKetersediaan, pimpinan, pegawai: [x.PegawaiId]);
        (await db.TanyaAsync(new DetailPelibatanInstansiQuery(id), pimpinan.Pengguna))!.Calon.ShouldBeEmpty();
        var olehX = await sk.OrangAsync(x.PegawaiId, [Peran.Pegawai]);
        (await db.TanyaAsync(new DetailPelibatanInstansiQuery(id), olehX.Pengguna)).ShouldBeNull();
    }

    // ---------------------------------------------------------------- defects

    [Fact]
    public async Task CatatMasuk_OlehAdminTanpaDataPegawai_LaluDitolakSekda_BerakhirDitolakTanpaGalat()
    {
        var sekda = await sk.SekdaAsync();
        var unit = await sk.BidangAplikasiAsync();
        var id = Pasti(await db.KirimAsync(sk.Masuk(unit, sk.NomorBaru()), PenggunaUji.Admin()));

        var hasil = await sk.ProsesAsync(id, AksiPelibatanInstansi.Tolak, sekda, catatan: "Tidak sejalan dengan prioritas daerah");

        hasil.Berhasil.ShouldBeTrue();
        (await sk.PelibatanAsync(id)).Status.ShouldBe(StatusPelibatanInstansi.Ditolak);
    }

    [Fact]
    public async Task Hsu_Ps14e4_SekdaDalamTembusan_DapatMembukaSuratTugasYangDitautkanDetail()
    {
        var sekda = await sk.SekdaAsync();
        var unit = await sk.BidangAplikasiAsync();
        var id = await sk.MasukSampaiAsync(unit, TahapPelibatanInstansi.Selesai);
        var detail = await db.TanyaAsync(new DetailPelibatanInstansiQuery(id), sekda.Pengguna);
        var penugasanId = detail!.PegawaiDitugaskan.Single().PenugasanId!.Value;

        (await db.TanyaAsync(new DetailPenugasanQuery(penugasanId), sekda.Pengguna)).ShouldNotBeNull();
    }

    // HSU Ps 14e.4: the surat penugasan goes "dengan tembusan … Pejabat Penilai Kinerja bersangkutan". A Pelaksana of a Sub Bagian
    // (PPK = Kepala Sub Bagian) lent through the Sekretariat (PUO = Sekretaris) must have their PPK in the tembusan.
    [Fact]
    public async Task Hsu_Ps14e4_TembusanSuratTugasMemuatPejabatPenilaiKinerjaPegawai()
    {
        var unit = await sk.UnitAsync("DISKOMINFO", "Sekretariat");
        var hariIni = sk.HariIni;
        var (pegawaiId, ppk) = await db.BacaAsync(async c =>
        {
            var pdId = await c.UnitOrganisasi.Where(u => u.Id == unit).Select(u => u.PerangkatDaerahId).SingleAsync();
            var kebijakan = await c.PemerintahDaerah.Select(p => p.Kebijakan).SingleAsync();
            var s = await PemuatStruktur.MuatAsync(c, pdId, hariIni, CancellationToken.None);
            var puo = PenentuPejabatPenilai.PimpinanUnitOrganisasiDari(s, unit).Jabatan!.Id;
            foreach (var a in await sk.AnggotaUnitAsync(unit))
            {
                var r = PenentuPejabatPenilai.Tentukan(s, kebijakan, a.JabatanId);
                if (r.PejabatPenilaiKinerja.Jabatan is { } j && j.Id != puo)
                {
                    return (a.PegawaiId, j.Nama);
                }
            }

            throw new InvalidOperationException("Data demo: tidak ada pegawai Sekretariat yang PPK-nya bukan pimpinan unit.");
        });
        var id = await sk.MasukSampaiAsync(unit, TahapPelibatanInstansi.Selesai, daftar: [pegawaiId]);

        var surat = await db.BacaAsync(c => (from t in c.Penugasan where t.PelibatanInstansiId == id join s in c.SuratTugas on t.Id equals s.PenugasanId select s).SingleAsync());
        surat.Tembusan.ShouldContain(t => t.Contains(ppk, StringComparison.Ordinal));
    }
}

/// <summary>
/// INHIL (`003_a712a2c678725951.txt` Ps 8(2)) knows only lintas unit and lintas Perangkat Daerah: no lintas instansi. With the
/// INHIL preset (DOMAIN.md §13 lintasInstansi.enabled = false) neither direction can start. Own class: it switches its database.
/// </summary>
public sealed class PelibatanInstansiInhilTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly PelibatanInstansiUji sk = new(db);

    [Fact]
    public async Task Inhil_Ps8ayat2_TanpaLintasInstansi_CatatMasukDanAjukanKeluarDitolak()
    {
        await db.BacaAsync(async c =>
        {
            var pemda = await c.PemerintahDaerah.SingleAsync();
            pemda.TerapkanKebijakan(KebijakanDaerah.DariPreset(PresetRegulasi.IndragiriHilir));
            return await c.SaveChangesAsync();
        });
        var unit = await sk.BidangAplikasiAsync();
        var awal = await sk.JumlahAsync();

        var masuk = await db.KirimAsync(sk.Masuk(unit, sk.NomorBaru()), (await sk.AdminAsync()).Pengguna);
        var keluar = await db.KirimAsync(sk.Keluar(unit), (await sk.PimpinanAsync()).Pengguna);

        foreach (var hasil in new[] { masuk, keluar })
        {
            hasil.Gagal.ShouldBeTrue();
            hasil.ErrorUtama!.Kode.ShouldBe("LintasInstansiTidakBerlaku");
            hasil.ErrorUtama.Jenis.ShouldBe(ErrorKind.AturanDilanggar);
            hasil.ErrorUtama.Pesan.ShouldContain("tidak mengatur penugasan lintas instansi");
        }

        (await sk.JumlahAsync()).ShouldBe(awal);
    }
}

/// <summary>
/// TRK (`002_d52b46878c9378dd.txt` Lampiran B.1.c (1)–(4)) describes lintas instansi up to the availability answer; [P] DOMAIN.md
/// §6.6 completes it with the HSU steps 5–9. With the Tarakan preset an incoming request runs to its Surat Tugas.
/// </summary>
public sealed class PelibatanInstansiTarakanTests(DatabaseDemoFixture db) : IClassFixture<DatabaseDemoFixture>
{
    private readonly PelibatanInstansiUji sk = new(db);

    [Fact]
    public async Task Trk_LampiranB1c_AlurMasukSampaiSuratTugas()
    {
        await db.BacaAsync(async c =>
        {
            var pemda = await c.PemerintahDaerah.SingleAsync();
            pemda.TerapkanKebijakan(KebijakanDaerah.DariPreset(PresetRegulasi.Tarakan));
            return await c.SaveChangesAsync();
        });
        var unit = await sk.BidangAplikasiAsync();
        var x = (await sk.AmbilAnggotaAsync(unit, 1))[0];

        var id = await sk.MasukSampaiAsync(unit, TahapPelibatanInstansi.Selesai, daftar: [x.PegawaiId]);

        (await sk.PelibatanAsync(id)).Status.ShouldBe(StatusPelibatanInstansi.Disetujui);
        (await db.BacaAsync(c => c.Penugasan.Where(t => t.PelibatanInstansiId == id).Select(t => t.PegawaiId).ToListAsync())).ShouldBe([x.PegawaiId]);
    }
}
