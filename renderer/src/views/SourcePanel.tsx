import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellFact, FindingRecord } from '../../../shared/api.ts';
import { formatFigure } from '../../../shared/format/fact-text.ts';
import { useClient } from '../api/context.ts';
import type { ViewKey } from '../comparison/views.ts';
import { sentenceParts } from '../document/segments.ts';
import { CellFindingsList } from '../findings/CellFindingsList.tsx';
import type { GridRow } from '../grid/rows.ts';
import { useDocument } from '../hooks/useDocument.ts';
import { useQuery } from '../hooks/useQuery.ts';
import { CorrectionForm } from './CorrectionForm.tsx';

interface Props {
  headingRef: RefObject<HTMLHeadingElement | null>;
  indexVersion: number;
  selection: { rowId: string; entity: string; row: GridRow } | null;
  view: ViewKey;
  /** The auditor's findings on the selected cell. */
  findings: readonly FindingRecord[];
  onOpenDocument: (documentId: number, start: number, end: number) => void;
  onShowFinding: (finding: FindingRecord) => void;
}

/**
 * Where the selected cell's figure comes from: each fact's sentence, section and document; and
 * the findings on the cell, if any.
 */
export function SourcePanel(props: Props) {
  const { headingRef, indexVersion, selection, view, onOpenDocument } = props;
  const { t } = useTranslation();
  const { api } = useClient();
  const row = selection?.row;
  const key = selection ? `${selection.entity}:${selection.rowId}:${view.kind}:${view.period}` : '';
  const facts = useQuery(`cell:${key}:${indexVersion}`, () =>
    selection && row
      ? api.cellFacts({
          entity: selection.entity,
          ...(row.indicator ? { indicator: row.indicator } : { metric: row.label }),
          period: view.period,
          kind: view.kind,
        })
      : Promise.resolve([] as CellFact[]),
  );

  return (
    <aside className="panel source-panel" aria-labelledby="source-title" data-testid="source-panel">
      <header className="panel-header">
        <h2 id="source-title" ref={headingRef} tabIndex={-1}>
          {selection && row
            ? t('source.titleFor', { entity: selection.entity, indicator: row.label })
            : t('source.title')}
        </h2>
      </header>
      <div className="source-body">
        {selection && row && (
          <CellFindingsList findings={props.findings} onShow={props.onShowFinding} />
        )}
        {!selection || !row ? (
          <p className="muted">{t('source.empty')}</p>
        ) : facts.loading && !facts.data ? (
          <p className="muted">{t('source.loading')}</p>
        ) : facts.error ? (
          <p role="alert">{facts.error.message}</p>
        ) : (
          <>
            {facts.data?.slice(0, 1).map((fact) => (
              <FactSource
                key={fact.id}
                fact={fact}
                primary
                row={row}
                indexVersion={indexVersion}
                onOpenDocument={onOpenDocument}
              />
            ))}
            {(facts.data?.length ?? 0) > 1 && (
              <>
                <h3 className="source-subtitle">
                  {t('source.otherFacts', { count: facts.data!.length - 1 })}
                </h3>
                {facts.data!.slice(1).map((fact) => (
                  <FactSource
                    key={fact.id}
                    fact={fact}
                    primary={false}
                    row={row}
                    indexVersion={indexVersion}
                    onOpenDocument={onOpenDocument}
                  />
                ))}
              </>
            )}
          </>
        )}
      </div>
    </aside>
  );
}

interface FactProps {
  fact: CellFact;
  primary: boolean;
  row: GridRow;
  indexVersion: number;
  onOpenDocument: (documentId: number, start: number, end: number) => void;
}

function FactSource({ fact, primary, row, indexVersion, onOpenDocument }: FactProps) {
  const { t } = useTranslation();
  const doc = useDocument(fact.documentId, indexVersion);
  const corrected = Object.keys(fact.extracted).length > 0;
  const parts = doc.data ? sentenceParts(doc.data.text, fact) : null;
  return (
    <article
      className={`fact-source${fact.hidden ? ' fact-hidden' : ''}`}
      data-testid={primary ? 'source-primary' : 'source-other'}
      data-fact-id={fact.id}
    >
      <div className="fact-source-head">
        <strong className="fact-figure" data-testid="source-figure">
          {formatFigure(fact)}
        </strong>
        {fact.hedge && <span className="chip">{t('source.hedge', { hedge: fact.hedge })}</span>}
        {corrected && (
          <span className="chip chip-corrected" data-testid="corrected-badge">
            ✎ {t('source.corrected')}
          </span>
        )}
        {fact.hidden && <span className="chip">{t('source.notAFactBadge')}</span>}
      </div>
      <dl className="fact-meta">
        <dt>{t('source.sentence')}</dt>
        <dd className="fact-sentence" data-testid="source-sentence">
          {parts ? (
            <>
              {parts.before}
              <mark className="figure-highlight">{parts.figure}</mark>
              {parts.after}
            </>
          ) : (
            <mark className="figure-highlight">{fact.quote}</mark>
          )}
        </dd>
        {fact.section.length > 0 && (
          <>
            <dt>{t('source.section')}</dt>
            <dd data-testid="source-section">{fact.section.join(' › ')}</dd>
          </>
        )}
        <dt>{t('source.document')}</dt>
        <dd data-testid="source-document">
          {fact.documentName}
          {fact.documentType && <span className="muted"> · {fact.documentType}</span>}
        </dd>
      </dl>
      <button
        type="button"
        className="button"
        data-testid="open-in-document"
        onClick={() => onOpenDocument(fact.documentId, fact.start, fact.end)}
      >
        {t('source.openInDocument')}
      </button>
      <CorrectionForm fact={fact} row={row} />
    </article>
  );
}
