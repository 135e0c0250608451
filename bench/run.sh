#!/usr/bin/env bash
# Load benchmark of SistemKerja (issue 7). See bench/README.md.
#
#   bash bench/run.sh [--quick] [--reuse-seed] [--scenarios a,b] [--duration SECONDS] [--sizes large,small] [--connections 1,4,16]
#
# Publishes the web app (Release), seeds two local PostgreSQL 15 clusters (large: province-sized, small: ~100x smaller),
# starts the app on 127.0.0.1 against each, drives it with wrk and prints requests/s, p50/p95/p99 and errors per
# scenario and connection count, then the large/small p95 ratio. Raw output goes to bench/results/<timestamp>/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/lib-postgres.sh
source "$ROOT/scripts/lib-postgres.sh"

ALL_SCENARIOS="inbox,tugas,peta,ajukan,setujui,tunjuk,unduh,tim,timsekda,timdetail,beban"
SCENARIOS="$ALL_SCENARIOS"
DURATION=20
CONNECTIONS="1,4,16"
SIZES="large,small"
REUSE=0
QUICK=0
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) QUICK=1 ;;
        --reuse-seed) REUSE=1 ;;
        --scenarios) SCENARIOS="$2"; shift ;;
        --duration) DURATION="$2"; shift ;;
        --connections) CONNECTIONS="$2"; shift ;;
        --sizes) SIZES="$2"; shift ;;
        -h|--help) sed -n 2,9p "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
if [ "$QUICK" = 1 ]; then
    DURATION="${DURATION_QUICK:-5}"
    CONNECTIONS="1,16"
fi

BENCH_DIR="${BENCH_DIR:-$ROOT/.data/bench}"
OUT="$ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$BENCH_DIR" "$OUT"
PUBLISH="$BENCH_DIR/publish"
declare -A PG_PORT=([large]=55470 [small]=55471)
declare -A APP_PORT=([large]=5070 [small]=5071)
# Scale of the generated data: copies of the demo region's structure and rows of penugasan / issued documents.
declare -A SALINAN=([large]=29 [small]=0)
declare -A PENUGASAN=([large]=500000 [small]=5000)
declare -A DOKUMEN=([large]=200000 [small]=2000)
declare -A UNIT_EXTRA=([large]=23 [small]=0)
declare -A TIM=([large]=30000 [small]=300)

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

APP_PID=""
CURRENT_PG=""
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    if [ -n "$CURRENT_PG" ]; then stop_local_pg "$CURRENT_PG" || true; fi
}
trap cleanup EXIT

log "packages"
ensure_apt_packages postgresql-15 wrk curl chromium fonts-liberation poppler-utils

log "dotnet publish (Release) -> $PUBLISH"
dotnet publish src/SistemKerja.Web -c Release -o "$PUBLISH" -v quiet -nologo >"$OUT/publish.log" 2>&1 || {
    tail -n 40 "$OUT/publish.log" >&2
    exit 1
}

# Parent directories must be traversable by the postgres user when we run as root.
chmod o+x "$ROOT" "$ROOT/.data" "$BENCH_DIR" 2>/dev/null || true

psql_q() { "$PG_BIN/psql" -h 127.0.0.1 -p "$1" -U postgres -d sistemkerja -XAtq -v ON_ERROR_STOP=1 "${@:2}"; }

start_app() { # size
    local size="$1" port="${PG_PORT[$1]}"
    export ConnectionStrings__SistemKerjaPemilik="Host=127.0.0.1;Port=$port;Username=postgres;Database=sistemkerja"
    export ConnectionStrings__SistemKerja="Host=127.0.0.1;Port=$port;Username=sistemkerja_app;Database=sistemkerja;Maximum Pool Size=64"
    export ASPNETCORE_URLS="http://127.0.0.1:${APP_PORT[$size]}"
    export ASPNETCORE_ENVIRONMENT=Production
    export Database__MigrateOnStartup=true
    export Database__SeedDemo=true
    (cd "$PUBLISH" && exec dotnet SistemKerja.Web.dll) >>"$OUT/app-$size.log" 2>&1 &
    APP_PID=$!
    BASE="http://127.0.0.1:${APP_PORT[$size]}"
    local i
    for i in $(seq 1 120); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/Akun/Masuk" || true)" = 200 ]; then return 0; fi
        kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$OUT/app-$size.log" >&2; return 1; }
        sleep 1
    done
    log "app did not answer within 120 s"
    return 1
}

