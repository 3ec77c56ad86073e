/** Fixed Chinese wording of the worksheet. Policy figures never appear here: they come from the rule set. */
import { dayInChina, type ItemStatus } from '../rules/core';
import { ONE_OF_TEXT } from '../rules/alternatives';

/** 拟申报职称级别, as the calculator names them. */
export { TITLE_LEVEL_LABELS } from '../rules/core';

/** 最高学历（学位）, as the calculator asks it. */
export { DEGREE_LABELS } from '../rules/core';

/** What became of an item, as the worksheet names it. */
export const STATUS_LABELS: Record<ItemStatus, string> = {
  counted: '计入',
  'not-covered': '不予折算',
  'outside-span': '跨度外，不计入',
  'met-in-full': '当年视为达标',
  invalid: '填写有误，暂不计入',
};

/** The worksheet's headings and fixed sentences. */
export const TEXT = {
  title: '继续教育学时测算工作表',
  round: '测算依据',
  name: '姓名',
  employer: '工作单位',
  titleLevel: '申报职称级别',
  degree: '最高学历（学位）',
  teacher: '中小学教师',
  medical: '医学类职称',
  yes: '是',
  no: '否',
  span: '核认跨度',
  spanOverride: '自行填写',
  coveredYears: '已认定年度',
  problems: '请注意',
  summaryHeading: '一、逐年测算结果',
  itemsHeading: '二、各项活动及折算',
  outsideHeading: '未计入任何年度的活动',
  notesHeading: '三、说明',
  materialsHeading: '四、需准备的材料（按年度）',
  tableHead: ['年度', '公需科目', '专业科目', '合计', '要求', '结论'],
  met: '达标',
  short: '未达标',
  /** A year short of the requirement that is still to come (later than the worksheet's date): not yet 未达标. */
  toCome: '尚未开始',
  /** After 未达标 for the worksheet's own year: what it still needs may yet be done. */
  yearOpen: '（本年度尚未结束）',
  warning: '基本达标',
  /** After a table's name in 说明: its rates, from the notice's table. */
  rates: '折算标准',
  deemedMet: '视为达标',
  noItems: '本年度没有录入活动。',
  /** A year with its certificate, and nothing entered: "没有录入活动" alone read as a gap under a year rated 视为达标. */
  noItemsCovered: '本年度已开具认定单，无需录入活动。',
  noMaterials: '本年度没有需要准备材料的活动。',
  oneOf: ONE_OF_TEXT,
  forItems: '对应活动',
  basis: '依据',
  notes: '说明',
  /** After the title of a note that is this site's reading where the notice is silent (the page's tag 本站理解). */
  decision: '（本站理解）',
  /**
   * Before the clause of such a note: the clause it bears on, not one that says it (测算仅供参考 cited as 通知 三 read as
   * the notice's words: a reviewer's check).
   */
  seeAlso: '参见',
  total: '合计',
  public: '公需科目',
  professional: '专业科目',
  advisory: '一般不少于',
  shortBy: '差',
  disclaimer: '本表为测算结果，仅供参考；是否达标以用人单位、主管部门和人力资源社会保障部门的审核认定为准。',
  generated: '生成日期',
} as const;

/** "2024年6月1日", the day in Beijing (dayInChina), as the site's other dates. */
export function formatDate(date: Date): string {
  const { y, m, d } = dayInChina(date);
  return `${y}年${m}月${d}日`;
}

/** Footer line with the page number, e.g. "第 1 页 / 共 3 页". */
export function pageLabel(page: number, pages: number): string {
  return `第 ${page} 页 / 共 ${pages} 页`;
}

/** The review block: how to reopen the case, the rule data version, and the lines to sign. */
export const REVIEW = {
  heading: '五、复核与签名',
  version: '规则数据版本',
  versionNote: '在测算页面打开本案例时，如提示规则数据已更新，请按最新规则重新核对。',
  intro: '扫描二维码或打开下面的链接，可在本站测算页面重新打开本案例，逐项核对（链接不含姓名、工作单位和活动名称）：',
  noLink: '未能生成本案例的链接；可在测算页面按本表重新录入核对。',
  qrTooLong: '本案例内容较多，超出二维码容量，请使用上面的链接。',
  self: '本人签名：',
  unit: '单位审核意见（盖章）：',
  reviewer: '审核人：',
  date: '日期：　　　　年　　月　　日',
} as const;
