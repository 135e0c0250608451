using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SistemKerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DokumenTetapLebihKetat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Untuk",
                table: "surat_tugas",
                type: "character varying(4200)",
                maxLength: 4200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(4000)",
                oldMaxLength: 4000);

            migrationBuilder.AlterColumn<string>(
                name: "Nomor",
                table: "surat_tugas",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Nomor",
                table: "dokumen",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);
        
            // Stricter than before: every printed field is fixed (only the cancellation fields may change), and TRUNCATE is refused.
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
CREATE FUNCTION dokumen_tolak_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'issued documents cannot be truncated'; END $$;
CREATE TRIGGER berkas_dokumen_tanpa_truncate BEFORE TRUNCATE ON berkas_dokumen FOR EACH STATEMENT EXECUTE FUNCTION dokumen_tolak_truncate();
CREATE TRIGGER dokumen_tanpa_truncate BEFORE TRUNCATE ON dokumen FOR EACH STATEMENT EXECUTE FUNCTION dokumen_tolak_truncate();
");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS dokumen_tanpa_truncate ON dokumen; DROP TRIGGER IF EXISTS berkas_dokumen_tanpa_truncate ON berkas_dokumen; DROP FUNCTION IF EXISTS dokumen_tolak_truncate();");

            migrationBuilder.AlterColumn<string>(
                name: "Untuk",
                table: "surat_tugas",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(4200)",
                oldMaxLength: 4200);

            migrationBuilder.AlterColumn<string>(
                name: "Nomor",
                table: "surat_tugas",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Nomor",
                table: "dokumen",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);
        }
    }
}
