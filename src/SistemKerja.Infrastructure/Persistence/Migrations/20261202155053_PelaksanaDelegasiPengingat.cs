using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SistemKerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PelaksanaDelegasiPengingat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DieskalasiPada",
                table: "langkah_permohonan",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DiingatkanPada",
                table: "langkah_permohonan",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EskalasiKe",
                table: "langkah_permohonan",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EskalasiKeJabatanId",
                table: "langkah_permohonan",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_langkah_permohonan_EskalasiKeJabatanId",
                table: "langkah_permohonan",
                column: "EskalasiKeJabatanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_langkah_permohonan_EskalasiKeJabatanId",
                table: "langkah_permohonan");

            migrationBuilder.DropColumn(
                name: "DieskalasiPada",
                table: "langkah_permohonan");

            migrationBuilder.DropColumn(
                name: "DiingatkanPada",
                table: "langkah_permohonan");

            migrationBuilder.DropColumn(
                name: "EskalasiKe",
                table: "langkah_permohonan");

            migrationBuilder.DropColumn(
                name: "EskalasiKeJabatanId",
                table: "langkah_permohonan");
        }
    }
}
