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
 * - worksheet-sc-extended.ttf, the largest: all of the above plus GBK (from the same decoder) and every other character
 *   of the Basic Multilingual Plane the source font has (the rest of CJK Unified Ideographs, Extension A, radicals,
 *   compatibility ideographs, kana, symbols), fetched only when the user's own text has a character beyond GB2312:
 *   names such as 喆 玥 祎, place names such as 㮾梨 (长沙县). Nothing beyond the BMP: jsPDF would drop such a
 *   character silently (src/lib/pdf/font-tiers.ts), while a font without it makes the page list it as missing.
 *
 * The character sets are defined in src/lib/pdf/font-tiers.ts, which the page's guess of the font to fetch shares.
 *
 * jsPDF embeds glyf TrueType only, so the output stays TrueType; layout tables are dropped
 * because jsPDF does no shaping.
 *
 * Run: `node scripts/build-font.mjs` under Node ≥ 22.18 (npm scripts use the Node 24 in
 * node_modules/.bin). Skips the work when the output is up to date (see buildFont); `--force` rebuilds; `--sizes` also prints their brotli -11 sizes (about 40 s).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib } from 'node:zlib';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`build-font: Node ${process.versions.node} cannot load TypeScript modules; run it through npm (npm run build) or \`npx node scripts/build-font.mjs\`.`);
  process.exit(1);
}

const { fontCodePoints } = await import('../src/lib/pdf/font-coverage.ts');
const tiers = await import('../src/lib/pdf/font-tiers.ts');
const subsetFont = (await import('subset-font')).default;

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const sourceFont = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const sourceLicence = join(dirname(dirname(sourceFont)), 'LICENSE_FONT');
const outDir = join(root, 'public/fonts/generated');
const outFont = join(outDir, 'worksheet-sc.ttf');
const outFixedFont = join(outDir, 'worksheet-sc-fixed.ttf');
const outCommonFont = join(outDir, 'worksheet-sc-common.ttf');
const outExtendedFont = join(outDir, 'worksheet-sc-extended.ttf');
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
export const gb2312Chars = tiers.gb2312Chars;

/** Every character of GBK, decoded by the WHATWG GBK decoder (src/lib/pdf/font-tiers.ts). */
export const gbkChars = tiers.gbkChars;

function range(from, to) {
  const out = [];
  for (let c = from; c <= to; c++) out.push(String.fromCodePoint(c));
  return out;
}

/** Characters beyond GB2312 that any Chinese text with Latin parts may use (in every font: they are small glyphs). */
export function baseChars() {
  return tiers.BASE_RANGES.flatMap(([from, to]) => range(from, to));
}

/** The characters of the extended font besides the smaller fonts': GBK, then the rest of the Basic Multilingual Plane. */
export function extendedChars() {
  return [...gbkChars(), ...tiers.bmpCodePoints().map((cp) => String.fromCodePoint(cp))];
}

function charsOf(text) {
  return [...text].filter((ch) => ch.codePointAt(0) >= 0x80);
}

/** Source text without comments: comments are never drawn, and may show characters on purpose (e.g. a missing one). */
function withoutComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
}

/** Rebuilds the sfnt with a new name table (Windows Unicode records) and fixed checksums, its glyph outlines last. */
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
  // The directory lists the tables by tag; their data lies in the same order but with the glyph outlines (glyf, 95% of
  // the file) last, so that a page reading the font as it downloads has its character map, metrics and glyph index
  // from the first few percent and can draw the worksheet while the rest arrives (src/lib/pdf/font-loader.ts).
  const placed = new Map();
  let offset = headerLength;
  for (const t of [...tables.filter((t) => t.tag !== 'glyf'), ...tables.filter((t) => t.tag === 'glyf')]) {
    placed.set(t, offset);
    offset += align4(t.data.length);
  }
  let headOffset = -1;
  tables.forEach((t, i) => {
    const at = placed.get(t);
    if (t.tag === 'head') {
      headOffset = at;
      new DataView(t.data.buffer, t.data.byteOffset).setUint32(8, 0); // checkSumAdjustment is computed last
    }
    const rec = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[rec + k] = t.tag.charCodeAt(k);
    out.set(t.data, at);
    ov.setUint32(rec + 4, checksum(out.subarray(at, at + align4(t.data.length))));
    ov.setUint32(rec + 8, at);
    ov.setUint32(rec + 12, t.data.length);
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

const compress = promisify(brotliCompress);
/** The brotli -11 size (as a host would precompress it); asynchronous, so that the fonts compress side by side on the thread pool. */
const brotliSize = async (font) => (await compress(font, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: font.length } })).length;

