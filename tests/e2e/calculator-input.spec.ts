/** Bad input never breaks the page or changes a figure silently (issue 4, item 1). */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { addActivity, addCourse, finish, openCalculator, typeSpan } from './calculator-helpers';

const pageErrors: Error[] = [];
test.beforeEach(async ({ page }) => {
  pageErrors.length = 0;
  page.on('pageerror', (e) => pageErrors.push(e));
  await openCalculator(page);
});
test.afterEach(() => expect(pageErrors).toEqual([]));

const row2020 = (page: Page) => page.locator('table.year-table tr[data-year="2020"] td');

/** A 3-day public training in 2020, closed: 24 学时 for 2020. */
async function training(page: Page): Promise<Locator> {
  const editor = await addActivity(page, '培训、会议等（按天折算）');
  await editor.getByLabel('参加年份').fill('2020');
  await editor.getByRole('radio', { name: '培训班、研修班、进修班', exact: true }).check();
  await editor.getByRole('radio', { name: '公需科目', exact: true }).check();
  await editor.getByLabel('全天天数（天）').fill('3');
  await finish(editor);
  await expect(row2020(page).nth(0).locator('.figure')).toHaveText('24');
  await page.getByRole('button', { name: /修改\s*第1项/ }).click();
  return page.getByRole('group', { name: /^第1项/ });
}

test.describe('a wrong entry gets a message beside the field and in the summary, and the figures stay', () => {
  for (const [text, message] of [
    ['-2', '不能为负数'],
    ['三天', '请输入数字，如 3'],
    ['1.5', '须为整数；半天请填在“半天次数”中'],
  ] as const) {
    test(`day count “${text}”`, async ({ page }) => {
      const editor = await training(page);
      const days = editor.getByLabel('全天天数（天）');
      await days.fill(text);
      await days.blur();
      await expect(editor.getByText(message)).toBeVisible();
      await expect(days).toHaveAttribute('aria-invalid', 'true');
      const summary = page.getByRole('region', { name: '有 1 处需要修改' });
      const link = summary.getByRole('link', { name: `第1项「全天天数（天）」：${message}` });
      await expect(link).toBeVisible();
      await expect(row2020(page).nth(0).locator('.figure')).toHaveText('24');
      // The summary link takes the user to the field.
      await link.click();
      await expect(days).toBeFocused();
      await days.fill('2');
      await expect(summary).toBeHidden();
      await expect(row2020(page).nth(0).locator('.figure')).toHaveText('16');
    });
  }
});

test('stated hours typed with a decimal comma (31,5) are asked again with the decimal point, never counted', async ({ page }) => {
  await openCalculator(page);
  const editor = await addCourse(page, { year: '2021', source: '网络平台课程等远程教育', subject: '专业科目', hours: '31,5' });
  const hours = editor.getByLabel('证书载明学时');
  await hours.blur();
  await expect(editor.getByText('小数点请用“.”，如 31.5')).toBeVisible();
  await expect(hours).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('table.year-table tr[data-year="2021"] td').nth(1).locator('.figure')).toHaveText('0');
  await hours.press('End');
  await hours.press('Backspace');
  await hours.press('Backspace');
  await hours.pressSequentially('.5', { delay: 60 });
  await finish(editor);
  await expect(page.locator('table.year-table tr[data-year="2021"] td').nth(1).locator('.figure')).toHaveText('31.5');
});

test('more days than a year has (400 typed for 40) are refused beside the field, never counted as 3200 学时 (附件1 二 1)', async ({ page }) => {
  const editor = await training(page);
  const days = editor.getByLabel('全天天数（天）');
  await days.fill('');
  await days.pressSequentially('400', { delay: 60 });
  await days.blur();
  const message = '全天天数与半天次数合计超过2020年的天数（366 天），请核对';
  await expect(editor.getByText(message)).toBeVisible();
  await expect(page.getByRole('region', { name: '有 1 处需要修改' }).getByRole('link', { name: `第1项「全天天数（天）」：${message}` })).toBeVisible();
  await expect(row2020(page).nth(0).locator('.figure')).not.toHaveText('3200');
  // 400 put right as 0, another wrong entry: the line says once that the item counts nothing until put right, not
  // 改正前按修改前的内容计算：本项暂不计入 (two statements at odds, a new user on a phone).
  await days.fill('');
  await days.pressSequentially('0', { delay: 60 });
  await days.blur();
  await expect(editor.getByText('全天天数、半天次数不能都为 0')).toBeVisible();
  await expect(editor.locator('.editor-result')).toHaveText('本项暂不计入：请先改正上面的问题。');
  await days.fill('');
  await days.pressSequentially('40', { delay: 60 });
  await expect(row2020(page).nth(0).locator('.figure')).toHaveText('320');
  await expect(editor.getByText(message)).toHaveCount(0);
});

test('a count typed with a space (1 2) is refused beside the field, never counted as 12 papers; 2 counts 60 学时 (附件1 二 3)', async ({ page }) => {
  const editor = await addActivity(page, '发表论文');
  await editor.getByLabel('发表年份').pressSequentially('2021', { delay: 60 });
  await editor.getByRole('radio', { name: '独立或第一作者', exact: true }).check();
  const count = editor.getByLabel('篇数（篇）');
  await count.pressSequentially('1 2', { delay: 60 });
  await count.blur();
  const message = '数字中间不能有空格，请核对';
  await expect(editor.getByText(message)).toBeVisible();
  await expect(count).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('region', { name: '有 1 处需要修改' }).getByRole('link', { name: `第1项「篇数（篇）」：${message}` })).toBeVisible();
  await expect(page.locator('table.year-table tr[data-year="2021"]')).not.toContainText('360');
  await count.fill('');
  await count.pressSequentially('2', { delay: 60 });
  await finish(editor);
  await expect(editor.getByText(message)).toHaveCount(0);
  await expect(page.locator('table.year-table tr[data-year="2021"] td').nth(1).locator('.figure')).toHaveText('60');
});

