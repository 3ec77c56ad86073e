/** The whole case from issue 4, as a person would do it, against the built site. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import hunan from '../../content/rules/hunan-2020.json' with { type: 'json' };
import zhuzhou from '../../content/rules/zhuzhou-2024.json' with { type: 'json' };
import { formatHours, getRuleSet, ruleSetDigest, type DraftInput, type RuleSet } from '../../src/lib/rules';
import { toBase64Url } from '../../src/lib/share/base64url';
import { extractPdf } from '../unit/pdf/test-font.mjs';
import { addActivity, addCourse, draftTools, expectYearTable, expected, finish, openCalculator } from './calculator-helpers';
import { expectNoSeriousA11yViolations } from './support/axe';

/** The case as a draft, to compute the expected figures with the engine. */
const caseDraft: DraftInput = {
  format: 'hunan-jxjy-draft',
  version: 1,
  ruleSet: 'zhuzhou-2024',
  profile: { titleLevel: 'deputy-senior', degree: 'bachelor' },
  activities: [
    { id: 't', kind: 'training', year: 2020, subject: 'public', format: 'training', days: 3, halfDays: 0 },
    { id: 'c', kind: 'course', year: 2020, subject: 'professional', source: 'online', hours: 24.5 },
    { id: 'p', kind: 'project', year: 2021, level: 'provincial', role: 'host' },
    { id: 'pa', kind: 'paper', year: 2022, role: 'first' },
    { id: 'pt', kind: 'patent', year: 2023, patentType: 'invention', rank: 2 },
  ],
};

