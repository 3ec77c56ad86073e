/** Helpers for the calculator end-to-end tests: drive the page as a person would, by labels and roles. */
import { expect, type Locator, type Page } from '@playwright/test';
import { calculate, formatHours, parseDraft, yearNeed, type CalculationResult, type DraftInput } from '../../src/lib/rules';

/**
 * Opens the calculator and waits until the island has read the stored drafts. Unless `choose` is false, answers
 * the two questions every case needs (a 副高级 applicant with a 大学本科 degree), as the person would by clicking.
 */
export async function openCalculator(page: Page, path = '/calculator/', choose = true): Promise<void> {
  await page.goto(path);
  await expect(page.locator('[data-ready]')).toBeVisible();
  if (!choose) return;
  await page.getByRole('radio', { name: '副高级' }).check();
  await page.getByRole('radio', { name: '大学本科' }).check();
}

/** Opens 草稿管理 (new, rename, copy, delete, export, import, the list of drafts) if it is closed. */
/**
 * Opens 修改起止年份 and types the span's years over what is there, key by key (a year left undefined is not typed).
 * Returns the two fields.
 */
export async function typeSpan(page: Page, span: { from?: string; to?: string }): Promise<{ from: Locator; to: Locator }> {
  await page.getByRole('button', { name: '修改起止年份' }).click();
  const fields = { from: page.getByLabel('起始年份'), to: page.getByLabel('结束年份') };
  for (const key of ['from', 'to'] as const) {
    const year = span[key];
    if (year === undefined) continue;
    await fields[key].press('ControlOrMeta+a');
    await fields[key].pressSequentially(year, { delay: 60 });
  }
  return fields;
}

export async function draftTools(page: Page): Promise<Locator> {
  const tools = page.locator('details.draft-tools');
  if (!(await tools.evaluate((d) => (d as HTMLDetailsElement).open))) await page.getByText(/^草稿管理/).click();
  return tools;
}

/** Adds an activity of the given form (its label in the rule set) and returns its open form. */
export async function addActivity(page: Page, kindLabel: string): Promise<Locator> {
  await page.getByLabel('添加活动').selectOption({ label: kindLabel });
  await page.getByRole('button', { name: '添加', exact: true }).click();
  const editor = page.getByRole('group', { name: new RegExp(`^第\\d+项：${kindLabel.replace(/[()（）]/g, '.')}$`) }).last();
  await expect(editor).toBeVisible();
  return editor;
}

/**
 * Adds a 有学时证明的课程 as a person does: 完成年份 and 证书载明学时 typed key by key, 课程来源 and 科目 chosen (tapped
 * with `tap`, as on a phone; clicked otherwise). Returns its form, still open.
 */
export async function addCourse(
  page: Page,
  course: { year: string; source: string; subject: '公需科目' | '专业科目'; hours: string; tap?: boolean },
): Promise<Locator> {
  const editor = await addActivity(page, '有学时证明的课程');
  const choose = (radio: Locator) => (course.tap ? radio.tap() : radio.check());
  await editor.getByLabel('完成年份').pressSequentially(course.year, { delay: 50 });
  await choose(editor.getByRole('radio', { name: course.source, exact: true }));
  await choose(editor.getByRole('radio', { name: course.subject, exact: true }));
  await editor.getByLabel('证书载明学时').pressSequentially(course.hours, { delay: 50 });
  return editor;
}

/** Adds a 发表论文 as 独立或第一作者 in `year` (titled `title` if given) and completes it: 30 学时 in 2024's rules. */
export async function addPaper(page: Page, year: string, title?: string): Promise<void> {
  const editor = await addActivity(page, '发表论文');
  await editor.getByLabel('发表年份').fill(year);
  if (title !== undefined) await editor.getByLabel('名称（选填）').fill(title);
  await editor.getByRole('radio', { name: '独立或第一作者' }).check();
  await finish(editor);
}