test('stated hours with two decimals are refused; one decimal counts (附件1 一 3)', async ({ page }) => {
  const editor = await addActivity(page, '有学时证明的课程');
  await editor.getByLabel('完成年份').fill('2020');
  await editor.getByRole('radio', { name: '网络平台课程等远程教育', exact: true }).check();
  await editor.getByRole('radio', { name: '专业科目', exact: true }).check();
  await editor.getByLabel('证书载明学时').fill('24.5');
  await editor.getByLabel('证书载明学时').blur();
  await expect(row2020(page).nth(1).locator('.figure')).toHaveText('24.5');
  await editor.getByLabel('证书载明学时').fill('24.55');
  await editor.getByLabel('证书载明学时').blur();
  await expect(editor.getByText('最多保留一位小数')).toBeVisible();
  // 24.5 as it stood before the field was changed again.
  await expect(row2020(page).nth(1).locator('.figure')).toHaveText('24.5');
  // 完成 keeps the form open and moves to the field to fix.
  await editor.getByRole('button', { name: '完成' }).click();
  await expect(editor.getByLabel('证书载明学时')).toBeFocused();
});

test('用人单位备案的线下专业培训 answers 科目 with 专业科目 when it is still open (通知 三（一）)', async ({ page }) => {
  const editor = await addActivity(page, '有学时证明的课程');
  await editor.getByRole('radio', { name: '用人单位备案的线下专业培训', exact: true }).press('Space');
  await expect(editor.getByRole('radio', { name: '专业科目', exact: true })).toBeChecked();
  await expect(editor.getByRole('radio', { name: '公需科目', exact: true })).not.toBeChecked();
  await editor.getByLabel('完成年份').pressSequentially('2022', { delay: 40 });
  await editor.getByLabel('证书载明学时').pressSequentially('12', { delay: 40 });
  await finish(editor);
  await expect(page.locator('.activity-list > li').first()).toContainText('2022年 · 专业科目 · 12 学时');
});

test('撤销修改 still puts back the activity as it was after a reload in the middle of a wrong entry', async ({ page }) => {
  await finish(await addCourse(page, { year: '2020', source: '网络平台课程等远程教育', subject: '专业科目', hours: '36' }));
  await expect(row2020(page).nth(1).locator('.figure')).toHaveText('36');
  await page.getByRole('button', { name: /修改\s*第1项/ }).click();
  const again = page.getByRole('group', { name: /^第1项/ });
  const hours = again.getByLabel('证书载明学时');
  await hours.press('ControlOrMeta+a');
  await hours.pressSequentially('32.25', { delay: 60 });
  // The figures count the activity as before the field was touched (36), never 32.2 on the way to 32.25, and say so.
  await expect(row2020(page).nth(1).locator('.figure')).toHaveText('36');
  await expect(page.locator('#calc-summary')).toContainText('第1项有待改正的内容，暂按该项此前的有效内容计算。');
  await expect(page.locator('.save-state')).toContainText('已自动保存到本机');
  await page.reload();
  await expect(page.locator('[data-ready]')).toBeVisible();
  const reopened = page.getByRole('group', { name: /^第1项/ });
  await expect(reopened.getByLabel('证书载明学时')).toHaveValue('32.25');
  await reopened.getByRole('button', { name: '撤销修改' }).click();
  await expect(reopened).toBeHidden();
  await expect(row2020(page).nth(1).locator('.figure')).toHaveText('36');
  await expect(page.locator('#calc-live-summary')).not.toContainText('待改正');
});

test('while a form holds a wrong entry, the results count the activity as before the field was touched, and the span as last valid, and say so', async ({ page }) => {
  const editor = await addActivity(page, '有学时证明的课程');
  await editor.getByLabel('完成年份').pressSequentially('2020', { delay: 50 });
  await editor.getByRole('radio', { name: '网络平台课程等远程教育', exact: true }).check();
  await editor.getByRole('radio', { name: '专业科目', exact: true }).check();
  const hours = editor.getByLabel('证书载明学时');
  await hours.pressSequentially('12', { delay: 80 });
  await hours.press('Tab');
  await expect(row2020(page).nth(1).locator('.figure')).toHaveText('12');
  // Back in the field, 12 becomes 12.25 key by key: 12.2 on the way is never counted.
  await hours.click();
  await hours.press('End');
  await hours.pressSequentially('.25', { delay: 80 });
  await expect(hours).toHaveValue('12.25');
  const note = '第1项有待改正的内容，暂按该项此前的有效内容计算。';
  await expect(page.locator('#calc-summary')).toContainText(note);
  await expect(page.locator('#calc-live-summary')).toContainText('待改正 1 处');
  await expect(row2020(page).nth(1).locator('.figure')).toHaveText('12');
  await expect(editor.locator('.editor-result')).toHaveText(/^改正前按此前的有效内容计算：\s*本项计 12 学时/);
  // Left with the wrong entry: the error summary says the same, not that the item counts for nothing.
  await hours.press('Tab');
  await expect(page.locator('#calc-error-summary > p')).toHaveText('改正前，第1项暂按此前的有效内容计算。');
  await hours.press('End');
  await hours.press('Backspace');
  await expect(page.locator('#calc-summary')).not.toContainText(note);
  await expect(page.locator('#calc-live-summary')).not.toContainText('待改正');
  // The span: an end year before the start keeps the last valid span, and says so until it is put right.
  await page.getByRole('button', { name: '修改起止年份' }).click();
  // The button gives way to the years: focus goes to the first (it fell to the page).
  await expect(page.getByLabel('起始年份')).toBeFocused();
  const to = page.getByLabel('结束年份');
  await to.press('ControlOrMeta+a');
  await to.pressSequentially('2017', { delay: 80 });
  await expect(to).toHaveValue('2017');
  const spanNote = '核认跨度的起止年份有误，暂按修改前的起止年份计算。';
  await expect(page.locator('#calc-summary')).toContainText(spanNote);
  await expect(page.locator('#calc-live-summary')).toContainText('待改正 1 处');
  await to.press('ControlOrMeta+a');
  await to.pressSequentially('2024', { delay: 80 });
  await expect(to).toHaveValue('2024');
  await expect(page.locator('#calc-summary')).not.toContainText(spanNote);
  await expect(page.locator('#calc-live-summary')).not.toContainText('待改正');
});

