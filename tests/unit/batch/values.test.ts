/** Reading typed cells of the batch check: stated hours with and without a unit, whole numbers. */
import { describe, expect, it } from 'vitest';
import { findEntry, isHealthTitle, optionList, readHours, readTitleLevel, readRank, readWhole, readYear, readYears } from '../../../src/lib/batch/values';
import { checkBatch } from '../../../src/lib/batch/check';
import { getRuleSet, type RuleSet } from '../../../src/lib/rules';

describe('readYear', () => {
  it('names a letter typed for a digit as the calculator does (2O22 with the letter O), and never reads it as the digit', () => {
    expect(readYear('2O22')).toEqual({ ok: false, message: '「2O22」不是四位年份：“O”是字母，请改为数字“0”' });
    expect(readYear('二〇二二')).toEqual({ ok: false, message: '「二〇二二」不是四位年份，应如 2022' });
    expect(readYears('2021、2O22')).toEqual({ ok: false, message: '「2O22」不是四位年份：“O”是字母，请改为数字“0”' });
    expect(readYears('2021、1900')).toEqual({ ok: false, message: '「1900」：年份应在 1980～2100 之间' });
  });

  it('reads an activity’s 年度 typed as its date or month, as the date columns do, saying how (an HR officer’s sheet had them refused)', () => {
    const dates = { date1904: false };
    expect(readYear('2022.3.5', dates)).toEqual({ ok: true, value: 2022, note: '「2022.3.5」按 2022 年计，请核对' });
    expect(readYear('2024年3月', dates)).toEqual({ ok: true, value: 2024, note: '「2024年3月」按 2024 年计，请核对' });
    expect(readYear('2023年2月28日', dates)).toMatchObject({ ok: true, value: 2023 });
    // A date cell set to 常规 shows its serial: 45361 is 2024-03-10.
    expect(readYear('45361', dates)).toEqual({ ok: true, value: 2024, note: '「45361」按 Excel 日期序号读作 2024-03-10，按 2024 年计，请核对' });
    for (const text of ['2024.13', '2022.2.30', '20224']) expect(readYear(text, dates)).toMatchObject({ ok: false });
    // A date cell (a Date from the reader) likewise says how it was read (a re-check: counted in 2022 unsaid).
    expect(readYear(new Date(Date.UTC(2022, 4, 6)), dates)).toEqual({ ok: true, value: 2022, note: '「2022-05-06」按 2022 年计，请核对' });
    // Where dates are not read (a span's years, 已认定年度), a date is refused as before.
    expect(readYear('2022.3.5')).toEqual({ ok: false, message: '「2022.3.5」不是四位年份，应如 2022' });
  });
});

describe('readHours', () => {
  it('reads hours as certificates state them, with 学时 after the number or full-width digits', () => {
    expect(readHours('30')).toEqual({ ok: true, value: 30 });
    expect(readHours('24.5学时')).toEqual({ ok: true, value: 24.5 });
    expect(readHours('30 学时')).toEqual({ ok: true, value: 30 });
    expect(readHours('１２')).toEqual({ ok: true, value: 12 });
    expect(readHours(36)).toEqual({ ok: true, value: 36 });
  });

  it('refuses 小时, 课时 or h after the number with the reason, not as 「不是数字」: an hour is not always a 学时', () => {
    expect(readHours('30小时')).toEqual({ ok: false, message: '「30小时」：请只填数字，按证书载明的学时填写（不带单位「小时」）' });
    expect(readHours('60 课时')).toEqual({ ok: false, message: '「60 课时」：请只填数字，按证书载明的学时填写（不带单位「课时」）' });
    expect(readHours('8h')).toEqual({ ok: false, message: '「8h」：请只填数字，按证书载明的学时填写（不带单位「h」）' });
    expect(readHours('三十')).toEqual({ ok: false, message: '「三十」不是数字' });
  });
});

