/** Helpers behind the notice pages: clause labels, clause links in the rendered HTML, grouping and wording. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enhanceClauseHtml } from '../../../src/lib/content/clause-html';
import { clauseLabels, clauseOrdinal } from '../../../src/lib/content/clause-labels';
import { attachmentPrefix, clauseReadingsOf, groupNotices, noticeDateLabel, noticeStatusLabel, type AttachmentData, type NoticeData } from '../../../src/lib/content/notices';
import { ruleSets } from '../../../src/lib/rules';

describe('clause ordinals', () => {
  it.each([
    ['一、明确继续教育内容', '一'],
    ['（二）学时要求。', '（二）'],
    ['4．获得国家发明专利的', '4'],
    ['（1）培训通知', '（1）'],
    ['学时审核通过后，第10步：点击', '第10步'],
    ['**第3步：**点击', '第3步'],
    ['继续教育学时折算细则', undefined],
  ])('reads %s as %s', (text, ordinal) => {
    expect(clauseOrdinal(text)).toBe(ordinal);
  });
});

describe('clause labels', () => {
  it('follows the ids’ hierarchy and writes paths as citations do (附件1 一 1（1）, 通知 一（一）)', () => {
    const attachment = clauseLabels(['# {#fj1} 细则', '## {#fj1-1} 一、材料', '{#fj1-1-1} 1．培训班', '{#fj1-1-1-1} （1）通知', '{#fj1-s2} 第2步：点击'].join('\n\n'), '附件1');
    expect([...attachment]).toEqual([
      ['fj1', '附件1'],
      ['fj1-1', '附件1 一'],
      ['fj1-1-1', '附件1 一 1'],
      ['fj1-1-1-1', '附件1 一 1（1）'],
      ['fj1-s2', '附件1 第2步'],
    ]);
    expect(clauseLabels('## {#tz-1} 一、内容\n\n{#tz-1-1} （一）内容。', '通知').get('tz-1-1')).toBe('通知 一（一）');
    // An unnumbered paragraph with a link of its own is told from its heading (both read 通知 二: a keyboard user).
    const paragraphs = clauseLabels('## {#tz-2} 二、核认\n\n跨度为……\n\n{#tz-2-n2} 从今年开始……', '通知');
    expect([paragraphs.get('tz-2'), paragraphs.get('tz-2-n2')]).toEqual(['通知 二', '通知 二 第二段']);
  });

  it('labels every cited anchor exactly as the rule set names the clause', () => {
    const labels = new Map<string, Map<string, string>>();
    const files = readdirSync('content/notices').filter((f) => f.endsWith('.md'));
    for (const file of files) {
      const source = readFileSync(join('content/notices', file), 'utf8');
      const notice = /^notice:\s*(\S+)/m.exec(source)?.[1] ?? '';
      const number = /^number:\s*(\d+)/m.exec(source)?.[1];
      const count = files.filter((f) => f.startsWith(`${notice}-fj`)).length;
      const prefix = number === undefined ? '通知' : attachmentPrefix(Number(number), count);
      labels.set(notice, new Map([...(labels.get(notice) ?? []), ...clauseLabels(source, prefix)]));
    }
    // The rule set names this unnumbered note block more fully (附件2 三 材料上传说明 2); the label 附件2 三 2 is still right.
    const namedMoreFully = new Set(['zhuzhou-2024#fj2-3-n2']);
    const mismatched: string[] = [];
    for (const file of readdirSync('content/rules').filter((f) => f.endsWith('.json'))) {
      const text = readFileSync(join('content/rules', file), 'utf8');
      const id = (JSON.parse(text) as { id: string }).id;
      for (const m of text.matchAll(/"clause":\s*"([^"]+)",\s*"anchor":\s*"([^"]+)"/g)) {
        const label = labels.get(id)?.get(m[2] ?? '');
        if (label !== m[1] && !namedMoreFully.has(`${id}#${m[2]}`)) mismatched.push(`${id} #${m[2]}: ${m[1]} ≠ ${label}`);
      }
    }
    expect(mismatched, mismatched.join('；')).toEqual([]);
  });
});

describe('clause links in the rendered HTML', () => {
  const labels = new Map([['fj1', '附件1'], ['fj1-2-4', '附件1 二 4']]);

  it('puts a # link and a hidden copy button at the end of a clause paragraph', () => {
    const html = enhanceClauseHtml('<p id="fj1-2-4" data-clause="fj1-2-4">4．专利。</p><p>无锚点。</p>', { labels });
    expect(html).toContain('<p id="fj1-2-4" data-clause="fj1-2-4">4．专利。<span class="clause-tools"');
    expect(html).toContain('<a class="clause-anchor" href="#fj1-2-4" aria-label="本条链接：附件1 二 4">#</a>');
    expect(html).toContain('<button type="button" class="clause-copy" data-copy="fj1-2-4" aria-label="复制链接：附件1 二 4" hidden>复制链接</button></span></p><p>无锚点。</p>');
  });

  it('keeps the tools outside a heading, moves headings down and puts the attachment number above the title', () => {
    const html = enhanceClauseHtml('<h1 id="fj1" data-clause="fj1">细则</h1>\n<h2 id="x">二、</h2>', { labels, shiftHeadings: 1, firstHeadingPrefix: '附件1' });
    expect(html).toMatch(/^<div class="clause-heading"><h2 id="fj1" data-clause="fj1"><span class="heading-prefix">附件1<\/span>细则<\/h2><span class="clause-tools"[^]*<\/span><\/div>\n<h3 id="x">二、<\/h3>$/);
  });

  it('names the position and the notice at the start of each clause, for the one opened from a link, and leaves headings’ text alone', () => {
    const notice = { docNumber: '株人社函〔2024〕5号', title: '关于做好2024年专业技术人员继续教育有关工作的通知' };
    const html = enhanceClauseHtml('<h2 id="fj1" data-clause="fj1">细则</h2><p id="fj1-2-4" data-clause="fj1-2-4">4．专利。</p>', { labels, notice });
    const where = (label: string) =>
      `<span class="clause-where" data-pagefind-ignore><span class="clause-where-label">您打开的条款：<strong>${label}</strong></span><span class="clause-where-notice">株人社函〔2024〕5号《关于做好2024年专业技术人员继续教育有关工作的通知》</span></span>`;
    expect(html).toContain(`<p id="fj1-2-4" data-clause="fj1-2-4">${where('附件1 二 4')}4．专利。<span class="clause-tools"`);
    expect(html).toMatch(/^<div class="clause-heading"><h2 id="fj1" data-clause="fj1">细则<\/h2><span class="clause-tools"[^]*?<\/span>/);
    expect(html).toContain(`</span>${where('附件1')}</div>`);
    expect(enhanceClauseHtml('<p id="a" data-clause="a">x</p>', { labels: new Map(), notice: { docNumber: '1', title: '<i>' } })).toContain('《&lt;i&gt;》');
  });

  it('puts the site’s readings of a clause (decision notes) after it, closed and marked as not the notice’s text, each with its own id', () => {
    const readings = new Map([
      ['fj1-2-4', [{ id: 'design-patent', title: '外观设计专利', text: '不予折算。' }]],
      ['fj1', [{ id: 'a', title: 'A', text: '<x>' }, { id: 'b', title: 'B', text: 'b' }]],
    ]);
    const html = enhanceClauseHtml('<h2 id="fj1" data-clause="fj1">细则</h2><p id="fj1-2-4" data-clause="fj1-2-4">4．专利。</p><p id="fj1-2-5" data-clause="fj1-2-5">5．</p>', { labels, readings });
    // Each note says whose reading it is and of which clause, shown when opened from a link (#note-design-patent).
    const where = (id: string, label: string) => `<span class="reading-where" data-pagefind-ignore>本站对<a href="#${id}">${label}</a>的理解，非通知原文</span>`;
    expect(html).toContain(`</p><details class="clause-readings" data-pagefind-ignore><summary>本站理解（1 条，非通知原文）</summary><dl><dt id="note-design-patent">${where('fj1-2-4', '附件1 二 4')}外观设计专利</dt><dd>不予折算。</dd></dl></details><p id="fj1-2-5"`);
    expect(html).toContain(`</div><details class="clause-readings" data-pagefind-ignore><summary>本站理解（2 条，非通知原文）</summary><dl><dt id="note-a">${where('fj1', '附件1')}A</dt><dd>&lt;x&gt;</dd><dt id="note-b">`);
    // A clause without readings gets none.
    expect(html).toMatch(/5．<span class="clause-tools"[^]*<\/span><\/p>$/);
  });

  it('finds every one of the rule sets’ decision notes a clause of its own notice to sit under, and only decision notes', () => {
    for (const ruleSet of ruleSets) {
      const readings = clauseReadingsOf(ruleSet);
      const decisions = ruleSet.notes.filter((n) => n.kind === 'decision');
      expect([...readings.values()].flat().map((r) => r.id).sort()).toEqual(decisions.map((n) => n.id).sort());
      const bodies = readdirSync('content/notices').filter((f) => f.startsWith(ruleSet.id)).map((f) => readFileSync(join('content/notices', f), 'utf8')).join('\n');
      for (const anchor of readings.keys()) expect(bodies, `${ruleSet.id} #${anchor}`).toContain(`{#${anchor}}`);
    }
  });

  it('falls back to the id where no label is known and escapes what it inserts', () => {
    expect(enhanceClauseHtml('<p id="tz-9" data-clause="tz-9">x</p>', { labels: new Map() })).toContain('本条链接：tz-9');
    expect(enhanceClauseHtml('<p id="a" data-clause="a">x</p>', { labels: new Map([['a', '<b>']]) })).toContain('本条链接：&lt;b&gt;');
  });
});

describe('grouping notices', () => {
  const notice = (id: string, status: NoticeData['status'], year: number): NoticeData => ({ kind: 'notice', notice: id, title: id, issuer: 'x', docNumber: 'x', year, scope: 'x', status });
  const attachment = (id: string, n: number): AttachmentData => ({ kind: 'attachment', notice: id, number: n, title: `附件${n}` });

  it('puts the current notice first and attachments in number order', () => {
    const items = [notice('old', 'superseded', 2020), attachment('new', 2), notice('new', 'current', 2024), attachment('new', 1), attachment('old', 1)].map((data) => ({ entry: data, data }));
    const groups = groupNotices(items);
    expect(groups.map((g) => g.data.notice)).toEqual(['new', 'old']);
    expect(groups[0]?.attachments.map((a) => a.data.number)).toEqual([1, 2]);
  });

  it('refuses an attachment without its notice', () => {
    expect(() => groupNotices([{ entry: 1, data: attachment('none', 1) }])).toThrow(/none/);
  });

  it('words status, date and attachment numbers as the pages show them', () => {
    expect(noticeStatusLabel('current')).toBe('本站收录的最新通知');
    expect(noticeStatusLabel('superseded')).toBe('往年通知，供参考');
    expect(noticeDateLabel(new Date('2020-02-11'))).toBe('2020年2月11日');
    expect(noticeDateLabel(undefined)).toBe('未注明成文日期');
    expect(attachmentPrefix(1, 1)).toBe('附件');
    expect(attachmentPrefix(3, 6)).toBe('附件3');
  });
});