test('no PDF worksheet while an entry is to be fixed: the button says how many, and makes one once it is put right', async ({ page }) => {
  const editor = await training(page);
  const days = editor.getByLabel('全天天数（天）');
  await days.press('ControlOrMeta+a');
  await days.pressSequentially('2.5', { delay: 80 });
  const button = page.getByRole('button', { name: '下载PDF工作表' });
  let downloads = 0;
  page.on('download', () => downloads++);
  await button.click();
  await expect(page.locator('#calc-pdf-msg')).toHaveText('测算中还有 1 处需要修改（见页面上方的提示），改正后才能生成 PDF 工作表。');
  await expect(page.getByRole('region', { name: '有 1 处需要修改' })).toBeVisible();
  await expect(button).toBeFocused();
  await days.press('End');
  await days.press('Backspace');
  await days.press('Backspace');
  await expect(days).toHaveValue('2');
  const download = page.waitForEvent('download');
  await button.click();
  await download;
  await expect(page.locator('#calc-pdf-msg')).toHaveText('PDF 工作表已生成并开始下载。');
  expect(downloads).toBe(1);
  // Focus stays where the person pressed (the button was disabled while the PDF was made, and focus fell to the page).
  await expect(button).toBeFocused();
});

test('a 外观设计专利 is said to count nothing as soon as it is chosen, before the rank is filled in (附件1 二 4)', async ({ page }) => {
  const editor = await addActivity(page, '获得专利');
  await editor.getByLabel('授权年份').pressSequentially('2022', { delay: 60 });
  await editor.getByRole('radio', { name: '外观设计专利', exact: true }).check();
  await expect(editor.locator('.editor-result')).toHaveText('未完成 本项将计 0 学时：本通知折算细则只列发明专利和实用新型专利，外观设计专利不予折算。');
  // Said also right under the choice, where the person is (the form's last line is a screen further down on a phone).
  const note = editor.getByRole('group', { name: /专利类型/ }).locator('xpath=following-sibling::p[1]');
  await expect(note).toHaveText('选此项，本项计 0 学时：本通知折算细则只列发明专利和实用新型专利，外观设计专利不予折算。');
  const [choice, said] = await Promise.all([editor.getByRole('radio', { name: '外观设计专利', exact: true }).boundingBox(), note.boundingBox()]);
  expect((said?.y ?? 1e4) - (choice?.y ?? 0), 'the note is just under the choice').toBeLessThan(120);
  await editor.getByRole('radio', { name: '发明专利', exact: true }).check();
  await expect(editor.locator('.editor-result')).toHaveText('未完成 本项填写完整后计入测算，此前不影响任何数字。');
  await expect(editor.locator('.choice-note')).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('修改起止年份, then the years tapped and typed, replace the notice’s span instead of going after it (通知 二); a year half typed and reloaded is kept, and typed on', async ({ page }) => {
    // Tapped and typed, 2022 went after 2019: 20192022 (a new user's check, applying in 2027).
    await openCalculator(page);
    await page.getByRole('button', { name: '修改起止年份' }).tap();
    const from = page.getByLabel('起始年份');
    const to = page.getByLabel('结束年份');
    await expect(from).toHaveValue('2019');
    await from.tap();
    await from.pressSequentially('2022', { delay: 80 });
    await to.tap();
    await to.pressSequentially('2026', { delay: 80 });
    await expect(from).toHaveValue('2022');
    await expect(to).toHaveValue('2026');
    await expect(page.locator('#calc-live-summary')).not.toContainText('待改正');
    // Half typed, then reloaded: focus comes back with the caret after 20, and the next keys go after it.
    await from.tap();
    await to.tap();
    await to.pressSequentially('20', { delay: 80 });
    await expect(to).toHaveValue('20');
    await page.reload();
    await expect(page.locator('[data-ready]')).toBeVisible();
    await expect(to).toHaveValue('20');
    await expect(to).toBeFocused();
    await page.keyboard.type('25', { delay: 80 });
    await expect(to).toHaveValue('2025');
    await expect(page.getByText('2022～2025 年', { exact: true }).first()).toBeAttached();
  });

  test('switching 政策年度 keeps the tapped choice under the finger while messages appear above it', async ({ page }) => {
    await openCalculator(page);
    const editor = await addCourse(page, { year: '2021', source: '湖南省事业单位工作人员培训（限事业单位专业技术人员）', subject: '专业科目', hours: '12', tap: true });
    await editor.getByRole('button', { name: '完成' }).tap();
    const choice = page.getByRole('radio', { name: /湘人社函〔2020〕11号/ });
    await choice.scrollIntoViewIfNeeded();
    const before = (await choice.boundingBox())!.y;
    await choice.tap();
    await expect(page.locator('#calc-round-note')).toContainText('已改按湘人社函〔2020〕11号测算');
    // The tables name 2020's unit without brackets in brackets (（单位：学时（分））: an HR officer's check).
    await expect(page.getByRole('table', { name: '各年度学时与要求，单位：学时（分）', exact: true })).toBeAttached();
    // The other round refuses that course source: a message at the top, above the choice.
    await expect(page.getByRole('region', { name: /处需要修改/ })).toBeAttached();
    expect(Math.abs((await choice.boundingBox())!.y - before)).toBeLessThan(3);
    await expect(page.locator('#calc-round-note')).toBeInViewport();
  });

  test('years typed for 2020, which gives 中级 no span, come back after a look at 2024 and back (通知 二)', async ({ page }) => {
    // A look at the other round and back emptied both years, with 请填写起止年份 in red (a new user's check).
    await openCalculator(page, '/calculator/', false);
    await page.getByRole('radio', { name: /湘人社函〔2020〕11号/ }).tap();
    await page.getByRole('radio', { name: '中级' }).tap();
    await page.getByRole('radio', { name: '大学本科' }).tap();
    await page.getByLabel('起始年份').pressSequentially('2016', { delay: 60 });
    await page.getByLabel('结束年份').pressSequentially('2019', { delay: 60 });
    await page.getByLabel('结束年份').press('Tab');
    await expect(page.locator('table.year-table tr[data-year="2016"]')).toBeVisible();
    await page.getByRole('radio', { name: /株人社函〔2024〕5号/ }).tap();
    await expect(page.locator('#calc-round-note')).toHaveText('已改按株人社函〔2024〕5号测算：核认跨度 2020～2023 年（按申报信息确定；此前填写的 2016～2019 年未沿用）。');
    // A reload in between keeps them too (they were kept in the page only).
    await page.reload();
    await expect(page.locator('[data-ready]')).toBeVisible();
    await page.getByRole('radio', { name: /湘人社函〔2020〕11号/ }).tap();
    await expect(page.locator('#calc-round-note')).toHaveText('已改按湘人社函〔2020〕11号测算：核认跨度 2016～2019 年（已恢复此前填写的起止年份）。');
    await expect(page.getByLabel('起始年份')).toHaveValue('2016');
    await expect(page.getByLabel('结束年份')).toHaveValue('2019');
    await expect(page.locator('table.year-table tr[data-year="2016"]')).toBeVisible();
    await expect(page.locator('#calc-error-summary')).toHaveCount(0);
    // Years typed that 2024 gives too are not said to be left out (此前填写的 2020～2023 年未沿用 under 2020～2023).
    await page.getByLabel('起始年份').fill('');
    await page.getByLabel('起始年份').pressSequentially('2020', { delay: 60 });
    await page.getByLabel('结束年份').fill('');
    await page.getByLabel('结束年份').pressSequentially('2023', { delay: 60 });
    await page.getByLabel('结束年份').press('Tab');
    await page.getByRole('radio', { name: /株人社函〔2024〕5号/ }).tap();
    await expect(page.locator('#calc-round-note')).toHaveText('已改按株人社函〔2024〕5号测算：核认跨度 2020～2023 年。');
  });

  test('a course stating more hours than the year asks in all is said to be checked beside its hours, and still counts (通知 一（二）)', async ({ page }) => {
    // 1000 typed for 10 made 2021 达标 without a word (a new user's check).
    await openCalculator(page);
    const editor = await addCourse(page, { year: '2021', source: '网络平台课程等远程教育', subject: '专业科目', hours: '1000', tap: true });
    const hours = editor.getByLabel('证书载明学时');
    await hours.press('Tab');
    const message = '证书载明 1000 学时，多于该年度应达到的 90 学时，请核对';
    await expect(editor.locator(`#${await hours.getAttribute('id')}-msg`)).toHaveText(`请注意：${message}`);
    await expect(hours).toHaveAttribute('aria-describedby', new RegExp(`${await hours.getAttribute('id')}-msg`));
    await expect(page.locator('table.year-table tr[data-year="2021"] td').nth(2).locator('.figure')).toHaveText('1000');
    await editor.getByRole('button', { name: '完成' }).tap();
    await expect(editor).toBeHidden();
    await expect(page.locator('.activity-list > li').first().locator('.message.warning')).toHaveText(message);
  });
});

