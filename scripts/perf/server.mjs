/**
 * The built site served as a static host serves it: every text file and the PDF font precompressed (brotli -11 and
 * gzip -9, the sizes scripts/page-js.mjs reports) and sent in the encoding the browser asks for, with ETags, and the
 * cache headers README's deploying section recommends (`_astro/` immutable for a year, everything else `no-cache`).
 * `astro preview` compresses nothing, which would make every page look heavier on a slow line than it is.
 *
 * sirv serves `x.br` / `x.gz` beside `x`; dist/ has no such files, so the site is mirrored into .cache/perf/site with
 * them. Compressed bytes are kept by content hash in .cache/perf/compressed, so the font (seconds at brotli -11) is
 * compressed once, not on every run.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import sirv from 'sirv';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** What a host compresses: text, data and the TrueType font (images and fonts already compressed are left alone). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.ics', '.csv', '.ttf', '.webmanifest', '.map']);

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Mirrors `dist` into `<cache>/site` with a `.br` and a `.gz` beside every compressible file; returns the mirror. */
export async function precompressedSite(dist, cache) {
  const site = join(cache, 'site');
  const store = join(cache, 'compressed');
  await rm(site, { recursive: true, force: true });
  await mkdir(store, { recursive: true });
  await cp(dist, site, { recursive: true });
  const jobs = [];
  for await (const path of files(site)) {
    if (!COMPRESSIBLE.has(extname(path))) continue;
    jobs.push(
      (async () => {
        const buf = await readFile(path);
        const hash = createHash('sha256').update(buf).digest('hex');
        for (const [ext, compress] of [
          ['.br', () => brotliAsync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } })],
          ['.gz', () => gzipAsync(buf, { level: 9 })],
        ]) {
          const stored = join(store, hash + ext);
          if (!existsSync(stored)) await writeFile(stored, await compress());
          await cp(stored, path + ext);
        }
      })(),
    );
  }
  await Promise.all(jobs);
  return site;
}

/**
 * Serves a precompressed mirror on 127.0.0.1 (an ephemeral port unless one is given). Unknown paths get 404.html with
 * status 404, as README asks of a host. Resolves to `{ origin, close }`.
 */
export async function serveSite(site, port = 0) {
  const serve = sirv(site, {
    dev: false,
    etag: true,
    brotli: true,
    gzip: true,
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const notFound = await readFile(join(site, '404.html')).catch(() => Buffer.from('Not found'));
  const server = createServer((req, res) =>
    serve(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    }),
  );
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
