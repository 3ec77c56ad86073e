#!/usr/bin/env node
/**
 * Build step: subsets Noto Sans SC twice for the PDF worksheet (both renamed WorksheetSC) and writes them to
 * public/fonts/generated/ with the OFL text beside them:
 *
 * - worksheet-sc-fixed.ttf, the small font of the worksheet's own text: every character of content/rules/*.json
 *   and of the engine and PDF sources (labels, rule-data labels, clause citations, engine messages), with ASCII
 *   (digits, links), Latin-1, general and CJK punctuation and full-width forms. A worksheet whose user text
 *   (name, employer, activity titles) needs nothing more is made with it alone.
 * - worksheet-sc-common.ttf, the middle font: the small one plus GB2312's symbols and its 3,755 level-1 hanzi (一级汉字,
 *   the standard's commonest characters, from the same decoder), so that ordinary names and titles never need the
 *   large font: about 0.6 MB brotli against 1.2 MB.
 * - worksheet-sc.ttf, the large font: all of the above plus GB2312 (both levels, generated from the WHATWG GBK
 *   decoder, not a pasted list), fetched only when the user's own text has a character the small font lacks.
 *
 * jsPDF embeds glyf TrueType only, so the output stays TrueType; layout tables are dropped
 * because jsPDF does no shaping.
 *
 * Run: `node scripts/build-font.mjs` under Node ≥ 22.18 (npm scripts use the Node 24 in
 * node_modules/.bin). Skips the work when the output is up to date (see buildFont); `--force` rebuilds.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`build-font: Node ${process.versions.node} cannot load TypeScript modules; run it through npm (npm run build) or \`npx node scripts/build-font.mjs\`.`);
  process.exit(1);
}

const { fontCodePoints } = await import('../src/lib/pdf/font-coverage.ts');
const subsetFont = (await import('subset-font')).default;

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const sourceFont = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const sourceLicence = join(dirname(dirname(sourceFont)), 'LICENSE_FONT');
const outDir = join(root, 'public/fonts/generated');
const outFont = join(outDir, 'worksheet-sc.ttf');
const outFixedFont = join(outDir, 'worksheet-sc-fixed.ttf');
const outCommonFont = join(outDir, 'worksheet-sc-common.ttf');
const outLicence = join(outDir, 'OFL.txt');
/** Character-set digest and sizes of the last build (kept out of public/, which is deployed). */
const outStamp = join(root, '.cache/worksheet-sc.stamp.json');

/** The family name of the subset: a modified font must not keep the original's name (OFL 1.1 §3). */
export const FAMILY = 'WorksheetSC';
/** subset-font options: glyf TrueType for jsPDF, no layout tables (jsPDF does no shaping), licence names kept. */
export const SUBSET_OPTIONS = {
  targetFormat: 'truetype',
  noLayoutClosure: true,
  // Names 0–6 are kept by default; add the vendor URL (11) and the licence (13, 14).
  preserveNameIds: [11, 13, 14],
  dropTables: ['GSUB', 'GPOS', 'GDEF', 'BASE', 'vhea', 'vmtx', 'VORG'],
};

/** Name-table entries of the subset (family, style, unique id, full name, PostScript name). */
export const SUBSET_NAMES = {
  1: FAMILY,
  2: 'Regular',
  3: `${FAMILY}-Regular`,
  4: `${FAMILY} Regular`,
  6: `${FAMILY}-Regular`,
  10: 'Subset of Noto Sans SC Regular for the PDF worksheet of the continuing-education hours calculator.',
};

/** Directories whose text is drawn in the PDF: rule data, engine messages, PDF labels. */
const textSources = [
  { dir: 'content/rules', ext: '.json' },
  { dir: 'src/lib/rules', ext: '.ts' },
  { dir: 'src/lib/pdf', ext: '.ts' },
];

async function listFiles(dir, ext) {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(ext)).map((e) => join(e.parentPath, e.name)).sort();
}

/**
 * GB2312 rows 1–9 (symbols) and 16–87 (hanzi levels 1 and 2), decoded by the WHATWG GBK decoder; with
 * `{ level1Only: true }` rows 1–9 and 16–55 (the 3,755 一级汉字, the standard's commonest characters).
 */