test('the floating summary counts places to fix as the error summary at the top does, and 未完成 only for forms with nothing to fix', async ({ page }) => {
  const paper = await addActivity(page, '发表论文');
  await paper.getByLabel('发表年份').pressSequentially('1899', { delay: 60 });
  await paper.getByLabel('发表年份').press('Tab');
  await expect(page.getByRole('region', { name: '有 1 处需要修改' })).toBeVisible();
  const live = page.locator('#calc-live-summary');
  await expect(live).toContainText('待改正 1 处');
  await expect(live).not.toContainText('未完成');
  await expect(paper.locator('.editor-result')).toHaveText('待改正 本项改正后计入测算，此前不影响任何数字。');
  // The results call it what the form calls it (it said 尚未填写完整（未完成） of the same item).
  // Named by number: an activity still in its form is in no table (a printout said only 另有 1 项: a new user's check).
  await expect(page.locator('#calc-summary')).toContainText('另有 1 项活动有问题待修改，暂未计入（第1项）。');
  await expect(page.locator('#calc-summary')).not.toContainText('未完成');
  await addActivity(page, '获得专利');
  await expect(live).toContainText('未完成 1 项');
  await expect(live).toContainText('待改正 1 处');
  await expect(page.locator('#calc-summary')).toContainText('另有 1 项活动尚未填写完整（未完成），暂未计入（第2项）。');
  // A worksheet waits for both: the refusal says an unfilled activity can also go.
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  const heading = (await page.locator('#calc-error-summary-heading').textContent()) ?? '';
  const count = /^有 (\d+) 处需要修改$/.exec(heading)?.[1];
  expect(Number(count)).toBeGreaterThan(1);
  await expect(page.locator('#calc-pdf-msg')).toHaveText(`测算中还有 ${count} 处需要修改（见页面上方的提示），改正（未填完的活动也可取消添加）后才能生成 PDF 工作表。`);
  await expect(live).toContainText(`待改正 ${count} 处`);
});

