# Professional track, level 1 (产品助理 / Product Assistant): titles, under one year, interns, no evidence.
from _lib import X

X("zh", "P", 1, 2, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "plan: current title 产品助理 -> P1; threeYear names 产品经理 -> 2; no AI mentioned -> L1",
  p="我今年6月刚毕业，现在在一家做跨境电商的公司当产品助理，想先把基本功打扎实。",
  g="能独立负责一两个小功能的需求，从调研到上线都能跟下来。",
  a="多跟着带我的师父学，每周自己复盘一次，把竞品分析和Axure练熟。",
  t="三年内成为一个能独当一面的产品经理。")

X("en", "P", 1, 2, "L1", "low-effort canonical-values target-implied",
  "experience 0.5 -> under one year -> P1; threeYear names nothing -> 1+1; no AI -> L1",
  p="idk", g="do well i guess", t="not sure yet", e="0.5")

X("zh", "P", 1, 2, "L1", "low-effort all-facts-skipped no-level-evidence target-implied",
  "no aim to lead, no level evidence anywhere -> P1; target 1+1; no AI -> L1",
  p="还没想好", g="先熟悉业务吧", a="多学", t="还没想好")

X("zh", "P", 1, 3, "L2", "facts-in-open-answers mixed-language target-named",
  "plan: 产品实习生/intern -> P1; threeYear 高级产品经理 -> 3; approach uses ChatGPT -> L2",
  p="我是产品实习生，在一家SaaS公司做CRM的intern，最近的目标是转正。",
  g="转正之后能独立写PRD，不用mentor一直改。",
  a="每天用ChatGPT帮我润色PRD，再让mentor review，慢慢积累。",
  t="三年后做到高级产品经理。", e="实习了4个月")

X("en", "P", 1, 3, "L2", "target-named years-in-words",
  "title product assistant + five months -> P1; threeYear 'Senior PM owning a full module' -> 3; ChatGPT for emails -> user L2",
  p="I graduated this summer and joined a fintech startup as a product assistant. Long term I want to become a real expert in payments.",
  g="Own the refund flow end to end within a year.",
  a="Shadow the senior PMs, read every support ticket about refunds, and finally learn SQL properly.",
  t="By 2029 I'd like to be a Senior PM owning a full module.",
  e="about five months", s="I help with parts of the refund feature", m="none",
  ai="I've played with ChatGPT a few times to write emails")

X("zh", "P", 1, 4, "L2", "title-contradicts-years canonical-values target-named",
  "explicit title 产品助理 outranks scope feature and 三年多 -> P1; threeYear 资深产品经理 -> 4; 文心一言写文案 -> L2",
  p="目前title还是产品助理，不过我已经做了三年多了，公司职级卡得比较死。",
  g="希望能拿到一个更完整的模块来负责。",
  a="主动多接需求，把数据复盘做扎实，争取下次晋升答辩能过。",
  t="三年内升到资深产品经理。",
  e="三年多", s="feature", ai="用过文心一言写点文案")

X("en", "P", 1, 2, "L1", "typo target-named",
  "7 months -> P1; threeYear names 'product manager' -> 2 (the 'expert' wish is in plan, not threeYear); ai none -> L1",
  p="i want to become a product expret one day", g="learn as much as posible",
  a="books, courses, asking questions", t="get promoted to product manager, then keep going",
  e="7 months", ai="none")

X("zh", "P", 1, 2, "L2", "previous-career moving-into-ai facts-in-open-answers target-named",
  "title 产品助理 (four years of UI design do not count) -> P1; threeYear 产品经理 -> 2; uses Claude/豆包 -> L2",
  p="我之前做了四年UI设计，今年转行做产品，现在是产品助理，想往AI产品方向走。",
  g="参与公司AI客服产品的迭代，能负责其中一个小功能。",
  a="在学吴恩达的课，平时也用Claude和豆包做原型和写需求。",
  t="三年内成为一名能独立负责AI功能的产品经理。",
  ai="日常用Claude和豆包")

X("en", "P", 1, 2, "L1", "all-facts-skipped facts-in-open-answers years-in-words target-implied",
  "plan: three months into first PM job -> P1; threeYear names no level -> 2; no AI -> L1",
  p="Honestly I'm still figuring it out. I'm three months into my first PM job at an edtech company.",
  g="Ship something students actually use.", a="Talk to teachers every week.",
  t="Keep growing, take on bigger stuff.")

