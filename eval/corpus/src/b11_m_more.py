# Management track, levels 1-2: people who want to lead, written the way they actually answer.
from _lib import X

# --- management level 1 ---
X("zh", "M", 1, 2, "L1", "all-facts-skipped facts-in-open-answers relative-date target-implied",
  "plan 走管理、带团队 -> management; 今年七月刚入职 -> under a year -> M1; threeYear 还没细想 -> 2; no AI -> L1",
  p="今年七月刚入职，做的是社区团购的产品。长远来看我想走管理，带一支自己的团队。",
  g="先把团长端的功能做熟。", a="多跟着leader开会，观察他怎么做决策。",
  t="三年的事还没细想，先干好眼前的。")

X("en", "M", 1, 2, "L3", "all-facts-skipped facts-in-open-answers years-in-words target-implied",
  "plan: wants to build and lead the team -> management; eight months into first PM role -> M1; threeYear names nothing -> 2; shipped a feature built on the OpenAI API -> L3",
  p="Eight months into my first PM role at a language-learning app. Long run I want to be the person who builds and leads the team, not just ships tickets.",
  g="Get the speaking practice feature to 20% weekly usage.",
  a="I built a small conversation-practice feature on the OpenAI API during hack week and it made it into the app.",
  t="Not sure yet what the next step looks like.")

X("zh", "M", 1, 2, "L3", "years-in-words target-implied",
  "plan 带一帮人 -> management; 目前没带人 -> M1; threeYear skipped -> 2; API做过简历解析已上线 -> L3",
  p="未来想做招聘产品团队的负责人，带一帮人一起做。", g="先把简历筛选这块做扎实。",
  e="半年", m="目前没带人", ai="用大模型API做过一个简历解析的小功能，已经上线")

X("en", "M", 1, 2, "L4", "relative-date target-implied",
  "manage people someday -> management; nobody yet / started in January -> M1; threeYear skipped -> 2; part of fine-tuning crew -> L4",
  p="I'd love to manage people someday. I was a team captain in college and loved it.",
  g="Earn some trust first.", e="started in January", m="nobody yet",
  ai="part of the crew that fine-tuned our support model last quarter (I wrote the data guidelines)")

X("zh", "M", 1, 3, "L1", "all-facts-skipped facts-in-open-answers typo target-named",
  "plan: 当团队leader -> management; 10个月, 不带人 -> M1; threeYear 团队leader -> 3; no AI -> L1",
  p="在物流公司做了10个月的产品，不带人。以后想当团队leader，带团对做出成绩。",
  g="先把运单追踪做好。", a="多跑仓库，多和司机聊。", t="三年内当上团队leader。")

X("en", "M", 1, 3, "L2", "all-facts-skipped senior-no-reports facts-in-open-answers target-named",
  "plan: want to lead a team -> management; 'never had anyone report to me or even mentored anyone' outranks six years -> M1; threeYear own team of PMs -> 3; ChatGPT -> L2",
  p="I'm an IC PM at a SaaS company, six years in, and I've never had anyone report to me or even mentored anyone. I want to change that. I want to lead a team.",
  g="Show I can grow people.", a="I use ChatGPT a ton for drafting, which frees time to volunteer as a mentor.",
  t="Have my own team of PMs.")

X("zh", "M", 1, 3, "L2", "mixed-language senior-no-reports target-named",
  "想从IC转people manager -> management; 不带人也没有mentee outranks 4年 -> M1; threeYear 带3到5人小团队 -> 3; Kimi/ChatGPT -> L2",
  p="我想从IC转成people manager。", g="先带好一个项目组。", a="找公司里的老leader做mentor。",
  t="三年内带一个3到5人的小团队。", e="4年", m="不带人，也没有mentee", ai="Kimi和ChatGPT都用")

X("zh", "M", 1, 3, "L2", "years-in-words target-named",
  "更适合做管理、带人 -> management; 刚满半年 -> M1; threeYear 团队leader -> 3; 豆包润色 -> L2",
  p="现在觉得自己更适合做管理，协调资源、带人打仗。", g="先把跨部门项目推好。",
  a="主动承担项目经理的角色，练沟通。", t="成为团队leader。", e="刚满半年", ai="偶尔用豆包润色文案")

X("en", "M", 1, 3, "L2", "years-in-words target-named",
  "management -> management; nine months -> M1; threeYear Team Lead -> 3; Claude -> L2",
  p="Management. I know it's not for everyone, but it's for me.", g="Be the one people come to.",
  a="Read, watch good managers, ask for feedback.", t="Team Lead by 2029.",
  e="nine months", ai="Claude for writing")

