# Management track, level 1 (普通员工 / Team Member): leads nobody, under one year with no team answer, or no evidence.
from _lib import X

X("zh", "M", 1, 3, "L1", "all-facts-skipped no-level-evidence target-named",
  "plan 带团队 -> management; no title/team/years anywhere -> M1; threeYear 团队leader -> 3; no AI -> L1",
  p="我想走管理路线，以后带团队。", g="入职后先把业务摸透。", a="多参与跨部门协作，学点管理知识。",
  t="三年内成为团队leader。")

X("en", "M", 1, 3, "L2", "canonical-values target-named",
  "people manager aim -> management; team none -> M1; threeYear Team Lead with direct reports -> 3; ai user -> L2",
  p="I want to become a people manager eventually.", g="Learn how good teams work.", a="Watch my manager.",
  t="Team Lead with 4-5 direct reports.", e="0.5", m="none", ai="user")

X("zh", "M", 1, 3, "L2", "senior-no-reports years-in-words target-named",
  "想转管理 -> management; 不带人也没带过新人 outranks 十年 -> M1; threeYear 带一个团队 -> 3; ChatGPT -> L2",
  p="做了很多年产品，想转管理。", g="证明自己能带人。", a="先主动带带新人。",
  t="三年内带一个团队。", e="十年", m="不带人，也没带过新人", ai="用ChatGPT")

X("en", "M", 1, 4, "L3", "senior-no-reports other-ladder-title target-named",
  "move into management -> management; Principal PM title is the other ladder, ignored; 'don't lead or mentor anyone' -> M1; threeYear Product Director -> 4; builder -> L3",
  p="I want to move into management.", g="Build a team from scratch.", a="Take on a mentee first.",
  t="Product Director.", e="eight years", m="I'm a Principal PM but I don't lead or mentor anyone",
  ai="I built our doc-QA feature on the OpenAI API")

X("zh", "M", 1, 2, "L1", "facts-in-open-answers target-named",
  "plan 以后带团队 -> management; 我目前就是普通员工 -> M1; threeYear 团队骨干 -> 2; 没用过 -> L1",
  p="我目前就是普通员工，以后想带团队。", g="先成为靠谱的人。", a="多扛事。",
  t="三年后成为团队骨干，能带新人做项目。", ai="没用过")

X("en", "M", 1, 2, "L1", "low-effort years-in-words target-implied",
  "'manage people someday' -> management; 2 months, no team answer -> M1; threeYear idk -> 2; no AI -> L1",
  p="manage people someday i guess", g="idk", t="idk", e="2 months")

X("en", "M", 1, 3, "L4", "all-facts-skipped facts-in-open-answers target-named",
  "lead a product team -> management; 'team member, nobody reports to me' -> M1; threeYear team lead -> 3; took part in fine-tuning -> L4",
  p="Long-term I want to lead a product team. Right now I'm just a team member on the payments squad, nobody reports to me.",
  g="Be the person the squad relies on.", a="I've taken part in fine-tuning our dispute classification model, and I'll keep owning that.",
  t="Become a team lead.")

X("zh", "M", 1, 3, "L2", "mixed-language other-ladder-title senior-no-reports target-named",
  "想转people manager -> management; 高级产品经理 is the other ladder, ignored; 不带人 -> M1; threeYear team lead -> 3; Copilot -> L2",
  p="想转people manager。", g="带出一个好团队。", a="学管理课程。", t="3年内当上team lead。",
  m="我现在是高级产品经理，但不带人", ai="用Copilot")

X("en", "M", 1, 3, "L1", "negation years-in-words target-named",
  "'not an IC forever' -> management; eight months -> M1; threeYear lead a squad of PMs -> 3; none -> L1",
  p="Not an IC forever. I want to run a team.", g="Learn the business.", a="Ask for leadership opportunities.",
  t="Lead a squad of PMs.", e="eight months", ai="none")

