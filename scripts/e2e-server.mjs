#!/usr/bin/env node
/**
 * The site as the e2e tests see it: two builds, one at the root (dist/) and one under a sub-path
 * (SITE_BASE=/jxjy/, dist-base/), built one after the other (they share the font step and Astro's cache),
 * then both served with `astro preview`. Playwright starts this once (playwright.config.ts).
 * Run: `node scripts/e2e-server.mjs <port> <base-port>`.
 */
import { spawn, spawnSync } from 'node:child_process';

const [port = '4321', basePort = String(Number(port) + 1)] = process.argv.slice(2);
const E2E_BASE = '/jxjy/';

function build(env) {
  const r = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function serve(env, p) {
  const child = spawn('npm', ['run', 'preview', '--', '--host', '127.0.0.1', '--port', p], { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => process.exit(code ?? 1));
  return child;
}

const baseEnv = { SITE_BASE: E2E_BASE, SITE_OUT: './dist-base' };
build(baseEnv);
build({});
const children = [serve(baseEnv, basePort), serve({}, port)];
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { for (const c of children) c.kill(signal); process.exit(0); });
