import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withArabicYears } from './chinese-years.ts';
import { detectYear } from './meta.ts';
import { extract } from './index.ts';

describe('years written in Chinese digits', () => {
  it('reads this century’s years before 年 in Arabic digits, character for character', () => {
    expect(withArabicYears('——二〇二六年一月九日在青川县')).toBe('——2026年一月九日在青川县');
    expect(withArabicYears('二零二五年工作回顾')).toBe('2025年工作回顾');
    expect(withArabicYears('二〇二一—二〇二五年规划')).toBe('2021—2025年规划');
    // Zeros as word processors and typists leave them: a circle, 零, the letter O.
    expect(withArabicYears('二○二六年 二O二六年 二Ｏ二六年')).toBe('2026年 2026年 2026年');
  });

  it('reads a text for them when its opening holds one, in the whole of it', () => {
    const body = '。'.repeat(2000);
    expect(withArabicYears(`——二〇二六年一月九日${body}二〇二五年`)).toBe(
      `——2026年一月九日${body}2025年`,
    );
    // A text dated in Arabic digits: a Chinese-digit year deep in it stays as written.
    const arabic = `——2026年1月9日${body}二〇二五年`;
    expect(withArabicYears(arabic)).toBe(arabic);
  });

  it('leaves numbers that are no year of this century as they are', () => {
    // No 年 after it, a longer numeral, a count of years, another century.
    for (const s of ['编号二〇二五', '十二〇二五年', '二十年', '一九九八年', '二〇二五项'])
      expect(withArabicYears(s)).toBe(s);
    const plain = '全县地区生产总值增长6.1%。';
    expect(withArabicYears(plain)).toBe(plain);
  });

  it('keeps the length of any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('二', '〇', '零', '五', '六', '年', '—', '甲')),
        (cs) => {
          const s = cs.join('');
          expect(withArabicYears(s).length).toBe(s.length);
        },
      ),
    );
  });

  it('dates a report by a dateline whose month and day are in Chinese digits', () => {
    const body = '\n一、工作回顾\n2025年，全县地区生产总值增长6.1%。2025年，全县粮食产量稳定。';
    expect(
      detectYear(
        `青川县人民政府工作报告\n——2026年一月九日在青川县第十八届人民代表大会第六次会议上${body}`,
      ),
    ).toBe(2026);
    expect(
      detectYear(
        `青川县人民政府工作报告\n——2026年1月9日在青川县第十八届人民代表大会第六次会议上${body}`,
      ),
    ).toBe(2026);
    // Without a dateline, the latest year the text speaks of.
    expect(detectYear(`青川县人民政府工作报告${body}`)).toBe(2025);
  });

  it('gives a report dated in Chinese digits its year and its figures their periods, quoted as written', () => {
    const text = [
      '青川县人民政府工作报告',
      '——二〇二六年一月九日在青川县第十八届人民代表大会第六次会议上',
      '一、二〇二五年工作回顾',
      '二〇二五年，全县地区生产总值增长6.1%。',
      '二、二〇二六年目标任务',
      '二〇二六年全县地区生产总值增长6%左右。',
    ].join('\n');
    const r = extract(text);
    expect(r.meta.year).toBe(2026);
    expect(r.facts.map((f) => [f.quote, f.kind, f.period])).toEqual([
      ['6.1%', 'actual', '2025'],
      ['6%左右', 'target', '2026'],
    ]);
    for (const f of r.facts) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });
});
