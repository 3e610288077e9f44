import ExcelJS from 'exceljs';
import type { Comparison } from '../../shared/api.ts';
import { detailRows, wideTable } from './comparison-table.ts';

const FONT = { name: 'Microsoft YaHei', size: 11 };

/** An Excel/WPS workbook: the comparison as shown, and every fact behind it with its source. */
export async function comparisonWorkbook(
  cmp: Comparison,
  documentName: (id: number) => string,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Duibiao';
  const title = [
    cmp.period ?? '',
    cmp.kind === 'target' ? '目标' : cmp.kind === 'actual' ? '完成' : '',
  ]
    .join(' ')
    .trim();

  const wide = wideTable(cmp, { moreMarks: false });
  const sheet = book.addWorksheet('对比', { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] });
  sheet.addRow(['指标代码', '指标', '类别', ...cmp.entities]);
  wide.rows.forEach((r) => sheet.addRow(r));
  sheet.columns.forEach((c, i) => (c.width = i === 0 ? 22 : i === 1 ? 28 : i === 2 ? 12 : 16));
  styleHeader(sheet);
  if (title) sheet.headerFooter.oddHeader = `&C${title}`;

  const detail = book.addWorksheet('明细', { views: [{ state: 'frozen', ySplit: 1 }] });
  detail.columns = [
    { header: '指标代码', key: 'indicator', width: 22 },
    { header: '指标', key: 'label', width: 28 },
    { header: '类别', key: 'category', width: 12 },
    { header: '主体', key: 'entity', width: 20 },
    { header: '数值', key: 'figure', width: 12 },
    { header: '值', key: 'value', width: 10 },
    { header: '上限', key: 'valueMax', width: 10 },
    { header: '单位', key: 'unit', width: 10 },
    { header: '比较', key: 'comparator', width: 8 },
    { header: '措辞', key: 'hedge', width: 8 },
    { header: '主要来源', key: 'primary', width: 10 },
    { header: '原文', key: 'quote', width: 60 },
    { header: '文件', key: 'document', width: 30 },
  ];
  detailRows(cmp, documentName).forEach((r) =>
    detail.addRow({ ...r, primary: r.primary ? '是' : '' }),
  );
  styleHeader(detail);

  return Buffer.from(await book.xlsx.writeBuffer());
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow((row, n) => {
    row.font = n === 1 ? { ...FONT, bold: true } : FONT;
  });
}
