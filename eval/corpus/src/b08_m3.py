# Management track, level 3 (团队leader / Team Lead): direct reports or the title. Other-ladder titles and scope are ignored here.
from _lib import X

X("zh", "M", 3, 4, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "继续走管理路线 -> management; 手下4个产品经理 -> M3; threeYear 产品总监、管理多个团队 -> 4; no AI -> L1",
  p="我现在是支付团队的leader，手下4个产品经理。接下来想继续走管理路线。",
  g="把团队带成公司里最能打的产品团队。", a="建立周会和复盘机制，给每个人定成长计划。",
  t="三年内成为产品总监，管理多个团队。")

X("en", "M", 3, 4, "L2", "canonical-values target-named",
  "growing as a manager -> management; team lead -> M3 (scope module ignored); threeYear Head of Product -> 4; user -> L2",
  p="Keep growing as a manager. I enjoy it more than I expected.", g="Hire two more PMs and keep them.",
  a="Management training, and a coach.", t="Head of Product.",
  e="6 years", s="module", m="lead", ai="user")

X("zh", "M", 3, 4, "L2", "mixed-language other-ladder-title facts-in-open-answers target-named",
  "threeYear 产品总监 -> management; senior PM is the other ladder, ignored; 带3个人 -> M3; target 4; Copilot -> L2",
  p="我现在是senior PM，带3个人。", g="把这3个人都带成能独当一面的PM。", a="每周1on1，每季度复盘。",
  t="三年后做到产品总监。", ai="日常用Copilot写文档和回邮件")

X("en", "M", 3, 4, "L4", "all-facts-skipped facts-in-open-answers target-named",
  "people leader -> management; manages five PMs -> M3; threeYear managing managers -> 4; led architecture of production RAG assistant -> L4",
  p="I manage a team of five PMs at a healthtech company and want to keep growing as a people leader.",
  g="Make the team trusted by clinicians.",
  a="We shipped a RAG-based clinical guideline assistant last year; I led the architecture decisions with our ML lead. I want more of that kind of cross-team work.",
  t="Eventually lead multiple teams. In three years I'd like to be managing managers.")

X("zh", "M", 3, 4, "L3", "title-contradicts-years facts-in-open-answers years-in-words target-named",
  "想继续带人 -> management; explicit title 团队leader outranks 一年半 -> M3; threeYear 总监 -> 4; 调用GPT API做了智能客服 -> L3",
  p="我是团队leader，虽然只做了一年半产品，公司扩张太快就被提上来了。想继续带人。",
  g="把团队的交付节奏稳住。", a="补管理课，向老板学。", t="三年后当总监。",
  ai="调用过GPT的API做了智能客服的回复建议，已经上线")

X("en", "M", 3, 4, "L1", "target-implied",
  "keep managing -> management; 3 direct reports -> M3; threeYear skipped -> 4; none -> L1",
  p="I want to keep managing people; it's what I'm good at.", g="Retain my team.",
  e="two years", m="3 direct reports", ai="none")

X("zh", "M", 3, 3, "L2", "target-named",
  "我喜欢带人 -> management; 带两个产品经理 -> M3; threeYear 带好现在这个团队 = team lead -> 3; Kimi -> L2",
  p="我喜欢带人，看着新人成长比自己做出功能还开心。", g="把团队氛围做好。", a="多给机会，多兜底。",
  t="三年内还是带好现在这个团队，把人培养出来，不急着往上走。",
  m="带两个产品经理", ai="用Kimi整理会议纪要")

X("en", "M", 3, 3, "L3", "target-named",
  "stay a team lead -> management; leads a team of 6 -> M3; threeYear stay a team lead -> 3; builder -> L3",
  p="I lead a team of 6 and I'd rather keep doing that than become a director.",
  g="Grow the team to 8 good people.", a="Hire carefully.", t="Stay a team lead, grow the team to 8.",
  ai="builder - I prototyped our support copilot on the OpenAI API before handing it to the team")

X("zh", "M", 3, 4, "L4", "plan-contradicts-threeYear target-named",
  "plan 想回去做专家 but threeYear (decides) 管理、产品总监 -> management; 带4个人 -> M3; target 4; 私有化部署ChatGLM -> L4",
  p="有时候想回去做专家，自己动手做产品更爽。", g="把手上的项目做好。", a="平衡管理和业务。",
  t="但三年规划还是管理，做到产品总监。", m="带4个人", ai="私有化部署过ChatGLM，我是项目负责人")

X("en", "M", 3, 4, "L1", "low-effort canonical-values target-named",
  "management -> management; lead -> M3; threeYear director -> 4; no AI -> L1",
  p="management", t="director", m="lead")

X("zh", "M", 3, 4, "L3", "canonical-values years-in-words target-implied",
  "往管理方向 -> management; 5个直接下属 outranks 八年, scope ignored -> M3; threeYear skipped -> 4; builder -> L3",
  p="一直在往管理方向走，现在越来越顺手了。", g="把部门建起来。",
  e="八年", s="一条完整产品线", m="有5个直接下属", ai="builder")