/** Writes then renames, so that a concurrent reader never sees half a font. */
async function writeAtomic(path, bytes) {
  await writeFile(`${path}.tmp`, bytes);
  await rename(`${path}.tmp`, path);
}

const isHan = (ch) => /\p{Script=Han}/u.test(ch);
const hex = (cp) => `U+${cp.toString(16).toUpperCase()}`;
const sizes = (file) => `${file.ttf} bytes TTF (${kb(file.ttf)})${file.brotli === undefined ? '' : `, ${file.brotli} bytes brotli (${kb(file.brotli)})`}`;

/** Adds each font's brotli -11 size to the stamp `s` (read from the written fonts) and writes it. */
async function addBrotliSizes(s) {
  const [brotli, fixed, common, extended] = await Promise.all([outFont, outFixedFont, outCommonFont, outExtendedFont].map(async (f) => brotliSize(await readFile(f))));
  Object.assign(s, { brotli });
  Object.assign(s.fixed, { brotli: fixed });
  Object.assign(s.common, { brotli: common });
  Object.assign(s.extended, { brotli: extended });
  await writeFile(outStamp, JSON.stringify(s));
}

/**
 * Builds the four subsets unless they are up to date: newer than the source font, its licence and this
 * script, and made for the same character sets (the text sources count by their characters, so
 * editing code without new characters does not cost a rebuild). Returns each font's output path and sizes in
 * bytes, as TTF and, when `sizes` is asked for, brotli-compressed (read back from the stamp when up to date; about
 * 40 s of brotli -11 on a 2-core machine, nearly all of it the 10 MB extended font, so the build itself does not pay
 * it): `full` is the large font
 * (worksheet-sc.ttf, GB2312), `common` the middle one (worksheet-sc-common.ttf), `fixed` the small font of the
 * worksheet's own text (worksheet-sc-fixed.ttf), `extended` the largest (worksheet-sc-extended.ttf).
 * @returns {Promise<{ full: FontFile, common: FontFile, fixed: FontFile, extended: FontFile }>}
 * @typedef {{ path: string, ttf: number, brotli: number }} FontFile
 */
