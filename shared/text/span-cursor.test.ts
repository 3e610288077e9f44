import { describe, expect, it } from 'vitest';
import { NO_SPANS, SpanCursor } from './span-cursor.ts';

describe('SpanCursor', () => {
  it('tells offsets asked in order inside [start, end) spans from those outside', () => {
    const cursor = new SpanCursor([2, 4, 4, 5, 9, 12]);
    expect([0, 2, 3, 4, 5, 8, 9, 11, 12, 40].map((at) => cursor.covers(at))).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it('covers nothing without spans', () => {
    expect(new SpanCursor(NO_SPANS).covers(0)).toBe(false);
  });
});
