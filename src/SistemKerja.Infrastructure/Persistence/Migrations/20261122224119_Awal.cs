using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SistemKerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Awal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "jejak_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    Waktu = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PenggunaId = table.Column<Guid>(type: "uuid", nullable: true),
                    NamaPengguna = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Aksi = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Data = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jejak_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pemerintah_daerah",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Nama = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Jenis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Ibukota = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    DasarHukum = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Kebijakan = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pemerintah_daerah", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pegawai",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PemerintahDaerahId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nip = table.Column<string>(type: "character(18)", fixedLength: true, maxLength: 18, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Nama = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    GelarDepan = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    GelarBelakang = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    TanggalLahir = table.Column<DateOnly>(type: "date", nullable: false),
                    JenisKelamin = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GolonganRuang = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    GolonganPppk = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Pendidikan = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pegawai", x => x.Id);
                    table.CheckConstraint("ck_pegawai_nip", "\"Nip\" ~ '^[0-9]{18}$'");
                    table.ForeignKey(
                        name: "FK_pegawai_pemerintah_daerah_PemerintahDaerahId",
                        column: x => x.PemerintahDaerahId,
                        principalTable: "pemerintah_daerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "perangkat_daerah",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PemerintahDaerahId = table.Column<Guid>(type: "uuid", nullable: false),
                    IndukId = table.Column<Guid>(type: "uuid", nullable: true),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Singkatan = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Jenis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Tipe = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Alamat = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_perangkat_daerah", x => x.Id);
                    table.ForeignKey(
                        name: "FK_perangkat_daerah_pemerintah_daerah_PemerintahDaerahId",
                        column: x => x.PemerintahDaerahId,
                        principalTable: "pemerintah_daerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_perangkat_daerah_perangkat_daerah_IndukId",
                        column: x => x.IndukId,
                        principalTable: "perangkat_daerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PegawaiId = table.Column<Guid>(type: "uuid", nullable: true),
                    NamaTampilan = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unit_organisasi",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PerangkatDaerahId = table.Column<Guid>(type: "uuid", nullable: false),
                    IndukId = table.Column<Guid>(type: "uuid", nullable: true),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnitOrganisasiMandiri = table.Column<bool>(type: "boolean", nullable: false),
                    Urutan = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_organisasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_unit_organisasi_perangkat_daerah_PerangkatDaerahId",
                        column: x => x.PerangkatDaerahId,
                        principalTable: "perangkat_daerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_unit_organisasi_unit_organisasi_IndukId",
                        column: x => x.IndukId,
                        principalTable: "unit_organisasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "jabatan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PerangkatDaerahId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitOrganisasiId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Jenis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Jenjang = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    KelasJabatan = table.Column<int>(type: "integer", nullable: false),
                    MemimpinUnit = table.Column<bool>(type: "boolean", nullable: false),
                    TugasTambahan = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    HasilPenyetaraan = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jabatan", x => x.Id);
                    table.CheckConstraint("ck_jabatan_kelas", "\"KelasJabatan\" BETWEEN 1 AND 17");
                    table.ForeignKey(
                        name: "FK_jabatan_perangkat_daerah_PerangkatDaerahId",
                        column: x => x.PerangkatDaerahId,
                        principalTable: "perangkat_daerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_jabatan_unit_organisasi_UnitOrganisasiId",
                        column: x => x.UnitOrganisasiId,
                        principalTable: "unit_organisasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pemangku_jabatan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    JabatanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Jenis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Tmt = table.Column<DateOnly>(type: "date", nullable: false),
                    TanggalSelesai = table.Column<DateOnly>(type: "date", nullable: true),
                    NomorSk = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pemangku_jabatan", x => x.Id);
                    table.CheckConstraint("ck_pemangku_jabatan_periode", "\"TanggalSelesai\" IS NULL OR \"TanggalSelesai\" >= \"Tmt\"");
                    table.ForeignKey(
                        name: "FK_pemangku_jabatan_jabatan_JabatanId",
                        column: x => x.JabatanId,
                        principalTable: "jabatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pemangku_jabatan_pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PegawaiId",
                table: "AspNetUsers",
                column: "PegawaiId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_jabatan_PerangkatDaerahId",
                table: "jabatan",
                column: "PerangkatDaerahId");

            migrationBuilder.CreateIndex(
                name: "ux_jabatan_satu_pimpinan_per_unit",
                table: "jabatan",
                column: "UnitOrganisasiId",
                unique: true,
                filter: "\"MemimpinUnit\"");

            migrationBuilder.CreateIndex(
                name: "IX_jejak_audit_Waktu",
                table: "jejak_audit",
                column: "Waktu");

            migrationBuilder.CreateIndex(
                name: "IX_pegawai_Nama",
                table: "pegawai",
                column: "Nama");

            migrationBuilder.CreateIndex(
                name: "IX_pegawai_Nip",
                table: "pegawai",
                column: "Nip",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pegawai_PemerintahDaerahId",
                table: "pegawai",
                column: "PemerintahDaerahId");

            migrationBuilder.CreateIndex(
                name: "IX_pemangku_jabatan_JabatanId",
                table: "pemangku_jabatan",
                column: "JabatanId");

            migrationBuilder.CreateIndex(
                name: "ux_pemangku_satu_definitif_per_pegawai",
                table: "pemangku_jabatan",
                column: "PegawaiId",
                unique: true,
                filter: "\"TanggalSelesai\" IS NULL AND \"Jenis\" = 'Definitif'");

            migrationBuilder.CreateIndex(
                name: "ux_pemangku_satu_per_jabatan",
                table: "pemangku_jabatan",
                columns: new[] { "JabatanId", "Jenis" },
                unique: true,
                filter: "\"TanggalSelesai\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_perangkat_daerah_IndukId",
                table: "perangkat_daerah",
                column: "IndukId");

            migrationBuilder.CreateIndex(
                name: "IX_perangkat_daerah_PemerintahDaerahId_Nama",
                table: "perangkat_daerah",
                columns: new[] { "PemerintahDaerahId", "Nama" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_unit_organisasi_IndukId",
                table: "unit_organisasi",
                column: "IndukId");

            migrationBuilder.CreateIndex(
                name: "ux_unit_organisasi_satu_akar",
                table: "unit_organisasi",
                column: "PerangkatDaerahId",
                unique: true,
                filter: "\"IndukId\" IS NULL");

            // The audit trail is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
            migrationBuilder.Sql(@"
CREATE FUNCTION jejak_audit_tolak_perubahan() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'jejak_audit hanya dapat ditambah (append-only)' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER jejak_audit_append_only BEFORE UPDATE OR DELETE ON jejak_audit FOR EACH ROW EXECUTE FUNCTION jejak_audit_tolak_perubahan();
CREATE TRIGGER jejak_audit_tanpa_truncate BEFORE TRUNCATE ON jejak_audit FOR EACH STATEMENT EXECUTE FUNCTION jejak_audit_tolak_perubahan();
");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS jejak_audit_tanpa_truncate ON jejak_audit; DROP TRIGGER IF EXISTS jejak_audit_append_only ON jejak_audit; DROP FUNCTION IF EXISTS jejak_audit_tolak_perubahan();");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "jejak_audit");

            migrationBuilder.DropTable(
                name: "pemangku_jabatan");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "jabatan");

            migrationBuilder.DropTable(
                name: "pegawai");

            migrationBuilder.DropTable(
                name: "unit_organisasi");

            migrationBuilder.DropTable(
                name: "perangkat_daerah");

            migrationBuilder.DropTable(
                name: "pemerintah_daerah");
        }
    }
}
