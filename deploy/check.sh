#!/usr/bin/env bash
# Checks what can be checked of deploy/ without Docker or Azure: the Dockerfile's build stage done by hand
# (dotnet publish Release, ReadyToRun, with the Web Chat bundle and content in the output), the published app started the way the
# runtime stage starts it (Production, SQLite in a data folder) answering /healthz and /readyz on 127.0.0.1, and the
# compose file parsing as YAML with the services and settings the bot needs. The Bicep template is compiled and linted
# by the tests instead (tests/CareerBot.Bot.Tests/Deploy, with the Bicep CLI from NuGet).
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
pid=""
cleanup() { [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

echo "deploy: publish (the Dockerfile's build stage)"
dotnet publish "$repo_root/src/CareerBot.Bot/CareerBot.Bot.csproj" -c Release -o "$work/app" --nologo -v quiet
test -f "$work/app/wwwroot/lib/webchat.js" || { echo "deploy: the Web Chat bundle is missing from the output" >&2; exit 1; }
test -f "$work/app/content/questions.json" || { echo "deploy: content/ is missing from the output" >&2; exit 1; }
# ReadyToRun (the project's PublishReadyToRun): our assemblies and the SDK's carry a ReadyToRun header, i.e. a non-zero
# ManagedNativeHeader in the CLI header, so the container's first request waits for less JIT.
python3 - "$work/app"/{CareerBot.Bot,CareerBot.Domain,Microsoft.Bot.Builder,Newtonsoft.Json}.dll <<'PY'
import struct, sys
def ready_to_run(path):
    b = open(path, "rb").read()
    pe = struct.unpack_from("<I", b, 0x3C)[0]
    opt = pe + 24
    dirs = opt + (96 if struct.unpack_from("<H", b, opt)[0] == 0x10B else 112)
    cli_rva = struct.unpack_from("<I", b, dirs + 14 * 8)[0]
    sections = opt + struct.unpack_from("<H", b, pe + 20)[0]
    for i in range(struct.unpack_from("<H", b, pe + 6)[0]):
        vsize, va, rsize, rptr = struct.unpack_from("<IIII", b, sections + i * 40 + 8)
        if va <= cli_rva < va + max(vsize, rsize):
            return struct.unpack_from("<I", b, cli_rva - va + rptr + 64)[0] != 0
    return False
missing = [p for p in sys.argv[1:] if not ready_to_run(p)]
if missing:
    sys.exit("deploy: not ReadyToRun: " + ", ".join(missing))
PY

echo "deploy: run it as the runtime stage does"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
mkdir -p "$work/data"
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production Bot__AllowAnonymous=true Storage__Provider=sqlite \
  Storage__ConnectionString="Data Source=$work/data/careerbot.db" \
  exec dotnet CareerBot.Bot.dll --urls "http://127.0.0.1:$port") >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null || { cat "$work/app.log" >&2; echo "deploy: /healthz did not answer" >&2; exit 1; }
curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null || { echo "deploy: /readyz is not ready" >&2; exit 1; }
code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/v3/directline/tokens/generate" -X POST)"
[[ "$code" == "404" ]] || { echo "deploy: Direct Line must be off in Production without a secret (got $code)" >&2; exit 1; }
test -f "$work/data/careerbot.db" || { echo "deploy: the SQLite database was not created in the data folder" >&2; exit 1; }

echo "deploy: compose file"
python3 - "$repo_root/deploy/compose.yaml" <<'PY'
import sys, yaml
compose = yaml.safe_load(open(sys.argv[1]))
bot, db = compose["services"]["bot"], compose["services"]["db"]
env = bot["environment"]
for key in ("MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "Storage__Provider", "Storage__ConnectionString"):
    assert key in env, f"compose: bot lacks {key}"
assert bot["build"]["dockerfile"] == "deploy/Dockerfile"
assert db["healthcheck"], "compose: db needs a health check for depends_on"
print("compose: ok")
PY
echo "deploy: ok (the Bicep template is checked by tests/CareerBot.Bot.Tests/Deploy)"
