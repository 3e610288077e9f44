import type { TFunction } from 'i18next';
import type { FactKind } from '../../../shared/domain/index.ts';

/** "2023" → "2023年", "2018-2022" → "2018–2022年"; other periods are shown as written. */
export function periodLabel(t: TFunction, period: string): string {
  const range = /^(\d{4})\s*[-–—~至]\s*(\d{4})$/.exec(period);
  if (range) return t('comparison.periodRange', { from: range[1], to: range[2] });
  if (/^\d{4}$/.test(period)) return t('comparison.periodYear', { year: period });
  return period;
}

export function kindLabel(t: TFunction, kind: FactKind): string {
  return kind === 'target' ? t('comparison.kindTarget') : t('comparison.kindActual');
}

/** The selector's label for a period/kind pair: "2023年 目标", "2022年 完成". */
export function viewLabel(t: TFunction, period: string | null, kind: FactKind | null): string {
  return [
    period ? periodLabel(t, period) : t('comparison.allPeriods'),
    kind ? kindLabel(t, kind) : t('comparison.targetsAndActuals'),
  ].join(' ');
}
