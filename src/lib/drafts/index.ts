/** Drafts on this device: storage (IndexedDB or memory), migrations, files, and messages between tabs. */
export { openDraftStore, createIdbDraftStore, createMemoryDraftStore, DB_DRAFTS, DB_SETTINGS } from './draft-store';
export type { DraftStore, DraftEntry, SaveResult, OpenedStore } from './draft-store';
export { isBroken, MAX_NAME_LENGTH, RECORD_VERSION } from './draft-record';
export { readRecord } from './read-record';
export { recordId, recordKey } from './record-key';
export { rawRecordJson, rawRecordFileName } from './raw-record';
export type { DraftRecord, BrokenRecord, StoredRead } from './draft-record';
export { migrateDraft } from './migrations';
export type { MigrationResult } from './migrations';
export { readDraft } from './read-draft';
export type { ReadDraftResult } from './read-draft';
export { readDraftFile, draftToJson, draftFileName, MAX_IMPORT_BYTES } from './draft-file';
export type { ImportResult } from './draft-file';
export { openDraftChannel } from './draft-channel';
export type { DraftChannel, DraftMessage } from './draft-channel';
export { tabDraftId, rememberTabDraft } from './tab-memory';
