import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingRecord, FindingReview } from '../../../shared/api.ts';
import { DiffSides, EvidenceList } from './Evidence.tsx';
import { ReviewForm } from './ReviewForm.tsx';
import { findingText, NS } from './strings.ts';

interface Props {
  finding: FindingRecord;
  /** Followed from a grid cell: shown open, scrolled to and focused. */
  focused?: boolean;
  documentName: (id: number) => string;
  onOpenDocument: (documentId: number, start: number, end: number) => void;
  onReviewed: (review: FindingReview) => void;
}

/** One finding: a summary line that expands to its explanation, figures, evidence and review. */
export function FindingItem(props: Props) {
  const { finding: f, focused = false, documentName, onOpenDocument, onReviewed } = props;
  const { t, i18n } = useTranslation(NS);
  const text = findingText(f, i18n.language);
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);

  // Opened through the DOM rather than an `open` prop, so the user can still close it.
  useEffect(() => {
    if (!focused || !details.current) return;
    details.current.open = true;
    details.current.scrollIntoView({ block: 'nearest' });
    summary.current?.focus({ preventScroll: true });
  }, [focused]);

  return (
    <li
      className={`findings-item severity-${f.severity} status-${f.review.status}${focused ? ' findings-item-focused' : ''}`}
      data-finding-key={f.key}
    >
      <details ref={details}>
        <summary ref={summary}>
          <span className={`findings-badge severity-${f.severity}`}>
            {t(`severity.${f.severity}`)}
          </span>
          <span className="findings-type">{t(`type.${f.type}`)}</span>
          <span className={`findings-outcome outcome-${f.outcome}`}>
            {t(`outcome.${f.outcome}`)}
          </span>
          <span className="findings-title">{text.title}</span>
          {f.review.status !== 'open' && (
            <span className="findings-status">{t(`status.${f.review.status}`)}</span>
          )}
        </summary>
        <div className="findings-body">
          <p>{text.explanation}</p>
          {f.figures.length > 0 && (
            <table className="findings-figures">
              <caption className="visually-hidden">{t('figures')}</caption>
              <tbody>
                {f.figures.map((x, i) => (
                  <tr key={i}>
                    <td>{t(`role.${x.role}`, { defaultValue: x.role })}</td>
                    <td>{x.entity}</td>
                    <td>{x.metric}</td>
                    <td>{x.period}</td>
                    <td className="findings-figure">{x.figure}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h4>{t('evidence')}</h4>
          {f.diff ? (
            <DiffSides
              left={f.diff.left}
              right={f.diff.right}
              documentName={documentName}
              onOpen={onOpenDocument}
            />
          ) : (
            <EvidenceList
              evidence={f.evidence}
              documentName={documentName}
              onOpen={onOpenDocument}
            />
          )}
          <h4>{t('review')}</h4>
          <ReviewForm review={f.review} onSaved={onReviewed} />
        </div>
      </details>
    </li>
  );
}
