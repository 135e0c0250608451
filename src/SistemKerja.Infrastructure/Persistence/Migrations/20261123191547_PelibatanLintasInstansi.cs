using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SistemKerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PelibatanLintasInstansi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PelibatanInstansiId",
                table: "penugasan",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "pelibatan_instansi",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Arah = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    InstansiLain = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NomorSuratPermohonan = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TanggalSuratPermohonan = table.Column<DateOnly>(type: "date", nullable: false),
                    MaksudDanTujuan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    KompetensiDibutuhkan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EkspektasiTargetKinerja = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TanggalMulai = table.Column<DateOnly>(type: "date", nullable: false),
                    TanggalSelesai = table.Column<DateOnly>(type: "date", nullable: false),
                    AlokasiPersen = table.Column<int>(type: "integer", nullable: false),
                    PenuhWaktu = table.Column<bool>(type: "boolean", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    PejabatBerwenangJabatanId = table.Column<Guid>(type: "uuid", nullable: false),
                    PimpinanUnitJabatanId = table.Column<Guid>(type: "uuid", nullable: false),
                    DibuatOlehPegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    DibuatPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Tahap = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NomorSuratJawaban = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TanggalSuratJawaban = table.Column<DateOnly>(type: "date", nullable: true),
                    AlasanPengecualianKetersediaan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PegawaiDitugaskan = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    PegawaiInstansiLain = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pelibatan_instansi", x => x.Id);
                    table.CheckConstraint("ck_pelibatan_instansi_periode", "\"TanggalSelesai\" >= \"TanggalMulai\"");
                    table.ForeignKey(
                        name: "FK_pelibatan_instansi_unit_organisasi_UnitId",
                        column: x => x.UnitId,
                        principalTable: "unit_organisasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "riwayat_pelibatan_instansi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    Tahap = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Setuju = table.Column<bool>(type: "boolean", nullable: false),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OlehPegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    Oleh = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Waktu = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PelibatanInstansiId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_riwayat_pelibatan_instansi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_riwayat_pelibatan_instansi_pelibatan_instansi_PelibatanInst~",
                        column: x => x.PelibatanInstansiId,
                        principalTable: "pelibatan_instansi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_penugasan_PelibatanInstansiId",
                table: "penugasan",
                column: "PelibatanInstansiId");

            migrationBuilder.CreateIndex(
                name: "IX_pelibatan_instansi_DibuatOlehPegawaiId",
                table: "pelibatan_instansi",
                column: "DibuatOlehPegawaiId");

            migrationBuilder.CreateIndex(
                name: "IX_pelibatan_instansi_PejabatBerwenangJabatanId_Status",
                table: "pelibatan_instansi",
                columns: new[] { "PejabatBerwenangJabatanId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_pelibatan_instansi_PimpinanUnitJabatanId_Status",
                table: "pelibatan_instansi",
                columns: new[] { "PimpinanUnitJabatanId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_pelibatan_instansi_UnitId",
                table: "pelibatan_instansi",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_riwayat_pelibatan_instansi_PelibatanInstansiId",
                table: "riwayat_pelibatan_instansi",
                column: "PelibatanInstansiId");

            migrationBuilder.AddForeignKey(
                name: "FK_penugasan_pelibatan_instansi_PelibatanInstansiId",
                table: "penugasan",
                column: "PelibatanInstansiId",
                principalTable: "pelibatan_instansi",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_penugasan_pelibatan_instansi_PelibatanInstansiId",
                table: "penugasan");

            migrationBuilder.DropTable(
                name: "riwayat_pelibatan_instansi");

            migrationBuilder.DropTable(
                name: "pelibatan_instansi");

            migrationBuilder.DropIndex(
                name: "IX_penugasan_PelibatanInstansiId",
                table: "penugasan");

            migrationBuilder.DropColumn(
                name: "PelibatanInstansiId",
                table: "penugasan");
        }
    }
}
