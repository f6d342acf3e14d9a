# Professional track, level 2 (产品经理 / Product Manager): the title, a single feature, or 1 to under 3 years.
from _lib import X

X("zh", "P", 2, 3, "L1", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: 两年半, 负责积分兑换这个功能 -> P2; threeYear 完整模块的高级产品经理 -> 3; no AI -> L1",
  p="做了两年半的产品，在一家做会员SaaS的公司，主要负责积分兑换这个功能。",
  g="把积分兑换的转化率做上去。", a="多做数据分析，多看竞品怎么玩积分。",
  t="三年内成为能负责一个完整模块的高级产品经理。")

X("en", "P", 2, 3, "L2", "years-in-words canonical-values target-named",
  "scope feature / eighteen months -> P2; threeYear Senior PM -> 3; ChatGPT and Notion AI daily -> L2",
  p="Keep building B2B fintech products.", g="Make reconciliation boring.", a="Ship small, measure.",
  t="Senior PM.", e="eighteen months", s="feature", ai="I use ChatGPT and Notion AI daily")

X("zh", "P", 2, 4, "L2", "plan-contradicts-threeYear negation target-named",
  "plan wants 带团队 but threeYear (decides) 专注专业、暂不带人 -> professional; 两年 -> P2; 资深产品经理 -> 4; Kimi -> L2",
  p="以后想往管理走，带个小团队。", g="先把手上的业务做出成绩。", a="多争取跨部门的项目。",
  t="想了想，三年内还是先专注专业，成为资深产品经理，暂时不考虑带人。",
  e="两年", ai="经常用Kimi")

X("en", "P", 2, 4, "L3", "title-contradicts-years target-named",
  "explicit title Product Manager outranks seven years -> P2; threeYear Principal PM -> 4; shipped a feature on the OpenAI API -> L3",
  p="My title is Product Manager, though I've been at it for seven years. The company just doesn't do senior titles.",
  g="Get recognized for the scope I actually carry.", a="Move somewhere with a real ladder if needed.",
  t="Get to Principal PM somewhere that recognizes the work.",
  ai="I shipped an LLM-powered search feature using the OpenAI API")

X("zh", "P", 2, 3, "L1", "other-ladder-title lead-wants-expert negation years-in-words target-named",
  "团队leader is a management title, ignored on professional track (不喜欢管人, 回归专业); 一年多 -> P2; threeYear 高级产品经理 -> 3; ai none -> L1",
  p="我现在挂的是团队leader的头衔，手下有2个人，但我不喜欢管人，想回归专业。",
  g="把推荐策略这块做深。", a="系统学一下推荐算法和实验设计。",
  t="三年内成为高级产品经理。", e="一年多", ai="none")

X("zh", "P", 2, 4, "L1", "years-in-words target-named",
  "快三年 = almost three, under 3 -> P2; threeYear 核心业务线 -> 4; 没怎么用过AI -> L1",
  p="继续在本地生活赛道做。", g="把到店核销这块体验做好。", a="多跑门店。",
  t="希望能负责一条核心业务线。", e="快三年了", ai="没怎么用过AI")

X("en", "P", 2, 3, "L4", "relative-date target-named",
  "PM since mid-2024 -> about 2.4 years -> P2; threeYear Senior PM owning checkout module -> 3; designed live agent workflow -> L4",
  p="Stay close to the product, go deep on commerce.", g="Make checkout faster.", a="Pair with eng, test a lot.",
  t="Own the whole checkout module as a Senior PM.", e="I've been a PM since mid-2024",
  ai="architect - designed the agent workflow behind our refund assistant, live since spring")

X("zh", "P", 2, 4, "L2", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: 独立负责几个功能点 -> scope feature -> P2; threeYear 资深(产品经理) -> 4; approach 用GPT写文案 -> L2",
  p="我在游戏公司做产品一年多了，现在独立负责商城里的几个功能点。",
  g="把商城的付费转化做起来。", a="平时用GPT写活动文案，省下时间多看数据。",
  t="三年内升到资深。")

