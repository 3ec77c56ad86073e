/** Search mechanics: whole words before scattered characters, nothing for words found nowhere, synonyms, highlighting. */
import { describe, expect, it } from 'vitest';
import { clauseTitle } from '../../../src/lib/search/documents';
import { correction, joinMarked, markWords, normalise, prepareIndex, queryTerms, search, snippet, suggestions, type SearchDoc } from '../../../src/lib/search/engine';
import { nothingQueries } from '../../search-queries';
import { indexFromSources } from './sources';

const doc = (u: string, x: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({ u, t: clauseTitle(x), l: '附件1', n: '株人社函〔2024〕5号', c: true, k: 'clause', x, s: '', ...extra });
const index = prepareIndex({
  version: 1,
  docs: [
    doc('/a', '1．参加有关培训、会议等，每天折算为8学时，半天折算4学时。'),
    doc('/b', '在国内外统一刊号刊物发表论文的，当年可视同参加专业科目培训。'),
    doc('/c', '将合格人员名单在本单位公示不少于5个工作日。'),
    doc('/d', '公需科目学习不少于30学时。'),
    doc('/e', '参加“三援”、东西部扶贫协作等政府部门特定工作任务的提供派遣通知。'),
    doc('/f', '核实全省统一的《湖南省专业技术人员继续教育学时（分）认定单》。', { c: false }),
    doc('/g', '不存在的不，不，不。'),
    doc('/h', '1．参加有关培训、会议等，每天折算为10学时（分），半天折算5学时（分），晚上折算2学时（分）。', { n: '湘人社函〔2020〕11号', l: '附件' }),
  ],
});

describe('normalise', () => {
  it('drops book-title marks, quotation marks and the 2020 notice’s （分）, and makes full-width digits plain', () => {
    expect(normalise('《学时（分）认定单》，２０２０“三援”')).toBe('学时认定单 2020三援');
  });

  it('writes a size the same with or without B, a space or full-width letters (20MB, 20 MB, ２０ＭＢ, 20兆 read as 20M)', () => {
    for (const size of ['20M', '20MB', '20mb', '20 MB', '２０ＭＢ', '20兆']) expect(normalise(size), size).toBe('20m');
    expect(normalise('500KB')).toBe(normalise('500K'));
    // Letters that only start a word stay as they are.
    expect(normalise('20mbps')).toBe('20mbps');
  });
  it('reads a document number the same in any brackets, spaces or full-width digits', () => {
    for (const n of ['株人社函〔2024〕5号', '株人社函[2024]5号', '株人社函【2024】5号', '株人社函（2024）5号', '株人社函 2024 5号', '株人社函［２０２４］５号']) {
      expect(normalise(n), n).toBe('株人社函 2024 5号');
    }
  });
});

describe('search', () => {
  it('finds nothing when a word of the query appears nowhere, even if a single character of it does (xyz不存在)', () => {
    const out = search(index, 'xyz不存在');
    expect(out.hits).toEqual([]);
    expect(out.missing).toContain('xyz');
  });

  it('searches the words of a question without its question words (发表论文怎么折算 → 发表论文)', () => {
    expect(search(index, '发表论文怎么').hits.map((h) => h.doc.u)).toEqual(['/b']);
    expect(queryTerms(index, '论文要什么').map((t) => t.word)).toEqual(['论文']);
  });

  it('keeps a synonym key whole where the word segmenter would cut a stop word out of it (研讨会 is 研讨|会, and 会 is a stop word)', () => {
    // Before: 研讨会 was searched as 研讨 alone (found nothing); 参加年会算几个学时 as 参加 年 学时.
    expect(queryTerms(index, '研讨会').map((t) => t.word)).toEqual(['研讨会']);
    expect(queryTerms(index, '参加年会算几个学时').map((t) => t.word)).toEqual(['参加', '年会', '学时']);
    expect(search(index, '研讨会').hits.map((h) => h.doc.u)).toEqual(['/a', '/h']);
  });

  it('matches a word whole: 公需 finds 公需科目 and not 公示', () => {
    const out = search(index, '公需');
    expect(out.hits.map((h) => h.doc.u)).toEqual(['/d']);
    expect(out.hits[0]?.snippet.filter((p) => p.marked).map((p) => p.text)).toEqual(['公需']);
  });

  it('maps people’s words to the notices’ own: 援疆 finds “三援”, 学时认定单 finds 《学时（分）认定单》', () => {
    expect(search(index, '援疆').hits.map((h) => h.doc.u)).toEqual(['/e']);
    expect(search(index, '学时认定单').hits.map((h) => h.doc.u)).toEqual(['/f']);
    // 湘人社函〔2020〕11号 附件 二 1 says 晚上; people say 夜晚, 夜间, 晚间.
    for (const q of ['夜晚', '夜间', '晚间']) expect(search(index, q).hits.map((h) => h.doc.u), q).toEqual(['/h']);
  });

  it('highlights the words as the text writes them, marks and all', () => {
    const hit = search(index, '学时认定单').hits[0];
    expect(hit?.snippet.filter((p) => p.marked).map((p) => p.text)).toEqual(['学时（分）认定单']);
  });

  it('suggests the query’s own words that do find something, then common searches', () => {
    const out = search(index, '半天 量子纠缠');
    expect(out.hits).toEqual([]);
    expect(suggestions(index, out, ['合格证明'])).toEqual(['半天', '合格证明']);
  });
});

describe('snippets and titles', () => {
  it('cuts long text around the first match with ellipses, and marks every match', () => {
    const text = `${'前'.repeat(100)}半天折算4学时${'后'.repeat(100)}`;
    const parts = snippet(text, ['半天'], 40);
    expect(parts[0]).toEqual({ text: '…', marked: false });
    expect(parts.at(-1)).toEqual({ text: '…', marked: false });
    expect(parts.filter((p) => p.marked)).toEqual([{ text: '半天', marked: true }]);
    expect(parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(42);
  });

  it('marks no word cut at an end of the snippet (学 alone of 学时认定单)', () => {
    const text = `${'前'.repeat(20)}半天折算${'中'.repeat(33)}学时认定单${'后'.repeat(40)}`;
    const parts = snippet(text, ['半天', '学时认定单'], 60);
    expect(parts.map((p) => p.text).join('')).toContain('学');
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['半天']);
  });

  it('shows words marked side by side as one mark (继续 教育 read with a gap inside the word)', () => {
    const parts = snippet('参加继续教育学时认定', ['继续', '教育']);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['继续', '教育']);
    expect(joinMarked(parts)).toEqual([{ text: '参加', marked: false }, { text: '继续教育', marked: true }, { text: '学时认定', marked: false }]);
    // Apart, they stay two.
    expect(joinMarked(markWords('继续和教育', ['继续', '教育'])).filter((p) => p.marked).map((p) => p.text)).toEqual(['继续', '教育']);
  });

  it('keeps markup as text (a snippet is never HTML)', () => {
    expect(markWords('<img src=x>援疆', ['援疆'])).toEqual([{ text: '<img src=x>', marked: false }, { text: '援疆', marked: true }]);
  });

  it('titles a clause by its first phrase without its ordinal', () => {
    expect(clauseTitle('4．获得国家发明专利的，当年视同参加专业科目培训')).toBe('获得国家发明专利的');
    expect(clauseTitle('（二）学时要求。专业技术人员…')).toBe('学时要求');
    expect(clauseTitle('第7步：按要求上传学时申报材料，并点击“上传”。')).toBe('按要求上传学时申报材料');
  });

  it('titles a clause that gives the rule of two things in two sentences by both conditions (附件1 二 3: 著作 and 论文)', () => {
    const text = '3．出版著作（译作）或教材的，出版当年可视同参加专业科目培训，独立或第一作者可折算60学时，其他作者可折算30学时。在国内外统一刊号刊物发表论文的，当年可视同参加专业科目培训，独立或第一作者的每篇折算专业科目30学时；其他作者的折算专业科目10学时。';
    expect(clauseTitle(text)).toBe('出版著作（译作）或教材的；在国内外统一刊号刊物发表论文的');
    // A later sentence that sets no condition of its own leaves the title as it was (二（一）: 学时要求 then its rule).
    expect(clauseTitle('4．获得国家发明专利的，当年视同参加专业科目培训，折算60学时。其他专利不折算。')).toBe('获得国家发明专利的');
  });
});

