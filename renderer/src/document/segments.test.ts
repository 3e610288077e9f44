import { describe, expect, it } from 'vitest';
import { segments, sentenceParts } from './segments.ts';

describe('highlight spans', () => {
  const text = '地区生产总值增长7%，固定资产投资增长15%以上。';

  it('cuts the text into plain runs and figures, in order, covering it exactly', () => {
    const parts = segments(text, [
      { id: 2, start: 10, end: 24 },
      { id: 1, start: 0, end: 10 },
    ]);
    expect(parts.map((p) => [p.text, p.mark?.id ?? null])).toEqual([
      ['地区生产总值增长7%', 1],
      ['，固定资产投资增长15%以上', 2],
      ['。', null],
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('drops a figure overlapping an earlier one and spans outside the text', () => {
    const parts = segments(text, [
      { id: 1, start: 0, end: 10 },
      { id: 2, start: 5, end: 12 },
      { id: 3, start: 20, end: 99 },
    ]);
    expect(parts.filter((p) => p.mark).map((p) => p.mark!.id)).toEqual([1]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('splits a sentence around its figure', () => {
    expect(sentenceParts(text, { start: 11, end: 24, sentenceStart: 0, sentenceEnd: 25 })).toEqual({
      before: '地区生产总值增长7%，',
      figure: '固定资产投资增长15%以上',
      after: '。',
    });
  });
});
