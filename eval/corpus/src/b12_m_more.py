# Management track, levels 3-4: leads and directors, written the way they actually answer.
from _lib import X

# --- management level 3 ---
X("en", "M", 3, 3, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "plan: keep leading a small team -> management; team of three PMs -> M3; threeYear still leading a small team -> 3; no AI -> L1",
  p="I lead a team of three PMs at a nonprofit. I like it and want to keep doing exactly that: leading a small team well.",
  g="Everyone on the team gets promoted or gets a real stretch project.", a="Regular 1:1s, honest feedback.",
  t="Still leading a small team, hopefully a great one.")

X("zh", "M", 3, 3, "L1", "negation target-named",
  "想继续带团队 -> management; 4个直接下属 -> M3; threeYear 继续带好这个团队、不追求总监 -> 3; 没用 -> L1",
  p="我现在带4个人，挺满意的，想继续带团队。", g="团队零流失。", a="多关心人，少开会。",
  t="三年内继续带好这个团队，不追求当总监。", e="五年", m="4个直接下属", ai="没用")

X("zh", "M", 3, 4, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "threeYear 产品总监 -> management; 组长，手下5个产品经理 -> M3; target 4; no AI -> L1",
  p="我现在是电商搜索组的组长，手下5个产品经理。", g="把团队做成公司标杆。",
  a="定期做人才盘点，把骨干培养起来。", t="三年后当产品总监。")

X("en", "M", 3, 4, "L2", "all-facts-skipped facts-in-open-answers target-named",
  "threeYear Head of Product -> management; three PMs report to me -> M3; target 4; ChatGPT -> L2",
  p="Team Lead at a payments company; three PMs report to me.", g="Get all three ready for bigger scope.",
  a="I use ChatGPT for performance review drafts (then rewrite them properly).", t="Move up to Head of Product.")

X("zh", "M", 3, 4, "L2", "canonical-values target-implied",
  "继续在管理路线上走 -> management; 带3个人 outranks 八年 -> M3; threeYear skipped -> 4; user -> L2",
  p="继续在管理路线上走。", g="团队今年拿下两个大项目。", e="八年", m="带3个人", ai="user")

X("zh", "M", 3, 4, "L2", "all-facts-skipped mixed-language facts-in-open-answers target-named",
  "threeYear product director -> management; team lead, 4个direct reports -> M3; target 4; Copilot -> L2",
  p="我现在是team lead，4个direct reports，做B端CRM。", g="把team的交付质量稳定下来。",
  a="用Copilot写周报和会议纪要，把时间留给1on1。", t="三年后成为product director。")

X("en", "M", 3, 4, "L3", "target-implied",
  "lead several teams eventually -> management; manages two PMs and a designer -> M3; threeYear skipped -> 4; built explainer on the OpenAI API -> L3",
  p="I want to grow as a manager and eventually lead several teams.", g="Cut churn in our SMB segment.",
  e="6 years", m="I manage two PMs and a designer", ai="built a churn-risk explainer on the OpenAI API")

X("zh", "M", 3, 4, "L3", "all-facts-skipped facts-in-open-answers target-named",
  "threeYear 负责产品部门、下面几个组 -> management; 组里4个人 -> M3; target 4; 组里用大模型API做了口语陪练, 我写prompt和接口方案 -> L3",
  p="带了两年团队，组里4个人，做在线教育。", g="AI口语陪练的留存做到40%。",
  a="我们组用大模型API做了AI口语陪练，我亲自写的prompt和接口方案。", t="三年内负责整个产品部门，下面几个组。")

X("en", "M", 3, 4, "L3", "all-facts-skipped typo facts-in-open-answers target-named",
  "threeYear head of prodcut (product) -> management; team lead with 5 direct reprots (reports) -> M3; target 4; built npc dialogue on the openai api -> L3",
  p="im a team lead with 5 direct reprots at a games studio", g="ship the season 3 update without crunch",
  a="built an npc dialogue feature on the openai api myself, now the team owns it", t="head of prodcut")

