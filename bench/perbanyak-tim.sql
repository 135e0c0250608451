-- Multiplies the template Tim Kerja (formed and set through the app by bench/tim_contoh.py) into :tim teams spread over
-- every unit that has a head and at least three JF/Pelaksana (bench/run.sh, after perbanyak.sql). Deterministic ids.
-- Each copy: the unit's head as PUO pemilik kinerja, creator and signer; 3–6 personnel of the unit (first one ketua);
-- a period somewhere in 2024–2026. One in ten stays a Draf (no decree), two in ten are Selesai, one in ten Dibubarkan.
-- The copies' decrees have no document row: a team page then lists no naskah (the template team has its real one).
\set ON_ERROR_STOP 1
begin;
create temp table tim0 as select * from tim_kerja where "Id" = :'template'::uuid;
create temp table ketua0 as select * from personel_tim where "TimId" = :'template'::uuid and "Peran" = 'Ketua';
create temp table anggota0 as select * from personel_tim where "TimId" = :'template'::uuid and "Peran" = 'Anggota' limit 1;
do $$ begin
    if (select count(*) from tim0) <> 1 or (select count(*) from ketua0) <> 1 or (select count(*) from anggota0) <> 1 then
        raise exception 'template team with a ketua and an anggota not found';
    end if;
end $$;

-- Units with a held head position and their JF/Pelaksana holding a definitive post there.
create temp table unit_tim as
select row_number() over (order by j."UnitOrganisasiId") - 1 as n, j."UnitOrganisasiId" as unit, j."PerangkatDaerahId" as pd,
       k."Id" as kepala_jabatan, kp."PegawaiId" as kepala_pegawai, array_agg(pj."PegawaiId" order by pj."PegawaiId") as pegawai
from pemangku_jabatan pj
join jabatan j on j."Id" = pj."JabatanId" and not j."MemimpinUnit"
join jabatan k on k."UnitOrganisasiId" = j."UnitOrganisasiId" and k."MemimpinUnit"
join pemangku_jabatan kp on kp."JabatanId" = k."Id" and kp."TanggalSelesai" is null and kp."Jenis" = 'Definitif'
where pj."TanggalSelesai" is null and pj."Jenis" = 'Definitif'
group by j."UnitOrganisasiId", j."PerangkatDaerahId", k."Id", kp."PegawaiId"
having count(*) >= 3;
select count(*) as unit_count from unit_tim \gset

create temp table rencana as
select i, md5('tim:' || i)::uuid as id, u.unit, u.pd, u.kepala_jabatan, u.kepala_pegawai, u.pegawai,
       case when i % 10 = 0 then 'Draf' when i % 10 in (1, 2) then 'Selesai' when i % 10 = 3 then 'Dibubarkan' else 'Ditetapkan' end as status,
       date '2024-01-01' + (i % 1000) as mulai
from generate_series(1, :tim) i join unit_tim u on u.n = (i::bigint * 7919) % :unit_count;

-- Every column that names the team's unit or people is replaced.
insert into tim_kerja ("Id", "UnitPemilikKinerjaId", "PerangkatDaerahPemilikKinerjaId", "Nama", "Sasaran", "SatuanSasaran", "JenisTugas",
    "TanggalMulai", "TanggalSelesai", "ProgramStrategisLintasPerangkatDaerah", "Pimpinan", "Status", "DibuatOlehPegawaiId", "DibuatPada",
    "StrukturMasihMemilikiPengawas", "AlasanKetua", "Keputusan", "AlasanPembubaran", "DiakhiriPada", "Tugas", "Perubahan")
select r.id, r.unit, r.pd, 'Tim Bench ' || r.i, t."Sasaran", t."SatuanSasaran", t."JenisTugas", r.mulai, r.mulai + 90,
       t."ProgramStrategisLintasPerangkatDaerah",
       jsonb_set(t."Pimpinan", '{PimpinanPemilikKinerja,JabatanId}', to_jsonb(r.kepala_jabatan::text)),
       r.status, r.kepala_pegawai, timestamptz '2024-01-01 02:00+00' + make_interval(days => r.i % 1000, secs => r.i % 3600),
       t."StrukturMasihMemilikiPengawas", t."AlasanKetua",
       case when r.status = 'Draf' then null
            else jsonb_set(jsonb_set(jsonb_set(t."Keputusan", '{PenetapJabatanId}', to_jsonb(r.kepala_jabatan::text)),
                 '{PenetapPegawaiId}', to_jsonb(r.kepala_pegawai::text)), '{Tanggal}', to_jsonb(r.mulai::text)) end,
       case when r.status = 'Dibubarkan' then 'Kegiatan dialihkan ke tim lain' end,
       case when r.status = 'Dibubarkan' then r.mulai + 30 end,
       t."Tugas", null
from rencana r cross join tim0 t;

-- 3–6 personnel per team from the unit's pegawai (rotating start), the first the ketua; profiles from the template's rows
-- with the pegawai id replaced (names in the profile stay the template's: only the ids matter to the queries).
insert into personel_tim ("Id", "Profil", "Peran", "Cakupan", "AlokasiPersen", "PenuhWaktu", "JenisPelibatan", "PelibatanId", "PegawaiId", "TimId")
select md5('personel:' || r.i || ':' || s.j)::uuid,
       jsonb_set(case when s.j = 0 then k."Profil" else a."Profil" end, '{PegawaiId}', to_jsonb(r.pegawai[1 + (r.i + s.j) % cardinality(r.pegawai)]::text)),
       case when s.j = 0 then 'Ketua' else 'Anggota' end, 'DalamUnit', 10 + r.i % 20, false, null, null,
       r.pegawai[1 + (r.i + s.j) % cardinality(r.pegawai)], r.id
from rencana r cross join ketua0 k cross join anggota0 a
cross join lateral generate_series(0, least(2 + r.i % 4, cardinality(r.pegawai) - 1)) s(j);
commit;
analyze tim_kerja;
analyze personel_tim;
select 'tim_kerja' as tabel, count(*) from tim_kerja union all select 'personel_tim', count(*) from personel_tim;
