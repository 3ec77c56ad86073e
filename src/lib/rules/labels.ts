/**
 * The applicant's title levels and degrees and the two subjects: the ids the draft and rule sets use, in the
 * order forms offer them, and the plain Chinese the site, the calculator and the PDF show for them.
 */

/** 拟申报职称级别, highest first. */
export const TITLE_LEVELS = ['full-senior', 'deputy-senior', 'intermediate', 'junior'] as const;
/** 最高学历（学位）, highest first. */
export const DEGREES = ['doctor', 'master', 'bachelor', 'other'] as const;
/** 公需科目 and 专业科目. */
export const SUBJECTS = ['public', 'professional'] as const;

export const TITLE_LEVEL_LABELS: Record<(typeof TITLE_LEVELS)[number], string> = {
  'full-senior': '正高级',
  'deputy-senior': '副高级',
  intermediate: '中级',
  junior: '初级',
};

/** As the calculator asks it; the worksheet repeats the person's answer, nothing more (no degree is implied). */
export const DEGREE_LABELS: Record<(typeof DEGREES)[number], string> = {
  doctor: '博士研究生',
  master: '硕士研究生',
  bachelor: '大学本科',
  other: '其他',
};

export const SUBJECT_LABELS: Record<(typeof SUBJECTS)[number], string> = {
  public: '公需科目',
  professional: '专业科目',
};
