/** Maps a metric phrase (and the figure's unit) to a catalog indicator id through its aliases. */
import type { UnitKind } from '../domain/indicator.ts';
import { INDICATORS, type CatalogIndicator } from './indicators.ts';
import { charSet, inSet, lastChars } from '../text/char-set.ts';
import { HEAD_BUCKETS_MASK, bucketOf } from '../text/head-index.ts';

export interface MatchOptions {
  /** Unit of the figure; null for a qualitative target. */
  unit?: string | null;
  /** User-added synonyms per indicator id, matched like the catalog's own aliases. */
  extraSynonyms?: Readonly<Record<string, readonly string[]>>;
}

const GROWTH = /(增长|增速|增幅|下降|回落)(?![到至])/;
const grows = (after: string): boolean => GROWTH.test(after);
/** 生产总值能耗下降, 生产总值能源消耗下降: the alias is what an intensity is measured per, not what grows. */
const PER_UNIT_WORDS = ['能耗', '消耗', '排放', '用水量', '用地', '电耗', '煤耗', '水耗'];
const PER_UNIT_OF = new RegExp(PER_UNIT_WORDS.join('|'));
/** The characters PER_UNIT_OF's words end with. */
const PER_UNIT_LAST = lastChars(PER_UNIT_WORDS);
const perUnitOf = (after: string): boolean => {
  for (let i = 1; i < after.length; i++)
    if (inSet(PER_UNIT_LAST, after.charCodeAt(i))) return PER_UNIT_OF.test(after);
  return false;
};
/**
 * Words that, right after an alias, name another quantity of what the alias names: 规上工业总产值
 * (output, not value added), 规上工业企业营业收入, 规模以上工业利润.
 */
const OTHER_QUANTITY = /^(?:总?产值|企业|营业收入|营收|利润|税收|用电量|出口交货值)/;
/** 比上年增加120.3亿元: the amount a level changed by, not the level (增加到 names the level). */
const CHANGED_BY = /(增加|减少|净增|新增)(?![到至])/;
/** 占…, …比重: the words after the alias take a share of it. */
const isShare = (after: string): boolean => after.includes('占') || after.includes('比重');
/** An alias right after 占 or 比 names the whole a share is taken of, not the indicator. */
const IS_SHARE_WORD = charSet('占比');
const PERCENT_UNITS = new Set(['%']);

/** The best match so far: the longest alias, then the earliest indicator in the catalog. */
interface Best {
  id: string | null;
  length: number;
  order: number;
}

/** alias → indices of the indicators that own it. */
const OWNERS = new Map<string, number[]>();
INDICATORS.forEach((ind, order) => {
  for (const a of ind.aliases) {
    const list = OWNERS.get(a);
    if (list) list.push(order);
    else OWNERS.set(a, [order]);
  }
});

/**
 * The aliases packed for the scan that tries every position of every figure's metric: their
 * characters in one array, by HeadIndex's bucket of their first two characters (longest first),
 * so that a position is ruled out by one read and an alias compared in contiguous memory, not
 * through a chain of objects the rest of the pipeline has pushed out of the cache.
 */
const ALIASES = [...OWNERS.keys()]
  .map((text) => ({ text, bucket: bucketOf(text.charCodeAt(0), text.charCodeAt(1)) }))
  .sort((a, b) => a.bucket - b.bucket || b.text.length - a.text.length);
const ALIAS_TEXT = ALIASES.map((a) => a.text);
const ALIAS_OWNERS = ALIASES.map((a) => OWNERS.get(a.text) as number[]);
/** Aliases of bucket b: indices BUCKET_START[b] to BUCKET_START[b + 1] (16 bits: a few hundred). */
if (ALIASES.length > 0xffff) throw new Error('the indicator catalog has too many aliases to pack');
const BUCKET_START = new Uint16Array(HEAD_BUCKETS_MASK + 2);
for (const a of ALIASES) (BUCKET_START[a.bucket + 1] as number)++;
for (let b = 0; b <= HEAD_BUCKETS_MASK; b++)
  BUCKET_START[b + 1] = (BUCKET_START[b + 1] as number) + (BUCKET_START[b] as number);
const ALIAS_OFFSET = new Int32Array(ALIASES.length + 1);
ALIASES.forEach((a, k) => (ALIAS_OFFSET[k + 1] = (ALIAS_OFFSET[k] as number) + a.text.length));
const ALIAS_CHARS = new Uint16Array(ALIAS_OFFSET[ALIASES.length] as number);
ALIASES.forEach((a, k) => {
  for (let j = 0; j < a.text.length; j++)
    ALIAS_CHARS[(ALIAS_OFFSET[k] as number) + j] = a.text.charCodeAt(j);
});

