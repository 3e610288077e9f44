import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { FigureCellRenderer } from './FigureCellRenderer.ts';
import { cellText, cellTooltip, compareCells, primaryFact, type GridRow } from './rows.ts';

/** Category and indicator, pinned left; the category spans the rows it groups. */
function fixedColumns(t: TFunction): ColDef<GridRow>[] {
  return [
    {
      colId: 'category',
      headerName: t('comparison.category'),
      valueGetter: (p) => p.data?.category ?? t('comparison.otherFigures'),
      pinned: 'left',
      width: 104,
      spanRows: true,
      cellClass: 'cell-category',
      filter: 'agTextColumnFilter',
      suppressMovable: true,
    },
    {
      colId: 'indicator',
      headerName: t('comparison.indicator'),
      valueGetter: (p) => p.data?.label,
      tooltipValueGetter: (p) => p.data?.label,
      pinned: 'left',
      width: 200,
      cellClass: (p) => (p.data?.indicator ? 'cell-indicator' : 'cell-indicator cell-unmapped'),
      filter: 'agTextColumnFilter',
      suppressMovable: true,
    },
  ];
}

/** One column per entity, parent first; colId = entity name. */
export function entityColumn(entity: string, pinned: boolean): ColDef<GridRow> {
  return {
    colId: entity,
    headerName: entity,
    headerTooltip: entity,
    wrapHeaderText: true,
    valueGetter: (p) => cellText(p.data, entity),
    tooltipValueGetter: (p) => cellTooltip(p.data, entity),
    comparator: (_a, _b, nodeA, nodeB) =>
      compareCells(primaryFact(nodeA.data, entity), primaryFact(nodeB.data, entity)),
    cellRenderer: FigureCellRenderer,
    cellClass: 'cell-figure',
    headerClass: 'header-figure',
    filter: 'agTextColumnFilter',
    pinned: pinned ? 'left' : null,
    flex: 1,
    minWidth: 116,
  };
}

export function buildColumns(
  t: TFunction,
  entities: readonly string[],
  pinned: ReadonlySet<string>,
): ColDef<GridRow>[] {
  return [...fixedColumns(t), ...entities.map((e) => entityColumn(e, pinned.has(e)))];
}
