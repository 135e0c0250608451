using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SistemKerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IndeksPegawaiDanUnit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_unit_organisasi_perangkat_daerah",
                table: "unit_organisasi",
                column: "PerangkatDaerahId");

            migrationBuilder.CreateIndex(
                name: "ix_pemangku_jabatan_pegawai",
                table: "pemangku_jabatan",
                column: "PegawaiId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_unit_organisasi_perangkat_daerah",
                table: "unit_organisasi");

            migrationBuilder.DropIndex(
                name: "ix_pemangku_jabatan_pegawai",
                table: "pemangku_jabatan");
        }
    }
}
