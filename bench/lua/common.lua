-- Shared by the bench's wrk scripts: Teams-style message activities over many distinct conversations.
--
-- Conversations: each wrk thread keeps `slots` conversations going at once. Request number c of a thread goes to
-- slot c % slots, as step (c // slots) % #steps of that slot's current conversation; after the last step the slot
-- starts a fresh conversation (new conversation id and new user id). A conversation's next turn is therefore issued
-- only after `slots - 1` other requests of the same thread, while at most (connections / threads) requests of a
-- thread are in flight, so a conversation never has two turns in flight at once unless one request takes longer
-- than hundreds of others (which would show as a short/over turn in the connector stub's counts).
--
-- Activity ids are "e<expected>-<tag>-t<thread>-<n>": <expected> is how many replies the turn must produce; the
-- connector stub reads it from the replyToId of each reply and counts the turns that got exactly that many. done()
-- prints how many requests each thread issued, so the stub can also count the turns that got no reply at all.
--
-- Arguments (after `--` on the wrk command line): serviceUrl, run tag, slots per thread.

local M = {}

local threads = {}
local next_tid = 0

function M.install(steps)
  function setup(thread)
    thread:set("tid", next_tid)
    next_tid = next_tid + 1
    table.insert(threads, thread)
  end

  function init(args)
    service_url = args[1] or "http://127.0.0.1:9000/"
    tag = args[2] or "run"
    slots = tonumber(args[3] or "500")
    counter = 0
    conversations = 0
    expected_issued = 0
    tid = tid or 0
    -- wrk calls request() once on the first thread's state before the run, only to check the request parses
    -- (script_verify_request), and never sends it: let that call build a throwaway request (-1) so request 0 is real
    if tid == 0 then counter = -1 end
  end

  local headers = { ["Content-Type"] = "application/json" }

  function request()
    local c = counter
    counter = c + 1
    if c < 0 then
      return wrk.format("POST", "/api/messages", headers, M.activity("e0-probe-t0-0", "probe-t0-s0-g0", steps[1]))
    end
    local slot = c % slots
    local round = math.floor(c / slots)
    local step = round % #steps + 1
    local generation = math.floor(round / #steps)
    if step == 1 then
      conversations = conversations + 1   -- every conversation's first step is where it starts
    end
    local s = steps[step]
    expected_issued = expected_issued + s.expect
    local conversation = string.format("%s-t%d-s%d-g%d", tag, tid, slot, generation)
    local id = string.format("e%d-%s-t%d-%d", s.expect, tag, tid, c)
    return wrk.format("POST", "/api/messages", headers, M.activity(id, conversation, s))
  end

  function done(summary, latency, requests)
    local conversations_total, issued, expected, per_thread = 0, 0, 0, {}
    for _, t in ipairs(threads) do
      -- conversations started = first steps issued, so (issued - conversations) requests continued a conversation
      conversations_total = conversations_total + (t:get("conversations") or 0)
      issued = issued + (t:get("counter") or 0)
      per_thread[#per_thread + 1] = tostring(t:get("counter") or 0)   -- in thread id order (setup order)
      expected = expected + (t:get("expected_issued") or 0)
    end
    local e = summary.errors
    io.write(string.format(
      "BENCH requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d non2xx=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d conversations=%d issued=%d continuing=%d expected_replies_issued=%d issued_per_thread=%s\n",
      summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
      e.status, e.connect, e.read, e.write, e.timeout, conversations_total, issued, issued - conversations_total, expected, table.concat(per_thread, ",")))
  end
end

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(ch)
    if ch == '"' then return '\\"' elseif ch == '\\' then return '\\\\' end
    return string.format("\\u%04x", ch:byte())
  end) .. '"'
end
M.json_string = json_string

-- A message as Teams sends it to a bot (personal chat): text, or a card tap (`value`, no text).
function M.activity(id, conversation, step)
  local user = "29:u-" .. conversation
  -- Each conversation is another person, as in Teams: the object id names the person (all of a person's
  -- conversations share one document, so one object id for every user would make every finishing turn queue on it).
  local aad = "aad-" .. conversation
  local content
  if step.value then
    local fields = {}
    for _, kv in ipairs(step.value) do
      fields[#fields + 1] = json_string(kv[1]) .. ":" .. json_string(kv[2])
    end
    content = '"value":{' .. table.concat(fields, ",") .. '}'
  else
    content = '"text":' .. json_string(step.text)
  end
  return '{"type":"message","id":"' .. id .. '","timestamp":"' .. os.date("!%Y-%m-%dT%H:%M:%S.000Z")
    .. '","channelId":"msteams","serviceUrl":"' .. service_url .. '",'
    .. '"from":{"id":"' .. user .. '","name":"Bench User","aadObjectId":"' .. aad .. '"},'
    .. '"recipient":{"id":"28:careerbot","name":"CareerBot"},'
    .. '"conversation":{"id":"' .. conversation .. '","conversationType":"personal","tenantId":"bench-tenant"},'
    .. '"channelData":{"tenant":{"id":"bench-tenant"}},'
    .. '"locale":"' .. (step.locale or "en-US") .. '",' .. content .. '}'
end

return M
