-- Load for CareerBot: every request is a real interview turn. Each conversation runs the whole interview (start, the
-- four open questions, the four fact questions as typed answers or card taps), alternating zh-CN and en-US by
-- conversation slot, then the slot moves on to a fresh conversation. `expect` is how many replies CareerBot sends
-- for that turn (see bench/README.md); the connector stub checks every turn got exactly that many.
local common = dofile((debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./") .. "common.lua")

local zh = {
  { text = "开始", expect = 1 },                                          -- intro and question 1/8, one message
  { text = "我想在专业上做深，成为产品专家，不想带团队", expect = 1 },      -- question 2/8
  { text = "把我负责的功能做到行业领先", expect = 1 },                      -- 3/8
  { text = "多做项目，系统学习数据分析", expect = 1 },                      -- 4/8
  { text = "三年后成为资深产品经理，负责一条核心业务线", expect = 1 },      -- 5/8 (choice card)
  { text = "两年半", expect = 1 },                                        -- 6/8 (card)
  { value = { { "answerTo", "scope" }, { "scope", "module" } }, expect = 1 }, -- tap → 7/8 (card)
  { value = { { "answerTo", "team" }, { "team", "none" } }, expect = 1 },   -- tap → 8/8 (card)
  { text = "用过ChatGPT写周报", expect = 1 },                              -- summary text above the result card
}
local en = {
  { text = "start", expect = 1 },
  { text = "I want to move into people management and lead a team", expect = 1 },
  { text = "Build a strong, happy product team", expect = 1 },
  { text = "Mentor more juniors and take a management course", expect = 1 },
  { text = "In three years I want to be a product director leading several teams", expect = 1 },
  { text = "five years", expect = 1 },
  { value = { { "answerTo", "scope" }, { "scope", "businessLine" } }, expect = 1 },
  { value = { { "answerTo", "team" }, { "team", "mentor" } }, expect = 1 },
  { text = "I built a RAG-based support agent that runs in production", expect = 1 },
}
for _, s in ipairs(zh) do s.locale = "zh-CN" end
for _, s in ipairs(en) do s.locale = "en-US" end

-- common.install drives one step list; interleave the languages by slot parity inside it.
local steps = {}
for i = 1, #zh do
  steps[i] = { zh = zh[i], en = en[i], expect = zh[i].expect }
  assert(zh[i].expect == en[i].expect, "both languages must expect the same replies per step")
end
common.install(steps)

local base_activity = common.activity
function common.activity(id, conversation, step)
  -- slot parity from the conversation id "<tag>-t<thread>-s<slot>-g<generation>"
  local slot = tonumber(conversation:match("%-s(%d+)%-g"))
  return base_activity(id, conversation, (slot % 2 == 0) and step.zh or step.en)
end
