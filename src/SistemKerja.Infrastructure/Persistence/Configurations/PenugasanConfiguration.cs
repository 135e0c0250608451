using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Notifikasi;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;

namespace SistemKerja.Infrastructure.Persistence.Configurations;

internal sealed class PermohonanConfiguration : IEntityTypeConfiguration<Permohonan>
{
    public void Configure(EntityTypeBuilder<Permohonan> b)
    {
        b.ToTable("permohonan", t => t.HasCheckConstraint("ck_permohonan_periode", "\"TanggalSelesai\" >= \"TanggalMulai\""));
        b.KunciAgregat();
        b.Property(x => x.MaksudDanTujuan).HasMaxLength(Permohonan.PanjangTeks);
        b.Property(x => x.KompetensiDibutuhkan).HasMaxLength(Permohonan.PanjangTeks);
        b.Property(x => x.EkspektasiTargetKinerja).HasMaxLength(Permohonan.PanjangTeks);
        b.Property(x => x.NamaTimKerja).HasMaxLength(Permohonan.PanjangNamaTim);
        b.Property(x => x.Pemohon).HasMaxLength(Pegawai.PanjangNama + 2 * Pegawai.PanjangGelar);
        b.Property(x => x.AlasanPengecualianKetersediaan).HasMaxLength(Permohonan.PanjangTeks);
        b.Ignore(x => x.LangkahMenunggu);
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PemohonPegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UnitOrganisasi>().WithMany().HasForeignKey(x => x.UnitPemilikKinerjaId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PemohonPegawaiId, x.DiajukanPada });
        b.HasIndex(x => new { x.PegawaiId, x.DiajukanPada });
        b.HasIndex(x => x.Status);

        b.HasMany(x => x.Langkah).WithOne().HasForeignKey(x => x.PermohonanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Langkah).HasField("langkah").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        b.OwnsMany(x => x.Tembusan, t =>
        {
            t.ToTable("tembusan_permohonan");
            t.WithOwner().HasForeignKey("PermohonanId");
            t.Property<int>("Id").UseIdentityAlwaysColumn();
            t.HasKey("Id");
            t.Property(x => x.Jabatan).HasMaxLength(Jabatan.PanjangNama);
            t.Property(x => x.Nama).HasMaxLength(Pegawai.PanjangNama + 2 * Pegawai.PanjangGelar);
            t.HasIndex(x => x.PegawaiId);
            t.HasIndex(x => x.JabatanId);
        });
        b.Navigation(x => x.Tembusan).HasField("tembusan").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class LangkahPermohonanConfiguration : IEntityTypeConfiguration<LangkahPermohonan>
{
    public void Configure(EntityTypeBuilder<LangkahPermohonan> b)
    {
        b.ToTable("langkah_permohonan");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Judul).HasMaxLength(300);
        b.Property(x => x.Pelaksana).HasMaxLength(2 * Jabatan.PanjangNama + 10);
        b.Property(x => x.Catatan).HasMaxLength(LangkahPermohonan.PanjangCatatan);
        b.Property(x => x.DilakukanOleh).HasMaxLength(Pegawai.PanjangNama + 2 * Pegawai.PanjangGelar);
        b.Property(x => x.EskalasiKe).HasMaxLength(LangkahPermohonan.PanjangEskalasiKe);
        b.HasIndex(x => new { x.PermohonanId, x.Urutan }).IsUnique();
        b.HasIndex(x => x.EskalasiKeJabatanId);

        // The inbox asks "which waiting steps can my positions act on?".
        b.HasIndex(x => new { x.JabatanId, x.Hasil });
        b.HasIndex(x => new { x.JabatanLainId, x.Hasil });
        b.HasIndex(x => new { x.PegawaiId, x.Hasil });
    }
}

internal sealed class PenugasanConfiguration : IEntityTypeConfiguration<Penugasan>
{
    public void Configure(EntityTypeBuilder<Penugasan> b)
    {
        b.ToTable("penugasan", t => t.HasCheckConstraint("ck_penugasan_periode", "\"TanggalSelesai\" >= \"TanggalMulai\""));
        b.KunciAgregat();
        b.Property(x => x.Uraian).HasMaxLength(Penugasan.PanjangUraianTersimpan);
        b.Property(x => x.TargetKinerja).HasMaxLength(Penugasan.PanjangUraian);
        b.Property(x => x.AlasanPembatalan).HasMaxLength(Penugasan.PanjangUraian);
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Permohonan>().WithMany().HasForeignKey(x => x.PermohonanId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.PermohonanId).IsUnique();
        b.HasOne<PelibatanInstansi>().WithMany().HasForeignKey(x => x.PelibatanInstansiId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PegawaiId, x.TanggalMulai, x.TanggalSelesai });
    }
}

internal sealed class SuratTugasConfiguration : IEntityTypeConfiguration<SuratTugas>
{
    private static readonly JsonSerializerOptions Json = new();