X("en", "M", 1, 3, "L4", "senior-no-reports canonical-values target-named",
  "people management -> management; team none outranks 6 years, scope ignored on this track -> M1; threeYear Team Lead -> 3; tuner -> L4",
  p="Move into people management.", g="Grow people.", a="Coaching course.", t="Team Lead.",
  e="6", s="productLine", m="none", ai="tuner")

X("zh", "M", 1, 2, "L2", "years-in-words target-named",
  "plan 产品总监 -> management; 应届生 -> M1; threeYear 团队骨干/带新人 -> 2; Kimi -> L2",
  p="我希望将来能当产品总监。", g="打好基础。", a="多学习。",
  t="三年内先做到团队骨干，能带新人。", e="应届生", ai="用Kimi")

X("zh", "M", 1, 3, "L1", "low-effort all-facts-skipped no-level-evidence target-named",
  "plan/threeYear 带团队 -> management; no level evidence -> M1; threeYear 带团队 -> 3; no AI -> L1",
  p="带团队吧", g="不知道", t="带团队")

X("en", "M", 1, 4, "L2", "all-facts-skipped facts-in-open-answers target-named",
  "lead a team -> management; 'officially a Team Member' -> M1; threeYear Head of Product -> 4; Claude for SQL -> L2",
  p="I'm officially a Team Member in the growth pod, and I want to lead one day.", g="Own a metric.",
  a="I prompt Claude for SQL so I can move faster.", t="Head of Product at a startup.")

X("en", "M", 1, 3, "L1", "plan-contradicts-threeYear years-in-words target-named",
  "plan says domain expert but threeYear (decides) manage a team -> management; under a year -> M1; threeYear -> 3; no AI -> L1",
  p="I want to be a domain expert.", g="Know logistics cold.", a="Read a lot.",
  t="Honestly, in three years I want to manage a team of my own.", e="under a year")

X("en", "M", 1, 4, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "managing people long run -> management; fresh out of school -> M1; threeYear product director -> 4; no AI -> L1",
  p="Fresh out of school, first job at an insurance company. I see myself managing people in the long run.",
  g="Learn insurance.", a="Ask questions.", t="Become a product director.")

X("zh", "M", 1, 3, "L2", "typo facts-in-open-answers target-named",
  "想带团队 -> management; 普通员公(员工) -> M1; threeYear 团队leader -> 3; 用AI写PPT -> L2",
  p="我是普通员公，想以后带团队", g="成长", a="努力", t="团队leader", ai="用AI写PPT")

X("en", "M", 1, 3, "L4", "senior-no-reports target-named",
  "aspire to lead -> management; 'individual contributor, no mentoring' outranks 4 years -> M1; threeYear lead a team -> 3; designed agent architecture in production -> L4",
  p="I aspire to lead.", g="Make my team better.", a="Volunteer to lead projects.",
  t="Lead a team.", e="4 years", m="I'm an individual contributor, no mentoring",
  ai="I designed the architecture of an internal agent that's in production")

X("zh", "M", 1, 3, "L2", "moving-into-ai years-in-words target-named",
  "以后带AI产品团队 -> management; 半年 -> M1; threeYear AI产品团队的leader -> 3; ChatGPT -> L2",
  p="想转AI产品，并且以后带AI产品团队。", g="进入AI项目组。", a="学习大模型知识。",
  t="三年内成为AI产品团队的leader。", e="半年", ai="用ChatGPT")

X("en", "M", 1, 3, "L1", "low-effort canonical-values target-named",
  "lead ppl -> management; team none -> M1; threeYear lead ppl -> 3; no AI -> L1",
  p="lead ppl", t="lead ppl", m="none")

X("zh", "M", 1, 4, "L2", "all-facts-skipped facts-in-open-answers years-in-words target-named",
  "往管理发展 -> management; 做产品三个月 -> M1; threeYear 管理多个团队的总监 -> 4; 用豆包 -> L2",
  p="我做产品三个月，想往管理发展。", g="尽快独立。", a="平时用豆包整理会议纪要，多跟老板学。",
  t="希望能成为管理多个团队的总监。")

