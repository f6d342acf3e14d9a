# Professional track, level 4 (资深产品经理 / Principal PM): the title, a core business line, or 5 to under 8 years.
from _lib import X

X("zh", "P", 4, 5, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "plan: 资深产品经理 + 财富管理核心业务线 -> P4; threeYear 产品专家 -> 5; no AI -> L1",
  p="资深产品经理，在一家券商负责财富管理这条核心业务线。", g="把基金投顾做成行业前三。",
  a="深入研究投资者行为，和投研团队紧密合作。", t="三年内成为公司的产品专家。")

X("en", "P", 4, 5, "L2", "canonical-values target-named",
  "scope businessLine / six years -> P4; threeYear Product Expert -> 5; ai user -> L2",
  p="Stay in travel, go deeper.", g="Own hotel supply end to end.", a="Partner with ops.",
  t="Product Expert.", e="six years", s="businessLine", ai="user")

X("en", "P", 4, 5, "L3", "years-in-words canonical-values target-implied",
  "five and a half years -> P4; threeYear skipped -> 5; ai builder -> L3",
  p="Keep owning growth at a consumer app.", g="Re-accelerate signups.", e="five and a half years", ai="builder")

X("zh", "P", 4, 5, "L4", "target-named",
  "scope 一条核心业务线 -> P4; threeYear 整条消费金融产品线 -> 5; 私有化部署大模型的产品owner -> L4",
  p="继续深耕消费金融。", g="把贷后做成智能化。", a="多和风控、催收一线交流。",
  t="负责整条消费金融产品线。", e="六年", s="一条核心业务线——信贷",
  ai="私有化部署过大模型做贷后催收话术质检，我是产品owner")

X("zh", "P", 4, 5, "L2", "title-contradicts-years facts-in-open-answers target-named",
  "explicit title 资深产品经理 outranks 三年 -> P4; threeYear 产品专家 -> 5; 用Kimi读文档 -> L2",
  p="我是资深产品经理，其实才做了三年，跳槽时谈下来的title。", g="证明自己配得上。",
  a="拿结果说话。", t="成为产品专家。", ai="用Kimi读长文档")

X("en", "P", 4, 5, "L1", "relative-date target-named",
  "PM since 2019 -> about seven years -> P4; threeYear full product line -> 5; none -> L1",
  p="Keep building logistics software.", g="Make the TMS the best in the region.", a="Customer visits.",
  t="Own the full product line.", e="since 2019", ai="none")

X("zh", "P", 4, 5, "L2", "years-in-words target-named",
  "七年多 = 7.x, under 8 -> P4; threeYear 产品专家 -> 5; 用ChatGPT写邮件 -> L2",
  p="在外贸SaaS继续做。", g="做出海外客户口碑。", a="多和海外客户开会。",
  t="三年内成为产品专家。", e="七年多", ai="用ChatGPT写英文邮件")

X("en", "P", 4, 5, "L4", "previous-career canonical-values target-named",
  "six years as PM (twelve engineering years do not count) -> P4; threeYear Product Expert -> 5; ai tuner -> L4",
  p="Twelve years as an engineer, then six years as PM. I want to be the expert, not the boss.",
  g="Own the ML platform roadmap.", a="Keep one foot in the code.",
  t="Product Expert.", e="PM for six years", ai="tuner")

X("zh", "P", 4, 5, "L3", "lead-wants-expert negation target-named",
  "有5个下属 but 更想回到一线做专业 -> professional, team ignored; 六年 -> P4; threeYear 产品专家 -> 5; API做智能报表已上线 -> L3",
  p="带了三年团队，现在有5个下属，但我更想回到一线做专业，不想继续做管理了。",
  g="把数据产品做成公司核心竞争力。", a="把团队交出去，自己扎进业务。",
  t="成为数据产品方向的产品专家。", e="六年", ai="调用过大模型API做智能报表，已上线")

X("en", "P", 4, 4, "L3", "target-clamped facts-in-open-answers target-named",
  "plan: Principal PM -> P4; threeYear names Senior PM (3), below current -> clamped to 4; ai builder -> L3",
  p="I'm a Principal PM and honestly I'm tired. I want a calmer life.", g="Do good work without the chaos.",
  a="Pick a smaller company.", t="I'd happily take a Senior PM role at a smaller company.", ai="builder")