test('switching 政策年度 says beside it what changed: the span, and the activities now outside it', async ({ page }) => {
  await training(page);
  await page.getByRole('button', { name: '完成' }).click();
  await page.getByRole('radio', { name: /湘人社函〔2020〕11号/ }).check();
  await expect(page.locator('#calc-round-note')).toHaveText('已改按湘人社函〔2020〕11号测算：核认跨度 2015～2019 年；1 项活动不在此跨度内，不计入。');
  await page.getByRole('radio', { name: /株人社函〔2024〕5号/ }).check();
  await expect(page.locator('#calc-round-note')).toHaveText('已改按株人社函〔2024〕5号测算：核认跨度 2019～2023 年。');
  // Once 中级 makes the span 2020～2023, the note no longer holds and goes; the span box says the new span.
  await page.getByRole('radio', { name: '中级' }).check();
  await expect(page.locator('.span-value')).toContainText('2020～2023 年');
  await expect(page.locator('#calc-round-note')).toHaveText('');
  // The span is said to be that year's, in the notice's words (通知 二: 2024 年度参评…核认跨度为…): a person applying
  // in a later year took it for theirs.
  const basis = page.locator('#calc-span .hint').filter({ hasText: '依据' });
  await expect(basis).toHaveText('依据：2024年度参评中级职称（通知 二）。其他年度参评的，请以当年通知为准，可修改起止年份。');
  await expect(page.locator('.results .statement')).toContainText('核认跨度为 2020～2023 年（2024年度参评中级职称，通知 二）。');
  // A span's years stay on one line (2020～ / 2023 年 on a phone).
  await expect(page.locator('.span-value .span-years')).toHaveCSS('white-space', 'nowrap');
  await expect(page.locator('.results .statement .span-years')).toHaveText('2020～2023 年');
  // And while the years are edited, which is when it matters.
  await page.getByRole('button', { name: '修改起止年份' }).click();
  await expect(page.locator('#calc-span .hint').filter({ hasText: '按通知' })).toHaveText('按通知，2024年度参评中级职称为 2020～2023 年（通知 二）。其他年度参评的，请以当年通知为准。');
  await page.getByRole('button', { name: /恢复按申报信息自动确定/ }).click();
  // What 医学类 changes under each round (only 2020 sets a span for it): ticked under 2024 it changed nothing unsaid.
  const medical = page.getByLabel('申报医学类职称');
  await expect(medical).toHaveAccessibleDescription('本通知对医学类未作另外规定，勾选与否不影响测算。');
  // 中小学教师 likewise: 2024 says 参照执行 (通知 二); 2020 says nothing of them, and showed 2024's sentence (a doctor's walk).
  const teacher = page.getByLabel('中小学教师');
  await expect(teacher).toHaveAccessibleDescription('中小学教师参照本通知执行。');
  await page.getByRole('radio', { name: /湘人社函〔2020〕11号/ }).check();
  await expect(medical).toHaveAccessibleDescription('本通知对2020年度硕士参评医学类副高级职称另定核认跨度（通知 三）。');
  await expect(teacher).toHaveAccessibleDescription('本通知对中小学教师未作另外规定，勾选与否不影响测算。');
  await page.getByRole('radio', { name: '副高级' }).check();
  await expect(basis).toHaveText('依据：2020年度参评高级职称（通知 三）。其他年度参评的，请以当年通知为准，可修改起止年份。');
});

test('an impossible date and an end before the start are refused; the last valid dates still count', async ({ page }) => {
  const editor = await addActivity(page, '“三援”、东西部扶贫协作等特定工作任务');
  await editor.getByRole('radio', { name: '援藏', exact: true }).check();
  await editor.getByLabel('开始日期').fill('2022-02-30');
  await editor.getByLabel('开始日期').blur();
  await expect(editor.getByText('日期不存在：2022年2月没有30日')).toBeVisible();
  await editor.getByLabel('开始日期').fill('2022-03-01');
  await editor.getByLabel('结束日期').fill('2022-08-31');
  await editor.getByLabel('考核合格').check();
  const verdict2022 = page.locator('table.year-table tr[data-year="2022"] td.verdict');
  await expect(verdict2022).toContainText('视为达标');
  await editor.getByLabel('结束日期').fill('2021-08-31');
  await editor.getByLabel('结束日期').blur();
  await expect(editor.getByText('结束日期不能早于开始日期')).toBeVisible();
  await expect(page.getByRole('region', { name: '有 1 处需要修改' })).toContainText('第1项「结束日期」：结束日期不能早于开始日期');
  await expect(verdict2022).toContainText('视为达标');
});

test('the activity list says why an item scores nothing, and that a task over several years meets each of them (附件1 二 7)', async ({ page }) => {
  const task = await addActivity(page, '“三援”、东西部扶贫协作等特定工作任务');
  await task.getByRole('radio', { name: '援藏', exact: true }).check();
  await task.getByLabel('开始日期').pressSequentially('2022-03-01', { delay: 40 });
  await task.getByLabel('结束日期').pressSequentially('2022-08-31', { delay: 40 });
  await finish(task);
  const first = page.locator('.activity').first();
  await expect(first.locator('.activity-meta')).toContainText('不予折算');
  await expect(first.locator('.activity-reason')).toHaveText('未考核合格的，不予折算。');
  const long = await addActivity(page, '“三援”、东西部扶贫协作等特定工作任务');
  await long.getByRole('radio', { name: '援疆', exact: true }).check();
  await long.getByLabel('开始日期').pressSequentially('2019-09-01', { delay: 40 });
  await long.getByLabel('结束日期').pressSequentially('2021-04-30', { delay: 40 });
  await long.getByLabel('考核合格').check();
  await finish(long);
  const second = page.locator('.activity').nth(1);
  await expect(second.locator('.activity-meta')).toContainText('各年度均视为完成');
  await expect(second.locator('.activity-reason')).toHaveCount(0);
});

