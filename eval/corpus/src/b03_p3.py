# Professional track, level 3 (高级产品经理 / Senior PM): the title, a complete module, or 3 to under 5 years.
from _lib import X

X("zh", "P", 3, 4, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "plan: 现在是高级产品经理 -> P3; threeYear 资深产品经理/整条收单业务线 -> 4; no AI -> L1",
  p="我现在是高级产品经理，在一家跨境支付公司负责收单模块。", g="把收单成功率再提两个点。",
  a="多跟渠道和风控对齐，深入研究各国支付习惯。",
  t="三年内成为资深产品经理，负责整条收单业务线。")

X("en", "P", 3, 4, "L2", "canonical-values target-named",
  "scope module / four years -> P3; threeYear Principal PM -> 4; ai user -> L2",
  p="Keep doing product in proptech.", g="Make listings better.", a="Interviews and data.",
  t="Principal PM.", e="four years", s="module", ai="user")

X("en", "P", 3, 5, "L3", "years-in-words target-named",
  "a bit over four years -> P3; threeYear Product Expert -> 5; built an AI summary feature on Azure OpenAI -> L3",
  p="I want to keep going deeper on the product side of B2B analytics.", g="Make dashboards self-explaining.",
  a="Learn more stats, spend time with power users.", t="Product Expert, ideally for analytics.",
  e="a bit over four years",
  ai="we built an AI summary feature on Azure OpenAI; I wrote the spec and the prompt chain")

X("zh", "P", 3, 5, "L2", "negation years-in-words target-named",
  "不想当leader -> professional; 三年多 -> P3; threeYear 产品专家 -> 5; 用通义写需求文档 -> L2",
  p="我不想当leader，想成为领域专家。", g="在物流调度这块做到行业顶尖。", a="读论文、跑现场、做复盘。",
  t="三年内成为产品专家。", e="三年多", ai="用通义写需求文档")

X("zh", "P", 3, 4, "L1", "title-contradicts-years facts-in-open-answers years-in-words target-named",
  "explicit title 高级产品经理 outranks 一年半 -> P3; threeYear 资深 -> 4; no AI -> L1",
  p="我是高级产品经理，虽然才做了一年半，公司给的title比较高。", g="让能力配得上title。",
  a="补齐数据分析和商业化的短板。", t="三年内做到资深产品经理。", e="一年半")

X("en", "P", 3, 5, "L4", "title-contradicts-years facts-in-open-answers years-in-words canonical-values target-named",
  "explicit title Senior PM outranks fourteen months -> P3; threeYear whole product line -> 5; ai architect -> L4",
  p="I got the Senior PM title because my startup grew fast. Fourteen months in product total.",
  g="Earn the title.", a="Ship the agent platform and learn from it.",
  t="I'd like to own a whole product line.", ai="architect")

X("en", "P", 3, 4, "L3", "all-facts-skipped facts-in-open-answers target-named",
  "plan: Senior PM owning a whole module -> P3; threeYear Principal PM -> 4; built a draft assistant on the OpenAI API -> L3",
  p="Senior PM at a B2B SaaS company (HR tech); I own the whole performance-review module.",
  g="Make reviews take half the time.",
  a="I've been running our AI features - I built the self-review draft assistant on the OpenAI API - and I'll keep pushing that.",
  t="Principal PM, owning the talent business line.")

X("zh", "P", 3, 5, "L2", "mixed-language lead-wants-expert negation target-named",
  "senior PM -> P3 (带3个人 ignored: threeYear 不想走管理); threeYear 产品专家 -> 5; 用ChatGPT -> L2",
  p="我现在是senior PM，带3个人。", g="把增长模型跑通。", a="多实验、多复盘。",
  t="三年后想成为产品专家，不想走管理。", ai="用ChatGPT")

X("en", "P", 3, 4, "L1", "relative-date target-named",
  "PM since 2022 -> about four years -> P3; threeYear Principal -> 4; ai none -> L1",
  p="Stay an individual contributor in mobility products.", g="Better driver app.", a="Ride along with drivers.",
  t="Principal.", e="since 2022", ai="none")

X("zh", "P", 3, 4, "L3", "years-in-words target-named",
  "将近五年 = under 5 -> P3; threeYear 核心业务线 -> 4; 调用Claude API做了上线功能 -> L3",
  p="继续做SaaS客服系统。", g="把工单流转效率提上去。", a="研究客户的真实工作流。",
  t="三年后负责一条核心业务线。", e="将近五年", ai="调用Claude API做过智能客服分流，已上线")