X("zh", "P", 1, 3, "L3", "all-facts-skipped facts-in-open-answers relative-date years-in-words target-named",
  "去年年底毕业、不满一年 + 产品助理 -> P1; threeYear 完整的AI功能模块 -> 3; approach: called OpenAI/通义 API, feature shipped -> L3",
  p="我是去年年底毕业的，工作到现在还不满一年，在做智能写作工具的产品助理。",
  g="把我们基于大模型API做的续写功能体验做好。",
  a="我自己已经调用过OpenAI和通义的API做了一个标题生成的小功能，上个月上线了，接下来想多学点评测方法。",
  t="希望三年后能负责一个完整的AI功能模块。")

X("en", "P", 1, 2, "L4", "target-named",
  "intern -> P1; threeYear 'become a PM and own a feature' -> 2; took part in fine-tuning the triage model -> L4",
  p="I'm a PM intern at a health AI startup.", g="Get a return offer.",
  a="Keep doing what I did this summer: I helped the ML team fine-tune our triage model, I wrote and labeled the evaluation set.",
  t="Become a PM and own a feature.", e="intern, 6 months", ai="took part in fine-tuning")

X("zh", "P", 1, 2, "L4", "target-named",
  "实习生 -> P1; threeYear 留下来当产品经理 -> 2; 参与过私有化部署ChatGLM -> L4",
  p="我是实习生，在一家银行的科技子公司实习，做内部办公系统。",
  g="能留用。", a="把手上的活干漂亮，多问。",
  t="毕业后留下来当产品经理，先把功能做扎实。",
  ai="参与过私有化部署ChatGLM的项目，负责整理需求和验收")

X("zh", "P", 1, 3, "L1", "typo target-named",
  "半年 -> P1; threeYear 高级产品经里(经理) -> 3; 没用过 -> L1",
  p="想做一个优秀的产品经里", g="尽快上手", a="多看多问多做",
  t="三年内做到高级产品经里", e="半年", ai="没用过")

X("en", "P", 1, 3, "L3", "canonical-values target-named",
  "experience 0.5 -> P1 (team none is ignored on this track); threeYear Senior PM -> 3; ai builder -> L3",
  p="Grow into a strong PM", g="Own my first feature", a="Learn from the team",
  t="Senior PM in three years", e="0.5", m="none", ai="builder")

X("zh", "P", 1, 4, "L2", "several-facts-one-answer years-in-words target-named",
  "experience: 刚毕业半年 -> P1; threeYear 核心业务线 -> 4; 用Kimi查资料 -> L2",
  p="先在电商行业站稳脚跟。", g="把手上的优惠券功能做好。", a="多跑数据，多看用户反馈。",
  t="希望三年后能负责一条核心业务线。",
  e="刚毕业半年，没带人，平时用Kimi查资料")

X("en", "P", 1, 4, "L1", "negation target-named",
  "'don't want to manage people' -> professional; less than a year -> P1; threeYear Principal PM -> 4; no AI tools -> L1",
  p="I don't want to manage people. I want to get really good at the craft.",
  g="Become the person who knows our onboarding funnel better than anyone.",
  a="Run more experiments, read a lot, find a mentor.",
  t="Be a Principal PM by then.", e="less than a year", ai="I haven't used any AI tools")

X("zh", "P", 1, 3, "L2", "negation target-named",
  "不想带团队 -> professional; 8个月 -> P1; threeYear 升到高级产品经理 -> 3; ChatGPT做竞品分析 -> L2",
  p="不想带团队，想在专业上做深。", g="把分内的需求做扎实，少返工。",
  a="系统学一下用户研究和数据分析。", t="三年内从产品助理升到高级产品经理。",
  e="8个月", ai="用ChatGPT做竞品分析")

X("en", "P", 1, 2, "L1", "all-facts-skipped low-effort no-level-evidence target-implied",
  "no aim to lead, no level evidence -> P1; target 2; no AI -> L1",
  p="Get better at product.", g="Make an impact", a="Work hard", t="See where it goes")

X("zh", "P", 1, 2, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "plan: 做产品助理 -> P1; threeYear 能独立负责功能点的产品经理 -> 2; no AI -> L1",
  p="我在一家做政务服务平台的公司做产品助理，主要配合产品经理画原型、写会议纪要。",
  g="能独立负责“办事指南”这个功能。", a="多去大厅窗口调研，了解群众到底怎么办事。",
  t="三年内成为能独立负责功能点的产品经理。")

