import { useTranslation } from 'react-i18next';
import { NS } from '../findings/strings.ts';

const MARKED = ['high', 'medium', 'low'] as const;

/** What the ⚑ in grid cells means: findings on the cell, coloured by the most severe. */
export function FindingLegend() {
  const { t } = useTranslation(NS);
  return (
    <div className="legend" data-testid="finding-legend">
      <span className="legend-title">{t('title')}</span>
      <ul>
        {MARKED.map((severity) => (
          <li key={severity}>
            <span className={`finding-mark severity-${severity}`} aria-hidden="true">
              ⚑
            </span>{' '}
            {t(`severity.${severity}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
