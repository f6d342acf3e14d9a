#!/usr/bin/env bash
# CareerBot load bench: builds and runs, on 127.0.0.1 only, interleaved rounds of
#   raw       a raw Kestrel endpoint that parses the activity and answers 200 (the ceiling; replies to nobody)
#   sdk       the stock Bot Framework SDK 4.23.1 echo bot (CloudAdapter + TeamsActivityHandler)
#   js        the botbuilder-js 4.23.3 echo bot (CloudAdapter, node http)
#   careerbot CareerBot itself (published as deploy/Dockerfile does: Release, ReadyToRun), every request a real interview turn
# each replying to a local connector stub that counts replies, under wrk load. Prints a table and, last, the line
#   RATIO careerbot_vs_js=<x> careerbot_vs_sdk=<y> delivered=<z>
# See bench/README.md for what every column means.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: bench/run.sh [--quick] [options]
  --quick               1 round, 3 s warm-up (+ at most 20 s for a .NET target's JIT), 6 s measured per target, 15 s
                        soak (finishes in about 2 min plus any build)
  --rounds N            interleaved rounds (default 3)
  --duration S          measured seconds per target per round (default 20)
  --warmup S            warm-up seconds per target before measuring (default 5); a .NET target's warm-up then goes
                        on, 2 s at a time, until its tiered JIT has gone quiet (see README), for at most --jit-wait
  --jit-wait S          the most a .NET target's warm-up is extended for its JIT (default 30; 0 = fixed warm-up)
  --connections N       wrk connections (default 16)
  --threads N           wrk threads (default 2)
  --slots N             conversations each wrk thread keeps going at once (default 64; see README)
  --targets "LIST"      subset/order of: raw sdk js careerbot (default all four)
  --storage P           CareerBot's Storage:Provider: sqlite (default), postgres or memory
  --connection-string S CareerBot's Storage:ConnectionString (default for sqlite: a fresh file per run in the temp dir;
                        for postgres: a throwaway local cluster started by the script, a fresh database per run;
                        given for postgres, e.g. "Host=…;Database=careerbot_bench;Username=…", every run shares it)
  --conversations N     soak: run CareerBot until N distinct conversations, then read its RSS (default 10000; 0 = no soak)
  --soak-max S          soak time limit in seconds (default 300)
  --no-build            use the last build as it is
  --careerbot DIR       run the CareerBot in DIR (a build or publish output, e.g. an older one kept for an A/B)
                        instead of the one published into artifacts/bench/publish
  --flood               CareerBot alone and under a flood, interleaved (targets "careerbot flood", no soak): the
                        'flood' runs are CareerBot with the same normal load plus a second wrk that sends messages as
                        fast as it can as ONE person in ONE conversation (bench/lua/flood.lua); prints the FLOOD line
  --flood-connections N the flooder's own wrk connections (default 4, one wrk thread)
  --flood-at raw        control: the same flooder floods bench/RawKestrel (its own process, parses and answers 200)
                        instead of CareerBot, so what the flood costs the machine (the flooder's own CPU, loopback) can
                        be told from what refusing it costs CareerBot
  --keep                keep the temp dir (logs, databases) and print its path
  -h, --help            this text
EOF
}

ROUNDS=3 DURATION=20 WARMUP=5 JIT_WAIT=30 CONNECTIONS=16 THREADS=2 SLOTS=64 TARGETS="raw sdk js careerbot"
STORAGE=sqlite CONNECTION_STRING="" SOAK_CONVERSATIONS=10000 SOAK_MAX=300 BUILD=1 KEEP=0 TIMEOUT=10 QUICK=0 CAREERBOT=""
FLOOD=0 FLOOD_CONNECTIONS=4 FLOOD_AT=careerbot
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) QUICK=1 ROUNDS=1 DURATION=6 WARMUP=3 JIT_WAIT=20 SOAK_MAX=15 ;;
    --rounds) ROUNDS="$2"; shift ;;
    --duration) DURATION="$2"; shift ;;
    --warmup) WARMUP="$2"; shift ;;
    --jit-wait) JIT_WAIT="$2"; shift ;;
    --connections) CONNECTIONS="$2"; shift ;;
    --threads) THREADS="$2"; shift ;;
    --slots) SLOTS="$2"; shift ;;
    --targets) TARGETS="$2"; shift ;;
    --storage) STORAGE="$2"; shift ;;
    --connection-string) CONNECTION_STRING="$2"; shift ;;
    --conversations) SOAK_CONVERSATIONS="$2"; shift ;;
    --soak-max) SOAK_MAX="$2"; shift ;;
    --no-build) BUILD=0 ;;
    --careerbot) CAREERBOT="$(cd "$2" && pwd)"; shift ;;
    --flood) FLOOD=1 ;;
    --flood-connections) FLOOD_CONNECTIONS="$2"; shift ;;
    --flood-at) FLOOD_AT="$2"; shift ;;
    --keep) KEEP=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