export async function buildFont({ force = false, sizes: withSizes = false } = {}) {
  const required = await fixedTextChars();
  const fixed = new Set([...baseChars(), ...required]);
  const common = new Set([...gb2312Chars({ level1Only: true }), ...fixed]);
  const wanted = new Set([...gb2312Chars(), ...fixed]);
  const extended = new Set([...wanted, ...extendedChars()]);
  const digest = createHash('sha256')
    .update([...wanted].sort().join(''))
    .update('\0')
    .update([...fixed].sort().join(''))
    .update('\0')
    .update([...common].sort().join(''))
    .update('\0')
    .update([...extended].sort().join(''))
    .digest('hex');

  const outputs = [outFont, outFixedFont, outCommonFont, outExtendedFont];
  const newestInput = Math.max(...(await Promise.all([sourceFont, sourceLicence, fileURLToPath(import.meta.url)].map(async (f) => (await stat(f)).mtimeMs))));
  const outputTimes = await Promise.all([...outputs, outLicence, outStamp].map((f) => stat(f).then((s) => s.mtimeMs, () => 0)));
  const stamp = await readFile(outStamp, 'utf8').then(JSON.parse, () => null);
  if (!force && Math.min(...outputTimes) > newestInput && stamp?.digest === digest && stamp.fixed !== undefined && stamp.common !== undefined && stamp.extended !== undefined) {
    if (withSizes && stamp.brotli === undefined) await addBrotliSizes(stamp);
    console.log(
      `build-font: up to date: ${relative(root, outFont)} ${sizes(stamp)}; ${relative(root, outCommonFont)} ${sizes(stamp.common)}; ` +
        `${relative(root, outFixedFont)} ${sizes(stamp.fixed)}; ${relative(root, outExtendedFont)} ${sizes(stamp.extended)}.`,
    );
    return { full: { path: outFont, ttf: stamp.ttf, brotli: stamp.brotli }, common: { path: outCommonFont, ...stamp.common }, fixed: { path: outFixedFont, ...stamp.fixed }, extended: { path: outExtendedFont, ...stamp.extended } };
  }

  const started = performance.now();
  const original = await readFile(sourceFont);
  const available = fontCodePoints(original);
  // A character the rules or the labels need but the source font lacks would make every worksheet unprintable.
  const lacking = [...required].filter((ch) => !available.has(ch.codePointAt(0)) && !/\s/u.test(ch));
  if (lacking.length > 0) throw new Error(`build-font: the source font lacks characters used in the rules or labels: ${lacking.join(' ')}`);

  const fixedFont = await subsetTo(original, available, fixed);
  const commonFont = await subsetTo(original, available, common);
  const font = await subsetTo(original, available, wanted);
  const extendedFont = await subsetTo(original, available, extended);
  const [fixedCovered, commonCovered, covered, extendedCovered] = [fixedFont, commonFont, font, extendedFont].map(fontCodePoints);
  // Each font stands in for the smaller ones whenever it is used: it must draw everything they can.
  const notInLarger = [
    ...[...fixedCovered].filter((cp) => !commonCovered.has(cp)),
    ...[...commonCovered].filter((cp) => !covered.has(cp)),
    ...[...covered].filter((cp) => !extendedCovered.has(cp)),
  ];
  if (notInLarger.length > 0) throw new Error(`build-font: a larger font lacks characters of a smaller one: ${notInLarger.map((cp) => String.fromCodePoint(cp)).join(' ')}`);
  // The extended font is there for names beyond GB2312: every hanzi of GBK, at least.
  const gbkHanLacking = gbkChars().filter((ch) => isHan(ch) && !extendedCovered.has(ch.codePointAt(0)));
  if (gbkHanLacking.length > 0) throw new Error(`build-font: the extended font lacks hanzi of GBK: ${gbkHanLacking.join(' ')}`);
  // jsPDF draws per UTF-16 unit: a character beyond the BMP in a font would pass the page's check and vanish from the PDF.
  const beyondBmp = [...extendedCovered].filter((cp) => cp > 0xffff);
  if (beyondBmp.length > 0) throw new Error(`build-font: a font holds characters beyond the BMP, which jsPDF cannot draw: ${beyondBmp.map(hex).join(' ')}`);
  const subsetSeconds = (performance.now() - started) / 1000;

  await mkdir(outDir, { recursive: true });
  await writeAtomic(outFont, font);
  await writeAtomic(outCommonFont, commonFont);
  await writeAtomic(outFixedFont, fixedFont);
  await writeAtomic(outExtendedFont, extendedFont);
  const notice =
    `${FAMILY} (${relative(root, outFont)}, ${relative(root, outCommonFont)}, ${relative(root, outFixedFont)} and ${relative(root, outExtendedFont)}) are subsets of Noto Sans SC Regular, from\n` +
    `the npm package @expo-google-fonts/noto-sans-sc, made by scripts/build-font.mjs for the PDF worksheet. They are\n` +
    `Modified Versions under the SIL Open Font License 1.1 below, renamed accordingly.\n\n`;
  await writeFile(outLicence, notice + (await readFile(sourceLicence, 'utf8')));
  const built = { digest, ttf: font.length, fixed: { ttf: fixedFont.length }, common: { ttf: commonFont.length }, extended: { ttf: extendedFont.length } };
  await mkdir(dirname(outStamp), { recursive: true });
  if (withSizes) await addBrotliSizes(built);
  else await writeFile(outStamp, JSON.stringify(built));
  const { brotli, fixed: fixedSizes, common: commonSizes, extended: extendedSizes } = built;

  const inRange = (from, to) => [...extendedCovered].filter((cp) => cp >= from && cp <= to).length;
  console.log(
    `build-font: ${relative(root, outFont)}: ${covered.size} characters (not in the source font: ${[...wanted].filter((ch) => !available.has(ch.codePointAt(0))).map((ch) => hex(ch.codePointAt(0))).join(' ')}), ` +
      `${sizes({ ttf: font.length, brotli })}; ` +
      `${relative(root, outCommonFont)}: ${commonCovered.size} characters, ${sizes(commonSizes)}; ` +
      `${relative(root, outFixedFont)}: ${fixedCovered.size} characters, ${sizes(fixedSizes)}; ` +
      `${relative(root, outExtendedFont)}: ${extendedCovered.size} characters (CJK Unified Ideographs ${inRange(0x4e00, 0x9fff)}, Extension A ${inRange(0x3400, 0x4dbf)}), ${sizes(extendedSizes)}; ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s (subsetting and checks ${subsetSeconds.toFixed(1)} s${withSizes ? ', the rest mostly brotli -11 for the sizes' : ''})`,
  );
  return { full: { path: outFont, ttf: font.length, brotli }, common: { path: outCommonFont, ...commonSizes }, fixed: { path: outFixedFont, ...fixedSizes }, extended: { path: outExtendedFont, ...extendedSizes } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildFont({ force: process.argv.includes('--force'), sizes: process.argv.includes('--sizes') });
}
