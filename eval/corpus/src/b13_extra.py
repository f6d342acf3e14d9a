# Extra hard cases: several facts in one answer, plans that change in the 3-year answer, AI only planned.
from _lib import X

X("zh", "P", 3, 4, "L2", "several-facts-one-answer years-in-words target-named",
  "experience: 四年 + 完整的订单模块 -> P3 (没带人 irrelevant); threeYear 资深产品经理 -> 4; Claude写PRD -> L2",
  p="在电商做订单和履约，想一直在交易链路上做深。", g="订单异常率降一半。", a="把售后工单都读一遍。",
  t="资深产品经理。", e="做了四年，负责完整的订单模块，没带人，平时用Claude写PRD")

X("en", "P", 2, 3, "L2", "several-facts-one-answer target-named",
  "experience: two years + owns the password-reset feature -> P2; threeYear Senior PM -> 3; Copilot every day -> L2",
  p="Stay in identity and security products.", g="Fewer lockouts.", a="Study the support tickets.",
  t="Senior PM.", e="two years, I own the password-reset feature, no reports, and I use Copilot every day")

X("zh", "M", 3, 4, "L4", "several-facts-one-answer target-named",
  "继续做管理 -> management; team: 带3个人 -> M3; threeYear 产品总监 -> 4; 参与模型微调 -> L4",
  p="继续做管理，带人比自己做更有成就感。", g="团队里出一个能接我班的人。", a="给骨干更多授权。",
  t="三年后做产品总监。", m="带3个人，做了六年，去年还参与了我们推荐模型的微调")

X("en", "M", 2, 3, "L3", "several-facts-one-answer target-named",
  "lead a team -> management; mentors two PMs, no reports -> M2; threeYear Team Lead -> 3; built FAQ bot on the OpenAI API -> L3",
  p="I want to lead a team.", g="Get the two new PMs up to speed.", a="Ask for a lead role at my next review.",
  t="Team Lead.", e="3 years, I mentor two new PMs but have no reports, and I built our FAQ bot on the OpenAI API")

X("zh", "P", 5, 5, "L4", "all-facts-skipped several-facts-one-answer senior-no-reports facts-in-open-answers target-implied",
  "plan: 十年 + 整条医疗影像产品线 -> P5; threeYear no level -> capped 5; 主导影像报告生成模型微调 -> L4",
  p="我做了十年产品，负责整条医疗影像产品线，一直不带人，去年主导了影像报告生成模型的微调。",
  g="让放射科医生每天少写一半报告。", a="跟医院做联合研究。", t="继续深耕医疗影像。")

X("en", "M", 4, 4, "L2", "all-facts-skipped several-facts-one-answer facts-in-open-answers target-named",
  "stay in leadership -> management; runs three teams through their leads -> M4; threeYear Director -> 4; ChatGPT for writing -> L2",
  p="Fourteen years in product, I run three teams through their leads, and I use ChatGPT for most of my writing. I want to stay in leadership.",
  g="Make the three teams one roadmap.", a="Quarterly planning that people actually follow.", t="Director.")

X("en", "P", 1, 2, "L2", "several-facts-one-answer relative-date target-named",
  "experience: graduated in July -> under a year -> P1; threeYear Product Manager owning features -> 2; played with ChatGPT -> L2",
  p="Learn how real products get built.", g="Ship my first feature solo.", a="Ask a lot of questions.",
  t="Product Manager owning a couple of features.", e="graduated in July, no reports, I've played with ChatGPT")

X("en", "P", 3, 4, "L1", "plan-contradicts-threeYear negation target-named",
  "plan/goal want to manage, threeYear (decides) go deep as Principal PM, not manage -> professional; four years -> P3; target 4; none -> L1",
  p="I want to manage a team one day.", g="Lead the squad.", a="Watch how my manager does it.",
  t="Thinking about it more, for the next three years I want to go deep as a Principal PM, not manage.",
  e="four years", ai="none")

X("zh", "M", 2, 3, "L2", "plan-contradicts-threeYear target-named",
  "plan 产品专家 but threeYear (decides) 转管理带小团队 -> management; 带两个新人 -> M2; target 3; ChatGPT -> L2",
  p="想做产品专家。", g="把专业做深。", a="多读书多复盘。",
  t="但三年后还是想转管理，带一个小团队。", e="三年", m="带两个新人", ai="用ChatGPT")

X("zh", "P", 1, 3, "L1", "plan-contradicts-threeYear negation years-in-words target-named",
  "plan 带团队当leader but threeYear (decides) 先不考虑带人、高级产品经理 -> professional; 半年 -> P1; target 3; 没用过 -> L1",
  p="希望以后能带团队当leader。", g="尽快独立负责需求。", a="多跟老同事学。",
  t="三年内还是先把专业打扎实，做到高级产品经理，先不考虑带人。", e="半年", ai="没用过")

X("en", "M", 1, 3, "L2", "plan-contradicts-threeYear years-in-words target-named",
  "plan happy as IC but threeYear (decides) team lead with reports -> management; 10 months -> M1; target 3; user -> L2",
  p="I'm happy as an IC right now.", g="Own onboarding emails.", a="Learn SQL.",
  t="In three years I'd like to be a team lead with a couple of reports.", e="10 months", ai="user")

X("zh", "P", 4, 5, "L1", "future-ai-not-experience moving-into-ai target-named",
  "想转AI产品 (no people aim) -> professional; 核心业务线 -> P4; threeYear 产品专家 -> 5; 还没用过 (RAG/微调只是计划) -> L1",
  p="想转AI产品方向，传统业务做腻了。", g="进入一个做大模型应用的团队。", a="先系统学习。",
  t="三年后成为AI方向的产品专家。", e="六年", s="负责零售会员这条核心业务线",
  ai="还没用过，计划明年系统学RAG和微调")

X("en", "P", 1, 3, "L1", "all-facts-skipped no-level-evidence target-named",
  "no aim to lead; no title, scope or years anywhere -> P1; threeYear Senior PM -> 3; no AI -> L1",
  p="I just want to become a better product person, honestly.", g="Learn.", a="Read, ship, repeat.",
  t="Senior PM would be nice by then.")

X("en", "P", 3, 4, "L3", "lead-wants-expert negation target-named",
  "'rather be the expert than the boss' -> professional, 2 reports ignored; 3.5 years -> P3; threeYear Principal PM -> 4; built a feature on the GPT API -> L3",
  p="I lead two PMs today but I've decided I'd rather be the expert than the boss.", g="Own pricing end to end.",
  a="Hand the team to someone who wants it.", t="Principal PM, no reports.",
  e="3.5 years", m="2 direct reports", ai="built a pricing-explainer feature on the GPT API")

X("zh", "P", 4, 5, "L2", "mixed-language moving-into-ai target-named",
  "想转AI agent方向 (no people aim) -> professional; 五年 -> P4; threeYear AI方向的产品专家 -> 5; ChatGPT/Kimi -> L2",
  p="做了五年传统金融产品，想转AI agent方向。", g="做一个真正能用的投研agent。", a="自学LangChain，多做demo。",
  t="三年内成为AI方向的产品专家。", e="五年", ai="日常用ChatGPT和Kimi")
