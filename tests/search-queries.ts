/**
 * The search query set: what people type, and where the answer is in the notices. Each `first` lists the
 * documents (site-relative URLs) that answer the query; precision@1 counts a query when the top hit is one of them,
 * precision@3 when one of them is in the top three. Answers were written from the notice text (株人社函〔2024〕5号,
 * 湘人社函〔2020〕11号 and their attachments), not from what the search returns. Where both rounds say the same,
 * the answer is the 2024 clause: it is the notice in force.
 * `alsoTop3` names a further document that must be in the top three (the calculator form for a conversion).
 * `nothing` lists queries whose words appear nowhere: they must find nothing.
 */

const z = (id: string) => `/notices/zhuzhou-2024/#${id}`;
const h = (id: string) => `/notices/hunan-2020/#${id}`;

export interface QueryCase {
  q: string;
  first: string[];
  alsoTop3?: string;
  /** Why these documents answer it: the clause. */
  why: string;
}

export const queryCases: QueryCase[] = [
  { q: '发表论文怎么折算', first: [z('fj1-2-3')], alsoTop3: '/calculator/', why: '附件1 二 3：发表论文每篇折算专业科目30学时' },
  { q: '论文', first: [z('fj1-2-3'), z('fj1-1-6'), '/checklists/zhuzhou-2024/#form-f6-paper'], why: '附件1 二 3 折算；一 6 材料' },
  { q: '论文怎么算', first: [z('fj1-2-3')], why: '附件1 二 3：发表论文每篇折算专业科目30学时（附件2 的上传说明不是折算）' },
  { q: '论文要什么材料', first: [z('fj1-1-6'), '/checklists/zhuzhou-2024/#form-f6-paper'], why: '附件1 一 6：发表论文的提供刊物封面、刊号、目录复印件' },
  { q: '发明专利', first: [z('fj1-2-4'), z('fj1-1-7')], why: '附件1 二 4：获得国家发明专利（折算）；一 7：提供专利证书（材料）' },
  { q: '实用新型专利', first: [z('fj1-2-4'), z('fj1-1-7')], why: '附件1 二 4：国家实用新型专利（折算）；一 7（材料）' },
  { q: '外观设计专利', first: [z('fj1-2-4'), h('fj1-1-7'), h('fj1-2-4'), '/checklists/hunan-2020/#form-f7'], why: '2024 附件1 二 4，本站测算据此条：外观设计专利不予折算；或 2020 附件 一 7、二 4：外观设计专利可折算' },
  { q: '专利证书', first: [z('fj1-1-7'), '/checklists/zhuzhou-2024/#form-f7'], why: '附件1 一 7：提供专利证书' },
  { q: '援疆', first: [z('fj1-2-7')], why: '附件1 二 7：“三援”（援藏、援疆、援外）' },
  { q: '三援', first: [z('fj1-2-7'), z('fj1-1-10')], why: '附件1 二 7 折算；一 10 材料' },
  { q: '东西部扶贫', first: [z('fj1-2-7'), z('fj1-1-10')], why: '附件1 二 7、一 10：东西部扶贫协作' },
  { q: '疫情防控一线', first: [z('fj1-1-10'), '/checklists/zhuzhou-2024/#form-f10'], why: '附件1 一 10：公共卫生事件防控一线' },
  { q: '学时认定单', first: [z('tz-2'), z('tz-3-3')], why: '通知 二：《学时认定单》；三（三）以前的《学时认定单》' },
  { q: '以前的学时认定单能用吗', first: [z('tz-3-3')], why: '通知 三（三）：以前的《学时认定单》可作为佐证材料' },
  { q: '合格证明', first: [z('tz-2'), z('tz-2-1')], why: '通知 二：《株洲市专业技术人员继续教育合格证明》' },
  { q: '公需', first: [z('tz-1-1'), z('tz-1-2')], why: '通知 一（一）（二）：公需科目' },
  { q: '公需科目主题', first: [z('tz-1-1')], why: '通知 一（一）：2024年度公需科目主题' },
  { q: '每年要多少学时', first: [z('tz-1-2')], why: '通知 一（二）：每年累计不少于90学时' },
  { q: '专业科目不少于60学时', first: [z('tz-1-2')], why: '通知 一（二）' },
  { q: '半天', first: [z('fj1-2-1')], why: '附件1 二 1：半天折算4学时' },
  { q: '一天折算几个学时', first: [z('fj1-2-1')], why: '附件1 二 1：每天折算为8学时' },
  { q: '外出进修一个月算多少学时', first: [z('fj1-2-1')], why: '附件1 二 1：参加有关培训，每天折算为8学时（“外出”不在任何条文中，略去）' },
  { q: '产假期间学时怎么算', first: [z('note-leave')], why: '本站理解“请假期间的学时”（通知 一（二））：通知未作减免规定，照常测算' },
  { q: '晚上', first: [h('fj1-2-1'), z('note-evening-not-offered')], why: '2020 附件 二 1：晚上折算2学时；2024 附件1 二 1 无晚上（本站理解“晚上不折算”，在该条下）' },
  { q: '夜晚', first: [h('fj1-2-1'), z('note-evening-not-offered')], why: '2020 附件 二 1：晚上折算2学时（夜晚、夜间说的是晚上）；2024 无晚上（本站理解“晚上不折算”）' },
  { q: '网上核认', first: [z('tz-2'), '/guides/', '/guides/#fj2'], why: '通知 二：全面启用网上核认系统；附件2 个人版指南' },
  { q: '截止时间', first: ['/dates/', '/dates/#zhuzhou-2024-city-units', '/dates/#zhuzhou-2024-online-verification', '/dates/#zhuzhou-2024-entrusted-units'], why: '通知 二：6月至7月；二（一）7月15日至8月16日前' },
  { q: '中级职称跨度', first: [z('tz-2')], why: '通知 二：参评中级职称核认跨度为2020～2023年' },
  { q: '高级职称核认跨度', first: [z('tz-2')], why: '通知 二：2019～2023年' },
  { q: '硕士评中级', first: [z('tz-2')], why: '通知 二：硕士评任中级职称认定跨度为2021～2023年' },
  { q: '博士参评副高', first: [z('tz-2'), h('tz-3')], why: '通知 二（2024）；2020 通知 三' },
  { q: '中小学教师', first: [z('tz-2')], why: '通知 二：中小学教师评审（聘）时，参照执行' },
  { q: '出版著作', first: [z('fj1-2-3'), z('fj1-1-6')], why: '附件1 二 3、一 6' },
  { q: '课题主持人', first: [z('fj1-2-2')], why: '附件1 二 2：课题（项目）主持人' },
  { q: '科技奖项', first: [z('fj1-2-5')], why: '附件1 二 5：科技（社科）奖项' },
  { q: '计算机考试', first: [z('fj1-2-6'), z('fj1-1-9')], why: '附件1 二 6 数字技术应用能力水平考试；一 9 计算机应用能力考试' },
  { q: '数字技术应用能力', first: [z('fj1-2-6')], why: '附件1 二 6' },
  { q: '职业资格考试', first: [z('fj1-2-9'), z('fj1-1-11')], why: '附件1 二 9；一 11' },
  { q: '读研究生算学时吗', first: [z('fj1-2-8'), z('fj1-1-11')], why: '附件1 二 8：学历（学位）教育；一 11 提升学历层次' },
  { q: '网课', first: [z('fj1-1-3'), '/checklists/zhuzhou-2024/#form-f3'], why: '附件1 一 3：网络平台专业课程等远程教育' },
  { q: '学术会议', first: [z('fj1-1-4'), '/checklists/zhuzhou-2024/#form-f4'], why: '附件1 一 4：学术会议、讲座、访问、交流' },
  { q: '海外交流', first: [z('fj1-1-12'), '/checklists/zhuzhou-2024/#form-f12'], why: '附件1 一 12：海外交换（交流）' },
  { q: '培训班需要哪些材料', first: [z('fj1-1-1'), '/checklists/zhuzhou-2024/#form-f1'], why: '附件1 一 1：参加培训班、研修班、进修班的材料' },
  { q: '事业单位培训', first: [z('tz-3-2')], why: '通知 三（二）：湖南省事业单位工作人员培训' },
  { q: '自由职业', first: [z('tz-2-3')], why: '通知 二（三）：自由职业专业技术人员' },
  { q: '公示几天', first: [z('tz-2-1'), z('tz-2-3')], why: '通知 二（一）（三）：公示不少于5个工作日' },
  { q: '学时证书打印', first: ['/guides/#fj2-s10'], why: '附件2 第10步：点击“学时证书打印”' },
  { q: '上传材料格式', first: ['/guides/#fj2-s7', '/checklists/zhuzhou-2024/#upload-check'], why: '附件2 第7步：jpg、jpeg、png、doc、docx、pdf，不超过20M' },
  { q: '单位审核', first: ['/guides/#fj3-s4', '/guides/#fj3-3', '/guides/#fj3'], why: '附件3：学时核认申报单位审核' },
  { q: '人社一体化平台', first: ['/guides/#fj5-s1'], why: '附件5 第1步：登录人社一体化平台账号' },
  { q: '继续教育基地', first: ['/bases/', z('tz-3-1')], why: '附件6 基地一览；通知 三（一）基地培训全市认可' },
  // Where to train: 哪里 alone carries no subject (a stop word); each phrasing leads to the bases.
  { q: '去哪里培训', first: ['/bases/', z('tz-3-1')], alsoTop3: '/bases/', why: '通知 三（一）：国家级、省级、市级继续教育基地可面向全市开展继续教育培训活动；附件6 基地一览' },
  { q: '哪里可以参加培训', first: ['/bases/', z('tz-3-1')], alsoTop3: '/bases/', why: '通知 三（一）；附件6 基地一览' },
  { q: '在哪里学习', first: ['/bases/', z('tz-3-1')], alsoTop3: '/bases/', why: '通知 三（一）；附件6 基地一览（基地提供网络培训）' },
  { q: '湖南师范大学', first: ['/bases/#fj6-2'], why: '附件6 第2行' },
  { q: '株洲开放大学电话', first: ['/bases/#fj6-3'], why: '附件6 第3行：0731-22167011' },
  { q: '登记手册', first: [h('tz-2')], why: '2020 通知 二：《湖南省专技人员继续教育登记手册》' },
  { q: '秘钥', first: [h('tz-4-5')], why: '2020 通知 四（五）：双重（A+B）秘钥管理' },
  { q: '新旧政策有什么区别', first: ['/changes/'], why: '新旧政策对比页' },
  { q: '批量核对', first: ['/batch/'], why: '单位批量核对页（人事部门一次核对全单位）' },
  { q: 'Excel表格导入', first: ['/batch/'], why: '单位批量核对页：导入全单位人员的表格' },
  { q: '打印工作表', first: ['/calculator/'], why: '学时测算页：下载PDF工作表' },
  { q: '分享链接', first: ['/calculator/'], why: '学时测算页：分享链接（不含姓名和工作单位）' },
  // Reported on /search/ (the clause labels the site prints, the defining clause, the hours clause, a size).
  { q: '附件1 二 4', first: [z('fj1-2-4')], why: '条款编号：附件1 二 4（获得国家发明专利）' },
  { q: '二（一）', first: [z('tz-2-1')], why: '条款编号：通知 二（一）' },
  { q: '一（二）', first: [z('tz-1-2')], why: '条款编号：通知 一（二）（两份通知都有，现行的在前）' },
  { q: '公需科目', first: [z('tz-1-2')], why: '通知 一（二）：公需科目学习不少于30学时' },
  { q: '发明专利多少学时', first: [z('fj1-2-4')], why: '附件1 二 4：发明专利排名第一者60学时' },
  { q: '20MB', first: ['/guides/#fj2-s7'], why: '附件2 第7步：每个文件不超过20M' },
  // Reported by a new user's test of /search/.
  { q: '继续教育证明', first: [z('tz-2')], why: '通知 二：《株洲市专业技术人员继续教育合格证明》（以下简称《合格证明》）' },
  { q: '学时不够怎么办', first: [z('tz-1-2')], why: '通知 一（二）：每年累计不少于90学时（通知未规定补学）' },
  // Tried on /search/ as a new user would (2026-12-04): each found nothing before.
  { q: '网络学习', first: [z('fj1-1-3'), '/checklists/zhuzhou-2024/#form-f3'], why: '附件1 一 3：网络平台专业课程等远程教育' },
  { q: '线上培训', first: [z('fj1-1-3'), '/checklists/zhuzhou-2024/#form-f3'], why: '附件1 一 3：网络平台专业课程等远程教育（“网上培训”曾找到附件2 的下载一步）' },
  { q: '考证', first: [z('fj1-2-9'), z('fj1-1-11')], why: '附件1 二 9：参加专业技术人员职业资格考试' },
  { q: '援非', first: [z('fj1-2-7'), z('fj1-1-10')], why: '附件1 二 7：“三援”（援藏、援疆、援外）' },
  { q: '补学时', first: [z('tz-1-2'), z('note-no-carry-over')], why: '通知 一（二）：每年累计不少于90学时（通知未规定补学；本站理解“逐年计算，不跨年结转”在该条下）' },
  { q: '学时不够怎么补', first: [z('tz-1-2'), z('note-no-carry-over')], why: '通知 一（二）：每年累计不少于90学时（通知未规定补学；本站理解“逐年计算，不跨年结转”在该条下）' },
  { q: '学时差多少', first: [z('tz-1-2')], why: '通知 一（二）：每年累计不少于90学时，其中公需科目不少于30学时' },
  { q: '至少多少学时', first: [z('tz-1-2')], why: '通知 一（二）：每年累计不少于90学时' },
  { q: '每年最低学时', first: [z('tz-1-2')], why: '通知 一（二）：每年累计不少于90学时' },
  { q: '高级职称几月份核认', first: ['/dates/#zhuzhou-2024-online-verification'], why: '通知 二：全省参评高级职称人员继续教育学时核认…于6月至7月集中办理' },
  { q: '自考', first: [z('fj1-2-8'), z('fj1-1-11')], why: '附件1 二 8：参加国家教育行政主管部门承认的学历（学位）教育；一 11 提升学历层次' },
  { q: '计算学时', first: [z('fj1'), z('fj1-2-1')], why: '附件1：继续教育学时折算细则' },
  { q: '研讨会', first: [z('fj1-1-4'), z('fj1-1-4-2'), z('fj1-2-1')], why: '附件1 一 4：学术会议、讲座、访问、交流；二 1：培训、会议等按天折算' },
  { q: '参加年会算几个学时', first: [z('fj1-2-1')], why: '附件1 二 1：参加有关培训、会议等，每天折算为8学时' },
  { q: '访问学者', first: [z('fj1-1-4'), z('fj1-1-12')], why: '附件1 一 4：访问；一 12：海外交换（交流）' },
  { q: '期刊', first: [z('fj1-1-6'), z('fj1-2-3'), '/guides/#fj2-3-n2', '/checklists/zhuzhou-2024/#form-f6-paper'], why: '附件1 一 6：发表论文的提供刊物封面、刊号；附件2：国外刊物须提供检索材料' },
  { q: '专著', first: [z('fj1-2-3'), z('fj1-1-6')], why: '附件1 二 3：出版著作（译作）；一 6 材料' },
  { q: '第二作者', first: [z('fj1-2-3')], why: '附件1 二 3：其他作者' },
  { q: '民营企业', first: [z('tz-2-3')], why: '2024 通知 二（三）：非公有制经济组织、社会组织及自由职业专业技术人员' },
  { q: '高级职称要几年', first: [z('tz-2')], why: '通知 二：参评高级职称核认跨度为2019～2023年' },
  { q: '内部培训', first: [z('tz-3-1')], why: '2024 通知 三（一）：鼓励用人单位自行开展线下继续教育专业培训' },
  { q: '驳回', first: ['/guides/#fj4-s7', '/guides/#fj3-s8', '/guides/#fj2-s9'], why: '附件3、4：审核不通过；附件2 第9步：审核流程退回后可修改重新提交' },
  { q: '老师', first: [z('tz-2')], why: '通知 二：中小学教师评审（聘）时，参照执行' },
  { q: '医生', first: [h('tz-3')], why: '2020 通知 三：硕士参评医学类副高职称的认定跨度为2016～2019年（2024 通知未单列）' },
  { q: '盖章', first: [z('fj1-1-2-1'), z('fj1-1-4-1'), z('fj1-1-2'), z('fj1-1-4')], why: '附件1 一 2、一 4：加盖单位公章的派出通知、参会回执' },
  { q: '扫描件', first: ['/guides/#fj2-s7', '/checklists/zhuzhou-2024/#upload-check'], why: '附件2 第7步：只能上传jpg、jpeg、png、doc、docx、pdf文件' },
];