/** Presses 完成 and checks that the form closed (nothing left to fix). */
export async function finish(editor: Locator): Promise<void> {
  await editor.getByRole('button', { name: '完成' }).click();
  await expect(editor).toBeHidden();
}

/** The engine's result for a draft, to compare the page's figures with. */
export function expected(input: DraftInput): CalculationResult {
  const parsed = parseDraft(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return calculate(parsed.draft);
}

/** Checks every year row of the results table against the engine: figures, and each shortfall. */
export async function expectYearTable(page: Page, result: CalculationResult): Promise<void> {
  const table = page.locator('table.year-table');
  await expect(table.locator('tbody tr')).toHaveCount(result.years.length);
  for (const y of result.years) {
    const row = table.locator(`tr[data-year="${y.year}"]`);
    const cells = row.locator('td');
    // A year met by a rule with no hours of its own shows — (0 beside 视为达标 read as 0 of 90).
    const shown = (hours: number) => (y.metInFull && y.total === 0 ? '—' : formatHours(hours));
    await expect(cells.nth(0).locator('.figure')).toHaveText(shown(y.public));
    await expect(cells.nth(1).locator('.figure')).toHaveText(shown(y.professional));
    await expect(cells.nth(2).locator('.figure')).toHaveText(shown(y.total));
    const gap = (part: { met: boolean; shortfall: number } | null) => (part && !part.met ? `差 ${formatHours(part.shortfall)}` : null);
    // No 合计 gap under what the parts that must be met still need: 公需 差 30 with 合计 差 10 read as 10 to go.
    const need = yearNeed(y.parts);
    for (const [i, part] of [y.parts.public, y.parts.professional, y.parts.total].entries()) {
      // There it is marked 不足 90 (the requirement), without a figure.
      const text = i === 2 && y.parts.total.shortfall < need.public + need.professional ? (y.metInFull ? null : `不足 ${formatHours(y.parts.total.required)}`) : gap(part);
      if (text) await expect(cells.nth(i).locator('.gap')).toHaveText(text);
      else await expect(cells.nth(i).locator('.gap')).toHaveCount(0);
    }
    await expect(cells.nth(3)).toContainText(y.status === 'met' ? (y.metInFull ? '视为达标' : '达标') : y.status === 'warning' ? '基本达标' : '未达标');
  }
}

/**
 * Scrolls to a control as a person does before tapping it: brought to the middle of the screen (clear of the summary
 * that floats at the foot), then left until it has stopped moving (its place the same over three frames, each after
 * the browser has drawn) with nothing over it. A long case draws the rows and sections it scrolls past only once they
 * near the screen (content-visibility), and the frame that draws them can move what is on screen. Tapped straight after
 * Playwright's own scroll (to the screen's foot, under the floating summary, then up again), 第3页 moved in the frame
 * after the touch, and the click landed on what came under the finger (a busy machine, 2 runs in 90; logged:
 * pointerdown on 第3页, click on the summary or on 添加活动).
 */
export async function scrollToSettled(control: Locator): Promise<void> {
  let last = '';
  for (let still = 0; still < 3; ) {
    const place = await control.evaluate(
      (el) =>
        new Promise<string>((done) => {
          const box = el.getBoundingClientRect();
          if (box.top < innerHeight * 0.25 || box.bottom > innerHeight * 0.75) el.scrollIntoView({ block: 'center' });
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const now = el.getBoundingClientRect();
              // A link broken over two lines is hit on its first.
              const first = el.getClientRects()[0] ?? now;
              const over = document.elementFromPoint(first.left + first.width / 2, first.top + first.height / 2);
              done(over !== null && el.contains(over) ? `${Math.round(now.top)},${Math.round(now.left)},${Math.round(scrollY)}` : 'covered');
            }),
          );
        }),
    );
    still = place === last && place !== 'covered' ? still + 1 : 0;
    last = place;
  }
}
