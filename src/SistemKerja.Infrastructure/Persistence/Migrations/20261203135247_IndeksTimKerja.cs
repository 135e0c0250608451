using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SistemKerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IndeksTimKerja : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_personel_tim_TimId_PegawaiId",
                table: "personel_tim");

            migrationBuilder.AddColumn<string>(
                name: "CakupanKeputusan",
                table: "tim_kerja",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                computedColumnSql: "(\"Keputusan\" ->> 'Cakupan')",
                stored: true);

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

            migrationBuilder.CreateIndex(
                name: "ix_tim_kerja_menunggu_penetapan",
                table: "tim_kerja",
                column: "DibuatPada",
                filter: "\"Status\" IN ('Draf', 'DalamPerubahan')");

            migrationBuilder.CreateIndex(
                name: "ix_personel_tim_lintas_unit",
                table: "personel_tim",
                column: "TimId",
                filter: "\"Cakupan\" <> 'DalamUnit'");

            migrationBuilder.CreateIndex(
                name: "IX_personel_tim_TimId_PegawaiId",
                table: "personel_tim",
                columns: new[] { "TimId", "PegawaiId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_jabatan_UnitOrganisasiId",
                table: "jabatan",
                column: "UnitOrganisasiId");
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

            migrationBuilder.DropIndex(
                name: "ix_tim_kerja_menunggu_penetapan",
                table: "tim_kerja");

            migrationBuilder.DropIndex(
                name: "ix_personel_tim_lintas_unit",
                table: "personel_tim");

            migrationBuilder.DropIndex(
                name: "IX_personel_tim_TimId_PegawaiId",
                table: "personel_tim");

            migrationBuilder.DropIndex(
                name: "IX_jabatan_UnitOrganisasiId",
                table: "jabatan");

            migrationBuilder.DropColumn(
                name: "CakupanKeputusan",
                table: "tim_kerja");

            migrationBuilder.DropColumn(
                name: "JabatanPejabatPenilaiId",
                table: "tim_kerja");

            migrationBuilder.DropColumn(
                name: "JabatanPimpinanId",
                table: "tim_kerja");

            migrationBuilder.CreateIndex(
                name: "IX_personel_tim_TimId_PegawaiId",
                table: "personel_tim",
                columns: new[] { "TimId", "PegawaiId" },
                unique: true,
                filter: "\"PegawaiId\" IS NOT NULL");
        }
    }
}