X("en", "M", 1, 3, "L1", "years-in-words target-named",
  "lead people -> management; a few weeks -> M1; threeYear lead a team -> 3; no AI -> L1",
  p="I want to lead people. I'm good with people, less good with Jira.", g="Learn the product.",
  a="Shadow everyone.", t="Lead a team of my own.", e="a few weeks")

X("en", "M", 1, 3, "L3", "all-facts-skipped facts-in-open-answers relative-date target-named",
  "plan: managing a team -> management; fresh grad (May 2026) -> M1; threeYear team lead -> 3; shipped an LLM feature via the OpenAI API -> L3",
  p="Fresh grad (May 2026), in the APM program at a fintech. I want to be managing a team in a few years.",
  g="Rotate through three squads.", a="I've already shipped one small LLM feature: transaction categorization via the OpenAI API.",
  t="Team lead.")

X("zh", "M", 1, 3, "L3", "senior-no-reports negation canonical-values target-named",
  "想转管理、不想一辈子做执行 -> management; 没带过人 outranks 七年 -> M1; threeYear 带一个小团队 -> 3; builder -> L3",
  p="想转管理，不想一辈子做执行。", g="先拿一个能带新人的机会。", a="跟HRBP聊了，报了公司的管理培训。",
  t="三年内带一个小团队。", e="七年", m="一直单打独斗，没带过人", ai="builder")

X("zh", "M", 1, 3, "L3", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "threeYear 带团队的leader -> management; 入行快一年(不满一年), 还没带过人 -> M1; target 3; 用GPT API写了素材标签工具 -> L3",
  p="我是做游戏发行产品的，入行快一年了，还没带过人。", g="把买量后台的几个功能做好。",
  a="自己用GPT的API写了个素材标签自动生成工具，投放同事每天在用。",
  t="想在三年内成为带团队的发行产品leader。")

X("en", "M", 1, 3, "L3", "previous-career target-named",
  "lead a product team -> management; product only 8 months (hospital admin does not count) -> M1; threeYear small team of PMs -> 3; built drafting feature on Azure OpenAI -> L3",
  p="Long term: lead a product team in healthcare.", g="Get discharge paperwork out of nurses' evenings.",
  a="Use my hospital background.", t="Lead a small team of PMs.",
  e="~10 years total: hospital admin first, product only the last 8 months",
  ai="built a discharge-summary drafting feature on Azure OpenAI, in pilot")

X("zh", "M", 1, 3, "L4", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: 走管理线、带团队 -> management; 入职不到一年 -> M1; threeYear 带一个产品小组 -> 3; 参与RAG上线架构设计 -> L4",
  p="入职不到一年，在一家做企业知识库的公司。我比较想走管理线，以后带团队。", g="把检索效果做好。",
  a="参与了公司RAG问答系统上线的架构设计，负责检索评测的那部分。", t="三年后带一个产品小组。")

X("en", "M", 1, 4, "L1", "senior-no-reports target-named",
  "aiming for product director -> management; 'zero direct reports, no mentees' outranks 3 years -> M1; threeYear Director of Product -> 4; not really -> L1",
  p="Honestly I'm aiming for product director.", g="Get visible work.", a="Volunteer for the messy projects.",
  t="Director of Product.", e="3 years", m="zero direct reports, no mentees either", ai="not really")

X("zh", "M", 1, 4, "L2", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: 以后做产品总监 -> management; 刚毕业三个月，普通员工 -> M1; threeYear 管几个团队的总监 -> 4; ChatGPT -> L2",
  p="刚毕业三个月，普通员工一个。目标很明确：以后做产品总监。", g="先站稳。",
  a="先用ChatGPT把行业报告啃下来，再争取带项目。", t="三年内成为能管几个团队的总监，有点激进但想试试。")

X("en", "M", 1, 4, "L4", "all-facts-skipped previous-career facts-in-open-answers moving-into-ai target-named",
  "plan: running a product org -> management; four months in product (ML years do not count) -> M1; threeYear Head of Product -> 4; fine-tuned and self-hosted Llama -> L4",
  p="I was an ML engineer for five years and moved into product four months ago. I want to end up running a product org.",
  g="Ship our first AI feature as a PM.", a="In my ML job I fine-tuned and deployed Llama models on our own GPUs, so I'll lean on that.",
  t="Head of Product, ideally for an AI company.")

