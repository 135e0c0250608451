using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SistemKerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PejabatTimTerindeks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "JabatanPejabatPenilaiId",
                table: "tim_kerja",
                type: "uuid",
                nullable: true,
                computedColumnSql: "((\"Pimpinan\" -> 'PejabatPenilai' ->> 'JabatanId')::uuid)",
                stored: true);

            migrationBuilder.AddColumn<Guid>(
                name: "JabatanPimpinanId",
                table: "tim_kerja",
                type: "uuid",
                nullable: false,
                computedColumnSql: "((\"Pimpinan\" -> 'PimpinanPemilikKinerja' ->> 'JabatanId')::uuid)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_tim_kerja_JabatanPejabatPenilaiId",
                table: "tim_kerja",
                column: "JabatanPejabatPenilaiId");

            migrationBuilder.CreateIndex(
                name: "IX_tim_kerja_JabatanPimpinanId",
                table: "tim_kerja",
                column: "JabatanPimpinanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tim_kerja_JabatanPejabatPenilaiId",
                table: "tim_kerja");

            migrationBuilder.DropIndex(
                name: "IX_tim_kerja_JabatanPimpinanId",
                table: "tim_kerja");

            migrationBuilder.DropColumn(
                name: "JabatanPejabatPenilaiId",
                table: "tim_kerja");

            migrationBuilder.DropColumn(
                name: "JabatanPimpinanId",
                table: "tim_kerja");
        }
    }
}
