import { describe, expect, it } from 'vitest';
import { gapAt, pieces } from './highlight.ts';

describe('highlighting spans in a sentence', () => {
  it('cuts a sentence into plain and marked pieces', () => {
    expect(pieces('地区生产总值增长7%。', [[8, 10]])).toEqual([
      { text: '地区生产总值增长', marked: false },
      { text: '7%', marked: true },
      { text: '。', marked: false },
    ]);
  });

  it('merges overlapping ranges and ignores empty or out-of-range ones', () => {
    expect(
      pieces('abcdef', [
        [1, 3],
        [2, 4],
        [5, 5],
        [4, 99],
      ]),
    ).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdef', marked: true },
    ]);
  });

  it('finds where a zero-width mark sits', () => {
    expect(gapAt([[3, 3]])).toBe(3);
    expect(gapAt([[1, 2]])).toBeNull();
  });
});