describe('a value that cannot be taken says what was typed, so that the officer finds the cell', () => {
  it('quotes the figure in the message', () => {
    expect(readHours('29.95')).toEqual({ ok: false, message: '「29.95」：学时最多保留一位小数' });
    expect(readHours('-3')).toEqual({ ok: false, message: '「-3」：不能为负数' });
    expect(readWhole('7.5', 0)).toEqual({ ok: false, message: '「7.5」：须为整数' });
    expect(readWhole('-2', 0)).toEqual({ ok: false, message: '「-2」：不能为负数' });
  });

  it('refuses what only JavaScript reads as a number (1e2 was counted as 100 学时), and quotes a cell as typed (「３天」, not 「3天」)', () => {
    // 附件1 二: hours as the certificate states them, days as whole numbers; a sheet's typo is no figure.
    for (const typed of ['1e2', '0x10', '1_000', '.', '+']) {
      expect(readHours(typed)).toEqual({ ok: false, message: `「${typed}」不是数字` });
      expect(readWhole(typed, 0)).toEqual({ ok: false, message: `「${typed}」不是数字` });
    }
    expect(readWhole('３天', 0)).toEqual({ ok: false, message: '「３天」不是数字' });
    expect(readHours('－３')).toEqual({ ok: false, message: '「－３」：不能为负数' });
    expect(readHours('.5')).toEqual({ ok: true, value: 0.5 });
    expect(readWhole('+3', 0)).toEqual({ ok: true, value: 3 });
  });

  it('reads a column’s own unit after the number, as 学时 after hours: 3天 in 全天（天）, 2篇 in 数量 (附件1 二 1, 二 3)', () => {
    // 「8天」 was refused as 不是数字 beside 「30学时」 read as 30 (an HR officer's check).
    expect(readWhole('8天', 0, '须为整数', /\s*天$/)).toEqual({ ok: true, value: 8 });
    expect(readWhole('３ 天', 0, '须为整数', /\s*天$/)).toEqual({ ok: true, value: 3 });
    expect(readWhole('2篇', 1, '须为整数', /\s*[篇项]$/)).toEqual({ ok: true, value: 2 });
    expect(readWhole('1.5天', 0, '半天请填在半天（次）列', /\s*天$/)).toEqual({ ok: false, message: '「1.5天」：半天请填在半天（次）列' });
    // Another unit is still no number of this column.
    expect(readWhole('8学时', 0, '须为整数', /\s*天$/)).toEqual({ ok: false, message: '「8学时」不是数字' });
  });

  it('全天天数 7.5 points to 半天次数, in the calculator’s words (附件1 二 1: a half day is its own count)', () => {
    const zz = getRuleSet('zhuzhou-2024') as RuleSet;
    const check = checkBatch(
      [
        { name: '人员', rows: [['工号', '姓名', '拟申报级别', '学历'], ['A1', '冯十二', '副高级', '大学本科']] },
        { name: '活动', rows: [['工号', '活动形式', '年度', '科目', '形式', '全天（天）', '半天（次）'], ['A1', '培训', '2021', '专业', '培训班、研修班、进修班', '7.5', '']] },
      ],
      zz,
      { thisYear: 2026 },
    );
    expect(check.issues.filter((i) => i.level === 'error').map((i) => `${i.column} ${i.message}`)).toEqual(['全天（天） 「7.5」：须为整数；半天请填在“半天（次）”列']);
  });
});

describe('short forms officers type for a choice', () => {
  it('发明, 实用新型 and 外观设计 name the patent types of both rounds (附件1 二 4, 附件 二 4)', () => {
    for (const id of ['zhuzhou-2024', 'hunan-2020'] as const) {
      const patent = getRuleSet(id)!.conversions.find((c) => c.kind === 'patent')!;
      const list = optionList(patent, 'patentType');
      expect(['发明', '实用新型', '外观设计'].map((t) => findEntry(list, t)?.value)).toEqual(['invention', 'utility', 'design']);
    }
  });
});

describe('an author’s place and a rank as officers write them (an HR officer’s check: 第一作者 and 第一 were refused)', () => {
  it('第一作者, 独著 and 第二作者 name 独立或第一作者 and 其他作者 of 出版著作 and 发表论文 in both rounds (附件1 二 3, 附件 二 3)', () => {
    for (const id of ['zhuzhou-2024', 'hunan-2020'] as const) {
      for (const kind of ['paper', 'book'] as const) {
        const list = optionList(getRuleSet(id)!.conversions.find((c) => c.kind === kind)!, 'role');
        expect(['第一作者', '独著', '独立作者', '第二作者', '其他'].map((t) => findEntry(list, t)?.value)).toEqual(['first', 'first', 'first', 'other', 'other']);
      }
    }
  });

  it('a rank is read from 2, 第2名, 第二 or 二, and anything else says what was typed', () => {
    for (const typed of ['2', '第2名', '第二', '二', '2名', '第２名']) expect(readRank(typed)).toEqual({ ok: true, value: 2 });
    expect(readRank('第十')).toEqual({ ok: true, value: 10 });
    expect(readRank(3)).toEqual({ ok: true, value: 3 });
    expect(readRank('第一作者')).toEqual({ ok: false, message: '「第一作者」不是数字' });
    expect(readRank('')).toEqual({ ok: false, message: '须填写' });
  });
});