stop_app() {
    if [ -n "$APP_PID" ]; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
        APP_PID=""
    fi
}

# --- HTTP helpers (curl with a cookie jar per account) ---
token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }

login() { # user password jar
    local tok code
    rm -f "$3"
    tok="$(curl -s -c "$3" -b "$3" "$BASE/Akun/Masuk" | token_of)"
    code="$(curl -s -o /dev/null -w '%{http_code}' -c "$3" -b "$3" --data-urlencode "Masukan.NamaPengguna=$1" \
        --data-urlencode "Masukan.KataSandi=$2" --data-urlencode "__RequestVerificationToken=$tok" "$BASE/Akun/Masuk")"
    [ "$code" = 302 ] || { log "login $1 failed (HTTP $code)"; return 1; }
}

form_token() { curl -s -c "$1" -b "$1" "$BASE$2" | token_of; } # jar path

cookie_header() { awk -F'\t' 'NF>=7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$1"; }

urlenc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote_plus(sys.argv[1]))' "$1"; }

# --- data ---
seed() { # size
    local size="$1" data="$BENCH_DIR/pg-$1" port="${PG_PORT[$1]}"
    if [ "$REUSE" = 1 ] && [ -f "$data/.bench-seeded" ]; then
        log "$size: reusing seeded cluster $data"
        start_local_pg "$data" "$port" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=1GB -c max_connections=200
        CURRENT_PG="$data"
        return 0
    fi
    stop_local_pg "$data" || true
    rm -rf "$data"
    start_local_pg "$data" "$port" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=1GB -c max_connections=200 \
        -c maintenance_work_mem=512MB -c max_wal_size=8GB -c checkpoint_timeout=30min
    CURRENT_PG="$data"
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres sistemkerja
    "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Xq \
        -c "create role sistemkerja_app login nosuperuser nocreatedb nocreaterole noinherit"
    log "$size: app migrates and seeds the demo region"
    start_app "$size"
    # One request through the app for each template row the SQL multiplies (penugasan, surat tugas, dokumen ...).
    log "$size: template rows through the app"
    login pegawai 'Pegawai#Demo2025' "$OUT/jar-pegawai"
    login pimpinan 'Pimpinan#Demo2025' "$OUT/jar-pimpinan"
    make_requests 1 >/dev/null
    approve_one "$(pending_ids | head -n 1)"
    local tim_contoh
    tim_contoh="$(python3 "$ROOT/bench/tim_contoh.py" "$BASE")"
    stop_app
    log "$size: multiplying the data with SQL (copies=${SALINAN[$size]}, penugasan=${PENUGASAN[$size]}, dokumen=${DOKUMEN[$size]})"
    local t0=$SECONDS
    psql_q "$port" -v salinan="${SALINAN[$size]}" -v penugasan="${PENUGASAN[$size]}" -v dokumen="${DOKUMEN[$size]}" \
        -v unit_extra="${UNIT_EXTRA[$size]}" -f "$ROOT/bench/perbanyak.sql" >"$OUT/seed-$size.log"
    log "$size: multiplying the template Tim Kerja $tim_contoh into ${TIM[$size]} teams"
    psql_q "$port" -v tim="${TIM[$size]}" -v template="$tim_contoh" -f "$ROOT/bench/perbanyak-tim.sql" >>"$OUT/seed-$size.log"
    log "$size: SQL seed took $((SECONDS - t0)) s"
    psql_q "$port" -c "select 'pegawai', count(*) from pegawai union all select 'unit_organisasi', count(*) from unit_organisasi
        union all select 'jabatan', count(*) from jabatan union all select 'penugasan', count(*) from penugasan
        union all select 'dokumen', count(*) from dokumen union all select 'permohonan', count(*) from permohonan
        union all select 'tim_kerja', count(*) from tim_kerja union all select 'personel_tim', count(*) from personel_tim" | tee "$OUT/counts-$size.txt" >&2
    touch "$data/.bench-seeded"
}

