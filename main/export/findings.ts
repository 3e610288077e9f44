import ExcelJS from 'exceljs';
import type { FindingRecord } from '../../shared/api.ts';
import { csvLine } from '../cli/table.ts';

const FONT = { name: 'Microsoft YaHei', size: 11 };

const TYPE_ZH: Record<string, string> = {
  conflict: '数值冲突',
  version: '版本差异',
  arithmetic: '算术核对',
  'cross-reference': '交叉引用',
  alignment: '目标对齐',
  attainment: '目标完成',
};
const SEVERITY_ZH: Record<string, string> = { high: '高', medium: '中', low: '低', info: '信息' };
const STATUS_ZH: Record<string, string> = {
  open: '待审',
  reviewed: '已审核',
  'not-an-issue': '非问题',
};

export const FINDING_COLUMNS = [
  ['type', '类型', 12],
  ['severity', '严重程度', 10],
  ['outcome', '结论', 10],
  ['entities', '主体', 24],
  ['title', '标题', 60],
  ['explanation', '说明', 80],
  ['figures', '涉及数值', 30],
  ['evidence', '原文依据', 80],
  ['status', '审核状态', 10],
  ['comment', '审核意见', 30],
  ['key', '键', 40],
] as const;

type Column = (typeof FINDING_COLUMNS)[number][0];

/** One flat row per finding, every source span quoted with its document. */
export function findingRow(
  f: FindingRecord,
  documentName: (id: number) => string,
): Record<Column, string> {
  return {
    type: TYPE_ZH[f.type] ?? f.type,
    severity: SEVERITY_ZH[f.severity] ?? f.severity,
    outcome: f.outcome,
    entities: f.entities.join('、'),
    title: f.title,
    explanation: f.explanation,
    figures: f.figures.map((x) => `${x.entity ?? ''}${x.metric} ${x.figure}`).join('；'),
    evidence: f.evidence
      .map((e) => `《${documentName(e.documentId)}》[${e.start}-${e.end}] ${e.sentence}`)
      .join('\n'),
    status: STATUS_ZH[f.review.status] ?? f.review.status,
    comment: f.review.comment ?? '',
    key: f.key,
  };
}

/** CSV in UTF-8 with a BOM (Excel and WPS read the Chinese right), CRLF lines. */
export function findingsCsv(
  findings: FindingRecord[],
  documentName: (id: number) => string,
): string {
  const header = FINDING_COLUMNS.map((c) => c[1]);
  const rows = findings.map((f) => {
    const row = findingRow(f, documentName);
    return FINDING_COLUMNS.map((c) => row[c[0]]);
  });
  return '\ufeff' + [header, ...rows].map((r) => csvLine(r)).join('\r\n') + '\r\n';
}

/** A workbook with a sheet "审计发现" (one row per finding) and "原文依据" (one row per span). */
export async function findingsWorkbook(
  findings: FindingRecord[],
  documentName: (id: number) => string,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Duibiao';
  const sheet = book.addWorksheet('审计发现', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = FINDING_COLUMNS.map(([key, header, width]) => ({ key, header, width }));
  findings.forEach((f) => sheet.addRow(findingRow(f, documentName)));
  const spans = book.addWorksheet('原文依据', { views: [{ state: 'frozen', ySplit: 1 }] });
  spans.columns = [
    { header: '键', key: 'key', width: 40 },
    { header: '标题', key: 'title', width: 50 },
    { header: '作用', key: 'role', width: 10 },
    { header: '文件', key: 'document', width: 30 },
    { header: '起', key: 'start', width: 8 },
    { header: '止', key: 'end', width: 8 },
    { header: '原文', key: 'quote', width: 30 },
    { header: '句子', key: 'sentence', width: 80 },
  ];
  for (const f of findings)
    for (const e of f.evidence)
      spans.addRow({ key: f.key, title: f.title, ...e, document: documentName(e.documentId) });
  for (const s of [sheet, spans])
    s.eachRow((row, n) => {
      row.font = n === 1 ? { ...FONT, bold: true } : FONT;
      row.alignment = { wrapText: true, vertical: 'top' };
    });
  return Buffer.from(await book.xlsx.writeBuffer());
}
