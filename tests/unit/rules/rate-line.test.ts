/** A table's rates in one line, as the worksheet prints them for a reviewer holding only the paper. */
import { describe, expect, it } from 'vitest';
import { getRuleSet, type TableConversion } from '../../../src/lib/rules';
import { rateLine } from '../../../src/lib/rules/activity-details';

const table = (round: string, kind: string) => {
  const conversion = getRuleSet(round)?.conversions.find((c) => c.kind === kind);
  if (conversion?.method !== 'table') throw new Error(`${round} has no table for ${kind}`);
  return conversion as TableConversion;
};

describe('rateLine', () => {
  it('gives the 2024 awards by level and grade, and what is not covered (附件1 二 5)', () => {
    expect(rateLine(table('zhuzhou-2024', 'award'))).toBe('省部级及以上、一等奖 60；省部级及以上、二等奖 30；省部级及以上、三等奖 10；市厅级、一等奖 30；市厅级、二等奖 10；市厅级、三等奖 5；市厅级以下 不予折算');
  });

  it('gives the 2020 awards by level and the rank among the 完成人 (附件 二 5: 前五名 60, 其他 30)', () => {
    expect(rateLine(table('hunan-2020', 'award'))).toBe('省部级及以上 90；地厅级、前 5 名 60；地厅级、第 6 名及以后 30；地厅级以下 不予折算');
  });

  it('gives the 2024 patents by type and rank on the certificate (附件1 二 4)', () => {
    expect(rateLine(table('zhuzhou-2024', 'patent'))).toBe('发明专利、第 1 名 60；发明专利、第 2～3 名 30；发明专利、第 4 名及以后 10；实用新型专利、第 1 名 30；实用新型专利、第 2～3 名 10；实用新型专利、第 4 名及以后 不予折算；外观设计专利 不予折算');
  });

  it('gives the 2024 projects, a row for two roles naming both (附件1 二 2)', () => {
    expect(rateLine(table('zhuzhou-2024', 'project'))).toContain('市（厅）级、主要完成人（除主持人外署名前三）或其他参与人 10');
  });

  it('leaves out a row for papers in foreign journals that rates as the domestic one (附件1 二 3), and keeps 2020’s, which does not (附件 二 3)', () => {
    expect(rateLine(table('zhuzhou-2024', 'paper'))).toBe('独立或第一作者 30；其他作者 10');
    expect(rateLine(table('hunan-2020', 'paper'))).toBe('国外刊物 不予折算；独立或第一作者 30；其他作者 10');
  });

  it('gives nothing for a table of one rate, which the item’s working states (附件1 二 6: 每个合格模块 20)', () => {
    expect(rateLine(table('zhuzhou-2024', 'exam'))).toBeUndefined();
  });
});
