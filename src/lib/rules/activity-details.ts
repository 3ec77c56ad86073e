/**
 * What was filled in for an activity, in the form's words: 发表年份：2021年；专利类型：发明专利；专利证书排名：第 4 名. The
 * worksheet prints it under each item; the batch export's 逐项 gives it beside the working, which alone did not say
 * what decided the figure (1项 × 10学时 for a 4th-placed invention, an HR officer).
 */
import { formatHours } from './core';
import type { Activity, Conversion, TableConversion } from './core';

const YES = '是';
const NO = '否';

function fieldValue(activity: Activity, conversion: Conversion, skip: readonly string[] = []): string[] {
  const record = activity as unknown as Record<string, unknown>;
  const out: string[] = [];
  for (const field of conversion.fields) {
    if (skip.includes(field.name)) continue;
    // Only the round's fields: a value an older draft holds for a field no longer asked (计入年度) is not printed.
    // A choice left at the rule set's default is printed as that default, as the engine read it.
    const value = record[field.name] ?? (field.type === 'choice' ? field.default : undefined);
    if (value === undefined) continue;
    if (field.type === 'choice') {
      const option = field.options.find((o) => o.value === value);
      out.push(`${field.label}：${option?.label ?? String(value)}`);
    } else if (field.type === 'flag') {
      out.push(`${field.label}：${value === true ? YES : NO}`);
    } else {
      out.push(`${field.label}：第 ${String(value)} 名`);
    }
  }
  return out;
}

/**
 * The activity's year (or dates) and every field of its form, as one line. `inTable`: for a table whose columns give
 * the year and the subject already (the printed 逐项明细): without them (参加年份：2019年；…；科目：专业科目 under
 * 2019 and 专业科目 made each item a third of a page at 特大, an engineer's check).
 */
export function detailLine(activity: Activity | undefined, conversion: Conversion | undefined, inTable = false): string {
  const parts: string[] = [];
  if (activity?.kind === 'assignment') parts.push(`起止日期：${activity.start} 至 ${activity.end}`);
  else if (activity !== undefined && !inTable) parts.push(`${conversion?.yearLabel ?? '年份'}：${activity.year}年`);
  if (activity !== undefined && conversion !== undefined) parts.push(...fieldValue(activity, conversion, inTable ? ['subject'] : []));
  return parts.join('；');
}

/** A rank condition in the form's words: 第 1 名, 第 2～3 名, 第 4 名及以后, 前 5 名. */
function rankText({ min, max }: { min?: number | undefined; max?: number | undefined }): string {
  if (min === undefined || min === 1) return max === undefined ? '' : max === 1 ? '第 1 名' : `前 ${max} 名`;
  if (max === undefined) return `第 ${min} 名及以后`;
  return min === max ? `第 ${min} 名` : `第 ${min}～${max} 名`;
}

/**
 * A table conversion's rates as one line, row by row in the rule data's order (the first row that fits applies), in the
 * form's words: 省部级及以上、一等奖 60；…；市厅级以下 不予折算. Undefined for a table of one rate, which the item's working
 * states already (2模块 × 20学时). The worksheet prints it so that a reviewer can check a figure without the notice.
 */
export function rateLine(conversion: TableConversion): string | undefined {
  if (conversion.rows.length < 2) return undefined;
  const conditionText = (name: string, condition: TableConversion['rows'][number]['when'][string]): string => {
    const field = conversion.fields.find((f) => f.name === name);
    if (field?.type === 'choice') {
      const label = (value: string) => field.options.find((o) => o.value === value)?.label ?? value;
      return Array.isArray(condition) ? condition.map(label).join('或') : typeof condition === 'string' ? label(condition) : '';
    }
    if (field?.type === 'flag') return condition === true ? field.label : `非${field.label}`;
    return typeof condition === 'object' && !Array.isArray(condition) ? rankText(condition) : '';
  };
  const isFlag = (name: string) => conversion.fields.find((f) => f.name === name)?.type === 'flag';
  const text = (row: TableConversion['rows'][number], withFlags: boolean) => {
    const when = Object.entries(row.when)
      .filter(([name]) => withFlags || !isFlag(name))
      .map(([name, condition]) => conditionText(name, condition))
      .filter((t) => t !== '')
      .join('、');
    return `${when} ${row.hours === undefined ? '不予折算' : formatHours(row.hours)}`;
  };
  // A row for a flag that rates as the same row without it says nothing more (2024's papers in foreign journals rate as
  // domestic ones; the row is there for its note): left out.
  const plain = new Set(conversion.rows.filter((row) => !Object.keys(row.when).some(isFlag)).map((row) => text(row, false)));
  return conversion.rows
    .filter((row) => !Object.keys(row.when).some(isFlag) || !plain.has(text(row, false)))
    .map((row) => text(row, true))
    .join('；');
}
