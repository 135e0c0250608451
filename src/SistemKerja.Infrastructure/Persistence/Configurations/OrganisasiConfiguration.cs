using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Infrastructure.Persistence.Configurations;

internal static class Konfigurasi
{
    /// <summary>Maps <see cref="AggregateRoot.Versi"/> to PostgreSQL's xmin system column (optimistic concurrency).</summary>
    public static void KunciAgregat<T>(this EntityTypeBuilder<T> b)
        where T : AggregateRoot
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Versi).IsRowVersion();
    }
}

internal sealed class PemerintahDaerahConfiguration : IEntityTypeConfiguration<PemerintahDaerah>
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<PemerintahDaerah> b)
    {
        b.ToTable("pemerintah_daerah");
        b.KunciAgregat();
        b.Property(x => x.Nama).HasMaxLength(PemerintahDaerah.PanjangNama);
        b.Property(x => x.Ibukota).HasMaxLength(PemerintahDaerah.PanjangNama);
        b.Property(x => x.DasarHukum).HasMaxLength(PemerintahDaerah.PanjangDasarHukum);
        b.Property(x => x.NamaKepalaDaerah).HasMaxLength(PemerintahDaerah.PanjangNamaKepalaDaerah);
        b.Ignore(x => x.JabatanKepalaDaerah);
        b.Property(x => x.Kebijakan)
            .HasColumnType("jsonb")
            .HasConversion(
                k => JsonSerializer.Serialize(k, Json),
                s => JsonSerializer.Deserialize<KebijakanDaerah>(s, Json)!,
                new ValueComparer<KebijakanDaerah>(
                    (a, c) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(c, Json),
                    k => JsonSerializer.Serialize(k, Json).GetHashCode(StringComparison.Ordinal),
                    k => JsonSerializer.Deserialize<KebijakanDaerah>(JsonSerializer.Serialize(k, Json), Json)!));
    }
}

internal sealed class PerangkatDaerahConfiguration : IEntityTypeConfiguration<PerangkatDaerah>
{
    public void Configure(EntityTypeBuilder<PerangkatDaerah> b)
    {
        b.ToTable("perangkat_daerah");
        b.KunciAgregat();
        b.Property(x => x.Nama).HasMaxLength(PerangkatDaerah.PanjangNama);
        b.Property(x => x.Singkatan).HasMaxLength(PerangkatDaerah.PanjangSingkatan);
        b.Property(x => x.Alamat).HasMaxLength(PerangkatDaerah.PanjangAlamat);
        b.HasOne<PemerintahDaerah>().WithMany().HasForeignKey(x => x.PemerintahDaerahId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PerangkatDaerah>().WithMany().HasForeignKey(x => x.IndukId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PemerintahDaerahId, x.Nama }).IsUnique();
    }
}

internal sealed class UnitOrganisasiConfiguration : IEntityTypeConfiguration<UnitOrganisasi>
{
    public void Configure(EntityTypeBuilder<UnitOrganisasi> b)
    {
        b.ToTable("unit_organisasi");
        b.KunciAgregat();
        b.Property(x => x.Nama).HasMaxLength(UnitOrganisasi.PanjangNama);
        b.HasOne<PerangkatDaerah>().WithMany().HasForeignKey(x => x.PerangkatDaerahId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UnitOrganisasi>().WithMany().HasForeignKey(x => x.IndukId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.PerangkatDaerahId).IsUnique().HasFilter("\"IndukId\" IS NULL").HasDatabaseName("ux_unit_organisasi_satu_akar");
        // The peta jabatan and approver resolution load a Perangkat Daerah's units; the partial unique index above covers only the root.
        b.HasIndex(x => x.PerangkatDaerahId, "ix_unit_organisasi_perangkat_daerah");
        b.Ignore(x => x.Akar);
    }
}

internal sealed class JabatanConfiguration : IEntityTypeConfiguration<Jabatan>
{
    public void Configure(EntityTypeBuilder<Jabatan> b)
    {
        b.ToTable("jabatan", t => t.HasCheckConstraint("ck_jabatan_kelas", "\"KelasJabatan\" BETWEEN 1 AND 17"));
        b.KunciAgregat();
        b.Property(x => x.Nama).HasMaxLength(Jabatan.PanjangNama);
        b.Ignore(x => x.Kategori);
        b.Ignore(x => x.NamaLengkap);
        b.HasOne<PerangkatDaerah>().WithMany().HasForeignKey(x => x.PerangkatDaerahId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UnitOrganisasi>().WithMany().HasForeignKey(x => x.UnitOrganisasiId).OnDelete(DeleteBehavior.Restrict);

        // Backstop for UnitHanyaMemilikiSatuJabatanPimpinan when two admins add a head at once.
        b.HasIndex(x => x.UnitOrganisasiId).IsUnique().HasFilter("\"MemimpinUnit\"").HasDatabaseName("ux_jabatan_satu_pimpinan_per_unit");
        b.HasIndex(x => x.PerangkatDaerahId);

        // The positions of a unit (the partial index above only serves the head's): bench/RESULTS.md, Tim Kerja at region scale.
        b.HasIndex(x => x.UnitOrganisasiId, "IX_jabatan_UnitOrganisasiId");
    }
}

internal sealed class KedudukanConfiguration : IEntityTypeConfiguration<Kedudukan>
{
    public void Configure(EntityTypeBuilder<Kedudukan> b)
    {
        b.ToTable("kedudukan", t => t.HasCheckConstraint("ck_kedudukan_periode", "\"BerlakuSampai\" IS NULL OR \"BerlakuSampai\" >= \"BerlakuMulai\""));
        b.KunciAgregat();
        b.Property(x => x.NomorSk).HasMaxLength(Kedudukan.PanjangNomorSk);
        b.Property(x => x.DasarDelegasi).HasMaxLength(Kedudukan.PanjangDasarDelegasi);
        b.HasOne<Jabatan>().WithMany().HasForeignKey(x => x.JabatanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Jabatan>().WithMany().HasForeignKey(x => x.AtasanJabatanId).OnDelete(DeleteBehavior.Restrict);

        // One kedudukan in force per position (backstop for two admins at once).
        b.HasIndex(x => x.JabatanId).IsUnique().HasFilter("\"BerlakuSampai\" IS NULL").HasDatabaseName("ux_kedudukan_satu_aktif_per_jabatan");
        b.HasIndex(x => new { x.JabatanId, x.BerlakuMulai });
        b.HasIndex(x => x.AtasanJabatanId);
    }
}