export function gb2312Chars({ level1Only = false } = {}) {
  const decoder = new TextDecoder('gb2312');
  const out = [];
  for (let hi = 0xa1; hi <= (level1Only ? 0xd7 : 0xf7); hi++) {
    if (hi > 0xa9 && hi < 0xb0) continue;
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      const cp = ch.codePointAt(0);
      // Unassigned cells decode to U+FFFD or to the private use area: not characters.
      if (ch === '\ufffd' || (cp >= 0xe000 && cp <= 0xf8ff)) continue;
      out.push(ch);
    }
  }
  return out;
}

function range(from, to) {
  const out = [];
  for (let c = from; c <= to; c++) out.push(String.fromCodePoint(c));
  return out;
}

/** Characters beyond GB2312 that any Chinese text with Latin parts may use (in both fonts: they are small glyphs). */
export function baseChars() {
  return [
    ...range(0x20, 0x7e), // ASCII
    ...range(0xa0, 0xff), // Latin-1 (names, ×, ·)
    ...range(0x2010, 0x2027), // dashes, quotes, ellipsis
    ...range(0x2030, 0x203b),
    ...range(0x3000, 0x303f), // CJK symbols and punctuation
    ...range(0xff01, 0xff5e), // full-width forms
    ...range(0xffe0, 0xffe6),
  ];
}

function charsOf(text) {
  return [...text].filter((ch) => ch.codePointAt(0) >= 0x80);
}

/** Source text without comments: comments are never drawn, and may show characters on purpose (e.g. a missing one). */
function withoutComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
}

/** Rebuilds the sfnt with a new name table (Windows Unicode records) and fixed checksums. */
export function renameFont(bytes, names) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const numTables = view.getUint16(4);
  const tables = [];
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(rec, rec + 4));
    const offset = view.getUint32(rec + 8);
    const length = view.getUint32(rec + 12);
    tables.push({ tag, data: bytes.slice(offset, offset + length) });
  }
  const name = tables.find((t) => t.tag === 'name');
  const original = readNames(name.data);
  const records = Object.entries({ ...pick(original, [0, 5, 11, 13, 14]), ...names })
    .map(([id, text]) => ({ id: Number(id), data: utf16be(text) }))
    .sort((a, b) => a.id - b.id);
  const storageStart = 6 + records.length * 12;
  const nameTable = new Uint8Array(storageStart + records.reduce((n, r) => n + r.data.length, 0));
  const nv = new DataView(nameTable.buffer);
  nv.setUint16(0, 0);
  nv.setUint16(2, records.length);
  nv.setUint16(4, storageStart);
  let cursor = 0;
  records.forEach((r, i) => {
    const at = 6 + i * 12;
    nv.setUint16(at, 3); // Windows
    nv.setUint16(at + 2, 1); // Unicode BMP
    nv.setUint16(at + 4, 0x409); // en-US
    nv.setUint16(at + 6, r.id);
    nv.setUint16(at + 8, r.data.length);
    nv.setUint16(at + 10, cursor);
    nameTable.set(r.data, storageStart + cursor);
    cursor += r.data.length;
  });
  name.data = nameTable;

  tables.sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const headerLength = 12 + tables.length * 16;
  const total = tables.reduce((n, t) => n + align4(t.data.length), headerLength);
  const out = new Uint8Array(total);
  const ov = new DataView(out.buffer);
  out.set(bytes.subarray(0, 12));
  let offset = headerLength;
  let headOffset = -1;
  tables.forEach((t, i) => {
    if (t.tag === 'head') {
      headOffset = offset;
      new DataView(t.data.buffer, t.data.byteOffset).setUint32(8, 0); // checkSumAdjustment is computed last
    }
    const rec = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[rec + k] = t.tag.charCodeAt(k);
    out.set(t.data, offset);
    ov.setUint32(rec + 4, checksum(out.subarray(offset, offset + align4(t.data.length))));
    ov.setUint32(rec + 8, offset);
    ov.setUint32(rec + 12, t.data.length);
    offset += align4(t.data.length);
  });
  ov.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/**
 * The Windows Unicode names of a name table, by name id.
 * @param {Uint8Array} data
 * @returns {Record<number, string>}
 */
