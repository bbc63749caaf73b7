#!/usr/bin/env bash
# Facade load benchmark on loopback (issue 5): the facade in `legacy` stage against a bare YARP proxy to the same
# ROCARS legacy stand-in, and `shadow` against `legacy`. Run from the repository root:
#   ./test.sh --exec facade/loadtest/run.sh [seconds-per-round] [connections]
# (test.sh provides a throwaway PostgreSQL, or uses STRANGLER_PG.) Environment: ROUNDS (4) measured rounds per side,
# WARMUP (5) seconds of warm-up per side, THREADS (2) wrk threads, KEYS (8) shipper keys, TIMEOUT (30) wrk's request
# timeout in seconds (a slower request is an error, not a latency), BUILD_DIR (none) to keep builds. Prints one line
# per run, the medians, and a FACADE-BENCH summary block (README.md in this folder explains it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds=${1:-10}
connections=${2:-16}
rounds=${ROUNDS:-4}
warmup=${WARMUP:-5}
threads=${THREADS:-2}
keys=${KEYS:-8}
: "${STRANGLER_PG:?set STRANGLER_PG, or run through ./test.sh --exec}"
for tool in wrk jq curl psql openssl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
here=facade/loadtest
sample=/work/shared/contracts/samples/rocars/01-aci-accepted.xml
[[ -f $sample ]] || sample=../shared/contracts/samples/rocars/01-aci-accepted.xml

