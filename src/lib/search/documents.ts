/**
 * The search index's documents, built with the site from the same sources as its pages: one document per clause of
 * each notice text (with the unnumbered paragraphs that follow it), per checklist entry, per calculator form, per
 * key date, per training base, and one per page people look for by name. Pure: the endpoint passes the sources in.
 */
import { checklistFor } from '../content/checklists';
import { clauseLabels } from '../content/clause-labels';
import { attachmentPrefix } from '../content/notices';
import { roundIssued } from '../content/rounds';
import { SUBJECT_LABELS, type RuleSet } from '../rules';
import { ONE_OF_LABEL } from '../rules/alternatives';
import type { SearchDoc, SearchIndex } from './engine';

/** One Markdown text of a notice: the notice itself or an attachment. */
export interface NoticeText {
  notice: string;
  docNumber: string;
  current: boolean;
  /** Attachment number; absent for the notice text. */
  number?: number;
  /** How many attachments the notice has (附件 alone where there is one). */
  attachments: number;
  title: string;
  body: string;
}

/** A row of the training-base directory, as the bases page shows it. */
export interface BaseRow {
  no: number;
  name: string;
  level: string;
  address: string;
  mode: string;
  contact: string;
  url: string;
  phones: string[];
}

/** Markdown line markup removed for the index's plain text: heading and quote marks, emphasis, links, hard breaks. */
export function plainLine(line: string): string {
  return line
    .replace(/^\{#[a-z0-9-]+\}\s*/, '')
    .replace(/^#{1,6}\s+/, '')
    .replace(/^>\s?/, '')
    .replace(/^(#{1,6}\s+)?\{#[a-z0-9-]+\}\s*/, '')
    .replace(/\*\*|__/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\$/, '')
    .trim();
}

/**
 * A clause's title in its own words: its first phrase, without its ordinal, cut at about 28 characters.
 * @example clauseTitle('4．获得国家发明专利的，当年视同…') // '获得国家发明专利的'
 */
export function clauseTitle(text: string): string {
  const bare = text.replace(/^(?:（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\d+[．.、]|.{0,12}?第\d+步[：:，,]?)\s*/, '');
  const phrase = (sentence: string) => /^[^，。；：！？]+/.exec(sentence)?.[0] ?? sentence;
  const first = phrase(bare);
  // A clause that gives the rule of two things, each in a sentence opening with its condition (附件1 二 3: 出版著作（译作）
  // 或教材的，… 在国内外统一刊号刊物发表论文的，…), is titled by both: a search for 论文 found it under 出版著作 alone.
  const conditions = first.endsWith('的') ? bare.split('。').slice(1).map((s) => phrase(s.trim())).filter((p) => p.endsWith('的') && p.length <= 30) : [];
  if (conditions.length > 0) {
    const both = [first, ...conditions].join('；');
    return both.length > 40 ? `${both.slice(0, 39)}…` : both;
  }
  return first.length > 28 ? `${first.slice(0, 27)}…` : first;
}

const ANCHOR = /^(?:#{1,6}\s+)?\{#([a-z0-9][a-z0-9-]*)\}\s*/;

/** Where a clause of a notice text is read: the guides page for the online-verification guides, else the notice page. */
function clauseUrl(text: NoticeText, id: string): string {
  if (text.notice === 'zhuzhou-2024' && text.number !== undefined && text.number >= 2 && text.number <= 5) {
    // The guides page carries the same ids for the attachment, its parts, its steps and its parts' notes (fj2-3-n2);
    // anything else is read in its part.
    if (/^fj\d+(-\d+|-s\d+|-\d+-n\d+)?$/.test(id)) return `/guides/#${id}`;
    const part = /^(fj\d+-\d+)/.exec(id)?.[1];
    return part === undefined ? `/guides/#guide-fj${text.number}` : `/guides/#${part}`;
  }
  if (text.notice === 'zhuzhou-2024' && text.number === 6) return '/bases/';
  return `/notices/${text.notice}/#${id}`;
}

/**
 * What a rule set takes from each clause of its notice, by anchor (its citations): the requirement parts (年度学时要求,
 * 公需科目, 专业科目), the spans, each conversion with the kinds it covers (its choices that some row converts: 2020
 * 专利 covers 发明专利 and 外观设计专利, 2024 only 发明专利 and 实用新型专利; a choice with a clause of its own is
 * named there) and the public-subject themes. Not the materials, the certificate or the dates: their clauses name
 * them in their own words, or only refer to them (2024 三（三） cites the certificate but does not set it).
 * @example ruleSetTerms(hunan2020).get('fj1-2-4') // ['获得专利', '发明专利', '实用新型专利', '外观设计专利']
 */
export function ruleSetTerms(ruleSet: RuleSet): Map<string, string[]> {
  const terms = new Map<string, string[]>();
  const add = (cite: { anchor: string; notice?: string | undefined }, term: string) => {
    if (cite.notice !== undefined && cite.notice !== ruleSet.id) return;
    const list = terms.get(cite.anchor) ?? [];
    if (!list.includes(term)) list.push(term);
    terms.set(cite.anchor, list);
  };
  const { total, public: pub, professional } = ruleSet.requirement;
  add(total.cite, '年度学时要求');
  // As the question is asked (一年要多少学时, 90学时): the clause setting it answers before one that only says 每年 and 学时
  // (附件1's opening line) or 90学时 of something else (三援), as a reader's check found.
  add(total.cite, `每年${total.hours}学时`);
  if (pub !== undefined) add(pub.cite, SUBJECT_LABELS.public);
  add(professional.cite, SUBJECT_LABELS.professional);
  for (const span of ruleSet.spans) add(span.cite, span.label);
  for (const c of ruleSet.conversions) {
    add(c.cite, c.label);
    const rows = c.method === 'table' ? c.rows.filter((r) => r.notCovered === undefined) : undefined;
    for (const field of c.fields) {
      // The subject is the person's choice of where the hours count, not a kind of the activity.
      if (field.type !== 'choice' || field.name === 'subject') continue;
      for (const option of field.options) {
        // A form of education of its own (学术会议, 海外交换: its own materials entry) is set by its own clause, not
        // by the rate it is counted at; where the rule set cites a clause for it, it is named there.
        if (option.materials !== undefined && option.cite === undefined) continue;
        const covered = rows === undefined || rows.some((r) => {
          const when = r.when[field.name];
          return when === undefined || when === option.value || (Array.isArray(when) && when.includes(option.value));
        });
        // A kind the round names and gives no hours (2024's 外观设计专利) is said so where its conversion is: a search
        // for it found only the 2020 clauses, and nothing said that 2024 counts it 0 (an HR officer).
        add(option.cite ?? c.cite, covered ? option.label : `${option.label}不予折算`);
      }
    }
  }
  add(ruleSet.publicThemes.cite, '公需科目主题');
  return terms;
}

const DEFINITION = /《([^《》]+)》（以下简称《([^《》]+)》）/g;

/**
 * The names a clause defines, in full and short (“《株洲市专业技术人员继续教育合格证明》（以下简称《合格证明》）”): the
 * clause that says what a 《合格证明》 is answers a question about it before the clauses that only use the short name.
 * @example definedNames('核实全市统一的《株洲市专业技术人员继续教育合格证明》（以下简称《合格证明》）') // ['株洲市专业技术人员继续教育合格证明', '合格证明']
 */
export function definedNames(text: string): string[] {
  return [...text.matchAll(DEFINITION)].flatMap((m) => [m[1] ?? '', m[2] ?? '']).filter((name) => name !== '');
}

/**
 * The clauses of one notice text as documents, in the text's order; `terms` are what its rule set takes from each,
 * and with them go the names a clause defines (definedNames).
 */
export function clauseDocs(text: NoticeText, terms: ReadonlyMap<string, readonly string[]> = new Map()): SearchDoc[] {
  const prefix = text.number === undefined ? '通知' : attachmentPrefix(text.number, text.attachments);
  const labels = clauseLabels(text.body, prefix);
  const where = text.number === undefined ? text.title : `${prefix} ${text.title}`;
  const docs: SearchDoc[] = [];
  const headings: string[] = [];
  let current: { id: string | undefined; heading: boolean; lines: string[]; context: string[] } | undefined;
  const flush = () => {
    if (current === undefined) return;
    const [first = '', ...rest] = current.lines;
    // A heading with nothing under it is only the context of the clauses below it.
    if (current.heading && rest.length === 0 && current.id !== undefined) return;
    const body = current.heading ? rest : current.lines;
    const id = current.id;
    const defined = definedNames(body.join(' '));
    const sets = [...(id === undefined ? [] : (terms.get(id) ?? [])), ...defined];
    docs.push({
      u: id !== undefined ? clauseUrl(text, id) : text.number === undefined ? `/notices/${text.notice}/` : clauseUrl(text, `fj${text.number}`),
      t: current.heading ? first : clauseTitle(body.join(' ')),
      l: id === undefined ? prefix : (labels.get(id) ?? prefix),
      n: text.docNumber,
      c: text.current,
      k: 'clause',
      x: body.join(' '),
      s: [where, ...current.context].join(' '),
      ...(sets.length === 0 ? {} : { d: sets.join(' ') }),
    });
  };
  for (const raw of text.body.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const m = ANCHOR.exec(line);
    const headingLevel = /^(#{1,6})\s/.exec(line)?.[1]?.length;
    if (m !== null) {
      flush();
      const plain = plainLine(line);
      if (headingLevel !== undefined) {
        headings.length = Math.max(0, headingLevel - 1);
        headings[headingLevel - 1] = plain;
      }
      current = { id: m[1], heading: headingLevel !== undefined, lines: [plain], context: headings.filter((h) => h !== undefined && h !== plain) };
    } else if (current === undefined) {
      current = { id: undefined, heading: false, lines: [plainLine(line)], context: [] };
    } else current.lines.push(plainLine(line));
  }
  flush();
  return docs.filter((d) => d.x !== '');
}

/** Checklist entries: what to provide for each form, linked to its card. */
export function checklistDocs(ruleSet: RuleSet): SearchDoc[] {
  return checklistFor(ruleSet).map((e) => ({
    u: `/checklists/${ruleSet.id}/#${e.anchor}`,
    t: e.title,
    l: `材料清单${e.formLabel === undefined ? '' : ` ${e.formLabel}`}`,
    n: ruleSet.docNumber,
    c: ruleSet.current,
    k: 'checklist' as const,
    // 以下材料之一 leads the sets it is about: joined as one more part, it read 以下材料之一：；方式一：… (a new user's check).
    x: [e.note ?? '', `${e.oneOf ? `${ONE_OF_LABEL}：` : ''}${e.sets.map((s) => `${s.name === undefined ? '' : `${s.name}：`}${s.items.map((i) => i.text).join('、')}`).join('；')}`, ...e.extras.map((x) => x.text)].filter((p) => p !== '').join('；'),
    s: `佐证材料 材料清单 须提供的材料 ${e.cite.clause}`,
  }));
}

/** The calculator's forms of the round in force: a hit that leads to where the hours are worked out. */
export function calculatorDocs(ruleSet: RuleSet): SearchDoc[] {
  return ruleSet.conversions.map((c) => ({
    u: '/calculator/',
    t: `学时测算：${c.label}`,
    l: '学时测算',
    n: ruleSet.docNumber,
    c: ruleSet.current,
    k: 'tool' as const,
    // A round that converts no evenings says so (2024: 晚上不计学时), so that 晚上 finds this round too (a new user's finding).
    x: `在学时测算中添加“${c.label}”，按${ruleSet.docNumber} ${c.cite.clause}逐年折算学时，并列出须准备的材料。${c.method === 'sessions' && c.eveningsNotCovered !== undefined ? c.eveningsNotCovered : ''}`,
    s: '测算 计算器 折算 学时',
  }));
}

/**
 * The site's readings of a round's clauses (its `decision` notes), each where the notice page shows it, under the
 * clause it cites: a question the notice leaves open (去年多出的学时能结转吗) finds the answer the calculator applies.
 */
export function noteDocs(ruleSet: RuleSet): SearchDoc[] {
  // The forms read under the same clause find its readings too: 晚上培训折算几个学时 missed 晚上不折算 (附件1 二 1),
  // whose text does not say 培训 (a re-check).
  const forms = (anchor: string) => ruleSet.conversions.filter((c) => c.cite.anchor === anchor).map((c) => c.label).join(' ');
  return ruleSet.notes
    .filter((note) => note.kind === 'decision')
    .map((note) => ({
      u: `/notices/${ruleSet.id}/#note-${note.id}`,
      t: note.title,
      l: `本站理解 ${note.cite.clause}`,
      n: ruleSet.docNumber,
      c: ruleSet.current,
      k: 'note' as const,
      x: note.text,
      s: `本站理解 ${note.cite.clause} ${forms(note.cite.anchor)}`,
    }));
}

/** The key dates of a round, as the dates page lists them. */
export function dateDocs(ruleSet: RuleSet): SearchDoc[] {
  const issued = roundIssued(ruleSet);
  return ruleSet.dates.map((d) => ({
    u: `/dates/#${ruleSet.id}-${d.id}`,
    t: `${d.who}：${d.what}`,
    l: '办理时间',
    n: ruleSet.docNumber,
    c: ruleSet.current,
    k: 'date' as const,
    // With its year (the notice words it without one: 6月至7月), and found by 学时 as every key date is of the hours'
    // 核认 (今年的学时什么时候截止 left out 2024's 《合格证明》 dates: an HR officer's check).
    x: `${(d.from ?? d.to).slice(0, 4)}年${d.wording}（${d.cite.clause}）。${d.who}${d.what}。`,
    s: '办理时间 截止时间 截止日期 期限 日期 时间 继续教育学时核认',
    w: { ...(d.from === undefined ? {} : { f: d.from }), t: d.to, ...(issued === undefined ? {} : { i: issued }) },
  }));
}

/** The training bases of 附件6, each linked to its row. */
export function baseDocs(bases: readonly BaseRow[], docNumber: string): SearchDoc[] {
  return bases.map((b) => ({
    u: `/bases/#fj6-${b.no}`,
    t: b.name,
    l: '继续教育基地',
    n: `${docNumber} 附件6`,
    c: true,
    k: 'base' as const,
    x: `${b.level}继续教育基地，${b.mode}。地址：${b.address}。联系人：${b.contact}，电话：${b.phones.join('、')}。网址：${b.url}`,
    s: '继续教育基地 培训基地 培训机构 联系电话 网址',
  }));
}

/**
 * Pages people look for by name, with what each page gives (as its description says). 材料清单 also by what people
 * prepare it for: 职称评审需要什么材料 found two clauses and not this page (a new user's check).
 */
export const pageDocs: readonly SearchDoc[] = [
  { u: '/calculator/', t: '学时测算', l: '本站页面', n: '学时测算', c: true, k: 'page', x: '逐年测算公需科目、专业科目和合计学时是否达到要求，并列出需准备的佐证材料。所填内容只保存在您的浏览器中。', s: '计算器 测算 折算 学时 还差 PDF工作表 工作表 打印 草稿 导出 导入 分享链接 二维码 隐私' },
  // The section under the calculator (ShortYearAdvice.astro): 没有达标怎么办 led to 2020's 一般不少于60 and to 晚上不折算.
  { u: '/calculator/#short-advice-heading', t: '某年度未达标怎么办', l: '本站页面', n: '学时测算', c: true, k: 'page', x: '核认跨度内每个年度分别计算，多出的学时不计入其他年度；以前年度已开具《学时认定单》（《合格证明》）或《学时（分）认定单》的，可作为相应年度的证明材料；通知没有规定补学办法，已结束年度的学时确实不足的，请向所在单位人事部门或主管部门咨询。', s: '未达标 没达标 没有达标 不达标 怎么办' },
  { u: '/batch/', t: '单位批量核对', l: '本站页面', n: '批量核对', c: true, k: 'page', x: '人事部门一次导入全单位人员的继续教育活动，逐人逐年核对学时是否达标，并导出结果和 PDF 工作表。全部在浏览器中完成，不上传。', s: '批量核对 批量 全单位 人事部门 表格 Excel xlsx CSV 模板 导入' },
  { u: '/checklists/', t: '材料清单', l: '本站页面', n: '材料清单', c: true, k: 'page', x: '按继续教育形式列出网上核认须提供的佐证材料，可勾选核对、按 A4 打印。', s: '佐证材料 清单 打印 职称评审 职称申报 评职称 准备材料' },
  { u: '/guides/', t: '网上核认操作指南', l: '本站页面', n: '操作指南', c: true, k: 'page', x: '继续教育学时网上核认的四份操作指南：个人申报、用人单位审核、上级单位审核、人社部门审核，按步骤编号列出。', s: '网上核认 操作指南 步骤 申报' },
  { u: '/bases/', t: '继续教育基地一览', l: '本站页面', n: '继续教育基地', c: true, k: 'page', x: '株洲市已备案的国家级、省级、市级专业技术人员继续教育基地：级别、地址、培训方式、联系人、电话和网址。', s: '继续教育基地 培训基地 培训机构' },
  { u: '/dates/', t: '办理时间', l: '本站页面', n: '办理时间', c: true, k: 'page', x: '2024 年度和 2020 年度继续教育学时核认的办理时间：对象、事项、通知原文的时间和条款，可下载为日历提醒。', s: '办理时间 截止时间 截止日期 日期 时间 日历' },
  { u: '/changes/', t: '新旧政策对比', l: '本站页面', n: '新旧对比', c: true, k: 'page', x: '对比湘人社函〔2020〕11号与株人社函〔2024〕5号的学时要求、核认跨度、各类折算标准和佐证材料，每处变化都有标注。', s: '新旧对比 区别 变化 不同 2020 2024' },
  { u: '/notices/', t: '政策原文', l: '本站页面', n: '政策原文', c: true, k: 'page', x: '株人社函〔2024〕5号和湘人社函〔2020〕11号全文及附件，每一条款均可单独链接和引用。', s: '通知 原文 文件 政策' },
];

/**
 * The whole index: notice texts (the round in force first), then the checklists, the calculator's forms of the round
 * in force, the dates, the bases and the pages. `rounds` are the rule sets, the current one first.
 */
export function buildSearchIndex(texts: readonly NoticeText[], rounds: readonly RuleSet[], bases: readonly BaseRow[]): SearchIndex {
  const current = rounds.find((r) => r.current) ?? rounds[0];
  const terms = new Map(rounds.map((r) => [r.id, ruleSetTerms(r)]));
  return {
    version: 1,
    docs: [
      ...texts.flatMap((text) => clauseDocs(text, terms.get(text.notice))),
      ...rounds.flatMap(noteDocs),
      ...rounds.flatMap(checklistDocs),
      ...(current === undefined ? [] : calculatorDocs(current)),
      ...rounds.flatMap(dateDocs),
      ...baseDocs(bases, current?.docNumber ?? ''),
      ...pageDocs,
    ],
  };
}
