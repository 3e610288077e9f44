import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareOptions } from '../../../shared/api.ts';
import { viewKey, type ViewKey } from '../comparison/views.ts';
import { viewLabel } from '../i18n/labels.ts';

interface Props {
  value: ViewKey;
  views: CompareOptions['views'];
  onChange: (view: ViewKey) => void;
}

/** What is compared: each period/kind pair present in the index ("2023年 目标", "2022年 完成"). */
export function ViewSelector({ value, views, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const options = views.some((v) => viewKey(v) === viewKey(value))
    ? views
    : [{ ...value, factCount: 0 }, ...views];
  return (
    <label className="field" htmlFor={id}>
      <span className="field-label">{t('comparison.view')}</span>
      <select
        id={id}
        data-testid="view-selector"
        value={viewKey(value)}
        onChange={(e) => {
          const picked = options.find((v) => viewKey(v) === e.currentTarget.value);
          if (picked) onChange({ period: picked.period, kind: picked.kind });
        }}
      >
        {options.map((v) => (
          <option key={viewKey(v)} value={viewKey(v)}>
            {v.factCount
              ? t('comparison.viewWithCount', {
                  label: viewLabel(t, v.period, v.kind),
                  count: v.factCount,
                })
              : viewLabel(t, v.period, v.kind)}
          </option>
        ))}
      </select>
    </label>
  );
}