test('a senior applicant’s 2024 case: per-year figures, reload, export and import, share link without the name', async ({ page, browser }) => {
  await openCalculator(page);

  await page.getByRole('radio', { name: /株人社函〔2024〕5号/ }).check();
  await page.getByRole('radio', { name: '副高级' }).check();
  await page.getByText('姓名和工作单位（选填）').click();
  await page.getByRole('textbox', { name: '姓名', exact: true }).fill('张三');
  await page.getByRole('textbox', { name: '工作单位', exact: true }).fill('株洲市某某医院');
  // The span follows the profile from the rule set (通知 二).
  const senior = zhuzhou.spans.find((s) => s.id === 'senior');
  await expect(page.locator('.span-value')).toContainText(`${senior?.from}～${senior?.to} 年`);

  let editor = await addActivity(page, '培训、会议等（按天折算）');
  await editor.getByLabel('参加年份').fill('2020');
  await editor.getByRole('radio', { name: '培训班、研修班、进修班', exact: true }).check();
  await editor.getByRole('radio', { name: '公需科目', exact: true }).check();
  await editor.getByLabel('全天天数（天）').fill('3');
  // 附件1 二 1: a full day is 8 学时, read from the rule set.
  const dayRate = zhuzhou.conversions.find((c) => c.kind === 'training')?.rates?.days.hours ?? NaN;
  await expect(editor.locator('.editor-result')).toContainText(`本项计 ${3 * dayRate} 学时`);
  await finish(editor);

  editor = await addActivity(page, '有学时证明的课程');
  await editor.getByLabel('完成年份').fill('2020');
  await editor.getByRole('radio', { name: '网络平台课程等远程教育', exact: true }).check();
  await editor.getByRole('radio', { name: '专业科目', exact: true }).check();
  await editor.getByLabel('证书载明学时').fill('24.5');
  await finish(editor);

  editor = await addActivity(page, '课题研究与项目开发');
  await editor.getByLabel('结题年份').fill('2021');
  await editor.getByRole('radio', { name: '省（部）级以上' }).check();
  await editor.getByRole('radio', { name: '主持人', exact: true }).check();
  await finish(editor);

  editor = await addActivity(page, '发表论文');
  await editor.getByLabel('发表年份').fill('2022');
  await editor.getByRole('radio', { name: '独立或第一作者' }).check();
  await finish(editor);

  editor = await addActivity(page, '获得专利');
  await editor.getByLabel('授权年份').fill('2023');
  await editor.getByRole('radio', { name: '发明专利' }).check();
  await editor.getByLabel('专利证书排名（第几名）').fill('2');
  await finish(editor);

  const result = expected(caseDraft);
  await expectYearTable(page, result);
  await expect(page.locator('#calc-summary')).toContainText(`达标 ${result.summary.yearsMet} 个`);
  // The short years named in the sentence (a reviewer looked for the verdict in one place).
  const short = result.years.filter((y) => y.status === 'short').map((y) => y.year);
  expect(short.length).toBeGreaterThan(0);
  await expect(page.locator('#calc-summary')).toContainText(`未达标 ${result.summary.yearsShort} 个（${short.join('、')} 年）。`);
  // Each item links to its clause on the notice page.
  await expect(page.locator('table.item-table').getByRole('link', { name: '附件1 二 4' })).toHaveAttribute('href', '/notices/zhuzhou-2024/#fj1-2-4');

  // Reload: the draft was saved on this device and opens again.
  await expect(page.locator('.save-state')).toContainText('已自动保存到本机');
  await page.reload();
  await expect(page.getByRole('heading', { name: '1. 申报信息' })).toBeVisible();
  await expect(page.locator('#calc-draft-current')).toHaveText('我的测算');
  await expectYearTable(page, result);
  await expect(page.getByRole('textbox', { name: '姓名', exact: true })).toHaveValue('张三');

  // Export, then import the file as a new draft.
  const download = page.waitForEvent('download');
  await draftTools(page);
  await page.getByRole('button', { name: '导出草稿' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^继续教育学时测算草稿-我的测算-\d{8}\.json$/);
  const exported = JSON.parse(readFileSync((await file.path()) as string, 'utf8'));
  expect(exported).toMatchObject({ format: 'hunan-jxjy-draft', ruleSet: 'zhuzhou-2024', profile: { name: '张三' } });
  expect(exported.activities).toHaveLength(5);
  await page.locator('#calc-import').setInputFiles({ name: '同事的草稿.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(page.locator('#calc-draft-notice')).toContainText('已导入为新草稿「同事的草稿」');
  await expect(page.locator('#calc-draft-current')).toHaveText('同事的草稿');
  await expectYearTable(page, result);

  // The PDF worksheet: the builder and the font load on the click; its text carries the figures and clauses.
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  const pdfFile = await pdfDownload;
  // Named after the draft on the page, as the export is: two colleagues' worksheets are told apart. Said beside the
  // button: a nurse who had named her draft after herself sent the worksheet with 写上姓名 unticked.
  expect(pdfFile.suggestedFilename()).toMatch(/^继续教育学时测算-同事的草稿-\d{8}\.pdf$/);
  await expect(page.locator('.pdf-block .hint').first()).toHaveText('A4 工作表：逐年学时、每项依据、说明和材料勾选清单，可带到单位人事部门核对。文件名含草稿名称“同事的草稿”。');
  await expect(page.locator('#calc-pdf-msg')).toContainText('PDF 工作表已生成');
  const pages = await extractPdf(new Uint8Array(readFileSync((await pdfFile.path()) as string)));
  const pdfText = pages.map((p) => p.text).join('').replace(/\s+/g, '');
  expect(pdfText).toContain('株人社函〔2024〕5号');
  expect(pdfText).toContain('附件1二4');
  for (const year of result.years) {
    expect(pdfText).toContain(String(year.year));
    expect(pdfText).toContain(formatHours(year.total));
  }
  expect(pdfText).toContain('24.5');
  // The worksheet and the results name the same rule data version.
  const digest = ruleSetDigest(getRuleSet('zhuzhou-2024') as RuleSet);
  expect(pdfText).toContain(`规则数据版本：${digest}`);
  await expect(page.locator('#calc-rules-version')).toHaveText(digest);
  // On a line of its own that says what it is for (a bare 规则数据版本 1badd803 in the statement read as jargon).
  await expect(page.locator('.rules-version')).toHaveText(`规则数据版本：${digest}（用于核对工作表、打印件所依据的规则是否一致）`);
  await expect(page.locator('.statement')).not.toContainText('规则数据版本');
  // Name and employer are left out unless the user ticks them.
  expect(pdfText).not.toContain('张三');
  expect(pdfText).not.toContain('株洲市某某医院');

  // Share: a new browser context sees the same figures, without the name or employer.
  await page.getByRole('button', { name: '生成分享链接' }).click();
  const link = await page.getByLabel('分享链接').inputValue();
  expect(link).toContain('/calculator/#share=1.');
  expect(decodeURIComponent(link)).not.toContain('张三');
  const other = await browser.newContext();
  const colleague = await other.newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole('heading', { name: '您正在查看分享的测算' })).toBeVisible();
  await expectYearTable(colleague, result);
  await expect(colleague.locator('#calc-shared-rules')).toHaveCount(0);
  await expect(colleague.locator('#calc-name')).toHaveValue('');
  expect(await colleague.content()).not.toContain('张三');
  expect(await colleague.content()).not.toContain('株洲市某某医院');
  // The colleague's own drafts are untouched until they choose to save.
  await expect(colleague.locator('.draft-list')).toHaveCount(0);
  await colleague.getByRole('button', { name: '保存为我的草稿' }).click();
  await expect(colleague.locator('#calc-draft-notice')).toContainText('已保存为您的草稿');
  expect(new URL(colleague.url()).hash).toBe('');
  await other.close();
});

test('the 2020 round: evenings count, a foreign paper does not, and a short 专业 year is a warning (湘人社函〔2020〕11号)', async ({ page }) => {
  await openCalculator(page);
  const roundHint = page.getByRole('group', { name: '政策年度' }).locator('.hint');
  await expect(roundHint).toHaveText('已选本站收录的最新通知（株人社函〔2024〕5号）；按往年通知核认的请改选。');
  await page.getByRole('radio', { name: /湘人社函〔2020〕11号/ }).check();
  // The hint names the notice ticked, not the newest one.
  await expect(roundHint).toHaveText('已选往年通知（湘人社函〔2020〕11号）；本站收录的最新通知为株人社函〔2024〕5号。');
  await page.getByRole('radio', { name: '正高级' }).check();
  const senior = hunan.spans.find((s) => s.id === 'senior');
  await expect(page.locator('.span-value')).toContainText(`${senior?.from}～${senior?.to} 年`);

  let editor = await addActivity(page, '培训、会议等（按天折算）');
  await editor.getByLabel('参加年份').fill('2017');
  await editor.getByRole('radio', { name: '学术会议、讲座、访问、交流', exact: true }).check();
  await editor.getByRole('radio', { name: '专业科目', exact: true }).check();
  await editor.getByLabel('全天天数（天）').fill('2');
  await editor.getByLabel('晚上次数（次）').fill('1');
  await finish(editor);
  editor = await addActivity(page, '有学时证明的课程');
  await editor.getByLabel('完成年份').fill('2017');
  // Three sources in 2020, four in 2024: radios in both.
  await editor.getByRole('radio', { name: '网络平台课程等远程教育' }).check();
  await editor.getByRole('radio', { name: '公需科目', exact: true }).check();
  await editor.getByLabel('证书载明学时（分）').fill('70');
  await finish(editor);
  editor = await addActivity(page, '发表论文');
  await editor.getByLabel('发表年份').fill('2018');
  await editor.getByRole('radio', { name: '独立或第一作者' }).check();
  await editor.getByLabel('国外刊物').check();
  await finish(editor);

  const result = expected({
    format: 'hunan-jxjy-draft',
    version: 1,
    ruleSet: 'hunan-2020',
    profile: { titleLevel: 'full-senior', degree: 'bachelor' },
    activities: [
      { id: 't', kind: 'training', year: 2017, subject: 'professional', format: 'conference', days: 2, halfDays: 0, evenings: 1 },
      { id: 'c', kind: 'course', year: 2017, subject: 'public', source: 'online', hours: 70 },
      { id: 'p', kind: 'paper', year: 2018, role: 'first', foreign: true },
    ],
  });
  await expectYearTable(page, result);
  const y2017 = result.years.find((y) => y.year === 2017)!;
  expect(y2017.status).toBe('warning');
  // 基本达标 in the words the PDF worksheet and the batch check use (专业科目一般不少于 60，差 …).
  await expect(page.locator('table.year-table tr[data-year="2017"] .verdict')).toHaveText(
    `基本达标：专业科目一般不少于 ${y2017.parts.professional.required}，差 ${y2017.parts.professional.shortfall} ${hunan.hoursUnit}（${y2017.parts.professional.cite.clause}）`,
  );
  // A year short of the total says the advisory 专业 part too, as the PDF and the batch check do (通知 一（二）).
  const y2018 = result.years.find((y) => y.year === 2018)!;
  expect(y2018.status).toBe('short');
  await expect(page.locator('table.year-table tr[data-year="2018"] .verdict')).toHaveText(
    `未达标：合计还差 ${y2018.parts.total.shortfall} ${hunan.hoursUnit}（公需科目、专业科目均可）；专业科目一般不少于 ${y2018.parts.professional.required}，差 ${y2018.parts.professional.shortfall}（${y2018.parts.professional.cite.clause}）`,
  );
  // Each figure keeps its unit on its line (printed, 共 90 学时 broke between 学 and 时); the text is the same.
  const kept = page.locator('table.year-table tr[data-year="2018"] .verdict .figure-unit');
  await expect(kept).toHaveText([`${y2018.parts.total.shortfall} ${hunan.hoursUnit}`]);
  await expect(kept).toHaveCSS('white-space', 'nowrap');
  await expect(page.locator('table.item-table tr', { hasText: '发表论文' })).toContainText('不予折算');
  // The training's two ways to show it (附件 一 1) are named as the checklist names them, not 第一组／第二组.
  const materials = page.getByRole('region', { name: '需准备的材料' });
  const sets = result.materials.find((m) => m.year === 2017)?.needs.find((n) => n.sets.length > 1)?.sets ?? [];
  expect(sets).toHaveLength(2);
  await expect(materials.getByText('以下材料之一：任选一种方式，备齐该方式下的全部材料即可。').first()).toBeVisible();
  await expect(materials.locator('.set-label').first()).toHaveText('方式一');
  await expect(materials.locator('.set-label').nth(1)).toHaveText('方式二');
  await expect(materials).not.toContainText('组材料任选其一');
});

test('prints the results without the form (print stylesheet), dated as the PDF worksheet is', async ({ page }) => {
  // 20:00 UTC on 5 December is 6 December in Beijing, the day the site's dates are.
  await page.clock.setFixedTime(new Date('2026-12-05T20:00:00Z'));
  await openCalculator(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('form.calc-form')).toBeHidden();
  await expect(page.locator('.draft-bar')).toBeHidden();
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('#calc-results')).toBeVisible();
  await expect(page.locator('.print-header')).toBeVisible();
  await expect(page.locator('.print-header')).toContainText('继续教育学时测算结果（打印于 2026年12月6日）');
  // What the result is for, as the worksheet's header says it (the form is not printed: a reviewer's check).
  await expect(page.locator('.print-header p').nth(1)).toHaveText('拟申报职称级别：副高级；最高学历（学位）：大学本科');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('radio', { name: '中级' }).check();
  await page.getByRole('radio', { name: '大学本科' }).check();
  await page.getByRole('checkbox', { name: '中小学教师' }).check();
  await page.getByRole('group', { name: /的年度$/ }).getByRole('checkbox', { name: '2021 年' }).check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-header p').nth(1)).toHaveText(`拟申报职称级别：中级；最高学历（学位）：大学本科；中小学教师；已开具${(getRuleSet('zhuzhou-2024') as RuleSet).certificate.label}的年度：2021年`);
  // A note of the site's own reading is marked on paper as in the PDF, （本站理解）, not by a box like a button (a new
  // user's keyboard check). The notes are loaded after the calculator is ready.
  const tag = page.locator('.notes dt .tag.decision').first();
  await expect(tag).toHaveText('本站理解');
  await expect(tag).toHaveCSS('border-top-width', '0px');
  expect(await tag.evaluate((el) => [getComputedStyle(el, '::before').content, getComputedStyle(el, '::after').content])).toEqual(['"（"', '"）"']);
});

test('a shared link made with other rule data says that the rules have changed since', async ({ page }) => {
  const payload = { version: 1, ruleSet: 'zhuzhou-2024', rules: '00000000', profile: { titleLevel: 'intermediate', degree: 'bachelor' }, activities: [] };
  await page.goto(`calculator/#share=1.j${toBase64Url(new TextEncoder().encode(JSON.stringify(payload)))}`);
  await expect(page.getByRole('heading', { name: '您正在查看分享的测算' })).toBeVisible();
  const digest = ruleSetDigest(getRuleSet('zhuzhou-2024') as RuleSet);
  await expect(page.locator('#calc-shared-rules')).toContainText(`规则数据已更新：此链接按规则数据版本 00000000 生成，本站现为 ${digest}`);
});

test.describe('on a phone (360×740, touch)', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a broken share link pasted over a shared case says so where the person is, and that case does not stay under the error', async ({ page }) => {
    const digest = ruleSetDigest(getRuleSet('zhuzhou-2024') as RuleSet);
    const payload = { version: 1, ruleSet: 'zhuzhou-2024', rules: digest, profile: { titleLevel: 'intermediate', degree: 'bachelor' }, activities: [] };
    const link = `#share=1.j${toBase64Url(new TextEncoder().encode(JSON.stringify(payload)))}`;
    await page.goto(`calculator/${link}`);
    await expect(page.getByRole('heading', { name: '您正在查看分享的测算' })).toBeVisible();
    await expect(page.getByRole('radio', { name: '中级' })).toBeChecked();
    // Far down the page, where a person reading the shared figures is.
    await page.locator('#calc-results').scrollIntoViewIfNeeded();
    // Another colleague's link, cut short in the copying, pasted into the address bar of the same tab.
    await page.evaluate(() => (location.hash = '#share=1.jeyJ2ZXJzaW9uIjox'));
    const error = page.locator('#calc-share-error');
    await expect(error).toContainText('分享链接不完整或已损坏，无法打开');
    await expect(error).toBeFocused();
    await expect(error).toBeInViewport();
    // The first link's case is gone: the page is the person's own draft again, and says nothing of being shared.
    await expect(page.locator('#calc-shared-bar')).toHaveCount(0);
    await expect(page.getByRole('radio', { name: '中级' })).not.toBeChecked();
    expect(new URL(page.url()).hash).toBe('');
    // The whole link pasted again: its case opens, and the page takes the person to its results, as from outside.
    await page.evaluate((hash) => (location.hash = hash), link);
    await expect(page.getByRole('heading', { name: '您正在查看分享的测算' })).toBeVisible();
    await expect(page.locator('#calc-results-heading')).toBeFocused();
    await expect(page.locator('#calc-results-heading')).toBeInViewport();
  });
});

