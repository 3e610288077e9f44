import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HeadIndex } from './head-index.ts';

/** The longest word of `words` that starts at s[i], read through the index, or null. */
function longestAt(index: HeadIndex<string>, s: string, i: number): string | null {
  for (const w of index.at(s.charCodeAt(i), s.charCodeAt(i + 1)) ?? [])
    if (s.startsWith(w, i)) return w;
  return null;
}

describe('words looked up by their first two characters', () => {
  it('lists the words of a head longest first', () => {
    const index = new HeadIndex(
      ['郑州', '郑州市', '郑州经济技术开发区'].map((w) => [w, w] as const),
    );
    expect(index.at('郑'.charCodeAt(0), '州'.charCodeAt(0))).toEqual([
      '郑州经济技术开发区',
      '郑州市',
      '郑州',
    ]);
    expect(longestAt(index, '在郑州市区', 1)).toBe('郑州市');
    expect(index.at('州'.charCodeAt(0), '市'.charCodeAt(0))).toBeUndefined();
  });

  it('orders by the length of each word, also when two words share what they return', () => {
    // 郑州航空港区 and 郑州 both return A: each stands where its own length puts it.
    const index = new HeadIndex([
      ['郑州航空港区', 'A'] as const,
      ['郑州市', 'B'] as const,
      ['郑州', 'A'] as const,
    ]);
    expect(index.at('郑'.charCodeAt(0), '州'.charCodeAt(0))).toEqual(['A', 'B', 'A']);
  });

  it('skips words shorter than two characters', () => {
    const index = new HeadIndex([['市', 1] as const, ['市区', 2] as const]);
    expect(index.at('市'.charCodeAt(0), '区'.charCodeAt(0))).toEqual([2]);
  });

  it('lets words of another head that share a bucket only add candidates', () => {
    const probe = new HeadIndex([['郑州市', '郑州市'] as const]);
    const c0 = '二'.charCodeAt(0);
    // The second character that puts 二… into 郑州市's bucket, found through the index itself.
    let c1 = 0;
    while (c1 < 65536 && !probe.at(c0, c1)) c1++;
    expect(c1).toBeLessThan(65536);
    const other = `二${String.fromCharCode(c1)}七区五个字`;
    const index = new HeadIndex([['郑州市', '郑州市'] as const, [other, other] as const]);
    expect(index.at(c0, c1)).toEqual([other, '郑州市']);
    expect(longestAt(index, '在郑州市', 1)).toBe('郑州市');
    expect(longestAt(index, `在${other}`, 1)).toBe(other);
  });

  it('finds the longest word at any offset, as a scan of every word would', () => {
    // A small alphabet of CJK and other code units, so that heads repeat and buckets are shared.
    const char = fc.constantFrom(
      '郑',
      '州',
      '市',
      '区',
      '二',
      '七',
      'a',
      'b',
      '\u4e00',
      '\u9fa5',
      '\u0e00',
    );
    const word = fc.array(char, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 30 }),
        fc.array(char, { maxLength: 30 }),
        (words, cs) => {
          const index = new HeadIndex(words.map((w) => [w, w] as const));
          const s = cs.join('');
          for (let i = 0; i < s.length; i++) {
            const scan = words
              .filter((w) => w.length >= 2 && s.startsWith(w, i))
              .sort((x, y) => y.length - x.length)[0];
            expect(longestAt(index, s, i)).toBe(scan ?? null);
          }
        },
      ),
    );
  });
});
