/**
 * What was filled in for an activity, in the form's words: 发表年份：2021年；专利类型：发明专利；专利证书排名：第 4 名. The
 * worksheet prints it under each item; the batch export's 逐项 gives it beside the working, which alone did not say
 * what decided the figure (1项 × 10学时 for a 4th-placed invention, an HR officer).
 */
import type { Activity, Conversion } from './core';

const YES = '是';
const NO = '否';

function fieldValue(activity: Activity, conversion: Conversion): string[] {
  const record = activity as unknown as Record<string, unknown>;
  const out: string[] = [];
  for (const field of conversion.fields) {
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

/** The activity's year (or dates) and every field of its form, as one line. */
export function detailLine(activity: Activity | undefined, conversion: Conversion | undefined): string {
  const parts: string[] = [];
  if (activity?.kind === 'assignment') parts.push(`起止日期：${activity.start} 至 ${activity.end}`);
  else if (activity !== undefined) parts.push(`${conversion?.yearLabel ?? '年份'}：${activity.year}年`);
  if (activity !== undefined && conversion !== undefined) parts.push(...fieldValue(activity, conversion));
  return parts.join('；');
}