X("en", "P", 3, 4, "L1", "low-effort canonical-values target-implied",
  "experience 4 -> P3; threeYear idk -> 4; no AI -> L1",
  p="no idea", t="idk", e="4")

X("zh", "P", 3, 4, "L4", "lead-wants-expert canonical-values target-implied",
  "想在专业上深耕 -> professional; scope module -> P3 (team lead ignored); threeYear skipped -> 4; ai architect -> L4",
  p="想在专业上继续深耕，不再扩大团队。", g="把推荐系统的产品化做完。",
  s="module", m="lead", ai="architect")

X("en", "P", 3, 4, "L2", "previous-career years-in-words target-named",
  "PM three and a half years (ten consulting years do not count) -> P3; threeYear Principal PM -> 4; ChatGPT for slides -> L2",
  p="I spent 10 years in consulting and have been a PM for three and a half years. I want to go deep, not wide.",
  g="Own pricing.", a="Use my consulting toolkit on pricing research.",
  t="Principal PM.", ai="ChatGPT for slide drafts")

X("zh", "P", 3, 5, "L4", "other-ladder-title negation years-in-words target-named",
  "产品总监 is a management title, ignored on professional track (不想管人); 三年半 -> P3; threeYear 产品专家 -> 5; 私有化部署过DeepSeek -> L4",
  p="名片上写的是产品总监，其实公司小就我一个产品。不想管人，想做产品专家。",
  g="把产品做成行业标杆。", a="多参加行业会议，多写文章。",
  t="成为产品专家。", e="三年半", ai="私有化部署过DeepSeek，给客户做内网问答")

X("en", "P", 3, 4, "L2", "scope-contradicts-years target-named",
  "scope 'full onboarding module' outranks 2 years -> P3; threeYear Principal PM -> 4; ai user -> L2",
  p="Keep growing in consumer fintech.", g="Halve onboarding drop-off.", a="Lots of usability tests.",
  t="Principal PM.", e="2 years", s="I own the full onboarding module end to end", ai="user")

X("zh", "P", 3, 4, "L1", "scope-contradicts-years target-named",
  "scope 完整的功能模块 outranks 八年 -> P3; threeYear 资深产品经理 -> 4; 没有 -> L1",
  p="在制造业信息化做了很久，想继续做。", g="把MES报工做顺。", a="多下车间。",
  t="资深产品经理。", e="八年", s="完整的功能模块", ai="没有")

X("zh", "P", 3, 4, "L2", "plan-contradicts-threeYear negation target-named",
  "plan 想带团队 but threeYear (decides) 不走管理、资深产品经理 -> professional; 四年 -> P3; target 4; Copilot -> L2",
  p="我一直想带团队，做管理。", g="把业务做大。", a="多争取资源。",
  t="但最近想明白了，三年内要做成业务专家，成为资深产品经理，不走管理。",
  e="四年", ai="用Copilot写代码和文档")

X("en", "P", 3, 4, "L4", "target-named",
  "3.5 years -> P3; threeYear Principal PM owning fraud core business line -> 4; ran labeling/eval for a fine-tuned model -> L4",
  p="I'd like to become the go-to expert on fraud.", g="Cut chargebacks.", a="Work closely with risk analysts.",
  t="Principal PM owning the fraud core business line.", e="3.5 years",
  ai="we fine-tuned a small model for fraud text classification; I ran the labeling and the eval")

X("zh", "P", 3, 4, "L1", "all-facts-skipped low-effort facts-in-open-answers target-implied",
  "plan: 高级产品经理，四年 -> P3; threeYear 再升一级 names no level -> 4; no AI -> L1",
  p="高级产品经理，四年，做saas", g="随便", a="随便", t="再升一级")

X("en", "P", 3, 3, "L2", "canonical-values target-named",
  "scope module / three years -> P3; threeYear names senior PM = current -> 3; ai user -> L2",
  p="Find a calmer company.", g="Do solid work.", a="Keep learning.",
  t="Senior PM still, but at a bigger company.", e="three years", s="module", ai="user")

X("zh", "P", 3, 4, "L3", "years-in-words target-named",
  "整整三年 -> P3; threeYear 资深 -> 4; 调接口做过推荐文案功能 -> L3",
  p="继续做内容电商。", g="提高种草转化。", a="研究达人和用户。",
  t="三年内做到资深产品经理。", e="整整三年", ai="做过基于大模型的推荐文案生成功能（调接口）")

X("en", "P", 3, 5, "L2", "all-facts-skipped facts-in-open-answers relative-date target-named",
  "plan: in product since 2022, owning the claims-status module -> P3; threeYear Product Expert -> 5; Claude for user stories -> L2",
  p="Been in product since 2022 at a health insurer, owning the claims-status module.",
  g="Members should never have to call about a claim.", a="I use Claude to draft user stories so I have more time for research.",
  t="Product Expert in health insurance.")

