using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SistemKerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PenugasanDanPermohonan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "notifikasi",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    Judul = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Tautan = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DibuatPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DibacaPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifikasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notifikasi_pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "permohonan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Jenis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Cakupan = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    JabatanPegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitPemilikKinerjaId = table.Column<Guid>(type: "uuid", nullable: false),
                    MaksudDanTujuan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    KompetensiDibutuhkan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EkspektasiTargetKinerja = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TanggalMulai = table.Column<DateOnly>(type: "date", nullable: false),
                    TanggalSelesai = table.Column<DateOnly>(type: "date", nullable: false),
                    PenuhWaktu = table.Column<bool>(type: "boolean", nullable: false),
                    AlokasiPersen = table.Column<int>(type: "integer", nullable: false),
                    NamaTimKerja = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Lisan = table.Column<bool>(type: "boolean", nullable: false),
                    PemohonPegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    Pemohon = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    DiajukanPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LangkahAktif = table.Column<int>(type: "integer", nullable: false),
                    SelesaiPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AlasanPengecualianKetersediaan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_permohonan", x => x.Id);
                    table.CheckConstraint("ck_permohonan_periode", "\"TanggalSelesai\" >= \"TanggalMulai\"");
                    table.ForeignKey(
                        name: "FK_permohonan_pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_permohonan_pegawai_PemohonPegawaiId",
                        column: x => x.PemohonPegawaiId,
                        principalTable: "pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_permohonan_unit_organisasi_UnitPemilikKinerjaId",
                        column: x => x.UnitPemilikKinerjaId,
                        principalTable: "unit_organisasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "langkah_permohonan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PermohonanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Urutan = table.Column<int>(type: "integer", nullable: false),
                    Jenis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Judul = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    JabatanId = table.Column<Guid>(type: "uuid", nullable: true),
                    JabatanLainId = table.Column<Guid>(type: "uuid", nullable: true),
                    PegawaiId = table.Column<Guid>(type: "uuid", nullable: true),
                    Pelaksana = table.Column<string>(type: "character varying(410)", maxLength: 410, nullable: false),
                    Hasil = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DilakukanOlehPegawaiId = table.Column<Guid>(type: "uuid", nullable: true),
                    DilakukanOleh = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    DilakukanPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_langkah_permohonan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_langkah_permohonan_permohonan_PermohonanId",
                        column: x => x.PermohonanId,
                        principalTable: "permohonan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "penugasan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Asal = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PermohonanId = table.Column<Guid>(type: "uuid", nullable: true),
                    PegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    JabatanPegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitPemilikKinerjaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Uraian = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TargetKinerja = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TanggalMulai = table.Column<DateOnly>(type: "date", nullable: false),
                    TanggalSelesai = table.Column<DateOnly>(type: "date", nullable: false),
                    PenuhWaktu = table.Column<bool>(type: "boolean", nullable: false),
                    AlokasiPersen = table.Column<int>(type: "integer", nullable: false),
                    PenerbitJabatanId = table.Column<Guid>(type: "uuid", nullable: false),
                    DitetapkanPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DiterimaPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AlasanPembatalan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SuratTugasId = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_penugasan", x => x.Id);
                    table.CheckConstraint("ck_penugasan_periode", "\"TanggalSelesai\" >= \"TanggalMulai\"");
                    table.ForeignKey(
                        name: "FK_penugasan_pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_penugasan_permohonan_PermohonanId",
                        column: x => x.PermohonanId,
                        principalTable: "permohonan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tembusan_permohonan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    JabatanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Jabatan = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PegawaiId = table.Column<Guid>(type: "uuid", nullable: true),
                    Nama = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    PermohonanId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tembusan_permohonan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tembusan_permohonan_permohonan_PermohonanId",
                        column: x => x.PermohonanId,
                        principalTable: "permohonan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "surat_tugas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PenugasanId = table.Column<Guid>(type: "uuid", nullable: false),
                    PerangkatDaerahId = table.Column<Guid>(type: "uuid", nullable: false),
                    Judul = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Dasar = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Untuk = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TanggalMulai = table.Column<DateOnly>(type: "date", nullable: false),
                    TanggalSelesai = table.Column<DateOnly>(type: "date", nullable: false),
                    Kepada_PegawaiId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kepada_Nama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kepada_Nip = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Kepada_Pangkat = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kepada_Jabatan = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Penandatangan_JabatanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Penandatangan_Jabatan = table.Column<string>(type: "character varying(210)", maxLength: 210, nullable: false),
                    Penandatangan_Nama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Penandatangan_Nip = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Penandatangan_Pangkat = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Penandatangan_Sebutan = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Tempat = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "date", nullable: false),
                    Nomor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Tembusan = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_surat_tugas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_surat_tugas_penugasan_PenugasanId",
                        column: x => x.PenugasanId,
                        principalTable: "penugasan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_langkah_permohonan_JabatanId_Hasil",
                table: "langkah_permohonan",
                columns: new[] { "JabatanId", "Hasil" });

            migrationBuilder.CreateIndex(
                name: "IX_langkah_permohonan_JabatanLainId_Hasil",
                table: "langkah_permohonan",
                columns: new[] { "JabatanLainId", "Hasil" });

            migrationBuilder.CreateIndex(
                name: "IX_langkah_permohonan_PegawaiId_Hasil",
                table: "langkah_permohonan",
                columns: new[] { "PegawaiId", "Hasil" });

            migrationBuilder.CreateIndex(
                name: "IX_langkah_permohonan_PermohonanId_Urutan",
                table: "langkah_permohonan",
                columns: new[] { "PermohonanId", "Urutan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifikasi_PegawaiId_DibuatPada",
                table: "notifikasi",
                columns: new[] { "PegawaiId", "DibuatPada" });

            migrationBuilder.CreateIndex(
                name: "IX_penugasan_PegawaiId_TanggalMulai_TanggalSelesai",
                table: "penugasan",
                columns: new[] { "PegawaiId", "TanggalMulai", "TanggalSelesai" });

            migrationBuilder.CreateIndex(
                name: "IX_penugasan_PermohonanId",
                table: "penugasan",
                column: "PermohonanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_permohonan_PegawaiId_DiajukanPada",
                table: "permohonan",
                columns: new[] { "PegawaiId", "DiajukanPada" });

            migrationBuilder.CreateIndex(
                name: "IX_permohonan_PemohonPegawaiId_DiajukanPada",
                table: "permohonan",
                columns: new[] { "PemohonPegawaiId", "DiajukanPada" });

            migrationBuilder.CreateIndex(
                name: "IX_permohonan_Status",
                table: "permohonan",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_permohonan_UnitPemilikKinerjaId",
                table: "permohonan",
                column: "UnitPemilikKinerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_surat_tugas_PenugasanId",
                table: "surat_tugas",
                column: "PenugasanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tembusan_permohonan_JabatanId",
                table: "tembusan_permohonan",
                column: "JabatanId");

            migrationBuilder.CreateIndex(
                name: "IX_tembusan_permohonan_PegawaiId",
                table: "tembusan_permohonan",
                column: "PegawaiId");

            migrationBuilder.CreateIndex(
                name: "IX_tembusan_permohonan_PermohonanId",
                table: "tembusan_permohonan",
                column: "PermohonanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "langkah_permohonan");

            migrationBuilder.DropTable(
                name: "notifikasi");

            migrationBuilder.DropTable(
                name: "surat_tugas");

            migrationBuilder.DropTable(
                name: "tembusan_permohonan");

            migrationBuilder.DropTable(
                name: "penugasan");

            migrationBuilder.DropTable(
                name: "permohonan");
        }
    }
}