X("zh", "P", 4, 5, "L1", "negation canonical-values target-implied",
  "不想做管理 -> professional; scope businessLine -> P4 (team lead ignored); threeYear skipped -> 5; AI skipped -> L1",
  p="专注产品本身，不想做管理。", g="把业务做深。", e="5", s="businessLine", m="lead")

X("en", "P", 4, 5, "L3", "mixed-language facts-in-open-answers target-named",
  "plan: 资深产品经理 owning the 到店 core business line -> P4; threeYear Product Expert -> 5; built summarizer on Wenxin API -> L3",
  p="I'm a 资深产品经理 at a local-services platform, owning the 到店 core business line.",
  g="Win back merchants.", a="Merchant councils every month.",
  t="Product Expert.", ai="We built an AI review summarizer on the Wenxin API, I led the product side")

X("zh", "P", 4, 5, "L2", "plan-contradicts-threeYear target-named",
  "plan/goal want 总监/带小组 but threeYear (decides) 走专家路线 -> professional; 七年 -> P4; 产品专家 -> 5; Copilot -> L2",
  p="以前一直想当总监带团队。", g="入职后希望能带一个小组。", a="多沟通多协调。",
  t="不过三年规划我还是想走专家路线，成为产品专家。", e="七年", ai="用Copilot")

X("en", "P", 4, 5, "L4", "all-facts-skipped facts-in-open-answers target-named",
  "plan: principal PM owning the core lending business line -> P4; threeYear product expert -> 5; helped design production agent+RAG architecture -> L4",
  p="I own the core lending business line at a neobank as a principal PM.",
  g="Approve good borrowers in minutes.",
  a="I helped design the agent + RAG architecture that runs our underwriting assistant in production, and I want to scale that pattern.",
  t="Product expert across all of lending.")

X("zh", "P", 4, 5, "L2", "scope-contradicts-years canonical-values target-named",
  "scope businessLine outranks 两年 -> P4; threeYear 产品专家 -> 5; ai user -> L2",
  p="继续做新能源车的车机产品。", g="做出口碑。", a="用户共创。",
  t="产品专家。", e="两年", s="businessLine", ai="user")

X("en", "P", 4, 5, "L1", "target-named",
  "7 years -> P4; threeYear whole product line / Product Expert -> 5; none -> L1",
  p="Healthcare billing, forever apparently.", g="Fewer denied claims.", a="Work with coders.",
  t="Product Expert someday; in three years at least a whole product line.", e="7 years", ai="none")

X("zh", "P", 4, 5, "L1", "low-effort canonical-values target-implied",
  "experience 6 -> P4; threeYear 不知道 -> 5; no AI -> L1",
  p="没想过", t="不知道", e="6")

X("zh", "P", 4, 5, "L1", "typo target-named",
  "资深产品经里(经理) -> P4; threeYear 产品专家 -> 5; 没 -> L1",
  p="资深产品经里，负责支付核心业务线", g="稳定", a="学习", t="产品专家", ai="没")

X("en", "P", 4, 4, "L3", "target-named",
  "five years -> P4; threeYear names Principal = current -> 4; ai builder -> L3",
  p="Join a bigger company.", g="Learn how big tech does it.", a="Network.",
  t="Stay Principal but at a FAANG.", e="five years", ai="builder")

X("zh", "P", 4, 5, "L4", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: 五年半 + 网约车核心业务线 -> P4; threeYear 整条出行产品线 -> 5; approach: 参与司机端语音助手模型微调 -> L4",
  p="在一家出行公司做了五年半产品，负责网约车这条核心业务线。", g="提升司机接单体验。",
  a="去年参与了司机端语音助手的模型微调，今年想推动私有化部署。", t="三年后负责整条出行产品线。")

