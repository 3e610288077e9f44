/**
 * Years written in Chinese digits (二〇二五年), as formal reports may date their title, dateline and
 * headings: read as Arabic digits, character for character, so that every rule that reads a year
 * (NNNN年) reads these too and every offset into the text stays where it was.
 *
 * Only this century's years are read: those a report's own dates, reviews and plans name, each
 * before 年 or before another such year that closes a span (二〇二一—二〇二五年). Their zero is
 * written 〇, and as word processors and typists leave it, ○ (a circle), 零 or the letter O.
 */
const ZERO = '〇○零OＯ';
const DIGITS = `${ZERO}一二三四五六七八九`;
const YEAR = `二[${ZERO}][${DIGITS}]{2}`;
const CHINESE_YEAR = new RegExp(
  `(?<![${DIGITS}十百千万两])${YEAR}(?=年|[—\\-–~～至到]${YEAR}年)`,
  'g',
);
const DIGIT_OF = new Map<string, string>([
  ...Array.from(ZERO, (c) => [c, '0'] as const),
  ...Array.from('一二三四五六七八九', (c, k) => [c, String(k + 1)] as const),
]);

/**
 * A report dated in Chinese digits is so dated in its title or dateline: only a text whose opening
 * holds such a year is read for them (a search of every text in full measured 0.5–0.8% of
 * extraction, for years most texts never write so).
 */
const OPENING = 1000;
const MAY_HOLD = new RegExp(`二[${ZERO}]`);

/** `s` with its Chinese-digit years in Arabic digits (the same length); `s` itself when it has none. */
export function withArabicYears(s: string): string {
  if (!MAY_HOLD.test(s.length > OPENING ? s.slice(0, OPENING) : s)) return s;
  return s.replace(CHINESE_YEAR, (year) =>
    Array.from(year, (c) => DIGIT_OF.get(c) as string).join(''),
  );
}
