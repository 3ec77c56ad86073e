/**
 * The online-verification guides (附件2–5) as numbered steps, parsed from the attachments' Markdown.
 * The text stays as transcribed; only the "第N步：" prefix moves into the step number.
 */
import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { markExternalLinks } from './rehype-external-links';
import { takeAnchor } from './remark-clause-anchors';

/** One numbered step. */
export interface GuideStep {
  no: number;
  /** Anchor id, the same as the notice page's: fj2-s7. */
  id: string;
  /** The step's text as inline HTML, without its "第N步：" prefix. */
  html: string;
}

/** A run of steps, or any other text (notes, lists, descriptions of lost screenshots) as HTML. */
export type GuideBlock = { type: 'steps'; steps: GuideStep[] } | { type: 'html'; html: string };

/** One part of a guide (一、登录 …). */
export interface GuideSection {
  id?: string;
  title: string;
  blocks: GuideBlock[];
}

/** A parsed guide. */
export interface ParsedGuide {
  /** Text before the first heading (e.g. 适用范围). */
  intro: GuideBlock[];
  sections: GuideSection[];
  steps: number;
}

/** Who each guide is for, in the order of the chooser; `attachment` is the attachment number. */
export const guideRoles = [
  { attachment: 2, role: '个人', question: '我是专业技术人员，要在网上申报自己的继续教育学时' },
  { attachment: 3, role: '用人单位', question: '我是单位管理员，要审核本单位职工的申报（国有企业、事业单位、中央在湘单位）' },
  { attachment: 4, role: '上级单位', question: '我是上级（主管）单位管理员，要审核下级单位报来的申报（国有企业、事业单位）' },
  { attachment: 5, role: '人社部门', question: '我在人社部门（经办机构）工作，要在人社一体化平台办理审核' },
] as const;

/** The anchor of a guide on the guides page: guide-fj2. */
export function guideAnchor(attachment: number): string {
  return `guide-fj${attachment}`;
}

const STEP_ID = /^fj\d+-s(\d+)$/;
// CommonMark does not close **第6步：** before a Chinese character (the closing ** follows punctuation), so
// the asterisks can reach here as text; they are dropped with the marker.
const FIRST_STEP = /^\s*(?:\*\*)?第(\d+)步\s*[：:，,]?\s*(?:\*\*)?\s*/;
// Inside a paragraph a new step starts only after a sentence or clause break and with a colon,
// so that a note which mentions "第7步" in passing is not cut apart.
const NEXT_STEP = /(^|[。；;，,：:]\s*)第(\d+)步\s*[：:]\s*/g;

/**
 * Phrasing as HTML, converted inside a paragraph and given without it: converted as a root, each child was put on a
 * line of its own (mdast-util-to-hast's root wraps its children in line breaks), and the break after a link
 * (网址 <a>…</a>\n，登录) let a line start with ， at 360 px.
 */
function inlineHtml(children: PhrasingContent[]): string {
  const paragraph = toHast({ type: 'paragraph', children } as Paragraph) as Element;
  markExternalLinks(paragraph);
  return toHtml(paragraph.children).trim();
}

function blockHtml(node: RootContent): string {
  const hast = toHast(node) as HastRoot | Element;
  markExternalLinks(hast);
  return toHtml(hast);
}

/** Unwraps a leading **第6步：** so the step marker is plain text like the others. */
function unwrapLeadingStrong(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type === 'strong' && /^\s*第\d+步\s*[：:，,]?\s*$/.test(toString(first))) {
    const next = rest[0];
    const text = toString(first);
    if (next?.type === 'text') return [{ type: 'text', value: text + next.value }, ...rest.slice(1)];
    return [{ type: 'text', value: text }, ...rest];
  }
  return children;
}