test('a year outside the span is listed beside the field and in the summary, and not counted', async ({ page }) => {
  const editor = await training(page);
  await editor.getByLabel('参加年份').fill('2015');
  await editor.getByLabel('参加年份').blur();
  await expect(editor.locator('.message.warning')).toHaveText('请注意：2015年不在核认跨度（2019～2023年）内，不计入。');
  await expect(page.getByRole('region', { name: '请核对以下内容' })).toContainText('第1项「参加年份」：2015年不在核认跨度');
  await expect(row2020(page).nth(0).locator('.figure')).toHaveText('0');
  // Completed, the row in the list says it once (its line had also said 不在核认跨度内，不计入).
  await finish(editor);
  const row = page.locator('.activity-list > li').first();
  await expect(row).toContainText('2015年不在核认跨度（2019～2023年）内，不计入。');
  expect(((await row.innerText()).match(/不在核认跨度/g) ?? []).length).toBe(1);
  // The results say it beside the year table, which lists only the span's years.
  await expect(page.locator('#calc-summary')).toContainText('另有 1 项活动的年份不在核认跨度内，不计入任何年度（见逐项明细）。');
});

test('an assignment partly before the span says which year is left out, as no warning, in the list and the 逐项明细 (附件1 二 7)', async ({ page }) => {
  const posting = await addActivity(page, '“三援”、东西部扶贫协作等特定工作任务');
  await posting.getByRole('radio', { name: '援藏', exact: true }).check();
  await posting.getByLabel('开始日期').pressSequentially('2018-07-01', { delay: 40 });
  await posting.getByLabel('结束日期').pressSequentially('2019-12-31', { delay: 40 });
  await posting.getByLabel('考核合格').check();
  await posting.getByLabel('结束日期').blur();
  // Nothing to put right: it stood as a warning under 结束日期, though the year left out is the start's.
  await expect(posting.locator('.message')).toHaveCount(0);
  await expect(page.getByRole('region', { name: '请核对以下内容' })).toHaveCount(0);
  await expect(posting.locator('.editor-result')).toHaveText('超过1年，2018～2019年每年视为完成继续教育90学时；2018年不在核认跨度（2019～2023年）内，不计入。');
  await finish(posting);
  const row = page.locator('.activity-list > li').first();
  await expect(row.locator('.activity-meta')).toHaveText('2019年 · 该年度视为完成');
  await expect(row.locator('.activity-reason')).toHaveText('2018年不在核认跨度（2019～2023年）内，不计入。');
  await expect(row.locator('.message')).toHaveCount(0);
  await expect(page.locator('table.year-table tr[data-year="2019"] td').last()).toContainText('视为达标');
  await expect(page.locator('#calc-summary')).not.toContainText('不在核认跨度');
  await expect(page.locator('table.item-table tbody tr').first().locator('td[data-label="说明"]')).toContainText('超过1年，2018～2019年每年视为完成继续教育90学时；2018年不在核认跨度（2019～2023年）内，不计入。');
  // 计算过程 says it as the year table's — does: 合计 0 学时 beside 视为达标 read as a contradiction.
  await expect(page.getByRole('heading', { name: '2019 年：视为完成', exact: true })).toBeAttached();
  await expect(page.getByRole('heading', { name: '2020 年：合计 0 学时', exact: true })).toBeAttached();
});

test('2020 中级 (no span in 湘人社函〔2020〕11号 三): asked for calmly, an error only once the span field has been left empty', async ({ page }) => {
  await page.getByRole('radio', { name: /湘人社函〔2020〕11号/ }).check();
  await page.getByRole('radio', { name: '中级', exact: true }).check();
  const from = page.getByLabel('起始年份');
  await expect(from).toBeVisible();
  await expect(page.getByText('通知未给出核认跨度，请按单位或主管部门的要求填写起止年份。')).toBeVisible();
  await expect(page.getByRole('region', { name: /处需要修改/ })).toHaveCount(0);
  await expect(page.locator('#calc-span-from-msg')).toHaveCount(0);
  await from.focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#calc-span-from-msg')).toContainText('通知未给出核认跨度，请填写起止年份');
  await expect(page.getByRole('region', { name: '有 1 处需要修改' })).toBeVisible();
  await from.pressSequentially('2015', { delay: 60 });
  await page.getByLabel('结束年份').pressSequentially('2019', { delay: 60 });
  await expect(page.getByRole('region', { name: /处需要修改/ })).toHaveCount(0);
  await expect(page.locator('table.year-table tbody tr')).toHaveCount(5);
});

test('an impossible span override keeps the span; 恢复 goes back to the rule (通知 二)', async ({ page }) => {
  await page.getByRole('button', { name: '修改起止年份' }).click();
  await page.getByLabel('结束年份').fill('2017');
  await page.getByLabel('结束年份').blur();
  await expect(page.locator('#calc-span-to-msg')).toHaveText('错误：结束年份不能早于起始年份');
  await expect(page.getByRole('link', { name: '核认跨度「结束年份」：结束年份不能早于起始年份' })).toBeVisible();
  await expect(page.locator('table.year-table tbody tr')).toHaveCount(5);
  await page.getByLabel('结束年份').fill('2024');
  await expect(page.locator('table.year-table tbody tr')).toHaveCount(6);
  await page.getByRole('button', { name: /恢复按申报信息自动确定/ }).click();
  await expect(page.locator('.span-value')).toContainText('2019～2023 年');
});