X("en", "P", 4, 5, "L2", "senior-no-reports facts-in-open-answers target-named",
  "plan: Principal PM with zero reports -> P4; threeYear Product Expert -> 5; ai user -> L2",
  p="Principal PM with zero reports, by choice. I like the work itself.", g="Make onboarding great.",
  a="Depth over breadth.", t="Product Expert.", ai="user")

X("zh", "P", 4, 5, "L2", "other-ladder-title negation target-named",
  "产品总监 title ignored on professional track (不想走管理); scope 供应链核心业务线 -> P4; threeYear 产品专家 -> 5; 豆包 -> L2",
  p="公司给我的title是产品总监，但我没下属，做的是供应链这条核心业务线。不想走管理，想当专家。",
  g="把供应链做透。", a="跑工厂。", t="产品专家。", ai="用豆包写周报")

X("en", "P", 4, 5, "L4", "canonical-values target-named",
  "core business line / 6.5 years -> P4; threeYear owning all of payments as product line -> 5; ai architect -> L4",
  p="Stay deep in payments.", g="Payouts in seconds.", a="Rails, rails, rails.",
  t="Own all of payments as the product line owner.", e="6.5 years",
  s="core business line: merchant payouts", ai="architect")

X("zh", "P", 4, 5, "L2", "mixed-language target-named",
  "做了六年 + own整个会员core业务线 -> P4; threeYear product expert -> 5; GPT和Claude -> L2",
  p="做了六年PM，目前own整个会员core业务线。", g="会员续费率提升。", a="精细化运营。",
  t="3年内成为product expert。", ai="用GPT和Claude")

X("en", "P", 4, 5, "L1", "low-effort canonical-values target-implied",
  "experience 6 -> P4; threeYear dunno -> 5; no AI -> L1",
  p="same as now", t="dunno", e="6")

X("zh", "P", 4, 5, "L4", "target-named",
  "五年 -> P4 (不带人 irrelevant); threeYear 产品专家 -> 5; 参与过Llama微调 -> L4",
  p="继续做法律科技。", g="做出好用的合同审查。", a="和律师一起打磨。",
  t="产品专家。", e="五年", m="不带人", ai="参与过Llama微调，负责数据和评测")

X("en", "P", 4, 5, "L1", "previous-career target-named",
  "PM for 5 (ten years as a doctor do not count) -> P4; threeYear Product Expert -> 5; none -> L1",
  p="I was a doctor for 10 years and have been a PM for 5.", g="Make clinical software humane.",
  a="Stay close to clinicians.", t="Product Expert in clinical software.", ai="none")

X("zh", "P", 4, 5, "L3", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: 资深产品经理, 六七年 (either way 5-8) -> P4; threeYear 产品专家 -> 5; approach: API做智能工单分类已上线 -> L3",
  p="资深产品经理，做了六七年ToB。", g="把工单系统智能化。",
  a="已经调用大模型API做了智能工单分类，上线了，接下来继续扩场景。", t="升到产品专家。")

X("en", "P", 4, 4, "L1", "negation senior-no-reports facts-in-open-answers target-named",
  "plan: Principal PM, no reports, doesn't want any -> P4; threeYear Principal = current -> 4; none -> L1",
  p="Principal PM. I don't manage anyone and don't want to.", g="Keep shipping.", a="Same as ever.",
  t="Principal at a bigger company, honestly that's enough.", ai="none")

X("zh", "P", 4, 4, "L2", "target-named",
  "五年 -> P4; threeYear names 资深产品经理 = current -> 4; 豆包 -> L2",
  p="换个行业试试。", g="快速上手。", a="多学。", t="三年内成为资深产品经理。", e="五年", ai="用豆包")

X("en", "P", 4, 5, "L2", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: a bit over six years, owns the assessment business line -> P4; threeYear whole product line -> 5; ChatGPT -> L2",
  p="I've been a PM for a bit over six years, mostly in edtech, and own the assessment business line.",
  g="Fair tests.", a="I use ChatGPT to draft rubric descriptions, then teachers fix them.",
  t="Own the whole product line.")

