using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SistemKerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DokumenDanPenomoran : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dokumen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Jenis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PerangkatDaerahId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nomor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Urut = table.Column<int>(type: "integer", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "date", nullable: false),
                    Perihal = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PegawaiId = table.Column<Guid>(type: "uuid", nullable: true),
                    Penandatangan = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NipPenandatangan = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    JabatanPenandatangan = table.Column<string>(type: "character varying(210)", maxLength: 210, nullable: false),
                    SumberId = table.Column<Guid>(type: "uuid", nullable: true),
                    KodeVerifikasi = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Ukuran = table.Column<long>(type: "bigint", nullable: false),
                    DiterbitkanPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DibatalkanOlehId = table.Column<Guid>(type: "uuid", nullable: true),
                    AlasanPembatalan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dokumen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dokumen_perangkat_daerah_PerangkatDaerahId",
                        column: x => x.PerangkatDaerahId,
                        principalTable: "perangkat_daerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "format_nomor_dokumen",
                columns: table => new
                {
                    PerangkatDaerahId = table.Column<Guid>(type: "uuid", nullable: false),
                    Jenis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Format = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_format_nomor_dokumen", x => new { x.PerangkatDaerahId, x.Jenis });
                    table.ForeignKey(
                        name: "FK_format_nomor_dokumen_perangkat_daerah_PerangkatDaerahId",
                        column: x => x.PerangkatDaerahId,
                        principalTable: "perangkat_daerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "penomoran_dokumen",
                columns: table => new
                {
                    PerangkatDaerahId = table.Column<Guid>(type: "uuid", nullable: false),
                    Jenis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Terakhir = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_penomoran_dokumen", x => new { x.PerangkatDaerahId, x.Jenis, x.Tahun });
                });

            migrationBuilder.CreateTable(
                name: "berkas_dokumen",
                columns: table => new
                {
                    DokumenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Isi = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_berkas_dokumen", x => x.DokumenId);
                    table.ForeignKey(
                        name: "FK_berkas_dokumen_dokumen_DokumenId",
                        column: x => x.DokumenId,
                        principalTable: "dokumen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dokumen_KodeVerifikasi",
                table: "dokumen",
                column: "KodeVerifikasi",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dokumen_PegawaiId",
                table: "dokumen",
                column: "PegawaiId");

            migrationBuilder.CreateIndex(
                name: "IX_dokumen_PerangkatDaerahId_Jenis_Tahun_Urut",
                table: "dokumen",
                columns: new[] { "PerangkatDaerahId", "Jenis", "Tahun", "Urut" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dokumen_Sha256",
                table: "dokumen",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_dokumen_SumberId",
                table: "dokumen",
                column: "SumberId");

            migrationBuilder.CreateIndex(
                name: "IX_dokumen_Tanggal_Jenis",
                table: "dokumen",
                columns: new[] { "Tanggal", "Jenis" });
        
            // An issued document never changes: its bytes cannot be updated or deleted, and its number, code and hash
            // are fixed (only the cancellation fields may change).
            migrationBuilder.Sql(@"
CREATE FUNCTION dokumen_tolak_ubah_berkas() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'berkas_dokumen is immutable'; END $$;
CREATE TRIGGER berkas_dokumen_tetap BEFORE UPDATE OR DELETE ON berkas_dokumen FOR EACH ROW EXECUTE FUNCTION dokumen_tolak_ubah_berkas();
CREATE FUNCTION dokumen_tolak_ubah_isi() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'dokumen cannot be deleted'; END IF;
  IF NEW.""Nomor"" IS DISTINCT FROM OLD.""Nomor"" OR NEW.""Sha256"" IS DISTINCT FROM OLD.""Sha256"" OR NEW.""KodeVerifikasi"" IS DISTINCT FROM OLD.""KodeVerifikasi""
     OR NEW.""Urut"" IS DISTINCT FROM OLD.""Urut"" OR NEW.""Tahun"" IS DISTINCT FROM OLD.""Tahun"" OR NEW.""Jenis"" IS DISTINCT FROM OLD.""Jenis""
     OR NEW.""PerangkatDaerahId"" IS DISTINCT FROM OLD.""PerangkatDaerahId"" OR NEW.""Tanggal"" IS DISTINCT FROM OLD.""Tanggal"" THEN
    RAISE EXCEPTION 'an issued dokumen is immutable';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER dokumen_tetap BEFORE UPDATE OR DELETE ON dokumen FOR EACH ROW EXECUTE FUNCTION dokumen_tolak_ubah_isi();
");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS dokumen_tetap ON dokumen; DROP FUNCTION IF EXISTS dokumen_tolak_ubah_isi(); DROP TRIGGER IF EXISTS berkas_dokumen_tetap ON berkas_dokumen; DROP FUNCTION IF EXISTS dokumen_tolak_ubah_berkas();");

            migrationBuilder.DropTable(
                name: "berkas_dokumen");

            migrationBuilder.DropTable(
                name: "format_nomor_dokumen");

            migrationBuilder.DropTable(
                name: "penomoran_dokumen");

            migrationBuilder.DropTable(
                name: "dokumen");
        }
    }
}
