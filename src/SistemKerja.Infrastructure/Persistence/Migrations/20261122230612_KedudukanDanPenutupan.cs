using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SistemKerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class KedudukanDanPenutupan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DitutupPada",
                table: "unit_organisasi",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DitutupPada",
                table: "jabatan",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "kedudukan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JabatanId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtasanJabatanId = table.Column<Guid>(type: "uuid", nullable: false),
                    BerlakuMulai = table.Column<DateOnly>(type: "date", nullable: false),
                    BerlakuSampai = table.Column<DateOnly>(type: "date", nullable: true),
                    NomorSk = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DasarDelegasi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kedudukan", x => x.Id);
                    table.CheckConstraint("ck_kedudukan_periode", "\"BerlakuSampai\" IS NULL OR \"BerlakuSampai\" >= \"BerlakuMulai\"");
                    table.ForeignKey(
                        name: "FK_kedudukan_jabatan_AtasanJabatanId",
                        column: x => x.AtasanJabatanId,
                        principalTable: "jabatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_kedudukan_jabatan_JabatanId",
                        column: x => x.JabatanId,
                        principalTable: "jabatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_kedudukan_AtasanJabatanId",
                table: "kedudukan",
                column: "AtasanJabatanId");

            migrationBuilder.CreateIndex(
                name: "IX_kedudukan_JabatanId_BerlakuMulai",
                table: "kedudukan",
                columns: new[] { "JabatanId", "BerlakuMulai" });

            migrationBuilder.CreateIndex(
                name: "ux_kedudukan_satu_aktif_per_jabatan",
                table: "kedudukan",
                column: "JabatanId",
                unique: true,
                filter: "\"BerlakuSampai\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kedudukan");

            migrationBuilder.DropColumn(
                name: "DitutupPada",
                table: "unit_organisasi");

            migrationBuilder.DropColumn(
                name: "DitutupPada",
                table: "jabatan");
        }
    }
}
