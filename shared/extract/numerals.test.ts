import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArabicAt, parseChineseAt, parseChineseNumber } from './numerals.ts';

describe('Arabic numerals', () => {
  it.each([
    ['12', 12],
    ['12.35亿元', 12.35],
    ['1,274.2万人', 1274.2],
    ['51.5768万人', 51.5768],
  ])('reads %s as %s', (text, value) => {
    expect(parseArabicAt(text, 0)?.value).toBe(value);
  });

  it('reads a decimal to the same double as Number() reads its text, at any number of digits', () => {
    const digits = (min: number, max: number) =>
      fc
        .array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max })
        .map((d) => d.join(''));
    fc.assert(
      fc.property(digits(1, 18), digits(1, 18), (whole, decimals) => {
        const text = `${whole}.${decimals}`;
        const n = parseArabicAt(`${text}亿元`, 0);
        expect(n?.value).toBe(Number(text));
        expect(n?.end).toBe(text.length);
      }),
      { numRuns: 3000 },
    );
    expect(parseArabicAt('5.个', 0)).toEqual({ value: 5, end: 1 });
  });

  it('does not read a comma clause break as a thousands separator', () => {
    expect(parseArabicAt('增长7,8个', 2)?.value).toBe(7);
    expect(parseArabicAt('12,3456', 0)?.value).toBe(12);
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['一百二十', 120],
    ['两千', 2000],
    ['三千六百', 3600],
    ['叁仟陆佰', 3600],
    ['二〇二三', 2023],
    ['十二点五', 12.5],
    ['十', 10],
    ['十五', 15],
    ['一万五', 15000],
    ['三百五', 350],
    ['一百零五', 105],
    ['一亿两千万', 120000000],
    ['两个', null],
  ])('reads %s as %s', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('rejects sequences that are not one number', () => {
    expect(parseChineseNumber('三四')).toBeNull();
    expect(parseChineseNumber('万')).toBeNull();
  });

  it('stops a scan before a trailing 点', () => {
    expect(parseChineseAt('三点钟', 0)).toEqual({ value: 3, end: 1 });
  });
});
