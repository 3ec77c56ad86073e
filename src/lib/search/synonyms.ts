/**
 * Words people type, mapped to the words the notices use. Each key is a word as a person might type it; its
 * alternatives are the notices' own terms (株人社函〔2024〕5号 and 湘人社函〔2020〕11号, their attachments) or the
 * site's page names. A document matching only an alternative ranks a little below one matching the typed word.
 * Brackets and quotation marks are ignored when matching, so 学时认定单 already finds 《学时认定单》.
 */
// 附件1 一 3 网络平台专业课程等远程教育, and the site's reading of it (按证书学时计算): the words of every way of saying
// an online course. One list, so that no way of saying it misses the reading (网络学习 and 远程学习 did: our own check).
const ONLINE_COURSE = ['网络平台专业课程', '远程教育', '网络培训', '网络课程'] as const;

export const synonyms: Readonly<Record<string, readonly string[]>> = {
  // 附件1 二 6 (2024) 数字技术应用能力水平考试; 2020 附件 二 6 计算机应用能力考试.
  计算机考试: ['数字技术应用能力', '计算机应用能力'],
  计算机等级考试: ['数字技术应用能力', '计算机应用能力'],
  计算机: ['数字技术应用能力', '计算机应用能力'],
  数字技术考试: ['数字技术应用能力'],
  // 附件1 一 10 “三援”; 二 7 “三援”（援藏、援疆、援外）.
  援疆: ['三援'],
  援藏: ['三援'],
  援外: ['三援'],
  援非: ['三援', '援外'],
  三援: ['援藏', '援疆', '援外'],
  支边: ['三援'],
  // 附件1 二 3.
  论文: ['发表论文'],
  写论文: ['发表论文'],
  发文章: ['发表论文'],
  文章: ['论文'],
  // 附件1 一 6 发表论文的提供刊物封面、刊号…; 附件2: 在国外刊物发表的论文须提供检索材料. The notices name no journal
  // ranks and no conference papers: such words lead to the paper clauses, which say 刊物 and 刊号.
  期刊: ['刊物', '刊号'],
  杂志: ['刊物', '刊号'],
  核心期刊: ['刊物', '刊号'],
  会议论文: ['发表论文'],
  sci: ['国外刊物', '检索材料'],
  ssci: ['国外刊物', '检索材料'],
  ei: ['国外刊物', '检索材料'],
  检索证明: ['检索材料'],
  第二作者: ['其他作者'],
  // 附件1 二 4 (2024): 专利证书独立或排名第一者…，排名前三者…: 专利第二名算多少 found only the reading of 排名前三者, not
  // the clause with the figures (an older user's words).
  第一名: ['排名第一', '第一作者'],
  第二名: ['排名前三', '其他作者'],
  第三名: ['排名前三', '其他作者'],
  第三作者: ['其他作者'],
  通讯作者: ['第一作者', '其他作者'],
  专著: ['著作'],
  // 附件1 二 3 独立或第一作者: 出版专著独著多少学时 found nothing (a re-check).
  独著: ['独立'],
  独立作者: ['独立'],
  出书: ['出版著作', '著作', '教材'],
  写书: ['出版著作', '著作', '教材'],
  出版书: ['出版著作', '著作'],
  主编: ['著作', '教材', '作者'],
  参编: ['著作', '教材', '其他作者'],
  // 附件1 一 3 网络平台专业课程等远程教育 (ONLINE_COURSE).
  网课: ONLINE_COURSE,
  网络课程: ONLINE_COURSE.filter((word) => word !== '网络课程'),
  网上课程: ONLINE_COURSE,
  线上课程: ONLINE_COURSE,
  在线课程: ONLINE_COURSE,
  网上学习: ONLINE_COURSE,
  线上学习: ONLINE_COURSE,
  // 在线学习怎么折算学时 read 在 as a stop word and found the 三援 materials clause (一线) first (a re-check).
  在线学习: ONLINE_COURSE,
  网络学习: ONLINE_COURSE,
  远程学习: ONLINE_COURSE,
  网上培训: ONLINE_COURSE,
  线上培训: ONLINE_COURSE,
  // 附件1 一 4 学术会议、讲座、访问、交流.
  开会: ['会议'],
  参会: ['会议', '参会回执'],
  研讨会: ['学术会议', '会议'],
  论坛: ['学术会议', '会议'],
  年会: ['学术会议', '会议'],
  学术报告: ['学术会议', '讲座'],
  听课: ['讲座'],
  // Counted by the day as a 会议 (附件1 二 1 参加有关培训、会议等): 参加讲座算多少学时 found only the materials clause.
  讲座: ['会议'],
  // And 学术会议 (学术会议算多少学时 and 学术会议学时 found only the materials clause 附件1 一 4, never 二 1's 每天8学时: an HR
  // officer's check).
  学术会议: ['会议'],
  访问学者: ['访问', '海外交换'],
  // 计算 and 换算 as people say 折算 (the notices write 计算 only inside 计算机: see notAsTyped).
  计算: ['折算', '测算'],
  换算: ['折算'],
  折合: ['折算'],
  // 附件1 二 7: 超过1年以上的, each year met (援疆两年怎么算 found nothing: a new user's re-check).
  两年: ['超过1年'],
  三年: ['超过1年'],
  // 发表论文能抵多少学时 found nothing, 抵 being in no notice (a new user's re-check).
  抵: ['折算'],
  抵扣: ['折算'],
  折抵: ['折算'],
  // 附件1 二 8 学历（学位）教育; 一 11 提升学历层次.
  读研: ['学历', '学位'],
  读研究生: ['学历', '学位'],
  在职研究生: ['学历', '学位'],
  读博: ['学历', '学位'],
  研究生: ['学历', '学位'],
  考研: ['学历', '学位'],
  专升本: ['学历', '提升学历层次'],
  文凭: ['学历'],
  函授: ['学历', '学位'],
  自考: ['学历', '学位'],
  成人高考: ['学历', '学位'],
  // 附件1 二 9.
  职称考试: ['职业资格考试'],
  资格考试: ['职业资格考试'],
  资格证: ['职业资格考试'],
  考证: ['职业资格考试'],
  // 附件1 二 5.
  获奖: ['奖项', '获奖证书'],
  奖励: ['奖项'],
  科技奖: ['科技（社科）奖项', '奖项'],
  社科奖: ['科技（社科）奖项', '奖项'],
  // 附件1 二 2.
  科研: ['课题研究', '项目开发'],
  科研项目: ['课题研究', '项目开发'],
  结题: ['结题'],
  结题证书: ['结题'],
  结题证明: ['结题'],
  横向课题: ['课题研究'],
  立项: ['课题研究'],
  // 附件1 一 10 公共卫生事件防控一线, among the 特定工作任务 that 附件1 二 7 counts (援鄂抗疫算不算 found nothing: a
  // reader's check; 抗疫 led to the materials clause alone).
  抗疫: ['公共卫生事件防控', '特定工作任务'],
  疫情: ['公共卫生事件防控', '特定工作任务'],
  防疫: ['公共卫生事件防控', '特定工作任务'],
  援鄂: ['公共卫生事件防控', '特定工作任务'],
  // 附件1 一 3 网络平台专业课程等远程教育 (网上学的课算不算 put 课题 first, for its 课).
  网上: ['网络平台', '远程教育'],
  // 附件1 一 12 海外交换（交流）.
  出国: ['海外交换', '海外'],
  国外: ['海外交换', '海外', '国外'],
  出国交流: ['海外交换'],
  海外交流: ['海外交换'],
  访学: ['海外交换', '访问'],
  // 通知 二: 《学时认定单》《合格证明》; 附件2 第13步 学时核验单.
  认定单: ['学时认定单', '学时核验单'],
  学时单: ['学时认定单', '学时核验单'],
  学时证明: ['学时认定单', '合格证明'],
  合格证: ['合格证明'],
  // 通知 二 网上核认系统; 附件2–5.
  网上申报: ['网上核认', '学时核认申报'],
  网上办理: ['网上核认'],
  线上核认: ['网上核认'],
  网上审核: ['网上核认', '审核'],
  // 附件1 二 1.
  半日: ['半天'],
  一天: ['每天'],
  全天: ['每天'],
  一整天: ['每天'],
  晚上: ['晚上'],
  // 湘人社函〔2020〕11号 四（五） writes 秘钥 (A+B 秘钥管理); people write 密钥.
  密钥: ['秘钥'],
  // 湘人社函〔2020〕11号 附件 二 1 counts 晚上; people also say 夜晚, 夜间 or 晚间.
  夜晚: ['晚上'],
  夜间: ['晚上'],
  晚间: ['晚上'],
  // 通知 一（二） 学时要求：每年累计不少于90学时……; the calculator page: 是否达到要求. The notices never say 不足 and say
  // nothing of making up hours (no 补学): a question about too few hours is led to the requirement it falls short of,
  // and to the site's reading that each year stands on its own (the decision note 逐年计算，不跨年结转).
  不够: ['不少于', '达到', '结转'],
  不足: ['不少于', '达到', '结转'],
  没达到: ['不少于', '达到', '结转'],
  未达到: ['不少于', '达到', '结转'],
  达不到: ['不少于', '达到', '结转'],
  不达标: ['不少于', '达到', '结转'],
  // The calculator's verdict, which a teacher searched for (未达标 was said to be in no text, and 为达标 offered): led to
  // the requirement, as 不达标 is. 基本达标: 2020's 专业科目 一般不少于 (the advisory part).
  未达标: ['不少于', '达到', '结转'],
  没达标: ['不少于', '达到', '结转'],
  达标: ['不少于', '达到'],
  基本达标: ['一般不少于', '不少于'],
  补学时: ['不少于', '达到', '结转'],
  // 当年没学够明年能补吗 (an HR officer's words) found nothing: 没学够 is in no text.
  没学够: ['不少于', '达到', '结转'],
  学不够: ['不少于', '达到', '结转'],
  // 附件1 二 7 (2024) and 附件 二 7 (2020): 工作时间为6个月的, 超过1年以上的. People say 半年 and 一年.
  半年: ['6个月'],
  六个月: ['6个月'],
  // Between 6 months and a year (the site's reading assignment-length: 满6个月的视为完成当年): 援疆八个月算不算 found
  // nothing (an older user's words).
  七个月: ['6个月'],
  八个月: ['6个月'],
  九个月: ['6个月'],
  十个月: ['6个月'],
  十一个月: ['6个月'],
  '7个月': ['6个月'],
  '8个月': ['6个月'],
  '9个月': ['6个月'],
  '10个月': ['6个月'],
  '11个月': ['6个月'],
  一年半: ['超过1年'],
  // 至少, 最少, 最低, 差, 还差, 少了: the notices say 不少于 (通知 一（二）; 公示不少于5个工作日, 二（一）).
  补: ['不少于', '达到', '结转'],
  差: ['不少于', '达到'],
  还差: ['不少于', '达到'],
  少: ['不少于'],
  少了: ['不少于', '达到'],
  至少: ['不少于'],
  最少: ['不少于'],
  最低: ['不少于'],
  公需课: ['公需科目'],
  专业课: ['专业科目'],
  // 学时（分） in 2020; a nurse's 学分 are mostly 继续医学教育学分 (the medical-credits note: not converted).
  学分: ['学时', '继续医学教育学分'],
  cme: ['继续医学教育学分', '继续医学教育'],
  课时: ['学时'],
  // 通知 一（二）'s heading in 2024 (学时要求), 每年累计不少于 in both rounds: a word of its own inside a longer question.
  // 教师继续教育学时要求 was cut 继续教育学时 + 要求 and gave the clause 15th, under 符合要求点击“审核通过” (a re-check).
  学时要求: ['每年累计不少于'],
  // 通知 二 核认跨度; 2020 认定跨度 (2024 通知 二 too, for 硕士评任中级). Either finds both rounds' spans: 核认跨度 副高
  // found only 2024's (desktop pass).
  核认跨度: ['认定跨度'],
  认定跨度: ['核认跨度'],
  几天: ['工作日'],
  年限: ['跨度'],
  哪几年: ['跨度'],
  年份范围: ['跨度'],
  // 通知 二: 中小学教师评审（聘）时，参照执行.
  老师: ['中小学教师', '教师'],
  // A teacher names the school (中学教师学时要求, a teacher's search: “中学”…已略去): 通知 二's 参照执行, and 每年累计
  // (通知 一（二）), which is everyone's, as for a title below.
  中学教师: ['中小学教师', '每年累计'],
  小学教师: ['中小学教师', '每年累计'],
  中学老师: ['中小学教师', '每年累计'],
  小学老师: ['中小学教师', '每年累计'],
  // 湘人社函〔2020〕11号 三（一）: 硕士参评医学类副高职称的认定跨度 (a 医学类 title, which is a doctor's; it comes first
  // for 医生). The notices name no other profession; a nurse's hours, and a doctor's, are everyone's (通知 一（二）
  // 每年累计: 护士的学时怎么算 and 医生的学时 found the 2020 span clause alone, a reader's check and its re-check).
  医生: ['医学类', '每年累计'],
  护士: ['每年累计'],
  医学: ['医学类'],
  // A doctor's and a nurse's 学分 (医生学分 found the 2020 span clause and the requirement, not the reading on
  // 继续医学教育学分: a re-check). Whole, so that 医生的学时 still finds the requirement.
  医生学分: ['继续医学教育学分'],
  护士学分: ['继续医学教育学分'],
  // A title named as people hold it (主管护师要多少学时, a nurse: 护师 was found nowhere and 主管 matched 行政主管部门):
  // its level as 通知 二 names it in stating the span (参评中级职称, 参评高级职称 for 副高 and 正高), and 每年累计 (通知
  // 一（二）), which is everyone's. 正高级工程师 is whole: cut around 高级工程师 it left 正.
  主管护师: ['中级职称', '每年累计'],
  主治医师: ['中级职称', '每年累计'],
  一级教师: ['中级职称', '每年累计'],
  副主任医师: ['高级职称', '每年累计'],
  副主任护师: ['高级职称', '每年累计'],
  高级工程师: ['高级职称', '每年累计'],
  高级教师: ['高级职称', '每年累计'],
  主任医师: ['高级职称', '每年累计'],
  主任护师: ['高级职称', '每年累计'],
  正高级工程师: ['高级职称', '每年累计'],
  正高级教师: ['高级职称', '每年累计'],
  // An online platform a nurse named (华医网): no notice names one; its courses are 网络平台课程 (附件1 一 3), its credits
  // the reading 继续医学教育学分.
  华医网: ['网络平台', '继续医学教育学分'],
  卫生系列: ['医学类'],
  // 附件1 一: 加盖单位公章; 附件2 第7步 the upload's file types.
  盖章: ['公章'],
  扫描件: ['jpg', 'pdf'],
  照片: ['jpg', 'png'],
  // 2024 通知 二（三） 其他人员学时核认: 非公有制经济组织、社会组织及自由职业专业技术人员.
  民营企业: ['非公有制经济组织'],
  民企: ['非公有制经济组织'],
  私企: ['非公有制经济组织'],
  私营企业: ['非公有制经济组织'],
  // 通知 二 核认跨度 (高级 2019～2023 年, 中级 2020～2023 年).
  // 通知 一（二）: 每年累计不少于90学时. The notices never write 一年 (1年 only in 附件1 二 7's 不超过1年): 一年要多少学时 found nothing.
  一年: ['每年'],
  // 《合格证明》 is 线下开具 (通知 二), the 学时认定单 printed in the online system (附件2 第10步 学时证书打印): 合格证明怎么打印
  // found nothing.
  打印: ['开具', '办理'],
  // 几年 counts as typed (sameThing): 核认跨度是几年 put three readings before 通知 二, which states the years (an HR
  // officer's check).
  几年: ['跨度'],
  要几年: ['跨度'],
  // Whole, or 需要 split around 要几年 left 需, found with 中级职称 in no clause (中级职称需要几年的学时; a new user).
  需要几年: ['跨度'],
  // 通知 一（二）: 每年累计不少于90学时, each year on its own; the site's decision note: no carrying over.
  结转: ['每年累计'],
  跨年: ['每年累计', '结转'],
  多余: ['每年累计', '结转'],
  多出来: ['每年累计', '结转'],
  // The same question in a re-check's words (多出来的学时能用到下一年吗, 超出的学时能不能顺延, 今年学时超了明年还用学吗):
  // each found nothing, or the note on certificates over a year's days (超过).
  多出: ['每年累计', '结转'],
  超出: ['每年累计', '结转'],
  超了: ['每年累计', '结转'],
  顺延: ['结转'],
  延用: ['结转'],
  用到: ['结转'],
  下一年: ['结转'],
  下一年度: ['结转'],
  第二年: ['结转'],
  // 附件2 第7步 上传文件不超过20M; the notices set minimums for hours (通知 一（二）): 限制 in no text.
  限制: ['不超过', '不少于'],
  // The notices set minimums only (通知 一（二） 每年累计不少于90学时, 其中…): no cap and no ratio beyond the two parts.
  // 公需科目和专业科目比例, 线上学习有上限吗, 网课最多算多少学时 found nothing.
  比例: ['不少于', '每年累计'],
  上限: ['不少于', '每年累计'],
  封顶: ['不少于', '每年累计'],
  最多: ['不少于', '每年累计'],
  最高: ['不少于', '每年累计'],
  // 2024 通知 三（一）: 鼓励用人单位自行开展线下继续教育专业培训.
  线下培训: ['线下继续教育专业培训', '线下培训'],
  内部培训: ['线下继续教育专业培训'],
  单位内训: ['线下继续教育专业培训'],
  // 附件2–4: 审核不通过; 附件2 第9步: 需要后续审核流程退回后可修改重新提交.
  驳回: ['审核不通过', '退回'],
  被退回: ['审核不通过', '退回'],
  // Sites' own pages.
  基地: ['继续教育基地'],
  // Where to train: the bases the 2024 notice lists (通知 三（一）: 国家级、省级、市级继续教育基地可面向全市开展继续
  // 教育培训活动; 附件6). 哪里, 去 and 在 alone are stop words, so each phrasing is a key of its own.
  哪里培训: ['继续教育基地'],
  哪里学习: ['继续教育基地'],
  哪儿培训: ['继续教育基地'],
  哪儿学习: ['继续教育基地'],
  在哪培训: ['继续教育基地'],
  在哪学习: ['继续教育基地'],
  去哪培训: ['继续教育基地'],
  去哪学习: ['继续教育基地'],
  哪里参加培训: ['继续教育基地'],
  哪里可以参加培训: ['继续教育基地'],
  哪里可以培训: ['继续教育基地'],
  哪里可以学习: ['继续教育基地'],
  哪里上课: ['继续教育基地'],
  // The site's reading 授课、讲学的学时 (附件1 二 1): 授课 was in no text (an engineer who teaches at trainings).
  讲课: ['授课'],
  上课: ['授课', '培训'],
  当老师: ['授课'],
  主讲: ['授课', '讲学'],
  // The site's reading 请假期间的学时 (通知 一（二）): 产假 found nothing at all (a new user on maternity leave).
  休假: ['请假'],
  休产假: ['产假', '请假'],
  哺乳假: ['产假', '请假'],
  育儿假: ['请假'],
  怀孕: ['产假'],
  生病: ['病假'],
  住院: ['病假'],
  // 进修 is a training (附件1 二 1 参加有关培训…每天折算为8学时): 进修一个月算多少学时 found the materials clause only.
  进修: ['培训'],
  // A length of one's own shorter than the 6个月 of 附件1 二 7 is counted by the day (附件1 二 1 每天折算为8学时):
  // 进修一个月 matched every clause with a date in a month.
  一个月: ['每天'],
  两个月: ['每天'],
  三个月: ['每天'],
  一周: ['每天'],
  两周: ['每天'],
  一星期: ['每天'],
  培训地点: ['继续教育基地'],
  学习地点: ['继续教育基地'],
  培训机构: ['继续教育基地', '培训机构'],
  培训基地: ['继续教育基地'],
  区别: ['新旧对比', '变化'],
  不同: ['新旧对比', '变化'],
  变化: ['新旧对比', '变化'],
  对比: ['新旧对比'],
  截止: ['截止时间', '办理时间'],
  期限: ['办理时间'],
  几月: ['办理时间'],
  几月份: ['办理时间'],
  哪天: ['办理时间'],
  何时: ['办理时间'],
  错过: ['办理时间'],
  过期: ['办理时间'],
  时间: ['办理时间'],
  正高: ['高级职称'],
  评职称: ['职称评审', '参评'],
  结业证: ['结业证书'],
  培训证书: ['结业证书', '培训合格证书'],
  格式: ['jpg', 'pdf'],
  大小: ['20m'],
};

