#!/usr/bin/env bash
# Backs up the SistemKerja database with pg_dump in custom format (-Fc: compressed, restorable table by table).
#
#   scripts/backup.sh [FILE]
#
# FILE defaults to backups/sistemkerja-YYYYMMDD-HHMMSS.dump (the folder is created). The database is the libpq URI in
# SISTEMKERJA_DB, by default the local cluster of scripts/run.sh: postgresql://postgres@127.0.0.1:55432/sistemkerja.
# Run it as the owner (or a superuser): the application role cannot read everything it should not change anyway.
# Writes FILE.sha256 next to the dump and checks that pg_restore can read the dump's table of contents.
# Issued documents are stored in the database (bytes and SHA-256), so the dump holds them; Berkas:Folder holds only
# the Data Protection keys (back that folder up separately, or every user signs in again after a restore).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
DB="${SISTEMKERJA_DB:-postgresql://postgres@127.0.0.1:55432/sistemkerja}"
FILE="${1:-$ROOT/backups/sistemkerja-$(date -u +%Y%m%d-%H%M%S).dump}"

mkdir -p "$(dirname "$FILE")"
TMP="$FILE.partial"
trap 'rm -f "$TMP"' EXIT

"$PG_BIN/pg_dump" --format=custom --compress=6 --no-password --file="$TMP" --dbname="$DB"
"$PG_BIN/pg_restore" --list "$TMP" >/dev/null
mv "$TMP" "$FILE"
(cd "$(dirname "$FILE")" && sha256sum "$(basename "$FILE")" > "$(basename "$FILE").sha256")

echo "backup written: $FILE ($(du -h "$FILE" | cut -f1))"
