import type { CompareOptions } from '../../../shared/api.ts';
import type { EntityInfo, FactKind } from '../../../shared/domain/index.ts';

export interface ViewKey {
  period: string;
  kind: FactKind;
}

export function viewKey(v: ViewKey): string {
  return `${v.kind}:${v.period}`;
}

/** The first screen's default: this year's targets. */
export const DEFAULT_VIEW: ViewKey = { period: '2023', kind: 'target' };

/**
 * Whether a period/kind pair belongs to a report year: that year's targets, the previous year's
 * achievements, and any multi-year span that covers the year.
 */
export function belongsToYear(view: ViewKey, year: number): boolean {
  const span = /^(\d{4})-(\d{4})$/.exec(view.period);
  if (span) return Number(span[1]) - 1 <= year && year <= Number(span[2]) + 1;
  const y = Number(view.period);
  return view.kind === 'target' ? y === year : y === year - 1 || y === year;
}

/** The views to offer: all of them, or the chosen report year's when there are several years. */
export function viewsForYear(
  views: CompareOptions['views'],
  year: number | null,
): CompareOptions['views'] {
  if (year === null) return views;
  const mine = views.filter((v) => belongsToYear(v, year));
  return mine.length ? mine : views;
}

/**
 * Entities for the column picker: each parent followed by its children (as the core lists
 * them), parents that have children first, the rest after, in the core's order.
 */
export function orderEntities(info: readonly EntityInfo[]): string[] {
  const names = new Set(info.map((e) => e.name));
  const children = new Map<string, string[]>();
  for (const e of info) {
    if (e.parent && names.has(e.parent)) {
      const list = children.get(e.parent) ?? [];
      list.push(e.name);
      children.set(e.parent, list);
    }
  }
  const out: string[] = [];
  const visit = (name: string) => {
    if (out.includes(name)) return;
    out.push(name);
    for (const child of children.get(name) ?? []) visit(child);
  };
  for (const e of info)
    if (!e.parent || !names.has(e.parent)) {
      if (children.has(e.name)) visit(e.name);
    }
  for (const e of info) visit(e.name);
  return out;
}

/** The shown columns: every entity but those the user hid (so new ones appear), never none. */
export function chosenColumns(all: readonly string[], hidden: readonly string[]): string[] {
  const skip = new Set(hidden);
  const shown = all.filter((e) => !skip.has(e));
  return shown.length ? shown : [...all];
}