X("en", "P", 1, 3, "L2", "facts-in-open-answers relative-date target-named",
  "joined in March (2026) as first job -> under a year -> P1; threeYear senior PM -> 3; writes Midjourney prompts -> L2",
  p="I joined a mobile games studio in March as my first job after uni, helping the live-ops PMs.",
  g="Run one live event on my own.", a="Play a lot of games and read the data dashboards daily.",
  t="Senior PM on a live game by 2029.",
  ai="we use midjourney for concept art and I write the prompts for it")

X("zh", "P", 1, 3, "L3", "canonical-values target-named",
  "experience 0.5 -> P1; threeYear 一个完整的模块 -> 3; ai builder -> L3",
  p="继续在SaaS领域深耕。", g="独立交付需求。", a="跟着业务学。",
  t="三年后能独立负责一个完整的模块。", e="0.5", ai="builder")

X("zh", "P", 1, 3, "L2", "mixed-language facts-in-open-answers target-named",
  "plan: 现在是product assistant，刚来三个月 -> P1; threeYear senior PM -> 3; Copilot写SQL -> L2",
  p="我现在是product assistant，刚来三个月，做的是B端的报表产品。",
  g="能把报表这个feature独立扛下来。", a="多看case，多和sales聊。",
  t="三年内成为senior PM。", ai="用过Copilot写SQL")

X("zh", "P", 1, 5, "L4", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "今年刚毕业入职做产品助理 -> P1; threeYear AI产品专家 -> 5; 参与过LoRA微调 -> L4",
  p="我是AI方向的研究生，今年刚毕业入职做产品助理。",
  g="尽快熟悉法律科技这个行业。",
  a="读研时参与过给法律问答场景做LoRA微调，所以对模型能力边界比较清楚，打算把这块优势发挥出来。",
  t="三年内成为AI产品专家。")

X("en", "P", 1, 2, "L1", "years-in-words low-effort target-implied",
  "two months -> P1; threeYear names nothing -> 2; heard of ChatGPT only -> L1",
  p="Learn the ropes in healthcare software.", g="not sure", t="no idea honestly",
  e="just started, 2 months", ai="I've heard of ChatGPT but never really used it")

X("zh", "P", 1, 2, "L1", "years-in-words target-implied",
  "不到一年 -> P1; threeYear 升职加薪 names no level -> 2; 听说过没用过 -> L1",
  p="先把工作做好", g="被认可", a="加班呗", t="升职加薪哈哈", e="不到一年", ai="听说过，没用过")

X("en", "P", 1, 4, "L3", "several-facts-one-answer target-named",
  "experience: 8 months -> P1 (no reports is irrelevant here); threeYear core business line -> 4; built a Slack bot on the OpenAI API -> L3",
  p="Stay on the product side of logistics tech and go deep.",
  g="Fix the carrier onboarding experience.", a="Talk to carriers, shadow ops.",
  t="In three years I want to own a core business line.",
  e="8 months, no reports, and I built a small Slack bot on the OpenAI API for our support team")

X("zh", "P", 1, 3, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "plan: 产品实习 -> P1; threeYear ends at 高级产品经理 within three years -> 3; no AI -> L1",
  p="大三，在一家医疗器械公司做产品实习，主要整理临床的需求。",
  g="实习结束能拿到offer。", a="把需求文档写好，多跑医院。",
  t="毕业后先转正当产品经理，三年内争取到高级产品经理。")

X("en", "P", 1, 2, "L2", "low-effort no-level-evidence target-implied",
  "nothing about years, title, scope -> P1; target 2; 'chatgpt sometimes' -> L2",
  p="idk", g="idk", a="idk", t="idk", ai="chatgpt sometimes")

X("en", "P", 1, 4, "L4", "title-contradicts-years facts-in-open-answers target-named",
  "explicit title Product Assistant outranks five years -> P1; threeYear Principal PM -> 4; designed RAG help-center search in production -> L4",
  p="My title is still Product Assistant even though I've been doing product for over five years. Small company, flat titles, I've stopped caring.",
  g="Get the title to match the work.", a="Document everything I ship and ask for a proper level review.",
  t="Become a Principal PM, here or elsewhere.",
  ai="I designed our RAG-based help-center search that's live in production")

