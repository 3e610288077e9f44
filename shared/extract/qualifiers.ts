/** Comparators written around a figure, hedge words, and negative changes. */
import { charSet, firstChars, inSet, lastChars } from '../text/char-set.ts';
import { endsWithAny } from '../text/words-at.ts';
import type { Comparator } from '../domain/fact.ts';

/** Written right before the number (longest first). */
const PREFIX: readonly [string, Comparator][] = [
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['至少', '>='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不多于', '<='],
  ['不到', '<='],
  ['超过', '>'],
  ['突破', '>'],
  ['多于', '>'],
  ['大于', '>'],
  ['逾', '>'],
  ['超', '>'],
  ['接近', '~'],
  ['将近', '~'],
  ['大约', '~'],
  ['约', '~'],
  ['近', '~'],
];

/** Written right after the unit. */
const SUFFIX: readonly [string, Comparator][] = [
  ['及以上', '>='],
  ['或以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
  ['之内', '<='],
  ['左右', '~'],
  ['上下', '~'],
];

export const HEDGES = ['力争', '确保', '争取', '努力', '力求', '预计', '计划', '目标'] as const;

export interface Qualifier {
  comparator: Comparator;
  /** Start (prefix) or end (suffix) of the qualifier in the scanned text. */
  at: number;
}

/** Words of `list` by a character code of theirs (`at(word)`), in list order. */
function byCode<T>(
  list: readonly (readonly [string, T])[],
  at: (w: string) => number,
): Map<number, (readonly [string, T])[]> {
  const out = new Map<number, (readonly [string, T])[]>();
  for (const entry of list) {
    const k = at(entry[0]);
    const words = out.get(k);
    if (words) words.push(entry);
    else out.set(k, [entry]);
  }
  return out;
}
/**
 * Prefix words by their last character, suffix words by their first: the words that can match at
 * a place all share the character there.
 */
const PREFIX_BY_LAST = byCode(PREFIX, (w) => w.charCodeAt(w.length - 1));
const SUFFIX_BY_FIRST = byCode(SUFFIX, (w) => w.charCodeAt(0));
const PREFIX_LAST = lastChars(PREFIX.map(([w]) => w));
/** The first characters of words that end in 约 and mean no "about": 签约, 节约, 制约, 履约 …. */
const ENDS_IN_YUE = charSet('签节制预合履违集公条契特邀相简盟');
const YUE = '约'.charCodeAt(0);

/** Whether s[at] is the 约 that ends a word such as 签约 or 节约 (no "about"). */
export const closesWordInYue = (s: string, at: number): boolean =>
  s.charCodeAt(at) === YUE && inSet(ENDS_IN_YUE, s.charCodeAt(at - 1));
const SUFFIX_FIRST = firstChars(SUFFIX.map(([w]) => w));

/** A character before 近 that makes it part of a word (最近, 附近). */
const NEAR_WORD_BEFORE = /[最附临将接靠]/;

/** Prefix comparator ending exactly at `end`. */
export function prefixComparator(s: string, end: number): Qualifier | null {
  if (!inSet(PREFIX_LAST, s.charCodeAt(end - 1))) return null;
  for (const [w, c] of PREFIX_BY_LAST.get(s.charCodeAt(end - 1)) ?? []) {
    if (end >= w.length && s.startsWith(w, end - w.length)) {
      // 最近 / 附近 / 临近 are not 近; 签约 / 节约 / 制约 … are not 约.
      if (w === '近' && NEAR_WORD_BEFORE.test(s[end - 2] ?? '')) continue;
      if (w === '约' && closesWordInYue(s, end - 1)) continue;
      if (w === '超' && s[end - 2] === '不') continue;
      return { comparator: c, at: end - w.length };
    }
  }
  return null;
}

/** Suffix comparator starting exactly at `start`. */
export function suffixComparator(s: string, start: number): Qualifier | null {
  if (!inSet(SUFFIX_FIRST, s.charCodeAt(start))) return null;
  for (const [w, c] of SUFFIX_BY_FIRST.get(s.charCodeAt(start)) ?? []) {
    if (s.startsWith(w, start)) return { comparator: c, at: start + w.length };
  }
  return null;
}

const NEGATIVE_CHANGE = ['下降', '降低', '回落', '下滑', '减少', '收窄'];
const NEGATIVE_LAST = lastChars(NEGATIVE_CHANGE);
const LE = '了'.charCodeAt(0);

/** 下降0.6% is −0.6: a decrease word right before a percentage. */
export function isNegativeChange(s: string, numStart: number, unit: string): boolean {
  if (unit !== '%' && unit !== '个百分点' && unit !== '百分点') return false;
  let end = numStart;
  if (s.charCodeAt(end - 1) === LE) end--;
  if (!inSet(NEGATIVE_LAST, s.charCodeAt(end - 1))) return false;
  return endsWithAny(s, end, NEGATIVE_CHANGE);
}

/** The hedges a figure's clause is read for, in order of precedence. */
const CLAUSE_HEDGES = HEDGES.slice(0, 5);
const ANY_CLAUSE_HEDGE = new RegExp(CLAUSE_HEDGES.join('|'));

/** Whether `text` holds any hedge word findHedge reads: when not, no part of it holds one. */
export const mayHedge = (text: string): boolean => ANY_CLAUSE_HEDGE.test(text);

/** Hedge word in the clause before the figure (力争 … 15家). */
export function findHedge(clause: string): string | null {
  if (!mayHedge(clause)) return null;
  for (const h of CLAUSE_HEDGES) if (clause.includes(h)) return h;
  return null;
}

export const RANGE_SEPARATORS = new Set(['-', '—', '–', '~', '～', '至', '到', '−']);
