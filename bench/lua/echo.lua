-- Load for the baselines (raw Kestrel, stock SDK echo, botbuilder-js echo): the same conversation rotation and
-- activity shape as interview.lua, nine plain text messages per conversation. The fourth wrk argument is the replies
-- each message must produce: 1 for an echo bot, 0 for the raw endpoint (which replies to nobody).
local common = dofile((debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./") .. "common.lua")

local steps = {}
for i = 1, 9 do
  steps[i] = { text = "hello " .. i .. ", this is message " .. i .. " of the conversation", expect = 1 }
end
common.install(steps)

local base_init = init
function init(args)
  base_init(args)
  local e = tonumber(args[4] or "1")
  for i = 1, #steps do steps[i].expect = e end
end