# Pending requests the pimpinan account may approve: "id<TAB>xmin".
pending_ids() {
    psql_q "${PG_PORT[$SIZE]}" -F $'\t' -c "select p.\"Id\", p.xmin from permohonan p join langkah_permohonan l on l.\"PermohonanId\" = p.\"Id\"
        and l.\"Urutan\" = p.\"LangkahAktif\" and l.\"Hasil\" = 'Menunggu'
        join pemangku_jabatan pj on pj.\"JabatanId\" = l.\"JabatanId\" and pj.\"TanggalSelesai\" is null
        join \"AspNetUsers\" u on u.\"PegawaiId\" = pj.\"PegawaiId\" and u.\"UserName\" = 'pimpinan'
        where p.\"Status\" = 'Diajukan' order by p.\"DiajukanPada\""
}

MULAI="$(date -u -d '+7 days' +%Y-%m-%d)"
SELESAI="$(date -u -d '+60 days' +%Y-%m-%d)"
ajukan_body() { # url-encoded token, n
    printf 'Jenis=SukarelaDalamUnit&Masukan.MaksudDanTujuan=Membantu+penyusunan+laporan+%s&Masukan.KompetensiDibutuhkan=&Masukan.EkspektasiTargetKinerja=&Masukan.TanggalMulai=%s&Masukan.TanggalSelesai=%s&Masukan.AlokasiPersen=5&Masukan.PenuhWaktu=false&__RequestVerificationToken=%s' \
        "$2" "$MULAI" "$SELESAI" "$1"
}

make_requests() { # count: submits through the app as pegawai (used to top up the approvals queue)
    local tok i
    tok="$(urlenc "$(form_token "$OUT/jar-pegawai" /Penugasan/Ajukan)")"
    for i in $(seq 1 "$1"); do
        curl -s -o /dev/null -w '%{http_code}\n' -b "$OUT/jar-pegawai" --data "$(ajukan_body "$tok" "$i")" "$BASE/Penugasan/Ajukan"
    done
}

setujui_body() { # url-encoded token, versi
    printf 'Masukan.Versi=%s&Masukan.WaktuDiluarBebanKerja=true&Masukan.WaktuDiluarPenugasanLain=true&Masukan.KompetensiRelevan=true&Masukan.Catatan=Disetujui&Masukan.AlasanPengecualian=Beban+uji+benchmark+disetujui+dengan+alasan&__RequestVerificationToken=%s' "$2" "$1"
}

approve_one() { # "id<TAB>xmin"
    local id="${1%%$'\t'*}" versi="${1##*$'\t'}" tok code
    tok="$(urlenc "$(form_token "$OUT/jar-pimpinan" "/Penugasan/Permohonan/$id")")"
    code="$(curl -s -o /dev/null -w '%{http_code}' -b "$OUT/jar-pimpinan" --data "$(setujui_body "$tok" "$versi")" "$BASE/Penugasan/Permohonan/$id?handler=Setujui")"
    [ "$code" = 302 ] || log "approval of $id answered $code"
}

# --- one wrk run ---
RESULTS="$OUT/results.tsv"
[ -f "$RESULTS" ] || printf 'size\tscenario\tconnections\trequests\trps\tp50_ms\tp95_ms\tp99_ms\tunexpected\tnon2xx3xx\tsocket_errors\twrapped\tload1\n' >"$RESULTS"

run_wrk() { # scenario connections method expect linesfile cookiejar
    local sc="$1" c="$2" threads=2
    [ "$c" -lt 2 ] && threads=1
    local raw="$OUT/wrk-$SIZE-$sc-c$c.txt"
    BENCH_COOKIE="$(cookie_header "$6")" BENCH_METHOD="$3" BENCH_EXPECT="$4" BENCH_LINES="$5" BENCH_THREADS="$threads" \
        wrk -t "$threads" -c "$c" -d "${DURATION}s" --timeout 10s --latency -s "$ROOT/bench/wrk.lua" "$BASE" >"$raw" 2>&1 || true
    local load
    load="$(cut -d' ' -f1 /proc/loadavg)"
    local r
    r="$(grep '^RESULT' "$raw" | sed 's/^RESULT //' || true)"
    if [ -z "$r" ]; then
        log "$SIZE $sc c=$c: wrk failed, see $raw"
        return 0
    fi
    # shellcheck disable=SC2086
    eval "local $r"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$SIZE" "$sc" "$c" "$requests" "$rps" "$p50_ms" "$p95_ms" "$p99_ms" \
        "$unexpected" "$non2xx3xx" "$socket_errors" "$wrapped" "$load" >>"$RESULTS"
    log "$SIZE $sc c=$c: $r load=$load"
}