export function readNames(data) {
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const count = v.getUint16(2);
  const storage = v.getUint16(4);
  /** @type {Record<number, string>} */
  const names = {};
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12;
    if (v.getUint16(at) !== 3 || v.getUint16(at + 2) !== 1) continue;
    const length = v.getUint16(at + 8);
    const offset = storage + v.getUint16(at + 10);
    names[v.getUint16(at + 6)] ??= new TextDecoder('utf-16be').decode(data.subarray(offset, offset + length));
  }
  return names;
}

const pick = (obj, ids) => Object.fromEntries(ids.filter((id) => obj[id] !== undefined).map((id) => [id, obj[id]]));
const align4 = (n) => (n + 3) & ~3;

function utf16be(text) {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[i * 2] = text.charCodeAt(i) >> 8;
    out[i * 2 + 1] = text.charCodeAt(i) & 0xff;
  }
  return out;
}

/** The sfnt checksum of a byte range (sum of big-endian 32-bit words). */
export function checksum(bytes) {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  for (let i = 0; i + 4 <= bytes.byteLength; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

/** The characters rule data and labels need, read from their files (comments excluded). */
async function requiredChars(files) {
  const required = new Set();
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    for (const ch of charsOf(file.endsWith('.ts') ? withoutComments(source) : source)) required.add(ch);
  }
  return required;
}

/**
 * Every character the worksheet can print that does not come from the user: the characters of the rule data and of
 * the engine and PDF sources (comments excluded), read at build time, so a new label or rule needs no list edited.
 * @returns {Promise<Set<string>>}
 */
export async function fixedTextChars() {
  const sourceFiles = (await Promise.all(textSources.map((s) => listFiles(s.dir, s.ext)))).flat();
  return requiredChars(sourceFiles);
}

/** Subsets the source font to `chars` (those it has), renamed; returns the TTF bytes. */
async function subsetTo(original, available, chars) {
  const text = [...chars].filter((ch) => available.has(ch.codePointAt(0))).join('');
  const subset = await subsetFont(original, text, SUBSET_OPTIONS);
  return renameFont(new Uint8Array(subset.buffer, subset.byteOffset, subset.byteLength), SUBSET_NAMES);
}

const brotliSize = (font) => brotliCompressSync(font, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: font.length } }).length;

/** Writes then renames, so that a concurrent reader never sees half a font. */
async function writeAtomic(path, bytes) {
  await writeFile(`${path}.tmp`, bytes);
  await rename(`${path}.tmp`, path);
}

/**
 * Builds both subsets unless they are up to date: newer than the source font, its licence and this
 * script, and made for the same character sets (the text sources count by their characters, so
 * editing code without new characters does not cost a rebuild). Returns each font's output path and sizes in
 * bytes, as TTF and brotli-compressed (read back from the stamp when up to date): `full` is the large font
 * (worksheet-sc.ttf), `common` the middle one (worksheet-sc-common.ttf), `fixed` the small font of the worksheet's own
 * text (worksheet-sc-fixed.ttf).
 * @returns {Promise<{ full: FontFile, common: FontFile, fixed: FontFile }>}
 * @typedef {{ path: string, ttf: number, brotli: number }} FontFile
 */
