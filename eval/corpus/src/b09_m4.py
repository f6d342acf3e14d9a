# Management track, level 4 (产品总监 / Product Director): leads several teams or managers, or the title. Target is capped at 4.
from _lib import X

X("zh", "M", 4, 4, "L1", "all-facts-skipped facts-in-open-answers target-implied",
  "继续做管理 -> management; 管两个组长 -> leadOfLeads -> M4; threeYear names no level, capped -> 4; no AI -> L1",
  p="我现在管两个产品组，下面两个组长向我汇报。以后还是继续做管理。",
  g="把两个组的协作打通，别各干各的。", a="定清楚边界，季度对齐一次目标。",
  t="把组织做得更健康，培养出能接班的人。")

X("zh", "M", 4, 4, "L3", "facts-in-open-answers target-named",
  "产品总监 -> management; current title 产品总监 -> M4; threeYear 继续当产品总监 -> 4; builder -> L3",
  p="我是一家在线教育公司的产品总监，想继续在管理岗上发展。", g="把AI学习产品线做成增长引擎。",
  a="搭好AI产品团队，建立评测机制。", t="继续当产品总监，但希望是更大的平台。",
  ai="亲自用大模型API做过作文批改的原型，后来团队做成了正式功能")

X("en", "M", 4, 4, "L4", "all-facts-skipped facts-in-open-answers target-named",
  "Head of Product -> management; title Head of Product, three team leads report to me -> M4; threeYear stay head of product -> 4; owned private deployment and fine-tuning -> L4",
  p="I'm Head of Product at a mid-size insurer; three team leads report to me.",
  g="Make claims handling AI-first.",
  a="I owned our private deployment and fine-tuning program for the claims model last year and want to scale it.",
  t="Stay head of product, ideally at a company where product has a seat at the exec table.")

X("zh", "M", 4, 4, "L2", "other-ladder-title target-implied",
  "继续管团队 -> management; 产品专家 title ignored on management track; 管理3个团队 -> M4; threeYear skipped -> 4; 豆包 -> L2",
  p="职级上我是产品专家，但实际在管理3个团队，想继续做管理。", g="组织提效。",
  m="管理3个团队，每个团队有组长", ai="用豆包")

X("en", "M", 4, 4, "L1", "low-effort canonical-values target-implied",
  "management -> management; leadOfLeads -> M4; threeYear same -> capped 4; no AI -> L1",
  p="management", g="ok", t="same", m="leadOfLeads")

X("zh", "M", 4, 4, "L3", "target-clamped target-named",
  "管理 -> management; 管两个团队 -> M4; threeYear 带好一个团队 (3) below current -> clamped 4; API做过上线功能 -> L3",
  p="想换个节奏，还是做管理，但不想管那么大了。", g="做精。", a="少开会。",
  t="三年内带好一个团队就行。", m="现在管两个团队", ai="调用过大模型API做了智能问答，上线了")

X("en", "M", 4, 4, "L4", "years-in-words target-named",
  "director -> management; manage three managers -> M4; threeYear Product Director -> 4; designed agent platform in production -> L4",
  p="I want to stay a director and grow the org.", g="Build an AI platform team.", a="Hire a strong lead.",
  t="Product Director at a larger company.", e="fifteen years", m="I manage three managers",
  ai="I designed the agent platform our teams build on; it's in production")

X("zh", "M", 4, 4, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "总监 -> management; 产品总监, 下面三个组 -> M4; threeYear 产品总监 -> 4; no AI -> L1",
  p="我是产品总监，下面三个组，二十来个人。", g="把产品团队从成本中心变成利润中心。",
  a="跟业务绑KPI。", t="在更大的平台做产品总监。")

X("en", "M", 4, 4, "L2", "target-implied",
  "leading product org -> management; head of product -> M4; threeYear skipped -> 4; ChatGPT -> L2",
  p="I'm head of product at a 200-person startup. I want to keep leading product orgs.",
  g="Get us to Series C.", ai="ChatGPT for board decks")

X("en", "M", 4, 4, "L3", "plan-contradicts-threeYear target-named",
  "plan mentions going back to IC, threeYear (decides) director -> management; manages two team leads -> M4; threeYear Director -> 4; builder -> L3",
  p="Part of me wants to go back to being an IC.", g="Keep shipping.", a="Stay close to the work.",
  t="But realistically, in three years I'll still be a director, just a better one.",
  m="I manage two team leads", ai="builder")