scenario() { # name
    local sc="$1" c lines="$OUT/lines-$SIZE-$1.txt"
    IFS=',' read -r -a conns <<<"$CONNECTIONS"
    case "$sc" in
        inbox) # approver inbox
            echo /Penugasan >"$lines"
            for c in "${conns[@]}"; do run_wrk "$sc" "$c" GET 200 "$lines" "$OUT/jar-pimpinan"; done ;;
        tugas) # a pegawai's own inbox: penugasan list + requests sent
            echo /Penugasan >"$lines"
            for c in "${conns[@]}"; do run_wrk "$sc" "$c" GET 200 "$lines" "$OUT/jar-pegawai"; done ;;
        peta) # peta jabatan of the largest Perangkat Daerah
            local pd
            pd="$(psql_q "${PG_PORT[$SIZE]}" -c "select \"PerangkatDaerahId\" from jabatan group by 1 order by count(*) desc limit 1")"
            echo "/Organisasi/Detail/$pd" >"$lines"
            for c in "${conns[@]}"; do run_wrk "$sc" "$c" GET 200 "$lines" "$OUT/jar-admin"; done ;;
        ajukan) # pegawai submits a SukarelaDalamUnit request (POST, antiforgery token + cookie)
            local tok i
            tok="$(urlenc "$(form_token "$OUT/jar-pegawai" /Penugasan/Ajukan)")"
            : >"$lines"
            for i in $(seq 1 200); do printf '/Penugasan/Ajukan\t%s\n' "$(ajukan_body "$tok" "$i")" >>"$lines"; done
            for c in "${conns[@]}"; do run_wrk "$sc" "$c" POST 302 "$lines" "$OUT/jar-pegawai"; done ;;
        setujui) # pimpinan approves pending requests (final step issues the Surat Tugas); each request a different id
            local tok
            tok="$(urlenc "$(form_token "$OUT/jar-pimpinan" /Penugasan/Ajukan)")"
            for c in "${conns[@]}"; do
                local have need
                have="$(pending_ids | wc -l)"
                need=$((DURATION * 40 + 50))
                if [ "$have" -lt "$need" ]; then
                    log "setujui: topping up pending requests $have -> $need"
                    make_requests $((need - have)) | sort | uniq -c >&2
                fi
                pending_ids | while IFS=$'\t' read -r id versi; do
                    printf '/Penugasan/Permohonan/%s?handler=Setujui\t%s\n' "$id" "$(setujui_body "$tok" "$versi")"
                done >"$lines"
                run_wrk "$sc" "$c" POST 302 "$lines" "$OUT/jar-pimpinan"
            done ;;
        tunjuk) # pimpinan assigns a pegawai of the unit directly: issues a Surat Tugas (number + PDF) per request
            local tok mulai selesai
            tok="$(urlenc "$(form_token "$OUT/jar-pimpinan" /Penugasan/Tunjuk)")"
            mulai="$(date -u +%Y-%m-%d)"
            selesai="$(date -u -d '+30 days' +%Y-%m-%d)"
            curl -s -b "$OUT/jar-pimpinan" "$BASE/Penugasan/Tunjuk" | grep -o '<option value="[0-9a-f-]\{36\}"' | sed 's/.*="//; s/"$//' >"$OUT/tunjuk-pegawai.txt"
            : >"$lines"
            local i=0
            while read -r pid; do
                i=$((i + 1))
                printf '/Penugasan/Tunjuk\tMasukan.PegawaiId=%s&Masukan.Uraian=Menyusun+bahan+rapat+%s&Masukan.TargetKinerja=&Masukan.TanggalMulai=%s&Masukan.TanggalSelesai=%s&Masukan.AlokasiPersen=1&Masukan.PenuhWaktu=false&__RequestVerificationToken=%s\n' \
                    "$pid" "$i" "$mulai" "$selesai" "$tok" >>"$lines"
            done <"$OUT/tunjuk-pegawai.txt"
            for c in "${conns[@]}"; do run_wrk "$sc" "$c" POST 302 "$lines" "$OUT/jar-pimpinan"; done ;;
        unduh) # download issued Surat Tugas PDFs (documents issued through the app, with their stored bytes)
            psql_q "${PG_PORT[$SIZE]}" -c "select '/Dokumen/Unduh/' || d.\"Id\" from dokumen d join berkas_dokumen b on b.\"DokumenId\" = d.\"Id\"
                where d.\"Jenis\" in ('SuratTugas','SuratPerintahTugas') order by d.\"DiterbitkanPada\" desc limit 500" >"$lines"
            if [ ! -s "$lines" ]; then log "unduh: no issued PDF yet (run tunjuk or setujui first)"; return 0; fi
            for c in "${conns[@]}"; do run_wrk "$sc" "$c" GET 200 "$lines" "$OUT/jar-pimpinan"; done ;;
        tim) # the pimpinan's Tim Kerja list: teams of the units they lead, teams they sit in, drafts awaiting their decree
            echo /Tim >"$lines"
            for c in "${conns[@]}"; do run_wrk "$sc" "$c" GET 200 "$lines" "$OUT/jar-pimpinan"; done ;;
        timsekda) # the Sekretaris Daerah's list: region-wide, the drafts whose decree the Sekda may sign
            echo /Tim >"$lines"
            for c in "${conns[@]}"; do run_wrk "$sc" "$c" GET 200 "$lines" "$OUT/jar-sekda"; done ;;
        timdetail) # an auditor opens team pages across the region (personnel, decree, reports, ketua ranking for drafts)
            psql_q "${PG_PORT[$SIZE]}" -c "select '/Tim/Detail/' || \"Id\" from tim_kerja order by md5(\"Id\"::text) limit 500" >"$lines"
            for c in "${conns[@]}"; do run_wrk "$sc" "$c" GET 200 "$lines" "$OUT/jar-auditor"; done ;;
        beban) # a BKPSDM admin opens a pegawai's load across teams and assignments (DOMAIN.md §9.5)
            psql_q "${PG_PORT[$SIZE]}" -c "select '/Tim/Beban?pegawaiId=' || p from (select distinct \"PegawaiId\" p from personel_tim
                where \"PegawaiId\" is not null) x order by md5(p::text) limit 500" >"$lines"
            for c in "${conns[@]}"; do run_wrk "$sc" "$c" GET 200 "$lines" "$OUT/jar-admin"; done ;;
        *) log "unknown scenario $sc" ;;
    esac
}

