/** One entry of the site's main navigation. */
export interface NavItem {
  /** Site-relative path, without the base. */
  href: string;
  label: string;
}

/** The main navigation, in the order people need it: calculate (one person, then a whole unit), prepare, read. */
export const mainNav: readonly NavItem[] = [
  { href: '/', label: '首页' },
  { href: '/calculator/', label: '学时测算' },
  // The page's own term (单位批量核对) without 单位, to keep the wide bar on one line.
  { href: '/batch/', label: '批量核对' },
  { href: '/checklists/', label: '材料清单' },
  { href: '/notices/', label: '政策原文' },
  { href: '/guides/', label: '操作指南' },
  { href: '/bases/', label: '继续教育基地' },
  { href: '/dates/', label: '办理时间' },
  { href: '/changes/', label: '新旧对比' },
  { href: '/search/', label: '搜索' },
];

/** The site's name, in every page title and the header. */
export const siteName = '湖南专技人员继续教育学时测算';
