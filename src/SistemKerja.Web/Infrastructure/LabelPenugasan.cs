using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Web.Infrastructure;

/// <summary>Bahasa Indonesia labels for the penugasan workflow states.</summary>
public static class LabelPenugasan
{
    public static string Jenis(JenisPermohonan j) => j switch
    {
        JenisPermohonan.PenunjukanLintasUnit => "Permohonan pelibatan (penunjukan)",
        JenisPermohonan.SukarelaDalamUnit => "Pengajuan sukarela dalam unit",
        _ => "Pengajuan sukarela lintas unit",
    };

    public static string Cakupan(CakupanPenugasan c) => c switch
    {
        CakupanPenugasan.DalamUnit => "Dalam unit organisasi",
        CakupanPenugasan.LintasUnit => "Lintas unit organisasi",
        _ => "Lintas Perangkat Daerah",
    };

    public static string Status(StatusPermohonan s) => s switch
    {
        StatusPermohonan.Diajukan => "Dalam proses",
        StatusPermohonan.Disetujui => "Disetujui",
        StatusPermohonan.Ditolak => "Ditolak",
        _ => "Ditarik",
    };

    public static string Status(StatusPenugasan s) => s switch
    {
        StatusPenugasan.Ditetapkan => "Ditetapkan (belum diterima)",
        StatusPenugasan.Diterima => "Diterima",
        _ => "Dibatalkan",
    };

    public static string Hasil(HasilLangkah h) => h switch
    {
        HasilLangkah.Menunggu => "Menunggu",
        HasilLangkah.Disetujui => "Disetujui",
        _ => "Ditolak",
    };

    public static string Asal(AsalPenugasan a) => a switch
    {
        AsalPenugasan.PenunjukanDalamUnit => "Penunjukan dalam unit",
        AsalPenugasan.PenunjukanLintasUnit => "Penunjukan lintas unit",
        AsalPenugasan.SukarelaDalamUnit => "Sukarela dalam unit",
        _ => "Sukarela lintas unit",
    };

    public static string Tahap(TahapPelibatanInstansi t, StatusPelibatanInstansi s) => s switch
    {
        StatusPelibatanInstansi.Disetujui => "Selesai: disetujui",
        StatusPelibatanInstansi.Ditolak => "Selesai: ditolak",
        _ => t switch
        {
            TahapPelibatanInstansi.PersetujuanPejabatBerwenangTujuan => "Menunggu persetujuan Pejabat yang Berwenang",
            TahapPelibatanInstansi.JawabanKetersediaan => "Menunggu jawaban ketersediaan unit",
            TahapPelibatanInstansi.PersetujuanJawaban => "Menunggu persetujuan jawaban oleh Pejabat yang Berwenang",
            TahapPelibatanInstansi.PenerbitanSuratTugas => "Menunggu penerbitan surat penugasan",
            TahapPelibatanInstansi.PersetujuanPejabatBerwenangPemohon => "Menunggu persetujuan dan pengiriman oleh Pejabat yang Berwenang",
            TahapPelibatanInstansi.JawabanInstansiTujuan => "Menunggu jawaban instansi tujuan",
            _ => "Selesai",
        },
    };

    public static string Periode(DateOnly mulai, DateOnly selesai) => $"{Tampilan.Tanggal(mulai)} – {Tampilan.Tanggal(selesai)}";
}