X("zh", "M", 3, 4, "L4", "target-named",
  "继续走管理 -> management; 带5个人 -> M3; threeYear 产品总监 -> 4; 主导RAG架构已上线 -> L4",
  p="继续走管理。", g="把AI知识库推到全集团。", a="培养两个能独当一面的骨干。",
  t="产品总监。", e="六年", m="带5个人", ai="主导过RAG知识库的架构设计，已上线")

X("en", "M", 3, 4, "L4", "all-facts-skipped facts-in-open-answers target-named",
  "threeYear Director of Product -> management; four PMs report to me -> M3; target 4; took part in fine-tuning and on-prem rollout -> L4",
  p="Team Lead at a cybersecurity company; four PMs report to me.", g="Make alerts readable by humans.",
  a="I took part in fine-tuning our threat-summary model and in its on-prem rollout for two banks.",
  t="Director of Product.")

X("zh", "M", 3, 4, "L4", "canonical-values target-implied",
  "想把团队带大 -> management; lead -> M3; threeYear skipped -> 4; tuner -> L4",
  p="想把团队带大，从4个人做到10个人。", e="4", m="lead", ai="tuner")

X("en", "M", 3, 4, "L4", "target-named",
  "department aim -> management; manages a team of 6 -> M3; threeYear department of several teams -> 4; designed agent architecture in production -> L4",
  p="I manage a team of 6 and want a department someday.", g="Make our agents trustworthy enough for finance teams.",
  a="Hire one more senior PM and let go of the details.", t="Lead a department of several teams.",
  ai="designed our agent architecture in production")

# --- management level 4 ---
X("zh", "M", 4, 4, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "管理是本行 -> management; 产品总监、下面四个产品组 -> M4; threeYear 继续做总监 -> 4; no AI -> L1",
  p="我是产品总监，下面四个产品组，三十多人。管理是我的本行。", g="今年把两个组合并提效。",
  a="做一次组织诊断，调整汇报线。", t="继续做总监。")

X("en", "M", 4, 4, "L1", "years-in-words canonical-values target-implied",
  "keep leading -> management; leadOfLeads -> M4; threeYear 'same role' names no new level -> capped 4; hasn't used it -> L1",
  p="Keep leading the product org.", g="Succession plan for every lead.", a="Coach the coaches.",
  t="Same role, bigger company.", e="twenty years", m="leadOfLeads", ai="I haven't used it")

X("en", "M", 4, 4, "L1", "all-facts-skipped facts-in-open-answers target-named",
  "head of product -> management; Head of Product managing four team leads -> M4; threeYear head of product -> 4; no AI -> L1",
  p="Head of Product at a regional bank. I manage four team leads.", g="Digital share of new accounts to 70%.",
  a="Fewer priorities, clearer ones.", t="Head of product, maybe CPO someday, but that's beyond three years.")

X("zh", "M", 4, 4, "L2", "all-facts-skipped facts-in-open-answers target-named",
  "总监 -> management; 产品总监，管三个组 -> M4; threeYear 把总监做扎实 -> 4; 豆包 -> L2",
  p="在医药电商做产品总监，管三个组。", g="处方药线上化合规落地。",
  a="平时用豆包写汇报材料，主要精力放在人和合规上。", t="把总监做扎实。")

X("en", "M", 4, 4, "L2", "years-in-words target-implied",
  "stay in leadership -> management; manages 3 managers -> M4; threeYear skipped -> capped 4; ChatGPT -> L2",
  p="Stay in leadership. I've done IC work and I'm not going back.", g="Hit the roadmap without burning people out.",
  e="13 years", m="I manage 3 managers", ai="ChatGPT daily")

X("zh", "M", 4, 4, "L2", "mixed-language facts-in-open-answers target-named",
  "director -> management; product director，管两个team -> M4; threeYear director -> 4; Kimi -> L2",
  p="我是product director，管两个team。", g="两个team协作顺畅。", a="每月做一次对齐。",
  t="三年后继续做director。", ai="Kimi")

