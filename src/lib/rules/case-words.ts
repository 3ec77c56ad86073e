/**
 * The words of the policy cases (content/rules/*.cases.yaml) and the engine ids they stand for: the one place where
 * the notices' wording is mapped to the draft format. A case says 形式: 课题, 级别: 省（部）级以上, 角色: 主持人; the
 * engine reads kind 'project', level 'provincial', role 'host'. Build time and tests only.
 */
import type { Degree, TitleLevel } from './rule-set-schema';

/** 申报人 → the profile. */
export const TITLE_WORDS = { 正高级: 'full-senior', 副高级: 'deputy-senior', 中级: 'intermediate', 初级: 'junior' } as const satisfies Record<string, TitleLevel>;
export const DEGREE_WORDS = { 博士: 'doctor', 硕士: 'master', 本科: 'bachelor', 其他: 'other' } as const satisfies Record<string, Degree>;
export const YES_NO = { 是: true, 否: false } as const;

/** 科目. */
export const SUBJECT_WORDS = { 公需科目: 'public', 专业科目: 'professional' } as const;

/** 形式 of training counted by days (附件 一 1, 2, 4, 12; 二 1). */
export const TRAINING_FORMS = {
  培训班: 'training',
  研修班: 'training',
  进修班: 'training',
  实践活动: 'practice',
  学术会议: 'conference',
  讲座: 'conference',
  访问: 'conference',
  交流: 'conference',
  海外交换: 'exchange',
} as const;

/** 形式 of a course whose certificate states the hours (附件 一 3; 通知 三（一）（二） of 2024, 四（二）（四） of 2020). */
export const COURSE_SOURCES = {
  网络课程: 'online',
  基地培训: 'base',
  /** 2024 三（一）: 用人单位自行开展线下继续教育专业培训, filed with the city. */
  单位备案培训: 'employer',
  /** 2020 四（二）: 用人单位等组织公需科目培训. */
  单位公需培训: 'employer',
  事业单位培训: 'platform',
} as const;

/** The per-item forms (附件 二 2–9) and the special assignment (二 7). */
export const ITEM_FORMS = {
  课题: 'project',
  著作: 'book',
  译作: 'book',
  教材: 'book',
  论文: 'paper',
  专利: 'patent',
  奖项: 'award',
  数字技术应用能力水平考试: 'exam',
  计算机应用能力考试: 'exam',
  学历教育: 'degree',
  职业资格考试: 'qualification',
  特定工作任务: 'assignment',
} as const;

/** 课题级别 (2024 二 2). */
export const PROJECT_LEVELS = { '省（部）级以上': 'provincial', '市（厅）级': 'municipal', '市（厅）级以下': 'lower' } as const;
/** 本人角色 in a project: 2024 names 主持人 / 主要完成人 / 其他参与人, 2020 主持人员 / 参与人员. */
export const PROJECT_ROLES = { 主持人: 'host', 主持人员: 'host', 主要完成人: 'main', 其他参与人: 'other', 参与人员: 'other' } as const;
/** 作者 of a book or paper. */
export const AUTHOR_WORDS = { 独立或第一作者: 'first', 其他作者: 'other' } as const;
/** 刊物 of a paper. */
export const JOURNAL_WORDS = { 国内统一刊号刊物: false, 国外刊物: true } as const;
/** 专利类型. */
export const PATENT_WORDS = { 发明专利: 'invention', 实用新型专利: 'utility', 外观设计专利: 'design' } as const;
/** 奖项级别: 2024 says 市厅级, 2020 地厅级, for the same tier. */
export const AWARD_LEVELS = { 省部级及以上: 'provincial', 市厅级: 'municipal', 地厅级: 'municipal', 市厅级以下: 'lower', 地厅级以下: 'lower' } as const;
/** 获奖等级. */
export const AWARD_GRADES = { 一等奖: 'first', 二等奖: 'second', 三等奖: 'third' } as const;
/** 任务 of a special assignment. */
export const MISSION_WORDS = { 援藏: 'tibet', 援疆: 'xinjiang', 援外: 'foreign', 东西部扶贫协作: 'east-west', 其他省级以上特定工作任务: 'other' } as const;

/** 结论 of a year, as the worksheet and the cases say it. */
export const VERDICT_WORDS = ['达标', '视为达标', '基本达标', '未达标'] as const;
/** A year's verdict. */
export type VerdictWord = (typeof VERDICT_WORDS)[number];

/** The words of one vocabulary, for the schema's enums. */
export function wordsOf<T extends Record<string, unknown>>(table: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];
}