/**
 * Queries a user reported on /search/, with the documents that must come first, in order: a clause label puts that
 * clause first (both notices' where both have it, the notice in force first), the clause that sets a figure comes
 * before one that mentions it, and a size is found however its unit is written.
 */
export const reportedQueries: readonly { q: string; top: string[]; why: string }[] = [
  { q: '附件1 二 4', top: [z('fj1-2-4'), h('fj1-2-4')], why: '附件1 二 4; 2020 附件 二 4 is the same clause of its only attachment' },
  { q: '附件1二4', top: [z('fj1-2-4'), h('fj1-2-4')], why: 'the label without spaces' },
  { q: '附件1 二（4）', top: [z('fj1-2-4'), h('fj1-2-4')], why: 'the item in brackets' },
  { q: '二（一）', top: [z('tz-2-1')], why: '通知 二（一）; the 2020 notice has no 二（一）' },
  { q: '通知 二（一）', top: [z('tz-2-1')], why: '通知 二（一）' },
  { q: '一（二）', top: [z('tz-1-2'), h('tz-1-2')], why: '通知 一（二） of both notices' },
  { q: '公需科目', top: [z('tz-1-2'), z('tz-1-1'), h('tz-1-1')], why: '2024 一（二） sets 30 学时, 一（一） and 2020 一（一） say what 公需科目 are' },
  // A reader's check and a re-check (2026-12-06): the opening line of 附件1 and 三援's 90学时 came first; 抵, 两年 and 去年 found nothing.
  { q: '一年要多少学时', top: [z('tz-1-2')], why: '通知 一（二）：每年累计不少于90学时' },
  // A re-check (2026-12-07): cut 继续教育学时 + 要求, the clause came 15th under 符合要求点击“审核通过”.
  { q: '教师继续教育学时要求', top: [z('tz-1-2'), h('tz-1-2')], why: '通知 一（二）学时要求：每年累计不少于90学时 (2020: 认定)' },
  { q: '每年多少学时', top: [z('tz-1-2')], why: '通知 一（二）：每年累计不少于90学时' },
  { q: '90学时', top: [z('tz-1-2')], why: '通知 一（二）：每年累计不少于90学时 (三援 is 90学时 of a year met, not the requirement)' },
  { q: '发表论文能抵多少学时', top: [z('fj1-2-3')], why: '附件1 二 3：发表论文每篇折算专业科目30学时 (抵 as 折算)' },
  { q: '援疆两年怎么算', top: [z('fj1-2-7')], why: '附件1 二 7：超过1年以上的，视为完成外派期间所有年度继续教育90学时' },
  { q: '援鄂抗疫算不算', top: [z('fj1-1-10')], why: '附件1 一 10 公共卫生事件防控一线等政府部门特定工作任务；二 7 特定工作任务 (援鄂 was found nowhere: a reader)' },
  { q: '护士的学时怎么算', top: [z('tz-1-2')], why: '通知 一（二）：每年累计不少于90学时 (the notices set nurses no hours of their own: a reader found the 2020 span clause alone)' },
  { q: '医生的学时', top: [h('tz-3'), z('tz-1-2')], why: '2020 通知 三 (医学类), then 通知 一（二） 每年累计: the hours are everyone\'s (it found the 2020 clause alone: a re-check)' },
  { q: '网上学的课算不算', top: [z('fj1-1-3'), h('fj1-1-3')], why: '附件1 一 3：网络平台专业课程等远程教育 (课 put 课题 first: a reader)' },
  { q: '去年的学时能补吗', top: [z('tz-1-2')], why: '通知 一（二）：每年累计不少于90学时（通知未规定补学）' },
  { q: '发明专利多少学时', top: [z('fj1-2-4'), h('fj1-2-4')], why: 'the hours clauses: 2024 附件1 二 4, 2020 附件 二 4 “获得专利授予的”' },
  { q: '20MB', top: ['/guides/#fj2-s7'], why: '附件2 第7步：不超过20M' },
  { q: '20M', top: ['/guides/#fj2-s7'], why: '附件2 第7步' },
  { q: '继续教育证明', top: [z('tz-2')], why: '通知 二 defines 《株洲市专业技术人员继续教育合格证明》（以下简称《合格证明》）; 附件1 一 5 is a project-completion proof' },
  { q: '合格证明', top: [z('tz-2')], why: '通知 二, where 《合格证明》 is defined, before the dates that use it' },
  // Found nothing when tried as a new user would (2026-12-04): the notices say 不少于, people say 差, 补, 至少.
  { q: '学时差多少', top: [z('tz-1-2')], why: '通知 一（二）：每年累计不少于90学时' },
  { q: '学时不够怎么补', top: [z('note-no-carry-over')], why: '通知 一（二）; the notices say nothing of making up hours: the site’s reading 逐年计算，不跨年结转, under that clause' },
  { q: '至少多少学时', top: [z('tz-1-2')], why: '通知 一（二）：每年累计不少于90学时' },
  // A doctor's search (2026-12-07): the note on 继续医学教育学分 came 16th, under every clause of 学时（分） found through 学时.
  { q: '学分', top: [z('note-medical-credits'), h('note-medical-credits')], why: 'the site’s reading 继续医学教育学分 (the notices do not convert them), under 通知 一（二）' },
  // A teacher's search (2026-12-07), the calculator's own verdict: 未达标 was said to be in no text, and 为达标 offered.
  { q: '未达标', top: ['/calculator/#short-advice-heading', z('note-no-carry-over')], why: 'the calculator’s 某年度未达标怎么办 (2026-12-07), then the site’s reading 逐年计算，不跨年结转, under 通知 一（二）：每年累计不少于90学时' },
  // 没有达标怎么办 led to 2020's 一般不少于60 and to 晚上不折算 (2026-12-07): the calculator's section on what to do.
  // 学术会议算多少学时 found only the materials clause 附件1 一 4 (2026-12-07, an HR officer's check).
  { q: '学术会议算多少学时', top: [z('fj1-2-1')], why: '附件1 二 1：参加有关培训、会议等，每天折算为8学时' },
  // 医生学分 found the 2020 span clause and the requirement, not the reading (2026-12-07, a re-check of 学分).
  { q: '医生学分', top: [z('note-medical-credits')], why: 'the site’s reading 继续医学教育学分, under 通知 一（二）' },
  { q: '护士学分', top: [z('note-medical-credits')], why: 'as 医生学分' },
  // A teacher's keyboard walk (2026-12-07): “中学”…已略去, and 通知 二's 中小学教师…参照执行 third.
  { q: '中学教师学时要求', top: [z('tz-1-2'), h('tz-1-2')], why: '通知 一（二）：每年累计不少于90学时, which 中小学教师 follow (通知 二：参照执行)' },
  { q: '小学教师要多少学时', top: [z('tz-2'), z('tz-1-2')], why: '通知 二：中小学教师评审（聘）时，参照执行, then 通知 一（二）' },
  { q: '没有达标怎么办', top: ['/calculator/#short-advice-heading'], why: 'ShortYearAdvice: each year on its own, earlier 认定单, no way of making hours up in the notices, ask the unit' },
  { q: '未达标怎么办', top: ['/calculator/#short-advice-heading', z('note-no-carry-over')], why: 'as 没有达标怎么办, then the reading it links to' },
  { q: '没达标', top: [z('note-no-carry-over')], why: 'as 未达标 (为达标 was offered: a re-check)' },
  // A nurse's searches (2026-12-07): 护师 found nowhere and 主管 matched 行政主管部门; 华医网 found nothing.
  { q: '主管护师要多少学时', top: [z('tz-2')], why: '通知 二: 参评中级职称继续教育学时核认跨度 (主管护师 is 中级), with 每年累计 in it' },
  { q: '华医网', top: [z('fj1-1-3'), h('fj1-1-3')], why: '附件1 一 3: 网络平台专业课程等远程教育 (no notice names a platform)' },
  { q: '学时怎么计算', top: [z('fj1')], why: '附件1：继续教育学时折算细则 (计算 matched 计算机应用能力考试 first)' },
  { q: '多出来的学时', top: [z('note-no-carry-over'), z('tz-1-2')], why: '通知 一（二）：每年累计不少于90学时, and the site’s reading under it, 逐年计算，不跨年结转 (多出来 is cut 多|出来, and 多 is a stop word)' },
  { q: '哪天截止', top: ['/dates/'], why: '办理时间页：each round\'s dates, with the notice\'s clause' },
  { q: '在线课程', top: [z('fj1-1-3'), h('fj1-1-3')], why: '附件1 一 3：网络平台专业课程等远程教育 (在线课程 was a synonym the segmenter cut into 在|线|课程)' },
  { q: 'SCI', top: ['/guides/#fj2-3-n2'], why: '附件2：在国外刊物发表的论文须提供检索材料' },
  { q: '结题证书', top: [z('fj1-1-5')], why: '附件1 一 5：参加课题研究与项目开发的提供结题（项）证明材料' },
  { q: '学时可以结转吗', top: [z('note-no-carry-over'), h('note-no-carry-over')], why: '通知 一（二）：每年累计不少于90学时 (each year on its own; the notices say nothing of carrying over): the site’s reading 逐年计算，不跨年结转, under that clause in each notice' },
  // Found nothing when asked as a new user on a phone would (2026-12-06): one word of the question was nowhere.
  { q: '发表一篇论文算多少学时', top: [z('fj1-2-3'), h('fj1-2-3')], why: '附件1 二 3：每篇折算30学时 (一篇 says nothing a clause says)' },
  { q: '援疆半年算不算', top: [z('fj1-2-7'), h('fj1-2-7')], why: '附件1 二 7：工作时间为6个月的，视为完成当年继续教育90学时 (the notices write 6个月, people 半年)' },
  { q: '网上学的课怎么算学时', top: [z('fj1-1-3'), h('fj1-1-3')], why: '附件1 一 3：网络平台专业课程等远程教育 (学的 was a word found nowhere)' },
];

/** Queries whose words appear nowhere in the notices or on the site: each must find nothing. */
export const nothingQueries: readonly string[] = ['xyz不存在', '量子纠缠', '房贷利率', '今天天气怎么样', 'asdfgh', '股票行情', '驾照科目三', '王者荣耀', '火锅外卖', '护照办理', '规培', '论问'];