field() { tr ';' '\n' <<<"$STRANGLER_PG" | sed -n "s/^$1=//Ip" | head -1; }
psql_() { PGPASSWORD=$(field Password) psql -h "$(field Host)" -p "$(field Port)" -U "$(field Username)" -d "$(field Database)" -qAt "$@"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

work=$(mktemp -d)
suffix="$(date +%s)_$RANDOM"
databases=("fb_legacy_$suffix" "fb_core_$suffix" "fb_control_$suffix")
pids=()
cleanup() {
  local status=$?
  # Only the processes this script started, by their ids.
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  for db in "${databases[@]}"; do psql_ -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true; done
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

connection_of() { echo "$(sed -E "s/(^|;)Database=[^;]*/\1Database=$1/I" <<<"$STRANGLER_PG");Maximum Pool Size=64;No Reset On Close=true"; }
for db in "${databases[@]}"; do psql_ -c "CREATE DATABASE $db" >/dev/null; done

# Release builds, one at a time (the machine is shared). BUILD_DIR (optional) keeps them for the next run, which
# then reuses them as they are: delete it after changing code.
built=${BUILD_DIR:-$work}
build() {
  if [[ -f "$built/$2/$3" ]]; then return 0; fi
  echo "building $1" >&2
  if ! dotnet build -c Release "$1" -v q -nologo -o "$built/$2" >"$work/build-$2.log" 2>&1; then
    tail -30 "$work/build-$2.log" >&2
    exit 1
  fi
}
build adapters/Strangler.Legacy.Rocars rocars Strangler.Legacy.Rocars.dll
build new-core/Strangler.Core core Strangler.Core.dll
build facade/Strangler.Facade facade Strangler.Facade.dll
build facade/Strangler.Facade.BareProxy bare Strangler.Facade.BareProxy.dll

legacy_port=$(free_port); core_port=$(free_port); facade_port=$(free_port); bare_port=$(free_port)
legacy="http://127.0.0.1:$legacy_port"; core="http://127.0.0.1:$core_port"
facade="http://127.0.0.1:$facade_port"; bare="http://127.0.0.1:$bare_port"
credential=$(openssl rand -hex 24)
token=$(openssl rand -hex 24)
token_hash=$(printf %s "$token" | sha256sum | awk '{ print toupper($1) }')
# Nothing listens here: the benchmark uses ROCARS only, and the facade needs an absolute URL for every interface.
nowhere=http://127.0.0.1:9

# The same client keys on both systems (the mirror sends the client's key): KEYS shippers and one driver.
clients=()
for k in $(seq 1 "$keys"); do
  clients+=("Clients__$((k - 1))__Key=lt-shipper-$k" "Clients__$((k - 1))__Roles__0=RocarsShipper")
done
clients+=("Clients__${keys}__Key=lt-driver-1" "Clients__${keys}__Roles__0=RocarsDriver")
common=(ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Logging__Console__FormatterName=simple)

# Each starts in its output folder, so that folder's appsettings.json is the content root's.
start() {
  local name=$1 dll=$2 url=$3
  shift 3
  (cd "$built/$name" && exec env "${common[@]}" "$@" dotnet "$dll" --urls "$url") >"$work/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 90); do
    curl -fs "$url/healthz/ready" >/dev/null 2>&1 && return 0
    if ! kill -0 "${pids[-1]}" 2>/dev/null; then break; fi
    sleep 1
  done
  echo "$name did not become ready:" >&2
  tail -30 "$work/$name.log" >&2
  exit 1
}
start rocars Strangler.Legacy.Rocars.dll "$legacy" "${clients[@]}" Facade__Credential="$credential" \
  Store__Provider=postgres Store__ConnectionString="$(connection_of "${databases[0]}")"
legacy_pid=${pids[-1]}
start core Strangler.Core.dll "$core" "${clients[@]}" Facade__Credential="$credential" \
  CoreStore__Provider=Postgres CoreStore__ConnectionString="$(connection_of "${databases[1]}")"
core_pid=${pids[-1]}
start facade Strangler.Facade.dll "$facade" Facade__Legacy__Gets=$nowhere Facade__Legacy__Eman=$nowhere \
  Facade__Legacy__Rocars="$legacy" Facade__Legacy__Accs=$nowhere Facade__Core="$core" Facade__Credential="$credential" \
  Facade__ControlPlane__Provider=Postgres Facade__ControlPlane__ConnectionString="$(connection_of "${databases[2]}")" \
  Admin__Users__0__Name=load-test Admin__Users__0__Role=operator Admin__Users__0__TokenSha256="$token_hash"
facade_pid=${pids[-1]}
# The bare proxy has no /healthz: its readiness is a forwarded request (404 from the stand-in counts).
(cd "$built/bare" && exec env "${common[@]}" ReverseProxy__Clusters__gets__Destinations__legacy__Address=$nowhere \
  ReverseProxy__Clusters__eman__Destinations__legacy__Address=$nowhere ReverseProxy__Clusters__accs__Destinations__legacy__Address=$nowhere \
  ReverseProxy__Clusters__rocars__Destinations__legacy__Address="$legacy" dotnet Strangler.Facade.BareProxy.dll --urls "$bare") >"$work/bare.log" 2>&1 &
pids+=($!)
bare_pid=$!
for _ in $(seq 1 60); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$bare/rocars/xml/v1/aci/C000000000000000" -H 'X-Api-Key: lt-driver-1') == 404 ]] && break
  sleep 1
done
echo "legacy $legacy  core $core  facade $facade  bare $bare" >&2

admin() { curl -s -H "Authorization: Bearer $token" "$@"; }
set_stage() {
  local answer
  answer=$(admin -X PUT "$facade/admin/v1/stages/road" -H 'Content-Type: application/json' \
    -d "{\"stage\":\"$1\",\"reason\":\"load test\",\"override\":true}")
  if [[ $(jq -r '.revision // empty' <<<"$answer") == "" ]]; then
    echo "stage change to $1 refused: $answer" >&2
    exit 1
  fi
  for _ in $(seq 1 50); do
    [[ $(admin "$facade/admin/v1/stages" | jq -r '.units[] | select(.unit=="road") | .stage') == "$1" ]] && return 0
    sleep 0.1
  done
  echo "road is not in $1 after 5 s" >&2
  exit 1
}
# Until the mirror has nothing left (queue and outbox), so a round never pays for the previous round's mirrors.
drain() {
  local status
  for _ in $(seq 1 600); do
    status=$(admin "$facade/admin/v1/status")
    [[ $(jq '.mirror.outboxPending + .mirror.queueDepth' <<<"$status") == 0 ]] && return 0
    sleep 0.5
  done
  echo "the mirror did not drain in 300 s: $(jq -c .mirror <<<"$status")" >&2
  exit 1
}

# Setup (Hong Kong is UTC+8, the crossing 3 h ahead): a few ACIs lodged on the legacy side, read back in READ as a driver.
ccrns=()
for i in $(seq 1 8); do
  body=$(sed -e "s|<MessageId>[^<]*</MessageId>|<MessageId>SETUP-$i</MessageId>|" \
    -e "s|\${NOW+PT3H:ISO}|$(date -u -d '+11 hours' +%Y-%m-%dT%H:%M:%S+08:00)|" "$sample")
  answer=$(curl -s -X POST "$legacy/rocars/xml/v1/aci" -H 'X-Api-Key: lt-shipper-1' -H 'Content-Type: application/xml' --data-binary "$body")
  ccrn=$(sed -n 's|.*<Ccrn>\([^<]*\)</Ccrn>.*|\1|p' <<<"$answer")
  [[ -n $ccrn ]] || { echo "setup lodgement was not accepted: $answer" >&2; exit 1; }
  ccrns+=("$ccrn")
done
# Both proxies must answer exactly what the stand-in answers before their speed means anything.
direct=$(curl -s "$legacy/rocars/xml/v1/aci/${ccrns[0]}" -H 'X-Api-Key: lt-driver-1')
for url in "$facade" "$bare"; do
  [[ $(curl -s "$url/rocars/xml/v1/aci/${ccrns[0]}" -H 'X-Api-Key: lt-driver-1') == "$direct" ]] || { echo "$url answers differently from the stand-in" >&2; exit 1; }
done

export CCRNS=$(IFS=,; echo "${ccrns[*]}") DRIVER=lt-driver-1 SAMPLE=$sample KEYS=$keys
run_id=0
tick=$(getconf CLK_TCK)
# CPU time (user + system, in clock ticks) a process has used so far.
cpu_of() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# One wrk run: bench <label> <workload> <url> <proxy pid> <seconds>; prints and records its line, with the CPU time per
# request of the proxy, the legacy stand-in and the core during the run (less sensitive than throughput to whatever
# else the machine is doing; in shadow the core's share is the mirror's cost, here on the same cores).
per_request() { awk -v t="$1" -v hz="$tick" -v n="$2" 'BEGIN { printf "%.3f", (n + 0 > 0 ? t * 1000 / hz / n : 0) }'; }
bench() {
  run_id=$((run_id + 1))
  local line proxy legacy_cpu core_cpu requests
  proxy=$(cpu_of "$4"); legacy_cpu=$(cpu_of "$legacy_pid"); core_cpu=$(cpu_of "$core_pid")
  line=$(NAME=$1 WORKLOAD=$2 RUN=$run_id wrk -t"$threads" -c"$connections" -d"${5}s" --timeout "${TIMEOUT:-30}s" -s $here/rocars.lua "$3" | grep "^$1 ") || { echo "wrk gave no result for $1" >&2; exit 1; }
  requests=$(sed -n 's|.* requests=\([0-9]*\).*|\1|p' <<<"$line")
  line="$line proxy-cpu=$(per_request $(($(cpu_of "$4") - proxy)) "$requests")ms/req"
  line="$line legacy-cpu=$(per_request $(($(cpu_of "$legacy_pid") - legacy_cpu)) "$requests")ms/req"
  line="$line core-cpu=$(per_request $(($(cpu_of "$core_pid") - core_cpu)) "$requests")ms/req"
  echo "$line"
  echo "$line" >>"$work/lines"
}
: >"$work/lines"
# Median of one field over the recorded lines of a label (the rounds).
median() {
  grep "^$1 " "$work/lines" | sed -n "s|.* $2=\([0-9.]*\).*|\1|p" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
total() { grep "^$1 " "$work/lines" | sed -n "s|.* $2=\([0-9]*\).*|\1|p" | awk '{ s += $1 } END { print s + 0 }'; }
summary_line() {
  echo "$1 req/s=$(median "$1" req/s) p50=$(median "$1" p50)ms p99=$(median "$1" p99)ms non2xx=$(total "$1" non2xx) errors=$(total "$1" errors) proxy-cpu=$(median "$1" proxy-cpu)ms/req (median of $rounds; non2xx and errors summed)"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.3f\n", a / b }'; }

results=()
for workload in read write; do
  echo "== $workload: facade (legacy stage) vs bare YARP, ${rounds} x ${seconds}s each after ${warmup}s warm-up" >&2
  bench "warmup-$workload-facade" "$workload" "$facade" "$facade_pid" "$warmup" >/dev/null
  bench "warmup-$workload-bare" "$workload" "$bare" "$bare_pid" "$warmup" >/dev/null
  for r in $(seq 1 "$rounds"); do
    bench "$workload-facade" "$workload" "$facade" "$facade_pid" "$seconds"
    bench "$workload-bare" "$workload" "$bare" "$bare_pid" "$seconds"
  done
  summary_line "$workload-facade"
  summary_line "$workload-bare"
  results+=("$workload facade/bare: throughput $(ratio "$(median "$workload-facade" req/s)" "$(median "$workload-bare" req/s)") (goal >= 0.9), p99 $(ratio "$(median "$workload-facade" p99)" "$(median "$workload-bare" p99)"); facade $(median "$workload-facade" req/s) req/s p50 $(median "$workload-facade" p50)ms p99 $(median "$workload-facade" p99)ms, bare $(median "$workload-bare" req/s) req/s p50 $(median "$workload-bare" p50)ms p99 $(median "$workload-bare" p99)ms; proxy CPU per request $(median "$workload-facade" proxy-cpu)ms vs $(median "$workload-bare" proxy-cpu)ms")
done

echo "== write: shadow vs legacy through the facade, ${rounds} x ${seconds}s each after ${warmup}s warm-up" >&2
set_stage shadow
bench warmup-shadow write "$facade" "$facade_pid" "$warmup" >/dev/null   # also warms the core, which has had no traffic yet
set_stage legacy
drain
bench warmup-legacy write "$facade" "$facade_pid" "$warmup" >/dev/null
drain_total=0
for r in $(seq 1 "$rounds"); do
  set_stage shadow
  bench write-shadow write "$facade" "$facade_pid" "$seconds"
  set_stage legacy
  started=$(date +%s.%N)
  drain
  drain_total=$(awk -v s="$started" -v e="$(date +%s.%N)" -v t="$drain_total" 'BEGIN { printf "%.1f", t + e - s }')
  bench write-legacy write "$facade" "$facade_pid" "$seconds"
done
summary_line write-shadow
summary_line write-legacy
drain
status=$(admin "$facade/admin/v1/status")
shadow_requests=$(total "write-shadow" requests)
warm_requests=$(total "warmup-shadow" requests)
# Every comparison of road, by outcome, through the admin API (pages of 1000).
after=0
: >"$work/outcomes"
while :; do
  page=$(admin "$facade/admin/v1/comparisons?unit=road&max=1000&after=$after")
  [[ $(jq length <<<"$page") -gt 0 ]] || break
  jq -r '.[].outcome' <<<"$page" >>"$work/outcomes"
  after=$(jq '.[-1].id' <<<"$page")
done
outcomes=$(sort "$work/outcomes" | uniq -c | awk '{ printf "%s%s=%s", sep, $2, $1; sep = " " }')
recorded=$(wc -l <"$work/outcomes")

shadow_p99=$(median write-shadow p99); legacy_p99=$(median write-legacy p99)
echo
echo "FACADE-BENCH (loopback, $(nproc) cores, wrk -t$threads -c$connections${PACE_MS:+ paced ${PACE_MS} ms}, $rounds rounds of ${seconds}s per side, medians)"
for line in "${results[@]}"; do echo "  $line"; done
echo "  shadow/legacy (write): client p99 $(ratio "$shadow_p99" "$legacy_p99") (goal <= 1.2), throughput $(ratio "$(median write-shadow req/s)" "$(median write-legacy req/s)"); shadow p99 ${shadow_p99}ms, legacy p99 ${legacy_p99}ms; CPU per request (facade, legacy, core) shadow $(median write-shadow proxy-cpu)/$(median write-shadow legacy-cpu)/$(median write-shadow core-cpu)ms vs legacy $(median write-legacy proxy-cpu)/$(median write-legacy legacy-cpu)/$(median write-legacy core-cpu)ms"
echo "  client non2xx/errors: shadow $(total write-shadow non2xx)/$(total write-shadow errors), legacy $(total write-legacy non2xx)/$(total write-legacy errors); writes rejected: shadow $(total write-shadow rejected), legacy $(total write-legacy rejected)"
echo "  mirror: $((shadow_requests + warm_requests)) shadow requests counted by wrk, $recorded comparisons recorded ($outcomes), overflow $(jq .mirror.overflow <<<"$status"), outbox pending $(jq .mirror.outboxPending <<<"$status"), most attempts $(jq .mirror.outboxMostAttempts <<<"$status"), drain after shadow rounds ${drain_total}s in all"
if grep -qi ' fail\|exception' "$work"/{rocars,core,facade,bare}.log; then
  echo "  logs with failures (first lines):"
  grep -i -m 3 ' fail\|exception' "$work"/{rocars,core,facade,bare}.log | sed 's|^'"$work"'/|    |'
fi