X("en", "P", 3, 4, "L3", "typo canonical-values target-named",
  "title senoir product manger (Senior PM) -> P3; threeYear principle (principal) PM -> 4; ai builder -> L3",
  p="stay ic", g="ship", a="work", t="principle PM", e="senoir product manger, 4 yrs", ai="builder")

X("zh", "P", 3, 5, "L2", "previous-career years-in-words target-named",
  "转产品三年半 (策划经历不算) -> P3; threeYear 产品专家 -> 5; 写prompt生成素材 -> L2",
  p="我是游戏系统策划转的产品，想在游戏商业化方向做深。", g="把付费设计做成方法论。", a="复盘每个版本。",
  t="成为游戏商业化的产品专家。", e="转产品三年半", ai="用AI生成美术素材，自己写prompt")

X("en", "P", 3, 4, "L4", "canonical-values target-named",
  "module / 4 years -> P3; threeYear Principal -> 4; designed and shipped multi-agent triage -> L4",
  p="Go deeper on support tooling.", g="Fewer escalations.", a="Keep iterating on the agents.",
  t="Principal.", e="4 years", s="module",
  ai="I designed and shipped a multi-agent triage system for our support team")

X("zh", "P", 3, 5, "L4", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: 四年多, 负责整个题库模块 -> P3; threeYear 整条K12产品线 -> 5; approach: 题目讲解RAG架构在线上跑 -> L4",
  p="做了四年多的教育产品，目前负责整个题库模块。", g="把讲解的准确率做到让老师放心。",
  a="和算法一起设计了题目讲解的RAG架构，已经在线上跑了半年，接下来做评测体系。",
  t="负责整条K12产品线。")

X("en", "P", 3, 4, "L1", "negation years-in-words target-named",
  "'not interested in people management' -> professional; four and a half years -> P3; threeYear Principal -> 4; never tried -> L1",
  p="Not interested in people management. I want to stay an IC.", g="Be the best PM on the team.",
  a="Deliberate practice.", t="Principal.", e="four and a half years", ai="heard of it, never tried")

X("zh", "P", 3, 4, "L2", "canonical-values target-named",
  "scope module -> P3; threeYear 资深产品经理 -> 4; ai user -> L2",
  p="专注做好B端产品。", g="客户满意度提升。", a="多拜访客户。", t="资深产品经理。",
  e="3", s="module", m="none", ai="user")

X("en", "P", 3, 4, "L4", "mixed-language facts-in-open-answers target-named",
  "plan: 高级产品经理 owning the app module -> P3; threeYear Principal PM -> 4; took part in private Qwen deployment -> L4",
  p="I'm a 高级产品经理 at a Shenzhen hardware company, owning the smart-home app module.",
  g="Make the app stop being the reason people return devices.", a="Field visits.",
  t="Become a Principal PM.",
  ai="we deployed a private Qwen model for the device voice assistant; I owned the requirements")

X("en", "P", 3, 4, "L1", "low-effort canonical-values target-implied",
  "scope module -> P3; threeYear idk -> 4; no AI -> L1",
  p="idk", t="idk", s="module")

X("zh", "P", 3, 4, "L2", "moving-into-ai target-named",
  "四年 -> P3; threeYear AI方向的资深产品经理 -> 4; 用ChatGPT写PRD -> L2",
  p="在传统零售做了四年产品，想转AI产品。", g="进一个做AI导购的团队。", a="自学，做作品集。",
  t="三年内成为AI方向的资深产品经理。", e="四年", ai="用过ChatGPT写PRD")

X("en", "P", 3, 5, "L1", "years-in-words target-named",
  "a bit over four years -> P3; threeYear entire product line -> 5; none -> L1",
  p="Keep going in marketplaces.", g="Grow supply.", a="Talk to sellers.",
  t="I'd love to own an entire product line.", e="a bit over four years", ai="none")

X("zh", "P", 3, 4, "L2", "all-facts-skipped mixed-language several-facts-one-answer facts-in-open-answers target-named",
  "plan: Senior PM, 搜索模块, 三年半 -> P3; threeYear principal -> 4; 用GPT写PRD -> L2",
  p="我是Senior PM，负责电商搜索模块，做了三年半，平时用GPT写PRD。", g="搜索GMV占比提升。",
  a="多做query分析。", t="三年内做到principal。")

