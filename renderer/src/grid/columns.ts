import type { ColDef } from 'ag-grid-community';
import { FigureCell } from '../components/FigureCell.tsx';
import { zh } from '../i18n/zh.ts';
import { cellText, cellTooltip, compareCells, primaryFact, type GridRow } from './rows.ts';

/** Category and indicator, pinned left; the category spans the rows it groups. */
const fixedColumns: ColDef<GridRow>[] = [
  {
    colId: 'category',
    headerName: zh.category,
    valueGetter: (p) => p.data?.category ?? zh.otherFigures,
    pinned: 'left',
    width: 112,
    spanRows: true,
    cellClass: 'cell-category',
    filter: 'agTextColumnFilter',
    suppressMovable: true,
  },
  {
    colId: 'indicator',
    headerName: zh.indicator,
    valueGetter: (p) => p.data?.label,
    tooltipValueGetter: (p) => p.data?.label,
    pinned: 'left',
    width: 210,
    cellClass: (p) => (p.data?.indicator ? 'cell-indicator' : 'cell-indicator cell-unmapped'),
    filter: 'agTextColumnFilter',
    suppressMovable: true,
  },
];

/** One column per entity, in the order the core gives (parent first); colId = entity name. */
export function entityColumn(entity: string): ColDef<GridRow> {
  return {
    colId: entity,
    headerName: entity,
    headerTooltip: entity,
    wrapHeaderText: true,
    autoHeaderHeight: true,
    valueGetter: (p) => cellText(p.data, entity),
    tooltipValueGetter: (p) => cellTooltip(p.data, entity),
    comparator: (_a, _b, nodeA, nodeB) =>
      compareCells(primaryFact(nodeA.data, entity), primaryFact(nodeB.data, entity)),
    cellRenderer: FigureCell,
    cellClass: 'cell-figure',
    headerClass: 'header-figure',
    flex: 1,
    minWidth: 120,
  };
}

export function buildColumns(entities: readonly string[]): ColDef<GridRow>[] {
  return [...fixedColumns, ...entities.map(entityColumn)];
}
