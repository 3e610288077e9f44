/**
 * The Findings view's own strings, in the app's i18next instance under the namespace
 * "findings" (zh-CN first, en with every key). Finding titles and explanations come rendered
 * from the core in Chinese; in English they are rendered here from their message ids.
 */
import { renderMessage, type Lang } from '../../../shared/findings/strings.ts';
import type { Finding } from '../../../shared/findings/types.ts';
import { i18n } from '../i18n/index.ts';

export const NS = 'findings';

export const zhCN = {
  title: '审计发现',
  count: '{{count}} 条',
  countOf: '显示 {{count}} / {{total}} 条（导出包含全部）',
  computed: '计算用时 {{ms}} 毫秒',
  loading: '正在计算审计发现…',
  empty: '没有符合筛选条件的发现。',
  emptyIndex:
    '导入报告后，这里会列出相互矛盾的数字、版本差异、算术核对、交叉引用、目标对齐与完成情况。',
  filterType: '类型',
  filterEntity: '主体',
  filterSeverity: '严重程度',
  filterStatus: '审核状态',
  all: '全部',
  type: {
    conflict: '数值冲突',
    version: '版本差异',
    arithmetic: '算术核对',
    'cross-reference': '交叉引用',
    alignment: '目标对齐',
    attainment: '目标完成',
  },
  severity: { high: '高', medium: '中', low: '低', info: '信息' },
  outcome: {
    conflict: '冲突',
    differs: '不同',
    holds: '相符',
    fails: '不符',
    unchecked: '无法核对',
    below: '低于上级',
    missing: '未设定',
    met: '已完成',
    missed: '未完成',
    unknown: '无法判断',
  },
  status: { open: '待审', reviewed: '已审核', 'not-an-issue': '非问题' },
  figures: '涉及数值',
  evidence: '原文依据',
  openSource: '打开原文',
  role: {
    figure: '数值',
    total: '总数',
    part: '分项',
    base: '基数',
    share: '占比',
    own: '本方数值',
    statement: '表述',
    referent: '对方数值',
    child: '下级目标',
    parent: '上级目标',
    target: '目标',
    actual: '实际',
    left: '左侧',
    right: '右侧',
  },
  diffLeft: '左：{{name}}',
  diffRight: '右：{{name}}',
  diffKind: { number: '数字', unit: '单位', wording: '措辞' },
  review: '审核',
  markReviewed: '标记为已审核',
  markNotIssue: '标记为非问题',
  reopen: '重新打开',
  comment: '审核意见',
  commentPlaceholder: '说明判断依据（可选）',
  saved: '已保存',
  exportCsv: '导出 CSV',
  exportXlsx: '导出 Excel',
  exporting: '正在导出…',
  exported: '已导出 {{count}} 条',
  document: '文件',
  cellMark: '{{count}} 项审计发现，最高严重程度：{{severity}}',
  onCell: '本单元格的审计发现（{{count}}）',
  showInFindings: '在审计发现中查看',
  showInFindingsLabel: '在审计发现中查看：{{title}}',
};

export const en: typeof zhCN = {
  title: 'Findings',
  count: '{{count}}',
  countOf: 'showing {{count}} of {{total}} (the export has all)',
  computed: 'computed in {{ms}} ms',
  loading: 'Computing findings…',
  empty: 'No findings match the filters.',
  emptyIndex:
    'Once reports are imported, conflicting figures, version differences, arithmetic checks, cross-references, alignment and attainment are listed here.',
  filterType: 'Type',
  filterEntity: 'Entity',
  filterSeverity: 'Severity',
  filterStatus: 'Status',
  all: 'All',
  type: {
    conflict: 'Conflict',
    version: 'Version difference',
    arithmetic: 'Arithmetic',
    'cross-reference': 'Cross-reference',
    alignment: 'Alignment',
    attainment: 'Attainment',
  },
  severity: { high: 'High', medium: 'Medium', low: 'Low', info: 'Info' },
  outcome: {
    conflict: 'conflict',
    differs: 'differs',
    holds: 'holds',
    fails: 'fails',
    unchecked: 'cannot be checked',
    below: 'below parent',
    missing: 'not set',
    met: 'met',
    missed: 'missed',
    unknown: 'cannot tell',
  },
  status: { open: 'Open', reviewed: 'Reviewed', 'not-an-issue': 'Not an issue' },
  figures: 'Figures',
  evidence: 'Evidence',
  openSource: 'Open source',
  role: {
    figure: 'figure',
    total: 'total',
    part: 'part',
    base: 'base',
    share: 'share',
    own: 'own figure',
    statement: 'statement',
    referent: 'their figure',
    child: 'district target',
    parent: 'parent target',
    target: 'target',
    actual: 'actual',
    left: 'left',
    right: 'right',
  },
  diffLeft: 'Left: {{name}}',
  diffRight: 'Right: {{name}}',
  diffKind: { number: 'number', unit: 'unit', wording: 'wording' },
  review: 'Review',
  markReviewed: 'Mark reviewed',
  markNotIssue: 'Not an issue',
  reopen: 'Reopen',
  comment: 'Comment',
  commentPlaceholder: 'Why (optional)',
  saved: 'Saved',
  exportCsv: 'Export CSV',
  exportXlsx: 'Export Excel',
  exporting: 'Exporting…',
  exported: 'Exported {{count}}',
  document: 'Document',
  cellMark: 'Findings: {{count}}, most severe: {{severity}}',
  onCell: 'Findings on this cell ({{count}})',
  showInFindings: 'Show in Findings',
  showInFindingsLabel: 'Show in Findings: {{title}}',
};

i18n.addResourceBundle('zh-CN', NS, zhCN, true, false);
i18n.addResourceBundle('en', NS, en, true, false);

/** The finding's title and explanation in the interface language. */
export function findingText(f: Finding, language: string): { title: string; explanation: string } {
  if (!language.startsWith('en')) return { title: f.title, explanation: f.explanation };
  const lang: Lang = 'en';
  return {
    title: renderMessage(f.titleId, f.params, lang),
    explanation: renderMessage(f.explanationId, f.params, lang),
  };
}
