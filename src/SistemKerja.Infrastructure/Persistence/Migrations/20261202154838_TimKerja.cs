using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SistemKerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TimKerja : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tim_kerja",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitPemilikKinerjaId = table.Column<Guid>(type: "uuid", nullable: false),
                    PerangkatDaerahPemilikKinerjaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sasaran = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SatuanSasaran = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    JenisTugas = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TanggalMulai = table.Column<DateOnly>(type: "date", nullable: false),
                    TanggalSelesai = table.Column<DateOnly>(type: "date", nullable: false),
                    ProgramStrategisLintasPerangkatDaerah = table.Column<bool>(type: "boolean", nullable: false),
                    Pimpinan = table.Column<string>(type: "jsonb", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DibuatOlehPegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    DibuatPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StrukturMasihMemilikiPengawas = table.Column<bool>(type: "boolean", nullable: false),
                    AlasanKetua = table.Column<string>(type: "jsonb", nullable: false),
                    Keputusan = table.Column<string>(type: "jsonb", nullable: true),
                    AlasanPembubaran = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DiakhiriPada = table.Column<DateOnly>(type: "date", nullable: true),
                    Tugas = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tim_kerja", x => x.Id);
                    table.CheckConstraint("ck_tim_kerja_periode", "\"TanggalSelesai\" >= \"TanggalMulai\"");
                    table.ForeignKey(
                        name: "FK_tim_kerja_pegawai_DibuatOlehPegawaiId",
                        column: x => x.DibuatOlehPegawaiId,
                        principalTable: "pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_tim_kerja_perangkat_daerah_PerangkatDaerahPemilikKinerjaId",
                        column: x => x.PerangkatDaerahPemilikKinerjaId,
                        principalTable: "perangkat_daerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_tim_kerja_unit_organisasi_UnitPemilikKinerjaId",
                        column: x => x.UnitPemilikKinerjaId,
                        principalTable: "unit_organisasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "hasil_tim",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Uraian = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DisampaikanOlehPegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    DisampaikanPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DinilaiOlehPegawaiId = table.Column<Guid>(type: "uuid", nullable: true),
                    DinilaiPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PelaksanaPerbaikan = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    TimId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hasil_tim", x => x.Id);
                    table.ForeignKey(
                        name: "FK_hasil_tim_tim_kerja_TimId",
                        column: x => x.TimId,
                        principalTable: "tim_kerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "permintaan_laporan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TimId = table.Column<Guid>(type: "uuid", nullable: false),
                    PemintaPegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    Uraian = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    BatasWaktu = table.Column<DateOnly>(type: "date", nullable: true),
                    DimintaPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    KepadaPersonel = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_permintaan_laporan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_permintaan_laporan_tim_kerja_TimId",
                        column: x => x.TimId,
                        principalTable: "tim_kerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "personel_tim",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Profil = table.Column<string>(type: "jsonb", nullable: false),
                    Peran = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Cakupan = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AlokasiPersen = table.Column<int>(type: "integer", nullable: false),
                    PenuhWaktu = table.Column<bool>(type: "boolean", nullable: false),
                    JenisPelibatan = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PelibatanId = table.Column<Guid>(type: "uuid", nullable: true),
                    PegawaiId = table.Column<Guid>(type: "uuid", nullable: true),
                    TimId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personel_tim", x => x.Id);
                    table.CheckConstraint("ck_personel_tim_alokasi", "\"AlokasiPersen\" BETWEEN 1 AND 100");
                    table.ForeignKey(
                        name: "FK_personel_tim_pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_personel_tim_tim_kerja_TimId",
                        column: x => x.TimId,
                        principalTable: "tim_kerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rekomendasi_penilaian_kinerja",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TimId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonelId = table.Column<Guid>(type: "uuid", nullable: false),
                    PegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    NamaPegawai = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    PeriodeMulai = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodeSelesai = table.Column<DateOnly>(type: "date", nullable: false),
                    HasilKerja = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Predikat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PejabatPenilaiAsalJabatanId = table.Column<Guid>(type: "uuid", nullable: false),
                    PejabatPenilaiAsal = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DisusunOlehPegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    DisusunPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DikirimOlehPegawaiId = table.Column<Guid>(type: "uuid", nullable: true),
                    DikirimOlehJabatanId = table.Column<Guid>(type: "uuid", nullable: true),
                    DikirimPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PerilakuKerja = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rekomendasi_penilaian_kinerja", x => x.Id);
                    table.CheckConstraint("ck_rekomendasi_periode", "\"PeriodeSelesai\" >= \"PeriodeMulai\"");
                    table.ForeignKey(
                        name: "FK_rekomendasi_penilaian_kinerja_pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_rekomendasi_penilaian_kinerja_tim_kerja_TimId",
                        column: x => x.TimId,
                        principalTable: "tim_kerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "laporan_kegiatan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TimId = table.Column<Guid>(type: "uuid", nullable: false),
                    Jenis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PelaporPersonelId = table.Column<Guid>(type: "uuid", nullable: false),
                    PelaporPegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeranPelapor = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Tujuan = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TujuanPegawaiId = table.Column<Guid>(type: "uuid", nullable: true),
                    Uraian = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PermintaanLaporanId = table.Column<Guid>(type: "uuid", nullable: true),
                    DisampaikanPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UmpanBalik = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DitanggapiOlehPegawaiId = table.Column<Guid>(type: "uuid", nullable: true),
                    DitanggapiPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_laporan_kegiatan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_laporan_kegiatan_permintaan_laporan_PermintaanLaporanId",
                        column: x => x.PermintaanLaporanId,
                        principalTable: "permintaan_laporan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_laporan_kegiatan_tim_kerja_TimId",
                        column: x => x.TimId,
                        principalTable: "tim_kerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_hasil_tim_TimId",
                table: "hasil_tim",
                column: "TimId");

            migrationBuilder.CreateIndex(
                name: "IX_laporan_kegiatan_PermintaanLaporanId",
                table: "laporan_kegiatan",
                column: "PermintaanLaporanId");

            migrationBuilder.CreateIndex(
                name: "IX_laporan_kegiatan_TimId_DisampaikanPada",
                table: "laporan_kegiatan",
                columns: new[] { "TimId", "DisampaikanPada" });

            migrationBuilder.CreateIndex(
                name: "IX_permintaan_laporan_TimId_DimintaPada",
                table: "permintaan_laporan",
                columns: new[] { "TimId", "DimintaPada" });

            migrationBuilder.CreateIndex(
                name: "IX_personel_tim_PegawaiId",
                table: "personel_tim",
                column: "PegawaiId");

            migrationBuilder.CreateIndex(
                name: "IX_personel_tim_TimId_PegawaiId",
                table: "personel_tim",
                columns: new[] { "TimId", "PegawaiId" },
                unique: true,
                filter: "\"PegawaiId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_rekomendasi_penilaian_kinerja_PegawaiId",
                table: "rekomendasi_penilaian_kinerja",
                column: "PegawaiId");

            migrationBuilder.CreateIndex(
                name: "IX_rekomendasi_penilaian_kinerja_PejabatPenilaiAsalJabatanId_S~",
                table: "rekomendasi_penilaian_kinerja",
                columns: new[] { "PejabatPenilaiAsalJabatanId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_rekomendasi_penilaian_kinerja_TimId_PersonelId",
                table: "rekomendasi_penilaian_kinerja",
                columns: new[] { "TimId", "PersonelId" });

            migrationBuilder.CreateIndex(
                name: "IX_tim_kerja_DibuatOlehPegawaiId",
                table: "tim_kerja",
                column: "DibuatOlehPegawaiId");

            migrationBuilder.CreateIndex(
                name: "IX_tim_kerja_PerangkatDaerahPemilikKinerjaId",
                table: "tim_kerja",
                column: "PerangkatDaerahPemilikKinerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_tim_kerja_UnitPemilikKinerjaId_Status",
                table: "tim_kerja",
                columns: new[] { "UnitPemilikKinerjaId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hasil_tim");

            migrationBuilder.DropTable(
                name: "laporan_kegiatan");

            migrationBuilder.DropTable(
                name: "personel_tim");

            migrationBuilder.DropTable(
                name: "rekomendasi_penilaian_kinerja");

            migrationBuilder.DropTable(
                name: "permintaan_laporan");

            migrationBuilder.DropTable(
                name: "tim_kerja");
        }
    }
}
