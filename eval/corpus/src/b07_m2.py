# Management track, level 2 (团队骨干 / Core Member): mentors or leads projects without reports, the title, or 1+ years with no team answer.
from _lib import X

X("zh", "M", 2, 3, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "往管理方向 -> management; 三年 with no team answer -> years alone give M2; threeYear 团队leader -> 3; no AI -> L1",
  p="做了三年产品，想往管理方向发展。", g="先成为组里靠得住的人。", a="主动带项目。",
  t="三年内成为团队leader。")

X("en", "M", 2, 3, "L2", "canonical-values target-named",
  "people leadership -> management; team mentor -> M2; threeYear Team Lead -> 3; user -> L2",
  p="People leadership.", g="Grow others.", a="Mentoring.", t="Team Lead.", e="4", m="mentor", ai="user")

X("zh", "M", 2, 3, "L3", "target-named",
  "想带团队 -> management; 带新人无直接下属 -> M2; threeYear 带一个正式的团队 -> 3; API做过功能 -> L3",
  p="想带团队。", g="把新人带起来。", a="多分享。", t="三年内带一个正式的团队。",
  e="三年", m="带两个新人，但没有直接下属", ai="调用大模型API做过知识问答的小功能，已上线")

X("en", "M", 2, 4, "L4", "canonical-values target-named",
  "management aim -> management; 'lead projects but nobody reports to me' -> M2; threeYear Product Director -> 4; tuner -> L4",
  p="I want to run a product org someday.", g="Deliver the migration.", a="Lead bigger projects.",
  t="Product Director.", m="I lead projects but nobody reports to me", ai="tuner")

X("zh", "M", 2, 3, "L1", "other-ladder-title years-in-words target-named",
  "想做团队leader -> management; 资深产品经理 is the other ladder, ignored; 六年 with no team answer -> M2; threeYear 团队leader -> 3; no AI -> L1",
  p="我是资深产品经理，做了六年，想做团队leader。", g="带出成绩。", a="学管理。",
  t="团队leader。", e="六年")

X("en", "M", 2, 3, "L3", "all-facts-skipped other-ladder-title facts-in-open-answers target-named",
  "ready to manage -> management; Senior PM title ignored; mentors two juniors, no reports -> M2; threeYear Team Lead -> 3; built GPT features -> L3",
  p="Senior PM for five years, no direct reports but I mentor two juniors. I'm ready to manage.",
  g="Build a real team.", a="I've built a couple of GPT-based features; I'd bring that to the team.",
  t="Team Lead with my own reports.")

X("zh", "M", 2, 4, "L2", "facts-in-open-answers target-named",
  "想带团队 -> management; 我在组里算团队骨干 -> M2; threeYear 产品总监 -> 4; 豆包 -> L2",
  p="我在组里算团队骨干，想往上走带团队。", g="拿下大项目。", a="学管理。",
  t="三年后成为产品总监。", ai="用豆包")

X("en", "M", 2, 3, "L1", "years-in-words target-implied",
  "manage people -> management; two and a half years, no team answer -> M2; threeYear skipped -> 3; none -> L1",
  p="I want to manage people.", g="Learn.", e="two and a half years", ai="none")

X("zh", "M", 2, 3, "L2", "plan-contradicts-threeYear target-named",
  "plan 产品专家 but threeYear (decides) 带团队当团队leader -> management; 带一个实习生 -> M2; target 3; ChatGPT -> L2",
  p="想成为产品专家。", g="做好产品。", a="学。", t="三年内带团队，当团队leader。",
  m="带一个实习生", ai="ChatGPT写文档")

X("en", "M", 2, 3, "L1", "low-effort canonical-values target-implied",
  "'manage' -> management; experience 3, no team answer -> M2; threeYear idk -> 3; no AI -> L1",
  p="manage", t="idk", e="3")

X("zh", "M", 2, 4, "L4", "target-named",
  "希望能带团队 -> management; 负责项目但无下属 -> M2; threeYear 管理多个团队 -> 4; 设计过线上agent系统 -> L4",
  p="希望能带团队。", g="成长。", a="学习。", t="管理多个团队。",
  m="负责项目但无下属", ai="设计过线上agent系统")

