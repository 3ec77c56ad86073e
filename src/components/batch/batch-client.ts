/**
 * The page's side of the batch worker: one module worker from the site (allowed by the CSP's default-src 'self'),
 * requests with ids, progress callbacks, and the answers as promises.
 */
import type { BatchRequest, BatchResponse, CheckSummary, SavedInfo } from '../../lib/batch/protocol';
import type { ResultsPage, ViewQuery } from '../../lib/batch/view';
import { yearInChina } from '../../lib/rules/core';

type Request = BatchRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
/** A person's draft, result and rows as the worker sends them for the detail (the protocol's own type, once). */
type PersonDraft = Omit<Extract<BatchResponse, { type: 'draft' }>, 'type' | 'id'>;

/** Progress as the worker reports it. */
export interface Progress {
  phase: string;
  done: number;
  total: number;
}

/** The year on this page's clock: the visitor's, sent with every check (a worker's clock is not the page's in a test). */
// 今年 in Beijing by the visitor's clock, as the calculator and the dates page count it: the device's own year differs
// around New Year on a device set to another time zone.
const thisYear = () => yearInChina(new Date());

/** Thrown with the worker's Chinese message. */
export class BatchError extends Error {
  override name = 'BatchError';
}

/**
 * The worker's file could not be fetched (offline before this page was ever opened online, or a deployment removed it):
 * nothing of the batch check can run, and the page says so at once.
 */
export class WorkerLoadError extends BatchError {
  override name = 'WorkerLoadError';
}

const WORKER_NOT_LOADED = '批量核对程序未能载入（网络可能已断开，或网站刚刚更新）。请联网后刷新本页；联网打开过本页后，断网也可使用。';
const WORKER_STOPPED = '处理时出错，请重试。';

/** A check's answer: the summary and the first page of results. */
export interface Checked {
  summary: CheckSummary;
  page: ResultsPage | null;
}

/** The batch worker, started once per page. */
export class BatchClient {
  #worker: Worker;
  #next = 1;
  #handlers = new Map<number, (m: BatchResponse | { type: 'failed'; error: BatchError }) => void>();
  /** Set once the worker's file could not be loaded: every request fails with it, none waits for ever. */
  #unloaded: WorkerLoadError | null = null;

