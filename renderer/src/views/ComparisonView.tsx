import type { GridApi } from 'ag-grid-community';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingRecord } from '../../../shared/api.ts';
import type { DocumentSummary } from '../../../shared/domain/index.ts';
import { useClient } from '../api/context.ts';
import { AlignmentLegend } from '../components/AlignmentLegend.tsx';
import { ColumnPicker } from '../components/ColumnPicker.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { ExportButtons } from '../components/ExportButtons.tsx';
import { FindingLegend } from '../components/FindingLegend.tsx';
import { ViewSelector } from '../components/ViewSelector.tsx';
import {
  chosenColumns,
  DEFAULT_VIEW,
  orderEntities,
  viewKey,
  viewsForYear,
  type ViewKey,
} from '../comparison/views.ts';
import { isMisaligned, rowAlignment, shownParents, type AlignmentMark } from '../grid/alignment.ts';
import { buildFindingLookup, findingsAt } from '../grid/finding-marks.ts';
import { toGridRows, type GridRow } from '../grid/rows.ts';
import { useQuery } from '../hooks/useQuery.ts';
import { useStoredState } from '../hooks/useStoredState.ts';
import { ChartPanel } from './ChartPanel.tsx';
import { ComparisonGrid, type CellSelection } from './ComparisonGrid.tsx';
import { DocumentsPanel } from './DocumentsPanel.tsx';
import { SourcePanel } from './SourcePanel.tsx';

/**
 * Findings fetched for the grid's marks. The core lists them most severe first, so a cut drops
 * checks that hold (which mark nothing) first.
 */
const FINDINGS_LIMIT = 10_000;
const NONE: FindingRecord[] = [];

interface Props {
  indexVersion: number;
  /** Goes up when a finding is reviewed, so marks follow "not an issue" judgments. */
  reviewVersion: number;
  documents: DocumentSummary[] | undefined;
  onOpenDocument: (documentId: number, start: number, end: number) => void;
  onShowFinding: (finding: FindingRecord) => void;
}