X("zh", "P", 1, 4, "L2", "previous-career canonical-values years-in-words target-named",
  "产品半年 (六年销售不算) -> P1; threeYear 核心业务线 -> 4; 用豆包写方案 -> L2",
  p="做了六年销售，今年转岗做产品，想走专业路线。", g="把销售端的需求吃透。",
  a="利用懂客户的优势，多做客户访谈。",
  t="三年后负责一条核心业务线，销售背景是我的优势。",
  e="产品半年，之前销售六年", m="none", ai="用豆包写方案")

X("en", "P", 1, 3, "L1", "all-facts-skipped previous-career facts-in-open-answers target-named",
  "ten months in product (nursing years do not count) -> P1; threeYear Senior PM owning a module -> 3; no AI -> L1",
  p="Eight years as a nurse, then I moved into product at a health-tech company ten months ago.",
  g="Make the patient app less painful for older users.",
  a="Lean on my clinical background and learn the product toolkit.",
  t="I'd like to be a Senior PM owning the patient app module.")

X("zh", "P", 1, 3, "L3", "typo years-in-words target-named",
  "刚毕业干了七个月 -> P1; threeYear 高级产品经理 (三年类=三年内) -> 3; 调用API做了上线功能 -> L3",
  p="专注做电商内容产品", g="把商品详情页做好", a="多做AB实验",
  t="三年类做到高级产品经理", e="刚毕业，干了七个月",
  ai="调用过大模型API做了个自动生成商品标题的功能，已上线")

X("en", "P", 1, 4, "L4", "relative-date canonical-values target-named",
  "fresh grad since September -> P1; threeYear Principal PM -> 4; ai tuner (took part in on-prem Llama deployment) -> L4",
  p="Become the go-to person for AI in banking.", g="Ship the internal assistant.",
  a="Learn from the platform team.", t="Principal PM.",
  e="fresh grad, started in September",
  ai="tuner - I was part of the team that deployed Llama on-prem for our bank")

X("zh", "P", 1, 4, "L1", "all-facts-skipped mixed-language facts-in-open-answers target-named",
  "title Product Assistant, 刚入行 -> P1; threeYear 先做到资深产品经理 -> 4 (专家 explicitly later); no AI -> L1",
  p="刚入行，title是Product Assistant，做教育SaaS。", g="把作业批改这个feature做好。",
  a="多看数据、多和老师聊。", t="三年后成为产品专家有点远，三年内先做到资深产品经理吧。")

X("en", "P", 1, 3, "L1", "typo low-effort target-named",
  "'stay IC' -> professional; 6 months -> P1; threeYear 'senoir pm' -> 3; no AI -> L1",
  p="wanna stay IC and become a realy good pm", g="ship features", a="learn",
  t="senoir pm", e="6 months")

X("zh", "P", 1, 3, "L4", "all-facts-skipped facts-in-open-answers target-named",
  "plan: 产品助理 -> P1; threeYear 高级产品经理 -> 3; approach: 和算法一起设计线上RAG检索架构 -> L4",
  p="我是产品助理，在一家做企业知识库的公司，硕士毕业后第一份工作。",
  g="把知识库问答的准确率提上去。",
  a="我和算法同学一起设计了线上RAG问答的检索架构，负责召回评测方案，接下来想把评测体系做完整。",
  t="三年内成为高级产品经理。")

X("en", "P", 1, 2, "L2", "target-implied",
  "under a year -> P1; threeYear names no level (expert wish is only in plan) -> 2; prompts ChatGPT -> L2",
  p="I want to be a product expert in e-commerce search eventually.",
  g="Understand how ranking actually works.", a="Pair with the search engineers.",
  t="For the next three years, just learn as much as I can.",
  e="under a year", ai="I prompt ChatGPT to summarize user interviews")

X("zh", "P", 1, 2, "L2", "canonical-values target-implied years-in-words",
  "半年 -> P1; threeYear skipped, plan's 产品专家 does not count -> 2; ai user -> L2",
  p="想成为产品专家。", g="先把基本功打好。", e="半年", ai="user")

X("en", "P", 1, 2, "L1", "all-facts-skipped low-effort facts-in-open-answers target-named",
  "plan: intern -> P1; threeYear 'PM?' -> 2; no AI -> L1",
  p="i'm an intern lol", g="get hired", a="be nice to everyone", t="idk, PM?")

