/**
 * The PDF worksheet's fonts, as a person meets them: the small font of the worksheet's own text is enough for
 * titles made of its characters, the middle font is fetched at once (without the small one first) for a title beyond
 * the rule data's characters, the large font only for a title the middle one lacks, and the extended font alone for
 * a name beyond GB2312 (喆); they start loading when the PDF section comes into view. A character no font has is
 * listed before printing.
 */
import { expect, test, type Page } from '@playwright/test';
import { addActivity, finish, openCalculator } from './calculator-helpers';
import { pdfText, typeName } from './pdf-helpers';

/** Every font and PDF script the page requests, by file name. */
function watchRequests(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (r) => files.push(new URL(r.url()).pathname.split('/').pop() ?? ''));
  return files;
}

/** Adds a 发表论文 activity in 2022 whose title the person types. */
async function addTitledPaper(page: Page, title: string): Promise<void> {
  const editor = await addActivity(page, '发表论文');
  await editor.getByLabel('发表年份').fill('2022');
  await editor.getByLabel('名称（选填）').pressSequentially(title);
  await editor.getByRole('radio', { name: '独立或第一作者' }).check();
  await finish(editor);
}

test('a worksheet whose titles are all in the small font prints them and never downloads the large font', async ({ page }) => {
  const files = watchRequests(page);
  await openCalculator(page);
  await addTitledPaper(page, '继续教育专题培训');
  expect(await pdfText(page)).toContain('继续教育专题培训');
  expect(files).toContain('worksheet-sc-fixed.ttf');
  expect(files).not.toContain('worksheet-sc.ttf');
  expect(files).not.toContain('worksheet-sc-extended.ttf');
});

test('a title of common characters beyond the small font downloads the middle font, never the large one', async ({ page }) => {
  const files = watchRequests(page);
  await openCalculator(page);
  // 晓 and 护 are GB2312 level-1 characters in no label or rule of the site.
  await addTitledPaper(page, '湘晓护理研究');
  expect(await pdfText(page)).toContain('湘晓护理研究');
  expect(files).toContain('worksheet-sc-common.ttf');
  expect(files).not.toContain('worksheet-sc.ttf');
  // The title has characters found in no rule of the round, so the middle font is fetched at once, not after the small.
  expect(files).not.toContain('worksheet-sc-fixed.ttf');
});

test('a title with an uncommon character downloads the large font and prints that character', async ({ page }) => {
  const files = watchRequests(page);
  await openCalculator(page);
  // 鑫 is in GB2312 but in no label or rule of the site.
  await addTitledPaper(page, '鑫源桥梁研究');
  expect(await pdfText(page)).toContain('鑫源桥梁研究');
  expect(files).toContain('worksheet-sc.ttf');
  // Nothing beyond GB2312: the extended font is not fetched.
  expect(files).not.toContain('worksheet-sc-extended.ttf');
  await expect(page.locator('#calc-pdf-msg')).not.toContainText('没有以下字符');
});

test('the PDF section coming into view starts jsPDF and the small font before any press', async ({ page }) => {
  const files = watchRequests(page);
  await openCalculator(page);
  await page.waitForLoadState('networkidle');
  expect(files.filter((f) => f.endsWith('.ttf') || f.startsWith('jspdf'))).toEqual([]);
  const fontRequested = page.waitForRequest((r) => r.url().endsWith('/worksheet-sc-fixed.ttf'));
  const jspdfRequested = page.waitForRequest((r) => /\/jspdf[^/]*\.js$/.test(r.url()));
  await page.getByRole('heading', { name: 'PDF 工作表' }).scrollIntoViewIfNeeded();
  await Promise.all([fontRequested, jspdfRequested]);
  // Nothing the person wrote needs the large font.
  await page.waitForLoadState('networkidle');
  expect(files).not.toContain('worksheet-sc.ttf');
});

test('a name with 喆, beyond GB2312, downloads the extended font alone and the worksheet prints the name', async ({ page }) => {
  const files = watchRequests(page);
  await openCalculator(page);
  await addTitledPaper(page, '继续教育专题培训');
  // 喆 is in GBK but not in GB2312: before the extended font no PDF could carry this name.
  await typeName(page, '王喆');
  await page.getByRole('checkbox', { name: '在工作表中写上姓名' }).check();
  const text = await pdfText(page);
  expect(text).toContain('王喆');
  await expect(page.locator('#calc-pdf-msg')).not.toContainText('没有以下字符');
  expect(files).toContain('worksheet-sc-extended.ttf');
  // The name goes straight to the font it needs: neither the middle nor the GB2312 font is fetched first.
  expect(files).not.toContain('worksheet-sc-common.ttf');
  expect(files).not.toContain('worksheet-sc.ttf');
});

