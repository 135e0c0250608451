namespace SistemKerja.Domain.Penugasan;

/// <summary>An official found by the PPK/PUO resolver: the position, and who acts in it on the day (if anyone).</summary>
public sealed record Pejabat(Guid JabatanId, string Jabatan, Guid? PegawaiId, string? Nama)
{
    public PihakLangkah Pihak => new(JabatanId, null, Jabatan);
}

/// <summary>The officials around one request, resolved by the caller at the date of submission.</summary>
/// <param name="Pegawai">The JF/Pelaksana to be assigned (a named party for the steps they act on).</param>
/// <param name="PimpinanUnitAsal">The PUO of the unit where the pegawai berkedudukan.</param>
/// <param name="PejabatPenilaiAsal">The pegawai's PPK.</param>
/// <param name="KepalaPerangkatDaerahAsal">The head of the pegawai's Perangkat Daerah (or UPT).</param>
/// <param name="PimpinanUnitPemilikKinerja">The PUO of the unit that owns the performance target.</param>
/// <param name="KepalaPerangkatDaerahPemilikKinerja">The head of the requesting Perangkat Daerah (PyB pemohon in INHIL's long flow).</param>
/// <param name="PejabatPenilaiPemilikKinerja">The PPK of staff in the target unit (SBS: the target's PPK signs formats 3–4).</param>
public sealed record PejabatTerkait(
    PihakLangkah Pegawai,
    Pejabat? PimpinanUnitAsal,
    Pejabat? PejabatPenilaiAsal,
    Pejabat? KepalaPerangkatDaerahAsal,
    Pejabat? PimpinanUnitPemilikKinerja,
    Pejabat? KepalaPerangkatDaerahPemilikKinerja = null,
    Pejabat? PejabatPenilaiPemilikKinerja = null);

/// <summary>The planned steps and copies of a request, or why it cannot be planned.</summary>
public sealed record RencanaAlur(IReadOnlyList<LangkahPermohonan> Langkah, IReadOnlyList<TembusanPermohonan> Tembusan, string? Kendala);

/// <summary>
/// Plans the steps of a request from the region's policy (DOMAIN.md §6.5, §6.7, §6.8, §6.10). A pure function:
/// the seeds' differences are values of <see cref="KebijakanPenugasan"/>, and every preset gives a different list.
/// Two consecutive steps for the same position are merged (the official decides and signs at once).
/// </summary>
public static class PerencanaAlur
{
    public static RencanaAlur Rencanakan(JenisPermohonan jenis, KebijakanPenugasan k, PejabatTerkait p, CakupanPenugasan cakupan = CakupanPenugasan.LintasUnit) => jenis switch
    {
        JenisPermohonan.PenunjukanLintasUnit when cakupan == CakupanPenugasan.LintasPerangkatDaerah && k.AlurPanjang == AlurPanjang.LintasPerangkatDaerah
            => AlurPanjangLintasPerangkatDaerah(k, p),
        JenisPermohonan.PenunjukanLintasUnit => PenunjukanLintasUnit(k, p),
        JenisPermohonan.SukarelaDalamUnit => SukarelaDalamUnit(k, p),
        JenisPermohonan.SukarelaLintasUnit => SukarelaLintasUnit(k, p),
        _ => throw new ArgumentOutOfRangeException(nameof(jenis), jenis, "Unknown kind of request."),
    };

