import { AgGridReact } from 'ag-grid-react';
import type { GetRowIdParams } from 'ag-grid-community';
import { useMemo } from 'react';
import type { Comparison } from '../../../shared/api.ts';
import { buildColumns } from '../grid/columns.ts';
import { toGridRows, type GridRow } from '../grid/rows.ts';
import '../grid/setup.ts';
import { gridTheme } from '../grid/theme.ts';
import { gridLocaleText } from '../i18n/zh.ts';

const getRowId = (p: GetRowIdParams<GridRow>) => p.data.id;
const defaultColDef = { sortable: true, resizable: true };

interface Props {
  comparison: Comparison | undefined;
  loading: boolean;
  quickFilter: string;
}

/** The ag-grid itself: rows keyed by indicator id (`gdp_growth`, `m:<label>`), columns by entity. */
export function ComparisonGrid({ comparison, loading, quickFilter }: Props) {
  const rowData = useMemo(() => (comparison ? toGridRows(comparison) : undefined), [comparison]);
  const entityKey = comparison?.entities.join('\u0000') ?? '';
  const columnDefs = useMemo(
    () => buildColumns(entityKey ? entityKey.split('\u0000') : []),
    [entityKey],
  );

  return (
    <div className="grid" data-testid="comparison-grid">
      <AgGridReact<GridRow>
        theme={gridTheme}
        rowData={rowData}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        loading={loading && !comparison}
        enableCellSpan
        quickFilterText={quickFilter}
        localeText={gridLocaleText}
        tooltipShowDelay={300}
        tooltipHideDelay={20_000}
        suppressDragLeaveHidesColumns
        animateRows={false}
      />
    </div>
  );
}