X("zh", "P", 4, 5, "L2", "moving-into-ai target-named",
  "六年 -> P4; threeYear AI产品专家 -> 5; ChatGPT -> L2",
  p="做了六年支付，想转AI产品。", g="进入AI团队。", a="补课。",
  t="三年内成为AI产品专家。", e="六年", ai="用ChatGPT")

X("en", "P", 4, 5, "L3", "lead-wants-expert canonical-values target-named",
  "'back to IC' -> professional, leadOfLeads ignored; 5 years + business line -> P4; threeYear Product Expert -> 5; ai builder -> L3",
  p="I want to step away from management and go back to IC work.", g="Depth.", a="Hand over my managers.",
  t="Product Expert.", e="5 years", s="business line", m="leadOfLeads", ai="builder")

X("en", "P", 4, 5, "L1", "typo target-named",
  "principle (principal) product manager -> P4; threeYear produt expert -> 5; nothing yet -> L1",
  p="stay ic", g="more impact", a="idk", t="produt expert", e="principle product manager, 6 yrs", ai="nothing yet")

X("zh", "P", 4, 5, "L4", "title-contradicts-years target-named",
  "explicit title 资深产品经理 outranks 两年半 -> P4; threeYear 产品专家 -> 5; 设计过线上agent -> L4",
  p="资深产品经理，其实才做了两年半，公司是初创的，title给得大方。", g="把agent产品做起来。",
  a="多看论文。", t="产品专家。", ai="设计过线上agent的架构，负责编排和评测")

X("en", "P", 4, 5, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "plan: Principal PM for the checkout business line -> P4; threeYear 'Product Expert one day' -> 5; no AI -> L1",
  p="Principal PM for the checkout business line at a grocery delivery company.",
  g="Make checkout invisible.", a="Experiments.", t="Keep growing, maybe Product Expert by then.")

X("zh", "P", 4, 5, "L1", "low-effort target-implied",
  "七年 -> P4; threeYear 随缘 -> 5; no AI -> L1",
  p="随缘", t="随缘", e="七年")

X("en", "P", 4, 5, "L4", "canonical-values target-named",
  "5.5 years -> P4; threeYear Product Expert -> 5; ai architect -> L4",
  p="Go deep in conversational AI.", g="Ship agents that work.", a="Build evals.",
  t="Product Expert.", e="5.5", ai="architect")

X("zh", "P", 4, 5, "L3", "years-in-words target-named",
  "五年多 -> P4; threeYear 一整条产品线 -> 5; API做病历结构化已上线 -> L3",
  p="希望在医疗领域做到资深。", g="提升医生录入效率。", a="跟医生坐诊。",
  t="三年内负责一整条产品线。", e="五年多", ai="调用大模型API做了病历结构化，上线了")

X("zh", "P", 4, 5, "L1", "all-facts-skipped low-effort facts-in-open-answers target-implied",
  "plan: 资深PM -> P4; threeYear 再上一层 names no level -> 5; no AI -> L1",
  p="资深PM", g="做事", t="再上一层")

X("en", "P", 4, 5, "L3", "all-facts-skipped facts-in-open-answers target-named",
  "plan: Principal PM running the SMB payroll core business line -> P4; threeYear all of payroll as product line -> 5; built explainer on GPT-4 API -> L3",
  p="I run the core business line for SMB payroll as a Principal PM.", g="Zero payroll errors.",
  a="I built the payroll anomaly explainer on the GPT-4 API and want more of that.",
  t="Whole product line: all of payroll.")

X("zh", "P", 4, 5, "L4", "target-named",
  "五年 -> P4; threeYear 产品专家 -> 5; 参与私有化部署 -> L4",
  p="政务大模型方向。", g="做安全可控的政务助手。", a="跟进政策。",
  t="产品专家。", e="五年", ai="参与过政务大模型的私有化部署")

X("zh", "P", 4, 5, "L2", "mixed-language senior-no-reports facts-in-open-answers target-named",
  "plan: principal PM, 广告核心业务线, 不带人 -> P4; threeYear 产品专家 -> 5; Copilot -> L2",
  p="我是principal PM，负责广告这条核心业务线，不带人。", g="收入增长。", a="实验平台。",
  t="三年内成为产品专家。", ai="用Copilot")