    /// <summary>WF-3 (§6.5): recommendation (D6), the addressee's decision (D5), the surat penugasan (D3).</summary>
    private static RencanaAlur PenunjukanLintasUnit(KebijakanPenugasan k, PejabatTerkait p)
    {
        var penerima = k.PenerimaPermohonanPelibatan == PenerimaPermohonanPelibatan.PejabatPenilaiAsal ? p.PejabatPenilaiAsal : p.PimpinanUnitAsal;
        if (penerima is null)
        {
            return Gagal("Pimpinan unit/Pejabat Penilai Kinerja tempat pegawai berkedudukan tidak dapat ditentukan; minta BKPSDM melengkapi peta jabatan.");
        }

        var rencana = new Penyusun();
        var (perekomendasi, judulRekomendasi) = k.RekomendasiPelibatan switch
        {
            RekomendasiPelibatan.PejabatPenilaiKePimpinanUnit => (p.PejabatPenilaiAsal, "Rekomendasi Pejabat Penilai Kinerja pegawai"),
            RekomendasiPelibatan.KepalaUnitKePejabatPenilai => (p.PimpinanUnitAsal, "Rekomendasi Kepala Perangkat Daerah/Unit Kerja"),
            RekomendasiPelibatan.PejabatAdministrasi => (p.PejabatPenilaiAsal, "Pertimbangan pejabat administrasi"),
            _ => ((Pejabat?)null, ""),
        };
        if (k.RekomendasiPelibatan != RekomendasiPelibatan.TidakAda)
        {
            // The regulation requires the recommendation: without the official the request cannot go (no silent skip).
            if (perekomendasi is null)
            {
                return Gagal("Pejabat yang memberi rekomendasi atas permohonan ini tidak dapat ditentukan; minta BKPSDM melengkapi peta jabatan.");
            }

            rencana.Tambah(JenisLangkah.Rekomendasi, judulRekomendasi, perekomendasi.Pihak);
        }

        rencana.Tambah(JenisLangkah.Keputusan, "Persetujuan pimpinan unit tempat pegawai berkedudukan", penerima.Pihak);

        var penerbit = k.PenerbitSuratPelibatan switch
        {
            PenerbitSuratPelibatan.PimpinanUnitPemilikKinerja => p.PimpinanUnitPemilikKinerja,
            PenerbitSuratPelibatan.PejabatPenilaiAsal => p.PejabatPenilaiAsal,
            PenerbitSuratPelibatan.KepalaPerangkatDaerahAsal => p.KepalaPerangkatDaerahAsal,
            _ => p.PimpinanUnitAsal,
        };
        if (penerbit is null)
        {
            return Gagal("Pejabat yang menerbitkan surat penugasan tidak dapat ditentukan; minta BKPSDM melengkapi peta jabatan.");
        }

        if (k.PenerbitSuratPelibatan == PenerbitSuratPelibatan.PegawaiMenyusunPimpinanUnitAsalMenandatangani)
        {
            // HSU Ps 13c: "Pejabat Fungsional atau Pejabat Pelaksana menyusun surat penugasan untuk disetujui oleh PUO".
            rencana.Tambah(JenisLangkah.PenerbitanSuratTugas, "Penyusunan surat penugasan oleh pegawai", p.Pegawai);
        }

        rencana.Tambah(JenisLangkah.PenerbitanSuratTugas, "Penandatanganan surat penugasan", penerbit.Pihak);
        return rencana.Selesai(Tembusan(k.TembusanPelibatan, p));
    }

    /// <summary>
    /// WF-4 (§6.6) inside the Pemerintah Daerah (INHIL Lampiran C.1.c.1–5): the Pejabat yang Berwenang of each side (the
    /// Kepala Perangkat Daerah, DOMAIN.md §15 Q-3) forwards and instructs, the PUO (or the PPK on the PUO's
    /// recommendation) answers the availability, the PyB tujuan sends the answer back, and the PUO tujuan assigns.
    /// </summary>
    private static RencanaAlur AlurPanjangLintasPerangkatDaerah(KebijakanPenugasan k, PejabatTerkait p)
    {
        if (p.KepalaPerangkatDaerahPemilikKinerja is not { } pybPemohon || p.KepalaPerangkatDaerahAsal is not { } pybTujuan)
        {
            return Gagal("Pejabat yang Berwenang (Kepala Perangkat Daerah) pemohon atau tujuan tidak dapat ditentukan; minta BKPSDM melengkapi peta jabatan.");
        }

        var penjawab = k.PenjawabAlurPanjang == PenjawabAlurPanjang.PimpinanUnit ? p.PimpinanUnitAsal : p.PejabatPenilaiAsal;
        if (penjawab is null || p.PimpinanUnitAsal is null)
        {
            return Gagal("Pimpinan unit/Pejabat Penilai Kinerja tempat pegawai berkedudukan tidak dapat ditentukan; minta BKPSDM melengkapi peta jabatan.");
        }

        var rencana = new Penyusun();
        rencana.Tambah(JenisLangkah.Rekomendasi, "Persetujuan Pejabat yang Berwenang pemohon dan penerusan surat permohonan", pybPemohon.Pihak);
        rencana.Tambah(JenisLangkah.Rekomendasi, "Persetujuan Pejabat yang Berwenang tujuan dan instruksi penugasan", pybTujuan.Pihak);
        if (k.PenjawabAlurPanjang == PenjawabAlurPanjang.PejabatPenilaiDenganRekomendasiPimpinanUnit && p.PimpinanUnitAsal.JabatanId != penjawab.JabatanId)
        {
            rencana.Tambah(JenisLangkah.Rekomendasi, "Rekomendasi pimpinan unit organisasi tujuan", p.PimpinanUnitAsal.Pihak);
        }

        rencana.Tambah(JenisLangkah.Keputusan, "Jawaban ketersediaan pegawai", penjawab.Pihak);
        rencana.Tambah(JenisLangkah.Rekomendasi, "Persetujuan jawaban oleh Pejabat yang Berwenang tujuan dan penyampaian kepada pemohon", pybTujuan.Pihak);
        rencana.Tambah(JenisLangkah.PenerbitanSuratTugas, "Penerbitan surat penugasan oleh pimpinan unit organisasi tujuan", p.PimpinanUnitAsal.Pihak);

        // INHIL Lampiran C.1.c.5.c: tembusan to the PyB of the PD concerned, the PUO concerned and the PyB of the requesting PD.
        var tembusan = new[] { pybTujuan, p.PimpinanUnitAsal, pybPemohon }
            .DistinctBy(j => j.JabatanId)
            .Select(j => new TembusanPermohonan(j.JabatanId, j.Jabatan, j.PegawaiId, j.Nama))
            .ToList();
        return rencana.Selesai(tembusan);
    }