  constructor() {
    this.#worker = new Worker(new URL('../../lib/batch/worker.ts', import.meta.url), { type: 'module', name: 'batch' });
    this.#worker.onmessage = (e: MessageEvent<BatchResponse>) => this.#handlers.get(e.data.id)?.(e.data);
    // A file that cannot be fetched or started fires a plain Event; an uncaught error inside the worker an ErrorEvent.
    // Either way no answer will come to the requests waiting now: they fail with a message instead of a bar that never
    // moves.
    this.#worker.onerror = (event) => {
      event.preventDefault();
      const running = typeof ErrorEvent !== 'undefined' && event instanceof ErrorEvent && event.message !== '';
      if (!running) this.#unloaded = new WorkerLoadError(WORKER_NOT_LOADED);
      const error = this.#unloaded ?? new BatchError(WORKER_STOPPED);
      for (const handler of [...this.#handlers.values()]) handler({ type: 'failed', error });
    };
  }

  #send<T>(request: Request, onProgress: ((p: Progress) => void) | undefined, settle: (m: BatchResponse, resolve: (v: T) => void) => boolean, transfer: Transferable[] = []): { id: number; promise: Promise<T> } {
    const id = this.#next++;
    if (this.#unloaded !== null) return { id, promise: Promise.reject(this.#unloaded) };
    const promise = new Promise<T>((resolve, reject) => {
      this.#handlers.set(id, (m) => {
        if (m.type === 'progress') return onProgress?.({ phase: m.phase, done: m.done, total: m.total });
        if (m.type === 'failed') {
          this.#handlers.delete(id);
          return reject(m.error);
        }
        if (m.type === 'error') {
          this.#handlers.delete(id);
          return reject(new BatchError(m.message));
        }
        if (settle(m, resolve)) this.#handlers.delete(id);
      });
    });
    this.#worker.postMessage({ ...request, id }, transfer);
    return { id, promise };
  }

  /** A check: its summary and the first page of results shown as asked (null when nothing was computed). */
  #checked(request: Request, onProgress?: (p: Progress) => void, transfer: Transferable[] = []): Promise<Checked> {
    return this.#send(request, onProgress, (m, resolve: (v: Checked) => void) => (m.type === 'checked' ? (resolve({ summary: m.summary, page: m.page }), true) : false), transfer).promise;
  }

  /** Loads the libraries now, so the page keeps working offline. */
  warm(): Promise<void> {
    return this.#send({ type: 'warm' }, undefined, (m, resolve: (v: void) => void) => (m.type === 'done' ? (resolve(), true) : false)).promise;
  }

  readFile(file: File, ruleSetId: string, view: ViewQuery, onProgress: (p: Progress) => void) {
    // The bytes move to the worker (transferred, not copied on this thread).
    return file.arrayBuffer().then((bytes) => this.#checked({ type: 'read-file', name: file.name, bytes, ruleSetId, view, thisYear: thisYear() }, onProgress, [bytes]));
  }

  readPaste(text: string, ruleSetId: string, view: ViewQuery, onProgress: (p: Progress) => void) {
    return this.#checked({ type: 'read-paste', text, ruleSetId, view, thisYear: thisYear() }, onProgress);
  }

  check(ruleSetId: string, mapping: CheckSummary['mapping'], excluded: string[], view: ViewQuery, onProgress: (p: Progress) => void) {
    return this.#checked({ type: 'check', ruleSetId, mapping, excluded, view, thisYear: thisYear() }, onProgress);
  }

  openSaved(view: ViewQuery, onProgress: (p: Progress) => void) {
    return this.#checked({ type: 'open-saved', view, thisYear: thisYear() }, onProgress);
  }

  /** One page of the current results, filtered and ordered in the worker. */
  view(query: ViewQuery): Promise<ResultsPage> {
    return this.#send({ type: 'view', query }, undefined, (m, resolve: (v: ResultsPage) => void) => (m.type === 'view' ? (resolve(m.page), true) : false)).promise;
  }

  draft(index: number): Promise<PersonDraft> {
    return this.#send({ type: 'draft', index }, undefined, (m, resolve: (v: PersonDraft) => void) => (m.type === 'draft' ? (resolve({ draft: m.draft, name: m.name, key: m.key, person: m.person, activityRefs: m.activityRefs }), true) : false)).promise;
  }

  /** A file the worker writes (template, results, zip); `id` lets a zip be cancelled. Resolves null when cancelled. */
  file(request: Extract<Request, { type: 'template' | 'export' | 'zip' }>, onProgress?: (p: Progress) => void): { id: number; promise: Promise<{ blob: Blob; name: string; notes: string[] } | null> } {
    return this.#send(request, onProgress, (m, resolve: (v: { blob: Blob; name: string; notes: string[] } | null) => void) => {
      if (m.type === 'file') resolve({ blob: m.blob, name: m.name, notes: m.notes ?? [] });
      else if (m.type === 'cancelled') resolve(null);
      else return false;
      return true;
    });
  }

  cancel(target: number): void {
    this.#send({ type: 'cancel', target }, undefined, () => true);
  }

  #saved(request: Extract<Request, { type: 'saved' | 'save' | 'clear-saved' }>): Promise<SavedInfo | null> {
    return this.#send(request, undefined, (m, resolve: (v: SavedInfo | null) => void) => (m.type === 'saved' ? (resolve(m.info), true) : false)).promise;
  }

  savedInfo() {
    return this.#saved({ type: 'saved' });
  }
  save() {
    return this.#saved({ type: 'save' });
  }
  clearSaved() {
    return this.#saved({ type: 'clear-saved' });
  }
}
