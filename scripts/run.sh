#!/usr/bin/env bash
# Runs the web app on http://127.0.0.1:5000.
#
# Without ConnectionStrings__SistemKerja in the environment it starts (and on first use creates)
# a project-local PostgreSQL 15 cluster in .data/pg on port 55432 and uses database `sistemkerja`.
# That cluster keeps running after the app stops; stop it with:
#   bash -c 'source scripts/lib-postgres.sh && stop_local_pg .data/pg'
# The app migrates the database at start and seeds the demo region into an empty database.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/lib-postgres.sh
source "$ROOT/scripts/lib-postgres.sh"

PG_PORT=55432
PG_DATA="$ROOT/.data/pg"

packages=(chromium poppler-utils fonts-liberation)
if [ -z "${ConnectionStrings__SistemKerja:-}" ]; then
    packages=(postgresql-15 "${packages[@]}")
fi
echo "checking packages: ${packages[*]}"
ensure_apt_packages "${packages[@]}"

if [ -z "${ConnectionStrings__SistemKerja:-}" ]; then
    echo "ConnectionStrings__SistemKerja not set: using the local cluster in $PG_DATA (port $PG_PORT)"
    start_local_pg "$PG_DATA" "$PG_PORT"
    exists="$("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -XtAq \
        -c "select 1 from pg_database where datname = 'sistemkerja'")"
    if [ "$exists" != 1 ]; then
        echo "creating database sistemkerja"
        "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres sistemkerja
    fi
    # The app runs as its own role (not superuser, not owner): it may only SELECT and INSERT the audit log and cannot
    # change issued documents or switch the triggers off. Migrations and the demo seed run as the owner (postgres),
    # which then grants the role its rights (PeranAplikasi).
    role_exists="$("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -XtAq \
        -c "select 1 from pg_roles where rolname = 'sistemkerja_app'")"
    if [ "$role_exists" != 1 ]; then
        echo "creating the application role sistemkerja_app"
        "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Xq \
            -c "create role sistemkerja_app login nosuperuser nocreatedb nocreaterole noinherit"
    fi
    export ConnectionStrings__SistemKerjaPemilik="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=sistemkerja"
    export ConnectionStrings__SistemKerja="Host=127.0.0.1;Port=$PG_PORT;Username=sistemkerja_app;Database=sistemkerja"
else
    echo "using ConnectionStrings__SistemKerja from the environment"
fi

export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5000}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Database__MigrateOnStartup="${Database__MigrateOnStartup:-true}"
export Database__SeedDemo="${Database__SeedDemo:-true}"

echo "environment: $ASPNETCORE_ENVIRONMENT; migrate on start: $Database__MigrateOnStartup; seed demo: $Database__SeedDemo"
echo "starting SistemKerja.Web on $ASPNETCORE_URLS (Ctrl+C to stop)"
exec dotnet run --project src/SistemKerja.Web -c Release --no-launch-profile
