import { formatFigure } from '../../../shared/format/fact-text.ts';
import type { AlignmentMark } from '../grid/alignment.ts';
import { primaryFact, type GridRow } from '../grid/rows.ts';

/** Column titles and mark names in the interface's language. */
export interface ExportLabels {
  category: string;
  indicator: string;
  otherFigures: string;
  comparator: string;
  unit: string;
  alignment: string;
  source: string;
  marks: Record<AlignmentMark, string>;
}

export interface ExportTable {
  header: string[];
  rows: string[][];
}

/**
 * The grid as shown (its rows in display order, its entity columns) as a flat table: category,
 * indicator, then per entity the figure as the cell reads it, its comparator, unit, alignment
 * mark and source document. Both the CSV and the XLSX are written from this.
 */
export function buildExportTable(
  rows: readonly GridRow[],
  entities: readonly string[],
  marksOf: (row: GridRow) => Partial<Record<string, AlignmentMark>>,
  documentName: (id: number) => string,
  labels: ExportLabels,
): ExportTable {
  const header = [labels.category, labels.indicator];
  for (const e of entities) {
    header.push(
      e,
      `${e} ${labels.comparator}`,
      `${e} ${labels.unit}`,
      `${e} ${labels.alignment}`,
      `${e} ${labels.source}`,
    );
  }
  const body = rows.map((row) => {
    const marks = marksOf(row);
    const line = [row.category ?? labels.otherFigures, row.label];
    for (const e of entities) {
      const fact = primaryFact(row, e);
      const mark = marks[e];
      line.push(
        fact ? formatFigure(fact) : '',
        fact?.comparator ?? '',
        fact?.unit ?? '',
        mark ? labels.marks[mark] : '',
        fact ? documentName(fact.documentId) : '',
      );
    }
    return line;
  });
  return { header, rows: body };
}

/** RFC 4180 CSV with a BOM, so Excel and WPS open the Chinese text as UTF-8. */
export function toCsv(table: ExportTable): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = [table.header, ...table.rows].map((r) => r.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The same table as an .xlsx workbook (exceljs is loaded only when a user exports). */
export async function toXlsx(table: ExportTable, sheetName: string): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
  sheet.columns.forEach((column, i) => (column.width = i < 2 ? 22 : 14));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}
