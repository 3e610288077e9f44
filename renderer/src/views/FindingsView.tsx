import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingsList, ReviewStatus } from '../../../shared/api.ts';
import { REVIEW_STATUSES } from '../../../shared/findings/types.ts';
import {
  FINDING_TYPES,
  SEVERITIES,
  type FindingType,
  type Severity,
} from '../../../shared/findings/types.ts';
import { useClient } from '../api/context.ts';
import { download } from '../export/download.ts';
import { FindingItem } from '../findings/FindingItem.tsx';
import { NS } from '../findings/strings.ts';
import '../findings/findings.css';
import { useIndexVersion } from '../hooks/useCoreEvents.ts';
import { useQuery } from '../hooks/useQuery.ts';

interface Filters {
  type?: FindingType;
  entity?: string;
  severity?: Severity;
  status?: ReviewStatus;
}

/** Findings shown at once; the export has them all. */
const LIMIT = 1000;

/** A finding to open the view at (followed from a grid cell): listed by its type, expanded. */
export interface FindingFocus {
  key: string;
  type: FindingType;
}

interface Props {
  focus?: FindingFocus | null;
  onOpenDocument: (documentId: number, start: number, end: number) => void;
  /** After a review is saved (the grid's marks depend on reviews). */
  onReviewed?: () => void;
}

function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * 审计发现: figures that do not agree and the checks that hold, filtered by type, entity,
 * severity and status; each expands to its evidence, and can be judged with a comment. Followed
 * from a grid cell, it opens at that finding.
 */
export function FindingsView({ focus, onOpenDocument, onReviewed }: Props) {
  const { t } = useTranslation(NS);
  const { api } = useClient();
  const indexVersion = useIndexVersion();
  const [filters, setFilters] = useState<Filters>(focus ? { type: focus.type } : {});
  const [reviews, setReviews] = useState(0);
  const [status, setStatus] = useState('');
  const query = useQuery<FindingsList>(
    `${indexVersion}:${reviews}:${JSON.stringify(filters)}`,
    () => api.listFindings({ ...filters, limit: LIMIT }),
  );
  const list = query.data;
  const documentName = (id: number) => list?.documents[id] ?? `#${id}`;

  function select<K extends keyof Filters>(key: K, value: string) {
    setFilters((f) => ({ ...f, [key]: value || undefined }));
  }

  async function exportAs(format: 'csv' | 'xlsx') {
    setStatus(t('exporting'));
    try {
      const file = await api.exportFindings({ format, ...filters });
      download(new Blob([fromBase64(file.base64)], { type: file.mime }), file.name);
      setStatus(t('exported', { count: file.count }));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  }

  const counts = list?.counts;
  const option = (value: string, label: string, n: number | undefined) => (
    <option key={value} value={value}>
      {label}
      {n === undefined ? '' : ` (${n})`}
    </option>
  );

  return (
    <section
      className="panel findings-view"
      aria-labelledby="findings-title"
      data-testid="findings-view"
    >
      <header className="panel-header">
        <h2 id="findings-title">{t('title')}</h2>
        {list && (
          <span className="toolbar-count">
            {list.total > list.findings.length
              ? t('countOf', { count: list.findings.length, total: list.total })
              : t('count', { count: list.total })}{' '}
            · {t('computed', { ms: list.computeMs })}
          </span>
        )}
        <span className="muted" aria-live="polite">
          {status}
        </span>
        <button type="button" className="button" onClick={() => void exportAs('csv')}>
          {t('exportCsv')}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('xlsx')}>
          {t('exportXlsx')}
        </button>
      </header>
      <div className="findings-filters">
        <label className="field">
          <span className="field-label">{t('filterType')}</span>
          <select
            value={filters.type ?? ''}
            onChange={(e) => select('type', e.currentTarget.value)}
          >
            {option('', t('all'), undefined)}
            {FINDING_TYPES.map((v) => option(v, t(`type.${v}`), counts?.type[v] ?? 0))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('filterEntity')}</span>
          <select
            value={filters.entity ?? ''}
            onChange={(e) => select('entity', e.currentTarget.value)}
          >
            {option('', t('all'), undefined)}
            {Object.keys(counts?.entity ?? {})
              .sort()
              .map((v) => option(v, v, counts?.entity[v]))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('filterSeverity')}</span>
          <select
            value={filters.severity ?? ''}
            onChange={(e) => select('severity', e.currentTarget.value)}
          >
            {option('', t('all'), undefined)}
            {SEVERITIES.map((v) => option(v, t(`severity.${v}`), counts?.severity[v] ?? 0))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('filterStatus')}</span>
          <select
            value={filters.status ?? ''}
            onChange={(e) => select('status', e.currentTarget.value)}
          >
            {option('', t('all'), undefined)}
            {REVIEW_STATUSES.map((v) => option(v, t(`status.${v}`), counts?.status[v] ?? 0))}
          </select>
        </label>
      </div>
      {query.error && <p role="alert">{query.error.message}</p>}
      {!list && query.loading && <p className="muted">{t('loading')}</p>}
      {list && list.findings.length === 0 && (
        <p className="muted">
          {Object.keys(list.documents).length === 0 ? t('emptyIndex') : t('empty')}
        </p>
      )}
      {list && (
        <ul className="findings-list" data-testid="findings-list">
          {list.findings.map((f) => (
            <FindingItem
              key={f.key}
              finding={f}
              documentName={documentName}
              focused={f.key === focus?.key}
              onOpenDocument={onOpenDocument}
              onReviewed={() => {
                setReviews((n) => n + 1);
                onReviewed?.();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
