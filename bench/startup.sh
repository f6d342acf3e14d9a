#!/usr/bin/env bash
# Start-up A/B for CareerBot: starts each given build of the bot N times, interleaved (A, B, A, B, …, so that the
# machine's background load hits every variant alike), measures the first answered `start` turn with
# bench/tools/first-answer.js (the same probe as bench/run.sh) against a connector stub, and prints each variant's
# runs and median, and the CPU time (user + system) the process had used by then, which the machine's load
# disturbs much less than the wall-clock time. Each variant is NAME=DIR[:ENV=VALUE,ENV=VALUE…], DIR holding CareerBot.Bot.dll (a build or publish
# output); the optional environment is set for that variant's process only (e.g. DOTNET_TieredPGO=0).
#   bench/startup.sh [-n RUNS] base=/tmp/a r2r=artifacts/bench/publish/CareerBot.Bot 'nopgo=/tmp/a:DOTNET_TieredPGO=0'
# Needs the bench's ConnectorStub build (bench/run.sh builds it into artifacts/bench).
set -euo pipefail
RUNS=7
if [[ "${1:-}" == -n ]]; then RUNS="$2"; shift 2; fi
[[ $# -gt 0 ]] || { sed -n '2,8p' "$0" >&2; exit 2; }
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STUB_DLL="$BENCH/../artifacts/bench/bin/ConnectorStub/release/ConnectorStub.dll"
[[ -f "$STUB_DLL" ]] || { echo "missing $STUB_DLL: run bench/run.sh once" >&2; exit 4; }
TMP="$(mktemp -d "${TMPDIR:-/tmp}/careerbot-startup.XXXXXX")"
PIDS=()
cleanup() { local p; for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$TMP"; }
trap cleanup EXIT
free_port() { node "$BENCH/tools/free-port.js"; }

STUB_PORT="$(free_port)"
dotnet "$STUB_DLL" --urls "http://127.0.0.1:$STUB_PORT" >"$TMP/stub.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 300); do curl -fsS "http://127.0.0.1:$STUB_PORT/_health" >/dev/null 2>&1 && break; sleep 0.1; done

declare -A RESULT CPU
CLK_TCK="$(getconf CLK_TCK)"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $RUNS starts per variant, interleaved" >&2
for run in $(seq "$RUNS"); do
  for spec in "$@"; do
    name="${spec%%=*}" rest="${spec#*=}"
    dir="${rest%%:*}" envs=()
    [[ "$rest" == *:* ]] && IFS=, read -r -a envs <<<"${rest#*:}"
    port="$(free_port)"
    t0="$(date +%s%3N)"
    (cd "$dir" && exec env "${envs[@]}" dotnet CareerBot.Bot.dll --urls "http://127.0.0.1:$port" --Bot:AllowAnonymous true \
      --Bot:TrustedServiceHosts 127.0.0.1,localhost --Storage:Provider sqlite --Storage:ConnectionString "Data Source=$TMP/$name-$run.db") >"$TMP/$name-$run.log" 2>&1 &
    pid=$!
    ms="$(node "$BENCH/tools/first-answer.js" "http://127.0.0.1:$port/api/messages" "$t0" 60000 "http://127.0.0.1:$STUB_PORT/")" || ms=fail
    cpu="$(sed 's/^.*) //' "/proc/$pid/stat" | awk -v t="$CLK_TCK" '{ print ($12 + $13) * 1000 / t }')"
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    RESULT[$name]+="$ms "
    CPU[$name]+="$cpu "
    sleep 0.3
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
for spec in "$@"; do
  name="${spec%%=*}"
  printf '%-12s first answer median %6s ms (runs: %s)  CPU until then median %6s ms (runs: %s)\n' "$name" \
    "$(median <<<"${RESULT[$name]}")" "${RESULT[$name]% }" "$(median <<<"${CPU[$name]}")" "${CPU[$name]% }"
done
