/** The page types `npm run perf` and `npm run lighthouse` measure, one page of each: [name, path under the base]. */
export const PAGE_TYPES = [
  ['home', '/'],
  ['a notice', '/notices/zhuzhou-2024/'],
  ['a checklist', '/checklists/zhuzhou-2024/'],
  ['bases', '/bases/'],
  ['dates', '/dates/'],
  ['changes', '/changes/'],
  ['search', '/search/'],
  ['calculator', '/calculator/'],
  ['batch', '/batch/'],
];
