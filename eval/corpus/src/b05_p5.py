# Professional track, level 5 (产品专家 / Product Expert): the title, a whole product line, or 8+ years. Target is capped at 5.
from _lib import X

X("zh", "P", 5, 5, "L1", "all-facts-skipped facts-in-open-answers years-in-words target-implied",
  "plan: 做了十年, 负责整条产品线 -> P5; threeYear names no level, 5+1 capped -> 5; no AI -> L1",
  p="做了十年产品，现在负责公司整条财税产品线。", g="把产品线做成行业第一。",
  a="持续打磨方法论，培养接班人。", t="继续在财税领域做深做透。")

X("zh", "P", 5, 5, "L4", "target-named",
  "现在是产品专家 -> P5; threeYear 继续做产品专家 -> 5; 主导过大模型私有化部署 -> L4",
  p="我现在是公司的产品专家，负责AI中台。", g="让每条业务线都能低成本接入大模型。",
  a="把平台能力标准化。", t="继续做产品专家，把影响力扩大到集团。",
  ai="主导过大模型私有化部署和领域微调")

X("en", "P", 5, 5, "L3", "years-in-words target-implied",
  "over a decade -> P5; threeYear names no level -> capped 5; built features on the OpenAI API -> L3",
  p="I've been doing product for over a decade. I want to keep building, not managing.",
  g="Make our analytics product self-serve.", a="Stay hands-on.",
  t="Keep shipping things I'm proud of.", e="over a decade",
  ai="I built two features on the OpenAI API last year, both in production")

X("zh", "P", 5, 5, "L1", "title-contradicts-years facts-in-open-answers target-implied",
  "explicit title 产品专家 outranks 四年 -> P5; threeYear no level -> capped 5; 没怎么用过 -> L1",
  p="公司给我定的是产品专家，虽然我只做了四年，但负责的东西比较核心。", g="站稳脚跟。",
  a="做出标杆案例。", t="沉淀方法论，对外输出。", ai="没怎么用过")

X("en", "P", 5, 5, "L4", "relative-date canonical-values target-implied",
  "PM since 2015 -> about eleven years -> P5; threeYear skipped -> capped 5; ai tuner -> L4",
  p="Stay deep in AI platforms.", g="Own the model-serving roadmap.", e="since 2015", ai="tuner")

X("en", "P", 5, 5, "L1", "lead-wants-expert negation years-in-words target-named",
  "director stepping back to IC ('don't want to manage anymore') -> professional, director title ignored; twelve years -> P5; threeYear Product Expert -> 5; none -> L1",
  p="I've been a director for three years and I don't want to manage anymore. I want to be an IC again.",
  g="Solve one hard problem well.", a="Hand off the org.", t="Product Expert.",
  e="twelve years", ai="none")

X("zh", "P", 5, 5, "L3", "several-facts-one-answer years-in-words target-implied",
  "experience: 九年 + 整条产品线 -> P5; threeYear skipped -> capped 5; 调API做过上线功能 -> L3",
  p="继续做电商SaaS。", g="把产品线的续费率做上去。",
  e="做了九年，负责一整条产品线，没带人，调用大模型API做过两个上线功能")

X("en", "P", 5, 5, "L2", "all-facts-skipped facts-in-open-answers target-named",
  "plan: Product Expert for the whole payments product line -> P5; threeYear stay expert -> 5; ChatGPT for research -> L2",
  p="I'm the Product Expert for our whole payments product line at a retail bank.",
  g="Real-time everything.", a="I lean on ChatGPT for research summaries so I can spend time with regulators.",
  t="Stay the expert people call when payments break.")

X("zh", "P", 5, 5, "L4", "all-facts-skipped facts-in-open-answers years-in-words target-implied",
  "plan: 十来年产品 -> P5; threeYear no level -> capped 5; approach: 设计并上线RAG+agent架构 -> L4",
  p="干了十来年产品，从电商做到企业服务。", g="让大模型真正落地到业务。",
  a="我们的智能助理就是我设计的RAG加agent架构，已经服务上万家客户，接下来补评测。",
  t="继续在AI应用方向深耕。")

X("en", "P", 5, 5, "L1", "low-effort canonical-values target-implied",
  "experience 10 -> P5; threeYear idk -> capped 5; no AI -> L1",
  p="idk", g="idk", t="idk", e="10")

X("zh", "P", 5, 5, "L2", "other-ladder-title negation years-in-words target-named",
  "产品总监 title ignored (不想再做管理); 八年 -> P5; threeYear 产品专家 -> 5; 用ChatGPT -> L2",
  p="现在是产品总监，但不想再做管理了，想回归专业。", g="把产品做好。", a="交接团队。",
  t="三年内转成产品专家的角色。", e="八年", ai="用ChatGPT")