X("zh", "M", 1, 4, "L4", "senior-no-reports target-named",
  "往管理走 -> management; 不带人 outranks 五年 -> M1; threeYear 产品总监 -> 4; 设计过线上agent编排 -> L4",
  p="想往管理走，带大团队。", g="先证明自己能带项目。", a="多做向上汇报。",
  t="产品总监。", e="五年", m="不带人", ai="设计过线上的agent编排架构")

X("en", "M", 1, 4, "L4", "years-in-words target-named",
  "manage managers -> management; 6 months -> M1; threeYear manage several teams -> 4; took part in private Qwen deployment -> L4",
  p="I want to manage managers one day.", g="Learn how the org works.", a="Ask dumb questions early.",
  t="Manage several teams.", e="6 months", ai="tuner - took part in our private deployment of Qwen")

# --- management level 2 ---
X("zh", "M", 2, 3, "L1", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: 往管理发展 -> management; 带一个实习生、没有正式下属 -> M2; threeYear 团队leader -> 3; no AI -> L1",
  p="做了两年多的会员产品，目前带一个实习生，没有正式下属。想往管理发展。",
  g="把会员续费做上去。", a="多争取带项目的机会。", t="三年内成为团队leader。")

X("en", "M", 2, 3, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "threeYear team with direct reports -> management; mentors two juniors, nobody reports -> M2; target 3; no AI -> L1",
  p="Three years in product at a nonprofit tech org. I coordinate volunteers and mentor two junior PMs, but nobody formally reports to me.",
  g="Ship the donor portal.", a="Keep mentoring, ask for a formal lead role.", t="Lead a team with direct reports.")

X("zh", "M", 2, 3, "L1", "other-ladder-title target-named",
  "想带人 -> management; 高级产品经理 ignored; 五年 with no team answer -> M2; threeYear 带5人团队 -> 3; no AI -> L1",
  p="我是高级产品经理，但不想只做专业，想带人。", g="先带一个项目组。", a="学习管理课程。",
  t="带一个5人左右的产品团队。", e="五年")

X("en", "M", 2, 3, "L1", "years-in-words target-named",
  "management -> management; mentors every new PM -> M2; threeYear Team Lead -> 3; nah -> L1",
  p="Management is where I want to go.", g="Raise the bar for the whole team.", a="Keep onboarding people.",
  t="Team Lead.", e="a little over two years", m="I onboard and mentor every new PM on the team", ai="nah")

X("zh", "M", 2, 3, "L1", "years-in-words target-named",
  "以后想当leader -> management; 负责带校招生、没下属 -> M2; threeYear 团队leader -> 3; 没用过 -> L1",
  p="以后想当leader，主要是喜欢帮别人成长。", g="把校招生都带出来。", a="建一个新人培养手册。",
  t="团队leader。", e="三年多", m="负责带校招生，没下属", ai="没用过")

X("en", "M", 2, 3, "L2", "all-facts-skipped facts-in-open-answers target-named",
  "plan: lead a team -> management; core member, mentors two PMs -> M2; threeYear team lead -> 3; ChatGPT -> L2",
  p="I'm a core member on the growth squad - 4 years in, I run our experiment reviews and mentor the two newer PMs. I'd like to lead a team.",
  g="Make experimentation a habit.", a="I live in ChatGPT for writing and analysis.", t="Team lead within three years.")

X("zh", "M", 2, 3, "L2", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: 走管理线 -> management; 负责跨部门项目、没有下属 -> M2; threeYear 带一个小团队 -> 3; Kimi -> L2",
  p="做了一年半产品，现在负责一个跨部门项目，但没有下属。比较想走管理线。", g="把项目按时上线。",
  a="用Kimi整理会议纪要和行业资料，多练向上沟通。", t="三年后带一个小团队。")

X("zh", "M", 2, 3, "L2", "mixed-language target-named",
  "想从IC转manager -> management; mentor两个新人 -> M2; threeYear team lead -> 3; ChatGPT/Copilot -> L2",
  p="想从IC转manager。", g="把mentee带到能独立负责feature。", a="学习1on1和feedback技巧。",
  t="3年内做team lead。", e="3年", m="mentor两个新人", ai="ChatGPT、Copilot")

X("en", "M", 2, 3, "L2", "relative-date target-implied",
  "lead a team -> management; PM since 2023, no team answer -> more than a year -> M2; threeYear skipped -> 3; ChatGPT -> L2",
  p="I want to lead a team. I've been told I'm good at unblocking people.", g="Get a lead role.",
  e="since 2023", ai="ChatGPT for emails")

