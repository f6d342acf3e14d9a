#!/usr/bin/env bash
# Where does a target's per-turn time go? Runs one target (default careerbot) alone against the connector stub under
# the bench's wrk load and reports CPU ms per request and JIT compilations per request (the runtime's own list of
# every method it compiles, DOTNET_JitStdOutFile), grouped by owner type; with --no-dynamic-code it repeats the run
# with RuntimeFeature.IsDynamicCodeSupported=false in a copy of the runtimeconfig (no source or build change), and
# with --trace it samples the process with dotnet-trace and prints the top inclusive frames; with --perf it samples
# on-CPU stacks with Linux perf (JIT frames named through DOTNET_PerfMapEnabled) and prints the top self and inclusive
# frames, which unlike the thread-time trace leaves out threads that are only waiting. Uses what bench/run.sh
# built (run that first): CareerBot's ReadyToRun publish, the bench projects' Release builds. Everything on 127.0.0.1; children killed on exit.
set -euo pipefail

usage() { echo "usage: bench/profile.sh [--target careerbot|sdk] [--seconds S] [--no-dynamic-code] [--trace] [--perf] [--warmup S] [-- target args…]"; }
TARGET=careerbot SECONDS_MEASURED=15 AB=0 TRACE=0 PERF=0 WARMUP=10
while [[ $# -gt 0 ]]; do
  case "$1" in
    --target) TARGET="$2"; shift ;;
    --seconds) SECONDS_MEASURED="$2"; shift ;;
    --no-dynamic-code) AB=1 ;;
    --trace) TRACE=1 ;;
    --perf) PERF=1 ;;
    --warmup) WARMUP="$2"; shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; break ;;
    *) usage >&2; exit 2 ;;
  esac
  shift
done

TARGET_ARGS=("$@")
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BIN="$BENCH/../artifacts/bench/bin"
case "$TARGET" in
  careerbot) DIR="$BENCH/../artifacts/bench/publish/CareerBot.Bot" DLL=CareerBot.Bot.dll SCRIPT=interview.lua ;;
  sdk) DIR="$BIN/StockEchoBot/release" DLL=StockEchoBot.dll SCRIPT=echo.lua ;;
  *) usage >&2; exit 2 ;;
esac
[[ -f "$DIR/$DLL" && -f "$BIN/ConnectorStub/release/ConnectorStub.dll" ]] || { echo "no Release build: run bench/run.sh --quick first" >&2; exit 4; }
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install -y wrk)" >&2; exit 3; }

TMP="$(mktemp -d "${TMPDIR:-/tmp}/careerbot-profile.XXXXXX")"
# CareerBot's state in a fresh file outside its folder, as bench/run.sh does (later arguments override it).
[[ "$TARGET" != careerbot ]] || TARGET_ARGS=(--Bot:AllowAnonymous true --Bot:TrustedServiceHosts 127.0.0.1,localhost --Storage:ConnectionString "Data Source=$TMP/state.db" "${TARGET_ARGS[@]}")
PIDS=()
cleanup() {
  local rc=$? pid
  trap - EXIT
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
port() { node "$BENCH/tools/free-port.js"; }
ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }

STUB_PORT="$(port)"
(cd "$BIN/ConnectorStub/release" && exec dotnet ConnectorStub.dll --urls "http://127.0.0.1:$STUB_PORT") >"$TMP/stub.log" 2>&1 &
PIDS+=($!)
STUB="http://127.0.0.1:$STUB_PORT/"

