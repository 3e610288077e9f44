/** A cell position by displayed row index and displayed column index. */
export interface CellPos {
  row: number;
  col: number;
}

/** A rectangular selection the user extends with Shift+arrows (ag-grid Community has none). */
export interface CellRange {
  anchor: CellPos;
  focus: CellPos;
}

export interface RangeBounds {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function bounds(range: CellRange): RangeBounds {
  return {
    top: Math.min(range.anchor.row, range.focus.row),
    bottom: Math.max(range.anchor.row, range.focus.row),
    left: Math.min(range.anchor.col, range.focus.col),
    right: Math.max(range.anchor.col, range.focus.col),
  };
}

export function inRange(range: CellRange | null, row: number, col: number): boolean {
  if (!range) return false;
  const b = bounds(range);
  return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
}

/**
 * The next range after the focused cell moved to `to`: extended from the same anchor when Shift
 * is held, otherwise collapsed onto the new cell.
 */
export function moveRange(range: CellRange | null, to: CellPos, extend: boolean): CellRange {
  if (extend && range) return { anchor: range.anchor, focus: to };
  return { anchor: to, focus: to };
}

/**
 * The rectangle's text with a header line: the header names of its columns, then, per row, the
 * row's label column(s) as displayed and each cell's text.
 */
export function rangeTable(
  range: CellRange,
  header: (col: number) => string,
  cell: (row: number, col: number) => string | null,
): string[][] {
  const b = bounds(range);
  const cols = Array.from({ length: b.right - b.left + 1 }, (_, i) => b.left + i);
  const out: string[][] = [cols.map(header)];
  for (let r = b.top; r <= b.bottom; r++) out.push(cols.map((c) => cell(r, c) ?? ''));
  return out;
}
