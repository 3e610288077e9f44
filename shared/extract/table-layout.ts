/**
 * How a table is laid out: its header rows and their text by column, and which columns hold the
 * units, the figures and the rows' labels.
 */
import type { Cell, Row, TextTable } from './tables.ts';
import { readCell } from './table-cell.ts';
import { unitOfText } from './units.ts';

export interface Layout {
  /** Columns read (at most MAX_COLUMNS). */
  width: number;
  /** The rows below the header. */
  body: Row[];
  /** Each column's header, its header rows' texts read top to bottom. */
  headers: string[];
  /** The column of units (单位), or −1. */
  unitColumn: number;
  /** Whether each column holds figures. */
  isValueColumn: boolean[];
  /** The first column of figures. */
  firstValue: number;
  /** The column naming each row: the last one before the figures that holds words. */
  labelColumn: number;
}

const MAX_HEADER_ROWS = 3;
/** Columns read: a real table has far fewer; a run of separators is no table to read to its end. */
const MAX_COLUMNS = 64;
const EMPTY: Cell = { text: '', start: 0, end: 0 };
const UNIT_HEADER = /^(计量)?单位$/;
const SKIPPED_HEADER = /^(序号|编号|属性|指标属性|备注|说明|类别|类型)$/;
/**
 * A cell naming a year and nothing else (2021, 2021年, 2021年度): it heads a column (| 指标 | 2023 |)
 * or names a row (| 2023 | 1030 |), and is no figure.
 */
const YEAR_CELL = /^((?:19|20)[0-9]{2})(?:年度?)?$/;

/** The year a cell names alone, or null. */
export const yearCell = (text: string): string | null => YEAR_CELL.exec(text)?.[1] ?? null;

export const cellAt = (row: Row, c: number): Cell => row.cells[c] ?? EMPTY;

/** Spaces next to a Chinese character are the layout's, not the words' (城镇新增 就业). */
export const tidy = (text: string): string =>
  text.replace(/(?<=[\u3000-\u9fff\uff00-\uffef])\s+|\s+(?=[\u3000-\u9fff\uff00-\uffef])/g, '');

/** Whether a row holds a figure in any cell but its first: header rows hold none. */
const holdsFigure = (cells: Cell[]): boolean =>
  cells.slice(1).some((c) => !yearCell(c.text) && readCell(c.text));

/** The table's layout, or null when it has no column of figures with labels before it. */
export function layoutOf(table: TextTable): Layout | null {
  const rows = table.rows;
  const width = Math.min(
    MAX_COLUMNS,
    rows.reduce((w, r) => Math.max(w, r.cells.length), 0),
  );
  let headerRows = table.markedHeader;
  if (headerRows === 0)
    while (headerRows < MAX_HEADER_ROWS && headerRows < rows.length - 1) {
      if (holdsFigure((rows[headerRows] as Row).cells.slice(0, width))) break;
      headerRows++;
    }
  const body = rows.slice(headerRows);
  // A header over two rows reads top to bottom (2023年 over 实际 and 增长%).
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = 0; r < headerRows; r++) {
      const t = tidy(cellAt(rows[r] as Row, c).text);
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    headers.push(parts.join(''));
  }
  const filled = (c: number): boolean => body.some((r) => cellAt(r, c).text !== '');
  const unitColumn = headers.findIndex(
    (h, c) =>
      UNIT_HEADER.test(h) ||
      (!h &&
        filled(c) &&
        body.every((r) => !cellAt(r, c).text || unitOfText(cellAt(r, c).text) !== null)),
  );
  const isValueColumn: boolean[] = [];
  for (let c = 0; c < width; c++) {
    // Figures at least half as many as the cells of words (a target column may hold
    // 与经济增长同步, 完成省下达任务).
    // A year alone names a row (年份 | 生产总值): it is no figure.
    let words = 0;
    let figures = 0;
    for (const r of body) {
      const t = cellAt(r, c).text;
      if (!yearCell(t) && readCell(t)) figures++;
      else if (t && !/[0-9]/.test(t)) words++;
    }
    isValueColumn.push(
      c !== unitColumn &&
        !SKIPPED_HEADER.test(headers[c] as string) &&
        figures > 0 &&
        2 * figures >= words,
    );
  }
  const firstValue = isValueColumn.indexOf(true);
  let labelColumn = -1;
  for (let c = firstValue - 1; c >= 0 && labelColumn < 0; c--)
    if (c !== unitColumn && filled(c)) labelColumn = c;
  if (firstValue <= 0 || labelColumn < 0) return null;
  return { width, body, headers, unitColumn, isValueColumn, firstValue, labelColumn };
}