const z = (id: string) => `/notices/zhuzhou-2024/#${id}`;
const h = (id: string) => `/notices/hunan-2020/#${id}`;

describe('the index built from the notices', () => {
  const built = indexFromSources();
  /** What a document's rule-set terms (`d`) hold. */
  const sets = (u: string) => built.docs.find((d) => d.u === u)?.d ?? '';

  it('says a checklist entry’s alternatives as the checklist does: 以下材料之一：方式一：…, without an empty part between', () => {
    const entry = built.docs.find((d) => d.k === 'checklist' && d.x.includes('以下材料之一'));
    expect(entry?.x).toMatch(/以下材料之一：方式一：/);
    for (const d of built.docs) expect(d.x, d.u).not.toMatch(/[：；]；/);
  });

  it('holds every clause of both notices once, each linked to its anchor (the guides’ notes link to their part)', () => {
    const urls = built.docs.filter((d) => d.k === 'clause').map((d) => d.u);
    const onNoticePages = urls.filter((u) => u.startsWith('/notices/'));
    expect(new Set(onNoticePages).size).toBe(onNoticePages.length);
    for (const id of ['tz-1-2', 'tz-2', 'tz-3-3', 'fj1-2-3', 'fj1-2-7']) expect(urls).toContain(`/notices/zhuzhou-2024/#${id}`);
    for (const id of ['tz-2', 'tz-4-5', 'fj1-2-1']) expect(urls).toContain(`/notices/hunan-2020/#${id}`);
    expect(urls).toContain('/guides/#fj2-s10');
  });

  it('gives a clause the names of what the rule set takes from it (2020 附件 二 4 covers 发明专利; 2024 外观设计专利 is not covered)', () => {
    expect(sets(h('fj1-2-4'))).toContain('发明专利');
    expect(sets(h('fj1-2-4')).split(' ')).toContain('外观设计专利');
    expect(sets(z('fj1-2-4'))).toContain('发明专利');
    // 2024 names it only as given no hours: a search for it finds the clause and reads why (an HR officer found only 2020's).
    expect(sets(z('fj1-2-4')).split(' ')).not.toContain('外观设计专利');
    expect(sets(z('fj1-2-4')).split(' ')).toContain('外观设计专利不予折算');
    expect(sets(h('fj1-2-5')).split(' ')).toContain('地厅级以下不予折算');
    expect(sets(z('tz-1-2'))).toContain('公需科目');
    expect(sets(h('tz-1-2'))).not.toContain('公需科目');
  });

  it('gives a clause the names it defines, in full and short (通知 二 defines 《合格证明》 and 《学时认定单》; 2020 通知 二 《登记手册》)', () => {
    expect(sets(z('tz-2'))).toContain('株洲市专业技术人员继续教育合格证明 合格证明');
    expect(sets(z('tz-2'))).toContain('学时认定单');
    expect(sets(h('tz-2'))).toContain('登记手册');
    // A clause that only uses the short name does not define it.
    expect(sets(z('tz-2-1'))).not.toContain('合格证明');
  });

  it('keeps a heading’s unnumbered paragraphs with it (通知 二 holds the spans), except one with a link of its own (tz-2-n2, the online system’s 6月至7月)', () => {
    const tz2 = built.docs.find((d) => d.u === '/notices/zhuzhou-2024/#tz-2');
    expect(tz2?.x).toContain('参评中级职称继续教育学时核认跨度为2020～2023年');
    expect(tz2?.x).not.toContain('全面启用网上核认系统');
    const online = built.docs.find((d) => d.u === '/notices/zhuzhou-2024/#tz-2-n2');
    expect(online).toMatchObject({ l: '通知 二 第二段' });
    expect(online?.x).toContain('全面启用网上核认系统，于6月至7月集中办理');
  });
});

