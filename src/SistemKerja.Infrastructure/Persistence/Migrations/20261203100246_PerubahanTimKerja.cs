using System;
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

            // Until now a person taken out of a team left their row behind with no team (the relationship was optional):
            // those rows belong to nobody and are removed before the column becomes required.
            migrationBuilder.Sql("DELETE FROM personel_tim WHERE \"TimId\" IS NULL;");
            migrationBuilder.Sql("DELETE FROM hasil_tim WHERE \"TimId\" IS NULL;");

            migrationBuilder.AlterColumn<Guid>(
                name: "TimId",
                table: "personel_tim",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "TimId",
                table: "hasil_tim",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Perubahan",
                table: "tim_kerja");

            migrationBuilder.AlterColumn<Guid>(
                name: "TimId",
                table: "personel_tim",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AlterColumn<Guid>(
                name: "TimId",
                table: "hasil_tim",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");
        }
    }
}
