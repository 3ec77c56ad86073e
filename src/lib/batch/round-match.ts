/**
 * Whether a file was filled in from another round's template: checked against the wrong notice, its rows give
 * errors that do not say why (「主持人」是株人社函〔2024〕5号的本人角色，本轮没有此项, 须填写完成人排名 …). The file is
 * recognised by what the template writes: the 说明 sheet names its round (and an exported result's 说明 its 依据), and
 * each round's 活动 sheet has columns the other's lacks (2024: 课题级别, 专利证书排名, 获奖等级; 2020: 完成人排名).
 */
import type { RuleSet } from '../rules/core';
import { ruleSets } from '../rules/rule-sets';
import { cellText, matchKey, type Table } from './cells';
import { activityColumns } from './columns';
import type { ColumnMapping, TableLayout } from './layout';

/** The round a file was made for, when it is not the one chosen. */
export interface OtherRound {
  ruleSetId: string;
  docNumber: string;
  /** 此文件按…的模板填写（…），而当前选择的是…：请改选该通知，或下载本通知的模板重新填写。 */
  message: string;
}

/** Rows of a 说明 sheet in which the template and the results workbook name their round. */
const NOTE_ROWS = 6;

/**
 * The other round whose template the file was filled in from, or null: when its 说明 sheet names the chosen round,
 * or names none and its columns (less those the officer mapped) fit the chosen round as well as any other, or two
 * other rounds fit alike.
 * @example otherRoundOf(tables, layouts, hunan2020)?.docNumber // '株人社函〔2024〕5号' for a filled 2024 template
 */
export function otherRoundOf(tables: readonly Table[], layouts: readonly TableLayout[], ruleSet: RuleSet, mapping: ColumnMapping = {}, rounds: readonly RuleSet[] = ruleSets): OtherRound | null {
  const others = rounds.filter((r) => r.id !== ruleSet.id);
  const found = (round: RuleSet, evidence: string): OtherRound => ({
    ruleSetId: round.id,
    docNumber: round.docNumber,
    message: `此文件按${round.docNumber}的模板填写（${evidence}），而当前选择的是${ruleSet.docNumber}：请改选该通知，或下载本通知的模板重新填写。`,
  });

  const notes = tables.find((t) => t.name === '说明');
  if (notes) {
    const text = notes.rows.slice(0, NOTE_ROWS).flat().map(cellText).join('\n');
    if (text.includes(ruleSet.docNumber)) return null;
    const named = others.filter((r) => text.includes(r.docNumber));
    if (named.length === 1) return found(named[0] as RuleSet, '见「说明」表');
  }

  // Headings of the activity tables: one not recognised here that only the other round's template has (one the officer
  // mapped, to a column or to 忽略此列, no longer counts), and none that only this round's has.
  const activityTables = layouts.filter((l) => l.role === 'activities' || l.role === 'combined');
  const headings = new Set(activityTables.flatMap((l) => l.headings.map((h) => matchKey(h.heading))));
  const chosen = (l: TableLayout, index: number) => Object.prototype.hasOwnProperty.call(mapping[l.table] ?? {}, index);
  const unknown = new Set(activityTables.flatMap((l) => l.headings.filter((h) => h.column === undefined && !chosen(l, h.index)).map((h) => matchKey(h.heading))));
  const labels = (rs: RuleSet) => new Map(activityColumns(rs).map((c) => [matchKey(c.label), c.label]));
  const mine = labels(ruleSet);
  const fits = others.flatMap((round) => {
    const theirs = labels(round);
    const onlyTheirs = [...theirs].filter(([key]) => !mine.has(key) && unknown.has(key)).map(([, label]) => label);
    const onlyMine = [...mine.keys()].some((key) => !theirs.has(key) && headings.has(key));
    return onlyTheirs.length > 0 && !onlyMine ? [{ round, onlyTheirs }] : [];
  });
  if (fits.length !== 1) return null;
  const { round, onlyTheirs } = fits[0] as (typeof fits)[number];
  return found(round, `有该通知特有的列${onlyTheirs.map((l) => `「${l}」`).join('')}`);
}
