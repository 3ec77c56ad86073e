// @vitest-environment jsdom
/**
 * Tabs tell each other about saves: BroadcastChannel where the browser has it, the `storage` event where it does
 * not (Safari before 15.4). jsdom gives one window, so the other tab's write arrives as the StorageEvent the
 * browser would deliver.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_CHANNEL_STORAGE_KEY, openDraftChannel, type DraftMessage } from '../../../src/lib/drafts/draft-channel';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

/** What another tab of the same site receives when this tab writes to localStorage. */
function deliverToOtherTab(): void {
  dispatchEvent(new StorageEvent('storage', { key: DRAFT_CHANNEL_STORAGE_KEY, newValue: localStorage.getItem(DRAFT_CHANNEL_STORAGE_KEY) }));
}

describe('tab messages without BroadcastChannel (Safari 14)', () => {
  it('tells the other tab that a draft was saved, through the storage event', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const received: DraftMessage[] = [];
    const sender = openDraftChannel('tab-a', () => {});
    const receiver = openDraftChannel('tab-b', (m) => received.push(m));
    sender.post({ type: 'saved', id: 'd-1', revision: 3 });
    deliverToOtherTab();
    expect(received).toEqual([{ type: 'saved', id: 'd-1', revision: 3, tab: 'tab-a' }]);
    sender.close();
    receiver.close();
  });

  it('delivers the same message twice when it is posted twice (a delete after an undo)', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const received: DraftMessage[] = [];
    const sender = openDraftChannel('tab-a', () => {});
    const receiver = openDraftChannel('tab-b', (m) => received.push(m));
    const writes: (string | null)[] = [];
    for (let i = 0; i < 2; i++) {
      sender.post({ type: 'deleted', id: 'd-1', revision: 1 });
      writes.push(localStorage.getItem(DRAFT_CHANNEL_STORAGE_KEY));
      deliverToOtherTab();
    }
    // The browser fires `storage` only when the stored text changes.
    expect(writes[0]).not.toBe(writes[1]);
    expect(received.map((m) => m.type)).toEqual(['deleted', 'deleted']);
    sender.close();
    receiver.close();
  });

  it('ignores its own messages, other keys, malformed values and anything after closing', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const received: DraftMessage[] = [];
    const channel = openDraftChannel('tab-a', (m) => received.push(m));
    channel.post({ type: 'saved', id: 'd-1', revision: 1 });
    deliverToOtherTab();
    dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: JSON.stringify({ type: 'saved', id: 'd-2', revision: 1, tab: 'tab-b' }) }));
    dispatchEvent(new StorageEvent('storage', { key: DRAFT_CHANNEL_STORAGE_KEY, newValue: '{not json' }));
    dispatchEvent(new StorageEvent('storage', { key: DRAFT_CHANNEL_STORAGE_KEY, newValue: JSON.stringify({ type: 'erase-all', id: 'd-2', revision: 1, tab: 'tab-b' }) }));
    expect(received).toEqual([]);
    channel.close();
    dispatchEvent(new StorageEvent('storage', { key: DRAFT_CHANNEL_STORAGE_KEY, newValue: JSON.stringify({ type: 'saved', id: 'd-2', revision: 1, tab: 'tab-b' }) }));
    expect(received).toEqual([]);
  });

  it('writes only the message, never the draft', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const channel = openDraftChannel('tab-a', () => {});
    channel.post({ type: 'saved', id: 'd-1', revision: 2 });
    expect(Object.keys(JSON.parse(localStorage.getItem(DRAFT_CHANNEL_STORAGE_KEY) ?? '{}')).sort()).toEqual(['id', 'revision', 'sequence', 'tab', 'type']);
    channel.close();
  });

  it('stays silent where storage is refused too', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    vi.stubGlobal('localStorage', undefined);
    const channel = openDraftChannel('tab-a', () => {});
    expect(() => channel.post({ type: 'saved', id: 'd-1', revision: 1 })).not.toThrow();
    channel.close();
  });
});

describe('tab messages with BroadcastChannel', () => {
  it('uses BroadcastChannel and leaves localStorage alone where the browser has it', async () => {
    const received: DraftMessage[] = [];
    const sender = openDraftChannel('tab-a', () => {});
    const receiver = openDraftChannel('tab-b', (m) => received.push(m));
    sender.post({ type: 'saved', id: 'd-1', revision: 1 });
    await vi.waitFor(() => expect(received).toEqual([{ type: 'saved', id: 'd-1', revision: 1, tab: 'tab-a' }]));
    expect(localStorage.getItem(DRAFT_CHANNEL_STORAGE_KEY)).toBeNull();
    sender.close();
    receiver.close();
  });
});
