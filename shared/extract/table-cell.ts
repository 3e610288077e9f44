/**
 * The figure a table cell holds: 6左右, ≥7, 5.5-6, -2.3, 120亿元, 下降1.5, 力争8 … where the unit
 * is usually the column's or the row's, not the cell's.
 */
import type { Comparator } from '../domain/fact.ts';
import { MAPPED } from './normalize-output.ts';
import { parseArabicAt } from './numerals.ts';
import { HEDGES, RANGE_SEPARATORS, prefixComparator, suffixComparator } from './qualifiers.ts';
import { unitAt } from './units.ts';

export interface CellFigure {
  value: number;
  valueMax: number | null;
  /** The cell's own unit (120亿元), or null when it writes none. */
  unit: string | null;
  comparator: Comparator;
  hedge: string | null;
  /** The figure's span in the cell, qualifiers included. */
  start: number;
  end: number;
}

/** Signs written before a number: ≥7, ＞5, <3. */
const SIGNS: Record<string, Comparator> = { '≥': '>=', '≤': '<=', '>': '>', '<': '<=', '≈': '~' };
const MINUS = new Set(['-', '−', '–', '—']);
const FALLS = /^(下降|降低|减少|回落|负增长)/;
/** What may follow a cell's figure: nothing, a mark, or a short note in brackets (预计). */
const REST = /^[\s*※)）]*$|^\s*[(（][^()（）]{0,8}[)）]\s*$/;

/** The cell's text with full-width forms read as their ASCII ones (１２％ → 12%), same length. */
function mapped(cell: string): string {
  let out = '';
  for (let i = 0; i < cell.length; i++) out += String.fromCharCode(MAPPED[cell.charCodeAt(i)] ?? 0);
  return out;
}

/**
 * The figure a cell opens with, after a hedge, a comparator word or sign, or a decrease word; null
 * when the cell holds none (—, /, 与经济增长同步, 2023年 as a date).
 */
export function readCell(cell: string): CellFigure | null {
  const t = mapped(cell);
  let i = 0;
  let hedge: string | null = null;
  for (const h of HEDGES)
    if (t.startsWith(h, i)) {
      hedge = h;
      i += h.length;
      break;
    }
  while (t[i] === ' ') i++;
  let comparator: Comparator = '=';
  let negative = false;
  const start = i;
  const fall = FALLS.exec(t.slice(i));
  if (fall) {
    negative = true;
    i += fall[0].length;
  }
  const sign = SIGNS[t[i] ?? ''];
  if (sign) {
    comparator = sign;
    i++;
  } else if (!fall) {
    // A comparator word (不低于, 超过, 约) ends right before the number.
    let j = i;
    while (j < t.length && j - i < 4 && !/[0-9\-−]/.test(t[j] as string)) j++;
    const q = j > i ? prefixComparator(t, j) : null;
    if (q && q.at === i) {
      comparator = q.comparator;
      i = j;
    }
  }
  if (MINUS.has(t[i] ?? '') && /[0-9]/.test(t[i + 1] ?? '')) {
    negative = !negative;
    i++;
  }
  const n = parseArabicAt(t, i);
  if (!n) return null;
  // A year is a date, not a figure (2023年, 2023-2025).
  if (/^[0-9]{4}(年|[-—–~～至到][0-9]{4})/.test(t.slice(i))) return null;
  let end = n.end;
  let valueMax: number | null = null;
  if (RANGE_SEPARATORS.has(t[end] ?? '')) {
    const m = parseArabicAt(t, end + 1);
    if (m && m.value > n.value) {
      valueMax = m.value;
      end = m.end;
    }
  }
  let unit: string | null = null;
  const u = unitAt(t, end);
  if (u.unit) {
    unit = u.unit;
    end = u.end;
    if (u.more) comparator = '>';
  } else if (t[end] === '%') {
    unit = '%';
    end++;
  }
  const after = suffixComparator(t, end);
  if (after && comparator === '=') {
    comparator = after.comparator;
    end = after.at;
  }
  // A cell that goes on in words is a label that opens with a number (1.地区生产总值), no figure.
  if (!REST.test(t.slice(end))) return null;
  if (valueMax !== null) comparator = 'range';
  const value = negative ? -n.value : n.value;
  return { value, valueMax, unit, comparator, hedge, start, end };
}