X("en", "M", 3, 4, "L4", "facts-in-open-answers canonical-values target-named",
  "people leadership aim -> management; title literally 'Team Lead' -> M3; threeYear Director of Product -> 4; tuner -> L4",
  p="I'm a Team Lead at a fintech (the title is literally 'Team Lead') and I want to grow into a director.",
  g="Ship the lending revamp with my team.", a="Delegate more.", t="Director of Product.", ai="tuner")

X("zh", "M", 3, 4, "L2", "typo target-named",
  "继续做管里(管理) -> management; 带3个人的小团对(团队) -> M3; threeYear 产品总鉴(总监) -> 4; chatgpt -> L2",
  p="想继续做管里", g="团队成长", a="多学习管理知识", t="产品总鉴", m="我带一个小团对，3个人", ai="用chatgpt")

X("en", "M", 3, 4, "L1", "relative-date target-named",
  "keep managing -> management; 5 reports -> M3; threeYear Head of Product -> 4; none -> L1",
  p="I've been a PM since 2019 and a manager since last year. I want to keep going down the management path.",
  g="Build a team that doesn't need me in every meeting.", a="Read, coach, get coached.",
  t="Head of Product at a Series B.", m="5 reports")

X("zh", "M", 3, 4, "L2", "moving-into-ai target-named",
  "带AI产品团队 -> management; 带4个人 -> M3; threeYear 负责AI产品部、管理几个小组 -> 4; ChatGPT/Claude -> L2",
  p="在带一个4人的传统电商团队，想转型带AI产品团队。", g="让团队具备AI产品能力。",
  a="先让每个人用起来，再挑场景。", t="三年内负责公司AI产品部，管理几个AI产品小组。",
  m="带4个人", ai="用ChatGPT、Claude")

X("en", "M", 3, 4, "L3", "all-facts-skipped facts-in-open-answers target-named",
  "Product Director aim -> management; three PMs and a designer report to me -> M3; threeYear Product Director -> 4; team built assistant on Claude API, I wrote specs and prompts -> L3",
  p="Team Lead for the onboarding squad; three PMs and a designer report to me.",
  g="Halve time-to-value for new customers.",
  a="Our team built an AI onboarding assistant on the Claude API; I wrote the specs and tested the prompts myself.",
  t="Product Director.")

X("zh", "M", 3, 4, "L4", "canonical-values target-named",
  "管理 -> management; lead -> M3; threeYear 产品总监 -> 4; architect -> L4",
  p="继续走管理，目标是把团队做成公司的AI样板间。", g="团队人效翻倍。", a="流程和工具双管齐下。",
  t="产品总监。", e="五年", m="lead", ai="architect")

X("en", "M", 3, 4, "L1", "negation target-named",
  "'don't want to be an IC anymore' -> management; already leads 4 people -> M3; threeYear manage several teams -> 4; heard of it -> L1",
  p="I don't want to be an individual contributor anymore. I already lead 4 people and want to go further.",
  g="Build a second team.", a="Find a sponsor.", t="Manage several teams.", ai="heard of it")

X("zh", "M", 3, 4, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "threeYear 产品总监 -> management; 手下有三个产品经理 -> M3; target 4; 没怎么接触AI -> L1",
  p="我做了六年产品，现在手下有三个产品经理，我是他们的直属leader。", g="让团队少加班多出活。",
  a="说实话没怎么接触AI，管理上主要靠OKR。", t="三年内当产品总监。")

X("en", "M", 3, 4, "L2", "target-named",
  "Product Director aim -> management; 2 direct reports -> M3; threeYear Product Director -> 4; ChatGPT -> L2",
  p="I like building teams more than building features now.", g="Make my two PMs promotable.",
  a="Weekly 1:1s and real feedback.", t="Product Director.", m="I have 2 direct reports", ai="ChatGPT")

X("zh", "M", 3, 4, "L3", "other-ladder-title target-implied",
  "往管理走 -> management; 资深产品经理 ignored; 带5个人 -> M3; threeYear skipped -> 4; builder -> L3",
  p="资深产品经理，带5个人，往管理走。", g="团队稳定。", m="带5个人", ai="builder")

X("en", "M", 3, 4, "L1", "previous-career target-named",
  "Head of Product aim -> management; leads 3 PMs -> M3 (restaurant years irrelevant); threeYear Head of Product -> 4; none -> L1",
  p="I managed a restaurant for 8 years, then did product for 3, and now I'm leading a team of 3 PMs. Managing is my thing.",
  g="Build a calm, fast team.", a="Borrow what worked in hospitality.", t="Head of Product.", ai="none")

X("zh", "M", 3, 4, "L4", "title-contradicts-years target-named",
  "管理 -> management; 团队leader title outranks 两年 -> M3; threeYear 带多个团队 -> 4; 参与微调 -> L4",
  p="现在是团队leader，想继续在管理上发展。", g="团队拿到年度优秀。", a="多向上管理。",
  t="三年内带多个团队。", e="两年", ai="参与过我们推荐模型的微调")