X("en", "P", 5, 5, "L3", "previous-career target-named",
  "nine years as PM (consulting before does not matter) -> P5; threeYear Product Expert -> 5; ai builder -> L3",
  p="Five years of consulting, then nine years in product. I'm a builder at heart.",
  g="Own the platform.", a="Keep learning.", t="Product Expert in developer tools.",
  e="9 years as a PM", ai="builder")

X("zh", "P", 5, 5, "L1", "target-clamped target-named",
  "十年 -> P5; threeYear names 资深产品经理 (4), below current -> clamped to 5; 没用过 -> L1",
  p="想换到大厂看看。", g="稳定。", a="投简历。", t="能去大厂做个资深产品经理就满足了。",
  e="十年", ai="没用过")

X("en", "P", 5, 5, "L4", "all-facts-skipped facts-in-open-answers target-named",
  "plan: owns the whole product line -> P5; threeYear Product Expert -> 5; approach: fine-tuned and self-hosted models -> L4",
  p="I own the whole clinical documentation product line at a health-tech company.",
  g="Doctors should finish notes before they leave the room.",
  a="We fine-tuned our own speech and summarization models and host them on-prem for hospitals; I drove that program.",
  t="Be recognized as the Product Expert for clinical AI.")

X("zh", "P", 5, 5, "L2", "mixed-language target-implied",
  "title product expert -> P5; threeYear skipped -> capped 5; 用Claude -> L2",
  p="我是product expert，在做跨境物流。", g="把时效做稳定。", ai="用Claude做竞品分析")

X("en", "P", 5, 5, "L3", "senior-no-reports target-named",
  "ten years -> P5 (no reports irrelevant); threeYear Product Expert -> 5; built on LLM APIs -> L3",
  p="Ten years in, no reports, and I like it that way.", g="Deep work on search.", a="Ship.",
  t="Product Expert.", e="ten years", m="none", ai="built a query-rewrite feature on an LLM API")

X("zh", "P", 5, 5, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "plan: 产品专家 -> P5; threeYear 继续当好产品专家 -> 5; no AI -> L1",
  p="目前是公司的产品专家，负责整个供应链产品线。", g="降本增效。", a="跑工厂、跑仓库。",
  t="继续当好产品专家。")

X("zh", "P", 5, 5, "L3", "relative-date target-implied",
  "2016年开始做产品 -> about ten years -> P5; threeYear no level -> capped 5; 调用API做了智能推荐 -> L3",
  p="继续做内容平台。", g="提升内容分发效率。", a="紧跟算法。",
  t="继续深耕内容领域。", e="2016年开始做产品", ai="调用大模型API做了智能选题推荐，上线了")

X("en", "P", 5, 5, "L4", "years-in-words canonical-values target-named",
  "fifteen years -> P5; threeYear Product Expert -> 5; ai architect -> L4",
  p="Stay an expert in enterprise search.", g="Make search answer questions.", a="RAG done right.",
  t="Product Expert.", e="fifteen years", ai="architect")

X("zh", "P", 5, 5, "L2", "typo years-in-words target-named",
  "产品专家 -> P5; threeYear 产品砖家(专家) -> 5; 用chatgpt -> L2",
  p="我是产品专家，做了八年多", g="做好", a="多学", t="继续当产品砖家哈哈", ai="用chatgpt")

X("en", "P", 5, 5, "L1", "low-effort target-implied",
  "scope 'the whole product line' -> P5; threeYear whatever -> capped 5; no AI -> L1",
  p="whatever", t="whatever", s="the whole product line")

X("en", "P", 5, 5, "L2", "all-facts-skipped previous-career facts-in-open-answers target-named",
  "PM for eight and a half years (army years do not count) -> P5; threeYear Product Expert -> 5; Copilot -> L2",
  p="Ex-army officer; I've been a PM for eight and a half years now, in defense logistics software.",
  g="Own the readiness product line.", a="I use Copilot for drafting specs; the rest is fieldwork.",
  t="Product Expert in logistics.")

X("en", "P", 5, 5, "L1", "target-named",
  "title Product Expert -> P5; threeYear stay Product Expert -> 5; none -> L1",
  p="Product Expert at an industrial IoT company.", g="Predictive maintenance that works.", a="Field time.",
  t="Stay Product Expert, maybe at a larger company.", ai="none")

X("zh", "P", 5, 5, "L4", "lead-wants-expert target-named",
  "管两个团队 but 想回到专业 -> professional, team ignored; 十二年 -> P5; threeYear 产品专家 -> 5; 主导模型微调 -> L4",
  p="我现在管两个团队，但越来越觉得自己更适合做专业，想回到专家路线。", g="把AI能力做深。",
  a="把管理工作交出去。", t="三年内成为集团的AI产品专家。", e="十二年",
  m="管两个团队", ai="主导过客服模型的微调")

X("en", "P", 5, 5, "L2", "mixed-language years-in-words target-implied",
  "almost ten years -> P5; threeYear names no level -> capped 5; ChatGPT -> L2",
  p="I want to keep 深耕 in fintech, no management.", g="Better risk tools.",
  t="Keep going, 专注风控.", e="almost ten years", ai="I use ChatGPT daily")

