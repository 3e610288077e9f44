import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  alignPassages,
  gramsOf,
  normalise,
  passages,
  stripPunct,
  type PassagePair,
} from './text-diff.ts';

/**
 * The passage alignment as first written, over strings (regular expressions, trigrams as
 * three-character strings in Sets and Maps): the fast one over character codes and numbers must
 * cut, align and break ties exactly as this one does.
 */
const reference = {
  normalise(text: string) {
    const FOLD: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'", '　': '' };
    let s = '';
    const map: number[] = [];
    const lines = new Set<number>();
    for (let i = 0; i < text.length; i++) {
      let c = text[i]!;
      if (c === '\n') lines.add(s.length);
      const code = c.charCodeAt(0);
      if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0);
      else if (Object.hasOwn(FOLD, c)) c = FOLD[c]!;
      if (c === '' || /\s/.test(c) || c === '*' || c === '#') continue;
      s += c;
      map.push(i);
    }
    return { s, map, lines };
  },
  stripPunct: (s: string) =>
    [...s].filter((c) => !/[,.:;!?()"'、。《》〈〉【】「」『』\-—–·…/[\]]/.test(c)).join(''),
  passages(n: { s: string; lines: Set<number> }) {
    const { s, lines } = n;
    const out: { start: number; end: number; grams: Set<string> }[] = [];
    let start = 0;
    for (let i = 0; i <= s.length; i++) {
      const heading = i > start && i - start <= 40 && lines.has(i);
      if (i < s.length && !heading && !'。!?;'.includes(s[i]!)) continue;
      const end = heading ? i : Math.min(s.length, i + 1);
      const body = reference.stripPunct(s.slice(start, end));
      if (body.length >= 6) {
        const grams = new Set<string>();
        for (let k = 0; k + 3 <= body.length; k++) grams.add(body.slice(k, k + 3));
        out.push({ start, end, grams });
      }
      start = end;
    }
    return out;
  },
  align(a: { grams: Set<string> }[], b: { grams: Set<string> }[]): PassagePair[] {
    const index = new Map<string, number[]>();
    b.forEach((p, j) => {
      for (const g of p.grams) {
        const list = index.get(g);
        if (list) list.push(j);
        else index.set(g, [j]);
      }
    });
    const pairs: PassagePair[] = [];
    a.forEach((p, i) => {
      const counts = new Map<number, number>();
      for (const g of p.grams)
        for (const j of index.get(g) ?? []) counts.set(j, (counts.get(j) ?? 0) + 1);
      let best: PassagePair | null = null;
      for (const [j, shared] of counts) {
        const score = shared / Math.max(1, Math.min(p.grams.size, b[j]!.grams.size));
        if (shared >= 4 && score >= 0.6 && (!best || shared > best.shared))
          best = { a: i, b: j, shared };
      }
      if (best) pairs.push(best);
    });
    const weight = pairs.map((p) => p.shared);
    const prev = pairs.map(() => -1);
    for (let i = 0; i < pairs.length; i++)
      for (let k = 0; k < i; k++)
        if (pairs[k]!.b < pairs[i]!.b && weight[k]! + pairs[i]!.shared > weight[i]!) {
          weight[i] = weight[k]! + pairs[i]!.shared;
          prev[i] = k;
        }
    let end = -1;
    for (let i = 0; i < pairs.length; i++) if (end === -1 || weight[i]! > weight[end]!) end = i;
    const chain: PassagePair[] = [];
    for (let i = end; i !== -1; i = prev[i]!) chain.push(pairs[i]!);
    return chain.reverse();
  },
};

const SEEDS = join(import.meta.dirname, '../../seeds');
const seeds = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .map((n) => readFileSync(join(SEEDS, n), 'utf8'));

/** A seed reworked the way versions differ: figures changed, words dropped, lines rewrapped, full-width and curly punctuation, stray markup. */
function variant(text: string, seed: number): string {
  let n = seed;
  const next = () => (n = (Math.imul(n, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return text
    .replace(/\d/g, (d) => (next() < 0.1 ? String((Number(d) + 1) % 10) : d))
    .replace(/，/g, () => (next() < 0.1 ? ',' : '，'))
    .replace(/。/g, () => (next() < 0.05 ? '。\n' : next() < 0.05 ? '！' : '。'))
    .replace(/的/g, () => (next() < 0.1 ? '' : '的'))
    .replace(/“/g, () => (next() < 0.5 ? '"' : '“'))
    .replace(/发展/g, () => (next() < 0.1 ? '**发展**' : '发展'))
    .replace(/ /g, () => (next() < 0.5 ? '\u3000' : ' '));
}

const texts = [...seeds, ...seeds.map((t, i) => variant(t, i + 1))];

describe('text comparison over character codes', () => {
  it('normalises as the string version does: the same text, offsets and line starts', () => {
    for (const text of texts) {
      const fast = normalise(text);
      const ref = reference.normalise(text);
      expect(fast.s).toBe(ref.s);
      expect([...fast.map]).toEqual(ref.map);
      expect(fast.lines.reduce<number[]>((l, v, i) => (v ? [...l, i] : l), [])).toEqual(
        [...ref.lines].filter((i) => i <= ref.s.length).sort((a, b) => a - b),
      );
    }
  });

  it('strips punctuation as the regular expression does', () => {
    for (const text of texts) expect(stripPunct(text)).toBe(reference.stripPunct(text));
  });

  it('cuts the same passages, with the same distinct trigrams in the same order', () => {
    for (const text of texts) {
      const fast = passages(normalise(text));
      const ref = reference.passages(reference.normalise(text));
      expect(fast.map((p) => [p.start, p.end])).toEqual(ref.map((p) => [p.start, p.end]));
      const asString = (g: number) => {
        const a = Math.floor(g / 2 ** 32);
        const rest = g - a * 2 ** 32;
        return String.fromCharCode(a, Math.floor(rest / 2 ** 16), rest % 2 ** 16);
      };
      const fastGrams = fast.map((p) => [...gramsOf(p)].map(asString));
      expect(fastGrams).toEqual(ref.map((p) => [...p.grams]));
    }
  });

  it('aligns every pair of texts as the string version does, ties broken alike', () => {
    let aligned = 0;
    for (const a of texts)
      for (const b of texts) {
        const fast = alignPassages(passages(normalise(a)), passages(normalise(b)));
        const ref = reference.align(
          reference.passages(reference.normalise(a)),
          reference.passages(reference.normalise(b)),
        );
        expect(fast).toEqual(ref);
        aligned += fast.length;
      }
    expect(aligned).toBeGreaterThan(1000);
  });
});