test('with the keyboard alone, 恢复按申报信息自动确定 gives focus to 修改起止年份, which takes it back to the years (通知 二)', async ({ page }) => {
  await page.getByRole('button', { name: '修改起止年份' }).focus();
  await page.keyboard.press('Enter');
  const to = page.getByLabel('结束年份');
  await expect(page.getByLabel('起始年份')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(to).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2024', { delay: 60 });
  await expect(page.locator('table.year-table tbody tr')).toHaveCount(6);
  const restore = page.getByRole('button', { name: /恢复按申报信息自动确定/ });
  await restore.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.span-value')).toContainText('2019～2023 年');
  // The button pressed went away; focus is not left on the page but on what took its place.
  const edit = page.getByRole('button', { name: '修改起止年份' });
  await expect(edit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('起始年份')).toBeFocused();
});

test('a span year cleared key by key is an error once left, and the figures say they use the span from before the change, also after a reload', async ({ page }) => {
  await page.getByRole('button', { name: '修改起止年份' }).click();
  const to = page.getByLabel('结束年份');
  await to.press('ControlOrMeta+a');
  await to.pressSequentially('2024', { delay: 60 });
  await expect(page.locator('table.year-table tbody tr')).toHaveCount(6);
  for (let i = 0; i < 4; i++) await to.press('Backspace', { delay: 60 });
  await expect(to).toHaveValue('');
  await to.press('Tab');
  await expect(page.locator('#calc-span-to-msg')).toHaveText('错误：请填写结束年份');
  const spanNote = '核认跨度的起止年份有误，暂按修改前的起止年份计算。';
  await expect(page.locator('#calc-summary')).toContainText(spanNote);
  // Before the change: the notice's 2019～2023, not 2019～2024 passed through while typing.
  await expect(page.locator('table.year-table tbody tr')).toHaveCount(5);
  await expect(page.locator('#calc-live-summary')).toContainText('待改正 1 处');
  await expect(page.locator('.save-state')).toContainText('已自动保存到本机');
  await page.reload();
  await expect(page.locator('[data-ready]')).toBeVisible();
  await expect(page.getByLabel('结束年份')).toHaveValue('');
  await expect(page.locator('#calc-summary')).toContainText(spanNote);
  await expect(page.locator('#calc-live-summary')).toContainText('待改正 1 处');
});

test('start and end typed over the wrong way round: the figures keep the span from before, not one passed through while typing (通知 二)', async ({ page }) => {
  // 副高级, 大学本科: the notice's span is 2019～2023; 2020 has its 《学时认定单》.
  await page.getByRole('checkbox', { name: '2020 年' }).check();
  await page.getByRole('button', { name: '修改起止年份' }).click();
  const from = page.getByLabel('起始年份');
  const to = page.getByLabel('结束年份');
  await expect(from).toBeFocused();
  await from.press('ControlOrMeta+a');
  await from.pressSequentially('2023', { delay: 60 });
  // 2023～2023 is a span while the person is on the way to the end year.
  await expect(page.locator('table.year-table tbody tr')).toHaveCount(1);
  await from.press('Tab');
  await expect(to).toBeFocused();
  await to.press('ControlOrMeta+a');
  await to.pressSequentially('2019', { delay: 60 });
  await to.press('Tab');
  await expect(page.locator('#calc-span-to-msg')).toHaveText('错误：结束年份不能早于起始年份');
  await expect(page.locator('#calc-summary')).toContainText('核认跨度的起止年份有误，暂按修改前的起止年份计算。');
  await expect(page.locator('table.year-table tbody tr')).toHaveCount(5);
  await expect(page.locator('table.year-table tr[data-year="2020"] td.verdict')).toContainText('视为达标');
  await expect(page.getByText('不在核认跨度')).toHaveCount(0);
  // Put right, the span typed counts.
  await to.press('ControlOrMeta+a');
  await to.pressSequentially('2024', { delay: 60 });
  await expect(page.locator('#calc-summary')).not.toContainText('暂按修改前的起止年份计算');
  await expect(page.locator('table.year-table tbody tr')).toHaveCount(2);
});

test('a span year or an 已认定 year later than this year is a warning beside the field and in the summary; the figures still use it', async ({ page }) => {
  // This year comes from the visitor's clock (in Beijing), not from the build.
  await page.clock.setFixedTime(new Date('2026-06-01T09:00:00+08:00'));
  await openCalculator(page);
  const { to } = await typeSpan(page, { to: '2030' });
  await expect(page.locator('table.year-table tbody tr')).toHaveCount(12);
  // Nothing is said while the person is still typing.
  await expect(page.locator('#calc-span-to-msg')).toHaveCount(0);
  await to.blur();
  const warning = '2030年晚于今年（2026年），请核对';
  await expect(page.locator('#calc-span-to-msg')).toHaveText(`请注意：${warning}`);
  const summary = page.getByRole('region', { name: '请核对以下内容' });
  await expect(summary).toContainText(`核认跨度「结束年份」：${warning}`);
  await page.getByRole('checkbox', { name: '2030 年' }).check();
  await expect(page.locator('#calc-covered-msg')).toHaveText(`请注意：${warning}`);
  await expect(summary).toContainText(`已认定年度：${warning}`);
  await expect(page.locator('table.year-table tr[data-year="2030"] td.verdict')).toContainText('视为达标');
});

test('a short year of the span later than this year is 尚未开始, not 未达标, in the summary, the year table and the floating summary (a new user: 2027 counted among the 未达标 years on 2026-12-07)', async ({ page }) => {
  // This year is the visitor's (in Beijing): 2027 and 2028 have not begun; 2026 has, and is 未达标.
  await page.clock.setFixedTime(new Date('2026-12-07T09:00:00+08:00'));
  await openCalculator(page);
  await typeSpan(page, { from: '2024', to: '2028' });
  await expect(page.locator('table.year-table tbody tr')).toHaveCount(5);
  // This year among the 未达标 ones says it is running (a teacher read 2026 as failed like 2024, on 2026-12-07).
  await expect(page.locator('#calc-summary')).toContainText('核认跨度内 5 个年度中：达标 0 个，未达标 3 个（2024、2025、2026 年，2026 年尚未结束），尚未开始 2 个（2027、2028 年）。');
  // The years after the notice's own (2024) are measured by it, as the worksheet says (on paper only before).
  await expect(page.getByRole('region', { name: '测算结果' })).toContainText('核认跨度为 2024～2028 年（按您填写的起止年份）；2025～2028年晚于本通知的年度（2024年度），按本通知的要求测算。');
  // Each year's need is still given: what the plan will take (通知 一（二）: 公需 30, 专业 60 a year).
  await expect(page.locator('table.year-table tr[data-year="2027"] td.verdict')).toHaveText(/^\s*尚未开始：还需公需科目 30、专业科目 60 学时，共 90 学时/);
  // This year is 未达标 and says it is not over (two re-checks: it read like the years gone by).
  await expect(page.locator('table.year-table tr[data-year="2026"] td.verdict')).toHaveText(/^\s*未达标（本年度尚未结束）：还需/);
  await expect(page.locator('table.year-table tr[data-year="2025"] td.verdict')).toHaveText(/^\s*未达标：还需/);
  // Not coloured as a failure (a re-check): its 差 in the muted text colour, 2026's in the error colour.
  const gapColour = (year: number) => page.locator(`table.year-table tr[data-year="${year}"] .gap`).first().evaluate((e) => getComputedStyle(e).color);
  expect(await gapColour(2027)).not.toBe(await gapColour(2026));
  await expect(page.locator('table.year-table tr[data-year="2027"] td.verdict strong')).not.toHaveClass(/bad/);
  await expect(page.locator('#calc-live-summary')).toContainText('未达标 3');
  await expect(page.locator('#calc-live-summary')).toContainText('尚未开始 2');
});

test('an activity’s year later than this year is a warning beside its year once left, and in the summary (a new user: 2030 typed for 2023 was taken without a word)', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-07T09:00:00+08:00'));
  const editor = await addActivity(page, '有学时证明的课程');
  await editor.getByRole('radio', { name: '用人单位备案的线下专业培训', exact: true }).check();
  await editor.getByLabel('证书载明学时').pressSequentially('16', { delay: 80 });
  const year = editor.getByLabel('完成年份');
  await year.pressSequentially('2030', { delay: 80 });
  await expect(editor.getByText(/晚于今年/)).toHaveCount(0);
  await year.blur();
  const warning = '2030年晚于今年（2026年），请核对';
  await expect(editor.locator('[id$="-year-msg"]')).toContainText(warning);
  await expect(page.getByRole('region', { name: '请核对以下内容' })).toContainText(`第1项「完成年份」：2030年不在核认跨度（2019～2023年）内，不计入。${warning}`);
  // Put right: the warning goes.
  await year.press('ControlOrMeta+a');
  await year.pressSequentially('2023', { delay: 80 });
  await year.blur();
  await expect(page.getByText(/晚于今年/)).toHaveCount(0);
});