X("zh", "P", 5, 5, "L1", "negation target-named",
  "不带团队 -> professional; 产品专家 title -> P5; threeYear 产品专家 -> 5; 没有 -> L1",
  p="不带团队，只想把专业做到极致。", g="在医疗影像领域做到顶尖。", a="读文献。",
  t="一直做产品专家。", e="产品专家，九年", ai="没有")

X("en", "P", 5, 5, "L3", "all-facts-skipped facts-in-open-answers relative-date target-implied",
  "plan: PM since 2014 -> about twelve years -> P5; threeYear no level -> capped 5; built chatbot on Claude API -> L3",
  p="I've been a PM since 2014, in travel.", g="Better trip planning.",
  a="I built our trip-planner chatbot on the Claude API and it's live.", t="Keep going, stay hands-on.")

X("zh", "P", 5, 5, "L2", "title-contradicts-years target-named",
  "explicit title 产品专家 outranks 五年 -> P5; threeYear 产品专家 -> 5; 豆包 -> L2",
  p="我是产品专家，做了五年，在一家小公司。", g="做行业标杆。", a="输出方法论。",
  t="继续做产品专家。", ai="用豆包")

X("zh", "P", 5, 5, "L1", "all-facts-skipped low-effort facts-in-open-answers target-implied",
  "plan: 十几年了 -> P5; threeYear 不知道 -> capped 5; no AI -> L1",
  p="做产品十几年了，没啥规划。", t="不知道")

X("zh", "P", 5, 5, "L2", "moving-into-ai years-in-words target-named",
  "十年 -> P5; threeYear AI产品专家 -> 5; 用ChatGPT写代码 -> L2",
  p="传统软件做了十年，想转AI产品。", g="转型成功。", a="系统学习。",
  t="三年内成为AI产品专家。", e="十年", ai="用ChatGPT写代码")

X("en", "P", 5, 5, "L4", "all-facts-skipped facts-in-open-answers target-implied",
  "plan: whole product line -> P5; threeYear no level -> capped 5; approach: designed production agent architecture -> L4",
  p="I own the entire customer-service product line at a telecom.", g="Resolve issues without humans.",
  a="I designed the agent architecture that handles 60% of chats in production.", t="Keep improving it.")

X("zh", "P", 5, 5, "L2", "senior-no-reports target-implied",
  "九年 -> P5 (一直不带人 irrelevant); threeYear no level -> capped 5; Kimi -> L2",
  p="做产品九年了，一直不带人，我喜欢这样。", g="做精。", a="多思考。",
  t="把手里的产品打磨好。", e="九年", m="一直不带人", ai="Kimi")

X("en", "P", 5, 5, "L4", "target-clamped target-named",
  "Product Expert title -> P5; threeYear names Principal PM (4), below current -> clamped 5; fine-tuned models -> L4",
  p="I'm a Product Expert at a startup that's winding down.", g="Land somewhere stable.",
  a="Network.", t="A Principal PM role at a big company would be fine.",
  ai="I fine-tuned our domain models and ran the private deployment")

X("en", "P", 5, 5, "L2", "plan-contradicts-threeYear target-named",
  "plan wants to lead a team but threeYear (decides) stays expert, not managing -> professional; ten years -> P5; target 5; ChatGPT -> L2",
  p="I thought I'd lead a team by now.", g="Maybe manage people.", a="Learn leadership.",
  t="Actually for the next three years I'd rather stay a Product Expert and not manage anyone.",
  e="ten years", ai="ChatGPT")

X("zh", "P", 5, 5, "L3", "all-facts-skipped facts-in-open-answers target-named",
  "plan: 产品专家 -> P5; threeYear 产品专家 -> 5; approach: 接入大模型API做功能已上线 -> L3",
  p="我是集团的产品专家，负责零售数字化产品线。", g="门店智能化。",
  a="已经接入大模型API做了导购话术生成，上线了三百家门店。", t="继续做产品专家。")

X("en", "P", 5, 5, "L4", "typo target-named",
  "produt expert title -> P5; threeYear product expert -> 5; ai architect -> L4",
  p="im a produt expert in edtech", g="better tutoring", a="agents",
  t="product expert", ai="architect, designed our tutoring agent in prod")

X("en", "P", 5, 5, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "plan: nearly twenty years -> P5; threeYear Product Expert -> 5; no AI -> L1",
  p="Nearly twenty years in product, mostly in government software.", g="Accessible services for everyone.",
  a="Keep mentoring and writing.", t="Stay a Product Expert until I retire.")

X("zh", "P", 5, 5, "L4", "negation target-named",
  "不想管人 -> professional; 一条完整产品线 -> P5; threeYear 产品专家 -> 5; 参与微调 -> L4",
  p="不想管人，只想把产品做到最好。", g="行业第一。", a="死磕细节。", t="产品专家。",
  s="一条完整的产品线", ai="参与过模型微调")
