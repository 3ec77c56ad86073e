/**
 * The batch page's worker: reading files, checking, computing, writing workbooks and the zip of worksheets happen
 * here, so the page never stops answering. It keeps the imported tables and the drafts; the page gets the issues,
 * the results (in chunks) and, when it asks, one person's draft. Loaded as a bundled module worker from the site.
 */
/// <reference lib="webworker" />
import { calculate, compactDate, getRuleSet, type RuleSet } from '../rules/core';
import { ruleSets } from '../rules/rule-sets';
import { setRoundsWithDigests } from './digest';
import type { Table } from './cells';
import { checkBatch, nobodysRows, type BatchCheck } from './check';
import type { ColumnMapping } from './layout';
import type { BatchRequest, BatchResponse, CheckSummary } from './protocol';
import { readFileBytes, readPasted } from './read';
import { clearSavedBatch, readSavedBatch, saveBatch } from './saved-batch';
import { excludedNote, repeatedNote } from './results';
import { buildResultsWorkbook, buildTemplate, templateFileName } from './workbooks';
import { safeFileName, zipWriter } from './zip';
import { overviewOf, resultsPager, type ResultsPage, type ViewQuery } from './view';

declare const self: DedicatedWorkerGlobalScope;

let tables: Table[] = [];
let source = '';
let current: { check: BatchCheck; ruleSet: RuleSet; mapping: ColumnMapping; excluded: string[]; page: (query: ViewQuery) => ResultsPage } | undefined;
const cancelled = new Set<number>();

const post = (message: BatchResponse) => self.postMessage(message);
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function ruleSetOf(id: string): RuleSet {
  const rs = getRuleSet(id);
  if (!rs) throw new Error('未知的政策年度');
  return rs;
}

/**
 * Checks and computes the tables, then answers with the summary, the figures over the whole batch and the first page
 * shown as the officer chose: the page draws those few rows, never the whole batch.
 */
function runCheck(id: number, ruleSet: RuleSet, mapping: ColumnMapping, excluded: string[], view: ViewQuery, thisYear: number) {
  post({ type: 'progress', id, phase: '核对并计算', done: 0, total: 1 });
  const check = checkBatch(tables, ruleSet, { mapping, excluded: new Set(excluded), thisYear, onProgress: (done, total) => post({ type: 'progress', id, phase: '计算', done, total }) });
  const page = resultsPager(check.results);
  current = { check, ruleSet, mapping, excluded, page };
  const computed = check.results.length > 0;
  const summary: CheckSummary = {
    ruleSetId: ruleSet.id,
    source,
    layouts: check.layouts,
    needsMapping: check.needsMapping,
    issues: check.issues,
    errorCount: check.errorCount,
    warningCount: check.warningCount,
    errorRefs: check.errorRefs,
    rowsRead: check.rowsRead,
    fileProblem: check.fileProblem,
    otherRound: check.otherRound,
    resultCount: check.results.length,
    unchecked: check.unchecked,
    overview: computed ? overviewOf(check.results, check.unchecked.length, thisYear, nobodysRows(check)) : null,
    mapping,
    excluded,
    excludedRows: check.excludedRows,
  };
  post({ type: 'checked', id, summary, page: computed ? page({ ...view, page: 0 }) : null });
}