X("zh", "M", 2, 3, "L2", "plan-contradicts-threeYear target-named",
  "plan 一直做专业 but threeYear (decides) 带团队 -> management; 带项目无下属 -> M2; target 3; 通义 -> L2",
  p="本来想一直做专业。", g="把手上的风控项目做完。", a="多跟业务方打交道。",
  t="现在改主意了，三年内想带团队。", e="四年", m="带项目，无下属", ai="用通义")

X("en", "M", 2, 3, "L2", "canonical-values target-named",
  "people manager -> management; mentor -> M2; threeYear team lead with reports -> 3; Gemini -> L2",
  p="Become a people manager in fintech.", g="Help the two juniors get promoted.", a="Coaching course at work.",
  t="Team lead, 3-4 reports.", e="2 years", m="mentor", ai="I use Gemini to summarize research")

X("zh", "M", 2, 3, "L2", "facts-in-open-answers target-named",
  "想带团队 -> management; 部门的骨干 -> M2; threeYear 团队leader -> 3; 豆包 -> L2",
  p="我目前算是部门的骨干，老板也在培养我做接班人，想带团队。", g="先把接班这件事做实。",
  a="跟老板多要反馈。", t="三年内成为团队leader。", ai="豆包用得多")

X("en", "M", 2, 3, "L3", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: want to manage -> management; leads a project across teams, no reports -> M2; threeYear Team Lead -> 3; built classifier on the OpenAI API -> L3",
  p="Two and a half years as a PM. I lead the checkout project across three teams but have no reports. I want to manage.",
  g="Checkout conversion up 3 points.", a="I built an order-issue classifier on the OpenAI API that support uses every day.",
  t="Team Lead.")

X("zh", "M", 2, 3, "L3", "all-facts-skipped facts-in-open-answers target-named",
  "plan: 以后想当leader -> management; 组里的骨干、新人都是我带 -> M2; threeYear 带一个团队 -> 3; 调API做文案工具 -> L3",
  p="干了三年产品，现在是组里的骨干，新人来了都是我带。以后想当leader。", g="组里的人都能独当一面。",
  a="给运营做了个调大模型API生成活动文案的小工具，上线半年了。", t="三年后带一个团队。")

X("en", "M", 2, 3, "L3", "negation years-in-words canonical-values target-named",
  "not an IC forever -> management; mentors interns -> M2; threeYear Team Lead -> 3; builder -> L3",
  p="Not an IC forever.", g="Run the intern program well.", a="Keep mentoring.", t="Team Lead.",
  e="18 months", m="I mentor interns each summer", ai="builder")

X("zh", "M", 2, 3, "L3", "previous-career target-named",
  "以后想带产品团队 -> management; 产品两年 (五年开发不算), no team answer -> M2; threeYear 带团队 -> 3; 用OpenAI API写工具团队在用 -> L3",
  p="技术转产品两年，之前写了五年代码，以后想带产品团队。", g="做技术和业务之间的桥。",
  a="多学商业化知识。", t="带团队。", e="产品两年",
  ai="用OpenAI的API自己写过一个需求文档自动检查的工具，团队在用")

X("zh", "M", 2, 3, "L3", "mixed-language canonical-values target-named",
  "想做manager -> management; 带过项目、没有report line -> M2; threeYear team lead -> 3; builder -> L3",
  p="我想做manager。", g="把项目管理能力练扎实。", a="多带cross-team的项目。",
  t="team lead", e="四年", m="带过几个项目，没有report line", ai="builder")

X("en", "M", 2, 3, "L3", "all-facts-skipped facts-in-open-answers relative-date target-named",
  "plan: managing -> management; mentors a junior, runs planning, no direct reports -> M2; threeYear lead a team -> 3; built generator on Claude's API -> L3",
  p="I've been a PM since 2022 at a proptech company. I mentor our junior PM and lead the quarterly planning, no direct reports. Long term I see myself managing.",
  g="Better listings, faster.", a="Built our listing-description generator on Claude's API.", t="Lead a team.")

X("zh", "M", 2, 3, "L4", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: 往管理走 -> management; 带两个新人做项目、没有直接下属 -> M2; threeYear 团队leader -> 3; 参与客服模型微调 -> L4",
  p="做了四年多，带两个新人做项目，没有直接下属。想往管理走。", g="把客服机器人的解决率提上去。",
  a="去年参与了客服模型的微调，负责数据和评测，这块想继续带着新人做。", t="三年内做到团队leader。")

