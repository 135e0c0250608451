using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SistemKerja.Application.TimKerja.Bersama;
using SistemKerja.Domain.Kepegawaian;
using SistemKerja.Domain.Organisasi;
using SistemKerja.Domain.TimKerja;

namespace SistemKerja.Infrastructure.Persistence.Configurations;

/// <summary>
/// Values that are only ever read and written whole with their owner (the officials around a team, the ketua reasons,
/// the decree, a member's profile as printed) are jsonb columns; what the app filters on has its own column.
/// </summary>
internal static class JsonKolom
{
    public static readonly JsonSerializerOptions Opsi = new() { Converters = { new JsonStringEnumConverter() } };

    public static PropertyBuilder<T> SebagaiJson<T>(this PropertyBuilder<T> p)
        where T : class? =>
        p.HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Opsi),
            s => JsonSerializer.Deserialize<T>(s, Opsi)!,
            new ValueComparer<T>((a, b) => JsonSerializer.Serialize(a, Opsi) == JsonSerializer.Serialize(b, Opsi),
                v => v == null ? 0 : JsonSerializer.Serialize(v, Opsi).GetHashCode(StringComparison.Ordinal),
                v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Opsi), Opsi)!));
}

internal sealed class TimConfiguration : IEntityTypeConfiguration<Tim>
{
    public void Configure(EntityTypeBuilder<Tim> b)
    {
        b.ToTable("tim_kerja", t => t.HasCheckConstraint("ck_tim_kerja_periode", "\"TanggalSelesai\" >= \"TanggalMulai\""));
        b.KunciAgregat();
        b.Property(x => x.Nama).HasMaxLength(Tim.PanjangNama);
        b.Property(x => x.Sasaran).HasMaxLength(Tim.PanjangSasaran);
        b.Property(x => x.SatuanSasaran).HasMaxLength(Tim.PanjangSatuan);
        b.Property(x => x.AlasanPembubaran).HasMaxLength(Tim.PanjangAlasan);
        b.Ignore(x => x.Tugas);
        b.Property<List<string>>("tugas").HasColumnName("Tugas").SebagaiJson();
        b.Property(x => x.Pimpinan).SebagaiJson();
        b.Property(x => x.AlasanKetua).SebagaiJson();
        b.Property(x => x.Keputusan).SebagaiJson();
        b.Property(x => x.Perubahan).SebagaiJson();
        b.Ignore(x => x.Ketua);
        b.Ignore(x => x.PenanggungJawabTim);
        b.Ignore(x => x.Anggota);
        b.Ignore(x => x.Cakupan);
        b.Ignore(x => x.PenerimaHasil);
        b.Ignore(x => x.HasilTerakhir);
        b.HasOne<UnitOrganisasi>().WithMany().HasForeignKey(x => x.UnitPemilikKinerjaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PerangkatDaerah>().WithMany().HasForeignKey(x => x.PerangkatDaerahPemilikKinerjaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.DibuatOlehPegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.UnitPemilikKinerjaId, x.Status });
        b.HasIndex(x => x.DibuatOlehPegawaiId);

        // The positions of the team's PUO pemilik kinerja and PPK, read by the lists (teams a user leads, drafts awaiting their
        // decree) from the jsonb: stored generated columns, so PostgreSQL keeps them in step with "Pimpinan" and indexes them.
        b.Property<Guid>(KolomTim.JabatanPimpinan)
            .HasComputedColumnSql("((\"Pimpinan\" -> 'PimpinanPemilikKinerja' ->> 'JabatanId')::uuid)", stored: true);
        b.Property<Guid?>(KolomTim.JabatanPejabatPenilai)
            .HasComputedColumnSql("((\"Pimpinan\" -> 'PejabatPenilai' ->> 'JabatanId')::uuid)", stored: true);
        b.Property<string?>(KolomTim.CakupanKeputusan).HasMaxLength(40).HasComputedColumnSql("(\"Keputusan\" ->> 'Cakupan')", stored: true);
        b.HasIndex(KolomTim.JabatanPimpinan);
        b.HasIndex(KolomTim.JabatanPejabatPenilai);

        // Drafts and amendments awaiting a decree, oldest first (the list of a signer such as the Sekda): few among many teams.
        b.HasIndex(x => x.DibuatPada).HasFilter("\"Status\" IN ('Draf', 'DalamPerubahan')").HasDatabaseName("ix_tim_kerja_menunggu_penetapan");

        // Required: a person taken out of the team is deleted with their row, not left behind without a team.
        b.HasMany(x => x.Personel).WithOne().HasForeignKey(KolomTim.Tim).IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Personel).HasField("personel").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        b.Ignore(x => x.Hasil);
        b.HasMany<HasilTim>("hasil").WithOne().HasForeignKey(KolomTim.Tim).IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.Navigation("hasil").AutoInclude();
    }
}

