#!/usr/bin/env bash
# Load benchmark of the new core on PostgreSQL: a realistic mix of the four legacy interfaces' submissions
# (mix.lua) with wrk against loopback. Run from the repository root:
#   ./test.sh --exec new-core/loadtest/run.sh [duration-seconds] [connections]
# (test.sh provides a throwaway PostgreSQL, or uses STRANGLER_PG.) Prints wrk's latency distribution and one
# MIX line: requests, accepted, business rejections, rate, p50/p90/p99.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
duration=${1:-30}
connections=${2:-16}
: "${STRANGLER_PG:?set STRANGLER_PG, or run through ./test.sh --exec}"
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }

database="strangler_load_$(date +%s)"
field() { tr ';' '\n' <<<"$STRANGLER_PG" | sed -n "s/^$1=//Ip" | head -1; }
PGPASSWORD=$(field Password) psql -h "$(field Host)" -p "$(field Port)" -U "$(field Username)" -d "$(field Database)" -q \
  -c "CREATE DATABASE $database" >/dev/null
connection=$(sed -E "s/(^|;)Database=[^;]*/\1Database=$database/I" <<<"$STRANGLER_PG")
connection="$connection;Maximum Pool Size=64;No Reset On Close=true"

dotnet build -c Release new-core/Strangler.Core -v q -nologo >/dev/null
port=5285
log=$(mktemp)
ASPNETCORE_ENVIRONMENT=Development CoreStore__Provider=Postgres CoreStore__ConnectionString="$connection" \
  Logging__LogLevel__Default=Warning Logging__Console__FormatterName=simple \
  dotnet new-core/Strangler.Core/bin/Release/net10.0/Strangler.Core.dll --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
core=$!
trap 'kill $core 2>/dev/null || true; wait $core 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/healthz/ready" >/dev/null 2>&1 && break
  sleep 1
done

# Warm-up (JIT, pools), then the measured run; RUN keeps ids unique between the two.
RUN=1 wrk -t2 -c"$connections" -d5s -s new-core/loadtest/mix.lua "http://127.0.0.1:$port" | grep '^MIX' | sed 's/^MIX/warm-up/'
RUN=2 wrk -t2 -c"$connections" -d"${duration}s" --latency -s new-core/loadtest/mix.lua "http://127.0.0.1:$port"
if grep -qi ' fail\|exception' "$log"; then
  echo "core log has failures:" >&2
  grep -i -m 5 ' fail\|exception' "$log" >&2
fi