log "results in $OUT (duration ${DURATION}s, connections $CONNECTIONS, scenarios $SCENARIOS)"
IFS=',' read -r -a sizes <<<"$SIZES"
IFS=',' read -r -a scs <<<"$SCENARIOS"
for SIZE in "${sizes[@]}"; do
    seed "$SIZE"
    start_app "$SIZE"
    login pegawai 'Pegawai#Demo2025' "$OUT/jar-pegawai"
    login pimpinan 'Pimpinan#Demo2025' "$OUT/jar-pimpinan"
    login admin 'Admin#Demo2025' "$OUT/jar-admin"
    login sekda 'Sekda#Demo2025' "$OUT/jar-sekda"
    login auditor 'Auditor#Demo2025' "$OUT/jar-auditor"
    # Warm-up: JIT, connection pool, Chromium for the PDFs.
    for p in /Penugasan "/Penugasan/Ajukan"; do curl -s -o /dev/null -b "$OUT/jar-pimpinan" "$BASE$p"; done
    # The first PDF starts Chromium (several seconds): issue one before measuring.
    make_requests 1 >/dev/null
    approve_one "$(pending_ids | head -n 1)"
    wrk -t 1 -c 2 -d 3s -H "Cookie: $(cookie_header "$OUT/jar-pimpinan")" "$BASE/Penugasan" >/dev/null 2>&1 || true
    for sc in "${scs[@]}"; do scenario "$sc"; done
    stop_app
    stop_local_pg "$CURRENT_PG"
    CURRENT_PG=""
done

python3 "$ROOT/bench/report.py" "$RESULTS" | tee "$OUT/report.md"
log "raw results: $OUT"
