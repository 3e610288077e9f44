import { describe, expect, it } from 'vitest';
import { endsWithAny, startsWithAny, wordAt } from './words-at.ts';

describe('word lists read at an offset', () => {
  it('gives the first word of the list written at the offset, in the list order', () => {
    expect(wordAt('省级企业', 0, ['省', '省级'])).toBe('省');
    expect(wordAt('省级企业', 0, ['省级', '省'])).toBe('省级');
    expect(wordAt('市级省级', 2, ['市级', '省级'])).toBe('省级');
    expect(wordAt('市级企业', 1, ['市级'])).toBeUndefined();
    expect(startsWithAny('12条政策', 3, ['措施', '政策'])).toBe(true);
    expect(startsWithAny('12条道路', 3, ['措施', '政策'])).toBe(false);
  });

  it('reads a word ending at the offset, never one cut off by the text start', () => {
    expect(endsWithAny('同比下降0.6%', 4, ['减少', '下降'])).toBe(true);
    expect(endsWithAny('同比下降0.6%', 3, ['下降'])).toBe(false);
    expect(endsWithAny('降0.6%', 1, ['下降'])).toBe(false);
    expect(endsWithAny('下降', 2, ['下降'])).toBe(true);
  });
});