test('a 用人单位备案 course asks for its materials under its own heading, with the borrowed list said on a line of its own (通知 三（一）)', async ({ page }) => {
  await openCalculator(page);
  await finish(await addCourse(page, { year: '2021', source: '用人单位备案的线下专业培训', subject: '专业科目', hours: '16' }));
  const entry = page.getByRole('region', { name: '需准备的材料' }).locator('.materials > li');
  await expect(entry).toHaveCount(1);
  // The heading is followed by its citation in one pair of brackets (it ended in “准备）（通知 三（一）；对应第1项）”).
  await expect(entry.locator('.need-title')).toHaveText('参加用人单位备案的线下专业培训（通知 三（一）；对应第1项）');
  await expect(entry.locator('.need-note')).toHaveText('通知未单列此项材料，按附件1 一 1 准备。');
  // The 备案 is a condition, not a document: 注：, not 另需：.
  await expect(entry.locator('.extra')).toHaveText(/^注：该培训的专业科目应已由用人单位报市人力资源和社会保障局专业技术人员管理科备案。/);
});

test('合计 shows no gap smaller than what the parts still need: 公需 0 差 30 and 专业 80 leave 合计 80 marked 不足 90, without 差 10', async ({ page }) => {
  // A reviewer read 合计 80 差 10 as 10 more to go, when 30 公需科目 hours are (通知 一（二）: 公需 ≥ 30, 专业 ≥ 60, 合计 ≥ 90).
  await openCalculator(page);
  const editor = await addActivity(page, '培训、会议等（按天折算）');
  await editor.getByLabel('参加年份').pressSequentially('2022', { delay: 30 });
  await editor.getByRole('radio', { name: '培训班、研修班、进修班' }).check();
  await editor.getByRole('radio', { name: '专业科目' }).check();
  await editor.getByLabel('全天天数（天）').pressSequentially('10', { delay: 30 });
  await finish(editor);
  const cells = page.locator('table.year-table tr[data-year="2022"] td');
  await expect(cells.nth(0)).toHaveText(/^\s*0\s*差 30\s*$/);
  await expect(cells.nth(1).locator('.figure')).toHaveText('80');
  await expect(cells.nth(1).locator('.gap')).toHaveCount(0);
  await expect(cells.nth(2).locator('.figure')).toHaveText('80');
  // Short of 90 all the same, and marked so without a figure (an engineer checking each cell against its head).
  await expect(cells.nth(2).locator('.gap')).toHaveText('不足 90');
  await expect(cells.nth(3)).toContainText('未达标：还需公需科目 30 学时');
  // A year with nothing: 合计 差 90 is what both parts need together, and shows.
  await expect(page.locator('table.year-table tr[data-year="2021"] td').nth(2).locator('.gap')).toHaveText('差 90');
});

