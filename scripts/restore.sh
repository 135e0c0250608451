#!/usr/bin/env bash
# Restores a dump made by scripts/backup.sh into a NEW database and checks every issued document.
#
#   scripts/restore.sh FILE DATABASE
#
# DATABASE must not exist yet (a restore never overwrites a live database); it is created on the server of the libpq
# URI in SISTEMKERJA_DB (default: the local cluster of scripts/run.sh, postgresql://postgres@127.0.0.1:55432/postgres),
# connecting as that URI's user, who becomes the owner. Ownership and grants of the dump are not restored: start the
# app once with Database__MigrateOnStartup=true and ConnectionStrings__SistemKerjaPemilik set to grant the application
# role its rights again. When FILE.sha256 exists the dump is checked against it first.
# Afterwards every stored PDF's SHA-256 is recomputed from its bytes in the restored database and compared with the
# stored hash; the script fails (exit 1) if one differs or a document has lost its file.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 FILE DATABASE" >&2
    exit 2
fi

FILE="$1"
TARGET="$2"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
SERVER="${SISTEMKERJA_DB:-postgresql://postgres@127.0.0.1:55432/postgres}"

if ! [[ "$TARGET" =~ ^[a-z_][a-z0-9_]{0,62}$ ]]; then
    echo "error: database name must be lower-case letters, digits and _ (got '$TARGET')" >&2
    exit 2
fi

if [ -f "$FILE.sha256" ]; then
    (cd "$(dirname "$FILE")" && sha256sum --check --quiet "$(basename "$FILE").sha256")
    echo "dump checksum ok"
fi

psql_on() { "$PG_BIN/psql" --no-psqlrc --no-password -v ON_ERROR_STOP=1 -qtA --dbname="$1" "${@:2}"; }

# The same server, another database: replace the path of the URI (keep user, host, port and any query).
target_uri() {
    local base="${SERVER%%\?*}" query=""
    [[ "$SERVER" == *\?* ]] && query="?${SERVER#*\?}"
    printf '%s/%s%s' "${base%/*}" "$TARGET" "$query"
}

exists="$(psql_on "$SERVER" -c "select 1 from pg_database where datname = '$TARGET'")"
if [ "$exists" = 1 ]; then
    echo "error: database $TARGET already exists; restore into a new database" >&2
    exit 1
fi

psql_on "$SERVER" -c "create database \"$TARGET\""
"$PG_BIN/pg_restore" --no-owner --no-privileges --exit-on-error --no-password --dbname="$(target_uri)" "$FILE"

read -r documents files mismatched missing < <(psql_on "$(target_uri)" -F ' ' -c "
    select count(*),
           count(b.\"DokumenId\"),
           count(*) filter (where b.\"DokumenId\" is not null and encode(sha256(b.\"Isi\"), 'hex') <> d.\"Sha256\"),
           count(*) filter (where b.\"DokumenId\" is null)
    from dokumen d left join berkas_dokumen b on b.\"DokumenId\" = d.\"Id\"")

echo "restored into $TARGET: $documents documents, $files files, $mismatched hash mismatches, $missing without a file"
if [ "$mismatched" != 0 ] || [ "$missing" != 0 ]; then
    echo "error: the restored documents are not intact" >&2
    exit 1
fi
