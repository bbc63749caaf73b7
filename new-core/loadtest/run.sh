#!/usr/bin/env bash
# Load benchmark of the new core on PostgreSQL: a realistic mix of the four legacy interfaces' submissions
# (mix.lua) with wrk against loopback. Run from the repository root:
#   ./test.sh --exec new-core/loadtest/run.sh [duration-seconds] [connections] [keys-per-interface]
# (test.sh provides a throwaway PostgreSQL, or uses STRANGLER_PG.) Prints wrk's latency distribution and one
# MIX line: requests, accepted, business rejections, rate, p50/p90/p99.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
duration=${1:-30}
connections=${2:-16}
keys=${3:-8}
: "${STRANGLER_PG:?set STRANGLER_PG, or run through ./test.sh --exec}"
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }

database="strangler_load_$(date +%s)"
field() { tr ';' '\n' <<<"$STRANGLER_PG" | sed -n "s/^$1=//Ip" | head -1; }
PGPASSWORD=$(field Password) psql -h "$(field Host)" -p "$(field Port)" -U "$(field Username)" -d "$(field Database)" -q \
  -c "CREATE DATABASE $database" >/dev/null
connection=$(sed -E "s/(^|;)Database=[^;]*/\1Database=$database/I" <<<"$STRANGLER_PG")
connection="$connection;Maximum Pool Size=64;No Reset On Close=true"

# KEYS client keys per interface, as traders' systems would hold them (lt-gets-1 …), each allowed what the sample keys are.
clients=()
n=0
for k in $(seq 1 "$keys"); do
  clients+=("Clients__${n}__Key=lt-gets-$k" "Clients__${n}__Roles__0=GetsDeclarant" "Clients__${n}__BrNumbers__0=12345678" "Clients__${n}__EdifactPartyId=TRADELINK01"); n=$((n+1))
  clients+=("Clients__${n}__Key=lt-eman-$k" "Clients__${n}__Roles__0=EmanCarrier" "Clients__${n}__CarrierCodes__0=MSCU" "Clients__${n}__EdifactPartyId=MSCUAGENT"); n=$((n+1))
  clients+=("Clients__${n}__Key=lt-rocars-$k" "Clients__${n}__Roles__0=RocarsShipper"); n=$((n+1))
  clients+=("Clients__${n}__Key=lt-accs-$k" "Clients__${n}__Roles__0=AccsAirline" "Clients__${n}__CarrierCodes__0=CX" "Clients__${n}__AirWaybillPrefixes__0=160"); n=$((n+1))
done

dotnet build -c Release new-core/Strangler.Core -v q -nologo >/dev/null
port=5285
log=$(mktemp)
env "${clients[@]}" ASPNETCORE_ENVIRONMENT=Production Facade__Credential=unused-in-this-run CoreStore__Provider=Postgres CoreStore__ConnectionString="$connection" \
  Logging__LogLevel__Default=Warning Logging__Console__FormatterName=simple \
  dotnet new-core/Strangler.Core/bin/Release/net10.0/Strangler.Core.dll --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
core=$!
trap 'kill $core 2>/dev/null || true; wait $core 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/healthz/ready" >/dev/null 2>&1 && break
  sleep 1
done

# Warm-up (JIT, pools), then the measured run; RUN keeps ids unique between the two.
export KEYS=$keys
RUN=1 wrk -t2 -c"$connections" -d"${WARMUP:-20}s" -s new-core/loadtest/mix.lua "http://127.0.0.1:$port" | grep '^MIX' | sed 's/^MIX/warm-up/'
RUN=2 wrk -t2 -c"$connections" -d"${duration}s" --latency -s new-core/loadtest/mix.lua "http://127.0.0.1:$port"
if grep -qi ' fail\|exception' "$log"; then
  echo "core log has failures:" >&2
  grep -i -m 5 ' fail\|exception' "$log" >&2
fi