/** Whether alias k is written in `metric` at `i`. */
function aliasAt(metric: string, i: number, k: number): boolean {
  const from = ALIAS_OFFSET[k] as number;
  const to = ALIAS_OFFSET[k + 1] as number;
  if (i + to - from > metric.length) return false;
  for (let j = from; j < to; j++)
    if (metric.charCodeAt(i + j - from) !== ALIAS_CHARS[j]) return false;
  return true;
}

const NO_OPTIONS: MatchOptions = {};
const BEST: Best = { id: null, length: 0, order: 0 };

/** Catalog id for `metric`, or null. The longest matching alias wins; catalog order breaks ties. */
export function matchIndicator(metric: string, options: MatchOptions = NO_OPTIONS): string | null {
  const unit = options.unit === undefined ? null : options.unit;
  // One record, reset for each call (matching is synchronous): none is allocated per call.
  const best = BEST;
  best.id = null;
  best.length = 0;
  best.order = 0;
  for (let i = 0; i + 1 < metric.length; i++) {
    const b = bucketOf(metric.charCodeAt(i), metric.charCodeAt(i + 1));
    const end = BUCKET_START[b + 1] as number;
    // Every alias starting here competes (规模以上工业 inside 规模以上工业增加值); longest first.
    for (let k = BUCKET_START[b] as number; k < end; k++) {
      const length = (ALIAS_OFFSET[k + 1] as number) - (ALIAS_OFFSET[k] as number);
      if (length < best.length) break;
      if (!aliasAt(metric, i, k)) continue;
      const text = ALIAS_TEXT[k] as string;
      for (const order of ALIAS_OWNERS[k] as number[]) consider(best, order, text, metric, i, unit);
    }
  }
  const extra = options.extraSynonyms;
  if (extra) {
    INDICATORS.forEach((ind, order) => {
      for (const alias of extra[ind.id] ?? []) {
        const at = alias ? metric.lastIndexOf(alias) : -1;
        if (at >= 0) consider(best, order, alias, metric, at, unit);
      }
    });
  }
  return best.id;
}

function consider(
  best: Best,
  order: number,
  alias: string,
  metric: string,
  at: number,
  unit: string | null,
): void {
  if (
    best.id !== null &&
    (alias.length < best.length || (alias.length === best.length && order > best.order))
  )
    return;
  const ind = INDICATORS[order] as CatalogIndicator;
  if (!fits(ind, metric, at, alias, unit)) return;
  best.id = ind.id;
  best.length = alias.length;
  best.order = order;
}

/**
 * Whether a level's unit is of the indicator's kind where the two are told apart by it: an amount
 * of money is in 元 (亿元, 万美元); a count never is (12个行政村 counts villages, not their income).
 */
function unitFits(kind: UnitKind, unit: string): boolean {
  if (kind === 'money') return unit.endsWith('元');
  if (kind === 'count') return !unit.endsWith('元');
  return true;
}

function fits(
  ind: CatalogIndicator,
  metric: string,
  at: number,
  alias: string,
  unit: string | null,
): boolean {
  if (at > 0 && inSet(IS_SHARE_WORD, metric.charCodeAt(at - 1))) return false;
  // 人均地区生产总值: an alias after 人均 names the amount per head, not the total.
  const perHead = at >= 2 ? metric.indexOf('人均') : -1;
  if (perHead >= 0 && perHead < at && !alias.includes('人均')) return false;
  const isPercent = unit === null || PERCENT_UNITS.has(unit);
  // What follows the alias: at most a few characters, read only when the length allows.
  const afterLength = metric.length - at - alias.length;
  switch (ind.measure) {
    case 'growth': {
      if (!isPercent || afterLength < 2 || afterLength > 10) return false;
      const after = metric.slice(at + alias.length);
      return grows(after) && !isShare(after) && !perUnitOf(after) && !OTHER_QUANTITY.test(after);
    }
    case 'rate':
      return (
        isPercent &&
        afterLength <= 8 &&
        (afterLength < 2 || !grows(metric.slice(at + alias.length)))
      );
    case 'level': {
      if (isPercent || unit === '个百分点' || afterLength > 8) return false;
      if (unit !== null && !unitFits(ind.unitKind, unit)) return false;
      if (afterLength === 0) return true;
      const after = metric.slice(at + alias.length);
      return (
        !grows(after) && !isShare(after) && !OTHER_QUANTITY.test(after) && !CHANGED_BY.test(after)
      );
    }
    case 'any':
      return true;
  }
}
