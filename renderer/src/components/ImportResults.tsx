import type { ImportOutcome, ImportReport } from '../../../shared/api.ts';
import { zh } from '../i18n/zh.ts';

const STATUS_LABEL: Record<ImportOutcome['status'], string> = {
  imported: zh.outcomeImported,
  duplicate: zh.outcomeDuplicate,
  error: zh.outcomeError,
};

function detail(outcome: ImportOutcome): string {
  switch (outcome.status) {
    case 'imported': {
      const parts = [outcome.entity ?? zh.unknownEntity];
      if (outcome.year !== null) parts.push(zh.year(outcome.year));
      parts.push(zh.figures(outcome.factCount));
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
  return (
    <div className="import-results">
      <p className="import-summary">
        {zh.importSummary(report.imported, report.duplicates, report.errors)}
      </p>
      <ul>
        {report.outcomes.map((outcome, i) => (
          <li key={i} className={`outcome outcome-${outcome.status}`} data-status={outcome.status}>
            <span className="outcome-status">{STATUS_LABEL[outcome.status]}</span>
            <span className="outcome-name" title={outcome.name}>
              {outcome.name}
            </span>
            {detail(outcome) && <span className="outcome-detail">{detail(outcome)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
