/** Maps a metric phrase (and the figure's unit) to a catalog indicator id through its aliases. */
import { INDICATORS, type CatalogIndicator } from './indicators.ts';

export interface MatchOptions {
  /** Unit of the figure; null for a qualitative target. */
  unit?: string | null;
  /** User-added synonyms per indicator id, matched like the catalog's own aliases. */
  extraSynonyms?: Readonly<Record<string, readonly string[]>>;
}

const GROWTH = /(增长|增速|增幅|下降|回落)(?![到至])/;
const SHARE_BEFORE = /[占比]$/;
const PERCENT_UNITS = new Set(['%']);

interface Candidate {
  id: string;
  length: number;
  order: number;
}

/** alias → indices of the indicators that own it, and aliases by first character (longest first). */
const OWNERS = new Map<string, number[]>();
INDICATORS.forEach((ind, order) => {
  for (const a of ind.aliases) {
    const list = OWNERS.get(a);
    if (list) list.push(order);
    else OWNERS.set(a, [order]);
  }
});
const BY_FIRST = new Map<number, string[]>();
for (const a of [...OWNERS.keys()].sort((x, y) => y.length - x.length)) {
  const k = a.charCodeAt(0);
  const list = BY_FIRST.get(k);
  if (list) list.push(a);
  else BY_FIRST.set(k, [a]);
}

const IS_FIRST = new Uint8Array(65536);
for (const code of BY_FIRST.keys()) IS_FIRST[code] = 1;

/** Catalog id for `metric`, or null. The longest matching alias wins; catalog order breaks ties. */
export function matchIndicator(metric: string, options: MatchOptions = {}): string | null {
  const unit = options.unit === undefined ? null : options.unit;
  let best: Candidate | null = null;
  const consider = (order: number, alias: string, at: number): void => {
    const ind = INDICATORS[order] as CatalogIndicator;
    if (
      best &&
      (alias.length < best.length || (alias.length === best.length && order > best.order))
    )
      return;
    if (!fits(ind, metric, at, alias, unit)) return;
    best = { id: ind.id, length: alias.length, order };
  };
  for (let i = 0; i < metric.length; i++) {
    const code = metric.charCodeAt(i);
    if (!IS_FIRST[code]) continue;
    const list = BY_FIRST.get(code);
    if (!list) continue;
    // Every alias starting here competes (规模以上工业 inside 规模以上工业增加值).
    for (const alias of list) {
      if (!metric.startsWith(alias, i)) continue;
      for (const order of OWNERS.get(alias) ?? []) consider(order, alias, i);
    }
  }
  const extra = options.extraSynonyms;
  if (extra) {
    INDICATORS.forEach((ind, order) => {
      for (const alias of extra[ind.id] ?? []) {
        const at = alias ? metric.lastIndexOf(alias) : -1;
        if (at >= 0) consider(order, alias, at);
      }
    });
  }
  return (best as Candidate | null)?.id ?? null;
}

function fits(
  ind: CatalogIndicator,
  metric: string,
  at: number,
  alias: string,
  unit: string | null,
): boolean {
  if (SHARE_BEFORE.test(metric.slice(Math.max(0, at - 1), at))) return false;
  const after = metric.slice(at + alias.length);
  const isPercent = unit === null || PERCENT_UNITS.has(unit);
  switch (ind.measure) {
    case 'growth':
      return isPercent && GROWTH.test(after) && !/占|比重/.test(after) && after.length <= 10;
    case 'rate':
      return isPercent && !GROWTH.test(after) && after.length <= 8;
    case 'level':
      return (
        !isPercent &&
        unit !== '个百分点' &&
        !GROWTH.test(after) &&
        !/占|比重/.test(after) &&
        after.length <= 8
      );
    case 'any':
      return true;
  }
}