X("en", "M", 2, 3, "L4", "canonical-values target-implied",
  "growing people over shipping -> management; mentor -> M2; threeYear skipped -> 3; architect -> L4",
  p="I've realized I care more about growing people than shipping features myself. I want to manage.",
  e="3 years", m="mentor", ai="architect")

X("zh", "M", 2, 3, "L4", "target-named",
  "想带团队 -> management; 负责项目、没有下属 -> M2; threeYear 团队leader -> 3; 参与私有化部署 -> L4",
  p="想带团队。", g="把私有化项目做成标杆。", a="向老板学怎么管人。",
  t="当上团队leader。", e="两年", m="负责项目，没有下属", ai="参与过私有化部署通义千问")

X("en", "M", 2, 4, "L2", "all-facts-skipped facts-in-open-answers target-named",
  "plan: go into leadership -> management; go-to mentor, no reports -> M2; threeYear Head of Product -> 4; ChatGPT -> L2",
  p="Five years in product, currently the go-to mentor for new PMs on my team, no reports. I want to go into leadership.",
  g="Make our PM onboarding the best in the company.", a="ChatGPT for first drafts; real time goes to people.",
  t="Head of Product at a mid-size company.")

X("zh", "M", 2, 4, "L2", "target-named",
  "产品总监 -> management; 带新人 -> M2; threeYear 产品总监、管几个组 -> 4; 豆包 -> L2",
  p="长远目标是产品总监。", g="把新人带好，先证明带人的能力。", a="读管理的书，找导师。",
  t="三年后做到产品总监，管几个组。", e="三年", m="带新人", ai="用豆包")

X("zh", "M", 2, 4, "L3", "all-facts-skipped facts-in-open-answers target-named",
  "plan: 想走管理 -> management; 负责跨部门项目、没有下属 -> M2; threeYear 产品总监 -> 4; API做了理财问答并上线 -> L3",
  p="在一家银行做了三年产品，负责一个跨部门项目的推进，没有下属。我想走管理。",
  g="让线上理财咨询不用排队。", a="我用大模型API做了理财产品问答的功能，已经上线，想以此为契机带团队。",
  t="产品总监。")

X("en", "M", 2, 4, "L3", "target-named",
  "run a product org -> management; mentors one new grad -> M2; threeYear Director -> 4; built a feature on the Gemini API -> L3",
  p="I want to run a product org one day.", g="Grow the new grad into a strong PM.", a="Lead bigger projects.",
  t="Director by 2029. Ambitious, I know.", e="two years", m="I mentor one new grad",
  ai="I built a feature on the Gemini API")

X("zh", "M", 2, 4, "L3", "canonical-values target-named",
  "想走管理 -> management; mentor -> M2; threeYear 管理几个团队 -> 4; builder -> L3",
  p="我是做政务的，想走管理。", g="把项目交付做稳。", a="多跟甲方沟通。",
  t="管理几个团队。", e="七年", m="mentor", ai="builder")

X("en", "M", 2, 4, "L4", "all-facts-skipped facts-in-open-answers target-named",
  "plan: become a director -> management; core member, mentors and runs projects, no reports -> M2; threeYear Director of Product -> 4; helped design production RAG -> L4",
  p="I'm a core member of the platform team - six years, I mentor and run projects, no reports. I want to become a director.",
  g="Make the platform self-serve.", a="I helped design our production RAG architecture and I'd bring that to a leadership role.",
  t="Director of Product.")

X("zh", "M", 2, 4, "L4", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: 往总监方向 -> management; 团队骨干、代管项目 -> M2; threeYear 产品总监 -> 4; 主导RAG架构设计已上线 -> L4",
  p="做产品三年半，团队里的骨干，老板出差时我代管项目。想往总监方向发展。", g="把知识库产品做成公司第二曲线。",
  a="主导过公司内部知识库的RAG架构设计，已经上线。", t="三年后成为产品总监。")

X("en", "M", 2, 4, "L4", "canonical-values target-named",
  "lead leaders -> management; leads projects, no direct reports -> M2; threeYear manage multiple teams -> 4; tuner -> L4",
  p="I want to lead leaders one day.", g="Run the model platform roadmap.", a="Step up in planning.",
  t="Manage multiple teams.", e="4 years", m="lead projects, no direct reports", ai="tuner")

X("zh", "M", 2, 4, "L4", "years-in-words target-named",
  "想做管理 -> management; 带新人 -> M2; threeYear 总监 -> 4; 参与微调 -> L4",
  p="想做管理，最终做到总监。", g="把模型效果做上去。", a="多做分享，带新人。",
  t="三年内做到总监。", e="一年多", m="带新人", ai="参与过大模型微调")
