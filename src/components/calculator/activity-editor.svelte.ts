/**
 * The activity form (ActivityEditor), fetched when a person is about to add or change an activity, or once the page
 * is idle after it is ready, instead of with the page: the first screen shows none. A page whose stored draft has
 * forms open waits for it before it says it is ready (Calculator.svelte).
 */
import type ActivityEditor from './ActivityEditor.svelte';
import { within } from '../../lib/within';
import { importAgain } from '../../lib/import-again';

let component = $state.raw<typeof ActivityEditor | null>(null);
let failed = $state(false);
let loading: Promise<typeof ActivityEditor | null> | null = null;
// Fetched again after a failure, under a new address where the browser keeps the failure (import-again.ts).
const importEditor = importAgain(() => import('./ActivityEditor.svelte'));

/**
 * Fetches the form's code once; resolves null when it cannot be fetched (offline, or the site was updated since), or
 * has given no answer for five seconds (a stalled line): a page whose stored draft has forms open waits for this
 * before it starts, and must not wait for ever. Code that arrives after those five seconds is still used: the forms
 * waiting for it (ActivityEditorLoader) then show in place of their message.
 *
 * `again` is a person's 重新载入表单: an attempt already under way began before it, perhaps while the line was still
 * down, so should that attempt fail a new one follows. Joining it alone left the form unloaded after the line was
 * back: a form added while offline starts an attempt, and the button pressed before that attempt had failed only
 * waited for its failure (CI, on a slow machine).
 */
function load(again = false): Promise<typeof ActivityEditor | null> {
  if (again && loading !== null) return loading.then((loaded) => loaded ?? load());
  loading ??= within(
    importEditor().then((module) => {
      failed = false;
      return (component = module.default);
    }),
    5000,
  ).catch(() => {
    // A later intent tries again.
    loading = null;
    failed = true;
    return null;
  });
  return loading;
}

/** The form's component once fetched, and whether the last fetch failed. */
export const activityEditor = {
  get component() {
    return component;
  },
  get failed() {
    return failed;
  },
  load,
};
