/** Values of numeral runs that mix Arabic and Chinese forms: 5亿1万4千6百, 1百01, 2.75万, 百二萬. */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  俩: 2,
  倆: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };
const POINT = new Set(['点', '點', '.']);
/** 十多万, 五百余万, 二十几万: the fuzzy part is dropped, the bound kept. */
export const FUZZY = new Set(['多', '余', '几', '幾']);

const isArabic = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

export function parseMixed(run: string): number | null {
  const s = run
    .replace(/[ ,多余几幾个個]/g, '')
    .replace(/廿/g, '二十')
    .replace(/卅/g, '三十')
    .replace(/卌/g, '四十');
  if (!s) return null;
  const p = [...s].findIndex(
    (c, i) => POINT.has(c) && !(c === '.' && isArabic(s[i - 1]) && isArabic(s[i + 1])),
  );
  if (p >= 0) return parseDecimal(s, p);
  if (!/[十拾百佰千仟万萬亿億兆]/.test(s)) {
    // A digit sequence: 二〇二三, 五五 (五五折), 1234.
    let digits = '';
    for (let i = 0; i < s.length; i++) {
      const c = s[i] as string;
      if (isArabic(c) || c === '.') digits += c;
      else if (c in DIGITS) digits += String(DIGITS[c]);
      else return null;
    }
    const v = Number(digits);
    return Number.isNaN(v) ? null : v;
  }
  if (!/[0-9零〇一二两兩俩倆三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]/.test(s) && !/^[十拾]/.test(s))
    return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (isArabic(c)) {
      let j = i;
      while (j < s.length && (isArabic(s[j]) || s[j] === '.')) j++;
      const v = Number(s.slice(i, j));
      if (Number.isNaN(v) || digit !== null) return null;
      if (s[i] === '0') zero = true;
      digit = v;
      i = j - 1;
      continue;
    }
    const d = DIGITS[c];
    if (d !== undefined) {
      if (d === 0) {
        zero = true;
        continue;
      }
      if (digit !== null) return null;
      digit = d;
      continue;
    }
    const small = SMALL[c];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      section += (digit ?? 1) * small;
      digit = null;
      lastSmall = small;
      zero = false;
      continue;
    }
    const big = BIG[c];
    if (big === undefined) return null;
    // 百二萬: a digit right after 百 is its tens.
    if (digit !== null && !zero && lastSmall >= 100 && lastSmall < Infinity && digit < 10) {
      section += (digit * lastSmall) / 10;
    } else section += digit ?? 0;
    if (section === 0 && total === 0) section = 1;
    if (big < lastBig) total += section * big;
    else total = (total + section) * big;
    section = 0;
    digit = null;
    lastBig = big;
    lastSmall = Infinity;
    zero = false;
  }
  if (digit !== null) {
    // 一万五 → 15000, 三百五 → 350, but 一百零五 → 105.
    const scale = lastSmall < Infinity ? lastSmall : lastBig < Infinity ? lastBig : 1;
    section += !zero && scale >= 100 && digit < 10 ? (digit * scale) / 10 : digit;
  }
  return total + section;
}

function parseDecimal(s: string, p: number): number | null {
  const intPart = p === 0 ? 0 : parseMixed(s.slice(0, p));
  let frac = '';
  let k = p + 1;
  for (; k < s.length; k++) {
    const c = s[k] as string;
    if (isArabic(c)) frac += c;
    else if (c in DIGITS) frac += String(DIGITS[c]);
    else break;
  }
  if (intPart === null || !frac) return null;
  const value = Number(`${intPart}.${frac}`);
  const rest = s.slice(k);
  if (!rest) return value;
  let mult = 1;
  for (const c of rest) {
    const m = BIG[c] ?? SMALL[c];
    if (m === undefined) return null;
    mult *= m;
  }
  return value * mult;
}
