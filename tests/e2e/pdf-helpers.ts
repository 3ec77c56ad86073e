/** Helpers for the PDF worksheet's end-to-end tests: the person's own text as typed, and the downloaded PDF read back. */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { extractPdf } from '../unit/pdf/test-font.mjs';

/** Opens 姓名和工作单位（选填） if it is closed and types `name` into 姓名 key by key, as a person does. */
export async function typeName(page: Page, name: string): Promise<void> {
  const field = page.getByRole('textbox', { name: '姓名', exact: true });
  if (!(await field.isVisible())) await page.getByText('姓名和工作单位（选填）').click();
  await field.pressSequentially(name, { delay: 80 });
  await expect(field).toHaveValue(name);
}

/** Presses 下载PDF工作表 and returns the text of the downloaded PDF, without spaces. */
export async function pdfText(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载PDF工作表' }).click();
  await expect(page.locator('#calc-pdf-msg')).toContainText('PDF 工作表已生成');
  const pages = await extractPdf(new Uint8Array(readFileSync((await (await download).path()) as string)));
  return pages.map((p) => p.text).join('').replace(/\s+/g, '');
}
