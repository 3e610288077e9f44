import { alignTarget, isAlignable, type AlignmentMark } from '../../../shared/compare/alignment.ts';
import { indicatorById } from '../../../shared/catalog/indicators.ts';
import type { EntityInfo } from '../../../shared/domain/index.ts';
import { primaryFact, type GridRow } from './rows.ts';

export type { AlignmentMark };

/** Each shown entity's parent, when that parent is shown too (only those cells get a mark). */
export function shownParents(
  entities: readonly string[],
  info: readonly EntityInfo[],
): Map<string, string> {
  const shown = new Set(entities);
  const parents = new Map<string, string>();
  for (const e of info) {
    if (e.parent && shown.has(e.name) && shown.has(e.parent)) parents.set(e.name, e.parent);
  }
  return parents;
}

/**
 * The alignment mark of every district cell of a row against its parent's primary target, by
 * the indicator's direction; unmapped metrics and amounts (not rates) are left unmarked. Entities
 * without a shown parent, or whose parent states nothing for the row, get no mark.
 */
export function rowAlignment(
  row: GridRow,
  parents: ReadonlyMap<string, string>,
): Record<string, AlignmentMark> {
  const marks: Record<string, AlignmentMark> = {};
  const indicator = row.indicator ? indicatorById(row.indicator) : undefined;
  if (!indicator || !isAlignable(indicator)) return marks;
  const direction = indicator.direction;
  for (const [child, parent] of parents) {
    const parentFact = primaryFact(row, parent);
    if (!parentFact) continue;
    marks[child] = alignTarget(primaryFact(row, child) ?? null, parentFact, direction);
  }
  return marks;
}

/** A row needs a planner's attention when a district is below its parent or sets no target. */
export function isMisaligned(marks: Record<string, AlignmentMark>): boolean {
  return Object.values(marks).some((m) => m === 'below' || m === 'missing');
}

/** Icon shown beside the figure; the text label goes with it so colour is never the only cue. */
export const MARK_ICON: Record<AlignmentMark, string> = {
  below: '▼',
  equal: '=',
  above: '▲',
  missing: '○',
  unknown: '?',
};