export async function buildFont({ force = false } = {}) {
  const required = await fixedTextChars();
  const fixed = new Set([...baseChars(), ...required]);
  const common = new Set([...gb2312Chars({ level1Only: true }), ...fixed]);
  const wanted = new Set([...gb2312Chars(), ...fixed]);
  const digest = createHash('sha256').update([...wanted].sort().join('')).update('\0').update([...fixed].sort().join('')).update('\0').update([...common].sort().join('')).digest('hex');

  const newestInput = Math.max(...(await Promise.all([sourceFont, sourceLicence, fileURLToPath(import.meta.url)].map(async (f) => (await stat(f)).mtimeMs))));
  const outputTimes = await Promise.all([outFont, outFixedFont, outCommonFont, outLicence, outStamp].map((f) => stat(f).then((s) => s.mtimeMs, () => 0)));
  const stamp = await readFile(outStamp, 'utf8').then(JSON.parse, () => null);
  if (!force && Math.min(...outputTimes) > newestInput && stamp?.digest === digest && stamp.fixed !== undefined && stamp.common !== undefined) {
    console.log(
      `build-font: up to date: ${relative(root, outFont)} ${stamp.ttf} bytes TTF (${kb(stamp.ttf)}), ${stamp.brotli} bytes brotli (${kb(stamp.brotli)}); ` +
        `${relative(root, outCommonFont)} ${stamp.common.ttf} bytes TTF (${kb(stamp.common.ttf)}), ${stamp.common.brotli} bytes brotli (${kb(stamp.common.brotli)}); ` +
        `${relative(root, outFixedFont)} ${stamp.fixed.ttf} bytes TTF (${kb(stamp.fixed.ttf)}), ${stamp.fixed.brotli} bytes brotli (${kb(stamp.fixed.brotli)}).`,
    );
    return { full: { path: outFont, ttf: stamp.ttf, brotli: stamp.brotli }, common: { path: outCommonFont, ...stamp.common }, fixed: { path: outFixedFont, ...stamp.fixed } };
  }

  const started = performance.now();
  const original = await readFile(sourceFont);
  const available = fontCodePoints(original);
  // A character the rules or the labels need but the source font lacks would make every worksheet unprintable.
  const lacking = [...required].filter((ch) => !available.has(ch.codePointAt(0)) && !/\s/u.test(ch));
  if (lacking.length > 0) throw new Error(`build-font: the source font lacks characters used in the rules or labels: ${lacking.join(' ')}`);

  const [font, commonFont, fixedFont] = [await subsetTo(original, available, wanted), await subsetTo(original, available, common), await subsetTo(original, available, fixed)];
  const covered = fontCodePoints(font);
  const commonCovered = fontCodePoints(commonFont);
  // Each font stands in for the smaller ones whenever it is used: it must draw everything they can.
  const notInCommon = [...fontCodePoints(fixedFont)].filter((cp) => !commonCovered.has(cp));
  const notInFull = [...commonCovered].filter((cp) => !covered.has(cp));
  if (notInCommon.length + notInFull.length > 0) throw new Error(`build-font: a larger font lacks characters of a smaller one: ${[...notInCommon, ...notInFull].map((cp) => String.fromCodePoint(cp)).join(' ')}`);

  await mkdir(outDir, { recursive: true });
  await writeAtomic(outFont, font);
  await writeAtomic(outCommonFont, commonFont);
  await writeAtomic(outFixedFont, fixedFont);
  const notice =
    `${FAMILY} (${relative(root, outFont)}, ${relative(root, outCommonFont)} and ${relative(root, outFixedFont)}) are subsets of Noto Sans SC Regular, from\n` +
    `the npm package @expo-google-fonts/noto-sans-sc, made by scripts/build-font.mjs for the PDF worksheet. They are\n` +
    `Modified Versions under the SIL Open Font License 1.1 below, renamed accordingly.\n\n`;
  await writeFile(outLicence, notice + (await readFile(sourceLicence, 'utf8')));
  const brotli = brotliSize(font);
  const fixedSizes = { ttf: fixedFont.length, brotli: brotliSize(fixedFont) };
  const commonSizes = { ttf: commonFont.length, brotli: brotliSize(commonFont) };
  await mkdir(dirname(outStamp), { recursive: true });
  await writeFile(outStamp, JSON.stringify({ digest, ttf: font.length, brotli, fixed: fixedSizes, common: commonSizes }));

  console.log(
    `build-font: ${relative(root, outFont)}: ${covered.size} characters (not in the source font: ${[...wanted].filter((ch) => !available.has(ch.codePointAt(0))).map((ch) => `U+${ch.codePointAt(0).toString(16).toUpperCase()}`).join(' ')}), ` +
      `${font.length} bytes TTF (${kb(font.length)}), ${brotli} bytes brotli (${kb(brotli)}); ` +
      `${relative(root, outCommonFont)}: ${commonCovered.size} characters, ${commonSizes.ttf} bytes TTF (${kb(commonSizes.ttf)}), ${commonSizes.brotli} bytes brotli (${kb(commonSizes.brotli)}); ` +
      `${relative(root, outFixedFont)}: ${fontCodePoints(fixedFont).size} characters, ${fixedSizes.ttf} bytes TTF (${kb(fixedSizes.ttf)}), ${fixedSizes.brotli} bytes brotli (${kb(fixedSizes.brotli)}); ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { full: { path: outFont, ttf: font.length, brotli }, common: { path: outCommonFont, ...commonSizes }, fixed: { path: outFixedFont, ...fixedSizes } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildFont({ force: process.argv.includes('--force') });
}
