/**
 * Offline once visited, under a sub-path (SITE_BASE=/jxjy/, dist-base/): the service worker, its precache and the
 * PDF font cache all live under the base. Runs in the `base-path` project (its name matches that project's pattern).
 */
import { test } from '@playwright/test';
import { checkOfflineAfterOneVisit } from './offline-checks';

test.use({ serviceWorkers: 'allow' });

test('under a sub-path, after one visit every page type, the search, the calculator and a PDF work without a network', async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  await checkOfflineAfterOneVisit(page, context, baseURL as string);
});
