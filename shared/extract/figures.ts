/** Scans normalised text for figures: number, range, unit and the comparator written around them. */
import type { Comparator } from '../domain/fact.ts';
import { isDigit, parseArabicAt, parseChineseAt, isChineseNumeralChar } from './numerals.ts';
import { unitAt } from './units.ts';
import {
  prefixComparator,
  suffixComparator,
  isNegativeChange,
  RANGE_SEPARATORS,
} from './qualifiers.ts';
import { isNotAFact } from './not-facts.ts';

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

const isLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);

/** Where a figure may start: a digit, 百分之, or the 百分点 of a Chinese-numeral change. */
const TRIGGER = /[0-9]|百分之|百分点/g;

export function scanFigures(s: string): Figure[] {
  const out: Figure[] = [];
  const re = new RegExp(TRIGGER.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const i = m.index;
    let next = i + m[0].length;
    if (m[0] === '百分之') {
      const f = readChinesePercent(s, i);
      if (f) {
        out.push(f);
        next = f.end;
      }
    } else if (m[0] === '百分点') {
      const f = readChinesePoints(s, i);
      if (f) {
        out.push(f);
        next = f.end;
      }
    } else if (!isDigit(s[i - 1]) && s[i - 1] !== '.') {
      const r = readArabicFigure(s, i);
      if (r.figure) out.push(r.figure);
      next = Math.max(r.next, i + 1);
    } else {
      while (isDigit(s[next])) next++;
    }
    re.lastIndex = next;
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
  if (s[sep] === '—' && s[sep + 1] === '—') sep++;
  if (RANGE_SEPARATORS.has(s[sep] ?? '') && isDigit(s[sep + 1])) {
    const n2 = parseArabicAt(s, sep + 1);
    if (n2) {
      const u2 = unitAt(s, n2.end);
      const okUnit = u2.unit !== '' && (u1.unit === '' || u1.unit === u2.unit);
      if (okUnit && !isLetter(s[n2.end]) && n2.value > n1.value) {
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