# --flood: CareerBot alone and under one person's flood, interleaved so that the machine's background load hits both
# alike; the soak measures something else
if [[ "$FLOOD" == 1 ]]; then TARGETS="careerbot flood" SOAK_CONVERSATIONS=0; fi

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH/.." && pwd)"
ART="$REPO/artifacts/bench"
BIN="$ART/bin"
CLK_TCK="$(getconf CLK_TCK)"
log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

case "$STORAGE" in sqlite|postgres|memory) ;; *) echo "unknown --storage $STORAGE (sqlite, postgres or memory)" >&2; exit 2 ;; esac
is_root() { [[ "$(id -u)" == 0 ]]; }

# ---------------------------------------------------------------- tools
if ! command -v wrk >/dev/null 2>&1; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    log "installing wrk (Debian package)"
    apt-get install -y -o DPkg::Lock::Timeout=300 wrk >/dev/null 2>&1 \
      || { apt-get update -o DPkg::Lock::Timeout=300 >/dev/null 2>&1 && apt-get install -y -o DPkg::Lock::Timeout=300 wrk >/dev/null; }
  else
    echo "wrk is missing: install it with 'sudo apt-get install -y wrk' (Debian/Ubuntu), then run again." >&2
    exit 3
  fi
fi
for tool in dotnet node npm curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is missing (see bench/README.md)" >&2; exit 3; }
done

# --storage postgres without --connection-string: the script runs a throwaway cluster from the installed server
# binaries, as the tests do (tests/CareerBot.Bot.Tests/Support/PostgresCluster.cs). As root the server runs as the
# 'postgres' OS user (PostgreSQL refuses to run as root).
OWN_PG=0 PG_BIN="" PG_DIR="" PG_PORT="" PG_VERSION=""
find_pg_bin() {   # the newest bin dir holding initdb, pg_ctl and createdb
  local d
  for d in "$(pg_config --bindir 2>/dev/null || true)" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -rn); do
    [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" && -x "$d/createdb" ]] && { echo "$d"; return 0; }
  done
  return 1
}
as_pg() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [[ "$STORAGE" == postgres && -z "$CONNECTION_STRING" ]]; then
  OWN_PG=1
  if ! PG_BIN="$(find_pg_bin)"; then
    if is_root && command -v apt-get >/dev/null 2>&1; then
      log "installing postgresql (Debian package) for a throwaway cluster"
      export DEBIAN_FRONTEND=noninteractive
      apt-get install -y -o DPkg::Lock::Timeout=300 postgresql >/dev/null 2>&1 \
        || { apt-get update -o DPkg::Lock::Timeout=300 >/dev/null 2>&1 && apt-get install -y -o DPkg::Lock::Timeout=300 postgresql >/dev/null; }
      PG_BIN="$(find_pg_bin)" || { echo "installed postgresql but found no initdb/pg_ctl/createdb under /usr/lib/postgresql/*/bin" >&2; exit 3; }
    else
      echo "PostgreSQL is missing (no initdb, pg_ctl and createdb under \`pg_config --bindir\` or /usr/lib/postgresql/*/bin):" \
        "install it with 'sudo apt-get install -y postgresql' (Debian/Ubuntu), or pass --connection-string to use a server of your own." >&2
      exit 3
    fi
  fi
  if is_root && ! id postgres >/dev/null 2>&1; then
    echo "running as root, the throwaway PostgreSQL must run as the 'postgres' OS user, which does not exist (Debian's postgresql package creates it)" >&2
    exit 3
  fi
  PG_VERSION="$("$PG_BIN/pg_ctl" --version | awk '{ print $3 }')"
fi

# ---------------------------------------------------------------- temp dir, children, cleanup
TMP="$(mktemp -d "${TMPDIR:-/tmp}/careerbot-bench.XXXXXX")"
PIDS=()
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  local pid
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  if [[ -n "$PG_DIR" && -f "$PG_DIR/data/postmaster.pid" ]]; then   # the throwaway cluster, also when it was half started
    as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DIR/data" -m immediate -w -t 30 >/dev/null 2>&1 || true
  fi
  if [[ "$KEEP" == 1 ]]; then log "kept $TMP"; else rm -rf "$TMP"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

