import { useTranslation } from 'react-i18next';

interface Props {
  all: string[];
  hidden: ReadonlySet<string>;
  pinned: ReadonlySet<string>;
  onHiddenChange: (hidden: string[]) => void;
  onPinnedChange: (pinned: string[]) => void;
}

/** Which entities are columns (parent first, as ordered) and which are pinned left. */
export function ColumnPicker({ all, hidden, pinned, onHiddenChange, onPinnedChange }: Props) {
  const { t } = useTranslation();
  const shownCount = all.filter((e) => !hidden.has(e)).length;
  return (
    <details className="popover" data-testid="column-picker">
      <summary className="button">
        {t('comparison.columnsCount', {
          label: t('comparison.columns'),
          shown: shownCount,
          total: all.length,
        })}
      </summary>
      <div className="popover-body">
        <p className="muted small">{t('comparison.columnsHint')}</p>
        <ul className="picker-list">
          {all.map((entity) => (
            <li key={entity}>
              <label>
                <input
                  type="checkbox"
                  data-entity={entity}
                  checked={!hidden.has(entity)}
                  disabled={!hidden.has(entity) && shownCount === 1}
                  onChange={(e) =>
                    onHiddenChange(
                      e.currentTarget.checked
                        ? [...hidden].filter((x) => x !== entity)
                        : [...hidden, entity],
                    )
                  }
                />
                {entity}
              </label>
              <label className="pin-toggle">
                <input
                  type="checkbox"
                  checked={pinned.has(entity)}
                  onChange={(e) =>
                    onPinnedChange(
                      e.currentTarget.checked
                        ? [...pinned, entity]
                        : [...pinned].filter((x) => x !== entity),
                    )
                  }
                />
                {t('comparison.pin')}
                <span className="visually-hidden">{entity}</span>
              </label>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
