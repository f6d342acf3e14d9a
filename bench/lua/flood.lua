-- The flooder of `bench/run.sh --flood`: ONE person in ONE conversation sending messages as fast as wrk can, on its
-- own connections, while interview.lua's normal load runs beside it. Every request is the same person (fixed from.id
-- and aadObjectId, from the fixed conversation id) in the same conversation, so CareerBot's turn limits
-- (src/CareerBot.Application/Turns/TurnRateLimits.cs) refuse all but a burst and a trickle. The bot answers 200
-- either way; a refused turn gets no reply (but one "slow down" notice per interval), so the connector stub's count of
-- this run's turns that got a reply is the admitted turns plus the notices.
--
-- Activity ids are "e1-<tag>-t<thread>-<n>" as in common.lua, so the stub counts replies per turn by <tag>.
-- Arguments (after `--`): serviceUrl, run tag.
local common = dofile((debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./") .. "common.lua")

local threads = {}
local next_tid = 0

function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
  table.insert(threads, thread)
end

function init(args)
  service_url = args[1] or "http://127.0.0.1:9000/"
  tag = args[2] or "flood"
  counter = 0
  tid = tid or 0
  if tid == 0 then counter = -1 end   -- wrk's unsent verification request (see common.lua)
end

local headers = { ["Content-Type"] = "application/json" }
local step = { text = "I want to move into people management and lead a team", locale = "en-US" }

function request()
  local c = counter
  counter = c + 1
  -- common.activity reads the global service_url; one conversation id → one from.id and one aadObjectId
  local id = c < 0 and "e0-probe-t0-0" or string.format("e1-%s-t%d-%d", tag, tid, c)
  return wrk.format("POST", "/api/messages", headers, common.activity(id, "flood-one-person", step))
end

function done(summary, latency, requests)
  local issued = 0
  for _, t in ipairs(threads) do issued = issued + (t:get("counter") or 0) end
  local e = summary.errors
  io.write(string.format(
    "FLOOD requests=%d duration_us=%d rps=%.1f p50_us=%d p99_us=%d non2xx=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d issued=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6), latency:percentile(50),
    latency:percentile(99), e.status, e.connect, e.read, e.write, e.timeout, issued))
end