X("en", "P", 2, 3, "L1", "low-effort target-implied",
  "2 yrs -> P2; threeYear idk -> 3; no AI -> L1",
  p="no plan tbh", g="?", t="idk", e="2 yrs")

X("zh", "P", 2, 5, "L3", "negation target-named",
  "不想做管理 -> professional; 两年 -> P2 (带实习生 irrelevant); threeYear 产品专家 -> 5; 调用文心API做过功能 -> L3",
  p="我不想做管理，想做专业型的产品。", g="在政务领域做出口碑。", a="深挖业务，多出方法论。",
  t="成为产品专家。", e="两年", m="带一个实习生", ai="调用文心API做过智能填单功能")

X("en", "P", 2, 3, "L1", "target-named",
  "owns the notifications feature / 1.5 years -> P2; threeYear full module, senior PM -> 3; ai none -> L1",
  p="Get really good at growth work.", g="Lift retention.", a="Experiments, interviews.",
  t="By then I want to be owning a full module - senior PM level.",
  e="1.5 years", s="I own the notifications feature end to end", ai="none")

X("zh", "P", 2, 3, "L2", "mixed-language facts-in-open-answers target-named",
  "plan: title就是产品经理 -> P2; threeYear senior/整个风控模块 -> 3; ChatGPT写SQL/PRD -> L2",
  p="我是PM，title就是产品经理，做了两年左右，在fintech做风控策略的feature。",
  g="把误杀率降下来。", a="多看case，和策略同学一起复盘。",
  t="三年内做到senior，负责整个风控模块。", ai="平时用ChatGPT写SQL、写PRD")

X("en", "P", 2, 4, "L1", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: two and a half years, owns the reminders feature -> P2; threeYear Principal PM -> 4; no AI -> L1",
  p="Two and a half years in product at a healthcare scheduling company. I own the reminders feature.",
  g="Cut no-shows by 20%.", a="Experiment with SMS timing and copy, talk to clinic staff.",
  t="Principal PM.")

X("zh", "P", 2, 3, "L2", "low-effort years-in-words target-implied",
  "一年半 -> P2; threeYear 没想好 -> 3; 偶尔用豆包 -> L2",
  p="没啥规划", t="没想好", e="一年半", ai="偶尔用用豆包")

X("en", "P", 2, 3, "L3", "negation years-in-words target-named",
  "'no management' -> professional; a little over a year -> P2; threeYear senior product manager -> 3; built summarizer on the Anthropic API -> L3",
  p="Stay hands-on, no management.", g="Make our internal tools not suck.", a="Talk to users weekly.",
  t="Senior product manager, ideally in climate tech.", e="a little over a year",
  ai="built a meeting-notes summarizer on the Anthropic API that 200 people use internally")

X("zh", "P", 2, 3, "L4", "target-named",
  "两年 -> P2; threeYear 高级产品经理 -> 3; 参与过客服大模型微调 -> L4",
  p="专注在智能客服方向。", g="把机器人解决率提上去。", a="多看对话日志。",
  t="三年内成为高级产品经理。", e="两年", ai="参与过我们客服大模型的微调，负责标注规范和效果评估")

X("en", "P", 2, 5, "L4", "all-facts-skipped facts-in-open-answers target-named",
  "plan: about two years, owns the query-suggestions feature -> P2; threeYear Product Expert title -> 5; co-designed production RAG -> L4",
  p="I've been a PM for about two years at an enterprise search company, owning the query suggestions feature.",
  g="Make suggestions actually useful.",
  a="I co-designed the production RAG pipeline with our ML lead and want to go deeper on evaluation.",
  t="Become the expert on AI search here. A Product Expert title would be the recognition.")

