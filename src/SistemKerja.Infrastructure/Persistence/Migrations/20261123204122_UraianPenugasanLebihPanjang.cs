using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SistemKerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class UraianPenugasanLebihPanjang : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Untuk",
                table: "surat_tugas",
                type: "character varying(4500)",
                maxLength: 4500,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(4200)",
                oldMaxLength: 4200);

            migrationBuilder.AlterColumn<string>(
                name: "Uraian",
                table: "penugasan",
                type: "character varying(2300)",
                maxLength: 2300,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Untuk",
                table: "surat_tugas",
                type: "character varying(4200)",
                maxLength: 4200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(4500)",
                oldMaxLength: 4500);

            migrationBuilder.AlterColumn<string>(
                name: "Uraian",
                table: "penugasan",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(2300)",
                oldMaxLength: 2300);
        }
    }
}
