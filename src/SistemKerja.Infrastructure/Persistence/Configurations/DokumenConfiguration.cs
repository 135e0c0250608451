using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;

namespace SistemKerja.Infrastructure.Persistence.Configurations;

internal sealed class DokumenConfiguration : IEntityTypeConfiguration<Dokumen>
{
    public void Configure(EntityTypeBuilder<Dokumen> b)
    {
        b.ToTable("dokumen");
        b.KunciAgregat();
        b.Property(x => x.Nomor).HasMaxLength(Dokumen.PanjangNomor);
        b.Property(x => x.Perihal).HasMaxLength(Dokumen.PanjangPerihal);
        b.Property(x => x.KodeVerifikasi).HasMaxLength(Dokumen.PanjangKode);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.Penandatangan).HasMaxLength(300);
        b.Property(x => x.NipPenandatangan).HasMaxLength(Nip.Panjang);
        b.Property(x => x.JabatanPenandatangan).HasMaxLength(Jabatan.PanjangNama + 10);
        b.Property(x => x.AlasanPembatalan).HasMaxLength(2000);
        b.HasOne<PerangkatDaerah>().WithMany().HasForeignKey(x => x.PerangkatDaerahId).OnDelete(DeleteBehavior.Restrict);

        // A correction points to the document it replaces, and the cancelled one to its replacement.
        b.HasOne<Dokumen>().WithMany().HasForeignKey(x => x.DibatalkanOlehId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Dokumen>().WithMany().HasForeignKey(x => x.MenggantikanId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.MenggantikanId).IsUnique(); // a document is corrected once

        // No duplicate numbers, ever (the counter gives no gaps; this index is the backstop).
        b.HasIndex(x => new { x.PerangkatDaerahId, x.Jenis, x.Tahun, x.Urut }).IsUnique();
        b.HasIndex(x => x.KodeVerifikasi).IsUnique();
        b.HasIndex(x => x.Sha256);
        b.HasIndex(x => x.SumberId);
        b.HasIndex(x => new { x.Tanggal, x.Jenis });
        b.HasIndex(x => x.PegawaiId);
    }
}

internal sealed class BerkasDokumenConfiguration : IEntityTypeConfiguration<BerkasDokumen>
{
    public void Configure(EntityTypeBuilder<BerkasDokumen> b)
    {
        b.ToTable("berkas_dokumen");
        b.HasKey(x => x.DokumenId);
        b.HasOne<Dokumen>().WithOne().HasForeignKey<BerkasDokumen>(x => x.DokumenId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LogoKopConfiguration : IEntityTypeConfiguration<LogoKop>
{
    public void Configure(EntityTypeBuilder<LogoKop> b)
    {
        b.ToTable("logo_kop");
        b.HasKey(x => x.PerangkatDaerahId);
        b.Property(x => x.JenisKonten).HasMaxLength(20);
        b.ToTable(t => t.HasCheckConstraint("CK_logo_kop_ukuran", $"octet_length(\"Isi\") <= {LogoKop.UkuranMaksimum}"));
        b.HasOne<PerangkatDaerah>().WithMany().HasForeignKey(x => x.PerangkatDaerahId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FormatNomorDokumenConfiguration : IEntityTypeConfiguration<FormatNomorDokumen>
{
    public void Configure(EntityTypeBuilder<FormatNomorDokumen> b)
    {
        b.ToTable("format_nomor_dokumen");
        b.HasKey(x => new { x.PerangkatDaerahId, x.Jenis });
        b.Property(x => x.Format).HasMaxLength(FormatNomor.PanjangFormat);
        b.HasOne<PerangkatDaerah>().WithMany().HasForeignKey(x => x.PerangkatDaerahId).OnDelete(DeleteBehavior.Restrict);
    }
}
