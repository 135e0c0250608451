-- Multiplies the demo region seeded by the app into a larger, deterministic data set (bench/run.sh).
-- Variables: salinan (copies of the whole structure), unit_extra (copies that also get one extra leaf unit per
-- non-root unit), penugasan, dokumen (rows to generate). Ids are md5-derived, so every run gives the same data.
-- The copies of the RSUD are put inside the original RSUD, which becomes the "large Perangkat Daerah".
-- Insert-only: the append-only/immutability triggers on dokumen and jejak_audit are not touched.
\set ON_ERROR_STOP 1
begin;
create function pg_temp.nid(k int, old uuid) returns uuid language sql immutable as $$ select md5(k::text || ':' || old::text)::uuid $$;

create temp table salinan as select generate_series(1, :salinan) as k;
create temp table rsud as select p."Id" as pd, u."Id" as akar from perangkat_daerah p join unit_organisasi u on u."PerangkatDaerahId" = p."Id" and u."IndukId" is null where p."Singkatan" = 'RSUD';
create temp table pd0 as select * from perangkat_daerah;
create temp table unit0 as select * from unit_organisasi;
create temp table jab0 as select * from jabatan;
create temp table peg0 as select * from pegawai;
create temp table pj0 as select * from pemangku_jabatan where "TanggalSelesai" is null;

-- Perangkat Daerah copies (not the RSUD: its copies become units of the original RSUD).
insert into perangkat_daerah ("Id", "PemerintahDaerahId", "IndukId", "Nama", "Singkatan", "Jenis", "Tipe", "Alamat")
select pg_temp.nid(k, p."Id"), p."PemerintahDaerahId", case when p."IndukId" is null then null else pg_temp.nid(k, p."IndukId") end,
       p."Nama" || ' ' || k, p."Singkatan" || '-' || k, p."Jenis", p."Tipe", p."Alamat"
from pd0 p, salinan where p."Id" <> (select pd from rsud);

-- maps every Perangkat Daerah id of a copy
create temp table peta_pd as
select k, p."Id" as lama, case when p."Id" = (select pd from rsud) then p."Id" else pg_temp.nid(k, p."Id") end as baru from pd0 p, salinan;

insert into unit_organisasi ("Id", "PerangkatDaerahId", "IndukId", "Nama", "UnitOrganisasiMandiri", "Urutan", "DitutupPada")
select pg_temp.nid(s.k, u."Id"), m.baru,
       case when u."IndukId" is not null then pg_temp.nid(s.k, u."IndukId") when u."PerangkatDaerahId" = (select pd from rsud) then (select akar from rsud) end,
       case when u."IndukId" is null and u."PerangkatDaerahId" = (select pd from rsud) then 'Instalasi Pelayanan ' || s.k else u."Nama" end,
       case when u."IndukId" is null and u."PerangkatDaerahId" = (select pd from rsud) then true else u."UnitOrganisasiMandiri" end,
       case when u."IndukId" is null and u."PerangkatDaerahId" = (select pd from rsud) then 100 + s.k else u."Urutan" end, u."DitutupPada"
from unit0 u cross join salinan s join peta_pd m on m.k = s.k and m.lama = u."PerangkatDaerahId";

-- extra leaf units (no positions) to reach the unit count of a province
insert into unit_organisasi ("Id", "PerangkatDaerahId", "IndukId", "Nama", "UnitOrganisasiMandiri", "Urutan", "DitutupPada")
select pg_temp.nid(1000 + s.k, u."Id"), m.baru, pg_temp.nid(s.k, u."Id"), 'Kelompok Substansi ' || u."Nama", false, 99, null
from unit0 u cross join salinan s join peta_pd m on m.k = s.k and m.lama = u."PerangkatDaerahId"
where u."IndukId" is not null and s.k <= :unit_extra;

insert into jabatan ("Id", "PerangkatDaerahId", "UnitOrganisasiId", "Nama", "Jenis", "Jenjang", "KelasJabatan", "MemimpinUnit", "TugasTambahan", "HasilPenyetaraan", "DitutupPada")
select pg_temp.nid(s.k, j."Id"), m.baru, pg_temp.nid(s.k, j."UnitOrganisasiId"), j."Nama", j."Jenis", j."Jenjang", j."KelasJabatan", j."MemimpinUnit",
       j."TugasTambahan", j."HasilPenyetaraan", j."DitutupPada"
from jab0 j cross join salinan s join peta_pd m on m.k = s.k and m.lama = j."PerangkatDaerahId";

