# shellcheck shell=bash
# Shared helpers for scripts/run.sh and scripts/test.sh. Source it; do not execute it.
#
#   ensure_apt_packages PKG...                 install missing Debian packages
#   start_local_pg DATA_DIR PORT [OPTS...]     start (initdb on first use) a PostgreSQL 15 cluster on 127.0.0.1:PORT
#   stop_local_pg DATA_DIR                     stop that cluster (no-op when it is not running)
#   trx_totals DIR                             print "PASSED FAILED" summed over every *.trx under DIR
#
# PostgreSQL 15 binaries come from the Debian package postgresql-15 (/usr/lib/postgresql/15/bin).
# initdb and pg_ctl refuse to run as root, so as root they run as the `postgres` user;
# as any other user they run as that user.
# Set SKIP_APT=1 to never call apt-get (missing packages are then only reported).

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

_lib_log() { printf '%s\n' "$*"; }
_lib_err() { printf 'error: %s\n' "$*" >&2; }

_is_root() { [ "$(id -u)" -eq 0 ]; }

# Runs a command with root rights: directly as root, through sudo otherwise.
_as_root() {
    if _is_root; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        _lib_err "need root rights for: $* (not root and sudo is not available)"
        return 1
    fi
}

_apt_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

_APT_UPDATED="${_APT_UPDATED:-0}"

_apt_update_once() {
    if [ "$_APT_UPDATED" != 1 ]; then
        _lib_log "apt-get update"
        _as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || return 1
        _APT_UPDATED=1
    fi
}

# ensure_apt_packages PKG... — installs the packages that are not installed yet.
# `apt-get update` runs at most once per shell, and only when something must be installed and
# the package lists are missing or too stale for the install to succeed.
ensure_apt_packages() {
    local missing=() p
    for p in "$@"; do
        _apt_installed "$p" || missing+=("$p")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0

    if [ "${SKIP_APT:-0}" = 1 ] || ! command -v apt-get >/dev/null 2>&1; then
        _lib_err "missing packages: ${missing[*]} (apt-get unavailable or SKIP_APT=1); install them yourself"
        return 1
    fi

    if ! _is_root && ! command -v sudo >/dev/null 2>&1; then
        _lib_err "missing packages: ${missing[*]}; not root and sudo is not available, install them yourself"
        return 1
    fi

    _lib_log "installing packages: ${missing[*]}"
    local install=(env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}")
    # No package lists at all: update first. Otherwise try without updating, and update only on failure.
    if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
        _apt_update_once || return 1
    fi
    if ! _as_root "${install[@]}"; then
        [ "$_APT_UPDATED" = 1 ] && return 1
        _apt_update_once || return 1
        _as_root "${install[@]}" || return 1
    fi
}