internal sealed class PersonelTimConfiguration : IEntityTypeConfiguration<PersonelTim>
{
    public void Configure(EntityTypeBuilder<PersonelTim> b)
    {
        b.ToTable("personel_tim", t => t.HasCheckConstraint("ck_personel_tim_alokasi", "\"AlokasiPersen\" BETWEEN 1 AND 100"));
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Profil).SebagaiJson();
        b.Ignore(x => x.DariUnitLain);
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PegawaiId).OnDelete(DeleteBehavior.Restrict);

        // A pegawai's load across teams, and one role per person per team (V-TIM-02). Not partial: it is also the index of a
        // team's personnel (a partial one left every team read scanning personel_tim); rows without a pegawai (people of another
        // instansi) are NULL there, which a unique index never compares equal.
        b.HasIndex(x => x.PegawaiId);
        b.HasIndex(KolomTim.Tim, nameof(PersonelTim.PegawaiId)).IsUnique();

        // Members from beyond the team's unit, by team: few among all personnel (the Sekda's list of drafts asks for them).
        b.HasIndex([KolomTim.Tim], "ix_personel_tim_lintas_unit").HasFilter("\"Cakupan\" <> 'DalamUnit'");
    }
}

internal sealed class HasilTimConfiguration : IEntityTypeConfiguration<HasilTim>
{
    public void Configure(EntityTypeBuilder<HasilTim> b)
    {
        b.ToTable("hasil_tim");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Uraian).HasMaxLength(HasilTim.PanjangUraian);
        b.Property(x => x.Catatan).HasMaxLength(HasilTim.PanjangCatatan);
        b.Ignore(x => x.MenungguPenilaian);
    }
}

internal sealed class LaporanKegiatanConfiguration : IEntityTypeConfiguration<LaporanKegiatan>
{
    public void Configure(EntityTypeBuilder<LaporanKegiatan> b)
    {
        b.ToTable("laporan_kegiatan");
        b.KunciAgregat();
        b.Property(x => x.Uraian).HasMaxLength(LaporanKegiatan.PanjangUraian);
        b.Property(x => x.UmpanBalik).HasMaxLength(LaporanKegiatan.PanjangUmpanBalik);
        b.HasOne<Tim>().WithMany().HasForeignKey(x => x.TimId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PermintaanLaporan>().WithMany().HasForeignKey(x => x.PermintaanLaporanId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TimId, x.DisampaikanPada });
    }
}

internal sealed class PermintaanLaporanConfiguration : IEntityTypeConfiguration<PermintaanLaporan>
{
    public void Configure(EntityTypeBuilder<PermintaanLaporan> b)
    {
        b.ToTable("permintaan_laporan");
        b.KunciAgregat();
        b.Property(x => x.Uraian).HasMaxLength(PermintaanLaporan.PanjangUraian);
        b.Ignore(x => x.KepadaPersonel);
        b.Property<List<Guid>>("kepadaPersonel").HasColumnName("KepadaPersonel");
        b.HasOne<Tim>().WithMany().HasForeignKey(x => x.TimId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TimId, x.DimintaPada });
    }
}

internal sealed class RekomendasiPenilaianKinerjaConfiguration : IEntityTypeConfiguration<RekomendasiPenilaianKinerja>
{
    public void Configure(EntityTypeBuilder<RekomendasiPenilaianKinerja> b)
    {
        b.ToTable("rekomendasi_penilaian_kinerja", t => t.HasCheckConstraint("ck_rekomendasi_periode", "\"PeriodeSelesai\" >= \"PeriodeMulai\""));
        b.KunciAgregat();
        b.Property(x => x.NamaPegawai).HasMaxLength(Pegawai.PanjangNama + 2 * Pegawai.PanjangGelar);
        b.Property(x => x.PejabatPenilaiAsal).HasMaxLength(Jabatan.PanjangNama);
        b.Property(x => x.Catatan).HasMaxLength(RekomendasiPenilaianKinerja.PanjangCatatan);
        b.Ignore(x => x.PerilakuKerja);
        b.Property<List<PenilaianPerilaku>>("perilakuKerja").HasColumnName("PerilakuKerja").SebagaiJson();
        b.HasOne<Tim>().WithMany().HasForeignKey(x => x.TimId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pegawai>().WithMany().HasForeignKey(x => x.PegawaiId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PejabatPenilaiAsalJabatanId, x.Status });
        b.HasIndex(x => new { x.TimId, x.PersonelId });
    }
}
