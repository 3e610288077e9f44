import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstAtOrAfter } from './sorted.ts';

describe('searching ascending offsets', () => {
  it('finds the first value at or after an offset, or the length when none is', () => {
    const sorted = [2, 4, 4, 9];
    expect([0, 2, 3, 4, 5, 9, 10].map((at) => firstAtOrAfter(sorted, at))).toEqual([
      0, 0, 1, 1, 3, 3, 4,
    ]);
    fc.assert(
      fc.property(fc.array(fc.nat(50)), fc.integer({ min: -5, max: 60 }), (values, at) => {
        const sorted = Int32Array.from(values.sort((a, b) => a - b));
        const byScan = sorted.findIndex((v) => v >= at);
        expect(firstAtOrAfter(sorted, at)).toBe(byScan < 0 ? sorted.length : byScan);
      }),
    );
  });
});