X("zh", "M", 4, 4, "L2", "mixed-language facts-in-open-answers target-named",
  "head of product -> management; head of product 管3个team -> M4; threeYear director -> 4; ChatGPT -> L2",
  p="我现在是head of product，管3个team。", g="组织scale起来。", a="建流程。",
  t="3年后继续做director，换个大公司。", ai="用ChatGPT")

X("en", "M", 4, 4, "L1", "typo target-named",
  "direcor/director -> management; manage 4 team leeds (leads) -> M4; target 4; none -> L1",
  p="stay in mangement", g="grow org", a="hire", t="direcor", m="i manage 4 team leeds", ai="none")

X("en", "M", 4, 4, "L2", "all-facts-skipped facts-in-open-answers relative-date target-named",
  "director aim -> management; Director of Product since 2022 managing four PM leads -> M4; threeYear director -> 4; Claude -> L2",
  p="I've been Director of Product since 2022, managing four PM leads at a fintech.",
  g="Build a bench of future directors.", a="I use Claude to prep for hard conversations; the rest is coaching.",
  t="Still a director, maybe somewhere bigger.")

X("en", "M", 4, 4, "L4", "target-named",
  "head of product -> management; three teams report to me via their leads -> M4; threeYear Head of Product -> 4; architect -> L4",
  p="I lead product at a logistics company; three teams report to me via their leads.",
  g="Make routing AI-native.", a="Invest in platform.", t="Head of Product.", ai="architect")

X("zh", "M", 4, 4, "L1", "low-effort target-implied",
  "管理 -> management; 管几个组 -> M4; threeYear 随便 -> 4; no AI -> L1",
  p="管理", t="随便", m="管几个组")

X("en", "M", 4, 4, "L2", "senior-no-reports other-ladder-title target-named",
  "director aim -> management; Principal PM title ignored; manages 2 team leads -> M4; threeYear Director -> 4; ChatGPT -> L2",
  p="My title is still Principal PM but I manage two team leads now. I want to stay in leadership.",
  g="Get the title fixed.", a="Ask.", t="Director.", m="2 team leads report to me", ai="ChatGPT")

X("zh", "M", 4, 4, "L4", "all-facts-skipped facts-in-open-answers target-named",
  "总监 -> management; 产品总监，管三个小组 -> M4; threeYear 总监 -> 4; approach 主导设计线上agent平台架构 -> L4",
  p="我是产品总监，管三个小组，在一家做企业服务的公司。", g="把AI agent做成公司第二曲线。",
  a="我主导设计了我们线上的agent平台架构，现在要推到所有业务线。", t="继续做总监，把组织带到下一个台阶。")

X("zh", "M", 4, 4, "L2", "target-named",
  "总监 -> management; 管理多个团队 -> M4; threeYear 总监 -> 4; Kimi -> L2",
  p="做了很多年，从组长一路做上来，还是喜欢管理。", g="让团队自驱。", a="抓文化。",
  t="总监。", m="管理多个团队", ai="Kimi")

X("en", "M", 4, 4, "L1", "target-named",
  "director -> management; manage managers -> M4; threeYear director -> 4; heard of it -> L1",
  p="I manage managers and I like it.", g="Make the org resilient.", a="Succession planning.",
  t="Director, same path.", ai="heard of it")

X("zh", "M", 4, 4, "L3", "all-facts-skipped facts-in-open-answers target-named",
  "总监 -> management; 手下3个组长 -> M4; threeYear 产品总监 -> 4; 调用API做了上线功能 -> L3",
  p="手下3个组长，15个人左右，做跨境电商。", g="全球化。",
  a="我自己用GPT的API做了商品多语言描述生成，现在全站在用。", t="产品总监。")

X("zh", "M", 4, 4, "L1", "title-contradicts-years target-named",
  "总监 -> management; 产品总监 title outranks 四年 -> M4; threeYear 总监 -> 4; none -> L1",
  p="我是产品总监，虽然只做了四年产品，创业公司。想继续做管理。", g="活下去。", a="融资。",
  t="继续做总监。", e="四年", ai="none")

X("en", "M", 4, 4, "L2", "years-in-words target-implied",
  "leading teams -> management; 'I run three teams, each with a lead' -> M4; threeYear idk -> 4; user -> L2",
  p="I run three teams, each with a lead. I want to keep leading.", t="idk honestly",
  e="a bit over ten years", ai="user")

