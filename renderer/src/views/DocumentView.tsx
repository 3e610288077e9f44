import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactRecord } from '../../../shared/api.ts';
import { formatFigure } from '../../../shared/format/fact-text.ts';
import { segments, type Mark } from '../document/segments.ts';
import { useDocument } from '../hooks/useDocument.ts';
import { kindLabel, periodLabel } from '../i18n/labels.ts';

export interface DocumentTarget {
  documentId: number;
  start: number;
  end: number;
}

interface FigureMark extends Mark {
  fact: FactRecord | null;
}

interface Props {
  target: DocumentTarget;
  indexVersion: number;
  onBack: () => void;
}

/**
 * A report's text with every extracted figure highlighted (targets and achieved figures styled
 * apart, corrected ones marked), its facts listed beside it, scrolled to the asked-for place.
 */
export function DocumentView({ target, indexVersion, onBack }: Props) {
  const { t } = useTranslation();
  const doc = useDocument(target.documentId, indexVersion);
  const [active, setActive] = useState<{ start: number; end: number }>(target);
  const textRef = useRef<HTMLDivElement>(null);

  const parts = useMemo(() => {
    if (!doc.data) return [];
    const marks: FigureMark[] = doc.data.facts.map((f) => ({
      id: f.id,
      start: f.start,
      end: f.end,
      fact: f,
    }));
    // A search hit that is not a figure gets a mark of its own.
    if (!marks.some((m) => m.start <= active.start && active.start < m.end)) {
      marks.push({ id: -1, start: active.start, end: active.end, fact: null });
    }
    return segments(doc.data.text, marks);
  }, [doc.data, active]);

  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const el = textRef.current?.querySelector<HTMLElement>('[data-active="true"]');
    el?.scrollIntoView({ block: 'center' });
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [parts]);

  const isActive = (start: number, length: number) =>
    start <= active.start && active.start < start + Math.max(length, 1);

  return (
    <section
      className="panel document-view"
      aria-labelledby="document-title"
      data-testid="document-view"
    >
      <header className="panel-header toolbar">
        <button type="button" className="button" onClick={onBack} data-testid="document-back">
          ← {t('document.back')}
        </button>
        <h2 id="document-title">{doc.data?.name ?? t('document.loading')}</h2>
        {doc.data && (
          <span className="muted">
            {doc.data.entity ?? t('documents.unknownEntity')} ·{' '}
            {doc.data.year
              ? t('documents.year', { year: doc.data.year })
              : t('documents.unknownYear')}
            {doc.data.type ? ` · ${doc.data.type}` : ''}
          </span>
        )}
        <span className="toolbar-spacer" />
        <span className="legend">
          <mark className="fact-mark fact-target">{t('document.legendTarget')}</mark>
          <mark className="fact-mark fact-actual">{t('document.legendActual')}</mark>
          <mark className="fact-mark fact-target fact-corrected">
            {t('document.legendCorrected')}
          </mark>
        </span>
      </header>
      <div className="document-body">
        <div
          ref={textRef}
          className="document-text"
          data-testid="document-text"
          role="region"
          aria-label={t('document.textLabel')}
          tabIndex={0}
        >
          {parts.map((p) => {
            const activeHere = isActive(p.start, p.text.length);
            if (!p.mark) {
              return activeHere ? (
                <span key={p.start} data-active="true">
                  {p.text}
                </span>
              ) : (
                p.text
              );
            }
            const fact = p.mark.fact;
            const cls = fact
              ? `fact-mark fact-${fact.kind}${Object.keys(fact.extracted).length ? ' fact-corrected' : ''}${fact.hidden ? ' fact-hidden' : ''}`
              : 'fact-mark search-hit';
            return (
              <mark
                key={p.start}
                className={cls}
                data-fact-id={fact?.id}
                data-active={activeHere ? 'true' : undefined}
                title={
                  fact
                    ? `${kindLabel(t, fact.kind)} · ${fact.period ? periodLabel(t, fact.period) : ''} · ${fact.metric} ${formatFigure(fact)}`
                    : undefined
                }
              >
                {p.text}
              </mark>
            );
          })}
        </div>
        <aside className="document-facts" aria-labelledby="document-facts-title">
          <h3 id="document-facts-title">
            {t('document.facts', { count: doc.data?.facts.length ?? 0 })}
          </h3>
          <ol className="fact-list" data-testid="document-fact-list" ref={listRef}>
            {doc.data?.facts.map((f) => (
              <li key={f.id}>
                <button
                  type="button"
                  className={`fact-item fact-${f.kind}`}
                  aria-current={isActive(f.start, f.end - f.start) ? 'true' : undefined}
                  onClick={() => setActive({ start: f.start, end: f.end })}
                >
                  <span className="fact-item-figure">{formatFigure(f)}</span>
                  <span className="fact-item-metric">{f.metric}</span>
                  <span className="muted small">
                    {kindLabel(t, f.kind)}
                    {f.period ? ` · ${periodLabel(t, f.period)}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </section>
  );
}
