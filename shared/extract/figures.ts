/** Scans normalised text for figures: number, range, unit and the comparator written around them. */
import type { Comparator } from '../domain/fact.ts';
import {
  DOT,
  arabicNumberAt,
  isDigit,
  isDigitCode,
  parseArabicAt,
  parseChineseAt,
  isChineseNumeralChar,
} from './numerals.ts';
import { unitAt } from './units.ts';
import {
  prefixComparator,
  suffixComparator,
  isNegativeChange,
  RANGE_SEPARATORS,
} from './qualifiers.ts';
import { isNotAFact } from './not-facts.ts';
import { charSet, inSet, positionsIn } from '../text/char-set.ts';

export interface Figure {
  /** Span in the normalised text, qualifiers included. */
  start: number;
  end: number;
  /** Where the (first) number starts. */
  numStart: number;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
}

const LETTER = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
const IS_RANGE_SEPARATOR = charSet(RANGE_SEPARATORS);
const EM_DASH = 0x2014;

/** Where a figure may start: a digit, or the 百 of 百分之 and of a Chinese-numeral change's 百分点. */
export const FIGURE_FIRST = charSet('0123456789百');
const BAI = '百'.charCodeAt(0);
const FEN = '分'.charCodeAt(0);
const ZHI = '之'.charCodeAt(0);
const DIAN = '点'.charCodeAt(0);

/**
 * Figures of `s`, read where one may start: `starts` holds (at least) the offsets of FIGURE_FIRST's
 * characters, ascending (repeats allowed); other offsets in it are passed over.
 */
export function scanFigures(
  s: string,
  starts: ArrayLike<number> = positionsIn(s, FIGURE_FIRST),
): Figure[] {
  const out: Figure[] = [];
  // Where reading resumes: the end of the last figure or number read.
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const p = starts[k] as number;
    if (p < from) continue;
    const c = s.charCodeAt(p);
    if (isDigitCode(c)) {
      // The first digit at or after `from`. One that continues a number (the decimals of 3.5, the
      // digits after a cut) starts none: its run is passed over.
      const before = s.charCodeAt(p - 1);
      if (!isDigitCode(before) && before !== DOT) {
        from = Math.max(readArabicFigure(s, p, out), p + 1);
      } else {
        from = p + 1;
        while (isDigitCode(s.charCodeAt(from))) from++;
      }
    } else if (c === BAI && s.charCodeAt(p + 1) === FEN) {
      const third = s.charCodeAt(p + 2);
      if (third !== ZHI && third !== DIAN) continue;
      const f = third === ZHI ? readChinesePercent(s, p) : readChinesePoints(s, p);
      if (f) out.push(f);
      from = f ? f.end : p + 3;
    }
  }
  sharePrefixes(s, out);
  return out;
}

const JOINS = new Set(['和', '与', '及', '、']);
const FEN_BIE = '分别';

/**
 * 分别突破7000亿元和5000亿元: a comparator written before the first figure of a 分别 pair holds
 * for the figure joined to it (和, 与, 及, 、) in the same unit. Suffixes (80%以上和90%) stay
 * with their own figure.
 */
function sharePrefixes(s: string, figures: Figure[]): void {
  for (let k = 1; k < figures.length; k++) {
    const f = figures[k] as Figure;
    const p = figures[k - 1] as Figure;
    if (f.comparator !== '=' || p.start === p.numStart || p.comparator === '=') continue;
    if (f.unit !== p.unit || f.start - p.end !== 1 || !JOINS.has(s[p.end] as string)) continue;
    const before = s.lastIndexOf(FEN_BIE, p.start);
    if (before >= 0 && p.start - before <= FEN_BIE.length + 2) f.comparator = p.comparator;
  }
}

/** 提高两个百分点: a Chinese numeral before (个)百分点. */
function readChinesePoints(s: string, at: number): Figure | null {
  const unitStart = s[at - 1] === '个' ? at - 1 : at;
  let k = unitStart;
  while (k > 0 && unitStart - k < 12 && isChineseNumeralChar(s[k - 1])) k--;
  if (k === unitStart || isDigit(s[k - 1]) || s[k] === '点') return null;
  const n = parseChineseAt(s, k);
  if (!n || n.end !== unitStart) return null;
  const unit = s.slice(unitStart, at + 3);
  return withPrefix(s, {
    start: k,
    end: at + 3,
    numStart: k,
    value: n.value,
    valueMax: null,
    unit,
    comparator: '=',
  });
}

function readChinesePercent(s: string, i: number): Figure | null {
  const at = i + 3;
  const n = isDigit(s[at]) ? parseArabicAt(s, at) : parseChineseAt(s, at);
  if (!n) return null;
  return withPrefix(s, {
    start: i,
    end: n.end,
    numStart: i,
    value: n.value,
    valueMax: null,
    unit: '%',
    comparator: '=',
  });
}

function withPrefix(s: string, f: Figure): Figure {
  const neg = isNegativeChange(s, f.numStart, f.unit);
  if (neg) {
    f.value = -f.value;
    if (f.valueMax !== null) f.valueMax = -f.valueMax;
  }
  const suffix = suffixComparator(s, f.end);
  if (suffix && f.comparator === '=') {
    f.comparator = suffix.comparator;
    f.end = suffix.at;
  }
  const prefix = prefixComparator(s, f.numStart);
  if (prefix) {
    if (f.comparator === '=') f.comparator = prefix.comparator;
    f.start = prefix.at;
  }
  return f;
}

/**
 * Reads the figure whose number starts at `i` into `out`, if it is one; returns where scanning
 * resumes (no record per number read: most are not figures).
 */
function readArabicFigure(s: string, i: number, out: Figure[]): number {
  const n1 = arabicNumberAt(s, i);
  const u1 = unitAt(s, n1.end);
  const value = n1.value;
  let valueMax: number | null = null;
  let end = u1.unit ? u1.end : n1.end;
  let unit = u1.unit;
  let more = u1.more;

  // Range: 1-2家, 20—30个, 15%-20%, 3至5所.
  let sep = end;
  if (s.charCodeAt(sep) === EM_DASH && s.charCodeAt(sep + 1) === EM_DASH) sep++;
  if (inSet(IS_RANGE_SEPARATOR, s.charCodeAt(sep)) && isDigitCode(s.charCodeAt(sep + 1))) {
    const n2 = arabicNumberAt(s, sep + 1);
    const u2 = unitAt(s, n2.end);
    const okUnit = u2.unit !== '' && (u1.unit === '' || u1.unit === u2.unit);
    if (okUnit && !inSet(LETTER, s.charCodeAt(n2.end)) && n2.value > n1.value) {
      valueMax = n2.value;
      unit = u2.unit;
      end = u2.end;
      more = more || u2.more;
    } else if (!u1.unit) {
      // 2021—2035年 and the like: a span of years or codes, never a figure.
      return n2.end;
    }
  }
  if (!unit) return n1.end;
  if (isNotAFact(s, i, n1.end, unit, end)) return end;
  const figure = withPrefix(s, {
    start: i,
    end,
    numStart: i,
    value,
    valueMax,
    unit,
    comparator: valueMax !== null ? 'range' : more ? '>' : '=',
  });
  out.push(figure);
  return end;
}