X("zh", "M", 2, 3, "L2", "mixed-language facts-in-open-answers target-named",
  "以后带团队 -> management; 带新人负责项目但没有下属 -> M2; threeYear team lead -> 3; ChatGPT -> L2",
  p="我现在带新人，负责项目，但没有下属。以后想带团队。", g="帮团队提效。", a="多承担。",
  t="3年后做team lead。", ai="ChatGPT")

X("zh", "M", 2, 4, "L3", "canonical-values target-named",
  "想带团队 -> management; team mentor -> M2 (scope ignored on this track); threeYear 产品总监 -> 4; builder -> L3",
  p="想带团队。", g="成长。", a="学。", t="产品总监。", e="五年", s="productLine", m="mentor", ai="builder")

X("en", "M", 2, 3, "L4", "years-in-words target-named",
  "manager of PMs -> management; a bit over four years, no team answer -> M2; threeYear lead a team of PMs -> 3; architect -> L4",
  p="I want to be a manager of PMs.", g="Build a culture.", a="Read, practice.",
  t="Lead a team of PMs.", e="a bit over four years", ai="architect")

X("zh", "M", 2, 3, "L2", "moving-into-ai target-named",
  "带AI团队 -> management; 两年 with no team answer -> M2; threeYear 带一个AI产品小组 -> 3; ChatGPT -> L2",
  p="做了两年电商，想转AI产品并带AI团队。", g="进入AI团队。", a="学习。",
  t="三年后带一个AI产品小组。", e="两年", ai="ChatGPT")

X("en", "M", 2, 4, "L1", "facts-in-open-answers target-named",
  "want to lead -> management; 'core member ... I mentor interns' -> M2; threeYear Head of Product -> 4; heard of it -> L1",
  p="I'm a core member of the checkout squad and I mentor interns. I want to lead.",
  g="Ship.", a="Lead.", t="Head of Product.", ai="heard of it")

X("zh", "M", 2, 3, "L2", "senior-no-reports years-in-words target-named",
  "带团队 -> management; 带新人 (no direct reports) -> M2 despite 八年; threeYear 带团队 -> 3; Kimi -> L2",
  p="想带团队。", g="成长。", a="学。", t="带团队。", e="八年", m="带新人", ai="Kimi")

X("en", "M", 2, 4, "L3", "title-contradicts-years target-named",
  "management aim -> management; explicit title Core Member outranks 10 years -> M2; threeYear Director -> 4; builder -> L3",
  p="I want to lead an org.", g="Grow.", a="Learn.", t="Director.",
  e="Title is Core Member, 10 years", ai="builder")

X("zh", "M", 2, 3, "L1", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "往管理发展 -> management; 带着两个新同事做项目 -> M2; threeYear 团队leader -> 3; no AI -> L1",
  p="我在一家医疗公司做了一年多产品，现在带着两个新同事做项目，想往管理发展。",
  g="把项目做成。", a="多沟通。", t="三年后当团队leader。")

X("en", "M", 2, 3, "L4", "years-in-words target-implied",
  "lead a team -> management; mentor one junior -> M2; threeYear skipped -> 3; took part in private Llama deployment -> L4",
  p="Lead a team.", e="1.5 years", m="I mentor one junior", ai="took part in deploying Llama privately")

X("zh", "M", 2, 3, "L1", "typo target-named",
  "想做管里(管理)，带团对(团队) -> management; 两年 -> M2; threeYear 团队leder -> 3; no AI -> L1",
  p="我想做管里，带团对", g="成长", a="学习", t="团队leder", e="两年")

X("en", "M", 2, 3, "L2", "relative-date target-named",
  "people manager -> management; since 2020, no team answer -> M2; threeYear manage a team of 5 -> 3; Gemini -> L2",
  p="I'd like to become a people manager.", g="Grow.", a="Learn.", t="Manage a team of 5.",
  e="since 2020", ai="I use Gemini")

X("zh", "M", 2, 3, "L3", "negation canonical-values target-named",
  "不想一辈子做IC，想带人 -> management; mentor -> M2; threeYear 带5到8人的团队leader -> 3; builder -> L3",
  p="不想一辈子做IC，想带人。", g="成长。", a="学。", t="三年后成为带5到8人的团队leader。",
  e="4", m="mentor", ai="builder")

