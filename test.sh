#!/usr/bin/env bash
# Runs every test of the solution: ./test.sh [dotnet test arguments...]
#   ./test.sh                                   all tests (Strangler.sln)
#   ./test.sh --filter "FullyQualifiedName~Edifact"
#   ./test.sh deploy/Strangler.Testing.Tests    one project (a path first replaces Strangler.sln)
#   ./test.sh --exec <command> [args...]        runs a command (a benchmark) with STRANGLER_PG set instead
#
# Tests that need PostgreSQL find it through STRANGLER_PG. If it is not set and no Docker engine answers
# (Testcontainers would use it), this script starts a throwaway local PostgreSQL for the run and removes it
# afterwards, also on failure or Ctrl-C. Exits with dotnet test's exit code.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

pg_tmp=""
pg_bin=""
pg_user=""

log() { printf 'test.sh: %s\n' "$*" >&2; }

# Runs a PostgreSQL tool as the server's owner: postgres refuses to run as root.
as_pg_user() {
  if [[ -n "$pg_user" ]]; then
    (cd "$pg_tmp" && runuser -u "$pg_user" -- "$@")
  else
    "$@"
  fi
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n "$pg_tmp" && -d "$pg_tmp" ]]; then
    if [[ -f "$pg_tmp/data/postmaster.pid" ]]; then
      as_pg_user "$pg_bin/pg_ctl" stop -D "$pg_tmp/data" -m immediate -w -t 30 >/dev/null 2>&1 || true
    fi
    rm -rf "$pg_tmp"
    log "stopped the throwaway PostgreSQL and removed $pg_tmp"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The directory holding initdb and pg_ctl: PATH first, else Debian's /usr/lib/postgresql/<version>/bin (newest).
find_pg_bin() {
  local initdb dir
  if initdb=$(command -v initdb 2>/dev/null); then
    dir=$(dirname "$(readlink -f "$initdb")")
    if [[ -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return 0
    fi
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

# True when nothing accepts connections on 127.0.0.1:$1 (and, where ss exists, nothing listens there at all).
port_is_free() {
  local port=$1
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    return 1
  fi
  if command -v ss >/dev/null 2>&1 && ss -Htan "( sport = :$port )" 2>/dev/null | grep -q .; then
    return 1
  fi
  return 0
}

start_local_postgres() {
  if ! pg_bin=$(find_pg_bin); then
    log "no PostgreSQL found (initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin);"
    log "tests that need it will fail. Install Debian's postgresql package, or set STRANGLER_PG."
    return 1
  fi

  if [[ $(id -u) -eq 0 ]]; then
    if ! id -u postgres >/dev/null 2>&1; then
      log "running as root and there is no 'postgres' user to run the server as; tests that need PostgreSQL will fail."
      return 1
    fi
    pg_user=postgres
  fi

  pg_tmp=$(mktemp -d "${TMPDIR:-/tmp}/strangler-pg.XXXXXX")
  if [[ -n "$pg_user" ]]; then
    chown "$pg_user" "$pg_tmp"
  fi

  if ! as_pg_user "$pg_bin/initdb" -D "$pg_tmp/data" -A trust -U postgres -E UTF8 --locale=C --no-sync \
      >"$pg_tmp/initdb.log" 2>&1; then
    log "initdb failed:"
    cat "$pg_tmp/initdb.log" >&2
    return 1
  fi

  local attempt port
  for attempt in 1 2 3 4 5; do
    port=$(( 20000 + RANDOM % 30000 ))
    port_is_free "$port" || continue
    if as_pg_user "$pg_bin/pg_ctl" start -D "$pg_tmp/data" -l "$pg_tmp/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c unix_socket_directories=$pg_tmp" \
        >/dev/null 2>&1; then
      export STRANGLER_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
      log "started a throwaway PostgreSQL ($("$pg_bin/postgres" --version)) on 127.0.0.1:$port in $pg_tmp"
      return 0
    fi
    log "PostgreSQL did not start on port $port (attempt $attempt):"
    tail -n 5 "$pg_tmp/server.log" >&2 || true
  done
  log "could not start a local PostgreSQL; tests that need it will fail."
  return 1
}

exec_mode=0
if [[ "${1:-}" == "--exec" ]]; then
  exec_mode=1
  shift
fi

if [[ -n "${STRANGLER_PG:-}" ]]; then
  log "using the PostgreSQL server of STRANGLER_PG"
elif [[ $exec_mode -eq 0 ]] && command -v docker >/dev/null 2>&1 && timeout 5 docker info >/dev/null 2>&1; then
  log "a Docker engine answers: Testcontainers will start PostgreSQL"
else
  start_local_postgres || true
fi

if [[ $exec_mode -eq 1 ]]; then
  status=0
  "$@" </dev/null || status=$?
  exit "$status"
fi

target=Strangler.sln
if [[ $# -gt 0 && "$1" != -* && -e "$1" ]]; then
  target=$1
  shift
fi

status=0
dotnet test "$target" "$@" </dev/null || status=$?
exit "$status"
