/**
 * The two workbooks the page writes: the template for a round (说明, 人员, 活动, 取值, with drop-downs built from
 * the round's conversions) and the results (汇总, 逐年, 逐项, with the round, the rule data digest and the time,
 * plus the 人员 and 活动 sheets it was computed from, so that it can be imported again, and the rows left out as typed).
 */
import { detailLine } from '../rules/activity-details';
import { calculate, dayInChina, DRAFT_FORMAT, DRAFT_VERSION, itemExplanation, itemStatusText, SUBJECT_LABELS, timeInChina, type Activity, type Draft, type RuleSet } from '../rules/core';
import { activityColumns, PERSON_COLUMNS, requiredText } from './columns';
import { IN_SOURCE, isoDay, joinText, type Cell } from './cells';
import type { BatchIssue, BatchPerson, RowAsTyped } from './check';
import { ruleDataDigest } from './digest';
import { advisoryNote, excludedNote, gapText, MERGED_NOTE, repeatedNote, rowsText, STATUS_WORDS, uncountedNote, yearVerdict, type PersonResult, type UncheckedPerson } from './results';
import { activityRows, activityValues, peopleRows } from './rows';
import { DEGREE_LIST, formList, SUBJECT_LIST, TITLE_LEVEL_LIST } from './values';
import { writeWorkbook, type DropDown, type WorkbookSheet } from './write-xlsx';

/** Rows with drop-downs in the template's 人员 and 活动 sheets. */
export const TEMPLATE_ROWS = 2000;
const LISTS = '取值';

/**
 * The template's file name for a round, in the round's own words: 继续教育学时批量核对模板-株洲市2024年度.xlsx (it
 * was …-zhuzhou-2024.xlsx, the site's code for the round; a new user's finding).
 */
export function templateFileName(ruleSet: RuleSet): string {
  return `继续教育学时批量核对模板-${ruleSet.shortTitle.replace(/\s+/g, '')}.xlsx`;
}

/** A worked example of each form: one activity with the first choices, in a year of the round's senior span. */
function exampleActivity(ruleSet: RuleSet, kind: Activity['kind'], year: number): Activity {
  const conversion = ruleSet.conversions.find((c) => c.kind === kind);
  const a: Record<string, unknown> = { kind, id: `e-${kind}` };
  for (const f of conversion?.fields ?? []) {
    if (f.type === 'choice') a[f.name] = f.name === 'subject' ? (kind === 'course' ? 'public' : 'professional') : f.options[0]?.value;
    else if (f.type === 'rank') a[f.name] = 1;
    else a[f.name] = f.name === 'passed';
  }
  if (kind === 'assignment') Object.assign(a, { start: `${year - 1}-03-01`, end: `${year - 1}-12-31` });
  else a['year'] = year;
  if (kind === 'training') Object.assign(a, { days: 2, halfDays: 1, evenings: 0 });
  else if (kind === 'course') a['hours'] = 12;
  else if (kind !== 'assignment') a['count'] = 1;
  return a as unknown as Activity;
}

