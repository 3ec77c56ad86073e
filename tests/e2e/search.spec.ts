/** Site search (Pagefind): fixed Chinese queries reach the pages, and the clauses, that hold the words. */
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

/** Query → a result link that must be among the hits (path, and the clause where the match is one). */
const cases = [
  // 附件1 二 4 (an invention patent converts to 学时) or 一 7 (the patent certificate as material).
  { q: '发明专利', href: /\/notices\/zhuzhou-2024\/#fj1-(?:2-4|1-7)$/ },
  // 通知 二 and 三 (三): the 《合格证明》 for intermediate titles.
  { q: '合格证明', href: /\/notices\/zhuzhou-2024\/#tz-[23]/ },
  // 附件1 二 1: a half day counts 4 学时.
  { q: '半天', href: /\/notices\/zhuzhou-2024\/#fj1-2-1$/ },
  // 附件1 二 7: 援藏、援疆、援外 assignments.
  { q: '援疆', href: /\/notices\/zhuzhou-2024\/#fj1-2-7$/ },
];

for (const { q, href } of cases) {
  test(`searching ${q} reaches the clause`, async ({ page }) => {
    await page.goto('/search/');
    await page.getByLabel('搜索通知原文、材料清单和操作指南').fill(q);
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expect(page.locator('#search-status')).toContainText(`“${q}”`);
    const links = page.locator('#search-results a');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    expect(hrefs.some((h) => href.test(h)), hrefs.join('\n')).toBe(true);
    // The query is kept in the address so the result can be shared; following a hit lands on the clause.
    expect(new URL(page.url()).searchParams.get('q')).toBe(q);
    const target = hrefs.find((h) => href.test(h)) as string;
    await page.locator(`#search-results a[href="${target}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`${target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });
}

test('search loads nothing until used, says when nothing matches, and passes axe', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/search/');
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  await page.getByLabel('搜索通知原文、材料清单和操作指南').fill('量子纠缠');
  await page.getByLabel('搜索通知原文、材料清单和操作指南').press('Enter');
  await expect(page.locator('#search-status')).toContainText('没有找到');
  expect(requests.some((u) => u.includes('/pagefind/'))).toBe(true);
  await expectNoSeriousA11yViolations(page);
});
