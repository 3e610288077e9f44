import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingRecord } from '../../../shared/api.ts';
import './findings.css';
import { findingText, NS } from './strings.ts';

interface Props {
  findings: readonly FindingRecord[];
  onShow: (finding: FindingRecord) => void;
}

/** The source panel's list of the findings on the selected cell, each one click from the Findings tab. */
export function CellFindingsList({ findings, onShow }: Props) {
  const { t, i18n } = useTranslation(NS);
  const titleId = useId();
  if (findings.length === 0) return null;
  return (
    <section className="cell-findings" aria-labelledby={titleId} data-testid="cell-findings">
      <h3 id={titleId} className="source-subtitle">
        {t('onCell', { count: findings.length })}
      </h3>
      <ul>
        {findings.map((f) => {
          const title = findingText(f, i18n.language).title;
          return (
            <li key={f.key} className="cell-finding" data-finding-key={f.key}>
              <span className={`findings-badge severity-${f.severity}`}>
                {t(`severity.${f.severity}`)}
              </span>
              <span className="findings-type">{t(`type.${f.type}`)}</span>
              {f.review.status !== 'open' && (
                <span className="findings-status">{t(`status.${f.review.status}`)}</span>
              )}
              <p className="cell-finding-title">{title}</p>
              <button
                type="button"
                className="button button-small"
                aria-label={t('showInFindingsLabel', { title })}
                onClick={() => onShow(f)}
              >
                {t('showInFindings')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