    /// <summary>WF-5 (§6.7): one decision by the PUO (HSU: or the PPK), who then assigns.</summary>
    private static RencanaAlur SukarelaDalamUnit(KebijakanPenugasan k, PejabatTerkait p)
    {
        if (p.PimpinanUnitAsal is null)
        {
            return Gagal("Pimpinan unit organisasi Anda tidak dapat ditentukan; minta BKPSDM melengkapi peta jabatan.");
        }

        var rencana = new Penyusun();
        var lain = k.SukarelaDalamUnitBolehKePejabatPenilai && p.PejabatPenilaiAsal is { } ppk && ppk.JabatanId != p.PimpinanUnitAsal.JabatanId
            ? ppk.Pihak
            : null;
        rencana.Tambah(JenisLangkah.Keputusan, "Persetujuan dan penugasan oleh pimpinan unit organisasi", p.PimpinanUnitAsal.Pihak, lain);
        return rencana.Selesai([]);
    }

    /// <summary>WF-6 (§6.8): prior consent at home (D2), the target's decision, the surat penugasan at home (D4).</summary>
    private static RencanaAlur SukarelaLintasUnit(KebijakanPenugasan k, PejabatTerkait p)
    {
        if (p.PimpinanUnitPemilikKinerja is null)
        {
            return Gagal("Pimpinan unit organisasi yang dituju tidak dapat ditentukan: jabatan pimpinannya lowong dan belum ada Plt/Plh. Pilih unit lain atau hubungi BKPSDM.");
        }

        // The home PPK is needed only where the region's rules name it (prior consent, issuer, tembusan).
        var perluPpk = k.PersetujuanAwalSukarelaLintas is PersetujuanAwalSukarela.PejabatPenilaiAtauPimpinanUnit or PersetujuanAwalSukarela.MengetahuiAtasanLangsung
            || k.PenerbitSuratSukarelaLintas is PenerbitSuratSukarela.PejabatPenilaiAsal or PenerbitSuratSukarela.PegawaiMenyusunDitandatanganiAtasanAsal
            || k.TembusanSukarelaLintas.Contains(PenerimaTembusan.PejabatPenilaiAsal);
        if (p.PimpinanUnitAsal is null || (perluPpk && p.PejabatPenilaiAsal is null))
        {
            return Gagal("Pimpinan unit/Pejabat Penilai Kinerja Anda tidak dapat ditentukan; minta BKPSDM melengkapi peta jabatan.");
        }

        var rencana = new Penyusun();
        switch (k.PersetujuanAwalSukarelaLintas)
        {
            case PersetujuanAwalSukarela.PejabatPenilaiAtauPimpinanUnit:
                rencana.Tambah(JenisLangkah.PersetujuanAwalAsal, "Persetujuan/rekomendasi atasan asal", p.PejabatPenilaiAsal!.Pihak, Lain(p.PimpinanUnitAsal, p.PejabatPenilaiAsal));
                break;
            case PersetujuanAwalSukarela.LisanKePimpinanUnit:
                rencana.Tambah(JenisLangkah.PersetujuanAwalAsal, "Persetujuan pimpinan unit asal atas permohonan lisan", p.PimpinanUnitAsal.Pihak);
                break;
            case PersetujuanAwalSukarela.PersetujuanKepalaUnitAsal:
                rencana.Tambah(JenisLangkah.PersetujuanAwalAsal, "Persetujuan Kepala Perangkat Daerah/Unit Kerja asal", p.PimpinanUnitAsal.Pihak);
                break;
            case PersetujuanAwalSukarela.MengetahuiAtasanLangsung:
                rencana.Tambah(JenisLangkah.PersetujuanAwalAsal, "Mengetahui atasan langsung", p.PejabatPenilaiAsal!.Pihak);
                break;
        }

        // SBS formats 3–4 are signed by the target's Pejabat Penilai Kinerja (§13 sukarela.lintas.targetApprover = PPKDituju);
        // elsewhere the PUO of the unit organisasi dituju decides.
        var (judulKeputusan, penyetuju) = k.SukarelaLintasDiputuskanPejabatPenilaiTujuan
            ? ("Persetujuan Pejabat Penilai Kinerja unit yang dituju", p.PejabatPenilaiPemilikKinerja ?? p.PimpinanUnitPemilikKinerja)
            : ("Persetujuan pimpinan unit organisasi yang dituju", p.PimpinanUnitPemilikKinerja);
        rencana.Tambah(JenisLangkah.Keputusan, judulKeputusan, penyetuju.Pihak);

        switch (k.PenerbitSuratSukarelaLintas)
        {
            case PenerbitSuratSukarela.PegawaiMenyusunDitandatanganiAtasanAsal:
                rencana.Tambah(JenisLangkah.PenerbitanSuratTugas, "Penyusunan surat penugasan oleh pegawai", p.Pegawai);
                rencana.Tambah(JenisLangkah.PenerbitanSuratTugas, "Penandatanganan surat penugasan oleh atasan asal", p.PimpinanUnitAsal.Pihak, Lain(p.PejabatPenilaiAsal!, p.PimpinanUnitAsal));
                break;
            case PenerbitSuratSukarela.PejabatPenilaiAsal:
                rencana.Tambah(JenisLangkah.PenerbitanSuratTugas, "Penyusunan surat penugasan oleh Pejabat Penilai Kinerja", p.PejabatPenilaiAsal!.Pihak);
                break;
            case PenerbitSuratSukarela.KepalaPerangkatDaerahAsal when p.KepalaPerangkatDaerahAsal is { } kepala:
                rencana.Tambah(JenisLangkah.PenerbitanSuratTugas, "Surat Perintah Tugas Kepala Perangkat Daerah/UPT", kepala.Pihak);
                break;
            case PenerbitSuratSukarela.KepalaPerangkatDaerahAsal:
                return Gagal("Kepala Perangkat Daerah/UPT Anda tidak dapat ditentukan.");
            default:
                rencana.Tambah(JenisLangkah.PenerbitanSuratTugas, "Penerbitan surat penugasan oleh pimpinan unit asal", p.PimpinanUnitAsal.Pihak);
                break;
        }

        return rencana.Selesai(Tembusan(k.TembusanSukarelaLintas, p));
    }

