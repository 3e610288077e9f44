import type { Comparator } from '../domain/fact.ts';

export interface FigureLike {
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  comparator: Comparator;
}

const PREFIX: Partial<Record<Comparator, string>> = { '>=': '≥', '>': '>', '<=': '≤', '~': '≈' };

/** Trims float noise (0.30000000000000004 → 0.3) without forcing a fixed number of decimals. */
export function formatNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** How a comparison cell reads a figure, compactly and the way reports write it: ≥15%, ≈12%, 1–2家. */
export function formatFigure(f: FigureLike): string {
  if (f.comparator === 'text' || f.value === null) return '同步';
  const unit = f.unit ?? '';
  if (f.comparator === 'range' && f.valueMax !== null) {
    return `${formatNumber(f.value)}–${formatNumber(f.valueMax)}${unit}`;
  }
  return `${PREFIX[f.comparator] ?? ''}${formatNumber(f.value)}${unit}`;
}