X("en", "M", 4, 4, "L3", "all-facts-skipped facts-in-open-answers target-named",
  "director -> management; Director of Product, three PM leads report to me -> M4; threeYear stay a director -> 4; built first version on the OpenAI API -> L3",
  p="Director of Product at an HR SaaS; three PM leads report to me.", g="Make the AI features the reason we win deals.",
  a="I built the first version of our AI job-description writer on the OpenAI API myself before handing it over.",
  t="Stay a director.")

X("zh", "M", 4, 4, "L3", "years-in-words target-named",
  "继续在管理岗 -> management; 管理三个团队 -> M4; threeYear 总监 -> 4; API做过智能导购 -> L3",
  p="继续在管理岗上，带好组织。", g="三个团队的目标对齐。", a="做季度复盘。",
  t="总监。", e="十三年", m="管理三个团队", ai="调用大模型API做过智能导购")

X("zh", "M", 4, 4, "L3", "all-facts-skipped facts-in-open-answers target-implied",
  "继续做管理 -> management; 管两个组、两个组长 -> M4; threeYear names no level -> 4; 用API做过周报工具全部门在用 -> L3",
  p="管两个组，两个组长都是我带出来的，现在主要做团队管理和业务规划。", g="明年再孵化一个新组。",
  a="自己用API做过一个自动生成周报的小工具，全部门在用。", t="继续做管理。")

X("en", "M", 4, 4, "L3", "relative-date canonical-values target-named",
  "people leadership -> management; two team leads report to me -> M4; threeYear Director -> 4; builder -> L3",
  p="People leadership is my thing.", g="Build a third team.", a="Promote from within.",
  t="Director.", e="since 2012", m="two team leads report to me", ai="builder")

X("zh", "M", 4, 4, "L3", "facts-in-open-answers target-named",
  "继续做管理 -> management; 产品总监 title -> M4; threeYear 产品总监 -> 4; API做过功能 -> L3",
  p="继续做管理，我是产品总监，管3个组。", g="组织效率提升20%。", a="砍掉低价值项目。",
  t="产品总监。", ai="用大模型API做过合同比对的功能")

X("en", "M", 4, 4, "L4", "all-facts-skipped facts-in-open-answers target-implied",
  "keep leading -> management; Head of Product, two teams with their own leads -> M4; threeYear no level -> capped 4; designed agent stack, led fine-tuning -> L4",
  p="I'm Head of Product for an AI startup: two teams, each with its own lead.", g="Agents our customers trust.",
  a="I designed our production agent stack and led the fine-tuning of our domain model.", t="Keep leading.")

X("zh", "M", 4, 4, "L4", "years-in-words target-named",
  "继续带组织 -> management; 管4个组长 -> M4; threeYear 总监 -> 4; 参与私有化部署 -> L4",
  p="继续带组织。", g="把大模型能力铺到每条业务线。", a="搭中台。",
  t="总监。", e="十年", m="管4个组长", ai="参与过大模型私有化部署")

X("zh", "M", 4, 4, "L4", "all-facts-skipped facts-in-open-answers target-named",
  "继续做产品总监 -> management; 产品总监、管三个团队 -> M4; target 4; 负责过微调和私有化部署 -> L4",
  p="产品总监，管三个团队，在做金融大模型应用。", g="合规地把大模型用到投顾里。",
  a="负责过模型微调和私有化部署的整个项目。", t="继续做产品总监。")

X("en", "M", 4, 4, "L4", "canonical-values target-named",
  "keep leading -> management; leads managers -> M4; threeYear Head of product -> 4; architect -> L4",
  p="Keep leading.", g="Ship the agent platform to every team.", a="Hire strong leads.",
  t="Head of product.", e="15 years", m="I lead managers", ai="architect")