forget_pid() { local keep=() p; for p in "${PIDS[@]}"; do [[ "$p" == "$1" ]] || keep+=("$p"); done; PIDS=("${keep[@]}"); }
stop_pid() {
  local pid="$1"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  forget_pid "$pid"
}
free_port() { node "$BENCH/tools/free-port.js"; }
now_ms() { date +%s%3N; }
cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }   # utime + stime (fields 14, 15)
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
# CPU ticks of the throwaway PostgreSQL server: the postmaster (with its children that have exited) and every live
# child (backends, WAL writer, checkpointer); 0 with a server of the caller's own, which this machine may not run
pg_ticks() {
  local pm pid total=0
  [[ -n "$PG_DIR" && -f "$PG_DIR/data/postmaster.pid" ]] || { echo 0; return; }
  pm="$(head -1 "$PG_DIR/data/postmaster.pid")"
  total="$(sed 's/^.*) //' "/proc/$pm/stat" 2>/dev/null | awk '{ print $12 + $13 + $14 + $15 }')"
  for pid in $(cat "/proc/$pm/task/$pm/children" 2>/dev/null); do
    total=$(( total + $(cpu_ticks "$pid" 2>/dev/null || echo 0) ))
  done
  echo "${total:-0}"
}
# CPU ticks of a .NET process's tiered-compilation thread (the JIT recompiling hot methods optimised); 0 when the
# runtime has none running (it ends the thread after a few idle seconds)
jit_ticks() {
  local task
  for task in /proc/"$1"/task/*; do
    if [[ "$(cat "$task/comm" 2>/dev/null)" == ".NET Tiered Com"* ]]; then cpu_ticks "${task#/proc/}" && return; fi
  done
  echo 0
}

# ---------------------------------------------------------------- build (skipped when nothing changed since the last one)
STAMP="$ART/.built"
needs_build() {
  [[ -f "$STAMP" ]] || return 0
  [[ -n "$(find "$REPO/src" "$REPO/build" "$REPO/content" "$BENCH" "$REPO/Directory.Build.props" "$REPO/Directory.Packages.props" \
      -newer "$STAMP" -type f -not -path '*/node_modules/*' -not -path '*/js-echo/*' -not -path '*/bin/*' -not -path '*/obj/*' \
      \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.targets' -o -name '*.json' -o -name '*.slnx' \) -print -quit)" ]]
}
# CareerBot is published as a deployment publishes it (deploy/Dockerfile: `dotnet publish -c Release`, which its
# project makes ReadyToRun), so its start-up and first seconds are what a container's are; the bench's own projects
# are plain Release builds.
PUBLISHED="$ART/publish/CareerBot.Bot"
CAREERBOT="${CAREERBOT:-$PUBLISHED}"
if [[ "$BUILD" == 1 ]] && needs_build; then
  log "building bench projects (Release) and publishing CareerBot (Release, ReadyToRun) into artifacts/bench"
  touch "$TMP/build-start"
  if ! timeout 900 dotnet build "$BENCH/Bench.slnx" -c Release --artifacts-path "$ART" -nologo -v q >"$TMP/build.log" 2>&1 \
    || ! timeout 900 dotnet publish "$REPO/src/CareerBot.Bot/CareerBot.Bot.csproj" -c Release -o "$PUBLISHED" --artifacts-path "$ART" \
      -nologo -v q >>"$TMP/build.log" 2>&1; then
    cat "$TMP/build.log" >&2; echo "build failed" >&2; exit 4
  fi
  mv "$TMP/build-start" "$STAMP"
fi
for dll in "$BIN/ConnectorStub/release/ConnectorStub.dll" "$BIN/RawKestrel/release/RawKestrel.dll" "$BIN/StockEchoBot/release/StockEchoBot.dll" "$CAREERBOT/CareerBot.Bot.dll"; do
  [[ -f "$dll" ]] || { echo "missing $dll: run without --no-build" >&2; exit 4; }
done
if [[ " $TARGETS " == *" js "* ]]; then
  if [[ ! -f "$BENCH/js-echo/node_modules/.package-lock.json" || "$BENCH/js-echo/package-lock.json" -nt "$BENCH/js-echo/node_modules/.package-lock.json" ]]; then
    log "npm ci (bench/js-echo)"
    (cd "$BENCH/js-echo" && timeout 300 npm ci --no-audit --no-fund >"$TMP/npm.log" 2>&1) || { cat "$TMP/npm.log" >&2; exit 4; }
  fi
fi

# Does this CareerBot read Storage:Provider yet? (It always used MemoryStorage before the SQLite provider landed.)
STORAGE_NOTE=""
if ! grep -rqs --include='*.cs' -e 'Storage:Provider' -e 'GetSection("Storage")' -e '"Storage"' "$REPO/src/CareerBot.Bot"; then
  STORAGE_NOTE="NOTE: this CareerBot build ignores Storage:Provider (it registers MemoryStorage); '--storage $STORAGE' had no effect, state was in memory."
fi

# ---------------------------------------------------------------- throwaway PostgreSQL cluster (OWN_PG)
# Server defaults otherwise (fsync and synchronous_commit on), as a stock server runs; see bench/README.md.
if [[ "$OWN_PG" == 1 ]]; then
  PG_DIR="$TMP/pg"   # the unix socket goes here too (short path: sockets are limited to ~100 characters)
  mkdir "$PG_DIR"
  if is_root; then chmod o+x "$TMP"; chown postgres: "$PG_DIR"; fi
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$TMP/pg-initdb.log" 2>&1 \
    || { cat "$TMP/pg-initdb.log" >&2; echo "initdb failed" >&2; exit 5; }
  for attempt in 1 2 3; do   # a free port can be taken between looking and binding
    PG_PORT="$(free_port)"
    as_pg "$PG_BIN/pg_ctl" start -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
      -o "-h 127.0.0.1 -p $PG_PORT -k $PG_DIR" >"$TMP/pg-ctl.log" 2>&1 && break
    (( attempt < 3 )) || { cat "$TMP/pg-ctl.log" "$PG_DIR/server.log" >&2; echo "PostgreSQL did not start" >&2; exit 5; }
  done
  log "PostgreSQL $PG_VERSION on 127.0.0.1:$PG_PORT (throwaway cluster in $PG_DIR, a fresh database per CareerBot run)"
fi

# CareerBot's Storage:ConnectionString for a run (round number or "soak"): a fresh SQLite file or PostgreSQL database
# per run, so that every run starts from an empty store; a given --connection-string is used as it is.
CAREERBOT_CONNECTION=""
prepare_storage() {
  if [[ -n "$CONNECTION_STRING" ]]; then
    CAREERBOT_CONNECTION="$CONNECTION_STRING"
  elif [[ "$OWN_PG" == 1 ]]; then
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "bench_$1" || { echo "createdb bench_$1 failed" >&2; exit 5; }
    CAREERBOT_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=bench_$1"
  else
    CAREERBOT_CONNECTION="Data Source=$TMP/bench-$1.db"
  fi
}

# ---------------------------------------------------------------- connector stub
STUB_PORT="$(free_port)"
(cd "$BIN/ConnectorStub/release" && exec dotnet ConnectorStub.dll --urls "http://127.0.0.1:$STUB_PORT") >"$TMP/stub.log" 2>&1 &
PIDS+=($!)
STUB="http://127.0.0.1:$STUB_PORT"
for _ in $(seq 300); do curl -fsS "$STUB/_health" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fsS "$STUB/_health" >/dev/null || { cat "$TMP/stub.log" >&2; echo "connector stub did not start" >&2; exit 5; }
stub_reset() { curl -fsS -X POST "$STUB/_reset" >/dev/null; }
stub_stat() { sed -n "s/.*\"$2\":\([0-9]*\).*/\1/p" <<<"$1"; }

# ---------------------------------------------------------------- targets
TARGET_PID=""
start_target() {   # name port round; sets TARGET_PID to the target's own process (exec, no wrapper shell)
  local name="$1" port="$2" round="$3" url="http://127.0.0.1:$2" out="$TMP/$1-$3.log"
  case "$name" in
    raw) (cd "$BIN/RawKestrel/release" && exec dotnet RawKestrel.dll --urls "$url") >"$out" 2>&1 & ;;
    sdk) (cd "$BIN/StockEchoBot/release" && exec dotnet StockEchoBot.dll --urls "$url") >"$out" 2>&1 & ;;
    js) (cd "$BENCH/js-echo" && exec node index.js "$port") >"$out" 2>&1 & ;;
    careerbot|flood) (cd "$CAREERBOT" && exec dotnet CareerBot.Bot.dll --urls "$url" --Bot:AllowAnonymous true \
        --Bot:TrustedServiceHosts 127.0.0.1,localhost --Storage:Provider "$STORAGE" --Storage:ConnectionString "$CAREERBOT_CONNECTION") >"$out" 2>&1 & ;;
    *) echo "unknown target $name" >&2; exit 2 ;;
  esac
  TARGET_PID=$!
  PIDS+=("$TARGET_PID")
}
script_for() { [[ "$1" == careerbot || "$1" == flood ]] && echo interview.lua || echo echo.lua; }
expect_for() { case "$1" in raw) echo 0 ;; *) echo 1 ;; esac; }   # echo.lua's replies per message