    public void Configure(EntityTypeBuilder<SuratTugas> b)
    {
        b.ToTable("surat_tugas");
        b.KunciAgregat();
        b.Property(x => x.Judul).HasMaxLength(60);
        b.Property(x => x.Dasar).HasMaxLength(4000);
        b.Property(x => x.Untuk).HasMaxLength(Penugasan.PanjangUraianTersimpan + Penugasan.PanjangUraian + 200); // uraian + ", dengan target kinerja: " + target
        b.Property(x => x.Tempat).HasMaxLength(PemerintahDaerah.PanjangNama);
        b.Property(x => x.Nomor).HasMaxLength(SistemKerja.Domain.Dokumen.Dokumen.PanjangNomor);
        b.HasOne<Penugasan>().WithMany().HasForeignKey(x => x.PenugasanId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.PenugasanId).IsUnique();
        b.OwnsOne(x => x.Kepada, k =>
        {
            k.Property(x => x.Nama).HasMaxLength(300);
            k.Property(x => x.Nip).HasMaxLength(Nip.Panjang);
            k.Property(x => x.Pangkat).HasMaxLength(100);
            k.Property(x => x.Jabatan).HasMaxLength(Jabatan.PanjangNama);
        });
        b.OwnsOne(x => x.Penandatangan, k =>
        {
            k.Property(x => x.Nama).HasMaxLength(300);
            k.Property(x => x.Nip).HasMaxLength(Nip.Panjang);
            k.Property(x => x.Pangkat).HasMaxLength(100);
            k.Property(x => x.Jabatan).HasMaxLength(Jabatan.PanjangNama + 10);
            k.Property(x => x.Sebutan).HasMaxLength(10);
        });
        b.Property(x => x.Tembusan)
            .HasColumnType("jsonb")
            .HasConversion(
                t => JsonSerializer.Serialize(t, Json),
                s => JsonSerializer.Deserialize<List<string>>(s, Json)!,
                new ValueComparer<IReadOnlyList<string>>((a, c) => a!.SequenceEqual(c!), t => t.Count, t => t.ToList()));
    }
}

internal sealed class NotifikasiConfiguration : IEntityTypeConfiguration<Notifikasi>
{
    public void Configure(EntityTypeBuilder<Notifikasi> b)
    {
        b.ToTable("notifikasi");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Judul).HasMaxLength(Notifikasi.PanjangJudul);
        b.Property(x => x.Tautan).HasMaxLength(300);
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PegawaiId, x.DibuatPada });
    }
}

internal sealed class PelibatanInstansiConfiguration : IEntityTypeConfiguration<PelibatanInstansi>
{
    private static readonly JsonSerializerOptions Json = new();

    public void Configure(EntityTypeBuilder<PelibatanInstansi> b)
    {
        b.ToTable("pelibatan_instansi", t => t.HasCheckConstraint("ck_pelibatan_instansi_periode", "\"TanggalSelesai\" >= \"TanggalMulai\""));
        b.KunciAgregat();
        b.Property(x => x.InstansiLain).HasMaxLength(PelibatanInstansi.PanjangNama);
        b.Property(x => x.NomorSuratPermohonan).HasMaxLength(PelibatanInstansi.PanjangNomor);
        b.Property(x => x.NomorSuratJawaban).HasMaxLength(PelibatanInstansi.PanjangNomor);
        b.Property(x => x.MaksudDanTujuan).HasMaxLength(PelibatanInstansi.PanjangTeks);
        b.Property(x => x.KompetensiDibutuhkan).HasMaxLength(PelibatanInstansi.PanjangTeks);
        b.Property(x => x.EkspektasiTargetKinerja).HasMaxLength(PelibatanInstansi.PanjangTeks);
        b.Property(x => x.AlasanPengecualianKetersediaan).HasMaxLength(PelibatanInstansi.PanjangTeks);
        b.Ignore(x => x.JabatanBertindak);
        b.HasOne<UnitOrganisasi>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PejabatBerwenangJabatanId, x.Status });
        b.HasIndex(x => new { x.PimpinanUnitJabatanId, x.Status });
        b.HasIndex(x => x.DibuatOlehPegawaiId);

        // Our pegawai on the approved list: a uuid[] column (PostgreSQL array), read and written through the field.
        b.Ignore(x => x.PegawaiDitugaskan);
        b.Property<List<Guid>>("pegawaiDitugaskan").HasColumnName("PegawaiDitugaskan");

        b.Ignore(x => x.PegawaiInstansiLain);
        b.Property<List<PegawaiInstansiLain>>("pegawaiInstansiLain").HasColumnName("PegawaiInstansiLain")
            .HasColumnType("jsonb")
            .HasConversion(
                d => JsonSerializer.Serialize(d, Json),
                s => JsonSerializer.Deserialize<List<PegawaiInstansiLain>>(s, Json)!,
                new ValueComparer<List<PegawaiInstansiLain>>((a, c) => a!.SequenceEqual(c!), d => d.Count, d => d.ToList()));

        b.OwnsMany(x => x.Riwayat, r =>
        {
            r.ToTable("riwayat_pelibatan_instansi");
            r.WithOwner().HasForeignKey("PelibatanInstansiId");
            r.Property<int>("Id").UseIdentityAlwaysColumn();
            r.HasKey("Id");
            r.Property(x => x.Catatan).HasMaxLength(PelibatanInstansi.PanjangTeks);
            r.Property(x => x.Oleh).HasMaxLength(Pegawai.PanjangNama + 2 * Pegawai.PanjangGelar);
        });
        b.Navigation(x => x.Riwayat).HasField("riwayat").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