/** Indicators × entities for one period/kind, with everything a planner does around it. */
export function ComparisonView(props: Props) {
  const { indexVersion, reviewVersion, documents, onOpenDocument, onShowFinding } = props;
  const { t } = useTranslation();
  const { api } = useClient();
  const [chosen, setChosen] = useState<ViewKey | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [filter, setFilter] = useState('');
  const [onlyMisaligned, setOnlyMisaligned] = useState(false);
  const [hidden, setHidden] = useStoredState<string[]>('duibiao.hiddenColumns', []);
  const [pinnedList, setPinned] = useStoredState<string[]>('duibiao.pinnedColumns', []);
  const [selection, setSelection] = useState<CellSelection | null>(null);
  const [rangeRows, setRangeRows] = useState<string[]>([]);
  const [showChart, setShowChart] = useState(false);
  const [status, setStatus] = useState('');
  const gridApi = useRef<GridApi<GridRow> | null>(null);
  const sourceHeading = useRef<HTMLHeadingElement>(null);

  const options = useQuery(`options:${indexVersion}`, () => api.compareOptions({}));
  const years = useMemo(
    () => [...new Set((documents ?? []).flatMap((d) => (d.year ? [d.year] : [])))].sort(),
    [documents],
  );
  const views = useMemo(
    () => viewsForYear(options.data?.views ?? [], years.length > 1 ? year : null),
    [options.data, years, year],
  );
  // Until the user picks, show 2023 targets — or, when the index has none, its largest view.
  const fallback = views.some((v) => viewKey(v) === viewKey(DEFAULT_VIEW)) ? undefined : views[0];
  const view: ViewKey =
    chosen && views.some((v) => viewKey(v) === viewKey(chosen))
      ? chosen
      : fallback
        ? { period: fallback.period, kind: fallback.kind }
        : DEFAULT_VIEW;

  const comparison = useQuery(`compare:${viewKey(view)}:${indexVersion}`, () =>
    api.compare({ period: view.period, kind: view.kind }),
  );
  const data = comparison.data;

  const findingList = useQuery(`findings:${indexVersion}:${reviewVersion}`, () =>
    api.listFindings({ limit: FINDINGS_LIMIT }),
  );
  const findings = useMemo(
    () => buildFindingLookup(findingList.data?.findings ?? []),
    [findingList.data],
  );

  const entityInfo = useMemo(() => options.data?.entities ?? [], [options.data]);
  const allColumns = useMemo(() => {
    const present = new Set(data?.entities ?? []);
    const ordered = orderEntities(entityInfo).filter((e) => present.has(e));
    // Entities the core compares but does not list (yet) keep the core's order, after.
    return [...ordered, ...(data?.entities ?? []).filter((e) => !ordered.includes(e))];
  }, [entityInfo, data]);
  const entities = useMemo(() => chosenColumns(allColumns, hidden), [allColumns, hidden]);
  const hiddenSet = useMemo(() => new Set(hidden), [hidden]);
  const pinned = useMemo(() => new Set(pinnedList), [pinnedList]);

  const allRows = useMemo(() => (data ? toGridRows(data) : undefined), [data]);
  const parents = useMemo(() => shownParents(entities, entityInfo), [entities, entityInfo]);
  const marks = useMemo(() => {
    const map = new Map<string, Record<string, AlignmentMark>>();
    if (view.kind !== 'target') return map;
    for (const row of allRows ?? []) map.set(row.id, rowAlignment(row, parents));
    return map;
  }, [allRows, parents, view.kind]);
  const rows = useMemo(
    () => (onlyMisaligned ? allRows?.filter((r) => isMisaligned(marks.get(r.id) ?? {})) : allRows),
    [allRows, marks, onlyMisaligned],
  );
  const parentName = parents.size ? [...parents.values()][0]! : null;

  const selectedRow = selection ? allRows?.find((r) => r.id === selection.rowId) : undefined;
  const selectedFindings =
    selection && selectedRow
      ? findingsAt(findings, selection.entity, selectedRow, view)
      : undefined;
  const chartRows = useMemo(() => {
    const ids = rangeRows.length ? rangeRows : selection ? [selection.rowId] : [];
    return (allRows ?? []).filter((r) => ids.includes(r.id) && r.indicator);
  }, [allRows, rangeRows, selection]);

  // One target period per report year, for the chart's trend (only with several years).
  const trendPeriods = useMemo(
    () =>
      years.length > 1
        ? (options.data?.views ?? [])
            .filter((v) => v.kind === 'target' && years.includes(Number(v.period)))
            .map((v) => v.period)
            .sort()
        : [],
    [options.data, years],
  );

  const onCopied = useCallback(
    (r: number, c: number) => setStatus(t('comparison.copied', { rows: r, cols: c })),
    [t],
  );
  const onOpenSource = useCallback(() => sourceHeading.current?.focus(), []);

  const documentName = useCallback(
    (id: number) => documents?.find((d) => d.id === id)?.name ?? String(id),
    [documents],
  );

  return (
    <div className="comparison-layout">
      <DocumentsPanel documents={documents} />
      <section className="panel comparison" aria-labelledby="comparison-title">
        <header className="panel-header toolbar">
          <h2 id="comparison-title">{t('comparison.title')}</h2>
          {years.length > 1 && (
            <label className="field">
              <span className="field-label">{t('comparison.year')}</span>
              <select
                data-testid="year-selector"
                value={year ?? ''}
                onChange={(e) =>
                  setYear(e.currentTarget.value ? Number(e.currentTarget.value) : null)
                }
              >
                <option value="">{t('comparison.allPeriods')}</option>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {t('documents.year', { year: y })}
                  </option>
                ))}
              </select>
            </label>
          )}
          <ViewSelector value={view} views={views} onChange={setChosen} />
          <ColumnPicker
            all={allColumns}
            hidden={hiddenSet}
            pinned={pinned}
            onHiddenChange={setHidden}
            onPinnedChange={setPinned}
          />
          <label className="field field-search">
            <span className="visually-hidden">{t('comparison.quickFilter')}</span>
            <input
              type="search"
              placeholder={t('comparison.quickFilterPlaceholder')}
              value={filter}
              onChange={(e) => setFilter(e.currentTarget.value)}
            />
          </label>
          {view.kind === 'target' && (
            <label className="check">
              <input
                type="checkbox"
                data-testid="only-misaligned"
                checked={onlyMisaligned}
                onChange={(e) => setOnlyMisaligned(e.currentTarget.checked)}
              />
              {t('comparison.onlyMisaligned')}
            </label>
          )}
          <span className="toolbar-spacer" />
          <button
            type="button"
            className="button"
            aria-pressed={showChart}
            onClick={() => setShowChart((s) => !s)}
          >
            {t('comparison.chart')}
          </button>
          <ExportButtons
            gridApi={gridApi}
            entities={entities}
            marks={marks}
            documentName={documentName}
            fileStem={`duibiao-${view.kind}-${view.period}`}
            onStatus={setStatus}
          />
        </header>
        <div className="subbar">
          {view.kind === 'target' && <AlignmentLegend parent={parentName} />}
          {findings.size > 0 && <FindingLegend />}
          <span className="muted toolbar-count" data-testid="row-count">
            {rows ? t('comparison.rowsCount', { count: rows.length }) : ''}
          </span>
          <span className="muted small">{t('comparison.keyboardHint')}</span>
          <span className="status" role="status" data-testid="grid-status">
            {status}
          </span>
        </div>
        <div className="comparison-body">
          <div className="comparison-main">
            {comparison.error && !comparison.loading ? (
              <div className="error-box" role="alert">
                <p>{t('app.loadFailedWith', { error: comparison.error.message })}</p>
                <button type="button" className="button" onClick={comparison.retry}>
                  {t('app.retry')}
                </button>
              </div>
            ) : data && data.rows.length === 0 && !comparison.loading ? (
              <EmptyState title={t('comparison.emptyTitle')}>
                <p>{t('comparison.emptyBody')}</p>
              </EmptyState>
            ) : (
              <ComparisonGrid
                rows={rows}
                entities={entities}
                pinned={pinned}
                marks={marks}
                findings={findings}
                view={view}
                loading={comparison.loading}
                quickFilter={filter}
                onSelect={setSelection}
                onOpenSource={onOpenSource}
                onRangeRows={setRangeRows}
                onCopied={onCopied}
                onReady={(gridApiValue) => (gridApi.current = gridApiValue)}
              />
            )}
            {showChart && (
              <ChartPanel
                rows={chartRows}
                entities={entities}
                parent={parentName}
                trendPeriods={trendPeriods}
              />
            )}
          </div>
          <SourcePanel
            headingRef={sourceHeading}
            indexVersion={indexVersion}
            selection={selection && selectedRow ? { ...selection, row: selectedRow } : null}
            view={view}
            findings={selectedFindings?.findings ?? NONE}
            onOpenDocument={onOpenDocument}
            onShowFinding={onShowFinding}
          />
        </div>
      </section>
    </div>
  );
}