/** The template for a round as sheets (rows of text) and drop-downs. */
export function templateSheets(ruleSet: RuleSet): { sheets: (WorkbookSheet & { rows: string[][] })[]; dropDowns: DropDown[] } {
  const acts = activityColumns(ruleSet);
  const senior = ruleSet.spans.find((s) => s.to !== undefined);
  const year = senior?.to ?? ruleSet.year - 1;
  const profile = { titleLevel: senior?.match.titleLevels[0], degree: 'bachelor' } as Draft['profile'];
  const draft = (activities: Activity[]): Draft => ({ format: DRAFT_FORMAT, version: DRAFT_VERSION, ruleSet: ruleSet.id, profile: { ...profile, medical: false, teacher: false }, span: null, coveredYears: [], activities }) as Draft;

  // 取值: one column per closed list.
  const lists: [string, string[]][] = [
    ['拟申报级别', TITLE_LEVEL_LIST.map((e) => e.label)],
    ['学历', DEGREE_LIST.map((e) => e.label)],
    ['是或否', ['是', '否']],
    ['活动形式', formList(ruleSet).map((e) => e.label)],
    ['科目', SUBJECT_LIST.map((e) => e.label)],
  ];
  for (const c of acts) {
    if (!c.fields || c.fields[0]?.type !== 'choice') continue;
    const labels: string[] = [];
    for (const f of c.fields) {
      const conv = ruleSet.conversions.find((x) => x.kind === f.kind);
      const def = conv?.fields.find((x) => x.name === f.name);
      if (def?.type === 'choice') for (const o of def.options) if (!labels.includes(o.label)) labels.push(o.label);
    }
    lists.push([c.label, labels]);
  }
  const longest = Math.max(...lists.map(([, v]) => v.length));
  const listRows: string[][] = [lists.map(([k]) => k)];
  for (let i = 0; i < longest; i++) listRows.push(lists.map(([, v]) => v[i] ?? ''));
  const source = (name: string) => {
    const index = lists.findIndex(([k]) => k === name);
    const col = String.fromCharCode(65 + index);
    return `'${LISTS}'!$${col}$2:$${col}$${(lists[index]?.[1].length ?? 0) + 1}`;
  };

  const peopleHead = PERSON_COLUMNS.map((c) => c.label);
  const activityHead = ['工号', ...acts.map((c) => c.label)];
  const dropDowns: DropDown[] = [];
  const add = (sheet: string, head: string[], label: string, list: string) => {
    const column = head.indexOf(label) + 1;
    if (column > 0) dropDowns.push({ sheet, column, lastRow: TEMPLATE_ROWS + 1, source: source(list), title: label });
  };
  add('人员', peopleHead, '拟申报级别', '拟申报级别');
  add('人员', peopleHead, '学历', '学历');
  add('人员', peopleHead, '医学类', '是或否');
  add('人员', peopleHead, '中小学教师', '是或否');
  add('活动', activityHead, '活动形式', '活动形式');
  add('活动', activityHead, '科目', '科目');
  for (const c of acts) {
    if (!c.fields) continue;
    if (c.fields[0]?.type === 'choice') add('活动', activityHead, c.label, c.label);
    else if (c.fields[0]?.type === 'flag') add('活动', activityHead, c.label, '是或否');
  }

  // 说明: what the file is, each column, and one worked example per form with its clause.
  const notes: string[][] = [
    [`继续教育学时单位批量核对模板（${ruleSet.docNumber}）`],
    [`按《${ruleSet.title}》的折算标准生成。填写「人员」「活动」两张表后，在本站“单位批量核对”页面导入。文件只在浏览器中读取，不会上传。`],
    ['每人一行填「人员」表；每项继续教育活动一行填「活动」表，用工号对应到人。带下拉列表的列请从列表选择，也可填写通知原文用语。'],
    ['测算结果仅供参考，学时以用人单位、主管部门和人力资源社会保障部门的审核认定为准。'],
    [],
    ['「人员」表', '列名', '必填', '说明'],
    ...PERSON_COLUMNS.map((c) => ['', c.label, c.required ? '是' : '', c.hint]),
    [],
    ['「活动」表', '列名', '必填', '说明'],
    ['', '工号', '是', '与「人员」表的工号相同。'],
    ...acts.map((c) => ['', c.label, requiredText(c, ruleSet), c.fields ? `${c.hint}（${[...new Set(c.fields.map((f) => ruleSet.conversions.find((x) => x.kind === f.kind)?.label))].join('、')}）` : c.hint]),
    [],
    ['各活动形式的填写示例（本表不会被导入）'],
    ['依据条款', '折算结果', ...activityHead.slice(1)],
  ];
  for (const c of ruleSet.conversions) {
    const a = exampleActivity(ruleSet, c.kind, year);
    const item = calculate(draft([a])).items[0];
    const values = activityValues(a, ruleSet, acts);
    // Text in the 说明 sheet, which is read, not summed or imported.
    notes.push([c.cite.clause, item ? item.working : '', ...acts.map((col) => String(values.get(col.id) ?? ''))]);
  }
  return {
    sheets: [
      // 必填 may name forms (除「“三援”、东西部扶贫协作等特定工作任务」外必填): wrapped in its column.
      { name: '说明', rows: notes, widths: [22, 30, 24, 60], wrapColumns: [2] },
      { name: '人员', rows: [peopleHead], widths: peopleHead.map((h) => Math.max(10, h.length * 2 + 2)), frozenHeader: true },
      { name: '活动', rows: [activityHead], widths: activityHead.map((h) => Math.max(10, h.length * 2 + 2)), frozenHeader: true },
      { name: LISTS, rows: listRows, widths: lists.map(() => 24), frozenHeader: true },
    ],
    dropDowns,
  };
}

