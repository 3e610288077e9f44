/**
 * Character trigrams as numbers (three UTF-16 code units, c1·2³² + c2·2¹⁶ + c3: exact in a
 * double, one number per distinct trigram) and an index from trigram to the passages holding it,
 * in open-addressing tables: the passage alignment of two reports touches tens of thousands of
 * trigrams, which Sets and Maps of strings make slow.
 */

function slot(g: number, mask: number): number {
  const hi = Math.floor(g * 2.3283064365386963e-10); // g / 2^32, exactly
  const lo = g - hi * 0x100000000;
  return (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
}

/** A scratch table for removing repeats, reused from call to call. */
let seen = new Float64Array(1024);
let stamps = new Uint32Array(1024);
let stamp = 0;

/** The distinct trigrams of `body`, in order of first occurrence. */
export function trigrams(body: string): Float64Array {
  const n = Math.max(0, body.length - 2);
  let size = seen.length;
  while (size < 2 * n) size *= 2;
  if (size !== seen.length) {
    seen = new Float64Array(size);
    stamps = new Uint32Array(size);
    stamp = 0;
  }
  if (++stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  const mask = size - 1;
  const out = new Float64Array(n);
  let count = 0;
  let a = body.charCodeAt(0);
  let b = body.charCodeAt(1);
  for (let k = 2; k < body.length; k++) {
    const c = body.charCodeAt(k);
    const g = a * 0x100000000 + b * 0x10000 + c;
    let h = (Math.imul(((b << 16) | c) ^ Math.imul(a, 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
    a = b;
    b = c;
    while (stamps[h] === stamp && seen[h] !== g) h = (h + 1) & mask;
    if (stamps[h] === stamp) continue;
    stamps[h] = stamp;
    seen[h] = g;
    out[count++] = g;
  }
  return count === n ? out : out.slice(0, count);
}

/** Trigram → the passages holding it, in passage order. */
export interface TrigramIndex {
  mask: number;
  keys: Float64Array;
  /** First posting of each key's list, -1 for an empty slot. */
  head: Int32Array;
  /** Postings: the passage, and the next posting of the same trigram (-1 at the end). */
  passage: Int32Array;
  next: Int32Array;
}

export function indexTrigrams(grams: readonly Float64Array[]): TrigramIndex {
  const total = grams.reduce((n, g) => n + g.length, 0);
  let size = 1024;
  while (size < 2 * total) size *= 2;
  const mask = size - 1;
  const keys = new Float64Array(size);
  const head = new Int32Array(size).fill(-1);
  const passage = new Int32Array(total);
  const next = new Int32Array(total);
  let posting = 0;
  // From the last passage to the first, each posting put first: every list in passage order.
  for (let j = grams.length - 1; j >= 0; j--) {
    for (const g of grams[j]!) {
      let h = slot(g, mask);
      while (head[h] !== -1 && keys[h] !== g) h = (h + 1) & mask;
      keys[h] = g;
      passage[posting] = j;
      next[posting] = head[h]!;
      head[h] = posting++;
    }
  }
  return { mask, keys, head, passage, next };
}

/** The first posting of trigram `g`, or -1. */
export function postings(index: TrigramIndex, g: number): number {
  let h = slot(g, index.mask);
  while (index.head[h] !== -1) {
    if (index.keys[h] === g) return index.head[h]!;
    h = (h + 1) & index.mask;
  }
  return -1;
}