X("zh", "P", 2, 2, "L1", "target-named",
  "一年 -> 1<=y<3 -> P2; threeYear names 产品经理 = current level -> 2 (never below current); ai none -> L1",
  p="先稳住。", g="把基础打牢。", a="踏踏实实做需求。",
  t="三年内还是做产品经理，把基础打牢，不着急升。", e="一年", ai="没有")

X("en", "P", 2, 3, "L1", "title-contradicts-years target-named",
  "explicit title Product Manager outranks nine years -> P2; threeYear 'Senior title' -> 3; heard of LLMs -> L1",
  p="Keep doing product in logistics.", g="Fix the dispatch screen.", a="Same as always.",
  t="Senior title would be nice.", e="Title: Product Manager. Years: nine.", ai="I've heard of LLMs")

X("zh", "P", 2, 4, "L2", "several-facts-one-answer years-in-words target-named",
  "experience: 两年多, 一个功能点 -> P2; threeYear 资深/核心业务线 -> 4; ChatGPT -> L2",
  p="坚持在医疗健康赛道。", g="把在线问诊的体验做好。", a="多去医院看真实流程。",
  t="三年后做到资深产品经理，负责核心业务线。",
  e="做了两年多，负责一个功能点，没带人，平时用ChatGPT")

X("en", "P", 2, 4, "L3", "previous-career target-named",
  "PM for 2 years (six engineering years do not count) -> P2; threeYear Principal PM -> 4; built invoice extraction on GPT-4 API -> L3",
  p="Former software engineer (6 years), product manager for 2 years now.",
  g="Own the AP automation roadmap.", a="Use my eng background to move faster.",
  t="Principal PM in fintech.", ai="I built our invoice extraction feature on GPT-4 via the API.")

X("zh", "P", 2, 3, "L2", "moving-into-ai facts-in-open-answers target-named",
  "plan: 做了两年电商产品 -> P2; threeYear 高级产品经理 -> 3; 用过ChatGPT、Midjourney -> L2",
  p="做了两年电商产品，想转去做AI产品经理。", g="进一个真正做AI应用的团队。",
  a="自学Prompt工程，做几个小demo。",
  t="三年内成为能负责一个AI功能模块的高级产品经理。", ai="用过ChatGPT、Midjourney")

X("en", "P", 2, 4, "L1", "all-facts-skipped facts-in-open-answers relative-date target-named",
  "plan: PM since 2024 -> about two years -> P2; threeYear core business line -> 4; no AI -> L1",
  p="PM since 2024 at a govtech vendor, building permit-application features.",
  g="Make permit approvals faster.", a="Sit with city clerks.",
  t="Own a core business line (probably permits & licensing).")

X("zh", "P", 2, 3, "L2", "typo target-named",
  "2年 -> P2; threeYear 高级产品经理 -> 3; 用过chatgtp(ChatGPT) -> L2",
  p="做了两年的产品经里，想继续深耕，往产品专家发展。", g="做出有影响力的功能。", a="多学习。",
  t="三年内成为高级产品经理。", e="2年", ai="用过chatgtp")

X("zh", "P", 2, 3, "L4", "mixed-language several-facts-one-answer target-named",
  "做PM两年 + own一个feature -> P2; threeYear senior PM -> 3; 设计过线上多agent客服系统 -> L4",
  p="我做PM两年了，own一个feature，就是订单搜索。", g="搜索无结果率降一半。", a="多看query日志。",
  t="三年后senior PM。", ai="agent architect，设计过线上的多agent客服系统")

X("zh", "P", 2, 4, "L1", "negation years-in-words target-named",
  "不考虑管理岗 -> professional; 将近三年 -> under 3 -> P2; threeYear 资深产品经理 -> 4; 没用过 -> L1",
  p="不考虑管理岗，想做业务专家。", g="把供应链计划这块吃透。", a="考个CPIM。",
  t="资深产品经理。", e="将近三年", ai="没用过")