describe('queries a user reported on /search/, against the index built from the notices', () => {
  const built = prepareIndex(indexFromSources());
  const top = (q: string, n = 3) => search(built, q, 200).hits.slice(0, n).map((hit) => hit.doc.u);
  const rank = (q: string, u: string) => search(built, q, 200).hits.findIndex((hit) => hit.doc.u === u);

  it.each(['论文', '论文怎么算'])('%s: the clause converting papers (附件1 二 3) first, 附件2’s upload note on papers abroad still listed', (q) => {
    const urls = search(built, q, 200).hits.map((hit) => hit.doc.u);
    expect(urls[0]).toBe(z('fj1-2-3'));
    expect(urls.slice(0, 5)).toContain('/guides/#fj2-3-n2');
  });

  it('学分 with other words still finds the 继续医学教育学分 reading near the top (学分怎么换算 had it 14th)', () => {
    // A nurse's check: the title that says 学分 as typed came under every clause found through 学时 and 折算.
    expect(rank('学分怎么换算', z('note-medical-credits'))).toBeLessThan(2);
    expect(rank('学分', z('note-medical-credits'))).toBe(0);
  });

  it('出差, in no text, finds nothing and says so: not 出 and 差 (a synonym of 达到) apart; 学时差多少 still splits at 差', () => {
    // An HR officer's check: 出差 gave 找到 3 条结果, matched by every 出 and by 达到.
    for (const q of ['出差', '出差培训算不算']) {
      const outcome = search(built, q, 200);
      expect(outcome.hits).toEqual([]);
      expect(outcome.missing).toEqual(['出差']);
    }
    expect(queryTerms(built, '学时差多少').map((t) => t.word)).toEqual(['学时', '差']);
    expect(top('学时差多少', 1)).toEqual([z('tz-1-2')]);
  });

  it('keeps 不少于 whole in a long question quoting 通知 一（二）, drops its filler 才能够, and suggests the quoted phrase, which finds the clause', () => {
    const q = '每年累计不少于90学时其中公需科目学习不少于30学时专业科目学习不少于60学时专业技术人员参加继续教育的时间怎么计算才能够达到要求呢请问一下';
    const words = queryTerms(built, q).map((t) => t.word);
    // The synonym key 少 (for 不少于) was cut out of 不少于: 每年累计不 + 少 + 于90学时, suggested as such.
    expect(words).toContain('每年累计不少于90学时');
    expect(words).not.toContain('少');
    expect(words).not.toContain('才能够');
    const outcome = search(built, q, 200);
    expect(outcome.missing).toEqual([]);
    const offered = suggestions(built, outcome, [], q);
    expect(offered[0]).toBe('每年累计不少于90学时');
    // 其中 is filler (a new user was offered it, with 4 arbitrary results).
    expect(offered).not.toContain('其中');
    expect(top(offered[0] ?? '', 1)).toEqual([z('tz-1-2')]);
  });

  it('puts a misspelt word right (公须科目 → 公需科目, 合格证名 → 合格证明), not a word the notices say otherwise (学时差多少: 差 is 不少于)', () => {
    expect(correction(built, '公须科目')).toBe('公需科目');
    // Above results: only where it finds more than the query as typed.
    expect(correction(built, '公须科目', 1)).toBe('公需科目');
    const asTyped = search(built, '公需科目', 200).hits.length;
    expect(correction(built, '公须科目', asTyped)).toBeUndefined();
    expect(correction(built, '合格证名')).toBe('合格证明');
    // It was put 'right' as 学时认多少.
    expect(correction(built, '学时差多少')).toBeUndefined();
    expect(correction(built, '公需科目')).toBeUndefined();
  });

  it('附件1 alone lists the attachment itself first (2024, then 2020’s only 附件), then its clauses', () => {
    expect(top('附件1', 3)).toEqual([z('fj1'), h('fj1'), z('fj1-1-1')]);
  });

  it('中级职称需要几年的学时 finds the span clause (通知 二: 中级 2020～2023 年)', () => {
    expect(top('中级职称需要几年的学时', 1)).toEqual([z('tz-2')]);
  });

  it('职称评审需要什么材料 lists the checklists page among the first three, the page that answers it', () => {
    expect(top('职称评审需要什么材料', 3)).toContain('/checklists/');
  });

  it('reads 课时 as 学时, and 我是 as filler: 我是老师需要学多少学时 finds 通知 二 (中小学教师 参照执行)', () => {
    expect(search(built, '课时', 200).hits.length).toBeGreaterThan(0);
    expect(top('课时', 1)).toEqual(top('学时', 1));
    expect(top('我是老师需要学多少学时', 1)).toEqual([z('tz-2')]);
  });

  it('finds the 2020 notice’s 秘钥 for 密钥, as people write it (四（五）), and 晚上 in both rounds (2024: 晚上不计学时)', () => {
    expect(top('密钥')).toEqual(expect.arrayContaining([h('tz-4-5'), '/dates/#hunan-2020-key-b']));
    const evening = search(built, '晚上', 200).hits.map((hit) => `${hit.doc.n} ${hit.doc.u}`);
    expect(evening).toContain(`湘人社函〔2020〕11号 ${h('fj1-2-1')}`);
    expect(evening.some((hit) => hit.startsWith('株人社函〔2024〕5号'))).toBe(true);
  });

  it.each(['核认跨度 副高', '认定跨度 副高'])('%s finds both rounds’ spans: 2024 writes 核认跨度 (通知 二), 2020 认定跨度 (通知 三)', (q) => {
    const found = top(q, 5);
    expect(found).toContain(z('tz-2'));
    expect(found).toContain(h('tz-3'));
  });

  it.each(['附件1 二 4', '附件1二4', '附件1 二（4）', '附件１ 二 ４', '株人社函〔2024〕5号 附件1 二 4'])('a clause label puts that clause first: %s → 附件1 二 4 (patents)', (q) => {
    expect(top(q, 1)).toEqual([z('fj1-2-4')]);
  });

  it.each([
    ['附件 1 二 4', z('fj1-2-4')],
    ['附件 1 一 3', z('fj1-1-3')],
    ['附件 2 第 7 步', '/guides/#fj2-s7'],
    ['附件1 二 4', z('fj1-2-4')],
    ['附件1 一 3', z('fj1-1-3')],
    ['附件2 第7步', '/guides/#fj2-s7'],
  ])('a clause label puts that clause first however it is spaced: %s → %s', (q, u) => {
    expect(top(q, 1)).toEqual([u]);
  });

  it.each([
    ['株人社函〔2024〕5号', '/notices/zhuzhou-2024/'],
    ['株人社函[2024]5号', '/notices/zhuzhou-2024/'],
    ['株人社函【2024】5号', '/notices/zhuzhou-2024/'],
    ['株人社函（2024）5号', '/notices/zhuzhou-2024/'],
    ['株人社函(2024)5号', '/notices/zhuzhou-2024/'],
    ['株人社函［２０２４］５号', '/notices/zhuzhou-2024/'],
    ['株人社函 2024 5号', '/notices/zhuzhou-2024/'],
    ['〔2024〕5号', '/notices/zhuzhou-2024/'],
    ['湘人社函〔2020〕11号', '/notices/hunan-2020/'],
    ['湘人社函【2020】11号', '/notices/hunan-2020/'],
    ['株人社函〔2024〕5号 附件1', z('fj1')],
    ['株人社函〔2024〕5号 附件1 二 4', z('fj1-2-4')],
    ['株人社函[2024]5号 附件 1 二 4', z('fj1-2-4')],
    ['湘人社函（2020）11号 附件 二 4', h('fj1-2-4')],
    // Cited in the 2024 notice's opening: “（湘人社办函〔2024〕21号）”, the paragraph with a link of its own (tz-n1, which
    // the decision notice-scope cites for 我市) since it was given one: that sentence, not the notice's top.
    ['湘人社办函〔2024〕21号', z('tz-n1')],
    ['湘人社办函[2024]21号', z('tz-n1')],
  ])('a document number as printed or typed leads to that notice first (with a label, to that clause): %s → %s', (q, u) => {
    const out = search(built, q, 200);
    expect(out.missing).toEqual([]);
    expect(out.hits[0]?.doc.u).toBe(u);
  });

  it('a document number alone lists that notice: its opening, its attachments, its clauses, then what cites it', () => {
    const urls = search(built, '株人社函〔2024〕5号', 200).hits.map((hit) => hit.doc.u);
    expect(urls.slice(0, 3)).toEqual(['/notices/zhuzhou-2024/', z('fj1'), '/guides/#fj2']);
    expect(urls).toContain(z('fj1-2-4'));
    expect(urls).toContain('/changes/');
    expect(urls.some((u) => u.startsWith('/notices/hunan-2020/'))).toBe(false);
  });

  it('计算 is read as 折算: 学时怎么计算 finds the conversions, not the computer-skills exam the notices write 计算机 in (附件1 一 9, 二 6)', () => {
    // Before: the first three hits were 附件1 一 9 and 二 6 of both notices (计算机应用能力考试).
    const urls = search(built, '学时怎么计算', 5).hits.map((hit) => hit.doc.u);
    expect(urls[0]).toBe(z('fj1'));
    expect(urls.some((u) => /#fj1-(1-9|2-6)$/.test(u))).toBe(false);
    // 计算机 itself still finds the exam.
    expect(search(built, '计算机', 1).hits[0]?.doc.u).toBe(z('fj1-1-9'));
  });

  it('a document number is one word, marked as printed; one found nowhere is named as typed, not as run-together digits', () => {
    expect(queryTerms(built, '株人社函【2024】5号 专利').map((t) => t.word)).toEqual(['株人社函〔2024〕5号', '专利']);
    const cited = search(built, '湘人社办函（2024）21号');
    expect(cited.hits[0]?.snippet.filter((p) => p.marked).map((p) => p.text)).toEqual(['湘人社办函〔2024〕21号']);
    const out = search(built, '湘人社发〔2099〕1号');
    expect(out.hits).toEqual([]);
    expect(out.missing).toEqual(['湘人社发〔2099〕1号']);
  });

  it('a label both notices have puts both clauses first, the one whose label was typed first (附件1 二 4 / 附件 二 4)', () => {
    expect(top('附件1 二 4', 2)).toEqual([z('fj1-2-4'), h('fj1-2-4')]);
    expect(top('附件 二 4', 2)).toEqual([h('fj1-2-4'), z('fj1-2-4')]);
    expect(top('一（二）', 2)).toEqual([z('tz-1-2'), h('tz-1-2')]);
    expect(top('通知 一（二）', 2)).toEqual([z('tz-1-2'), h('tz-1-2')]);
  });

  it.each(['二（一）', '通知 二（一）', '通知二(一)', '二 （一）'])('a label of the notice text puts that clause first: %s → 通知 二（一）', (q) => {
    expect(top(q, 1)).toEqual([z('tz-2-1')]);
  });

  it('a label after a document number stays within that notice; a guide step is a label too', () => {
    expect(top('湘人社函〔2020〕11号 附件 二 4', 1)).toEqual([h('fj1-2-4')]);
    expect(search(built, '湘人社函〔2020〕11号 附件 二 4').hits.map((hit) => hit.doc.n).every((n) => n.startsWith('湘人社函'))).toBe(true);
    expect(top('附件2 第7步', 1)).toEqual(['/guides/#fj2-s7']);
  });

  it('a label lists the clause, then its items, then what cites it (the site’s readings of it, the calculator form), and nothing else', () => {
    expect(search(built, '附件1 二 4').hits.map((hit) => hit.doc.u)).toEqual([z('fj1-2-4'), h('fj1-2-4'), z('note-patent-top-three'), z('note-utility-rank-four'), z('note-design-patent'), '/calculator/']);
    expect(top('附件1 一 1', 4)).toEqual([z('fj1-1-1'), h('fj1-1-1'), z('fj1-1-1-1'), z('fj1-1-1-2')]);
  });

  it('numbers alone are searched as words, not read as labels (90, 2020)', () => {
    expect(search(built, '90').hits.length).toBeGreaterThan(3);
    expect(search(built, '2020').hits.length).toBeGreaterThan(3);
  });

  it('公需科目 puts the clause that sets the 公需科目 requirement first (2024 通知 一（二）), the clauses defining it before passing mentions', () => {
    expect(top('公需科目', 1)).toEqual([z('tz-1-2')]);
    const guideStep = rank('公需科目', '/guides/#fj2-s6');
    for (const defining of [z('tz-1-2'), z('tz-1-1'), h('tz-1-1')]) expect(rank('公需科目', defining)).toBeLessThan(guideStep);
  });

  it('继续教育证明 and 合格证明 put 通知 二 first, where 《株洲市专业技术人员继续教育合格证明》 is defined, not the project-completion proof (附件1 一 5) or a date', () => {
    expect(top('继续教育证明', 1)).toEqual([z('tz-2')]);
    expect(top('合格证明', 1)).toEqual([z('tz-2')]);
  });

  it.each(['学时不够怎么办', '学时不足', '学时没达到怎么办'])('%s finds the yearly requirement it falls short of (通知 一（二） 不少于90学时), then the site’s reading that no year makes up another (the notices say nothing of making up hours)', (q) => {
    const out = search(built, q);
    expect(out.missing).toEqual([]);
    const urls = out.hits.map((hit) => hit.doc.u);
    expect(urls[0]).toBe(z('tz-1-2'));
    expect(urls.slice(0, 3)).toContain(z('note-no-carry-over'));
    // Sixth at most: 学时不足 also finds the calculator's 某年度未达标怎么办 (its 学时确实不足的), third.
    expect(urls.slice(0, 6)).toContain(h('tz-1-2'));
  });

  it('学时不足 finds the calculator’s 某年度未达标怎么办 in the top three, after the requirement and the reading', () => {
    expect(search(built, '学时不足').hits.slice(0, 3).map((hit) => hit.doc.u)).toContain('/calculator/#short-advice-heading');
  });

  it.each([
    ['参加培训3天算多少学时', 'fj1-2-1'],
    ['出版专著独著多少学时', 'fj1-2-3'],
    ['发明专利排名第二算多少', 'fj1-2-4'],
    ['专利第二发明人多少学时', 'fj1-2-4'],
  ])('%s (a re-check’s own questions) finds the clause that answers it first, %s: a figure of one’s own (3天) does not empty the results, 独著 is 独立, a question of how much prefers the conversion to the list of materials', (q, id) => {
    expect(top(q, 1)).toEqual([z(id)]);
  });

  it.each(['网络课程学时怎么算', '网上学习的课程怎么算学时', '在线学习怎么折算学时', '网络学习怎么算学时', '远程学习算多少学时', '网上培训怎么算学时', '网课学时怎么算'])('%s finds the site’s reading 按证书学时计算 first (通知 三（一）: no conversion names an online course), then the course’s materials clause (an HR officer’s check: both materials clauses came first, and 网上学习 missed the reading; our own check: 网络学习, 远程学习 and 网上培训 missed it, and 网课 gave 2020’s 四（五） on certificate keys first)', (q) => {
    const found = top(q, 3);
    expect(found[0]).toBe(z('note-stated-hours'));
    expect(found).toContain(z('fj1-1-3'));
  });

  it.each(['外出进修一个月算多少学时', '外出培训一个月算多少学时', '进修一个月算多少学时'])('%s finds 附件1 二 1 (参加有关培训…每天折算为8学时) first: 进修 is a training, a month of it is counted by the day, and 外出 (in no text) is left out and named (an HR officer’s check: 外出 emptied the results)', (q) => {
    const out = search(built, q, 200);
    expect(out.hits[0]?.doc.u).toBe(z('fj1-2-1'));
    expect(out.left ?? []).toEqual(q.startsWith('外出') ? ['外出'] : []);
    expect(out.missing).toEqual([]);
  });

  it('a word found nowhere is not left out where it is half of what was asked (外星人学时), nor where less than two words are left (驾照科目三) or only words every clause has (驾照科目三学时, a re-check), nor where it is misspelt (发表论问 is offered as 发表论文)', () => {
    expect(search(built, '外星人学时', 200)).toMatchObject({ missing: ['外星人'], hits: [] });
    expect(search(built, '驾照科目三', 200).hits).toEqual([]);
    expect(search(built, '驾照科目三学时', 200).hits).toEqual([]);
    // Left out beside words that tell: 外地 beside 进修 and 半年.
    expect(search(built, '外地进修半年怎么算', 200).left).toEqual(['外地']);
    const misspelt = search(built, '发表论问', 200);
    expect(misspelt.left).toBeUndefined();
    expect(misspelt.hits).toEqual([]);
    expect(correction(built, '发表论问')).toBe('发表论文');
  });

  it('今年的学时什么时候截止 lists the dates page, then the 2024 notice’s three dates (《合格证明》 among them) before 2020’s, each with its year and its days for the state shown beside it (通知 二; an HR officer’s check: 6月至7月 had no year, and 2020’s dates came first)', () => {
    const out = search(built, '今年的学时什么时候截止', 200);
    expect(out.hits.slice(0, 4).map((h) => h.doc.u)).toEqual(['/dates/', '/dates/#zhuzhou-2024-online-verification', '/dates/#zhuzhou-2024-city-units', '/dates/#zhuzhou-2024-entrusted-units']);
    const online = out.hits[1]?.doc;
    expect(online?.x).toMatch(/^2024年6月至7月（通知 二 第二段）/);
    expect(online?.w).toEqual({ f: '2024-06-01', t: '2024-07-31', i: expect.stringMatching(/^2024-/) });
  });

  it.each(['授课算学时吗', '给培训班讲课算多少学时', '主讲'])('%s finds the site’s reading 授课、讲学的学时 under 附件1 二 1 first (an engineer who teaches at trainings: 授课 found nothing)', (q) => {
    expect(top(q, 1)).toEqual([z('note-teaching')]);
  });

  it('参加讲座算多少学时 finds 附件1 二 1 (参加有关培训、会议等, by the day) first, then the lecture’s materials clause 附件1 一 4 (our own check: only the materials clause was found)', () => {
    expect(top('参加讲座算多少学时', 2)).toEqual([z('fj1-2-1'), z('fj1-1-4')]);
  });

  it.each(['产假期间学时怎么算', '休产假学时要求', '病假期间继续教育', '哺乳假'])('%s finds the site’s reading 请假期间的学时 under 通知 一（二） first (a new user on maternity leave: 产假 found nothing)', (q) => {
    expect(top(q, 1)).toEqual([z('note-leave')]);
  });

  it('论文第二作者多少学时 shows the paper rule’s 10 学时 in the first snippet, not the book rule’s 30 (附件1 二 3; an HR officer’s check)', () => {
    const out = search(built, '论文第二作者多少学时');
    expect(out.hits[0]?.doc.u).toBe(z('fj1-2-3'));
    const shown = out.hits[0]?.snippet.map((p) => p.text).join('') ?? '';
    expect(shown).toContain('发表论文');
    expect(shown).toContain('其他作者的折算专业科目10学时');
    expect(shown).not.toContain('其他作者可折算30学时');
  });

  it.each(['跨度', '跨度怎么算', '核认跨度', '核认年限', '核认是哪几年', '核认跨度是几年'])('%s finds 通知 二, which states the spans, before the site’s readings whose titles say 跨度 (a new user’s check; 年限 and 哪几年 are other names for 跨度)', (q) => {
    const found = top(q, 3);
    expect(found[0]).toBe(z('tz-2'));
    expect(found).toContain(z('note-span-override'));
  });

  it.each(['当年没学够明年能补吗', '去年学时不够能补吗', '学时可以结转吗', '补学时'])('%s finds the site’s reading 逐年计算，不跨年结转 first, at the clause it reads (通知 一（二）), the requirement in the top three', (q) => {
    const out = search(built, q);
    expect(out.missing).toEqual([]);
    const urls = out.hits.map((hit) => hit.doc.u);
    expect(urls[0]).toBe(z('note-no-carry-over'));
    expect(urls.slice(0, 4)).toContain(z('tz-1-2'));
  });

  it.each(['多出来的学时能用到下一年吗', '超出的学时能不能顺延', '今年学时超了明年还用学吗'])('%s (a re-check’s words) finds 逐年计算，不跨年结转 in the top two', (q) => {
    const out = search(built, q);
    expect(out.missing).toEqual([]);
    expect(out.hits.slice(0, 2).map((hit) => hit.doc.u)).toContain(z('note-no-carry-over'));
  });

  it('the notices set minimums only: 公需科目和专业科目比例 finds 通知 一（二） first; 线上学习有上限吗 and 网课最多算多少学时 find the online course clause (附件1 一 3), not nothing', () => {
    expect(top('公需科目和专业科目比例', 1)).toEqual([z('tz-1-2')]);
    for (const q of ['线上学习有上限吗', '网课最多算多少学时']) {
      const out = search(built, q);
      expect(out.missing).toEqual([]);
      expect(out.hits[0]?.doc.u).toBe(z('fj1-1-3'));
    }
  });

  it('专利第二名算多少 lists the clause with the figures (附件1 二 4: 排名前三者) beside its reading; 超出的学时能结转到下一年吗 and 上传文件大小限制 find their answers, not nothing', () => {
    expect(top('专利第二名算多少', 2)).toEqual(expect.arrayContaining([z('fj1-2-4')]));
    expect(top('超出的学时能结转到下一年吗', 1)).toEqual([z('note-no-carry-over')]);
    expect(top('上传文件大小限制', 1)).toEqual(['/guides/#fj2-s7']);
  });

  it.each(['援疆八个月算不算', '援藏8个月'])('%s finds the assignments clause (附件1 二 7: 工作时间为6个月的…) first, where 八个 found nothing', (q) => {
    expect(top(q, 1)).toEqual([z('fj1-2-7')]);
  });

  it('晚上培训折算几个学时 finds the 2024 reading 晚上不折算 beside 2020’s clause that converts evenings (附件1 二 1), and CME学分怎么换算学时 the medical-credits reading', () => {
    expect(top('晚上培训折算几个学时', 2)).toEqual([h('fj1-2-1'), z('note-evening-not-offered')]);
    expect(top('CME学分怎么换算学时', 1)).toEqual([z('note-medical-credits')]);
  });

  it('继续医学教育学分 finds the site’s reading that the notices set no conversion of medical credits (附件1 一 3), not the 2020 span clause first', () => {
    expect(top('继续医学教育学分', 2)).toEqual([z('note-medical-credits'), h('note-medical-credits')]);
  });

  it.each([
    ['專利', '专利'],
    ['發表論文', '发表论文'],
    ['證明', '证明'],
    ['學時', '学时'],
    ['繼續教育證明', '继续教育证明'],
    ['發表論文怎麼折算', '发表论文怎么折算'],
  ])('%s, in traditional characters, finds what %s finds', (traditional, simplified) => {
    const out = search(built, traditional);
    expect(out.hits.length).toBeGreaterThan(0);
    expect(out.hits.map((hit) => hit.doc.u)).toEqual(search(built, simplified).hits.map((hit) => hit.doc.u));
  });

  it.each([
    ['发表论问', '发表论文'],
    ['发表论问怎么折算', '发表论文怎么折算'],
    ['继续叫育', '继续教育'],
    ['学时认订单', '学时认定单'],
    ['发明专力', '发明专利'],
  ])('%s, a word one character off, finds nothing and suggests %s first', (typed, fixed) => {
    const out = search(built, typed);
    expect(out.hits).toEqual([]);
    expect(suggestions(built, out, ['合格证明'], typed)[0]).toBe(fixed);
  });

  it('offers no piece of the misspelt word beside the word put right (发表论 of 发表论问)', () => {
    expect(suggestions(built, search(built, '发表论问'), ['合格证明'], '发表论问')).toEqual(['发表论文', '合格证明']);
  });

  it('suggests no correction for a query about something else (房贷利率, 护照办理…)', () => {
    for (const q of nothingQueries) expect(correction(built, q), q).toBeUndefined();
  });

  it('发明专利 finds the 2020 patent clause (附件 二 4 “获得专利授予的”), which covers invention patents', () => {
    expect(top('发明专利', 5)).toContain(h('fj1-2-4'));
  });

  it('学时 alone puts clauses titled by it (the conversion rules, 学时要求 of 通知 一（二）) before a materials clause that only uses it', () => {
    expect(top('学时', 2)).toEqual([z('fj1'), z('tz-1-2')]);
  });

  it('发明专利多少学时 puts the clauses giving the hours before the one listing the patent certificate', () => {
    expect(top('发明专利多少学时', 2)).toEqual([z('fj1-2-4'), h('fj1-2-4')]);
  });

  // From a new user's check on a desktop (2026-12-06).
  it.each([
    ['继续教育基地在哪', '/bases/'],
    ['继续教育基地', '/bases/'],
    ['学时认定单在哪打印', '/guides/#fj2-s10'],
  ])('%s: 哪 is filler, and the page listing the bases leads for its own name; %s among the first four', (q, u) => {
    expect(search(built, q).missing).toEqual([]);
    expect(top(q, 4)).toContain(u);
  });

  it('合格证明怎么打印 finds 通知 二’s 线下开具《合格证明》 (打印 reads as 开具 too), after the dates of 办理《合格证明》', () => {
    // The sentence is its own clause since the online system's dates have their own link (tz-2-n2).
    expect(top('合格证明怎么打印', 4)).toContain(z('tz-2-n2'));
  });

  it('一年要多少学时 reads 一年 as 每年 and finds 学时要求 (通知 一（二）: 每年累计不少于90学时)', () => {
    expect(top('一年要多少学时', 2)).toContain(z('tz-1-2'));
  });

  it('the yearly requirement is the first answer to how many hours a year, before 附件1’s opening line and 三援’s 90学时 (通知 一（二）)', () => {
    // A reader's check: the opening line (每年都应参加…) and 附件1 二 7 (视为完成当年继续教育90学时) came first.
    for (const q of ['一年要多少学时', '每年多少学时', '90学时']) expect(top(q, 1), q).toEqual([z('tz-1-2')]);
  });

  it('questions in words the notices do not use find the clause: 抵 as 折算 (附件1 二 3), 两年 as 超过1年 (附件1 二 7), 去年 dropped', () => {
    // A new user's re-check: each said 没有找到 for its one unknown word.
    expect(top('发表论文能抵多少学时', 1)).toEqual([z('fj1-2-3')]);
    expect(top('援疆两年怎么算', 1)).toEqual([z('fj1-2-7')]);
    expect(search(built, '去年的学时能补吗').missing).toEqual([]);
    expect(top('去年的学时能补吗', 1)).toEqual([z('tz-1-2')]);
  });

  it('a word the segmenter cuts into characters (规培, 论问) is one word found nowhere, not each character anywhere', () => {
    // A reader's check: 规培 listed 规定…培训 as 找到 5 条结果; 公须科目 listed a clause for 公 and 须 apart.
    for (const q of ['规培', '论问']) {
      const out = search(built, q);
      expect(out.hits, q).toEqual([]);
      expect(out.missing, q).toEqual([q]);
    }
    expect(search(built, '公须科目').hits).toEqual([]);
    expect(correction(built, '公须科目')).toBe('公需科目');
    // One character on its own in a question is still a word of it.
    expect(queryTerms(built, '合格证明在哪里开').map((t) => t.word)).toEqual(['合格证明', '开']);
  });

  it('论文怎么折算学时 finds the clause converting papers (附件1 二 3: 每篇折算专业科目30学时), which has 折算 and 学时 apart', () => {
    const out = search(built, '论文怎么折算学时', 200);
    expect(out.hits[0]?.doc.u).toBe(z('fj1-2-3'));
    // A document with the words together still comes before one with them apart.
    expect(search(built, '发表论文怎么折算', 200).hits[0]?.doc.u).toBe(z('fj1-2-3'));
  });

  it('论文 专利, found together nowhere, lists what holds either, flagged partial; a query whose words meet somewhere is not', () => {
    const out = search(built, '论文 专利', 200);
    expect(out.partial).toBe(true);
    const urls = out.hits.map((hit) => hit.doc.u);
    expect(urls).toContain(z('fj1-2-3'));
    expect(urls).toContain(z('fj1-2-4'));
    expect(search(built, '发明专利多少学时').partial).toBeUndefined();
    // A misspelt word gets no partial results from its pieces: the page offers it put right.
    expect(search(built, '发表论问').hits).toEqual([]);
  });

  it.each(['20MB', '20M', '20mb', '２０ＭＢ', '20 MB', '20兆'])('%s finds the upload limit in the guide (附件2 第7步)', (q) => {
    const out = search(built, q);
    expect(out.missing).toEqual([]);
    expect(out.hits[0]?.doc.u).toBe('/guides/#fj2-s7');
  });
});