    private static PihakLangkah? Lain(Pejabat lain, Pejabat utama) => lain.JabatanId == utama.JabatanId ? null : lain.Pihak;

    private static List<TembusanPermohonan> Tembusan(IEnumerable<PenerimaTembusan> penerima, PejabatTerkait p) =>
    [
        .. penerima
            .Select(t => t switch
            {
                PenerimaTembusan.PejabatPenilaiAsal => p.PejabatPenilaiAsal,
                PenerimaTembusan.PimpinanUnitAsal => p.PimpinanUnitAsal,
                _ => p.KepalaPerangkatDaerahAsal,
            })
            .OfType<Pejabat>()
            .DistinctBy(j => j.JabatanId)
            .Select(j => new TembusanPermohonan(j.JabatanId, j.Jabatan, j.PegawaiId, j.Nama)),
    ];

    private static RencanaAlur Gagal(string kendala) => new([], [], kendala);

    private sealed class Penyusun
    {
        private readonly List<LangkahPermohonan> langkah = [];

        public void Tambah(JenisLangkah jenis, string judul, PihakLangkah pihak, PihakLangkah? lain = null)
        {
            // The same official twice in a row acts once: e.g. INHIL's PUO dituju decides and drafts the surat penugasan.
            if (langkah.Count > 0 && langkah[^1] is { } akhir && akhir.PegawaiId is null && akhir.JabatanId == pihak.JabatanId && pihak.PegawaiId is null)
            {
                akhir.Gabungkan(jenis, judul);
                return;
            }

            langkah.Add(LangkahPermohonan.Rencanakan(langkah.Count, jenis, judul, pihak, lain));
        }

        public RencanaAlur Selesai(IReadOnlyList<TembusanPermohonan> tembusan) => new(langkah, tembusan, null);
    }
}
