/**
 * The journal (fake-indexeddb here): what a reload finds after any keystroke, written as the whole entry when the
 * draft changed and as the work alone while only a form's text did.
 */
import { IDBFactory } from 'fake-indexeddb';
import { createStore, get, keys, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { createIdbJournal, DB_JOURNAL, journalKey, journalWorkKey, type JournalEntry } from '../../../src/lib/drafts/journal';
import type { Work } from '../../../src/lib/drafts/work';
import { caseDraft } from './fixtures';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const db = () => createStore(DB_JOURNAL, 'journal');
/** Writes are started, not awaited (as in the input handler): a later read on the same store comes after them. */
const settled = () => keys(db());

/** The work of one open course form with `hours` as typed. */
function typing(hours: string): Work {
  return {
    order: ['a1', 'f1'],
    forms: [{ id: 'f1', kind: 'course', values: { hours }, title: '', typed: { hours: true }, shown: {}, revealed: false }],
    span: { open: false, from: '', to: '' },
  };
}

function entry(draft = caseDraft(), work = typing(''), updatedAt = 1000): JournalEntry {
  return { id: 'd1', tab: 't1', name: '我的测算', createdAt: 1, baseRevision: 0, updatedAt, draft, work };
}

describe('journal', () => {
  it('writes the work alone while the draft stays the same, and a reload reads the last key', async () => {
    const journal = createIdbJournal();
    const draft = caseDraft();
    journal.write(entry(draft, typing('2')));
    journal.write(entry(draft, typing('24')));
    journal.write(entry(draft, typing('24.5')));
    await settled();

    // The whole entry was written once, with the first key; the keys after it wrote only the work.
    const whole = await get<JournalEntry>(journalKey({ tab: 't1', id: 'd1' }), db());
    expect(whole?.work.forms[0]?.values).toEqual({ hours: '2' });
    expect(await keys(db())).toEqual([journalKey({ tab: 't1', id: 'd1' }), journalWorkKey({ tab: 't1', id: 'd1' })]);

    const [read] = await createIdbJournal().all(); // the next visit
    expect(read?.draft).toEqual(draft);
    expect(read?.work.forms[0]?.values).toEqual({ hours: '24.5' });
  });

  it('writes the whole entry again when the draft, the name or the revision changes, and then ignores the older work', async () => {
    const journal = createIdbJournal();
    const first = caseDraft();
    journal.write(entry(first, typing('2')));
    journal.write(entry(first, typing('24')));
    const read = { ...first, coveredYears: [2021] }; // the form's text read into the draft after the frame
    journal.write(entry(read, typing('24')));
    await settled();
    const whole = await get<JournalEntry>(journalKey({ tab: 't1', id: 'd1' }), db());
    expect(whole?.draft.coveredYears).toEqual([2021]);
    const [next] = await createIdbJournal().all();
    expect(next?.draft.coveredYears).toEqual([2021]);
    expect(next?.work.forms[0]?.values).toEqual({ hours: '24' });

    journal.write({ ...entry(read, typing('240')), baseRevision: 1 }); // saved since: the entry names the new revision
    await settled();
    expect((await get<JournalEntry>(journalKey({ tab: 't1', id: 'd1' }), db()))?.baseRevision).toBe(1);
  });

  it('leaves the list order out of a key’s work record while it is the entry’s, and reads it back from the entry', async () => {
    const journal = createIdbJournal();
    const draft = caseDraft();
    // A new form placed first: the order is no draft order, so only the stored order can give it back.
    const order = ['f1', 'pt1', 'pa1', 'p1', 'c1', 't1'];
    journal.write(entry(draft, { ...typing('2'), order }));
    journal.write(entry(draft, { ...typing('24'), order: [...order] })); // work() gives a new copy on every key
    await settled();
    const workRecord = await get<{ work: Record<string, unknown> }>(journalWorkKey({ tab: 't1', id: 'd1' }), db());
    expect(workRecord?.work).not.toHaveProperty('order');
    const [read] = await createIdbJournal().all(); // the next visit
    expect(read?.work.order).toEqual(order);
    expect(read?.work.forms[0]?.values).toEqual({ hours: '24' });
  });

  it('writes the order with the work when a form was added or moved while the draft stayed the same', async () => {
    const journal = createIdbJournal();
    const draft = caseDraft();
    journal.write(entry(draft, { ...typing('2'), order: ['t1', 'c1', 'p1', 'pa1', 'pt1'], forms: [] }));
    // A form among the activities (复制 places the copy after its original; the draft holds only valid activities, so it
    // is the same until the copy reads as one), then a key in it.
    const added = ['t1', 'c1', 'f1', 'p1', 'pa1', 'pt1'];
    journal.write(entry(draft, { ...typing(''), order: added }));
    journal.write(entry(draft, { ...typing('8'), order: [...added] }));
    await settled();
    const [read] = await createIdbJournal().all();
    expect(read?.work.order).toEqual(added);
    expect(read?.work.forms.map((f) => f.id)).toEqual(['f1']);
    expect(read?.work.forms[0]?.values).toEqual({ hours: '8' });
  });

  it('orders two writes in the same millisecond by when they were made', async () => {
    const journal = createIdbJournal();
    const draft = caseDraft();
    journal.write(entry(draft, typing('1'), 5000));
    journal.write(entry(draft, typing('12'), 5000));
    await settled();
    const [read] = await createIdbJournal().all();
    expect(read?.work.forms[0]?.values).toEqual({ hours: '12' });
    expect(read?.updatedAt).toBeGreaterThan(5000);
  });

  it('a new page (a reload) writes the whole entry first, since it cannot know what the last one wrote', async () => {
    const draft = caseDraft();
    createIdbJournal().write(entry(draft, typing('1')));
    await settled();
    const afterReload = createIdbJournal();
    afterReload.write(entry({ ...draft, coveredYears: [2022] }, typing('1'), 2000));
    await settled();
    const [read] = await createIdbJournal().all();
    expect(read?.draft.coveredYears).toEqual([2022]);
  });

  it('forgets an entry and its work together', async () => {
    const journal = createIdbJournal();
    const draft = caseDraft();
    journal.write(entry(draft, typing('1')));
    journal.write(entry(draft, typing('12')));
    await settled();
    await journal.remove({ tab: 't1', id: 'd1' });
    expect(await keys(db())).toEqual([]);
    // The next write after removal is whole again: there is no entry for a work record to belong to.
    journal.write(entry(draft, typing('123')));
    await settled();
    expect((await createIdbJournal().all())[0]?.work.forms[0]?.values).toEqual({ hours: '123' });
  });

  it('treats a stored work record as untrusted: another entry’s, an older or a malformed one is not used', async () => {
    const journal = createIdbJournal();
    journal.write(entry(caseDraft(), typing('7'), 3000));
    await settled();
    const workKey = journalWorkKey({ tab: 't1', id: 'd1' });
    const cases: unknown[] = [
      { id: 'd2', tab: 't1', updatedAt: 9000, work: typing('99') },
      { id: 'd1', tab: 't1', updatedAt: 10, work: typing('99') },
      { id: 'd1', tab: 't1', updatedAt: 'soon', work: typing('99') },
      ['d1', 't1', 9000],
      null,
    ];
    for (const raw of cases) {
      await set(workKey, raw, db());
      const [read] = await createIdbJournal().all();
      expect(read?.work.forms[0]?.values, JSON.stringify(raw)).toEqual({ hours: '7' });
    }
    // A newer work record of the right entry whose forms are malformed gives the entry no forms, never a throw.
    await set(workKey, { id: 'd1', tab: 't1', updatedAt: 9000, work: { forms: 'x', order: 5 } }, db());
    const [read] = await createIdbJournal().all();
    expect(read?.work.forms).toEqual([]);
    // A work record without its entry is not an entry.
    await createIdbJournal().remove({ tab: 't1', id: 'd1' });
    await set(workKey, { id: 'd1', tab: 't1', updatedAt: 9000, work: typing('1') }, db());
    expect(await createIdbJournal().all()).toEqual([]);
  });
  it('keeps an open form’s activity as 修改 found it (for 撤销修改 after a reload), read as untrusted like the draft', async () => {
    const draft = caseDraft();
    const course = draft.activities.find((a) => a.id === 'c1')!;
    const editing = (before: unknown): Work => ({
      order: draft.activities.map((a) => a.id),
      forms: [{ id: 'c1', kind: 'course', values: { hours: '1' }, title: '', typed: { hours: true }, shown: {}, revealed: true, before } as Work['forms'][number]],
      span: { open: false, from: '', to: '' },
    });
    const readBack = async (before: unknown) => {
      globalThis.indexedDB = new IDBFactory();
      createIdbJournal().write(entry(draft, editing(before)));
      await settled();
      return (await createIdbJournal().all())[0]?.work.forms[0];
    };
    expect((await readBack(course))?.before).toEqual(course);
    // Added in the form: 取消添加 after a reload.
    expect((await readBack(null))?.before).toBeNull();
    // Not an activity of this form: dropped (no 撤销修改), the form itself kept.
    for (const bad of [{ ...course, id: 'other' }, { ...course, hours: -5 }, { ...course, kind: 'paper' }, 'c1', 42, { __proto__: { id: 'c1' } }]) {
      const form = await readBack(bad);
      expect(form?.values, JSON.stringify(bad)).toEqual({ hours: '1' });
      expect(form?.before, JSON.stringify(bad)).toBeUndefined();
    }
  });
});
