using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SistemKerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PerubahanTimKerja : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Perubahan",
                table: "tim_kerja",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Perubahan",
                table: "tim_kerja");
        }
    }
}