# Runs a command as the owner of the clusters: `postgres` when we are root, ourselves otherwise.
_pg_as_owner() {
    if _is_root; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

_pg_abs() { (cd "$1" && pwd -P); }

_pg_ensure_binaries() {
    if [ ! -x "$PG_BIN/initdb" ]; then
        _lib_log "PostgreSQL 15 not found in $PG_BIN; installing postgresql-15"
        ensure_apt_packages postgresql-15 || return 1
        if [ ! -x "$PG_BIN/initdb" ]; then
            _lib_err "$PG_BIN/initdb still missing after installing postgresql-15"
            return 1
        fi
    fi
    if _is_root && ! id postgres >/dev/null 2>&1; then
        _lib_err "user 'postgres' does not exist (it comes with the postgresql-15 package)"
        return 1
    fi
}

# Port recorded in DATA_DIR/postmaster.pid (line 4), empty when unknown.
_pg_pid_port() { sed -n '4p' "$1/postmaster.pid" 2>/dev/null || true; }

_pg_running() { _pg_as_owner "$PG_BIN/pg_ctl" -D "$1" status >/dev/null 2>&1; }

# start_local_pg DATA_DIR PORT [EXTRA...]
#   EXTRA are further postgres options, e.g. -c fsync=off -c max_connections=300.
#   The cluster listens on 127.0.0.1:PORT only, trusts every local connection (superuser `postgres`),
#   keeps its log in DATA_DIR/server.log and its Unix socket in DATA_DIR/../sock.
#   Calling it again while that cluster runs on PORT does nothing.
start_local_pg() {
    if [ "$#" -lt 2 ]; then
        _lib_err "usage: start_local_pg DATA_DIR PORT [postgres options...]"
        return 1
    fi
    local data="$1" port="$2"
    shift 2

    _pg_ensure_binaries || return 1

    mkdir -p "$data" || return 1
    data="$(_pg_abs "$data")" || return 1
    local sock
    sock="$(dirname "$data")/sock"
    mkdir -p "$sock" || return 1
    if _is_root; then
        chown postgres:postgres "$data" "$sock" || return 1
        chmod 700 "$data" || return 1
        if ! runuser -u postgres -- test -w "$data" -a -w "$sock"; then
            _lib_err "user postgres cannot write $data or $sock; make the parent directories traversable (chmod o+x)"
            return 1
        fi
    fi

    if _pg_running "$data"; then
        local running_port
        running_port="$(_pg_pid_port "$data")"
        if [ "$running_port" = "$port" ]; then
            _lib_log "PostgreSQL already running: $data on 127.0.0.1:$port"
            return 0
        fi
        _lib_err "the cluster in $data is already running on port ${running_port:-?}, not $port"
        return 1
    fi

    # Something else listening on the port would make pg_ctl wait and fail with an obscure message.
    # pg_isready: 0 = accepting, 1 = rejecting (starting up / shutting down), 2 = no response.
    local ready=0
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2 >/dev/null 2>&1 || ready=$?
    if [ "$ready" -eq 0 ] || [ "$ready" -eq 1 ]; then
        _lib_err "port $port on 127.0.0.1 is already used by another PostgreSQL server"
        return 1
    fi

    if [ ! -f "$data/PG_VERSION" ]; then
        _lib_log "initdb: new cluster in $data"
        _pg_as_owner "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
            >"$sock/initdb.log" 2>&1 || {
            cat "$sock/initdb.log" >&2
            _lib_err "initdb failed"
            return 1
        }
    fi

    # pg_ctl hands -o to /bin/sh: quote every word.
    local opts
    opts="$(printf '%q ' -p "$port" -k "$sock" -c listen_addresses=127.0.0.1 "$@")"
    _lib_log "starting PostgreSQL 15: $data on 127.0.0.1:$port"
    if ! _pg_as_owner "$PG_BIN/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 -o "$opts" start >/dev/null; then
        _lib_err "PostgreSQL did not start; last lines of $data/server.log:"
        tail -n 30 "$data/server.log" >&2 2>/dev/null || true
        return 1
    fi
}

# stop_local_pg DATA_DIR — fast shutdown; does nothing when the cluster is not running.
stop_local_pg() {
    if [ "$#" -lt 1 ]; then
        _lib_err "usage: stop_local_pg DATA_DIR"
        return 1
    fi
    local data="$1"
    [ -d "$data" ] || return 0
    [ -x "$PG_BIN/pg_ctl" ] || return 0
    if _pg_running "$data"; then
        _lib_log "stopping PostgreSQL: $data"
        _pg_as_owner "$PG_BIN/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null
    fi
}

# trx_totals DIR — prints "PASSED FAILED" summed over the ResultSummary/Counters of all *.trx files
# under DIR (failed includes the `error` and `timeout` counters). Prints "0 0" when there are none.
trx_totals() {
    local dir="$1"
    if command -v python3 >/dev/null 2>&1; then
        python3 - "$dir" <<'PY'
import pathlib, sys, xml.etree.ElementTree as ET
passed = failed = 0
for f in sorted(pathlib.Path(sys.argv[1]).rglob("*.trx")):
    try:
        root = ET.parse(f).getroot()
    except ET.ParseError as e:
        print(f"warning: cannot parse {f}: {e}", file=sys.stderr)
        failed += 1
        continue
    for el in root.iter():
        if el.tag.rsplit("}", 1)[-1] == "Counters":
            passed += int(el.get("passed", 0) or 0)
            failed += sum(int(el.get(k, 0) or 0) for k in ("failed", "error", "timeout"))
            break
print(passed, failed)
PY
        return
    fi
    local passed=0 failed=0 f counters v k
    while IFS= read -r -d '' f; do
        # The Counters element sits on one line in files written by the trx logger; join lines to be safe.
        counters="$(tr '\n\r' '  ' <"$f" | grep -o '<Counters [^>]*>' | head -n 1 || true)"
        [ -n "$counters" ] || continue
        v="$(printf '%s' "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')"
        passed=$((passed + ${v:-0}))
        for k in failed error timeout; do
            v="$(printf '%s' "$counters" | sed -n "s/.* ${k}=\"\\([0-9]*\\)\".*/\\1/p")"
            failed=$((failed + ${v:-0}))
        done
    done < <(find "$dir" -type f -name '*.trx' -print0 2>/dev/null)
    echo "$passed $failed"
}