describe('拟申报级别', () => {
  const zz = getRuleSet('zhuzhou-2024')!;
  it('reads the title applied for as its level, as a hospital’s 人事科 writes it (主管护师 was refused: an HR officer’s check)', () => {
    const level = (t: string) => readTitleLevel(t, zz);
    expect(level('主管护师')).toEqual({ ok: true, value: 'intermediate' });
    expect(level('主治医师')).toEqual({ ok: true, value: 'intermediate' });
    expect(level('副主任医师')).toEqual({ ok: true, value: 'deputy-senior' });
    expect(level('主任药师')).toEqual({ ok: true, value: 'full-senior' });
    expect(level('高级工程师')).toEqual({ ok: true, value: 'deputy-senior' });
    expect(level('正高级工程师')).toEqual({ ok: true, value: 'full-senior' });
    expect(level('一级教师')).toEqual({ ok: true, value: 'intermediate' });
    expect(level('护师')).toEqual({ ok: true, value: 'junior' });
    expect(level('副高')).toEqual({ ok: true, value: 'deputy-senior' });
    // A word that is no title of one level is still refused with the choices.
    expect(level('高级')).toEqual({ ok: false, message: '「高级」不是可选的拟申报级别，可选：正高级、副高级、中级、初级' });
  });

  it('reads a 卫生 title whatever its speciality, and with a note in brackets or 职称 after it (a re-check’s hospital list)', () => {
    const level = (t: string) => { const r = readTitleLevel(t, zz); return r.ok ? r.value : r.message; };
    expect(['主任中医师', '副主任中药师', '主管检验技师', '主治中医师', '中医师', '主治医生', '副主任医生'].map(level)).toEqual(['full-senior', 'deputy-senior', 'intermediate', 'intermediate', 'junior', 'intermediate', 'deputy-senior']);
    expect(['主治医师（中级）', '中级（主管护师）', '副主任医师（内科）', '主管技师(检验)', '副高级职称', '中级职称'].map(level)).toEqual(['intermediate', 'intermediate', 'deputy-senior', 'intermediate', 'deputy-senior', 'intermediate']);
    // Not titles: a doctor, a skilled worker's grade.
    expect(level('医生')).toBe('「医生」不是可选的拟申报级别，可选：正高级、副高级、中级、初级');
    expect(level('高级技师')).toBe('「高级技师」不是可选的拟申报级别，可选：正高级、副高级、中级、初级');
    expect(['副主任护师', '主管药师', '主任中医师（中医内科）'].map(isHealthTitle)).toEqual([true, true, true]);
    expect(['高级工程师', '副高级', '高级技师'].map(isHealthTitle)).toEqual([false, false, false]);
  });

  it('a 卫生 title is 医学类 where that column is blank: 硕士 副主任医师 under 2020 gets 硕士参评医学类副高级职称’s span, 2016～2019 (湘人社函〔2020〕11号 三（一）)', () => {
    const hn = getRuleSet('hunan-2020')!;
    const rows = [
      ['工号', '姓名', '申报职称', '学历', '医学类', '学习形式', '年度', '科目', '课程来源', '学时'],
      ['D1', '李医生', '副主任医师', '硕士研究生', '', '有学时证明的课程', '2016', '专业科目', '网络平台课程等远程教育', '90'],
      ['D2', '王医生', '副主任医师', '硕士研究生', '否', '有学时证明的课程', '2016', '专业科目', '网络平台课程等远程教育', '90'],
    ];
    const check = checkBatch([{ name: 'Sheet1', rows }], hn, { thisYear: 2026 });
    const span = (key: string) => check.results.find((r) => r.key === key)?.years.map((y) => y.year);
    expect(span('D1')).toEqual([2016, 2017, 2018, 2019]);
    // 医学类 written 否 is the officer's word.
    expect(span('D2')).toEqual([2015, 2016, 2017, 2018, 2019]);
  });
});