test('a name with a character no font has (𠀀, Extension B) is listed before printing, and no larger font is fetched for it', async ({ page }) => {
  const files = watchRequests(page);
  await openCalculator(page);
  await typeName(page, '王𠀀');
  await page.getByRole('checkbox', { name: '在工作表中写上姓名' }).check();
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  await expect(page.locator('#calc-pdf-msg')).toContainText('PDF 字体中没有以下字符，无法正确显示：𠀀（U+20000），在姓名中。请修改这些内容，或不在工作表中写上姓名、工作单位后重试');
  // 王 is in the middle font; no font holds a character beyond the BMP, so no larger one is fetched for 𠀀.
  expect(files).toContain('worksheet-sc-common.ttf');
  expect(files).not.toContain('worksheet-sc.ttf');
  expect(files).not.toContain('worksheet-sc-extended.ttf');
});

test('a character no font has in an activity’s 名称 is said to be there, by its number, with no advice about the name', async ({ page }) => {
  await openCalculator(page);
  const editor = await addActivity(page, '发表论文');
  await editor.getByLabel('发表年份').pressSequentially('2021', { delay: 40 });
  await editor.getByRole('radio', { name: '独立或第一作者' }).check();
  await editor.getByLabel('名称（选填）').pressSequentially('𠮷野家的论文', { delay: 40 });
  await finish(editor);
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  const message = page.locator('#calc-pdf-msg');
  await expect(message).toContainText('PDF 字体中没有以下字符，无法正确显示：𠮷（U+20BB7），在第1项的名称中。请修改这些内容后重试');
  await expect(message).not.toContainText('姓名');
});

test('with no 职称级别 or 学历 chosen, 下载PDF工作表 asks for them instead of printing an empty worksheet', async ({ page }) => {
  let downloads = 0;
  page.on('download', () => downloads++);
  await openCalculator(page, '/calculator/', false);
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  await expect(page.locator('#calc-pdf-msg')).toHaveText('请先选择拟申报职称级别和最高学历，再生成 PDF 工作表。');
  expect(downloads).toBe(0);
});

test('a PDF whose code could not be fetched is made by the next press once the line is back', async ({ page }) => {
  // The line drops before jsPDF has come: the press fails. Browsers keep a failed module fetch (Chromium before 2026,
  // Safari, Firefox), so the next press must fetch it under a new address, or it fails until the page is reloaded.
  let refuse = true;
  await page.route(/\/_astro\/jspdf[^/?]*\.js(?:\?.*)?$/, (route) => (refuse ? route.abort() : route.continue()));
  await openCalculator(page);
  await addTitledPaper(page, '继续教育专题培训');
  const press = page.getByRole('button', { name: '下载PDF工作表' });
  await press.click();
  // Said as the code not fetched, not blamed on the fonts, which came.
  await expect(page.getByRole('alert')).toHaveText('生成 PDF 所需的程序未能载入（网络可能已断开，或网站刚刚更新）。请检查网络后重试；也可使用“打印测算结果”。');
  refuse = false;
  expect(await pdfText(page)).toContain('继续教育专题培训');
});

test('a font request that gets no answer, though the browser says it is online, is told as no network with what to do', async ({ page }) => {
  // navigator.onLine says true on a network with no way out: the request itself failing is what says so.
  await page.route(/\/fonts\/generated\/worksheet-sc[^/]*\.ttf$/, (route) => route.abort('internetdisconnected'));
  await openCalculator(page);
  await addTitledPaper(page, '继续教育专题培训');
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  await expect(page.locator('#calc-pdf-msg')).toHaveText('现在没有网络，工作表中您填写的文字（活动名称）所用的字体尚未保存在本机，无法生成 PDF 工作表。请联网后重试；联网生成过一次，断网时也可使用。也可使用“打印测算结果”。');
});

test('a name pasted with invisible characters (U+2028, U+200B, U+0085) is kept without them, and the worksheet prints it', async ({ page }) => {
  // A tester's re-check: they were kept, and the PDF refused the name (its font has no glyph for them).
  await openCalculator(page);
  await addTitledPaper(page, '继续教育专题培训');
  await typeName(page, '王');
  const field = page.getByRole('textbox', { name: '姓名', exact: true });
  await page.keyboard.insertText('\u2028\u200b五\u0085六');
  await expect(field).toHaveValue('王 五 六');
  await page.getByRole('checkbox', { name: '在工作表中写上姓名' }).check();
  const text = await pdfText(page);
  expect(text).toContain('王五六');
  await expect(page.locator('#calc-pdf-msg')).not.toContainText('没有以下字符');
});