X("en", "M", 1, 4, "L3", "negation years-in-words target-named",
  "'don't want to be an IC forever' -> management; a few months -> M1; threeYear manage several teams -> 4; builder -> L3",
  p="I don't want to be an IC forever.", g="Prove myself.", a="Raise my hand.",
  t="Manage several teams by 2029.", e="a few months", ai="builder")

X("en", "M", 1, 3, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "become a team lead -> management; title Team Member -> M1; threeYear team lead -> 3; no AI -> L1",
  p="Title is 'Team Member'. I'd like to become a team lead.", g="Earn trust.", a="Deliver.",
  t="Team lead in three years.")

X("zh", "M", 1, 4, "L3", "mixed-language target-named",
  "想做director -> management; 没有下属也不带新人 -> M1; threeYear product director -> 4; builder -> L3",
  p="以后想做director。", g="学管理。", a="多观察。", t="三年内做到product director。",
  m="目前是team member，没有下属也不带新人", ai="builder")

X("zh", "M", 1, 2, "L1", "all-facts-skipped facts-in-open-answers years-in-words target-implied",
  "希望未来做管理 -> management; 工作半年 -> M1; threeYear 还没细想 -> 2; no AI -> L1",
  p="工作半年，希望未来做管理。", g="先把活干好。", t="还没细想。")

X("en", "M", 1, 2, "L2", "facts-in-open-answers target-named",
  "want to be a manager -> management; 3 months, nobody reports -> M1; threeYear core member mentoring new hires -> 2; Copilot -> L2",
  p="I'm a junior PM, 3 months in, nobody reports to me. I want to be a manager someday.",
  g="Learn.", a="Ask.", t="Core member of the team first, mentoring new hires.", ai="Copilot")

X("zh", "M", 1, 2, "L4", "facts-in-open-answers target-named",
  "想带团队 -> management; 普通成员、入职不到一年 -> M1; threeYear 团队骨干 -> 2; 参与私有化部署 -> L4",
  p="我是团队里的普通成员，入职不到一年，以后想带团队。", g="成长。", a="多做。",
  t="团队骨干。", ai="参与过私有化部署")

X("en", "M", 1, 3, "L2", "all-facts-skipped previous-career facts-in-open-answers target-named",
  "lead a product team -> management; 5 months in product (sales years do not count) -> M1; threeYear Team lead -> 3; ChatGPT -> L2",
  p="Sales for 6 years, moved into product 5 months ago. I want to lead a product team.",
  g="Learn fast.", a="I use ChatGPT for everything, and I shadow my lead.", t="Team lead.")

X("zh", "M", 1, 2, "L1", "all-facts-skipped low-effort no-level-evidence target-implied",
  "plan 管理 -> management; no evidence -> M1; threeYear 还没想好 -> 2; no AI -> L1",
  p="管理", g="管理", t="还没想好")

X("en", "M", 1, 3, "L1", "typo years-in-words target-named",
  "mangement -> management; 6 months -> M1; threeYear team laed (lead) -> 3; no AI -> L1",
  p="want to go into mangement", g="lern", a="work hard", t="team laed", e="6 months")

X("zh", "M", 1, 3, "L1", "all-facts-skipped previous-career facts-in-open-answers target-named",
  "以后带产品团队 -> management; 刚转行 (五年老师不算) -> M1; threeYear 团队leader -> 3; no AI -> L1",
  p="刚转行做产品，之前当了五年老师，希望以后带产品团队。", g="上手。", a="学。", t="成为团队leader。")

X("en", "M", 1, 3, "L4", "canonical-values target-named",
  "lead people -> management; 2 / none -> team none outranks years -> M1; threeYear Team Lead -> 3; architect -> L4",
  p="lead people", g="ship", a="learn", t="Team Lead", e="2", m="none", ai="architect")