X("zh", "M", 4, 4, "L4", "target-named",
  "总监 -> management; 管两个团队 -> M4; threeYear 产品总监 -> 4; 参与微调 -> L4",
  p="继续走管理路线，往更大的组织走。", g="AI转型。", a="培训。", t="产品总监。",
  m="管两个团队", ai="参与过大模型微调项目的立项和验收")

X("en", "M", 4, 4, "L3", "previous-career target-named",
  "director -> management; manages three PM leads (consulting years irrelevant) -> M4; threeYear Director -> 4; builder -> L3",
  p="Ex-McKinsey, now I manage three PM leads at a SaaS company. I want to keep leading.",
  g="Predictable delivery.", a="Operating cadence.", t="Director.", ai="builder")

X("en", "M", 4, 4, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "head of product -> management; Head of Product, leads of three squads report to me -> M4; threeYear head of product -> 4; no AI -> L1",
  p="Head of Product at a government digital services agency. The leads of three squads report to me.",
  g="Services that work for everyone.", a="Steady hiring.", t="Head of product, maybe at a ministry.")

X("en", "M", 4, 4, "L3", "target-named",
  "Product Director -> management; title Product Director -> M4; threeYear Product Director -> 4; builder -> L3",
  p="I'm a Product Director in health tech. I want to keep leading.", g="AI for triage.",
  a="Keep building.", t="Product Director.", ai="I built an internal tool on the OpenAI API")

X("zh", "M", 4, 4, "L2", "typo target-named",
  "总监 -> management; 管3个组 -> M4; threeYear 总监 -> 4; 用chatgpt -> L2",
  p="想继续做管里", g="团队", a="带人", t="总监", m="管3个组", ai="用chatgpt")

X("zh", "M", 4, 4, "L3", "all-facts-skipped facts-in-open-answers target-implied",
  "管理 -> management; 下面两个产品组长 -> M4; threeYear no level -> 4; 调API做功能 -> L3",
  p="我负责整个会员中心，下面两个产品组长，我的工作主要是带人和定方向。",
  g="会员收入增长30%。", a="我自己也动手，用大模型API做了会员权益推荐，上线了。", t="继续做大。")

X("en", "M", 4, 4, "L4", "target-clamped target-named",
  "team leadership -> management; manage 2 team leads -> M4; threeYear a single team (3) below current -> clamped 4; tuner -> L4",
  p="I want to keep leading but smaller.", g="Less politics.", a="Move to a startup.",
  t="Lead a single team again at a startup.", m="I manage 2 team leads", ai="tuner")

X("en", "M", 4, 4, "L2", "all-facts-skipped facts-in-open-answers target-named",
  "director -> management; Director, several teams -> M4; threeYear director -> 4; ChatGPT -> L2",
  p="Director of product for the consumer apps group, several teams under me.",
  g="Consolidate the apps.", a="ChatGPT helps me write strategy docs faster.", t="Director.")

X("en", "M", 4, 4, "L4", "negation target-named",
  "'not going back to IC' -> management; manages three managers -> M4; threeYear Head of Product -> 4; led private deployment -> L4",
  p="I'm not going back to IC work. I manage three managers.", g="AI-first org.", a="Platform.",
  t="Head of Product.", ai="led the private deployment of our LLM stack")

X("zh", "M", 4, 4, "L2", "title-contradicts-years target-named",
  "总监 -> management; 产品总监 title outranks 三年 -> M4; threeYear 总监 -> 4; 豆包 -> L2",
  p="三年前创业，现在是产品总监，管理是我的方向。", g="活下来。", a="招人。",
  t="总监。", e="三年", ai="豆包")

X("en", "M", 4, 4, "L1", "low-effort target-implied",
  "management -> management; leads of 3 teams report to me -> M4; threeYear dunno -> 4; no AI -> L1",
  p="mgmt", t="dunno", m="leads of 3 teams report to me")

X("zh", "M", 4, 4, "L4", "all-facts-skipped facts-in-open-answers target-named",
  "总监 -> management; 管理三个团队 -> M4; threeYear 总监 -> 4; 设计线上RAG -> L4",
  p="在医疗AI公司管理三个产品团队。", g="合规上线。", a="亲自设计过线上的RAG病历检索架构。", t="总监。")