X("en", "M", 2, 4, "L4", "all-facts-skipped facts-in-open-answers target-named",
  "want to manage -> management; leads a project, no reports -> M2; threeYear Director of Product -> 4; set up private LLM deployment -> L4",
  p="I've been leading the mobile release project for a year - no reports, just coordination. I want to manage a team.",
  g="Make releases boring.", a="I set up our private LLM deployment with IT last quarter; I'll keep doing that kind of work.",
  t="Director of Product by 2029.")

X("zh", "M", 2, 3, "L1", "target-named",
  "带团队 -> management; 负责项目但没有下属 -> M2; threeYear 团队leader -> 3; none -> L1",
  p="往带团队走。", g="成长。", a="学。", t="团队leader。", e="3年", m="负责项目但没有下属", ai="none")

X("en", "M", 2, 3, "L2", "canonical-values target-named",
  "lead -> management; mentor -> M2; threeYear Team Lead -> 3; user -> L2",
  p="Move into leading people.", g="Grow.", a="Learn.", t="Team Lead.", e="2", m="mentor", ai="user")

X("zh", "M", 2, 3, "L3", "other-ladder-title target-implied",
  "想走管理 -> management; 高级产品经理 ignored; 六年 with no team answer -> M2; threeYear skipped -> 3; builder -> L3",
  p="高级产品经理，想走管理。", e="六年", ai="builder")

X("en", "M", 2, 4, "L4", "negation target-named",
  "not an IC forever -> management; leads projects, no direct reports -> M2; threeYear product org with several teams -> 4; architect -> L4",
  p="Not an IC forever.", g="Grow.", a="Lead more.", t="Lead a product org with several teams.",
  e="five years", m="I lead projects, no direct reports", ai="architect")

X("zh", "M", 2, 4, "L2", "all-facts-skipped facts-in-open-answers target-named",
  "想转管理 -> management; 带带实习生 -> M2; threeYear 产品总监 -> 4; approach ChatGPT写周报 -> L2",
  p="做了四年产品，平时带带实习生。想转管理。", g="带好人。", a="平时用ChatGPT写周报，省下时间学管理。",
  t="三年后做产品总监。")

X("en", "M", 2, 3, "L1", "years-in-words target-named",
  "lead -> management; mentor -> M2; threeYear Team Lead -> 3; none -> L1",
  p="I want to lead people.", g="Grow.", a="Learn.", t="Team Lead.",
  e="eighteen months", m="mentor", ai="none")

X("zh", "M", 2, 3, "L4", "target-implied",
  "想当团队leader -> management; 带新人 -> M2; threeYear skipped -> 3; 参与微调 -> L4",
  p="想当团队leader。", e="七年", m="带新人", ai="参与过大模型微调")

X("en", "M", 2, 3, "L1", "low-effort canonical-values target-named",
  "lead -> management; mentor -> M2; threeYear lead a team -> 3; no AI -> L1",
  p="lead", t="lead a team", m="mentor")

X("zh", "M", 2, 3, "L3", "mixed-language target-named",
  "以后做manager -> management; core member带新人 -> M2; threeYear team leader -> 3; builder -> L3",
  p="以后做manager。", g="成长。", a="学。", t="3年后成为team leader。",
  e="做了3年PM", m="现在是team的core member，带新人", ai="builder")

X("en", "M", 2, 3, "L2", "plan-contradicts-threeYear target-named",
  "plan hands-on but threeYear (decides) my own team -> management; mentors new hires -> M2; target 3; ChatGPT -> L2",
  p="I love being hands-on.", g="Ship great stuff.", a="Craft.",
  t="But in three years I want to have my own team.", e="3 years", m="I mentor new hires", ai="ChatGPT")

X("zh", "M", 2, 4, "L4", "years-in-words target-named",
  "总监 aim -> management; 带一个新人 -> M2; threeYear 总监 -> 4; 私有化部署 -> L4",
  p="想做管理。", g="成长。", a="学。", t="总监。", e="两年半", m="带一个新人", ai="参与过大模型私有化部署")

X("en", "M", 2, 3, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "want to manage -> management; coordinates vendor team, no direct reports -> M2; threeYear Team lead -> 3; no AI -> L1",
  p="Two years in product at a gov-tech firm; I coordinate the vendor team but have no direct reports. I want to manage.",
  g="Deliver on time.", a="Keep coordinating.", t="Team lead.")

X("zh", "M", 2, 3, "L3", "years-in-words target-named",
  "带团队 -> management; 一年多 with no team answer -> M2; threeYear 带团队 -> 3; API做了上线功能 -> L3",
  p="带团队", g="成长", a="学习", t="带团队", e="一年多", ai="调用API做了上线功能")