run_wrk() {   # port script tag seconds expect -> BENCH line on stdout
  (cd "$BENCH/lua" && timeout $(( $4 + TIMEOUT + 30 )) wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4s" --timeout "${TIMEOUT}s" \
    -s "$2" "http://127.0.0.1:$1/api/messages" -- "$STUB/" "$3" "$SLOTS" "$5") | tee -a "$TMP/wrk.log" | grep '^BENCH '
}
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<" $1"; }

# Requests at the end of each wrk thread's sequence that are judged apart (the "cut-off tail"): wrk stops with one
# request in flight per connection, normally among the last (connections / threads) a thread issued; twice that
# leaves room for a slow request issued a little earlier.
TAIL=$(( 2 * ( (CONNECTIONS + THREADS - 1) / THREADS ) ))
RESULTS="$TMP/results.tsv"
: >"$RESULTS"
measure() {   # name round
  local name="$1" round="$2" pg_before pg_after pg_cpu_ms loglines cut_off detail missing window tail_turns tail_full port script expect t0 startup line before after requests non2xx ok stats full short over rss cpu_ms delivered errors turn_errors
  port="$(free_port)"
  script="$(script_for "$name")"
  expect="$(expect_for "$name")"
  [[ "$name" != careerbot && "$name" != flood ]] || prepare_storage "$round"   # before t0: not part of the first answer
  t0="$(now_ms)"
  start_target "$name" "$port" "$round"
  if ! startup="$(node "$BENCH/tools/first-answer.js" "http://127.0.0.1:$port/api/messages" "$t0" 60000 "$STUB/")"; then
    tail -20 "$TMP/$name-$round.log" >&2; echo "$name did not answer" >&2; exit 5
  fi
  run_wrk "$port" "$script" "w$round$name" "$WARMUP" "$expect" >/dev/null
  # A .NET process recompiles its hot methods optimised during its first seconds under load (tiered compilation:
  # ReadyToRun code first, then the JIT's tier 1, on a background thread): measured, about 3 s of CPU spread over the
  # first 10 s of CareerBot's load. That is start-up, not the steady state a long-running bot serves in, so the
  # warm-up goes on until that thread has used (almost) no CPU for 2 s; the node target's fixed warm-up is as before.
  local warmed="$WARMUP" jit_before jit_after
  if [[ "$name" != js ]]; then
    while (( warmed < WARMUP + JIT_WAIT )); do
      jit_before="$(jit_ticks "$TARGET_PID")"
      run_wrk "$port" "$script" "w$round$name$warmed" 2 "$expect" >/dev/null
      jit_after="$(jit_ticks "$TARGET_PID")"
      warmed=$(( warmed + 2 ))
      (( jit_after - jit_before > 2 && jit_after >= jit_before )) || break
    done
  fi
  sleep 0.5
  stub_reset
  loglines="$(wc -l <"$TMP/$name-$round.log")"
  before="$(cpu_ticks "$TARGET_PID")" pg_before="$(pg_ticks)"
  # the flood target: one person in one conversation floods on its own connections for the same measured seconds
  local flood_pid="" flood_line="" flood_stats="" flood_turns="" flood_cpu="" flood_port="$port" raw_pid=""
  if [[ "$name" == flood ]]; then
    if [[ "$FLOOD_AT" == raw ]]; then   # the control: the flood goes to a process of its own that does nothing with it
      flood_port="$(free_port)"
      (cd "$BIN/RawKestrel/release" && exec dotnet RawKestrel.dll --urls "http://127.0.0.1:$flood_port") >"$TMP/flood-raw-$round.log" 2>&1 &
      raw_pid=$!
      PIDS+=("$raw_pid")
      node "$BENCH/tools/first-answer.js" "http://127.0.0.1:$flood_port/api/messages" "$(now_ms)" 60000 "$STUB/" >/dev/null
      before="$(cpu_ticks "$TARGET_PID")"
    fi
    # the subshell waits for wrk, so its children's CPU (cutime + cstime, fields 16 and 17) is the flooder's own;
    # read with builtins only (a forked reader would see its own process, not the subshell's)
    (cd "$BENCH/lua" && timeout $(( DURATION + TIMEOUT + 30 )) wrk -t1 -c"$FLOOD_CONNECTIONS" -d"${DURATION}s" --timeout "${TIMEOUT}s" \
      -s flood.lua "http://127.0.0.1:$flood_port/api/messages" -- "$STUB/" "f$round"
      read -r stat <"/proc/$BASHPID/stat"; read -ra fields <<<"${stat##*) }"; echo "FLOODCPU ticks=$(( fields[13] + fields[14] ))") \
      >"$TMP/flood-$round.out" 2>&1 &
    flood_pid=$!
    PIDS+=("$flood_pid")
  fi
  line="$(run_wrk "$port" "$script" "m$round$name" "$DURATION" "$expect")"
  if [[ -n "$flood_pid" ]]; then
    wait "$flood_pid" || true
    forget_pid "$flood_pid"
  fi
  after="$(cpu_ticks "$TARGET_PID")" pg_after="$(pg_ticks)"
  sleep 0.5   # turns cut off when wrk stopped finish (or fail) before the stub is read
  if [[ -n "$flood_pid" ]]; then
    flood_line="$(grep '^FLOOD ' "$TMP/flood-$round.out")" || { cat "$TMP/flood-$round.out" >&2; echo "the flooder's wrk failed" >&2; exit 5; }
    # the flooder's turns that got any reply: the ones admitted, plus the "slow down" notices (one per person per interval)
    flood_stats="$(curl -fsS "$STUB/_stats?tag=f$round")"
    flood_turns="$(stub_stat "$flood_stats" turns)"
    flood_cpu="$(awk -v t="$CLK_TCK" '/^FLOODCPU/ { sub("ticks=", "", $2); printf "%.0f", $2 * 1000 / t }' "$TMP/flood-$round.out")"
    [[ -z "$raw_pid" ]] || stop_pid "$raw_pid"
  fi
  # only this run's turns; the last $TAIL requests of each wrk thread may have been cut off when wrk stopped and are
  # reported apart (tail), every earlier one must have got exactly its replies
  stats="$(curl -fsS "$STUB/_stats?tag=m$round$name&issued=$(field "$line" issued_per_thread)&tail=$TAIL")"
  echo "$stats" >"$TMP/stats-$name-$round.json"
  rss="$(rss_kb "$TARGET_PID")"
  stop_pid "$TARGET_PID"   # before reading its log: the console logger writes from a queue and flushes on shutdown
  requests="$(field "$line" requests)"; non2xx="$(field "$line" non2xx)"
  errors=$(( $(field "$line" connect_errors) + $(field "$line" read_errors) + $(field "$line" write_errors) + $(field "$line" timeouts) ))
  full="$(stub_stat "$stats" full)"; short="$(stub_stat "$stats" short)"; over="$(stub_stat "$stats" over)"
  missing="$(stub_stat "$stats" missing)"; window="$(stub_stat "$stats" window)"
  tail_turns="$(stub_stat "$stats" tailTurns)"; tail_full="$(stub_stat "$stats" tailFull)"
  if [[ "$expect" == 0 && "$name" != careerbot ]]; then
    delivered="n/a"
  else
    delivered="$(awk -v f="$full" -v w="$window" 'BEGIN { printf "%.4f", (w > 0 ? f / w : 0) }')"
  fi
  cpu_ms="$(awk -v d=$(( after - before )) -v t="$CLK_TCK" -v r="$requests" 'BEGIN { printf "%.3f", (r > 0 ? d * 1000 / t / r : 0) }')"
  pg_cpu_ms="$(awk -v d=$(( pg_after - pg_before )) -v t="$CLK_TCK" -v r="$requests" 'BEGIN { printf "%.3f", (r > 0 ? d * 1000 / t / r : 0) }')"
  [[ "$name" == careerbot && "$OWN_PG" == 1 ]] || pg_cpu_ms="n/a"
  # "fail:" blocks (.NET) and "turn error" lines (js) logged during the measured run, and how many of them were the
  # cancellations of the turns wrk cut off when it stopped (at most one per connection at each stop)
  read -r turn_errors cut_off < <(tail -n +$(( loglines + 1 )) "$TMP/$name-$round.log" | awk '
    /^fail:|turn error|process failed/ { n++; w = 4; c = 0 }
    w > 0 { if ($0 ~ /Cancel|ConnectionReset|ObjectDisposed|aborted|ECONNRESET/) c = 1; w--; if (w == 0 && c) k++ }
    END { print n + 0, k + 0 }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$round" "$name" "$(field "$line" rps)" "$(field "$line" p50_us)" "$(field "$line" p99_us)" "$requests" "$non2xx" "$errors" \
    "$full" "$short" "$over" "$delivered" "$rss" "$cpu_ms" "$startup" "$(field "$line" conversations)" "$turn_errors" "$cut_off" \
    "$(field "$line" continuing)" "$missing" "$window" "$pg_cpu_ms" \
    "$(field "$flood_line" rps)" "$(field "$flood_line" requests)" "$flood_turns" "$(field "$flood_line" p99_us)" $(( after - before )) "$flood_cpu" >>"$RESULTS"
  if [[ "$delivered" == n/a ]]; then
    detail="no replies expected; $turn_errors errors logged"
  else
    detail="$(printf '%s of %s turns got exactly their replies: short %s, over %s, no reply %s; cut-off tail %s turns, %s complete, wrk left %s requests in flight; %s turn errors logged, %s of them cancellations' \
      "$full" "$window" "$short" "$over" "$missing" "$tail_turns" "$tail_full" $(( $(field "$line" issued) - requests )) "$turn_errors" "$cut_off")"
  fi
  log "$(printf 'round %s %-9s %8s req/s  p50 %6.2f ms  p99 %7.2f ms  delivered %s (%s)  rss %d MB  cpu %s ms/req (PostgreSQL %s)  first answer %s ms  warm-up %s s' \
    "$round" "$name" "$(field "$line" rps)" "$(awk -v u="$(field "$line" p50_us)" 'BEGIN{print u/1000}')" \
    "$(awk -v u="$(field "$line" p99_us)" 'BEGIN{print u/1000}')" "$delivered" "$detail" $(( rss / 1024 )) "$cpu_ms" "$pg_cpu_ms" "$startup" "$warmed")"
  if [[ -n "$flood_line" ]]; then
    log "$(printf 'round %s flooder   %8s req/s  p50 %6.2f ms  p99 %7.2f ms  %s requests, %s of them got a reply (admitted + notices), %s refused silently; non-2xx %s; the flooder'"'"'s own CPU %s ms (%s)' \
      "$round" "$(field "$flood_line" rps)" "$(awk -v u="$(field "$flood_line" p50_us)" 'BEGIN{print u/1000}')" \
      "$(awk -v u="$(field "$flood_line" p99_us)" 'BEGIN{print u/1000}')" "$(field "$flood_line" requests)" "$flood_turns" \
      $(( $(field "$flood_line" requests) - flood_turns )) "$(field "$flood_line" non2xx)" "$flood_cpu" "at $FLOOD_AT")"
  fi
  if [[ "$delivered" != n/a ]] && (( short + over + missing > 0 )); then
    log "round $round $name turns without exactly their replies (first 20): $(sed -n 's/.*"mismatched":\[\(.*\)\].*/\1/p' <<<"$stats")"
  fi
}

log "stub on $STUB; targets: $TARGETS; $ROUNDS round(s) × ${DURATION}s (+${WARMUP}s warm-up); wrk -t$THREADS -c$CONNECTIONS, $SLOTS conversations in flight per thread"
log "load average now: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for round in $(seq "$ROUNDS"); do
  for name in $TARGETS; do measure "$name" "$round"; done
done

# ---------------------------------------------------------------- soak: RSS after many distinct conversations
SOAK_LINE=""
if [[ "$SOAK_CONVERSATIONS" -gt 0 && " $TARGETS " == *" careerbot "* ]]; then
  port="$(free_port)"
  prepare_storage soak
  start_target careerbot "$port" soak
  node "$BENCH/tools/first-answer.js" "http://127.0.0.1:$port/api/messages" "$(now_ms)" 60000 "$STUB/" >/dev/null
  stub_reset
  soak_start="$(date +%s)" conversations=0 requests=0 chunk=0 s_full=0 s_window=0 s_short=0 s_over=0 s_missing=0
  while (( conversations < SOAK_CONVERSATIONS )); do
    elapsed=$(( $(date +%s) - soak_start ))
    (( elapsed < SOAK_MAX )) || break
    chunk=$(( chunk + 1 ))
    seconds=$(( SOAK_MAX - elapsed < 10 ? SOAK_MAX - elapsed : 10 ))
    (( seconds > 0 )) || break
    line="$(run_wrk "$port" interview.lua "s$chunk" "$seconds" 1)"
    conversations=$(( conversations + $(field "$line" conversations) ))
    requests=$(( requests + $(field "$line" requests) ))
    sleep 0.5
    stats="$(curl -fsS "$STUB/_stats?tag=s$chunk&issued=$(field "$line" issued_per_thread)&tail=$TAIL")"
    s_full=$(( s_full + $(stub_stat "$stats" full) )); s_window=$(( s_window + $(stub_stat "$stats" window) ))
    s_short=$(( s_short + $(stub_stat "$stats" short) )); s_over=$(( s_over + $(stub_stat "$stats" over) ))
    s_missing=$(( s_missing + $(stub_stat "$stats" missing) ))
  done
  rss="$(rss_kb "$TARGET_PID")"
  stop_pid "$TARGET_PID"
  SOAK_LINE="$(printf 'SOAK careerbot conversations=%d requests=%d seconds=%d rss_mb=%d delivered=%s (%d of %d turns; short %d, over %d, no reply %d)%s' \
    "$conversations" "$requests" $(( $(date +%s) - soak_start )) $(( rss / 1024 )) \
    "$(awk -v f="$s_full" -v w="$s_window" 'BEGIN { printf "%.4f", (w > 0 ? f / w : 0) }')" "$s_full" "$s_window" "$s_short" "$s_over" "$s_missing" \
    "$( (( conversations < SOAK_CONVERSATIONS )) && echo " (stopped at --soak-max ${SOAK_MAX}s before $SOAK_CONVERSATIONS conversations)" || true)")"
fi

# ---------------------------------------------------------------- report
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -F'\t' -v n="$1" -v c="$2" '$2 == n { print $c }' "$RESULTS"; }

