using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SistemKerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DokumenKoreksiDanKop : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "MenggantikanId",
                table: "dokumen",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "logo_kop",
                columns: table => new
                {
                    PerangkatDaerahId = table.Column<Guid>(type: "uuid", nullable: false),
                    Isi = table.Column<byte[]>(type: "bytea", nullable: false),
                    JenisKonten = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DiunggahPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_logo_kop", x => x.PerangkatDaerahId);
                    table.CheckConstraint("CK_logo_kop_ukuran", "octet_length(\"Isi\") <= 524288");
                    table.ForeignKey(
                        name: "FK_logo_kop_perangkat_daerah_PerangkatDaerahId",
                        column: x => x.PerangkatDaerahId,
                        principalTable: "perangkat_daerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dokumen_DibatalkanOlehId",
                table: "dokumen",
                column: "DibatalkanOlehId");

            migrationBuilder.CreateIndex(
                name: "IX_dokumen_MenggantikanId",
                table: "dokumen",
                column: "MenggantikanId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_dokumen_dokumen_DibatalkanOlehId",
                table: "dokumen",
                column: "DibatalkanOlehId",
                principalTable: "dokumen",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_dokumen_dokumen_MenggantikanId",
                table: "dokumen",
                column: "MenggantikanId",
                principalTable: "dokumen",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Corrections (DOMAIN.md §11.11): every printed field stays fixed, now with the pointer to the corrected document;
            // the cancellation (status, replacement, reason) is written once, completely, and never changed or undone.
            migrationBuilder.Sql(@"
CREATE OR REPLACE FUNCTION dokumen_tolak_ubah_isi() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'dokumen cannot be deleted'; END IF;
  IF ROW(NEW.""Id"", NEW.""Jenis"", NEW.""PerangkatDaerahId"", NEW.""Nomor"", NEW.""Urut"", NEW.""Tahun"", NEW.""Tanggal"", NEW.""Perihal"", NEW.""PegawaiId"",
         NEW.""Penandatangan"", NEW.""NipPenandatangan"", NEW.""JabatanPenandatangan"", NEW.""SumberId"", NEW.""KodeVerifikasi"", NEW.""Sha256"",
         NEW.""Ukuran"", NEW.""DiterbitkanPada"", NEW.""MenggantikanId"")
     IS DISTINCT FROM
     ROW(OLD.""Id"", OLD.""Jenis"", OLD.""PerangkatDaerahId"", OLD.""Nomor"", OLD.""Urut"", OLD.""Tahun"", OLD.""Tanggal"", OLD.""Perihal"", OLD.""PegawaiId"",
         OLD.""Penandatangan"", OLD.""NipPenandatangan"", OLD.""JabatanPenandatangan"", OLD.""SumberId"", OLD.""KodeVerifikasi"", OLD.""Sha256"",
         OLD.""Ukuran"", OLD.""DiterbitkanPada"", OLD.""MenggantikanId"") THEN
    RAISE EXCEPTION 'an issued dokumen is immutable (only its cancellation may be recorded)';
  END IF;
  IF ROW(NEW.""Status"", NEW.""DibatalkanOlehId"", NEW.""AlasanPembatalan"") IS NOT DISTINCT FROM ROW(OLD.""Status"", OLD.""DibatalkanOlehId"", OLD.""AlasanPembatalan"") THEN
    RETURN NEW;
  END IF;
  IF OLD.""Status"" <> 'Berlaku' THEN
    RAISE EXCEPTION 'a cancelled dokumen stays cancelled (its cancellation is recorded once)';
  END IF;
  IF NEW.""Status"" <> 'Dibatalkan' OR NEW.""DibatalkanOlehId"" IS NULL OR NEW.""DibatalkanOlehId"" = NEW.""Id""
     OR NEW.""AlasanPembatalan"" IS NULL OR btrim(NEW.""AlasanPembatalan"") = '' THEN
    RAISE EXCEPTION 'a cancellation needs the Dibatalkan status, another replacing dokumen and a reason';
  END IF;
  RETURN NEW;
END $$;
");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The trigger function of DokumenTetapLebihKetat again (without MenggantikanId, which is dropped below).
            migrationBuilder.Sql(@"
CREATE OR REPLACE FUNCTION dokumen_tolak_ubah_isi() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'dokumen cannot be deleted'; END IF;
  IF ROW(NEW.""Id"", NEW.""Jenis"", NEW.""PerangkatDaerahId"", NEW.""Nomor"", NEW.""Urut"", NEW.""Tahun"", NEW.""Tanggal"", NEW.""Perihal"", NEW.""PegawaiId"",
         NEW.""Penandatangan"", NEW.""NipPenandatangan"", NEW.""JabatanPenandatangan"", NEW.""SumberId"", NEW.""KodeVerifikasi"", NEW.""Sha256"",
         NEW.""Ukuran"", NEW.""DiterbitkanPada"")
     IS DISTINCT FROM
     ROW(OLD.""Id"", OLD.""Jenis"", OLD.""PerangkatDaerahId"", OLD.""Nomor"", OLD.""Urut"", OLD.""Tahun"", OLD.""Tanggal"", OLD.""Perihal"", OLD.""PegawaiId"",
         OLD.""Penandatangan"", OLD.""NipPenandatangan"", OLD.""JabatanPenandatangan"", OLD.""SumberId"", OLD.""KodeVerifikasi"", OLD.""Sha256"",
         OLD.""Ukuran"", OLD.""DiterbitkanPada"") THEN
    RAISE EXCEPTION 'an issued dokumen is immutable (only its cancellation may be recorded)';
  END IF;
  RETURN NEW;
END $$;
");

            migrationBuilder.DropForeignKey(
                name: "FK_dokumen_dokumen_DibatalkanOlehId",
                table: "dokumen");

            migrationBuilder.DropForeignKey(
                name: "FK_dokumen_dokumen_MenggantikanId",
                table: "dokumen");

            migrationBuilder.DropTable(
                name: "logo_kop");

            migrationBuilder.DropIndex(
                name: "IX_dokumen_DibatalkanOlehId",
                table: "dokumen");

            migrationBuilder.DropIndex(
                name: "IX_dokumen_MenggantikanId",
                table: "dokumen");

            migrationBuilder.DropColumn(
                name: "MenggantikanId",
                table: "dokumen");
        }
    }
}