/** Splits a paragraph's inline content at its step markers; text before the first marker is returned apart. */
export function splitSteps(children: PhrasingContent[]): { preamble: PhrasingContent[]; steps: { no: number; children: PhrasingContent[] }[] } {
  const preamble: PhrasingContent[] = [];
  const steps: { no: number; children: PhrasingContent[] }[] = [];
  const push = (node: PhrasingContent) => {
    const current = steps[steps.length - 1];
    if (current === undefined) preamble.push(node);
    else current.children.push(node);
  };
  // takeAnchor leaves an empty text node where the {#id} marker was.
  const start = children.findIndex((c) => c.type !== 'text' || c.value.trim() !== '');
  for (const [index, node] of unwrapLeadingStrong(start < 0 ? [] : children.slice(start)).entries()) {
    if (node.type !== 'text') {
      push(node);
      continue;
    }
    let text = node.value;
    if (index === 0 && steps.length === 0) {
      const first = FIRST_STEP.exec(text);
      if (first) {
        steps.push({ no: Number(first[1]), children: [] });
        text = text.slice(first[0].length);
      }
    }
    let last = 0;
    for (const match of text.matchAll(NEXT_STEP)) {
      const cut = match.index + (match[1]?.length ?? 0);
      const before = text.slice(last, cut);
      if (before !== '') push({ type: 'text', value: before });
      steps.push({ no: Number(match[2]), children: [] });
      last = match.index + match[0].length;
    }
    const rest = text.slice(last);
    if (rest !== '') push({ type: 'text', value: rest });
  }
  return { preamble, steps };
}

/** The leading {#id} marker, removed; the same syntax the notice pages use (remark-clause-anchors). */
function anchorOf(node: Paragraph | Heading): string | undefined {
  // takeAnchor reads and trims only the first text child, which every mdast paragraph and heading shares.
  return takeAnchor(node as unknown as Parameters<typeof takeAnchor>[0]);
}

function hasText(children: PhrasingContent[]): boolean {
  return children.some((c) => toString(c).trim() !== '' || c.type === 'image');
}

/** Parses one guide attachment's Markdown (without frontmatter) into sections and numbered steps. */
export function parseGuide(markdown: string, attachment: number): ParsedGuide {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  const intro: GuideBlock[] = [];
  const sections: GuideSection[] = [];
  let steps = 0;
  const blocks = () => sections[sections.length - 1]?.blocks ?? intro;
  const addHtml = (html: string) => blocks().push({ type: 'html', html });
  const addStep = (step: GuideStep) => {
    steps++;
    const list = blocks();
    const last = list[list.length - 1];
    if (last?.type === 'steps') last.steps.push(step);
    else list.push({ type: 'steps', steps: [step] });
  };

  const stepsFrom = (node: Paragraph | Heading, anchor: string | undefined): boolean => {
    const { preamble, steps: found } = splitSteps(node.children);
    if (found.length === 0) return false;
    if (hasText(preamble)) addHtml(`<p>${inlineHtml(preamble)}</p>`);
    found.forEach((s, i) => {
      const fromAnchor = anchor !== undefined && i === 0 && STEP_ID.test(anchor) ? anchor : undefined;
      addStep({ no: s.no, id: fromAnchor ?? `fj${attachment}-s${s.no}`, html: inlineHtml(s.children) });
    });
    return true;
  };

  for (const node of tree.children) {
    if (node.type === 'html' || node.type === 'yaml' || node.type === 'definition') continue;
    if (node.type === 'heading') {
      const anchor = anchorOf(node);
      if (stepsFrom(node, anchor)) continue;
      const title = toString(node).trim();
      if (title !== '') sections.push(anchor === undefined ? { title, blocks: [] } : { id: anchor, title, blocks: [] });
      continue;
    }
    if (node.type === 'paragraph') {
      const anchor = anchorOf(node);
      if (stepsFrom(node, anchor)) continue;
      // A note keeps its anchor (fj2-3-n2), as on the notice page: search results and links land on the note itself.
      if (hasText(node.children)) addHtml(`<p${anchor === undefined ? '' : ` id="${anchor}"`}>${inlineHtml(node.children)}</p>`);
      continue;
    }
    addHtml(blockHtml(node));
  }
  return { intro, sections: sections.filter((s) => s.blocks.length > 0), steps };
}