X("en", "P", 3, 4, "L3", "lead-wants-expert relative-date target-named",
  "'move back to IC work' -> professional, two PMs ignored; since 2022 -> about four years -> P3; threeYear Principal PM -> 4; ai builder -> L3",
  p="I want to move back to IC work, I miss building.", g="Own a hard problem again.", a="Hand the team over.",
  t="Principal PM.", e="since 2022", m="I lead two PMs", ai="builder")

X("zh", "P", 3, 4, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "plan: 负责电子证照模块 -> scope module -> P3; threeYear 资深产品经理 -> 4; no AI -> L1",
  p="在政务云公司负责电子证照模块。", g="让更多事项实现免证办。", a="跟着委办局跑需求。",
  t="三年内成为资深产品经理。")

X("en", "P", 3, 5, "L3", "canonical-values target-named",
  "module / 3 years -> P3; threeYear Product Expert -> 5; smart reply on GPT API in production -> L3",
  p="Become an expert in messaging products.", g="Better replies.", a="Research.",
  t="Product Expert.", e="3 years", s="module",
  ai="I built a smart reply feature using the GPT API, it's in production")

X("zh", "P", 3, 4, "L4", "target-named",
  "四年 -> P3; threeYear 资深 -> 4; 参与过大模型微调 -> L4",
  p="深耕客服领域。", g="提升自助解决率。", a="数据驱动。",
  t="资深产品经理。", e="四年", ai="参与过大模型微调（客服场景），写了数据标注规范")

X("en", "P", 3, 4, "L1", "all-facts-skipped low-effort facts-in-open-answers target-implied",
  "plan: I'm a senior PM -> P3; threeYear dunno -> 4; no AI -> L1",
  p="I'm a senior PM. no real plan.", g="dunno", t="dunno")

X("zh", "P", 3, 4, "L2", "typo target-named",
  "高级产品经里(经理) -> P3; threeYear 资深产品经里 -> 4; 文心一言 -> L2",
  p="高级产品经里，做了3年", g="做好", a="学习", t="想做到资深产品经里", ai="用过文心一言问问题")

X("zh", "P", 3, 5, "L3", "years-in-words target-named",
  "四年出头 -> P3; threeYear 一整条产品线 -> 5; 调API做评价总结已上线 -> L3",
  p="做电商评价和UGC。", g="让评价更可信。", a="研究用户心理。",
  t="负责一整条产品线。", e="四年出头", ai="调用大模型API做了商品评价总结功能，上线了")

X("en", "P", 3, 5, "L2", "all-facts-skipped facts-in-open-answers target-named",
  "plan: title Senior Product Manager, owns matchmaking module -> P3; threeYear Product Expert -> 5; ChatGPT for patch notes -> L2",
  p="My title says Senior Product Manager and I own the matchmaking module at a games company.",
  g="Fair matches, shorter queues.", a="I already use ChatGPT for patch notes; more time for data.",
  t="Product Expert for multiplayer systems.")

X("zh", "P", 3, 4, "L4", "several-facts-one-answer years-in-words target-named",
  "experience: 三年半 + 完整的功能模块 -> P3; threeYear 资深 -> 4; 自己设计过RAG知识库并上线 -> L4",
  p="在企业服务领域继续做。", g="把知识库做成爆款。", a="多看客户场景。",
  t="资深产品经理。", e="做了三年半，负责一个完整的功能模块，自己设计过一个RAG知识库并上线")

X("en", "P", 3, 4, "L1", "previous-career target-named",
  "three years as PM (five as UX researcher do not count) -> P3; threeYear Principal PM -> 4; none -> L1",
  p="Five years as a UX researcher, three years as PM. I want depth.", g="Research-led roadmap.",
  a="Keep the research muscle.", t="Principal PM.", ai="none")

X("zh", "P", 3, 4, "L1", "low-effort canonical-values target-implied",
  "experience 4 -> P3; threeYear 没想好 -> 4; no AI -> L1",
  p="没想好", t="没想好", e="4")

X("en", "P", 3, 3, "L2", "canonical-values target-named",
  "module / four years -> P3; threeYear names Senior PM = current -> 3; ai user -> L2",
  p="Better work-life balance.", g="Steady delivery.", a="Boundaries.",
  t="Senior PM at a better company.", e="four years", s="module", ai="user")

X("zh", "P", 3, 4, "L3", "all-facts-skipped mixed-language facts-in-open-answers target-named",
  "plan: 三年多, own对账模块 -> P3; threeYear principal PM -> 4; approach: 调GPT API的AI对账feature已灰度 -> L3",
  p="三年多PM经验，own支付里的对账模块。", g="对账差错率降到万分之一。",
  a="在做AI对账的feature，调的是GPT的API，已经灰度上线。", t="3年后principal PM。")
