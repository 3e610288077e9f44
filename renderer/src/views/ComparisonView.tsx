import { useMemo, useState } from 'react';
import { useClient } from '../api/context.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { ViewSelector, viewKey, type ComparisonViewKey } from '../components/ViewSelector.tsx';
import { useQuery } from '../hooks/useQuery.ts';
import { zh } from '../i18n/zh.ts';
import { ComparisonGrid } from './ComparisonGrid.tsx';

/** The first screen's default: this year's targets. */
export const DEFAULT_VIEW: ComparisonViewKey = { period: '2023', kind: 'target' };

/** Indicators × entities for one period/kind, with the selector for what is compared. */
export function ComparisonView({ indexVersion }: { indexVersion: number }) {
  const { api } = useClient();
  const [chosen, setChosen] = useState<ComparisonViewKey | null>(null);
  const [filter, setFilter] = useState('');

  const options = useQuery(`options:${indexVersion}`, () => api.compareOptions({}));
  const views = useMemo(() => options.data?.views ?? [], [options.data]);
  // Until the user picks, show 2023 targets — or, when the index has none, its largest view.
  const fallback = views.some((v) => viewKey(v) === viewKey(DEFAULT_VIEW)) ? undefined : views[0];
  const view: ComparisonViewKey =
    chosen ?? (fallback ? { period: fallback.period, kind: fallback.kind } : DEFAULT_VIEW);

  const comparison = useQuery(`compare:${viewKey(view)}:${indexVersion}`, () =>
    api.compare({ period: view.period, kind: view.kind }),
  );
  const data = comparison.data;

  return (
    <section className="panel comparison" aria-labelledby="comparison-title">
      <header className="panel-header toolbar">
        <h2 id="comparison-title">{zh.comparison}</h2>
        <ViewSelector value={view} views={views} onChange={setChosen} />
        <label className="field field-search">
          <span className="visually-hidden">{zh.quickFilter}</span>
          <input
            type="search"
            placeholder={zh.quickFilterPlaceholder}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
          />
        </label>
        <span className="muted toolbar-count" data-testid="row-count">
          {data ? zh.rowsCount(data.rows.length) : ''}
        </span>
      </header>
      {comparison.error && !comparison.loading ? (
        <div className="error-box" role="alert">
          <p>
            {zh.loadFailed}：{comparison.error.message}
          </p>
          <button type="button" className="button" onClick={comparison.retry}>
            {zh.retry}
          </button>
        </div>
      ) : data && data.rows.length === 0 && !comparison.loading ? (
        <EmptyState title={zh.emptyGridTitle}>
          <p>{zh.emptyGridBody}</p>
        </EmptyState>
      ) : (
        <ComparisonGrid comparison={data} loading={comparison.loading} quickFilter={filter} />
      )}
    </section>
  );
}
