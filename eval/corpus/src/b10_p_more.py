# Professional track, all levels: longer, everyday answers with the facts spread through the open questions.
from _lib import X

X("zh", "P", 1, 3, "L1", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: 入职四个月, title产品助理 -> P1; threeYear 独立负责一个完整模块 -> 3; no AI -> L1",
  p="我在一家做宠物电商的小公司，入职四个月，title是产品助理。老板让我跟着做“订阅购”这块。",
  g="希望半年后能独立出需求，不用别人帮我改原型。", a="每天记录用户反馈，周末补产品课。",
  t="三年后能独立负责订阅购这样一个完整的模块。")

X("en", "P", 2, 3, "L1", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: about a year and a half, owns the reorder feature -> P2; threeYear Senior PM owning a module -> 3; no AI -> L1",
  p="I'm about a year and a half into product at a food-delivery company. I own the 'reorder' button and everything behind it. Small feature, but people use it a lot.",
  g="Make reordering a genuinely one-tap thing.",
  a="Look at the funnels weekly, and ride along with couriers once a month (seriously, it helps).",
  t="Move up to Senior PM and own a proper module, maybe the whole post-order experience.")

X("zh", "P", 2, 3, "L1", "all-facts-skipped facts-in-open-answers relative-date target-named",
  "plan: 毕业两年一直做产品, 负责预约提醒这个功能点 -> P2; threeYear 高级产品经理 -> 3; no AI -> L1",
  p="毕业两年，一直在做医院挂号小程序的产品，负责预约提醒这个功能点。",
  g="想把爽约率降下来，现在大概15%。", a="和医院信息科的老师多沟通，把提醒的时机和文案都做AB。",
  t="三年内升高级产品经理。")

X("en", "P", 2, 3, "L2", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: coming up on two years, ships small features -> P2; threeYear whole module at senior level -> 3; ChatGPT -> L2",
  p="PM at a Series A HR startup, coming up on two years. Mostly I ship small features the sales team begs for.",
  g="Get out of feature-factory mode.",
  a="I use ChatGPT to turn call notes into problem statements, then I push back with data.",
  t="I want to be trusted with a whole module, at senior level.")

X("zh", "P", 2, 4, "L3", "years-in-words target-named",
  "scope 直播间的礼物功能 (a feature) -> P2; threeYear 直播这条核心业务线 -> 4; 用通义千问API做了话术生成并灰度 -> L3",
  p="想在直播电商方向一直做下去，不太想转管理。", g="让礼物互动更好玩，提升打赏转化。",
  a="多看直播，和主播、运营一起复盘。", t="三年后负责直播这条核心业务线。",
  e="一年零八个月", s="负责直播间的礼物功能",
  ai="用通义千问的API给主播做了个话术生成的小功能，灰度了10%的主播")

X("en", "P", 3, 4, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "plan: four years, owns the booking approvals module -> P3; threeYear Principal PM with a core business line -> 4; no AI -> L1",
  p="Four years at a B2B travel company. I own the corporate booking approvals module: policies, approvers, the whole flow.",
  g="Make approvals take minutes, not days.", a="Workshops with travel managers, and a lot of listening.",
  t="Principal PM, with a core business line like corporate travel.")

X("zh", "P", 3, 4, "L1", "target-named",
  "3年8个月 -> P3; threeYear 资深产品经理 -> 4; 没碰过 -> L1",
  p="在保险公司做核保产品，想成为核保领域的专家。", g="把自动核保率做到80%。",
  a="考个保险从业资格，多跟核保员坐在一起。", t="资深产品经理。", e="3年8个月", ai="没碰过")

X("zh", "P", 3, 4, "L2", "all-facts-skipped mixed-language facts-in-open-answers years-in-words target-named",
  "plan: 快四年 (3.x) + own整个billing module -> P3; threeYear principal -> 4; ChatGPT -> L2",
  p="我在一家SaaS公司做了快四年，现在own整个billing module。", g="减少账单相关的工单，至少砍一半。",
  a="用ChatGPT帮我读英文文档和写release note，省下来的时间多跟客户聊。", t="三年内升principal。")

X("en", "P", 3, 4, "L4", "scope-contradicts-years target-named",
  "scope: search module -> P3 (the vague 'three years, give or take' is outranked anyway); threeYear Principal PM -> 4; took part in fine-tuning -> L4",
  p="Stay on search and discovery, go deep.", g="Better relevance for long-tail queries.",
  a="Pair with the ML folks on evaluation.", t="Principal PM.", e="three years, give or take",
  s="I own search as a module on our marketplace",
  ai="I helped the ML team fine-tune an embedding model for our catalog - I ran the relevance evals")

