/**
 * What the page fetches again through the service worker once it first controls the page (service-worker.ts): the
 * files cached on use (scripts/build-sw.mjs), as the page's resource timing lists them, at the root and under a
 * sub-path, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { cachedOnUse } from '../../../src/lib/offline/service-worker';

const origin = 'https://jxjy.example.cn';

describe('cachedOnUse', () => {
  it('keeps the PDF fonts, jsPDF and the batch worker, at the root and under /jxjy/', () => {
    const fetched = [
      `${origin}/fonts/generated/worksheet-sc-fixed.ttf`,
      `${origin}/fonts/generated/worksheet-sc.ttf`,
      `${origin}/jxjy/fonts/generated/worksheet-sc-common.ttf`,
      `${origin}/jxjy/fonts/generated/worksheet-sc-extended.ttf`,
      `${origin}/_astro/jspdf.es.min.8QfHp60b.js`,
      `${origin}/jxjy/_astro/worker-BYRwHn1c.js`,
    ];
    expect(cachedOnUse(fetched, origin)).toEqual(fetched);
  });

  it('leaves out what the precache holds, other origins, and asks for a file once', () => {
    const fetched = [
      `${origin}/_astro/calculator.CNfBW38O.js`,
      `${origin}/_astro/pdf.DoBIlwf3.js`,
      `${origin}/search-index.json`,
      `${origin}/calculator/`,
      // jsPDF's optional parts, never used by the worksheet.
      `${origin}/_astro/html2canvas.Dk8kvoh5.js`,
      `https://cdn.example.com/fonts/generated/worksheet-sc.ttf`,
      `${origin}/fonts/generated/worksheet-sc.ttf`,
      `${origin}/fonts/generated/worksheet-sc.ttf`,
      `${origin}/fonts/generated/worksheet-sc.ttf.br`,
    ];
    expect(cachedOnUse(fetched, origin)).toEqual([`${origin}/fonts/generated/worksheet-sc.ttf`]);
  });
});
