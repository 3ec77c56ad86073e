/**
 * Tells other tabs of the same site that a draft was saved or deleted: BroadcastChannel where the browser has it,
 * else (Safari before 15.4) the `storage` event, which every other tab of the origin receives when one tab writes
 * to localStorage. Silent where neither exists (storage refused): each save's revision check still holds.
 */

/** A message between tabs about one draft. */
export interface DraftMessage {
  type: 'saved' | 'deleted';
  id: string;
  revision: number;
  /** The sending tab, so a tab ignores its own messages. */
  tab: string;
}

/** A channel to the other tabs. */
export interface DraftChannel {
  post(message: Omit<DraftMessage, 'tab'>): void;
  close(): void;
}

const CHANNEL = 'hunan-jxjy-drafts';
/** The localStorage key the fallback writes: only the message (type, draft id, revision, tab), never a draft. */
export const DRAFT_CHANNEL_STORAGE_KEY = `${CHANNEL}:message`;

function isMessage(data: unknown): data is DraftMessage {
  if (data === null || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  return (m['type'] === 'saved' || m['type'] === 'deleted') && typeof m['id'] === 'string' && typeof m['revision'] === 'number' && typeof m['tab'] === 'string';
}

function parse(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const silent: DraftChannel = { post() {}, close() {} };

function storageOf(): Storage | null {
  try {
    // Reading localStorage throws where storage is refused (some private modes, blocked cookies).
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The fallback: each message is written to localStorage; other tabs read it from their `storage` event. */
function openStorageChannel(tab: string, onMessage: (message: DraftMessage) => void): DraftChannel {
  const storage = storageOf();
  if (storage === null || typeof addEventListener !== 'function') return silent;
  let sequence = 0;
  const listener = (event: StorageEvent) => {
    if (event.key !== DRAFT_CHANNEL_STORAGE_KEY) return;
    const data = parse(event.newValue);
    if (isMessage(data) && data.tab !== tab) onMessage({ type: data.type, id: data.id, revision: data.revision, tab: data.tab });
  };
  addEventListener('storage', listener);
  return {
    post(message) {
      try {
        // The sequence number makes each write a change, so a repeated message still fires the event.
        storage.setItem(DRAFT_CHANNEL_STORAGE_KEY, JSON.stringify({ ...message, tab, sequence: ++sequence }));
      } catch {
        // Storage full or refused: the other tabs still see the new revision when they next save.
      }
    },
    close: () => removeEventListener('storage', listener),
  };
}

/** Opens the channel for this tab; `onMessage` receives other tabs' messages only. Browser only. */
export function openDraftChannel(tab: string, onMessage: (message: DraftMessage) => void): DraftChannel {
  if (typeof BroadcastChannel === 'undefined') return openStorageChannel(tab, onMessage);
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isMessage(event.data) && event.data.tab !== tab) onMessage(event.data);
  };
  return {
    post(message) {
      try {
        channel.postMessage({ ...message, tab });
      } catch {
        // A closed channel (page being unloaded) has no one left to tell.
      }
    },
    close: () => channel.close(),
  };
}
