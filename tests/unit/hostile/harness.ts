/**
 * What every hostile case checks, in one place: the input goes through the library gateway and through the page's
 * draft session (with a saved draft already on the device); nothing throws, a refusal is in Chinese, the saved draft
 * is untouched, no personal field arrives from a link, and the time taken is kept per family so that the slowest
 * can be printed once (the suite asserts only that each case finished, within the per-test timeout).
 */
import { IDBFactory } from 'fake-indexeddb';
import { createStore, entries } from 'idb-keyval';
import { expect } from 'vitest';
import { CalculatorState } from '../../../src/components/calculator/calculator-state.svelte';
import { DraftSession } from '../../../src/components/calculator/draft-session.svelte';
import { createIdbDraftStore, DB_DRAFTS, type DraftStore } from '../../../src/lib/drafts';
import type { Draft } from '../../../src/lib/rules';

/** Per-test timeout for the hostile files: a case must finish well within it (one second is the goal). */
export const CASE_TIMEOUT_MS = 2000;

/** A Chinese message: at least one CJK character, and no raw exception text. */
export function expectChinese(message: string | null | undefined): void {
  expect(message ?? '').toMatch(/[\u4e00-\u9fff]/);
  expect(message ?? '').not.toMatch(/TypeError|RangeError|SyntaxError|undefined is not|\[object /);
}

/** The case of the issue, saved on the device before each hostile input arrives. */
export function savedDraft(): Draft {
  return {
    format: 'hunan-jxjy-draft',
    version: 1,
    ruleSet: 'zhuzhou-2024',
    profile: { titleLevel: 'deputy-senior', degree: 'bachelor', medical: false, teacher: false, name: '王五', employer: '本机单位' },
    span: null,
    coveredYears: [],
    activities: [{ id: 'mine', kind: 'exam', year: 2021, count: 1 }],
  } as Draft;
}

/** A fresh IndexedDB holding one saved draft; returns a reader of the raw stored values. */
export async function deviceWithSavedDraft(): Promise<{ store: DraftStore; raw: () => Promise<Map<unknown, unknown>> }> {
  globalThis.indexedDB = new IDBFactory();
  const store = createIdbDraftStore();
  const saved = await store.save({ id: 'saved', name: '我的测算', createdAt: 1, draft: savedDraft() }, 0);
  if (!saved.ok) throw new Error('could not save the draft of the device');
  return { store, raw: async () => new Map(await entries(createStore(DB_DRAFTS, 'drafts'))) };
}

/** Every record stored before is still there, value for value. */
export function expectUntouched(before: Map<unknown, unknown>, after: Map<unknown, unknown>): void {
  for (const [key, value] of before) expect(after.get(key)).toEqual(value);
}

const sessions: DraftSession[] = [];

/** The page's draft session on `store`, started as the page starts it. */
export async function openPage(store: DraftStore): Promise<DraftSession> {
  const session = new DraftSession(new CalculatorState());
  sessions.push(session);
  await session.init(store);
  session.shown(); // the page says so once it has shown the draft (start-up guard)
  return session;
}

/** The calculator state behind a session. */
export const calcOf = (s: DraftSession) => (s as unknown as { calc: CalculatorState }).calc;

/** Stops the sessions opened by the last case (listeners, channels, timers). */
export function closePages(): void {
  for (const s of sessions.splice(0)) s.dispose();
}

/** The page is usable: started, its draft readable by the engine, activity ids unique. */
export function expectUsable(session: DraftSession): void {
  expect(session.status).toBe('ready');
  const calc = calcOf(session);
  const ids = calc.draft.activities.map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
  // The figures are what the page shows first; reading them runs calculate() on the draft.
  expect(Array.isArray(calc.result.years)).toBe(true);
}

/** No personal field, activity name or original activity id: what a share link must never bring. */
export function expectNoPersonalField(draft: Draft): void {
  expect(draft.profile.name).toBeUndefined();
  expect(draft.profile.employer).toBeUndefined();
  for (const a of draft.activities) {
    expect(a.title).toBeUndefined();
    expect(a.id).toMatch(/^s\d+$/);
  }
}

/** Times of each family's cases, to print the slowest refusal. */
const timings = new Map<string, { label: string; ms: number }[]>();

/** Runs `work`, keeping its time under `family`. */
export async function timed<T>(family: string, label: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    const list = timings.get(family) ?? [];
    list.push({ label, ms: performance.now() - start });
    timings.set(family, list);
  }
}

/** One line per family: how many cases ran and the slowest, for the lead to quote. */
export function slowestLine(family: string): string {
  const list = timings.get(family) ?? [];
  const slowest = list.reduce<{ label: string; ms: number } | undefined>((a, b) => (a === undefined || b.ms > a.ms ? b : a), undefined);
  return slowest ? `hostile ${family}: ${list.length} timed steps, slowest ${slowest.ms.toFixed(1)} ms (${slowest.label})` : `hostile ${family}: nothing timed`;
}