X("en", "P", 2, 3, "L2", "years-in-words canonical-values target-named",
  "scope feature / almost 3 years (under 3) -> P2; threeYear Senior -> 3; Copilot in Teams -> L2",
  p="Keep growing as a PM.", g="Own more.", a="Ask for bigger projects.", t="Senior.",
  e="almost 3 years", s="feature", ai="I use Copilot in Teams for meeting recaps")

X("zh", "P", 2, 5, "L3", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: 一年多, 负责AI批改这个功能 -> P2; threeYear 整个AI学习产品线 -> 5; approach: 用大模型API把作文评分做上线 -> L3 (RAG only planned)",
  p="一年多的产品经验，在教育公司负责AI批改这个功能。", g="让老师真的愿意用。",
  a="已经用大模型API把作文评分做上线了，接下来想学RAG。",
  t="三年后想负责整个AI学习产品线。")

X("en", "P", 2, 3, "L4", "low-effort canonical-values target-implied",
  "experience 2 -> P2; threeYear idk -> 3; ai architect -> L4",
  p="meh", t="idk", e="2", ai="architect")

X("zh", "P", 2, 3, "L1", "lead-wants-expert negation years-in-words target-named",
  "带2个人 but 不想带团队、想在专业上做深 -> professional, team ignored; 两年半 -> P2; threeYear 高级产品经理 -> 3; no AI -> L1",
  p="不想带团队了，想在专业上做深。", g="把会员体系重新设计一遍。", a="多看海外的案例。",
  t="三年内做到高级产品经理。", e="两年半", m="现在带2个人，但我更想做专业")

X("en", "P", 2, 4, "L1", "canonical-values target-named",
  "scope feature / two years -> P2; threeYear Principal PM + core business line -> 4; heard of it -> L1",
  p="Become a product expert in payments.", g="Own payouts.", a="Study the rails.",
  t="In 3 years, Principal PM owning the payments core business line.",
  e="two years", s="feature", ai="heard of it")

X("en", "P", 2, 3, "L4", "canonical-values target-named",
  "experience 2 years -> P2; threeYear Senior PM -> 3; ai tuner -> L4",
  p="Stay in AI infra products.", g="Make our eval tooling the default.", a="Learn from researchers.",
  t="Senior PM.", e="2 years", ai="tuner")

X("zh", "P", 2, 4, "L2", "previous-career years-in-words target-named",
  "转产品一年多 (三年运营不算) -> P2; threeYear 资深产品经理 -> 4; 用AI写周报 -> L2",
  p="之前做了3年运营，转产品一年多，想往专业方向走。", g="把运营侧的工具做好。", a="发挥运营背景。",
  t="三年内资深产品经理。", e="产品一年多", ai="用AI写周报")

X("en", "P", 2, 3, "L3", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: Product Manager on my badge, fourteen months -> P2; threeYear senior pm -> 3; built the draft-reply feature on GPT API -> L3",
  p="I'm a PM, it literally says Product Manager on my badge, fourteen months in.",
  g="Ship the inbox revamp.",
  a="I ship stuff with our LLM integration - I built the 'draft reply' feature on top of the GPT API.",
  t="senior pm or bust")

X("zh", "P", 2, 5, "L4", "title-contradicts-years target-named",
  "explicit 职级是产品经理 outranks 六年 -> P2; threeYear 产品专家 -> 5; 设计过线上agent -> L4",
  p="我职级是产品经理，但其实已经做了六年，公司晋升名额太少。", g="拿到与能力匹配的职级。",
  a="做出几个有说服力的项目。", t="三年内成为产品专家。",
  ai="设计过上线的agent工作流，负责整体架构")

X("en", "P", 2, 3, "L2", "canonical-values target-named",
  "scope: a single feature -> P2; threeYear senior PM owning a module -> 3; ai user -> L2",
  p="Grow in marketplace products.", g="Grow referrals.", a="Test everything.",
  t="Lead a whole module as a senior PM.", s="a single feature - the referral program", ai="user")