echo
echo "CareerBot load bench — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk -t$THREADS -c$CONNECTIONS, ${DURATION}s measured after ${WARMUP}s warm-up (.NET targets: until the tiered JIT is quiet, at most +${JIT_WAIT}s), $ROUNDS round(s), medians across rounds; storage=$STORAGE$([[ "$OWN_PG" == 1 ]] && echo " (PostgreSQL $PG_VERSION, throwaway local cluster)" || true)"
[[ -n "$STORAGE_NOTE" ]] && echo "$STORAGE_NOTE"
echo
printf '%-10s %10s %9s %9s %22s %9s %11s %14s %8s\n' target 'req/s' 'p50 ms' 'p99 ms' 'delivered (full/turns)' 'RSS MB' 'CPU ms/req' 'first answer' 'errors'
for name in $TARGETS; do
  rps="$(col "$name" 3 | median)"
  p50="$(col "$name" 4 | median)"; p99="$(col "$name" 5 | median)"
  del="$(col "$name" 12 | grep -v 'n/a' | median || true)"
  [[ "$(expect_for "$name")" == 0 && "$name" != careerbot ]] && del="n/a (no reply)"
  full="$(col "$name" 9 | median)"; req="$(col "$name" 21 | median)"
  rss="$(col "$name" 13 | median)"; cpu="$(col "$name" 14 | median)"; st="$(col "$name" 15 | median)"
  errs="$(awk -F'\t' -v n="$name" '$2 == n { s += $7 + $8 } END { print s + 0 }' "$RESULTS")"
  [[ "$del" == "n/a (no reply)" ]] || del="$(printf '%s (%s/%s)' "$del" "$full" "$req")"
  printf '%-10s %10.1f %9.2f %9.2f %22s %9d %11.3f %11s ms %8s\n' "$name" "$rps" "$(awk -v u="$p50" 'BEGIN{print u/1000}')" \
    "$(awk -v u="$p99" 'BEGIN{print u/1000}')" "$del" $(( ${rss%.*} / 1024 )) "$cpu" "$st" "$errs"