test('the 形式 of a training says where a training with hours on its certificate goes: 有学时证明的课程 (通知 三（一）; a new user entered a 5-day base training by the day)', async ({ page }) => {
  const editor = await addActivity(page, '培训、会议等（按天折算）');
  const format = editor.getByRole('group', { name: '形式' });
  await expect(format).toContainText('证书上载明学时的基地培训、单位备案培训，请改选“有学时证明的课程”（通知 三（一））。');
});

test('a required choice left out is asked for by name when 完成 is pressed', async ({ page }) => {
  const editor = await addActivity(page, '获得专利');
  await editor.getByLabel('授权年份').fill('2023');
  await editor.getByRole('button', { name: '完成' }).click();
  const summary = page.getByRole('region', { name: /处需要修改/ });
  await expect(summary).toContainText('请选择专利类型');
  await expect(summary).toContainText('请填写专利证书排名');
  await expect(editor.getByRole('radio', { name: '发明专利' })).toBeFocused();
});

test('switching round flags a choice the other notice does not offer; its summary link opens the activity', async ({ page }) => {
  const editor = await addActivity(page, '有学时证明的课程');
  await editor.getByLabel('完成年份').fill('2021');
  await editor.getByRole('radio', { name: '湖南省事业单位工作人员培训（限事业单位专业技术人员）', exact: true }).check();
  await editor.getByRole('radio', { name: '专业科目', exact: true }).check();
  await editor.getByLabel('证书载明学时').fill('12');
  await finish(editor);
  await page.getByRole('radio', { name: /湘人社函〔2020〕11号/ }).check();
  const link = page.getByRole('link', { name: '第1项「课程来源」：所选课程来源不在本通知的选项中，请重新选择' });
  await expect(link).toBeVisible();
  // The item counts for nothing now: both summaries say so (the error summary had said 保持上一次的有效值).
  await expect(page.locator('#calc-error-summary > p')).toHaveText('有问题的内容改正前暂不计入测算结果。');
  await expect(page.locator('#calc-summary')).toContainText('另有 1 项活动有问题待修改，暂未计入（第1项）。');
  await link.click();
  const reopened = page.getByRole('group', { name: /^第1项/ });
  await expect(reopened.getByRole('radio', { name: '网络平台课程等远程教育' })).toBeFocused();
  await reopened.getByRole('radio', { name: '网络平台课程等远程教育' }).check();
  await expect(link).toBeHidden();
});

test('a year field’s example is a year the chosen round counts: 如 2023 under 2024, 如 2019 under 2020 (通知 二)', async ({ page }) => {
  const editor = await addActivity(page, '发表论文');
  const year = editor.getByLabel('发表年份');
  await expect(editor.getByText('四位数字，如 2023')).toBeVisible();
  await page.getByRole('radio', { name: /湘人社函〔2020〕11号/ }).check();
  await expect(editor.getByText('四位数字，如 2019')).toBeVisible();
  await year.pressSequentially('20', { delay: 60 });
  await year.blur();
  await expect(editor.getByText('请填写四位数字的年份，如 2019')).toBeVisible();
});