/** The template for a round as an .xlsx Blob. */
export async function buildTemplate(ruleSet: RuleSet): Promise<Blob> {
  const { sheets, dropDowns } = templateSheets(ruleSet);
  return writeWorkbook(sheets, dropDowns);
}

/**
 * `YYYY-MM-DD HH:mm（北京时间）`, the time in Beijing (UTC+8 all year) whatever the device's time zone: the file's
 * name carries the same day (compactDate). The device's own time, unmarked, once gave 2026-12-05 20:33 inside a file
 * named …-20261206.xlsx (desktop pass, a device on UTC).
 * @example chinaTime(new Date('2026-12-05T20:33:00Z')) // '2026-12-06 04:33（北京时间）'
 */
export function chinaTime(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const { y, m, d } = dayInChina(date);
  const { h, min } = timeInChina(date);
  return `${y}-${p(m)}-${p(d)} ${p(h)}:${p(min)}（北京时间）`;
}

/** A cell as typed, for the 已排除 sheet: text as it was (spaces and all), a figure as a figure, a date as 2023-05-01. */
function typedValue(cell: Cell): string | number {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDay(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return typeof cell === 'number' && !Number.isFinite(cell) ? '' : cell;
}

/**
 * The 已排除 sheet: every row left out of the figures, as typed, under its table's headings, with its table, its row
 * in the file and why it was left out. One block per table (its headings above its rows); the import does not read it.
 */
function excludedSheetRows(rows: readonly RowAsTyped[], stamp: string): (string | number)[][] {
  const out: (string | number)[][] = [[stamp]];
  let headings: readonly string[] | undefined;
  for (const r of rows) {
    if (r.headings !== headings) {
      headings = r.headings;
      if (out.length > 1) out.push([]);
      out.push(['原表', '原行号', '排除原因', ...headings]);
    }
    const why =
      r.excluded === true
        ? `已排除${r.problems.length > 0 ? `；排除前的问题：${r.problems.join('；')}` : '（排除前无错误或提示）'}`
        : `本人的人员行（${rowsText(r.excluded.withPerson)}）已排除，本行随之未核对`;
    const cells = r.cells.map(typedValue);
    while (cells.length > 0 && cells.at(-1) === '') cells.pop();
    out.push([r.sheet, r.row, why, ...cells]);
  }
  return out;
}

/**
 * The results workbook's sheets. People left out of the check (`unchecked`: every row of theirs excluded) get a sheet
 * of their own, 未核对, named on every sheet's first line and in 说明, so that nobody reads the workbook as the whole unit.
 * Rows left out (`notChecked`: excluded, or with their person's row) are kept as typed in 已排除, which the import skips.
 */
export async function resultSheets(ruleSet: RuleSet, people: readonly BatchPerson[], results: readonly PersonResult[], madeAt: Date, unchecked: readonly UncheckedPerson[] = [], issues: readonly BatchIssue[] = [], notChecked: readonly RowAsTyped[] = []): Promise<{ name: string; rows: (string | number)[][]; widths?: number[]; frozenHeader?: boolean }[]> {
  const digest = await ruleDataDigest(ruleSet);
  const unit = ruleSet.hoursUnit;
  const left = unchecked.length > 0 ? `；另有 ${unchecked.length} 人未核对，见「未核对」表` : '';
  // Row numbers in 备注, 提示 and 未核对 are the imported file's; this workbook's 人员 and 活动 are numbered anew.
  // 已排除原文件中的人员表第5行 (the workbook's own sheets are numbered otherwise); 原 CSV 文件第9行 (joinText).
  const source = notChecked.length > 0 ? IN_SOURCE : '';
  const conversionOf = (activity: Activity | undefined) => (activity === undefined ? undefined : ruleSet.conversions.find((c) => c.kind === activity.kind));
  const stamp = `依据 ${ruleSet.docNumber}；规则数据版本 ${digest}；生成于 ${chinaTime(madeAt)}${left}`;
  const summary: (string | number)[][] = [[stamp], ['工号', '姓名', '部门', '结果', '核认跨度', '缺口', '活动项数', '备注']];
  const yearly: (string | number)[][] = [[stamp], ['工号', '姓名', '部门', '年度', `公需科目（${unit}）`, `专业科目（${unit}）`, `合计（${unit}）`, '公需差', '专业差', '合计差', '年度结果']];
  const items: (string | number)[][] = [[stamp], ['工号', '姓名', '部门', '序号', '原表行', '活动形式', '活动名称', '年度', '科目', `计入${unit}`, '状态', '填写内容', '计算过程', '依据条款', '提示']];
  // The check's warnings (a year after this one, a row typed twice, a retired choice) by row: the page shows them beside
  // the row, and the workbook, which is what gets filed, carries them at the person (汇总 备注) and the activity (逐项 提示).
  const warningsAt = new Map<string, string[]>();
  // Notes on a table (its merged cells), not on the person or activity of the row they are shown at: in 说明.
  const ofTable = (issue: BatchIssue) => issue.level === 'warning' && issue.message.startsWith(MERGED_NOTE);
  for (const issue of issues) if (issue.level === 'warning' && !ofTable(issue)) warningsAt.set(issue.ref, [...(warningsAt.get(issue.ref) ?? []), issue.column ? `${issue.column}：${issue.message}` : issue.message]);
  const tableNotes = issues.filter(ofTable).map((issue) => `${joinText(source, rowsText([issue.ref]))}起：${issue.message}`);
  results.forEach((r, i) => {
    const person = people[i] as BatchPerson;
    // 结果 and 年度结果 in the calculator's and the worksheet's words: 基本达标 with the advisory part and how far short.
    summary.push([r.key, r.name, r.department, STATUS_WORDS[r.status], r.span ? `${r.span.from}～${r.span.to}` : '', [gapText(r), advisoryNote(r)].filter(Boolean).join('；'), r.activityCount, [excludedNote(r, source), repeatedNote(r), uncountedNote(r, source), ...(warningsAt.get(person.ref) ?? [])].filter(Boolean).join('；')]);
    for (const y of r.years) {
      yearly.push([r.key, r.name, r.department, y.year, y.public, y.professional, y.total, y.shortPublic ?? '', y.shortProfessional, y.shortTotal, yearVerdict(y)]);
    }
    const result = calculate(person.draft);
    result.items.forEach((item, n) => {
      // Figures as numbers (Excel sums them); status and working in the words the batch's detail shows. A year met in
      // full by the activity (三援) has no figure: 视为完成 is in 状态 (it stood in the figure column, an HR officer).
      const year = item.years.length === 1 ? (item.years[0] as number) : item.years.join('、');
      // The engine's own warnings (a retired choice) are among the check's for the row: each said once.
      const rowWarnings = warningsAt.get(person.activityRefs[n] ?? '') ?? [];
      const said = [...item.warnings.filter((w) => !rowWarnings.some((x) => x.endsWith(w))), ...rowWarnings];
      // 原表行: where the officer finds the row in the file imported (活动表第19行); 序号 alone did not say (an HR officer).
      const ref = person.activityRefs[n];
      // 填写内容: what was filled in (专利类型：发明专利；专利证书排名：第 4 名), which decides the figure beside it.
      const activity = person.draft.activities.find((a) => a.id === item.activityId);
      items.push([r.key, r.name, r.department, n + 1, ref === undefined ? '' : joinText(source, rowsText([ref])), item.label, item.title ?? '', year, item.subject ? SUBJECT_LABELS[item.subject] : '', item.status === 'met-in-full' ? '' : item.hours, itemStatusText(item), detailLine(activity, conversionOf(activity)), itemExplanation(item), item.cite.clause, said.join('；')]);
    });
  });
  const repeated = results.filter((r) => r.repeatedRows.length > 0).length;
  // Rows typed twice are counted as typed (the check does not drop a row on a guess): whoever reads the figures is told.
  const twice = repeated > 0 ? `${repeated} 人的活动有内容完全相同的行，均已按所填计入学时，见「汇总」表备注；如系重复填写，请删去重复的行后重新核对。` : '';
  // The page counts the rows the officer excluded; a person's activity rows left out with their own excluded row are
  // told apart here, so that the two counts agree (the export said 已排除行数 8 where the page said 已排除 7 行).
  const byOfficer = notChecked.filter((r) => r.excluded === true).length;
  const withPerson = notChecked.length - byOfficer;
  const excludedText =
    notChecked.length > 0
      ? `导入文件中有 ${notChecked.length} 行未用于核对（已排除 ${byOfficer} 行${withPerson > 0 ? `，另有 ${withPerson} 行活动随所属人员未核对` : ''}），不在这两表中：「已排除」表按原表名、原行号列出其原样内容和排除原因，再次导入时不读取该表。各表备注、提示和原因中的表名、行号均指导入的原文件。`
      : '';
  const info: (string | number)[][] = [
    ['继续教育学时单位批量核对结果'],
    ['依据', `${ruleSet.title}（${ruleSet.docNumber}）`],
    ['规则数据版本', digest],
    ['生成时间', chinaTime(madeAt)],
    ['核对人数', results.length],
    ...(unchecked.length > 0 ? [['未核对人数', unchecked.length]] : []),
    ...(notChecked.length > 0 ? [['已排除行数', byOfficer], ...(withPerson > 0 ? [['随人员未核对的活动行数', withPerson]] : [])] : []),
    ...tableNotes.map((note) => ['导入提示', note]),
    ['说明', `测算结果仅供参考，学时以用人单位、主管部门和人力资源社会保障部门的审核认定为准。${unchecked.length > 0 ? '「未核对」表列出其行已排除、未经核对的人员及原因。' : ''}${twice}「人员」「活动」两表是本次核对所用的数据，可直接再次导入。${excludedText}`],
  ];
  const leftOut: (string | number)[][] = [[stamp], ['工号', '姓名', '部门', '原因'], ...unchecked.map((u) => [u.key, u.name, u.department, u.reason])];
  const input = people.map((p) => ({ key: p.key, name: p.name, department: p.department, draft: p.draft }));
  return [
    { name: '汇总', rows: summary, widths: [12, 10, 14, 8, 12, 50, 8, 30] },
    ...(unchecked.length > 0 ? [{ name: '未核对', rows: leftOut, widths: [12, 10, 14, 80] }] : []),
    { name: '逐年', rows: yearly, widths: [12, 10, 14, 8, 12, 12, 12, 8, 8, 8, 12] },
    { name: '逐项', rows: items, widths: [12, 10, 14, 6, 16, 24, 20, 10, 10, 10, 12, 40, 40, 14, 40] },
    { name: '说明', rows: info, widths: [14, 80] },
    { name: '人员', rows: peopleRows(input), frozenHeader: true },
    { name: '活动', rows: activityRows(input, ruleSet), frozenHeader: true },
    ...(notChecked.length > 0 ? [{ name: '已排除', rows: excludedSheetRows(notChecked, stamp), widths: [8, 8, 50] }] : []),
  ];
}

/** The results as an .xlsx Blob. */
export async function buildResultsWorkbook(ruleSet: RuleSet, people: readonly BatchPerson[], results: readonly PersonResult[], madeAt: Date, unchecked: readonly UncheckedPerson[] = [], issues: readonly BatchIssue[] = [], notChecked: readonly RowAsTyped[] = []): Promise<Blob> {
  return writeWorkbook(await resultSheets(ruleSet, people, results, madeAt, unchecked, issues, notChecked));
}
