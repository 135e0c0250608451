#!/usr/bin/env bash
# Builds the solution and runs every test project; ends with one plain line "N passed, N failed".
# Extra arguments go to `dotnet test`, e.g.: scripts/test.sh --filter "FullyQualifiedName~Pegawai"
#
# Without TEST_PG_CONNECTION in the environment it starts a throwaway PostgreSQL 15 cluster
# (temporary directory, port 55433, durability off) and removes it on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/lib-postgres.sh
source "$ROOT/scripts/lib-postgres.sh"

PG_PORT=55433
RESULTS="$ROOT/TestResults"

packages=(chromium poppler-utils fonts-liberation)
if [ -z "${TEST_PG_CONNECTION:-}" ]; then
    packages=(postgresql-15 "${packages[@]}")
fi
echo "checking packages: ${packages[*]}"
ensure_apt_packages "${packages[@]}"

PG_TMP=""
# Stops and removes the throwaway cluster. Quiet, so that the summary stays the last line of output.
cleanup() {
    if [ -n "$PG_TMP" ]; then
        stop_local_pg "$PG_TMP/pg" >/dev/null 2>&1 || true
        rm -rf "$PG_TMP" || true
        PG_TMP=""
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ -z "${TEST_PG_CONNECTION:-}" ]; then
    PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/sistemkerja-pg.XXXXXX")"
    chmod 755 "$PG_TMP" # the postgres user must reach the data and socket directories inside
    echo "TEST_PG_CONNECTION not set: throwaway cluster in $PG_TMP/pg on port $PG_PORT"
    start_local_pg "$PG_TMP/pg" "$PG_PORT" \
        -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300
    export TEST_PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
else
    echo "using TEST_PG_CONNECTION from the environment"
fi

rm -rf "$RESULTS"
echo "building SistemKerja.sln (Release)"
if ! dotnet build SistemKerja.sln -c Release; then
    echo "build failed"
    cleanup
    echo "0 passed, 1 failed"
    exit 1
fi

echo "running tests; results in $RESULTS"
test_rc=0
dotnet test SistemKerja.sln -c Release --no-build \
    --logger "trx;LogFilePrefix=tr" --results-directory "$RESULTS" "$@" || test_rc=$?

passed=0 failed=0
read -r passed failed < <(trx_totals "$RESULTS") || true
passed="${passed:-0}" failed="${failed:-0}"
status=0
if [ "$test_rc" -ne 0 ]; then
    echo "dotnet test exited with code $test_rc"
    if [ "$failed" -eq 0 ]; then
        # No failed test recorded, yet the run failed (crashed test host, aborted run): count it as a failure.
        failed=1
    fi
    status=1
fi
if [ "$failed" -ne 0 ]; then
    status=1
fi
if [ $((passed + failed)) -eq 0 ]; then
    echo "no tests ran"
    status=1
fi
cleanup
echo "$passed passed, $failed failed"
exit "$status"
