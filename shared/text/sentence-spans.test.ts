import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './sentence-spans.ts';

describe('sentenceSpans', () => {
  it('splits on Chinese sentence ends and newlines, keeping the end mark', () => {
    const text = '地区生产总值增长7%。  规上工业增长8%；\n\n新增就业5万人';
    const parts = sentenceSpans(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['地区生产总值增长7%。', '规上工业增长8%；', '新增就业5万人']);
  });
  it('returns nothing for blank text', () => {
    expect(sentenceSpans(' \n\u3000 ')).toEqual([]);
  });
});