X("en", "M", 2, 4, "L2", "canonical-values target-named",
  "people manager -> management; mentor -> M2; threeYear Head of Product -> 4; user -> L2",
  p="People manager.", g="Grow.", a="Learn.", t="Head of Product.", e="6", m="mentor", ai="user")

X("zh", "M", 2, 3, "L1", "senior-no-reports years-in-words target-named",
  "转管理 -> management; 带过新人没有直接下属 -> M2 despite 十年; threeYear 团队leader -> 3; none -> L1",
  p="转管理。", g="带人。", a="学。", t="团队leader。", e="十年", m="带过新人，没有直接下属", ai="none")

X("en", "M", 2, 3, "L4", "target-implied",
  "moving into management -> management; 4 yrs, no team answer -> M2; threeYear skipped -> 3; designed agentic workflow in production -> L4",
  p="Moving into management.", e="4 yrs", ai="designed and shipped an agentic workflow in production")

X("zh", "M", 2, 3, "L2", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "带团队 aim -> management; 组里的骨干，带新人 -> M2; threeYear 带一个小组 -> 3; GPT写文案 -> L2",
  p="我在游戏公司做了快三年，现在算是组里的骨干，带新人，想往带团队发展。", g="做好版本。",
  a="平时用GPT写剧情文案，效率挺高。", t="带一个小组。")

X("en", "M", 2, 3, "L1", "typo target-named",
  "manger (manager) -> management; mentoring 2 juniors -> M2; threeYear team lead -> 3; no AI -> L1",
  p="i want to be a manger", g="grow", a="learn", t="team lead", e="3 yrs", m="mentoring 2 juniors")

X("zh", "M", 2, 4, "L3", "canonical-values target-named",
  "想带团队 -> management; mentor -> M2; threeYear 产品总监 -> 4; builder -> L3",
  p="想带团队。", g="成长。", a="学。", t="产品总监。", e="四年", m="mentor", ai="builder")

X("en", "M", 2, 3, "L4", "previous-career target-named",
  "lead a product team -> management; 2 years as PM (ten engineering years do not count), no team answer -> M2; threeYear Team Lead -> 3; architect -> L4",
  p="10 years as an engineer, 2 as a PM. I want to lead a product team.", g="Bridge eng and product.",
  a="Lead projects.", t="Team Lead.", ai="architect")

X("zh", "M", 2, 4, "L2", "target-named",
  "管理 -> management; 带实习生 -> M2; threeYear 管多个团队的总监 -> 4; Kimi -> L2",
  p="想走管理路线。", g="成长。", a="学。", t="成为管多个团队的总监。", e="三年", m="带实习生", ai="Kimi")

X("en", "M", 2, 3, "L2", "all-facts-skipped facts-in-open-answers target-named",
  "lead a team -> management; three years, mentors the new PMs -> M2; threeYear team lead -> 3; ChatGPT -> L2",
  p="Three years as a PM. I mentor the new PMs. I'd like to lead a team.",
  g="Make onboarding great.", a="I use ChatGPT to prep coaching notes.", t="Be a team lead.")

X("zh", "M", 2, 3, "L2", "years-in-words target-named",
  "想带团队 -> management; 一年半 -> M2; threeYear 团队leader -> 3; 文心一言 -> L2",
  p="想带团队。", g="成长。", a="学。", t="团队leader。", e="一年半", ai="用文心一言")

X("en", "M", 2, 4, "L4", "canonical-values target-named",
  "director -> management; mentor -> M2; threeYear Director -> 4; tuner -> L4",
  p="Lead an org.", g="Grow.", a="Learn.", t="Director.", e="5", m="mentor", ai="tuner")

X("zh", "M", 2, 3, "L1", "target-implied",
  "想带团队 -> management; 现在是团队骨干 -> M2; threeYear skipped -> 3; 没用过 -> L1",
  p="现在是团队骨干，想带团队。", ai="没用过")

X("en", "M", 2, 3, "L3", "years-in-words target-named",
  "step into management -> management; leads projects, no reports -> M2; threeYear Team Lead -> 3; builder -> L3",
  p="Step into management.", g="Grow.", a="Learn.", t="Team Lead.",
  e="3.5 years", m="lead projects, no reports", ai="builder")
