import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Playwright's own browser download cannot run here: tests drive Debian's Chromium. Its headless shell
// (apt-get install chromium-headless-shell: the same Chromium without the browser's user interface, what Playwright
// itself runs headless tests in) when installed, else the full browser. The shell made the e2e run 5.5 min against
// 12.5 min on this 2-core machine: a new browser context with the calculator costs it 0.36 s of CPU against 1.0 s.
// The speed measures (npm run perf, measure, lighthouse) keep the full browser, as people have it.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : '/usr/bin/chromium');
const port = Number(process.env.E2E_PORT ?? 4321);
// A second build of the same site under a sub-path (Astro `base`), served beside the first.
const basePort = port + 1;
const E2E_BASE = '/jxjy/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    trace: 'off',
    // The site registers a service worker (offline use); requests it answers bypass page.route, which several specs
    // use. Only the offline specs allow it (test.use({ serviceWorkers: 'allow' })).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      // Without these, Chromium keeps trying to reach Google's hosts on this closed network.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    // Builds dist/ and dist-base/ one after the other, then serves both; the root build answers last.
    command: `node scripts/e2e-server.mjs ${port} ${basePort}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: 'ignore',
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: /base-path\.spec\.ts/ },
    { name: 'base-path', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${basePort}${E2E_BASE}` }, testMatch: /base-path\.spec\.ts/ },
  ],
});
