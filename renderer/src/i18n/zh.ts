import type { FactKind } from '../../../shared/domain/index.ts';

/** The interface's strings (zh-CN). Issue 6 swaps this for i18next with an English catalogue. */
export const zh = {
  appName: '对标',
  appNameLatin: 'Duibiao',
  tagline: '政府工作报告目标对比',
  documents: '报告',
  documentsCount: (n: number) => `${n} 份`,
  unknownEntity: '未识别主体',
  unknownYear: '年份未知',
  year: (y: number) => `${y}年`,
  figures: (n: number) => `${n} 个数字`,
  comparison: '目标对比',
  view: '比较内容',
  quickFilter: '筛选指标',
  quickFilterPlaceholder: '筛选指标…',
  category: '类别',
  indicator: '指标',
  otherFigures: '其他数字',
  noFact: '—',
  moreFacts: (n: number) => `共 ${n} 条出处`,
  hedge: (h: string) => `（${h}）`,
  rowsCount: (n: number) => `${n} 项指标`,
  loading: '加载中…',
  retry: '重试',
  loadFailed: '加载失败',
  import: '导入报告',
  importing: '正在导入…',
  importHint: '支持 TXT、DOCX、PDF、HTML，可多选',
  importProgress: (done: number, total: number) => `${done} / ${total}`,
  importCurrent: (name: string) => `正在处理：${name}`,
  importFacts: (n: number) => `已提取 ${n} 个数字`,
  importSummary: (imported: number, duplicates: number, errors: number) =>
    `导入 ${imported} 份，已存在 ${duplicates} 份，失败 ${errors} 份`,
  outcomeImported: '已导入',
  outcomeDuplicate: '已存在',
  outcomeError: '失败',
  close: '关闭',
  emptyTitle: '还没有报告',
  emptyBody:
    '点击右上角的“导入报告”，选择一份或多份政府工作报告（TXT、DOCX、PDF 或 HTML）。对标会识别报告的主体与年份，提取其中的目标与完成数字，并按指标排成一张可对比的表。',
  emptyGridTitle: '这一视图暂无数字',
  emptyGridBody: '换一个比较内容，或导入更多报告。',
  kind: { target: '目标', actual: '完成' } satisfies Record<FactKind, string>,
} as const;

/** "2023" → "2023年", "2018-2022" → "2018–2022年"; other periods are shown as written. */
export function periodLabel(period: string): string {
  const range = /^(\d{4})\s*[-–—~至]\s*(\d{4})$/.exec(period);
  if (range) return `${range[1]}–${range[2]}年`;
  if (/^\d{4}$/.test(period)) return `${period}年`;
  return period;
}

/** The selector's label for a period/kind pair: "2023年 目标", "2022年 完成". */
export function viewLabel(period: string | null, kind: FactKind | null): string {
  const parts = [period ? periodLabel(period) : '全部时期', kind ? zh.kind[kind] : '目标与完成'];
  return parts.join(' ');
}

/** ag-grid's own strings that this screen can show (filter menus, overlays). */
export const gridLocaleText: Record<string, string> = {
  loadingOoo: '加载中…',
  noRowsToShow: '暂无数据',
  filterOoo: '筛选…',
  equals: '等于',
  notEqual: '不等于',
  blank: '为空',
  notBlank: '不为空',
  empty: '请选择…',
  contains: '包含',
  notContains: '不包含',
  startsWith: '开头是',
  endsWith: '结尾是',
  andCondition: '且',
  orCondition: '或',
  applyFilter: '应用',
  resetFilter: '重置',
  clearFilter: '清除',
  cancelFilter: '取消',
  columnFilter: '列筛选',
  ariaFilterInput: '筛选输入',
  ariaSearch: '搜索',
  sortAscending: '升序',
  sortDescending: '降序',
  pinColumn: '固定列',
  autosizeThisColumn: '自动调整此列宽度',
  resetColumns: '重置列',
};
