import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MatchCursor } from './match-cursor.ts';

describe('whether spans of a text hold a match, asked in text order', () => {
  it('finds a match in the span it starts in, and none in the spans around it', () => {
    const s = '甲乙。丙目标丁。戊己。庚任务。';
    const c = new MatchCursor(/目标|任务/g, s);
    expect([c.startsIn(0, 3), c.startsIn(3, 8), c.startsIn(8, 11), c.startsIn(11, 15)]).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });

  it('answers as a search of each span would, over random texts and spans', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('目', '标', '任', '务', '甲', '。'), { maxLength: 60 }),
        fc.array(fc.nat(60), { maxLength: 12 }),
        (chars, cuts) => {
          const s = chars.join('');
          const ends = [...new Set(cuts.map((c) => Math.min(c, s.length)))].sort((a, b) => a - b);
          const c = new MatchCursor(/目标|任务/g, s);
          let start = 0;
          for (const end of ends) {
            // Each span, searched alone: a match starting in it (it may run past its end).
            const alone = /目标|任务/g;
            alone.lastIndex = start;
            const m = alone.exec(s);
            expect(c.startsIn(start, end)).toBe(m !== null && m.index < end);
            start = end;
          }
        },
      ),
    );
  });

  it('needs the g flag', () => {
    expect(() => new MatchCursor(/目标/, '目标')).toThrow(/g flag/);
  });
});