test('printed at 字号 特大, the year table keeps within the sheet, its heads broken as （要求 / ≥ 30）', async ({ page }) => {
  // An older user's printout at 特大: the five columns, their heads kept on one line, ran past the right margin and
  // 结论 lost its right edge. The viewport is an A4 sheet less its 15 mm margins (180 mm at 96 px to the inch).
  await page.setViewportSize({ width: 680, height: 960 });
  await page.goto('/');
  await page.getByRole('button', { name: '特大' }).click();
  await openCalculator(page, '/calculator/', false);
  // His case: 正高级, 硕士, a 6-month 援疆 in 2022 (its 结论 cites 附件1 二 7, a label kept on one line).
  const draft = { format: 'hunan-jxjy-draft', version: 1, ruleSet: 'zhuzhou-2024', profile: { titleLevel: 'full-senior', degree: 'master' }, activities: [{ id: 'a1', kind: 'assignment', mission: 'xinjiang', start: '2022-03-01', end: '2022-08-31', passed: true }] };
  await page.locator('#calc-import').setInputFiles({ name: '黄工.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(draft)) });
  await expect(page.locator('#calc-draft-notice')).toContainText('已导入');
  await page.emulateMedia({ media: 'print' });
  const table = page.locator('table.year-table');
  await expect(table).toBeVisible();
  const [right, width] = await table.evaluate((el) => [el.getBoundingClientRect().right, document.documentElement.clientWidth]);
  expect(right).toBeLessThanOrEqual(width);
  await expect(table.locator('thead th').nth(1)).toHaveText('公需科目（要求 ≥\u00a030）');
});

test('opened in WeChat, where a page’s file is often not saved, the PDF and 导出草稿 say to open the page in the browser', async ({ browser }) => {
  const wechat = 'Mozilla/5.0 (Linux; Android 13; V2227A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.47';
  const hint = '在微信中打开时可能无法保存文件：请点右上角“···”，选择“在浏览器打开”后再下载。';
  for (const userAgent of [wechat, wechat.replace(' MicroMessenger/8.0.47', '')]) {
    const context = await browser.newContext({ userAgent, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await openCalculator(page);
    await page.getByRole('button', { name: '下载PDF工作表' }).scrollIntoViewIfNeeded();
    await expect(page.locator('.pdf-block').getByText(hint)).toHaveCount(userAgent === wechat ? 1 : 0);
    const tools = await draftTools(page);
    await expect(tools.getByRole('button', { name: '导出草稿' })).toBeVisible();
    await expect(tools.getByText(hint)).toHaveCount(userAgent === wechat ? 1 : 0);
    await context.close();
  }
});

test('the PDF section names the draft as the file will carry it: without / and :, as the download is named', async ({ page }) => {
  await openCalculator(page, '/calculator/', false);
  const draft = { format: 'hunan-jxjy-draft', version: 1, ruleSet: 'zhuzhou-2024', profile: { titleLevel: 'intermediate', degree: 'bachelor' }, activities: [], draftName: '李老师 2025/职称:评审' };
  await page.locator('#calc-import').setInputFiles({ name: '继续教育学时测算草稿-李老师 2025职称评审-20261207.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(draft)) });
  await expect(page.locator('#calc-draft-current')).toHaveText('李老师 2025/职称:评审');
  await expect(page.locator('.pdf-block .hint').first()).toContainText('文件名含草稿名称“李老师 2025职称评审”。');
  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  expect((await pdf).suggestedFilename()).toMatch(/^继续教育学时测算-李老师 2025职称评审-\d{8}\.pdf$/);
});

test('at 字号 大 and 特大 the PDF worksheet is drawn as large as the page: 17 pt × 1.1875 and × 1.375 for its title', async ({ page }) => {
  // A teacher of 52 reading the site at 特大 got the worksheet he takes to 人事科 at 8.5–9.5 pt (a new user's check).
  await page.goto('/');
  const draft = { format: 'hunan-jxjy-draft', version: 1, ruleSet: 'zhuzhou-2024', profile: { titleLevel: 'intermediate', degree: 'bachelor' }, activities: [] };
  for (const [size, title] of [['大', 20.2], ['特大', 23.4]] as const) {
    await page.getByRole('button', { name: size, exact: true }).click();
    await openCalculator(page, '/calculator/', false);
    await page.locator('#calc-import').setInputFiles({ name: '陈老师.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(draft)) });
    await expect(page.locator('#calc-draft-notice')).toContainText('已导入');
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载PDF工作表' }).click();
    const pages = await extractPdf(new Uint8Array(readFileSync((await (await pdfDownload).path()) as string)));
    const titleRun = pages[0]!.runs.find((r) => r.str.includes('继续教育学时测算工作表'));
    expect(Math.round(titleRun!.size * 10) / 10).toBe(title);
  }
});

test('printed, 逐项明细 says what was filled in for each item (专利类型、排名、起止日期), as the PDF does; on screen the list says it', async ({ page }) => {
  // A reviewer checking a printout against the certificates could not tell a 2nd-ranked invention (30) from a
  // utility model ranked 1st (30): the printed table gave the figure and its working only.
  await openCalculator(page, '/calculator/', false);
  const draft = {
    format: 'hunan-jxjy-draft',
    version: 1,
    ruleSet: 'zhuzhou-2024',
    profile: { titleLevel: 'full-senior', degree: 'master' },
    activities: [
      { id: 'a1', kind: 'patent', year: 2021, patentType: 'invention', rank: 2 },
      { id: 'a2', kind: 'assignment', mission: 'xinjiang', start: '2022-03-01', end: '2022-08-31', passed: true },
    ],
  };
  await page.locator('#calc-import').setInputFiles({ name: '黄工.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(draft)) });
  await expect(page.locator('#calc-draft-notice')).toContainText('已导入');
  const table = page.locator('table.item-table');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table).not.toContainText('专利类型');
  // page.pdf() sends beforeprint and afterprint, as 打印测算结果 and the browser's own print command do.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(await page.pdf()) }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) text += (await (await doc.getPage(i)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
  // The printed font draws some characters as their Kangxi radicals (⽌ for 止): read back as written.
  text = text.replace(/[\u2e80-\u2fdf]/g, (c) => c.normalize('NFKC')).replace(/\s+/g, '');
  expect(text).toContain('专利类型：发明专利；专利证书排名：第2名');
  // Not what the table's own columns say (年度, 科目): at 特大 each item took a third of a page.
  expect(text).not.toContain('授权年份：');
  expect(text).toContain('起止日期：2022-03-01至2022-08-31');
  await expect(table).not.toContainText('专利类型');
});

test('below the results, 某年度未达标怎么办 says what can be done, each point linked to each round’s clause, on a phone too', async ({ browser }) => {
  // A teacher's check: every 未达标 year said how many 学时 it lacked, and nothing said what she could do. A re-check:
  // it named 2024 alone with 2020 chosen; it left out 省级以上, and called the certificate's year 达标 as the notice's word.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await openCalculator(page);
  await expect(page.locator('#calc-results')).toContainText('未达标');
  // Reached from the results' summary (it sat 5,900 px below them, linked from nowhere: a re-check), with the address
  // left as it is (a shared case's #share= must stay in it).
  const before = page.url();
  await page.locator('#calc-summary').getByRole('link', { name: '怎么办' }).tap();
  const heading = page.getByRole('heading', { name: '某年度未达标怎么办' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  expect(page.url()).toBe(before);
  // 仅供参考 is said on the page (and printed) after the results, as static text.
  await expect(page.getByText('测算结果仅供参考，学时以用人单位、主管部门和人力资源社会保障部门的审核认定为准。').first()).toBeVisible();
  const advice = page.getByRole('region', { name: '某年度未达标怎么办' });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('main > p.estimate')).toBeVisible();
  await expect(advice).toBeHidden();
  // Nor does the summary's link to it go on paper: a bare 。怎么办 pointed nowhere (a new user's check).
  await expect(page.locator('#calc-summary').getByRole('link', { name: '怎么办' })).toBeHidden();
  await expect(page.locator('#calc-summary')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(advice).toContainText('核认跨度内每个年度分别计算，某一年多出的学时不计入其他年度');
  await expect(advice).toContainText('以前年度已开具《学时认定单》（《合格证明》）或《学时（分）认定单》的，以前的认定单可作为相应年度的证明材料（株人社函〔2024〕5号 通知 三（三）；湘人社函〔2020〕11号 通知 四（三））');
  await expect(advice).toContainText('本站按该年度已达标计算（本站理解）');
  await expect(advice).toContainText('参加省级以上“三援”、东西部扶贫协作等特定工作任务');
  await expect(advice).toContainText('通知没有规定补学办法');
  await advice.scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(page);
  const links = await advice.getByRole('link').evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).getAttribute('href')]));
  expect(links).toEqual([
    ['株人社函〔2024〕5号', '/notices/zhuzhou-2024/#note-no-carry-over'],
    ['湘人社函〔2020〕11号', '/notices/hunan-2020/#note-no-carry-over'],
    ['株人社函〔2024〕5号 通知 三（三）', '/notices/zhuzhou-2024/#tz-3-3'],
    ['湘人社函〔2020〕11号 通知 四（三）', '/notices/hunan-2020/#tz-4-3'],
    ['株人社函〔2024〕5号 附件1 二 7', '/notices/zhuzhou-2024/#fj1-2-7'],
    ['湘人社函〔2020〕11号 附件 二 7', '/notices/hunan-2020/#fj1-2-7'],
  ]);
  // Each opens where it points, on screen.
  for (const [, href] of links) {
    await page.goto(href as string);
    await expect(page.locator(`[id="${(href as string).split('#')[1]}"]`)).toBeInViewport();
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await context.close();
});
