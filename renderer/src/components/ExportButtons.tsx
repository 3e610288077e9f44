import type { GridApi } from 'ag-grid-community';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../export/download.ts';
import { buildExportTable, toCsv, toXlsx, type ExportLabels } from '../export/table.ts';
import type { AlignmentMark } from '../grid/alignment.ts';
import type { GridRow } from '../grid/rows.ts';

interface Props {
  gridApi: RefObject<GridApi<GridRow> | null>;
  entities: string[];
  marks: Map<string, Record<string, AlignmentMark>>;
  documentName: (id: number) => string;
  fileStem: string;
  onStatus: (text: string) => void;
}

/** CSV and XLSX of the grid as shown: its filtered, sorted rows and its columns. */
export function ExportButtons({
  gridApi,
  entities,
  marks,
  documentName,
  fileStem,
  onStatus,
}: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  function table() {
    const rows: GridRow[] = [];
    gridApi.current?.forEachNodeAfterFilterAndSort((node) => node.data && rows.push(node.data));
    const labels: ExportLabels = {
      category: t('comparison.category'),
      indicator: t('comparison.indicator'),
      otherFigures: t('comparison.otherFigures'),
      comparator: t('correct.comparator'),
      unit: t('correct.unit'),
      alignment: t('align.legend'),
      source: t('source.document'),
      marks: {
        below: t('align.below'),
        equal: t('align.equal'),
        above: t('align.above'),
        missing: t('align.missing'),
        unknown: t('align.unknown'),
      },
    };
    return buildExportTable(rows, entities, (r) => marks.get(r.id) ?? {}, documentName, labels);
  }

  async function exportXlsx() {
    setBusy(true);
    onStatus(t('comparison.exporting'));
    try {
      download(await toXlsx(table(), t('comparison.title')), `${fileStem}.xlsx`);
      onStatus('');
    } catch (error) {
      onStatus(String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="export-csv"
        onClick={() =>
          download(
            new Blob([toCsv(table())], { type: 'text/csv;charset=utf-8' }),
            `${fileStem}.csv`,
          )
        }
      >
        {t('comparison.exportCsv')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="export-xlsx"
        disabled={busy}
        onClick={() => void exportXlsx()}
      >
        {busy ? t('comparison.exporting') : t('comparison.exportXlsx')}
      </button>
    </>
  );
}
