import type { Comparator } from '../domain/fact.ts';
import type { Direction, Indicator } from '../domain/indicator.ts';

/** A target figure as alignment needs it. */
export interface TargetFigure {
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  comparator: Comparator;
  normValue?: number | null;
  normUnit?: string | null;
}

/**
 * How a district's target stands against its parent's for the same indicator:
 * below (less ambitious, or a looser cap), equal, above (more ambitious, or a stricter cap),
 * missing (the parent sets one, the district does not), unknown (not comparable: qualitative,
 * different units, or no direction).
 */
export type AlignmentMark = 'below' | 'equal' | 'above' | 'missing' | 'unknown';

/**
 * The level a target commits to. For "higher is better" that is its floor: ≥15% commits to 15,
 * 1–2家 to 1, ≈12% to 12 (an approximate figure is read at its value). For a cap ("lower is
 * better", CPI ≤3%) it is its ceiling: ≤3% commits to 3, a range to its top. A comparator that
 * points the other way commits to nothing (≤5% growth as a floor; ≥3% as a cap).
 */
function commitment(f: TargetFigure, direction: 'higher' | 'lower'): number | null {
  if (f.value === null || f.comparator === 'text') return null;
  if (direction === 'higher') {
    if (f.comparator === '<=') return null;
    return f.value;
  }
  if (f.comparator === '>=' || f.comparator === '>') return null;
  return f.comparator === 'range' && f.valueMax !== null ? f.valueMax : f.value;
}

/** Figures in the same unit as written, or else in the same base unit (2.75万人 vs 27500人). */
function comparableValues(a: TargetFigure, b: TargetFigure): [TargetFigure, TargetFigure] | null {
  if ((a.unit ?? '') === (b.unit ?? '')) return [a, b];
  if (
    a.normUnit &&
    a.normUnit === b.normUnit &&
    a.normValue != null &&
    b.normValue != null &&
    a.value &&
    b.value
  ) {
    const scale = (f: TargetFigure) => (f.normValue as number) / (f.value as number);
    const rescale = (f: TargetFigure): TargetFigure => ({
      ...f,
      value: f.normValue as number,
      valueMax: f.valueMax === null ? null : f.valueMax * scale(f),
    });
    return [rescale(a), rescale(b)];
  }
  return null;
}

/**
 * Marks a district target against its parent's, respecting the indicator's direction and both
 * comparators (≥15% vs ≈12% is below; a CPI cap ≤3% vs ≤3.5% is above, i.e. stricter).
 */
export function alignTarget(
  child: TargetFigure | null,
  parent: TargetFigure | null,
  direction: Direction,
): AlignmentMark {
  if (!parent) return 'unknown';
  if (!child) return 'missing';
  if (direction === 'neutral') return 'unknown';
  const pair = comparableValues(child, parent);
  if (!pair) return 'unknown';
  const c = commitment(pair[0], direction);
  const p = commitment(pair[1], direction);
  if (c === null || p === null) return 'unknown';
  const diff = direction === 'higher' ? c - p : p - c;
  if (Math.abs(diff) < 1e-9) return strictnessTie(pair[0], pair[1], direction);
  return diff > 0 ? 'above' : 'below';
}

/** At the same level, a floor that must be exceeded (超过, 突破: '>') goes past one that may be met. */
function strictnessTie(
  child: TargetFigure,
  parent: TargetFigure,
  direction: 'higher' | 'lower',
): AlignmentMark {
  if (direction === 'lower') return 'equal';
  const cs = child.comparator === '>';
  const ps = parent.comparator === '>';
  return cs === ps ? 'equal' : cs ? 'above' : 'below';
}

/**
 * Whether a district's figure can be held against its parent's at all: rates and growths can
 * (增长7% vs 增长8%), amounts cannot (a district's 393亿元 is not "below" its city's 7000亿元).
 */
export function isAlignable(indicator: Pick<Indicator, 'unitKind'> | undefined): boolean {
  return indicator?.unitKind === 'percent' || indicator?.unitKind === 'points';
}
