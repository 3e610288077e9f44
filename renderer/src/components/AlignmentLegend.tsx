import { useTranslation } from 'react-i18next';
import { MARK_ICON, type AlignmentMark } from '../grid/alignment.ts';

const SHOWN: AlignmentMark[] = ['below', 'equal', 'above', 'missing'];

/** What the marks in district cells mean. */
export function AlignmentLegend({ parent }: { parent: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="legend" data-testid="alignment-legend">
      <span className="legend-title">{t('align.legend')}</span>
      {parent && <span className="muted">{t('align.parent', { name: parent })}</span>}
      <ul>
        {SHOWN.map((mark) => (
          <li key={mark}>
            <span className={`align-mark align-${mark}`} aria-hidden="true">
              {MARK_ICON[mark]}
            </span>
            {t(`align.${mark}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
