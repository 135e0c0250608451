using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SistemKerja.Application.Common;
using SistemKerja.Domain.Audit;
using SistemKerja.Domain.Common;
using SistemKerja.Domain.Dokumen;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Notifikasi;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.Penugasan;
using SistemKerja.Domain.TimKerja;
using SistemKerja.Infrastructure.Identity;

namespace SistemKerja.Infrastructure.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<Pengguna, IdentityRole<Guid>, Guid>(options), IAppDb
{
    public DbSet<PemerintahDaerah> PemerintahDaerah => Set<PemerintahDaerah>();

    public DbSet<PerangkatDaerah> PerangkatDaerah => Set<PerangkatDaerah>();

    public DbSet<UnitOrganisasi> UnitOrganisasi => Set<UnitOrganisasi>();

    public DbSet<Jabatan> Jabatan => Set<Jabatan>();

    public DbSet<Pegawai> Pegawai => Set<Pegawai>();

    public DbSet<PemangkuJabatan> PemangkuJabatan => Set<PemangkuJabatan>();

    public DbSet<JejakAudit> JejakAudit => Set<JejakAudit>();

    public DbSet<Kedudukan> Kedudukan => Set<Kedudukan>();

    public DbSet<Permohonan> Permohonan => Set<Permohonan>();

    public DbSet<LangkahPermohonan> LangkahPermohonan => Set<LangkahPermohonan>();

    public DbSet<Penugasan> Penugasan => Set<Penugasan>();

    public DbSet<SuratTugas> SuratTugas => Set<SuratTugas>();

    public DbSet<Notifikasi> Notifikasi => Set<Notifikasi>();

    public DbSet<PelibatanInstansi> PelibatanInstansi => Set<PelibatanInstansi>();

    public DbSet<Dokumen> Dokumen => Set<Dokumen>();

    public DbSet<BerkasDokumen> BerkasDokumen => Set<BerkasDokumen>();

    public DbSet<FormatNomorDokumen> FormatNomorDokumen => Set<FormatNomorDokumen>();

    public DbSet<Tim> Tim => Set<Tim>();

    public DbSet<PersonelTim> PersonelTim => Set<PersonelTim>();

    public DbSet<LaporanKegiatan> LaporanKegiatan => Set<LaporanKegiatan>();

    public DbSet<PermintaanLaporan> PermintaanLaporan => Set<PermintaanLaporan>();

    public DbSet<RekomendasiPenilaianKinerja> RekomendasiPenilaianKinerja => Set<RekomendasiPenilaianKinerja>();
    public DbSet<LogoKop> LogoKop => Set<LogoKop>();

    public void TetapkanVersiAsli(AggregateRoot aggregate, uint versi) =>
        Entry(aggregate).Property(a => a.Versi).OriginalValue = versi;

    public async Task KunciAsync<T>(Guid id, CancellationToken ct)
        where T : AggregateRoot
    {
        var tabel = Model.FindEntityType(typeof(T))?.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        // The table name comes from the EF model, never from input; the id is a parameter.
        var sql = "SELECT 1 FROM \"" + tabel + "\" WHERE \"Id\" = {0} FOR UPDATE";
        await Database.ExecuteSqlRawAsync(sql, [id], ct);
    }

    public void TandaiBerubah(AggregateRoot aggregate)
    {
        var entry = Entry(aggregate);
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.Entity<Pengguna>(b =>
        {
            b.Property(p => p.NamaTampilan).HasMaxLength(Pengguna.PanjangNamaTampilan);
            b.HasOne<Pegawai>().WithMany().HasForeignKey(p => p.PegawaiId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(p => p.PegawaiId).IsUnique();
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every enum is stored as its name (readable in SQL, stable when members are reordered).
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
