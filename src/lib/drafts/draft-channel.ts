/** Tells other tabs of the same site that a draft was saved or deleted (BroadcastChannel; silent where missing). */

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

function isMessage(data: unknown): data is DraftMessage {
  if (data === null || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  return (m['type'] === 'saved' || m['type'] === 'deleted') && typeof m['id'] === 'string' && typeof m['revision'] === 'number' && typeof m['tab'] === 'string';
}

/** Opens the channel for this tab; `onMessage` receives other tabs' messages only. Browser only. */
export function openDraftChannel(tab: string, onMessage: (message: DraftMessage) => void): DraftChannel {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
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
