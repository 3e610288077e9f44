/**
 * Runtime stays linear on adversarial inputs (no catastrophic regex backtracking, no quadratic
 * rescans). Timed unit tests with absolute thresholds flake on a loaded machine, so these compare
 * the engine with itself: the best of three runs on n characters against 4n characters, in CPU
 * time of the test's own process (time spent waiting for a busy CPU does not count). Linear work
 * gives a ratio near 4, quadratic work 16; the bound of 10 leaves room for noise (both sizes are
 * timed in alternation, so a disturbance hits both) while still failing a quadratic path.
 * Also the properties of issue 4 that do not fit the report-like generators of index.test.ts:
 * never throwing on any UTF-16 string (lone surrogates included), offsets, determinism.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from './index.ts';
import { findNumbers } from './numbers.ts';

/** CPU milliseconds of this process (tests run in forks): waiting for a busy CPU is not counted. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Best-of-`runs` CPU time of fn on inputs of n and 4n characters, timed in alternation. */
function scaleRatio(
  make: (n: number) => string,
  fn: (s: string) => unknown,
  n: number,
  runs = 3,
): number {
  const small = make(n);
  const large = make(4 * n);
  fn(make(1000)); // warm-up: compile the code paths the input takes
  let a = Infinity;
  let b = Infinity;
  for (let r = 0; r < runs; r++) {
    let t0 = cpuMs();
    fn(small);
    a = Math.min(a, cpuMs() - t0);
    t0 = cpuMs();
    fn(large);
    b = Math.min(b, cpuMs() - t0);
  }
  // Below 20 ms, timer resolution and a GC pause dominate the small input; a quadratic path
  // would still show: 20 ms on n is 320 ms on 4n.
  return b / Math.max(a, 20);
}

const repeat =
  (unit: string) =>
  (n: number): string =>
    unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** [name, generator, n for extract]: the three at 1 MB (4n), the rest at 256 K (4n). */
const ADVERSARIAL: [string, (n: number) => string, number][] = [
  ['digits', repeat('1'), 262_144],
  ['enumeration commas', repeat('、'), 262_144],
  ['unmatched brackets', repeat('（“('), 262_144],
  ['unmatched quotes', repeat('“1'), 65_536],
  ['numbers with units', repeat('增长7%、'), 65_536],
  ['Chinese numerals', repeat('一二三四五六七八九十'), 65_536],
  ['lines of clauses', repeat('地区生产总值增长7\n'), 65_536],
  ['ranges without end', repeat('1-'), 65_536],
  ['decimal points', repeat('1.'), 65_536],
  ['thousands groups', repeat('1,000,'), 65_536],
  ['ordinal markers', repeat('第'), 65_536],
  ['percent words', repeat('百分之'), 65_536],
  ['full-width digits', repeat('１２％'), 65_536],
  ['spaces between digits', repeat('1 '), 65_536],
  ['one sentence without a stop', repeat('新增企业15家，'), 65_536],
  ['rows of a Markdown table', repeat('| 产值 | 亿元 | 1 |\n'), 65_536],
  ['rows of a grid of tabs', repeat('产值\t亿元\t1\t2%\n'), 65_536],
  ['two rows of many cells', (n) => `${repeat('|1')(n >> 1)}\n${repeat('|2')(n >> 1)}`, 65_536],
  ['rows of pipes', repeat('|\n'), 65_536],
];

describe('runtime stays linear on adversarial input', () => {
  it.each(ADVERSARIAL)('extract: %s', (_, make, n) => {
    expect(scaleRatio(make, extract, n)).toBeLessThan(10);
  });

  // The numeral layer reads a line at a time: lines of 64 K and 256 K characters.
  it.each(ADVERSARIAL)('findNumbers: %s', (_, make) => {
    expect(scaleRatio(make, findNumbers, 65_536)).toBeLessThan(10);
  });
});

/** Any sequence of UTF-16 code units, lone surrogates included. */
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 })
  .map((units) => String.fromCharCode(...units));
const anyText = fc.oneof(
  codeUnits,
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);

describe('properties on any Unicode string', () => {
  it('extract never throws; offsets are in bounds and quote is the slice they give', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const ex = extract(text);
        for (const f of ex.facts) {
          expect(0 <= f.start && f.start <= f.end && f.end <= text.length).toBe(true);
          expect(f.quote).toBe(text.slice(f.start, f.end));
          expect(0 <= f.sentenceStart && f.sentenceStart <= f.sentenceEnd).toBe(true);
          expect(f.sentenceEnd).toBeLessThanOrEqual(text.length);
        }
        for (const s of ex.sections) expect(0 <= s.start && s.end <= text.length).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('extract is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(extract(text)).toEqual(extract(text));
      }),
      { numRuns: 100 },
    );
  });

  it('findNumbers never throws, reports finite values and texts found in the line', () => {
    fc.assert(
      fc.property(anyText, (line) => {
        const found = findNumbers(line);
        for (const n of found) {
          expect(line).toContain(n.text);
          expect(Number.isFinite(n.value)).toBe(true);
          if (n.value_max !== null) expect(Number.isFinite(n.value_max)).toBe(true);
        }
        expect(findNumbers(line)).toEqual(found);
      }),
      { numRuns: 300 },
    );
  });
});
