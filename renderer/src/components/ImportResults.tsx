import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportOutcome, ImportReport } from '../../../shared/api.ts';

function detail(t: TFunction, outcome: ImportOutcome): string {
  switch (outcome.status) {
    case 'imported': {
      const parts = [outcome.entity ?? t('documents.unknownEntity')];
      if (outcome.year !== null) parts.push(t('documents.year', { year: outcome.year }));
      parts.push(t('documents.figures', { count: outcome.factCount }));
      return parts.join(' · ');
    }
    case 'duplicate':
      return '';
    case 'error':
      return outcome.error;
  }
}

/** One line per file: imported (with what was recognised), already present, or failed and why. */
export function ImportResults({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <div className="import-results">
      <p className="import-summary">
        {t('import.summary', {
          imported: report.imported,
          duplicates: report.duplicates,
          errors: report.errors,
        })}
      </p>
      <ul>
        {report.outcomes.map((outcome, i) => (
          <li key={i} className={`outcome outcome-${outcome.status}`} data-status={outcome.status}>
            <span className="outcome-status">{t(`import.${outcome.status}`)}</span>
            <span className="outcome-name" title={outcome.name}>
              {outcome.name}
            </span>
            {detail(t, outcome) && <span className="outcome-detail">{detail(t, outcome)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