run() {   # label [runtimeconfig]
  local label="$1" rc="${2:-}" p pid line c0 c1 j0 j1 req trace_pid="" perf_pid=""
  p="$(port)"
  # perf names only JIT-compiled frames (from /tmp/perf-PID.map), and only where code is not double-mapped for W^X: with
  # --perf, precompiled framework code is JIT-compiled too and W^X is off.
  (cd "$DIR" && DOTNET_PerfMapEnabled="$PERF" DOTNET_EnableWriteXorExecute="$(( 1 - PERF ))" DOTNET_ReadyToRun="$(( 1 - PERF ))" DOTNET_JitStdOutFile="$TMP/jit-$label.txt" DOTNET_JitDisasmSummary=1 \
    exec dotnet exec ${rc:+--runtimeconfig "$rc"} "$DLL" --urls "http://127.0.0.1:$p" "${TARGET_ARGS[@]}") >"$TMP/$label.log" 2>&1 &
  pid=$!
  PIDS+=("$pid")
  node "$BENCH/tools/first-answer.js" "http://127.0.0.1:$p/api/messages" "$(date +%s%3N)" 60000 "$STUB" >/dev/null
  (cd "$BENCH/lua" && timeout $(( WARMUP + 60 )) wrk -t2 -c16 -d"${WARMUP}s" --timeout 10s -s "$SCRIPT" "http://127.0.0.1:$p/api/messages" -- "$STUB" "pw$label" 64 1 >/dev/null)
  sleep 1
  j0="$(wc -l <"$TMP/jit-$label.txt")"; c0="$(ticks "$pid")"
  if [[ "$TRACE" == 1 ]]; then
    (sleep 2; timeout 120 "${DOTNET_TOOLS:-$HOME/.dotnet/tools}/dotnet-trace" collect -p "$pid" --profile dotnet-sampled-thread-time \
      --duration "00:00:$(printf '%02d' $(( SECONDS_MEASURED > 6 ? SECONDS_MEASURED - 4 : 2 )))" -o "$TMP/trace-$label.nettrace" >"$TMP/trace-$label.out" 2>&1) &
    trace_pid=$!
  fi
  if [[ "$PERF" == 1 ]]; then
    (sleep 2; timeout 120 perf record -q -F 499 -g -p "$pid" -o "$TMP/perf-$label.data" -- sleep $(( SECONDS_MEASURED > 6 ? SECONDS_MEASURED - 4 : 2 )) \
      >"$TMP/perf-$label.out" 2>&1) &
    perf_pid=$!
  fi
  line="$(cd "$BENCH/lua" && timeout $(( SECONDS_MEASURED + 60 )) wrk -t2 -c16 -d"${SECONDS_MEASURED}s" --timeout 10s -s "$SCRIPT" \
    "http://127.0.0.1:$p/api/messages" -- "$STUB" "pm$label" 64 1 | grep '^BENCH')"
  c1="$(ticks "$pid")"; j1="$(wc -l <"$TMP/jit-$label.txt")"
  mkdir -p "$BENCH/../artifacts/bench/profile"
  tail -n +$(( j0 + 1 )) "$TMP/jit-$label.txt" | head -n $(( j1 - j0 )) >"$BENCH/../artifacts/bench/profile/jit-$label.txt"
  [[ -z "$trace_pid" ]] || wait "$trace_pid" || true
  [[ -z "$perf_pid" ]] || wait "$perf_pid" || true
  if [[ -f "$TMP/perf-$label.data" ]]; then
    echo "   perf (on-CPU samples): top self frames"
    perf report -q -i "$TMP/perf-$label.data" --no-children --sort dso,symbol --percent-limit 0.5 -g none 2>/dev/null \
      | sed -E 's/\[[^]]*\] //' | cut -c1-150 | head -40 | sed 's/^/   /' || true
    cp "$TMP/perf-$label.data" "$BENCH/../artifacts/bench/profile/perf-$label.data"
    echo "   perf: top inclusive frames (samples kept in artifacts/bench/profile/perf-$label.data)"
    perf report -q -i "$TMP/perf-$label.data" --children --sort symbol --percent-limit 3 -g none 2>/dev/null \
      | sed -E 's/\[[^]]*\] //' | cut -c1-150 | head -60 | sed 's/^/   /' || true
  fi
  req="$(sed -n 's/.* requests=\([0-9]*\).*/\1/p' <<<"$line")"
  echo "== $TARGET ($label): $(sed -n 's/.*\(rps=[^ ]*\).*\(p50_us=[^ ]*\).*\(p99_us=[^ ]*\).*/\1 \2 \3/p' <<<"$line"), requests=$req"
  awk -v d=$(( c1 - c0 )) -v t="$(getconf CLK_TCK)" -v r="$req" -v j=$(( j1 - j0 )) \
    'BEGIN { printf "   CPU %.2f ms/request, %.1f methods JIT-compiled per request (steady state, after warm-up)\n", d * 1000 / t / r, j / r }'
  echo "   JIT compilations during the measured run by owner type (top 8; the list is in artifacts/bench/profile/jit-$label.txt):"
  tail -n +$(( j0 + 1 )) "$TMP/jit-$label.txt" | sed -E 's/^ *[0-9]+: JIT compiled //; s/:[^:]*$//; s/\[.*//' | sort | uniq -c | sort -rn | head -8 | sed 's/^/   /' || true
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [[ -f "$TMP/trace-$label.nettrace" ]]; then
    echo "   dotnet-trace (thread time; idle waits included): top inclusive frames under the request"
    timeout 300 "${DOTNET_TOOLS:-$HOME/.dotnet/tools}/dotnet-trace" report "$TMP/trace-$label.nettrace" topN -n 70 --inclusive \
      | grep -E 'MessagesEndpoint|ReplyToActivityWithHttp|SerializeObject|ResolveContract|CreateContract|DynamicValueProvider|CreateProperties|GetAttribute|HttpClient\+<<SendAsync|InterviewEngine|BotState|MemoryStorage|JObject|JsonConvert|Deserialize|Console|Logger' \
      | cut -c1-120 | sed 's/^/   /' || true
  elif [[ "$TRACE" == 1 ]]; then
    echo "   dotnet-trace did not leave a trace:"; tail -3 "$TMP/trace-$label.out" 2>/dev/null | sed 's/^/   /' || true
  fi
  return 0
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (numbers are relative: compare the runs below with each other)"
run base
if [[ "$AB" == 1 ]]; then
  cfg="$DIR/${DLL%.dll}.runtimeconfig.json"
  node -e '
    const fs = require("fs"); const j = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    (j.runtimeOptions.configProperties ??= {})["System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported"] = false;
    fs.writeFileSync(process.argv[2], JSON.stringify(j, null, 2));' "$cfg" "$TMP/no-dynamic-code.runtimeconfig.json"
  run no-dynamic-code "$TMP/no-dynamic-code.runtimeconfig.json"
fi
