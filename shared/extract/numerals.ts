/** Numeral parsing: Arabic (decimals, thousands separators) and Chinese (一百二十, 两千, 二〇二三, 叁仟陆佰). */

export interface ParsedNumber {
  value: number;
  /** Index just past the numeral in the scanned string. */
  end: number;
}

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
/** Whether a code unit is an ASCII digit. */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** Whether s holds four ASCII digits from `at` (a year's, before 年 or -). */
export const fourDigitsAt = (s: string, at: number): boolean =>
  isDigitCode(s.charCodeAt(at)) &&
  isDigitCode(s.charCodeAt(at + 1)) &&
  isDigitCode(s.charCodeAt(at + 2)) &&
  isDigitCode(s.charCodeAt(at + 3));
export const DOT = 46;
const COMMA = 44;

const DIGIT_VALUE: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

const NUMERAL_CHARS = new Set([
  ...Object.keys(DIGIT_VALUE),
  ...Object.keys(SMALL_UNIT),
  ...Object.keys(BIG_UNIT),
  '点',
]);

export const isChineseNumeralChar = (c: string | undefined): boolean =>
  c !== undefined && NUMERAL_CHARS.has(c);

/**
 * Parses an Arabic number starting at `i` (digits, optional `,ddd` groups, optional decimals).
 * Returns null when no digit is at `i`.
 */
export const parseArabicAt = (s: string, i: number): ParsedNumber | null =>
  isDigitCode(s.charCodeAt(i)) ? arabicNumberAt(s, i) : null;

/** The Arabic number at `i`, where a digit stands (a figure's reader knows one does). */
export function arabicNumberAt(s: string, i: number): ParsedNumber {
  let j = i;
  while (isDigitCode(s.charCodeAt(j))) j++;
  let value = 0;
  let end = j;
  // A number of up to 15 digits without thousands groups is read in arithmetic, exactly.
  let exact = j - i <= 15 && s.charCodeAt(j) !== COMMA;
  if (exact) {
    for (let k = i; k < j; k++) value = value * 10 + s.charCodeAt(k) - 48;
    // Decimals, when the digits are 15 at most in all: the integer they spell over a power of ten,
    // which IEEE division rounds as Number() rounds the written text (no string is built).
    if (s.charCodeAt(j) === DOT && isDigitCode(s.charCodeAt(j + 1))) {
      let k = j + 1;
      let scale = 1;
      for (; isDigitCode(s.charCodeAt(k)) && k - i <= 15; k++) {
        value = value * 10 + s.charCodeAt(k) - 48;
        scale *= 10;
      }
      exact = !isDigitCode(s.charCodeAt(k));
      value /= scale;
      end = k;
    }
  }
  if (!exact) {
    const n = numberFromText(s, i, j);
    value = n.value;
    end = n.end;
  }
  return { value, end };
}

/** The Arabic number at `i` whose digits end at `j`, read from its text: groups, long numbers. */
function numberFromText(s: string, i: number, digitsEnd: number): ParsedNumber {
  let j = digitsEnd;
  let intText = s.slice(i, j);
  // Thousands groups: only when the leading group has at most 3 digits and each group exactly 3.
  if (j - i <= 3) {
    let k = j;
    let groups = '';
    while (
      s.charCodeAt(k) === COMMA &&
      isDigitCode(s.charCodeAt(k + 1)) &&
      isDigitCode(s.charCodeAt(k + 2)) &&
      isDigitCode(s.charCodeAt(k + 3)) &&
      !isDigitCode(s.charCodeAt(k + 4))
    ) {
      groups += s.slice(k + 1, k + 4);
      k += 4;
    }
    if (groups) {
      intText += groups;
      j = k;
    }
  }
  let text = intText;
  if (s.charCodeAt(j) === DOT && isDigitCode(s.charCodeAt(j + 1))) {
    let k = j + 1;
    while (isDigitCode(s.charCodeAt(k))) k++;
    text += s.slice(j, k);
    j = k;
  }
  return { value: Number(text), end: j };
}

/** Value of a run of Chinese numeral characters, or null when it is not a well-formed number. */
export function parseChineseNumber(str: string): number | null {
  if (!str) return null;
  const dot = str.indexOf('点');
  if (dot >= 0) {
    const intPart = dot === 0 ? 0 : parseChineseInteger(str.slice(0, dot));
    const frac = str.slice(dot + 1);
    if (intPart === null || !frac) return null;
    let digits = '';
    for (const c of frac) {
      const d = DIGIT_VALUE[c];
      if (d === undefined) return null;
      digits += String(d);
    }
    return Number(`${intPart}.${digits}`);
  }
  return parseChineseInteger(str);
}

function parseChineseInteger(str: string): number | null {
  let hasUnit = false;
  let hasDigit = false;
  for (const c of str) {
    if (c in SMALL_UNIT || c in BIG_UNIT) hasUnit = true;
    if (c in DIGIT_VALUE) hasDigit = true;
  }
  if (!hasUnit) {
    // Digit sequence: 二〇二三 → 2023.
    // 三四 is an approximation (三四十), not 34: a digit sequence needs 3+ digits or a zero.
    if (str.length < 3 && !/[〇零]/.test(str))
      return str.length === 1 ? (DIGIT_VALUE[str] ?? null) : null;
    let digits = '';
    for (const c of str) {
      const d = DIGIT_VALUE[c];
      if (d === undefined) return null;
      digits += String(d);
    }
    return digits ? Number(digits) : null;
  }
  if (!hasDigit && !(str[0] === '十' || str[0] === '拾')) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  let zeroAfterUnit = false;
  for (const c of str) {
    const d = DIGIT_VALUE[c];
    if (d !== undefined) {
      if (d === 0) {
        zeroAfterUnit = true;
        continue;
      }
      if (digit !== null) return null; // 三四 is not one number
      digit = d;
      continue;
    }
    const small = SMALL_UNIT[c];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      section += (digit ?? 1) * small;
      digit = null;
      lastUnit = lastSmall = small;
      zeroAfterUnit = false;
      continue;
    }
    const big = BIG_UNIT[c];
    if (big === undefined) return null;
    section += digit ?? 0;
    if (big < lastBig) total += (section || (total ? 0 : 1)) * big;
    else total = (total + section) * big;
    section = 0;
    digit = null;
    lastUnit = lastBig = big;
    lastSmall = Infinity;
    zeroAfterUnit = false;
  }
  if (digit !== null) {
    // 一万五 → 15000, 三百五 → 350; but 一百零五 → 105.
    section += !zeroAfterUnit && lastUnit >= 100 ? (digit * lastUnit) / 10 : digit;
  }
  return total + section;
}

/** Scans the maximal Chinese numeral run at `i` and parses it. */
export function parseChineseAt(s: string, i: number): ParsedNumber | null {
  let j = i;
  while (j < s.length && isChineseNumeralChar(s[j])) j++;
  // A trailing 点 is not part of the number (三点钟…).
  while (j > i && s[j - 1] === '点') j--;
  if (j === i) return null;
  const value = parseChineseNumber(s.slice(i, j));
  return value === null ? null : { value, end: j };
}
