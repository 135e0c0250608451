using SistemKerja.Domain.Dokumen;

namespace SistemKerja.Web.Infrastructure;

public static class LabelDokumen
{
    public static string Jenis(JenisDokumen j) => j switch
    {
        JenisDokumen.SuratTugas => "Surat Tugas",
        JenisDokumen.SuratPerintahTugas => "Surat Perintah Tugas",
        JenisDokumen.KeputusanTimKerja => "Keputusan Pembentukan Tim Kerja",
        JenisDokumen.SuratPermohonanPelibatan => "Surat Permohonan Pelibatan",
        JenisDokumen.SuratJawabanPersetujuan => "Surat Jawaban (Persetujuan)",
        JenisDokumen.SuratJawabanPenolakan => "Surat Jawaban (Penolakan)",
        JenisDokumen.SuratPengajuanSukarela => "Surat Pengajuan Sukarela",
        _ => "Rekomendasi Penilaian Kinerja",
    };
}
