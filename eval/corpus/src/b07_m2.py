# Management track, level 2 (团队骨干 / Core Member): mentors or leads projects without reports, the title, or 1+ years with no team answer.
from _lib import X

X("zh", "M", 2, 3, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "往管理方向 -> management; 三年 with no team answer -> years alone give M2; threeYear 团队leader -> 3; no AI -> L1",
  p="做了三年产品，想往管理方向发展。", g="先成为组里靠得住的人。", a="主动带项目。",
  t="三年内成为团队leader。")

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

X("en", "M", 2, 3, "L1", "low-effort canonical-values target-implied",
  "'manage' -> management; experience 3, no team answer -> M2; threeYear idk -> 3; no AI -> L1",
  p="manage", t="idk", e="3")

X("zh", "M", 2, 3, "L2", "mixed-language facts-in-open-answers target-named",
  "以后带团队 -> management; 带新人负责项目但没有下属 -> M2; threeYear team lead -> 3; ChatGPT -> L2",
  p="我现在带新人，负责项目，但没有下属。以后想带团队。", g="帮团队提效。", a="多承担。",
  t="3年后做team lead。", ai="ChatGPT")

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

X("zh", "M", 2, 3, "L1", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "往管理发展 -> management; 带着两个新同事做项目 -> M2; threeYear 团队leader -> 3; no AI -> L1",
  p="我在一家医疗公司做了一年多产品，现在带着两个新同事做项目，想往管理发展。",
  g="把项目做成。", a="多沟通。", t="三年后当团队leader。")

X("zh", "M", 2, 3, "L1", "typo target-named",
  "想做管里(管理)，带团对(团队) -> management; 两年 -> M2; threeYear 团队leder -> 3; no AI -> L1",
  p="我想做管里，带团对", g="成长", a="学习", t="团队leder", e="两年")

X("en", "M", 2, 4, "L4", "all-facts-skipped facts-in-open-answers target-named",
  "want to manage -> management; leads a project, no reports -> M2; threeYear Director of Product -> 4; set up private LLM deployment -> L4",
  p="I've been leading the mobile release project for a year - no reports, just coordination. I want to manage a team.",
  g="Make releases boring.", a="I set up our private LLM deployment with IT last quarter; I'll keep doing that kind of work.",
  t="Director of Product by 2029.")

X("zh", "M", 2, 4, "L2", "all-facts-skipped facts-in-open-answers target-named",
  "想转管理 -> management; 带带实习生 -> M2; threeYear 产品总监 -> 4; approach ChatGPT写周报 -> L2",
  p="做了四年产品，平时带带实习生。想转管理。", g="带好人。", a="平时用ChatGPT写周报，省下时间学管理。",
  t="三年后做产品总监。")

X("en", "M", 2, 3, "L1", "low-effort canonical-values target-named",
  "lead -> management; mentor -> M2; threeYear lead a team -> 3; no AI -> L1",
  p="lead", t="lead a team", m="mentor")

X("en", "M", 2, 3, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "want to manage -> management; coordinates vendor team, no direct reports -> M2; threeYear Team lead -> 3; no AI -> L1",
  p="Two years in product at a gov-tech firm; I coordinate the vendor team but have no direct reports. I want to manage.",
  g="Deliver on time.", a="Keep coordinating.", t="Team lead.")

X("zh", "M", 2, 3, "L2", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "带团队 aim -> management; 组里的骨干，带新人 -> M2; threeYear 带一个小组 -> 3; GPT写文案 -> L2",
  p="我在游戏公司做了快三年，现在算是组里的骨干，带新人，想往带团队发展。", g="做好版本。",
  a="平时用GPT写剧情文案，效率挺高。", t="带一个小组。")

X("en", "M", 2, 3, "L1", "typo target-named",
  "manger (manager) -> management; mentoring 2 juniors -> M2; threeYear team lead -> 3; no AI -> L1",
  p="i want to be a manger", g="grow", a="learn", t="team lead", e="3 yrs", m="mentoring 2 juniors")

X("en", "M", 2, 3, "L4", "previous-career target-named",
  "lead a product team -> management; 2 years as PM (ten engineering years do not count), no team answer -> M2; threeYear Team Lead -> 3; architect -> L4",
  p="10 years as an engineer, 2 as a PM. I want to lead a product team.", g="Bridge eng and product.",
  a="Lead projects.", t="Team Lead.", ai="architect")

X("en", "M", 2, 3, "L2", "all-facts-skipped facts-in-open-answers target-named",
  "lead a team -> management; three years, mentors the new PMs -> M2; threeYear team lead -> 3; ChatGPT -> L2",
  p="Three years as a PM. I mentor the new PMs. I'd like to lead a team.",
  g="Make onboarding great.", a="I use ChatGPT to prep coaching notes.", t="Be a team lead.")