X("zh", "P", 4, 4, "L2", "target-named",
  "核心业务线 -> P4; threeYear 资深产品经理 = current -> 4; ChatGPT -> L2",
  p="想换到一家外企，工作节奏稳定一点。", g="尽快融入新团队。", a="提升英语，多做跨国项目。",
  t="三年内在外企做到资深产品经理这个级别就满意了。", e="六年", s="负责跨境支付这条核心业务线",
  ai="ChatGPT用得很多")

X("en", "P", 4, 5, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "plan: six years, owns the scheduling-and-billing business line -> P4; threeYear entire product line -> 5; hasn't touched AI -> L1",
  p="I've spent six years building software for dental clinics; these days I own the whole scheduling-and-billing business line.",
  g="No more double bookings, ever.", a="Honestly I haven't touched AI beyond reading about it. I just talk to a lot of clinics.",
  t="Own our entire practice-management product line.")

X("zh", "P", 4, 5, "L2", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "plan: 快七年 + 商家端核心业务线 -> P4; threeYear 产品专家 -> 5; 豆包和Kimi -> L2",
  p="干产品快七年了，目前负责外卖平台的商家端这条核心业务线。", g="商家经营工具做到行业最好用。",
  a="平时用豆包和Kimi查资料、写周报，其余时间泡在商家群里。", t="三年内做到产品专家。")

X("en", "P", 4, 5, "L2", "negation relative-date target-implied",
  "'not interested in managing' -> professional; since 2020 -> about six years -> P4; threeYear skipped -> 5; Copilot/ChatGPT -> L2",
  p="Deep in climate-tech data products. I'm not interested in managing.", g="Make emissions data trustworthy.",
  e="since 2020", ai="Copilot, ChatGPT, the usual")

X("zh", "P", 4, 5, "L2", "typo facts-in-open-answers target-named",
  "plan: 资深产品经里(经理) + 会员核心业务线 -> P4; threeYear 产品专家 -> 5; 文心一言 -> L2",
  p="我是资深产品经里，负责会员这条核心业务线。", g="续费率再提5个点。", a="做分层运营和权益实验。",
  t="成为会员增长方面的产品专家。", ai="用过文心一言")

X("en", "P", 4, 5, "L3", "all-facts-skipped facts-in-open-answers target-named",
  "plan: Principal PM owning contract review, the core business line -> P4; threeYear Product Expert -> 5; built clause extraction on GPT-4 -> L3",
  p="Principal PM at a legal-tech company. I own contract review end to end, which is basically our core business line.",
  g="Lawyers trust the output without re-reading everything.",
  a="I built the clause-extraction feature on GPT-4 with our two engineers; it's used by 300 firms now.",
  t="Product Expert for legal AI.")

X("zh", "P", 4, 5, "L4", "years-in-words target-named",
  "核心业务线 -> P4; threeYear 整条智能客服产品线 -> 5; 私有化部署产品侧负责人 -> L4",
  p="在智能客服这个赛道深耕，不打算转管理。", g="把私有化交付做成标准产品。", a="沉淀交付方法论。",
  t="负责整条智能客服产品线。", e="五年半", s="核心业务线",
  ai="去年带着算法同学把客服模型私有化部署到了客户机房，我是产品侧负责人")

X("zh", "P", 5, 5, "L1", "all-facts-skipped previous-career facts-in-open-answers target-named",
  "plan: 十二年产品 + 现在是产品专家 -> P5; threeYear 继续做专家 -> 5; no AI -> L1",
  p="做了快二十年软件，后面十二年都是产品。现在是公司的产品专家，各条线的产品方案都会找我评审。",
  g="把公司的产品方法论沉淀下来。", a="写内部课程，带读书会。", t="继续做专家，把评审体系建起来。")

X("en", "P", 5, 5, "L1", "negation target-implied",
  "'managing isn't for me' -> professional; whole product line / nine years -> P5; threeYear names nothing -> capped 5; none yet -> L1",
  p="I want to stay close to the product; managing isn't for me.", g="Fewer support calls from stores.",
  t="Stay where I am and do it better.", e="nine years",
  s="the whole product line for our point-of-sale hardware", ai="none yet")

