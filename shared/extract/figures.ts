/** Scans normalised text for figures: number, range, unit and the comparator written around them. */
import type { Comparator } from '../domain/fact.ts';
import {
  DOT,
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
import { charSet, inSet } from '../text/char-set.ts';

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

/** Where a figure may start: a run of digits, 百分之, or the 百分点 of a Chinese-numeral change. */
const TRIGGER = /[0-9]+|百分之|百分点/g;
const ZHI = '之'.charCodeAt(0);

export function scanFigures(s: string): Figure[] {
  const out: Figure[] = [];
  TRIGGER.lastIndex = 0;
  let from = 0;
  // test, not exec: no match object per number; the match is read back from where it ends.
  while (TRIGGER.test(s)) {
    let next = TRIGGER.lastIndex;
    const last = s.charCodeAt(next - 1);
    if (isDigitCode(last)) {
      let i = next - 1;
      while (i > from && isDigitCode(s.charCodeAt(i - 1))) i--;
      // A run that continues a number (the decimals of 3.5, the digits after a cut) starts none.
      const before = s.charCodeAt(i - 1);
      if (!isDigitCode(before) && before !== DOT) {
        const r = readArabicFigure(s, i);
        if (r.figure) out.push(r.figure);
        next = Math.max(r.next, i + 1);
      }
    } else {
      const f = last === ZHI ? readChinesePercent(s, next - 3) : readChinesePoints(s, next - 3);
      if (f) {
        out.push(f);
        next = f.end;
      }
    }
    TRIGGER.lastIndex = from = next;
  }
  return out;
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

/** Reads the figure whose number starts at `i`; `next` is where scanning resumes. */
function readArabicFigure(s: string, i: number): { figure: Figure | null; next: number } {
  const n1 = parseArabicAt(s, i);
  if (!n1) return { figure: null, next: i + 1 };
  let u1 = unitAt(s, n1.end);
  const value = n1.value;
  let valueMax: number | null = null;
  let end = u1.unit ? u1.end : n1.end;
  let unit = u1.unit;
  let more = u1.more;

  // Range: 1-2家, 20—30个, 15%-20%, 3至5所.
  let sep = end;
  if (s.charCodeAt(sep) === EM_DASH && s.charCodeAt(sep + 1) === EM_DASH) sep++;
  if (inSet(IS_RANGE_SEPARATOR, s.charCodeAt(sep)) && isDigitCode(s.charCodeAt(sep + 1))) {
    const n2 = parseArabicAt(s, sep + 1);
    if (n2) {
      const u2 = unitAt(s, n2.end);
      const okUnit = u2.unit !== '' && (u1.unit === '' || u1.unit === u2.unit);
      if (okUnit && !inSet(LETTER, s.charCodeAt(n2.end)) && n2.value > n1.value) {
        valueMax = n2.value;
        unit = u2.unit;
        end = u2.end;
        more = more || u2.more;
        u1 = u2;
      } else if (!u1.unit) {
        // 2021—2035年 and the like: a span of years or codes, never a figure.
        return { figure: null, next: n2.end };
      }
    }
  }
  if (!unit) return { figure: null, next: n1.end };
  if (isNotAFact(s, i, n1.end, unit, end)) return { figure: null, next: end };
  const figure = withPrefix(s, {
    start: i,
    end,
    numStart: i,
    value,
    valueMax,
    unit,
    comparator: valueMax !== null ? 'range' : more ? '>' : '=',
  });
  return { figure, next: end };
}