-- pegawai copies: the NIP keeps its structure (birth date yyyymmdd, TMT yyyymm, sex digit, serial); the birth date moves
-- by k days (and TanggalLahir with it), so every copy has a valid, distinct 18-digit NIP. Rare clashes are skipped.
insert into pegawai ("Id", "PemerintahDaerahId", "Nip", "Status", "Nama", "GelarDepan", "GelarBelakang", "TanggalLahir", "JenisKelamin", "GolonganRuang", "GolonganPppk", "Pendidikan", "Email")
select pg_temp.nid(s.k, g."Id"), g."PemerintahDaerahId", to_char(g."TanggalLahir" + s.k, 'YYYYMMDD') || substr(g."Nip", 9), g."Status", g."Nama",
       g."GelarDepan", g."GelarBelakang", g."TanggalLahir" + s.k, g."JenisKelamin", g."GolonganRuang", g."GolonganPppk", g."Pendidikan", null
from peg0 g cross join salinan s
on conflict do nothing;

insert into pemangku_jabatan ("Id", "PegawaiId", "JabatanId", "Jenis", "Tmt", "TanggalSelesai", "NomorSk")
select pg_temp.nid(s.k, p."Id"), pg_temp.nid(s.k, p."PegawaiId"), pg_temp.nid(s.k, p."JabatanId"), p."Jenis", p."Tmt", null, p."NomorSk"
from pj0 p cross join salinan s
where exists (select 1 from pegawai g where g."Id" = pg_temp.nid(s.k, p."PegawaiId"));

-- Who may receive generated penugasan: JF/Pelaksana holding a definitive post, with the head of their unit as issuer.
create temp table calon as
select row_number() over (order by pj."PegawaiId") - 1 as n, pj."PegawaiId" as pegawai, j."Id" as jabatan, j."UnitOrganisasiId" as unit,
       j."PerangkatDaerahId" as pd, coalesce(k."Id", j."Id") as penerbit
from pemangku_jabatan pj join jabatan j on j."Id" = pj."JabatanId"
left join jabatan k on k."UnitOrganisasiId" = j."UnitOrganisasiId" and k."MemimpinUnit"
where pj."TanggalSelesai" is null and pj."Jenis" = 'Definitif' and not j."MemimpinUnit";
create index on calon (n);
select count(*) as calon from calon \gset

insert into penugasan ("Id", "Asal", "PermohonanId", "PegawaiId", "JabatanPegawaiId", "UnitPemilikKinerjaId", "Uraian", "TargetKinerja",
    "TanggalMulai", "TanggalSelesai", "PenuhWaktu", "AlokasiPersen", "PenerbitJabatanId", "DitetapkanPada", "Status", "DiterimaPada",
    "AlasanPembatalan", "SuratTugasId", "PelibatanInstansiId")
select md5('penugasan:' || i)::uuid, 'PenunjukanDalamUnit', null, c.pegawai, c.jabatan, c.unit,
       'Penugasan bench nomor ' || i, null, date '2024-01-01' + (i % 1000), date '2024-01-01' + (i % 1000) + 30 + (i % 60), false, 5 + (i % 20),
       c.penerbit, timestamptz '2024-01-01 02:00+00' + make_interval(days => i % 1000, secs => i % 3600),
       case when i % 3 = 0 then 'Ditetapkan' else 'Diterima' end,
       case when i % 3 = 0 then null else timestamptz '2024-01-02 02:00+00' + make_interval(days => i % 1000) end, null, null, null
from generate_series(1, :penugasan) i join calon c on c.n = (i::bigint * 7919) % :calon;

-- Issued documents of the previous years (numbers in years the app does not number today); no PDF bytes are stored for
-- them (berkas_dokumen would be ~36 kB per row), downloads use documents issued through the app.
insert into dokumen ("Id", "Jenis", "PerangkatDaerahId", "Nomor", "Urut", "Tahun", "Tanggal", "Perihal", "PegawaiId", "Penandatangan",
    "NipPenandatangan", "JabatanPenandatangan", "SumberId", "KodeVerifikasi", "Sha256", "Ukuran", "DiterbitkanPada", "Status",
    "DibatalkanOlehId", "AlasanPembatalan", "MenggantikanId")
select md5('dokumen:' || i)::uuid, 'SuratTugas', c.pd, '094/' || i || '/BENCH/' || (2024 + i % 2), i, 2024 + i % 2,
       date '2024-01-01' + (i % 2) * 366 + (i % 360), 'SURAT TUGAS: pegawai bench ' || i, c.pegawai, 'Pejabat Bench', '197504201997101001',
       'Kepala Unit', null, 'B' || upper(lpad(to_hex(i), 9, '0')), encode(sha256(('dokumen:' || i)::bytea), 'hex'), 36166,
       timestamptz '2024-01-01 03:00+00' + make_interval(days => (i % 2) * 366 + (i % 360)), 'Berlaku', null, null, null
from generate_series(1, :dokumen) i join calon c on c.n = (i::bigint * 104729) % :calon;
commit;
analyze;