X("zh", "M", 3, 4, "L4", "all-facts-skipped mixed-language facts-in-open-answers target-named",
  "head of product aim -> management; team lead带5个人 -> M3; threeYear head of product -> 4; 设计过线上RAG -> L4",
  p="现在是team lead，带5个人，做toB SaaS。", g="把客户成功的产品做起来。",
  a="去年我主导设计了线上的RAG知识库架构，团队现在在做agent。", t="3年后成为head of product。")

X("en", "M", 3, 4, "L3", "years-in-words target-named",
  "Product Director aim -> management; leads a team of four -> M3; threeYear Product Director -> 4; built features on the OpenAI API -> L3",
  p="I want to keep growing as a leader.", g="Ship the new analytics suite.", a="Hire well.",
  t="Product Director.", e="almost seven years", m="I lead a team of four",
  ai="built two features on the OpenAI API")

X("en", "M", 3, 4, "L2", "all-facts-skipped facts-in-open-answers target-named",
  "lead a department -> management; five direct reports -> M3; threeYear department managing team leads -> 4; Copilot/ChatGPT -> L2",
  p="I lead the data products team - five direct reports.", g="Make data self-serve for the company.",
  a="I use Copilot and ChatGPT daily to keep up with everything.",
  t="I'd like to lead a department, managing several team leads.")

X("zh", "M", 3, 3, "L1", "low-effort target-named",
  "管理 -> management; 带3个人 -> M3; threeYear 继续带团队 -> 3; no AI -> L1",
  p="管理", t="继续带团队", m="带3个人")

X("zh", "M", 3, 4, "L2", "facts-in-open-answers target-named",
  "部门负责人/总监 aim -> management; 带一个4人的产品组 -> M3; threeYear 产品部门的总监 -> 4; 文心一言 -> L2",
  p="我在政府信息化公司带一个4人的产品组，想做成部门负责人。", g="拿下省级项目。", a="多跑客户。",
  t="三年内成为产品部门的总监。", e="七年", ai="用文心一言写标书初稿")

X("en", "M", 3, 4, "L3", "title-contradicts-years years-in-words target-named",
  "Head of Product aim -> management; Team Lead title outranks 14 months -> M3; threeYear Head of Product -> 4; builder -> L3",
  p="I became Team Lead after only 14 months as a PM. I want to stay on the management path.",
  g="Earn it.", a="Coaching.", t="Head of Product.", ai="builder")

X("zh", "M", 3, 4, "L1", "target-named",
  "总监 aim -> management; 带6个人 (direct reports) -> M3; threeYear 总监 -> 4; 没有 -> L1",
  p="想往总监方向发展。", g="团队扩到10人。", a="招人。", t="总监。",
  m="带6个人，其中2个是实习生", ai="没有")

X("en", "M", 3, 4, "L4", "plan-contradicts-threeYear target-named",
  "plan misses IC work but threeYear (decides) director -> management; 4 reports -> M3; target 4; tuner -> L4",
  p="Sometimes I miss being an IC.", g="Keep my hands a bit dirty.", a="Pick one project to own.",
  t="But my three-year plan is director.", m="4 reports", ai="tuner")

X("en", "M", 3, 4, "L2", "all-facts-skipped facts-in-open-answers target-named",
  "owning several teams -> management; team leader of a 7-person team -> M3; threeYear Head of Growth Product owning several teams -> 4; prompts ChatGPT -> L2",
  p="I'm the team leader of a 7-person growth team.", g="Double activation.",
  a="I prompt ChatGPT a lot for analysis drafts; the team does the real work.",
  t="Head of Growth Product, owning several teams.")

X("en", "M", 3, 4, "L1", "low-effort target-implied",
  "manager -> management; manages 3 people -> M3; threeYear idk -> 4; no AI -> L1",
  p="manager", t="idk", m="I manage 3 people")

X("zh", "M", 3, 4, "L2", "all-facts-skipped facts-in-open-answers target-named",
  "带团队 -> management; 组里5个人 -> M3; threeYear 负责整个产品中心，下面几个组 -> 4; Kimi -> L2",
  p="带团队两年了，组里5个人。", g="团队稳定。", a="用Kimi整理资料，多做一对一。",
  t="三年后负责整个产品中心，下面有几个组。")

X("en", "M", 3, 4, "L3", "typo target-named",
  "directer (director) aim -> management; team lead, 4 repots (reports) -> M3; target 4; builder -> L3",
  p="keep managing", g="grow team", a="hire", t="directer", m="i'm a team lead, 4 repots", ai="builder")

X("zh", "M", 3, 4, "L2", "mixed-language target-named",
  "director aim -> management; manage一个4人的team -> M3; threeYear director -> 4; GPT -> L2",
  p="我manage一个4人的team。", g="team效率提升。", a="多授权。", t="三年后成为director。",
  m="4个人", ai="用GPT")

X("en", "M", 3, 4, "L1", "all-facts-skipped previous-career facts-in-open-answers target-named",
  "Product Director aim -> management; now leads 2 PMs -> M3; threeYear Product Director -> 4; no AI -> L1",
  p="Engineering manager for 5 years, then I switched to product a year ago; now I lead a small team of 2 PMs.",
  g="Build a strong product practice.", a="Hire senior people.", t="Product Director.")