done
echo
awk -F'\t' '$2 == "careerbot" || $2 == "flood" { printf "%s round %s: %d requests, %d conversations started, %d requests continued one; of %d turns (all but each wrk thread'"'"'s last few) %d got exactly their replies, %d short, %d over, %d none; turn errors logged %d (%d cancellations)\n", $2, $1, $6, $16, $19, $21, $9, $10, $11, $20, $17, $18 }' "$RESULTS"
if [[ "$OWN_PG" == 1 ]] && grep -q $'\tcareerbot\t' "$RESULTS"; then
  echo "POSTGRES server_cpu_ms_per_request=$(col careerbot 22 | median) (median; the throwaway server's processes, from /proc, during CareerBot's measured runs)"
fi
if grep -q $'\tcareerbot\t' "$RESULTS"; then
  echo "STARTUP careerbot first_answer_ms=$(col careerbot 15 | median) (median; target < 1500)"
fi
[[ -n "$SOAK_LINE" ]] && echo "$SOAK_LINE (target: rss_mb <= 250 after 10000)"
if [[ "$FLOOD" == 1 ]]; then
  # per round, the flood run against the alone run of the same round (interleaved), then the median across rounds:
  # the p99 ratio, and the bot's CPU per flooder request (its CPU over the flood run less what the normal requests of
  # that run cost at the alone run's rate, over the flooder's requests)
  per_round() {
    awk -F'\t' -v t="$CLK_TCK" '$2 == "careerbot" { p[$1] = $5; n[$1] = $6; c[$1] = $27 }
      $2 == "flood" { q[$1] = $5; m[$1] = $6; d[$1] = $27; f[$1] = $24 }
      END { for (r in q) if (r in p && p[r] > 0 && n[r] > 0 && f[r] > 0)
              printf "%s %.4f\n", q[r] / p[r], (d[r] - c[r] * m[r] / n[r]) * 1000 / t / f[r] }' "$RESULTS"
  }
  us_ms() { awk -v u="$1" 'BEGIN { printf "%.2f", u / 1000 }'; }
  printf 'FLOOD alone: %.1f req/s p50 %s ms p99 %s ms; under flood: %.1f req/s p50 %s ms p99 %s ms; flooder: %.1f req/s, %s requests per run, %s got a reply (admitted + notices), %s refused silently (flood at %s); bot CPU per flooder request %s ms, the flooder'"'"'s own %s ms\n' \
    "$(col careerbot 3 | median)" "$(us_ms "$(col careerbot 4 | median)")" "$(us_ms "$(col careerbot 5 | median)")" \
    "$(col flood 3 | median)" "$(us_ms "$(col flood 4 | median)")" "$(us_ms "$(col flood 5 | median)")" \
    "$(col flood 23 | median)" "$(col flood 24 | median)" "$(col flood 25 | median)" \
    "$(awk -F'\t' '$2 == "flood" { print $24 - $25 }' "$RESULTS" | median)" "$FLOOD_AT" "$(per_round | awk '{ print $2 }' | median)" \
    "$(awk -F'\t' '$2 == "flood" && $24 > 0 { printf "%.4f\n", $28 / $24 }' "$RESULTS" | median)"
  echo "FLOOD p99_ratio=$(per_round | awk '{ print $1 }' | median) (median across rounds of p99 under flood / p99 alone in the same round; target <= 2)"
  exit 0
fi
echo "targets: careerbot >= 1.0x js, >= 8x sdk, p99 <= 25 ms at 16 connections, delivered = 1, RSS <= 250 MB after 10000 conversations, first answer < 1500 ms"

ratio() {   # per-round careerbot/other req/s, median across rounds
  awk -F'\t' -v o="$1" '$2 == "careerbot" { c[$1] = $3 } $2 == o { x[$1] = $3 } END { for (r in c) if (r in x && x[r] > 0) print c[r] / x[r] }' "$RESULTS" | median
}
fmt() { [[ "$1" == nan ]] && echo nan || printf '%.3f' "$1"; }
echo "RATIO careerbot_vs_js=$(fmt "$(ratio js)") careerbot_vs_sdk=$(fmt "$(ratio sdk)") delivered=$(fmt "$(col careerbot 12 | median)")"
