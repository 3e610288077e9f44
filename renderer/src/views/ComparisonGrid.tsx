import { AgGridReact } from 'ag-grid-react';
import type {
  CellClassParams,
  CellClickedEvent,
  CellFocusedEvent,
  CellKeyDownEvent,
  Column,
  GetRowIdParams,
  GridApi,
  PostSortRowsParams,
} from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewKey } from '../comparison/views.ts';
import type { AlignmentMark } from '../grid/alignment.ts';
import { buildColumns } from '../grid/columns.ts';
import { GridContext } from '../grid/context.ts';
import type { FindingLookup } from '../grid/finding-marks.ts';
import { inRange, moveRange, rangeTable, type CellRange } from '../grid/range.ts';
import { categoryRanks, keepCategoriesTogether, type GridRow } from '../grid/rows.ts';
import '../grid/setup.ts';
import { gridTheme } from '../grid/theme.ts';
import { toTsv } from '../grid/tsv.ts';
import { gridLocaleText } from '../i18n/grid-locale.ts';

const getRowId = (p: GetRowIdParams<GridRow>) => p.data.id;

const ARROWS: Partial<Record<string, [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

const inRangeRule = (p: CellClassParams<GridRow, unknown, GridContext>) =>
  p.node.rowIndex !== null &&
  inRange(p.context.range, p.node.rowIndex, p.api.getAllDisplayedColumns().indexOf(p.column));

const defaultColDef = {
  sortable: true,
  resizable: true,
  cellClassRules: { 'cell-in-range': inRangeRule },
};

export interface CellSelection {
  rowId: string;
  entity: string;
}

interface Props {
  rows: GridRow[] | undefined;
  entities: string[];
  pinned: ReadonlySet<string>;
  marks: Map<string, Record<string, AlignmentMark>>;
  /** Findings by cell, looked up in the shown period and kind. */
  findings: FindingLookup;
  view: ViewKey;
  loading: boolean;
  quickFilter: string;
  onSelect: (cell: CellSelection | null) => void;
  /** Enter on a cell: move to its source. */
  onOpenSource: () => void;
  /** The rows the keyboard/mouse selection covers (for the chart). */
  onRangeRows: (rowIds: string[]) => void;
  onCopied: (rows: number, cols: number) => void;
  onReady?: (api: GridApi<GridRow>) => void;
}

/**
 * The ag-grid: rows keyed by indicator id (`gdp_growth`, `m:<label>`), columns by entity. A
 * rectangular selection (Shift+arrows or Shift+click) and Ctrl+C copying it as TSV are built
 * here on the grid's API, since ag-grid Community has neither range selection nor clipboard.
 */
export function ComparisonGrid(props: Props) {
  const { t, i18n } = useTranslation();
  const { rows, entities, pinned, marks, findings } = props;
  const { period, kind } = props.view;
  const { onSelect, onRangeRows, onOpenSource, onCopied } = props;
  const api = useRef<GridApi<GridRow> | null>(null);
  const shiftHeld = useRef(false);
  // One mutable object for the grid's whole life: renderers read the latest marks and range.
  const [context] = useState(() => new GridContext(t, marks));

  const columnDefs = useMemo(() => buildColumns(t, entities, pinned), [t, entities, pinned]);
  const ranks = useMemo(() => categoryRanks(rows ?? []), [rows]);

  useEffect(() => {
    context.update(t, marks);
    context.setFindings(findings, { period, kind });
    api.current?.refreshCells({ force: true });
  }, [context, t, marks, findings, period, kind]);

  const setRange = useCallback(
    (range: CellRange | null) => {
      context.setRange(range);
      const grid = api.current;
      if (!grid) return;
      grid.refreshCells({ force: true });
      if (!range) return onRangeRows([]);
      const ids: string[] = [];
      const [top, bottom] = [range.anchor.row, range.focus.row].sort((a, b) => a - b);
      for (let r = top!; r <= bottom!; r++) {
        const id = grid.getDisplayedRowAtIndex(r)?.data?.id;
        if (id) ids.push(id);
      }
      onRangeRows(ids);
    },
    [context, onRangeRows],
  );

  const moveTo = useCallback(
    (rowIndex: number | null, column: Column | null, extend: boolean) => {
      const grid = api.current;
      if (!grid || rowIndex === null || rowIndex < 0 || !column) return;
      const col = grid.getAllDisplayedColumns().indexOf(column);
      const range = context.currentRange();
      // Focus arriving where Shift+arrow already put the range's focus keeps the range.
      if (!(range && range.focus.row === rowIndex && range.focus.col === col && !extend)) {
        setRange(moveRange(range, { row: rowIndex, col }, extend));
      }
      const data = grid.getDisplayedRowAtIndex(rowIndex)?.data;
      const entity = column.getColId();
      if (data && entities.includes(entity)) onSelect({ rowId: data.id, entity });
    },
    [context, entities, onSelect, setRange],
  );

  const onCellFocused = (e: CellFocusedEvent<GridRow>) => {
    if (e.rowPinned || typeof e.column === 'string') return;
    moveTo(e.rowIndex, e.column, shiftHeld.current);
  };

  const onCellClicked = (e: CellClickedEvent<GridRow>) => {
    moveTo(e.rowIndex, e.column, Boolean((e.event as MouseEvent | null)?.shiftKey));
  };

  const onCellKeyDown = (e: CellKeyDownEvent<GridRow>) => {
    const key = (e.event as globalThis.KeyboardEvent | null)?.key;
    if (key === 'Enter' && entities.includes(e.column.getColId())) onOpenSource();
  };

  const postSortRows = useCallback(
    (p: PostSortRowsParams<GridRow>) =>
      keepCategoriesTogether(p.nodes, (n) => n.data?.category ?? null, ranks),
    [ranks],
  );
  // Row and column indices mean other cells once rows are re-sorted, filtered or replaced.
  const clearRange = useCallback(() => {
    if (context.currentRange()) setRange(null);
  }, [context, setRange]);

  const copy = useCallback(async () => {
    const grid = api.current;
    const range = context.currentRange();
    if (!grid || !range) return;
    const columns = grid.getAllDisplayedColumns();
    const table = rangeTable(
      range,
      (c) => grid.getDisplayNameForColumn(columns[c]!, null) ?? '',
      (r, c) => {
        const node = grid.getDisplayedRowAtIndex(r);
        if (!node) return null;
        const value: unknown = grid.getCellValue({ rowNode: node, colKey: columns[c]! });
        return value == null ? null : String(value);
      },
    );
    // The indicator's name leads each line, so a pasted block says what its figures are.
    const b = {
      left: Math.min(range.anchor.col, range.focus.col),
      top: Math.min(range.anchor.row, range.focus.row),
    };
    const withLabels =
      b.left > 1
        ? table.map((line, i) => [
            i === 0
              ? t('comparison.indicator')
              : (grid.getDisplayedRowAtIndex(b.top + i - 1)?.data?.label ?? ''),
            ...line,
          ])
        : table;
    await navigator.clipboard.writeText(toTsv(withLabels));
    onCopied(table.length - 1, table[0]!.length);
  }, [context, onCopied, t]);

  /** Shift+arrows grow the range from its anchor (ag-grid Community leaves them unhandled). */
  const extendWithKeyboard = (e: KeyboardEvent): boolean => {
    const grid = api.current;
    const range = context.currentRange();
    const step = ARROWS[e.key];
    if (!grid || !range || !step || !e.shiftKey) return false;
    const columns = grid.getAllDisplayedColumns();
    const row = Math.min(Math.max(range.focus.row + step[0], 0), grid.getDisplayedRowCount() - 1);
    const col = Math.min(Math.max(range.focus.col + step[1], 0), columns.length - 1);
    setRange(moveRange(range, { row, col }, true));
    grid.ensureIndexVisible(row);
    grid.ensureColumnVisible(columns[col]!);
    grid.setFocusedCell(row, columns[col]!);
    return true;
  };

  const onKeyDown = (e: KeyboardEvent) => {
    shiftHeld.current = e.shiftKey;
    if (extendWithKeyboard(e)) {
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'c' && context.currentRange()) {
      e.preventDefault();
      void copy();
    }
  };

  return (
    <div
      className="grid"
      data-testid="comparison-grid"
      onKeyDownCapture={onKeyDown}
      onKeyUpCapture={(e) => (shiftHeld.current = e.shiftKey)}
      onMouseDownCapture={(e) => (shiftHeld.current = e.shiftKey)}
    >
      <AgGridReact<GridRow>
        key={i18n.language}
        theme={gridTheme}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        context={context}
        getRowId={getRowId}
        loading={props.loading && !rows}
        enableCellSpan
        quickFilterText={props.quickFilter}
        localeText={gridLocaleText(i18n.language)}
        tooltipShowDelay={300}
        tooltipHideDelay={20_000}
        suppressDragLeaveHidesColumns
        animateRows={false}
        postSortRows={postSortRows}
        onGridReady={(e) => {
          performance.mark('duibiao:grid-ready');
          api.current = e.api;
          props.onReady?.(e.api);
        }}
        onFirstDataRendered={() => performance.mark('duibiao:grid-first-data')}
        onCellFocused={onCellFocused}
        onCellClicked={onCellClicked}
        onCellKeyDown={onCellKeyDown}
        onSortChanged={clearRange}
        onFilterChanged={clearRange}
        onRowDataUpdated={clearRange}
      />
    </div>
  );
}