/**
 * Words that are another name for the notices' term, not a question the term answers: a clause holding the term holds
 * the word as typed, and no site reading ranks above it (核认年限 gave the reading 核认跨度可以修改 before 通知 二, which
 * states the spans). 不够 → 结转 is no such name: its reading 逐年计算，不跨年结转 is the answer.
 */
export const sameThing: ReadonlySet<string> = new Set(['年限', '哪几年', '几年', '年份范围', '核认跨度', '认定跨度', '课时', '公需课', '专业课']);

/**
 * Words the notices write only inside a longer word of another meaning (计算 only in 计算机): a query looks for their
 * synonyms alone, so that 学时怎么计算 finds the conversions and not the computer-skills exam.
 */
export const notAsTyped: ReadonlySet<string> = new Set(['计算']);

/**
 * Words that carry no subject in a question (怎么, 多少, 吗…): dropped from a query, so “发表论文怎么折算” searches
 * 发表论文 and 折算. Multi-character ones are also removed where the word segmenter keeps them inside a longer word.
 */
export const questionWords: readonly string[] = ['怎么样', '怎么办', '怎么', '怎样', '如何', '什么', '哪些', '哪个', '多少', '是否', '能否', '能不能', '可不可以', '有没有', '请问', '为什么'];

/** Single words (as the segmenter yields them) dropped from a query. */
export const stopWords: ReadonlySet<string> = new Set([
  ...questionWords,
  // A count of one (发表一篇论文: 一篇) and 不算 in 算不算 (算 is one already) say nothing a clause says.
  '一篇', '一项', '一次', '一本', '一份', '一门', '一个', '不算', '学的',
  // When a person did it (去年的学时能补吗): the notices speak of 每年 and of years by number, never 去年 (a re-check).
  '去年', '今年', '前年', '明年',
  '可以', '需要', '我', '我是', '我的', '我们', '想', '要', '的', '了', '吗', '呢', '吧', '啊', '呀', '是', '有', '能', '用', '会', '该', '应该', '几', '几个', '多', '算', '在', '和', '与', '及', '或', '还', '都', '么', '给', '去', '做', '哪里', '哪', '哪儿', '在哪', '在哪里', '在哪儿', '时候', '一下', '一般', '其中', '才', '才能', '能够', '才能够', '那', '这', '个', '对', '吗?',
]);
