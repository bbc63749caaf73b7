#!/usr/bin/env bash
# One interface of the load mix against the core on PostgreSQL, with PostgreSQL transactions per request:
#   ./test.sh --exec new-core/loadtest/one.sh <gets|eman|rocars|accs> [port] [seconds]
# Prints the MIX line and xacts/request (pg_stat_database.xact_commit delta over the run / requests).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
only=$1
port=${2:-5285}
seconds=${3:-10}
: "${STRANGLER_PG:?run through ./test.sh --exec}"
field() { tr ';' '\n' <<<"$STRANGLER_PG" | sed -n "s/^$1=//Ip" | head -1; }
psql_() { psql -h "$(field Host)" -p "$(field Port)" -U "$(field Username)" -At "$@"; }
database="one_$(date +%s)_$RANDOM"
psql_ -d "$(field Database)" -q -c "CREATE DATABASE $database" >/dev/null
connection="$(sed -E "s/(^|;)Database=[^;]*/\1Database=$database/I" <<<"$STRANGLER_PG");Maximum Pool Size=64;No Reset On Close=true"
clients=(); n=0
for k in $(seq 1 8); do
  clients+=("Clients__${n}__Key=lt-gets-$k" "Clients__${n}__Roles__0=GetsDeclarant" "Clients__${n}__BrNumbers__0=12345678" "Clients__${n}__EdifactPartyId=TRADELINK01"); n=$((n+1))
  clients+=("Clients__${n}__Key=lt-eman-$k" "Clients__${n}__Roles__0=EmanCarrier" "Clients__${n}__CarrierCodes__0=MSCU" "Clients__${n}__EdifactPartyId=MSCUAGENT"); n=$((n+1))
  clients+=("Clients__${n}__Key=lt-rocars-$k" "Clients__${n}__Roles__0=RocarsShipper"); n=$((n+1))
  clients+=("Clients__${n}__Key=lt-accs-$k" "Clients__${n}__Roles__0=AccsAirline" "Clients__${n}__CarrierCodes__0=CX" "Clients__${n}__AirWaybillPrefixes__0=160"); n=$((n+1))
done
out=$(mktemp -d)
dotnet build -c Release new-core/Strangler.Core -v q -nologo -o "$out/bin" >/dev/null
env "${clients[@]}" CoreStore__Provider=Postgres CoreStore__ConnectionString="$connection" Logging__LogLevel__Default=Warning \
  dotnet "$out/bin/Strangler.Core.dll" --urls "http://127.0.0.1:$port" >"$out/core.log" 2>&1 &
core=$!
trap 'kill $core 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/healthz/ready" >/dev/null 2>&1 && break; sleep 1; done
export KEYS=8 ONLY=$only
RUN=1 wrk -t2 -c16 -d5s -s new-core/loadtest/mix.lua "http://127.0.0.1:$port" >/dev/null
before=$(psql_ -d "$database" -c "select xact_commit from pg_stat_database where datname='$database'")
line=$(RUN=2 wrk -t2 -c16 -d"${seconds}s" -s new-core/loadtest/mix.lua "http://127.0.0.1:$port" | grep '^MIX')
after=$(psql_ -d "$database" -c "select xact_commit from pg_stat_database where datname='$database'")
requests=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<<"$line")
echo "$only $line xacts/request=$(( (after - before) / (requests > 0 ? requests : 1) ))"