async function zipWorksheets(id: number, onlyShort: boolean, fontUrl: string, extendedFontUrl: string) {
  if (!current) throw new Error('没有可生成的结果');
  const { check } = current;
  const pdf = await import('../pdf');
  await setRoundsWithDigests(ruleSets);
  // The worksheet's link and QR code reopen each case in this site's calculator (no personal fields).
  const calculatorUrl = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}calculator/`, self.location.origin).href;
  const picked = check.people.map((p, i) => ({ p, r: check.results[i] })).filter(({ r }) => r && (!onlyShort || !r.met));
  const zip = zipWriter();
  const generatedAt = new Date();
  const names = new Set<string>();
  // People whose name has a character no font can draw (beyond the BMP, emoji): their worksheet shows 〓 there.
  const lacking: string[] = [];
  for (let i = 0; i < picked.length; i++) {
    await yieldToMessages(); // lets a cancel message in
    if (cancelled.has(id)) {
      cancelled.delete(id);
      post({ type: 'cancelled', id });
      return;
    }
    const { p, r } = picked[i] as (typeof picked)[number];
    // Rows left out of this person's figures, and rows counted twice, as the results page and workbook say them.
    const sourceNotes = r ? [excludedNote(r), repeatedNote(r)].filter((t) => t !== '').map((t) => `批量核对：${t}。`) : [];
    const sheet = await pdf.prepareWorksheet(calculate(p.draft), p.draft, { includeName: p.name !== '', includeEmployer: false, generatedAt, fontUrl, extendedFontUrl, calculatorUrl, sourceNotes });
    if (sheet.missing.length > 0) lacking.push(`${p.key}${p.name ? `（${p.name}）` : ''}：${sheet.missing.join('')}`);
    const blob = await sheet.build();
    let name = safeFileName(`${p.key}-${p.name || '未填姓名'}`);
    while (names.has(name)) name += '_';
    names.add(name);
    zip.add(`${name}.pdf`, new Uint8Array(await blob.arrayBuffer()));
    post({ type: 'progress', id, phase: '生成PDF工作表', done: i + 1, total: picked.length });
  }
  post({ type: 'file', id, blob: await zip.finish(), name: `继续教育学时工作表-${onlyShort ? '未达标-' : ''}${compactDate(generatedAt)}.zip`, notes: lacking });
}

async function handle(m: BatchRequest) {
  switch (m.type) {
    case 'warm':
      // Everything the page may need, fetched now so that it keeps working if the network goes.
      await Promise.all([import('read-excel-file/universal'), import('write-excel-file/universal'), import('write-excel-file/utility')]);
      return post({ type: 'done', id: m.id });
    case 'read-file': {
      post({ type: 'progress', id: m.id, phase: '读取文件', done: 0, total: 1 });
      tables = await readFileBytes(new Uint8Array(m.bytes), m.name);
      source = m.name;
      return runCheck(m.id, ruleSetOf(m.ruleSetId), {}, [], m.view, m.thisYear);
    }
    case 'read-paste':
      tables = readPasted(m.text);
      source = '粘贴内容';
      return runCheck(m.id, ruleSetOf(m.ruleSetId), {}, [], m.view, m.thisYear);
    case 'check':
      return runCheck(m.id, ruleSetOf(m.ruleSetId), m.mapping, m.excluded, m.view, m.thisYear);
    case 'view':
      if (!current) throw new Error('没有可显示的结果，请重新导入');
      return post({ type: 'view', id: m.id, page: current.page(m.query) });
    case 'draft': {
      const person = current?.check.people[m.index];
      const result = current?.check.results[m.index];
      if (!person || !result) throw new Error('找不到该人员');
      return post({ type: 'draft', id: m.id, draft: person.draft, name: person.name, key: person.key, person: result, activityRefs: person.activityRefs });
    }
    case 'template': {
      const rs = ruleSetOf(m.ruleSetId);
      return post({ type: 'file', id: m.id, blob: await buildTemplate(rs), name: templateFileName(rs) });
    }
    case 'export': {
      if (!current) throw new Error('没有可导出的结果');
      const madeAt = new Date();
      const blob = await buildResultsWorkbook(current.ruleSet, current.check.people, current.check.results, madeAt, current.check.unchecked, current.check.issues, current.check.notChecked);
      return post({ type: 'file', id: m.id, blob, name: `继续教育学时核对结果-${compactDate(madeAt)}.xlsx` });
    }
    case 'zip':
      return zipWorksheets(m.id, m.onlyShort, m.fontUrl, m.extendedFontUrl);
    case 'cancel':
      cancelled.add(m.target);
      return post({ type: 'done', id: m.id });
    case 'saved': {
      const saved = await readSavedBatch();
      return post({ type: 'saved', id: m.id, info: saved ? { savedAt: saved.savedAt, source: saved.source, people: saved.people, ruleSetId: saved.ruleSetId } : null });
    }
    case 'save': {
      if (!current) throw new Error('没有可保存的数据');
      // Everyone in the file, as the summary counts them (共 N 人): those computed and those whose rows are all excluded.
      const info = { savedAt: Date.now(), source, people: current.check.results.length + current.check.unchecked.length, ruleSetId: current.ruleSet.id };
      await saveBatch({ ...info, tables, mapping: current.mapping, excluded: current.excluded });
      return post({ type: 'saved', id: m.id, info });
    }
    case 'open-saved': {
      const saved = await readSavedBatch();
      if (!saved) throw new Error('本机没有保存的核对数据');
      tables = saved.tables;
      source = saved.source;
      return runCheck(m.id, ruleSetOf(saved.ruleSetId), saved.mapping, saved.excluded, m.view, m.thisYear);
    }
    case 'clear-saved':
      await clearSavedBatch();
      return post({ type: 'saved', id: m.id, info: null });
    case 'forget':
      tables = [];
      current = undefined;
      return post({ type: 'done', id: m.id });
  }
}

self.onmessage = (event: MessageEvent<BatchRequest>) => {
  const m = event.data;
  handle(m).catch((error: unknown) => {
    const message = error instanceof Error && /[\u4e00-\u9fff]/.test(error.message) ? error.message : '处理时出错，请检查文件后重试。';
    post({ type: 'error', id: m.id, message });
  });
};
