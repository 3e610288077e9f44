/** Runs of numeral characters (Arabic, Chinese, financial and traditional forms) and their values. */
import { parseMixed, FUZZY } from './mixed-numerals.ts';

export type NumberKind = 'number' | 'percent' | 'ordinal' | 'range';

export interface FoundNumber {
  text: string;
  value: number;
  value_max: number | null;
  kind: NumberKind;
}

const DIGIT_CHARS = '零〇一二两兩俩倆三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖廿卅卌0123456789';
const UNIT_CHARS = '十拾百佰千仟万萬亿億兆';
export const NUMERAL = new Set([...DIGIT_CHARS, ...UNIT_CHARS]);
export const CN_DIGIT = new Set([...'一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖']);
export const POINT = new Set(['点', '點', '.']);
/** Unit words that begin with a magnitude character: 千米 is a unit, not 1000 米. */
const MAGNITUDE_UNIT = /^[千百][米克瓦伏卡焦帕赫]|^[万萬][千]?[瓦]/;
export const isCjk = (c: string | undefined): boolean =>
  c !== undefined && /[\u4e00-\u9fff]/.test(c);
export const isArabic = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

export function fold(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    // Full-width forms fold 1:1 (offsets stay those of `line`); the full-width comma stays a comma
    // of prose, never a thousands separator.
    out +=
      code >= 0xff01 && code <= 0xff5e && code !== 0xff0c
        ? String.fromCharCode(code - 0xfee0)
        : line[i];
  }
  return out;
}

export interface Run {
  start: number;
  end: number;
  value: number;
  /** Multiplier of trailing magnitude characters (三十万 → 1e4), for ranges written 两到三万. */
  trailing: number;
}

/**
 * Maximal numeral run at `i`: digits, units, a decimal point, spaces between them, 十多万. `end`
 * is where the run stops even when it is no number, so that scanning skips it (linear time).
 */
export function scanRun(f: string, i: number): { run: Run | null; end: number } {
  let j = i;
  let last = i;
  let weight = false;
  while (j < f.length) {
    const c = f[j] as string;
    if (
      (c === '千' || c === '百' || c === '万' || c === '萬') &&
      j > i &&
      MAGNITUDE_UNIT.test(f.slice(j, j + 3))
    ) {
      // 12千米 is 12 km; 两千米 is 2000 m unless 千 cannot extend the number (二十五千克).
      if (isArabic(f[j - 1]) || parseMixed(f.slice(i, j + 1)) === null) break;
    }
    if (
      (c === '两' || c === '兩') &&
      j > i &&
      NUMERAL.has(f[j - 1] ?? '') &&
      !NUMERAL.has(f[j + 1] ?? '')
    ) {
      // 三十两, 1234两, 二两: the weight unit.
      weight = true;
      break;
    }
    if (NUMERAL.has(c)) {
      j++;
      last = j;
    } else if (
      POINT.has(c) &&
      j > i &&
      /^\s*[0-9零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖]/.test(f.slice(j + 1, j + 4)) &&
      !(c === '.' && !isArabic(f[j - 1]))
    ) {
      j++;
    } else if (
      (c === ',' || c === '，') &&
      isArabic(f[j - 1]) &&
      /^[0-9]{3}(?![0-9])/.test(f.slice(j + 1))
    ) {
      j++;
    } else if (
      c === ' ' &&
      j > i &&
      /^\s*([零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩點点0-9]|[多余几幾]\s*[万萬亿億])/.test(
        f.slice(j + 1, j + 6),
      )
    ) {
      j++;
    } else if (FUZZY.has(c) && j > i && /^\s*[万萬亿億十百千]/.test(f.slice(j + 1, j + 4))) {
      j++;
    } else if ((c === '个' || c === '個') && j > i && /^[亿億万萬]/.test(f.slice(j + 1))) {
      j++;
    } else break;
  }
  if (last === i) return { run: null, end: i };
  const text = f.slice(i, last);
  // Very long runs are codes or noise, not numbers (and parsing them would cost quadratic time).
  const value = last - i > 40 ? null : parseMixed(text.replace(/，/g, ''));
  if (value === null || !Number.isFinite(value)) return { run: null, end: last };
  let trailing = 1;
  const big = /[万萬亿億兆]+$/.exec(text);
  if (big)
    for (const ch of big[0])
      trailing *=
        ({ 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 } as Record<string, number>)[ch] ?? 1;
  else if (/^[^十百千拾佰仟]*[十百千拾佰仟]$/.test(text))
    trailing = parseMixed(`一${text.slice(-1)}`) ?? 1;
  if (!/[0-9一二两三四五六七八九壹贰叁肆伍陆柒捌玖]/.test(text)) trailing = 1;
  const end = weight ? last + 1 : last;
  return { run: { start: i, end, value, trailing }, end };
}

export function readRun(f: string, i: number): Run | null {
  return scanRun(f, i).run;
}