X("en", "P", 5, 5, "L2", "all-facts-skipped senior-no-reports facts-in-open-answers target-implied",
  "plan: PM for eleven years, whole mobile banking product line, IC role with no reports -> P5; threeYear no level -> capped 5; ChatGPT -> L2",
  p="I've been the product lead for our entire mobile banking product line for three years (no reports, it's an IC role), and a PM for eleven.",
  g="Make the app the reason people pick us.", a="ChatGPT drafts my first versions of everything; I spend the saved time with customers.",
  t="Stay on the product line and keep raising the bar.")

X("zh", "P", 5, 5, "L2", "canonical-values target-implied",
  "productLine -> P5; threeYear skipped -> capped 5; ai user -> L2",
  p="想在新能源汽车的智能座舱方向做到顶尖。", g="让座舱交互少一半学习成本。",
  e="十年以上", s="productLine", ai="user")

X("zh", "P", 5, 5, "L2", "all-facts-skipped mixed-language facts-in-open-answers years-in-words target-named",
  "plan: 快十年 + product expert + 整个海外增长产品线 -> P5; threeYear product expert -> 5; Claude/ChatGPT -> L2",
  p="我做product快十年了，目前是公司的product expert，负责整个海外增长产品线。",
  g="把东南亚市场做起来。", a="用Claude和ChatGPT做竞品分析，自己多飞当地。",
  t="三年后还是做product expert，最好能在行业里有点影响力。")

X("en", "P", 5, 5, "L2", "typo negation target-named",
  "'dont want to manage, stay IC' -> professional; 8+ yrs -> P5; threeYear product expret (expert) -> 5; chatgpt -> L2",
  p="dont want to manage, want to stay IC", g="keep shipping good stuff", a="same as now",
  t="product expret", e="8+ yrs", ai="chatgpt for specs")

X("zh", "P", 5, 5, "L3", "all-facts-skipped facts-in-open-answers target-implied",
  "plan: 第九年 + 整条供应链金融产品线 -> P5; threeYear no level -> capped 5; approach: 调用大模型API做了合同要素抽取 -> L3",
  p="做产品第九年了，负责公司整条供应链金融产品线。", g="把放款时效压到当天。",
  a="去年自己调用大模型API做了合同要素抽取的功能，现在每天处理上千份合同。", t="继续把供应链金融做深。")

X("en", "P", 5, 5, "L3", "relative-date canonical-values target-named",
  "productLine / since 2016 -> P5; threeYear Product Expert -> 5; shipped features on OpenAI and Anthropic APIs -> L3",
  p="Stay deep in collaboration software.", g="Make meetings optional.", a="Prototype a lot.",
  t="Product Expert.", e="since 2016", s="productLine",
  ai="I've shipped three features on top of the OpenAI and Anthropic APIs")

X("zh", "P", 5, 5, "L3", "negation canonical-values target-implied",
  "不想带人 -> professional; 八年 -> P5; threeYear 不求升职 names no level -> capped 5; builder -> L3",
  p="不想带人，我更喜欢自己动手。", g="把工业质检的软件做到客户离不开。", a="多下工厂。",
  t="不求升职，把产品做扎实。", e="八年", ai="builder")

X("en", "P", 5, 5, "L3", "all-facts-skipped previous-career facts-in-open-answers target-named",
  "plan: product for nine years (six teaching years do not count), whole K-12 product line -> P5; threeYear Product Expert -> 5; built generator on Gemini API -> L3",
  p="I was a teacher for six years and have been doing product for nine. The whole K-12 product line is mine now.",
  g="Teachers get their evenings back.", a="I built our lesson-plan generator on the Gemini API and I keep iterating on it with teachers.",
  t="Product Expert in education.")

X("en", "P", 5, 5, "L4", "all-facts-skipped facts-in-open-answers target-implied",
  "plan: Product Expert owning the AI inference product line -> P5; threeYear no level -> capped 5; led fine-tuning and on-prem deployment -> L4",
  p="Product Expert at a cloud company; I own the whole AI inference product line.",
  g="Make private LLM hosting boring and cheap.",
  a="I led the fine-tuning and on-prem deployment offering for enterprise customers, so I'll keep building on that.",
  t="Keep doing this, just at a bigger scale.")

X("zh", "P", 5, 5, "L4", "years-in-words target-named",
  "十一年 + 一条完整的产品线 -> P5; threeYear 政务AI产品专家 -> 5; 负责过私有化部署和微调 -> L4",
  p="一直做政务，不考虑管理岗。", g="让基层办事员真的愿意用AI。", a="多跑区县。",
  t="成为行业里数一数二的政务AI产品专家。", e="十一年", s="一条完整的产品线：政务大模型",
  ai="负责过政务大模型的私有化部署和微调")
