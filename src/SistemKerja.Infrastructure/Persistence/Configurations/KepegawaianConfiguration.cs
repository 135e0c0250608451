using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SistemKerja.Domain.Audit;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Infrastructure.Persistence.Configurations;

internal sealed class PegawaiConfiguration : IEntityTypeConfiguration<Pegawai>
{
    public void Configure(EntityTypeBuilder<Pegawai> b)
    {
        b.ToTable("pegawai", t => t.HasCheckConstraint("ck_pegawai_nip", "\"Nip\" ~ '^[0-9]{18}$'"));
        b.KunciAgregat();
        b.Property(x => x.Nip).HasMaxLength(Nip.Panjang).IsFixedLength();
        b.Property(x => x.Nama).HasMaxLength(Pegawai.PanjangNama);
        b.Property(x => x.GelarDepan).HasMaxLength(Pegawai.PanjangGelar);
        b.Property(x => x.GelarBelakang).HasMaxLength(Pegawai.PanjangGelar);
        b.Property(x => x.Email).HasMaxLength(Pegawai.PanjangEmail);
        b.Ignore(x => x.NamaLengkap);
        b.HasIndex(x => x.Nip).IsUnique();
        b.HasIndex(x => x.Nama);
        b.HasOne<PemerintahDaerah>().WithMany().HasForeignKey(x => x.PemerintahDaerahId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.RiwayatJabatan).WithOne().HasForeignKey(x => x.PegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(x => x.RiwayatJabatan).HasField("riwayatJabatan").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PemangkuJabatanConfiguration : IEntityTypeConfiguration<PemangkuJabatan>
{
    public void Configure(EntityTypeBuilder<PemangkuJabatan> b)
    {
        b.ToTable("pemangku_jabatan", t => t.HasCheckConstraint("ck_pemangku_jabatan_periode", "\"TanggalSelesai\" IS NULL OR \"TanggalSelesai\" >= \"Tmt\""));
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.NomorSk).HasMaxLength(PemangkuJabatan.PanjangNomorSk);
        b.HasOne<Jabatan>().WithMany().HasForeignKey(x => x.JabatanId).OnDelete(DeleteBehavior.Restrict);

        // Backstops for the domain rules when two admins act at once:
        // one open definitive holding per pegawai, and one open holding per position and kind.
        b.HasIndex(x => x.PegawaiId).IsUnique().HasFilter("\"TanggalSelesai\" IS NULL AND \"Jenis\" = 'Definitif'").HasDatabaseName("ux_pemangku_satu_definitif_per_pegawai");
        b.HasIndex(x => new { x.JabatanId, x.Jenis }).IsUnique().HasFilter("\"TanggalSelesai\" IS NULL").HasDatabaseName("ux_pemangku_satu_per_jabatan");
        b.HasIndex(x => x.JabatanId);
        // Every signed-in request asks which posts a pegawai holds (roles, approver lookups): a plain index, not only the partial unique one.
        b.HasIndex(x => x.PegawaiId, "ix_pemangku_jabatan_pegawai");
    }
}

internal sealed class JejakAuditConfiguration : IEntityTypeConfiguration<JejakAudit>
{
    public void Configure(EntityTypeBuilder<JejakAudit> b)
    {
        b.ToTable("jejak_audit");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).UseIdentityAlwaysColumn();
        b.Property(x => x.Aksi).HasMaxLength(JejakAudit.PanjangAksi);
        b.Property(x => x.NamaPengguna).HasMaxLength(JejakAudit.PanjangNamaPengguna);
        b.Property(x => x.Data).HasColumnType("jsonb");
        b.HasIndex(x => x.Waktu);
    }
}
