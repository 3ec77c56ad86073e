#!/usr/bin/env node
/**
 * The site as the e2e tests see it: two builds, one at the root (dist/) and one under a sub-path
 * (SITE_BASE=/jxjy/, dist-base/), built side by side after the font step (each with its own Astro cache),
 * then both served with `astro preview`. Playwright starts this once (playwright.config.ts).
 * Run: `node scripts/e2e-server.mjs <port> <base-port>`.
 */
import { spawn, spawnSync } from 'node:child_process';

const [port = '4321', basePort = String(Number(port) + 1)] = process.argv.slice(2);
const E2E_BASE = '/jxjy/';

/**
 * `npm run build` in a child process; resolves when it ends, and ends this process if it failed. `onSynced` is called
 * once the build is past Astro's content sync (or, failing that line, when it ends).
 */
function build(env, onSynced = () => {}) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build'], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let said = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      said = (said + chunk.toString()).slice(-200);
      if (said.includes('Building static entrypoints')) onSynced();
    });
    child.on('exit', (code) => {
      if (code !== 0) process.exit(code ?? 1);
      onSynced();
      resolve();
    });
  });
}

function serve(env, p) {
  const child = spawn('npm', ['run', 'preview', '--', '--host', '127.0.0.1', '--port', p], { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => process.exit(code ?? 1));
  return child;
}

// The PDF fonts first (both builds read them; on a fresh clone each would make them), then both builds side by
// side: each is mostly one core's work, and this machine has two (48 s one after the other, measured on 2 cores).
// The second starts once the first is past Astro's content sync: both write .astro/content-assets.mjs through the
// same .tmp file, and two at once failed a build (ENOENT on its rename; seen once, at stop 55).
const fonts = spawnSync('npx', ['node', 'scripts/build-font.mjs'], { stdio: ['ignore', 'inherit', 'inherit'] });
if (fonts.status !== 0) process.exit(fonts.status ?? 1);
const baseEnv = { SITE_BASE: E2E_BASE, SITE_OUT: './dist-base' };
let rootBuild;
const synced = new Promise((resolve) => {
  rootBuild = resolve;
});
await Promise.all([build(baseEnv, () => rootBuild()), synced.then(() => build({}))]);
const children = [serve(baseEnv, basePort), serve({}, port)];
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { for (const c of children) c.kill(signal); process.exit(0); });
