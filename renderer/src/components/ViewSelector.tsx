import { useId } from 'react';
import type { CompareOptions } from '../../../shared/api.ts';
import type { FactKind } from '../../../shared/domain/index.ts';
import { viewLabel, zh } from '../i18n/zh.ts';

export interface ComparisonViewKey {
  period: string;
  kind: FactKind;
}

export function viewKey(v: ComparisonViewKey): string {
  return `${v.kind}:${v.period}`;
}

interface Props {
  value: ComparisonViewKey;
  views: CompareOptions['views'];
  onChange: (view: ComparisonViewKey) => void;
}

/** What is compared: each period/kind pair present in the index ("2023年 目标", "2022年 完成"). */
export function ViewSelector({ value, views, onChange }: Props) {
  const id = useId();
  const options = views.some((v) => viewKey(v) === viewKey(value))
    ? views
    : [{ ...value, factCount: 0 }, ...views];
  return (
    <label className="field" htmlFor={id}>
      <span className="field-label">{zh.view}</span>
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
            {viewLabel(v.period, v.kind)}
            {v.factCount ? `（${v.factCount}）` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