X("zh", "P", 1, 3, "L3", "facts-in-open-answers moving-into-ai target-named",
  "plan: 产品助理 -> P1; threeYear 高级产品经理 -> 3; approach: 调GPT-4 API做的分类工具在用 -> L3",
  p="在一家出海游戏公司做产品助理，想往AI方向转。",
  g="参与到AI NPC的项目里。",
  a="最近写了个调用GPT-4 API的小工具，把玩家评论自动分类，运营每天都在用。",
  t="三年内成为负责整个AI功能模块的高级产品经理。",
  ai="做过一个小工具")

X("en", "P", 1, 4, "L4", "all-facts-skipped previous-career facts-in-open-answers moving-into-ai target-named",
  "four months in product (data science years do not count) -> P1; threeYear Principal PM -> 4; fine-tuned and self-hosted models -> L4",
  p="I was a data scientist for three years and switched to product four months ago.",
  g="Bring the legal-review assistant to general availability.",
  a="At my last job I fine-tuned BERT and a Llama model for contract review and deployed them on our own servers, so I want to use that.",
  t="In three years: Principal PM.")

X("zh", "P", 1, 2, "L1", "low-effort years-in-words target-implied",
  "刚入行 -> P1; threeYear 走一步看一步 -> 2; no AI -> L1",
  p="不知道", g="没想过", a="嗯", t="走一步看一步", e="刚入行")

X("en", "P", 1, 2, "L2", "relative-date target-named",
  "graduated in June (2026) -> under a year -> P1; threeYear Product Manager -> 2; used Gemini -> L2",
  p="Become a well-rounded PM in travel tech.", g="Own the booking confirmation emails.",
  a="Read, ask, ship.", t="Product Manager with my own feature area.",
  e="graduated in June", ai="I used Gemini a couple of times")

X("zh", "P", 1, 5, "L1", "facts-in-open-answers target-named",
  "plan: 今年校招的产品助理 -> P1; threeYear 整条理赔产品线 -> 5; 没有 -> L1",
  p="我是今年校招进来的产品助理，在做保险理赔。", g="先把理赔进度查询做好。",
  a="向老同事请教，多看理赔案例。", t="三年后负责整条理赔产品线。", ai="没有")

X("en", "P", 1, 2, "L3", "facts-in-open-answers years-in-words target-named",
  "plan: product assistant, seven months -> P1; threeYear solid PM owning features -> 2; built a feature on Claude's API -> L3",
  p="Product assistant, seven months in, at a logistics SaaS.",
  g="Get trusted with my own roadmap items.", a="Over-communicate.",
  t="I'll be happy being a solid PM owning features.",
  ai="I built a prototype feature calling Claude's API that's now in our beta")

X("zh", "P", 1, 3, "L4", "years-in-words target-named",
  "十个月 -> P1 (不带人 irrelevant); threeYear 高级产品经理 -> 3; 参与私有化部署验收 -> L4",
  p="做好ToB产品。", g="把客户交付做顺。", a="多去客户现场。",
  t="三年内成为高级产品经理。", e="十个月", m="不带人",
  ai="参与过公司大模型私有化部署的需求调研和验收")

X("en", "P", 1, 3, "L4", "previous-career canonical-values target-named",
  "PM for a few months (solutions-engineering years do not count) -> P1; threeYear Senior PM -> 3; ai architect -> L4",
  p="Before product I was a solutions engineer for 5 years designing RAG systems for clients; I moved to PM a few months ago.",
  g="Own the retrieval quality story.", a="Use what I know, learn the PM craft.",
  t="Senior PM.", e="a few months", ai="architect")

X("zh", "P", 1, 4, "L2", "mixed-language years-in-words target-named",
  "今年刚毕业 fresh grad + assistant -> P1; threeYear principal PM -> 4; 每天用ChatGPT -> L2",
  p="今年刚毕业，fresh grad，做电商直播的产品assistant。", g="把直播间的商品卡做好。",
  a="多看直播数据。", t="3年后想做到principal PM。", ai="每天用ChatGPT")

X("zh", "P", 1, 5, "L1", "facts-in-open-answers target-named",
  "plan: 产品助理 -> P1; threeYear 产品专家 -> 5; 没接触过 -> L1",
  p="在医院信息科做产品助理，负责配合做门诊系统。", g="让医生少点几次鼠标。",
  a="跟着临床走，把流程画清楚。", t="成为医疗信息化方向的产品专家。", ai="没接触过")