X("zh", "P", 2, 3, "L1", "future-ai-not-experience target-named",
  "两年 -> P2; threeYear 高级产品经理 -> 3; 没用过 (微调 is only a plan) -> L1",
  p="做ToB的CRM产品。", g="提升销售使用率。", a="多跟销售跑客户。",
  t="三年内高级产品经理。", e="两年", ai="没用过，但打算学大模型微调")

X("en", "P", 2, 3, "L1", "future-ai-not-experience moving-into-ai target-implied",
  "two years -> P2; threeYear names no level -> 3; RAG/agents only planned, not touched -> L1",
  p="Move toward AI products.", g="Join the AI squad.", a="Take courses.",
  t="Get better at AI product work.", e="two years",
  ai="I plan to learn RAG and agents next year, haven't touched them yet")

X("zh", "P", 2, 4, "L2", "all-facts-skipped mixed-language facts-in-open-answers target-named",
  "plan: 两年经验, 负责一个feature -> P2; threeYear principal PM -> 4; Copilot和ChatGPT -> L2",
  p="在外企做HR SaaS的PM，两年经验，负责onboarding checklist这个feature。",
  g="让新员工第一周不迷路。", a="每天用Copilot和ChatGPT整理访谈，剩下时间多和HR聊。",
  t="3年内成为principal PM。")

X("zh", "P", 2, 3, "L4", "target-named",
  "功能点 / 两年 -> P2; threeYear 高级产品经理 -> 3; 私有化部署过Qwen -> L4",
  p="做企业服务。", g="提升知识库的使用率。", a="多看用户搜索日志。",
  t="高级产品经理。", e="两年", s="功能点",
  ai="私有化部署过Qwen，给内部知识库用，我是这个项目的产品负责人")

X("en", "P", 2, 3, "L2", "typo target-named",
  "2 years, owns the search filters feature -> P2; threeYear senior pm -> 3; uses chatgpt -> L2",
  p="i've been pm for 2 yeras, own the serch filters feature", g="better filters", a="data",
  t="senior pm in 3 yrs", ai="use chatgpt")

X("zh", "P", 2, 5, "L3", "negation years-in-words target-named",
  "不想管人 -> professional; 一年多 -> P2; threeYear 产品专家 -> 5; API做帖子摘要已上线 -> L3",
  p="不想管人，只想把产品做好。", g="社区内容质量提升。", a="多刷社区。",
  t="三年后成为内容社区方向的产品专家。", e="一年多",
  ai="用大模型API做过帖子摘要生成，已经上线了")

X("en", "P", 2, 4, "L1", "scope-contradicts-years canonical-values target-named",
  "scope feature outranks 6 years -> P2; threeYear Principal PM -> 4; ai none -> L1",
  p="Do good work in insurance tech.", g="Fix quoting.", a="Ask underwriters.",
  t="Principal PM.", e="6", s="feature", ai="none")

X("zh", "P", 2, 4, "L2", "scope-contradicts-years target-named",
  "scope 一个功能点 outranks 七年 -> P2; threeYear 资深产品经理 -> 4; ChatGPT写测试用例 -> L2",
  p="在银行做了很多年，想继续做金融产品。", g="把手机银行转账做得更顺。", a="多看投诉工单。",
  t="资深产品经理。", e="七年", s="一个功能点", ai="用ChatGPT写测试用例")

X("en", "P", 2, 4, "L4", "all-facts-skipped previous-career facts-in-open-answers years-in-words target-named",
  "18 months as PM (ML engineering before does not count) -> P2; threeYear Principal PM -> 4; fine-tuned KYC model -> L4",
  p="18 months as PM at a bank; before that, ML engineer.",
  g="Get the KYC assistant approved by risk.",
  a="I fine-tuned our internal KYC document model last year with the platform team, so I'll keep bridging ML and compliance.",
  t="Principal PM for AI in banking.")
