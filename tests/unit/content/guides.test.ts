/** The online-verification guides (附件2–5) parsed into numbered steps. */
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guideRoles, parseGuide, type GuideStep, type ParsedGuide } from '../../../src/lib/content/guides';

const allSteps = (g: ParsedGuide): GuideStep[] =>
  [...g.intro, ...g.sections.flatMap((s) => s.blocks)].flatMap((b) => (b.type === 'steps' ? b.steps : []));

describe('parsing a guide', () => {
  const guide = parseGuide(
    [
      '---',
      'kind: attachment',
      '---',
      '适用范围：国有企业、事业单位。',
      '',
      '## {#fj2-1} 一、登录',
      '',
      '{#fj2-1-1} 打开网址 <https://ggfw.rst.hunan.gov.cn/neaf-ui/#/login>，登录单位管理员账号。',
      '',
      '## {#fj2-2} 二、进入界面',
      '',
      '{#fj2-s1} 第1步：点击“人才人事”。第2步：点击“专业技术人员管理”。',
      '',
      '{#fj2-s3} **第3步：**点击“继续教育”。',
      '',
      '（原文此处为截图，未保留。）',
      '',
      '说明：在第3步之后，可在第4步中修改。',
      '',
      '学时审核通过后，第4步：点击“学时证书打印”。',
      '',
      '<span style="color:red">原始 HTML</span>',
      '',
      '## 第5步，往下翻，选择“审核通过”。',
    ].join('\n'),
    2,
  );

  it('keeps the text before the first heading as the introduction', () => {
    expect(guide.intro).toEqual([{ type: 'html', html: '<p>适用范围：国有企业、事业单位。</p>' }]);
  });

  it('makes each heading a section with its clause anchor', () => {
    expect(guide.sections.map((s) => [s.id, s.title])).toEqual([['fj2-1', '一、登录'], ['fj2-2', '二、进入界面']]);
  });

  it('numbers every step and splits a paragraph that holds several', () => {
    expect(allSteps(guide).map((s) => [s.no, s.id])).toEqual([[1, 'fj2-s1'], [2, 'fj2-s2'], [3, 'fj2-s3'], [4, 'fj2-s4'], [5, 'fj2-s5']]);
    expect(guide.steps).toBe(5);
  });

  it('moves the 第N步 prefix, bold or not, into the step number', () => {
    const [s1, s2, s3] = allSteps(guide);
    expect(s1?.html).toBe('点击“人才人事”。');
    expect(s2?.html).toBe('点击“专业技术人员管理”。');
    expect(s3?.html).toBe('点击“继续教育”。');
    expect(allSteps(guide)[4]?.html).toBe('往下翻，选择“审核通过”。');
  });

  it('keeps notes, and a note that mentions a step in passing, as text beside the steps', () => {
    const blocks = guide.sections[1]?.blocks ?? [];
    const notes = blocks.filter((b) => b.type === 'html').map((b) => (b.type === 'html' ? b.html : ''));
    expect(notes).toContain('<p>（原文此处为截图，未保留。）</p>');
    expect(notes).toContain('<p>说明：在第3步之后，可在第4步中修改。</p>');
    expect(notes).toContain('<p>学时审核通过后，</p>');
  });

  it('drops raw HTML tags from the transcription, keeping their text', () => {
    const json = JSON.stringify(guide);
    expect(json).not.toContain('<span');
    expect(json).not.toContain('style=');
    expect(json).toContain('原始 HTML');
  });

  it('marks outbound links as external and sends no referrer', () => {
    const html = guide.sections[0]?.blocks[0];
    expect(html?.type === 'html' && html.html).toContain('rel="noopener noreferrer"');
    expect(html?.type === 'html' && html.html).toContain('（外部网站）</a>');
  });
});

describe('the transcribed guides in content/notices', () => {
  for (const { attachment, role } of guideRoles) {
    const file = `content/notices/zhuzhou-2024-fj${attachment}.md`;
    it(`附件${attachment}（${role}）has steps numbered 1, 2, 3… without gaps, each with its own anchor`, () => {
      expect(existsSync(file)).toBe(true);
      const steps = allSteps(parseGuide(readFileSync(file, 'utf8'), attachment));
      expect(steps.length).toBeGreaterThan(0);
      expect(steps.map((s) => s.no)).toEqual(steps.map((_, i) => i + 1));
      expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
      for (const s of steps) expect(s.html.trim()).not.toBe('');
    });
  }

  it('附件2 三 keeps its notes’ anchors (fj2-3-n1, fj2-3-n2), as the notice page does: a search for 论文 lands on the note', () => {
    const guide = parseGuide(readFileSync('content/notices/zhuzhou-2024-fj2.md', 'utf8'), 2);
    const part = guide.sections.find((s) => s.id === 'fj2-3');
    const html = (part?.blocks ?? []).map((b) => (b.type === 'html' ? b.html : '')).join('');
    expect(html).toContain('<p id="fj2-3-n2">2．在国外刊物发表的论文须提供检索材料。</p>');
    expect(html).toContain('<p id="fj2-3-n1">');
  });

  it('never reproduces the sample ID numbers of the original screenshots', () => {
    for (const { attachment } of guideRoles) {
      const text = readFileSync(`content/notices/zhuzhou-2024-fj${attachment}.md`, 'utf8');
      expect(text).not.toMatch(/\d{17}[\dXx]/);
    }
  });
});

describe('bold step markers', () => {
  it('drops a **第6步：** that CommonMark leaves as literal asterisks before Chinese text', () => {
    const steps = allSteps(parseGuide('## 三、申报\n\n{#fj2-s6} **第6步：**如实填写学时申报信息。', 2));
    expect(steps).toEqual([{ no: 6, id: 'fj2-s6', html: '如实填写学时申报信息。' }]);
  });
});

describe('the guides as published (附件2–4)', () => {
  it('leave no space before full-width punctuation, so no line starts with ， after a link at 360 px (附件2 一、登录)', () => {
    const guide = parseGuide(readFileSync('content/notices/zhuzhou-2024-fj2.md', 'utf8'), 2);
    const json = JSON.stringify(guide);
    expect(json).toContain('（外部网站）</a>，登录个人账号。');
    expect(json).not.toMatch(/(\s|\\n)+[，。、；：]/);
  });
});
