/** Character-level text comparison for version differences: normalisation, passages, LCS diff. */
import { indexTrigrams, postings, trigrams, type TrigramIndex } from './trigrams.ts';

/** Text with whitespace and markup removed and punctuation width folded, mapped back to offsets. */
export interface Normalised {
  s: string;
  /** Characters in the original text, a surrogate pair counted once (as the database counts). */
  codePoints: number;
  /** map[i] = offset in the original text of s[i]. */
  map: Int32Array;
  /** lines[i] is 1 where a line of the original text began at s[i] (length s.length + 1). */
  lines: Uint8Array;
}

/** Character classes by code: punctuation (after width folding), dropped, sentence end. */
const CLASS = new Uint8Array(0x10000);
const PUNCT_BIT = 1;
const DROP_BIT = 2;
const END_BIT = 4;
for (const c of ',.:;!?()"\'、。《》〈〉【】「」『』-—–·…/[]') CLASS[c.charCodeAt(0)]! |= PUNCT_BIT;
// What /\s/ matches, and markdown's * and #.
for (const code of [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x2a,
  0x23,
])
  CLASS[code]! |= DROP_BIT;
for (const c of '。!?;') CLASS[c.charCodeAt(0)]! |= END_BIT;

/** Whether a character code is punctuation (after width folding). */
export const isPunctCode = (c: number): boolean => (CLASS[c]! & PUNCT_BIT) !== 0;
/** Whether a character code ends a sentence (after width folding). */
export const isEndCode = (c: number): boolean => (CLASS[c]! & END_BIT) !== 0;

/**
 * A character as normalise keeps it: full-width ASCII folded (，→, ％→% （→( …), curly quotes
 * straightened; -1 for one it drops (whitespace, the ideographic space, markdown * and #).
 */
export function foldCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else if (c === 0x201c || c === 0x201d) c = 0x22;
  else if (c === 0x2018 || c === 0x2019) c = 0x27;
  return CLASS[c]! & DROP_BIT ? -1 : c;
}

/** Drops whitespace and markdown emphasis, folds full-width ASCII (，→, ％→% （→( …). */
export function normalise(text: string): Normalised {
  const codes = new Uint16Array(text.length);
  const map = new Int32Array(text.length);
  const lines = new Uint8Array(text.length + 1);
  let n = 0;
  let codePoints = text.length;
  for (let i = 0; i < text.length; i++) {
    const raw = text.charCodeAt(i);
    if (raw === 0x0a) lines[n] = 1;
    else if (raw >= 0xdc00 && raw <= 0xdfff) codePoints--;
    const c = foldCode(raw);
    if (c < 0) continue;
    codes[n] = c;
    map[n++] = i;
  }
  let s = '';
  for (let k = 0; k < n; k += 8192)
    s += String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + 8192)) as never);
  return { s, codePoints, map: map.slice(0, n), lines: lines.slice(0, n + 1) };
}

const PUNCT = /[,.:;!?()"'、。《》〈〉【】「」『』\-—–·…/[\]]/;
export const isPunct = (c: string): boolean =>
  c.length === 1 ? isPunctCode(c.charCodeAt(0)) : PUNCT.test(c);

export function stripPunct(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isPunctCode(s.charCodeAt(i))) continue;
    if (i > from) out += s.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

export interface Passage {
  start: number;
  end: number;
  /** Its words: the passage without punctuation. */
  body: string;
  /** Its distinct character trigrams, in order of first occurrence: see gramsOf. */
  grams?: Float64Array;
}

/** A line this short without a sentence end is a heading: a passage of its own. */
export const HEADING_MAX = 40;

/**
 * Sentences of a normalised text, each with its character trigrams (punctuation left out). Line
 * breaks are ignored (they often cut sentences in two), except after a heading.
 */
export function passages(n: Pick<Normalised, 's' | 'lines'>): Passage[] {
  const { s, lines } = n;
  const out: Passage[] = [];
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    const heading = i > start && i - start <= HEADING_MAX && lines[i] === 1;
    if (i < s.length && !heading && !isEndCode(s.charCodeAt(i))) continue;
    const end = heading ? i : Math.min(s.length, i + 1);
    const body = stripPunct(s.slice(start, end));
    if (body.length >= 6) out.push({ start, end, body });
    start = end;
  }
  return out;
}

/** A passage's distinct trigrams (see trigrams.ts), found the first time they are needed. */
export function gramsOf(p: Passage): Float64Array {
  return (p.grams ??= trigrams(p.body));
}

export interface PassagePair {
  a: number;
  b: number;
  shared: number;
}

/**
 * Aligns passages of two texts: each passage of `a` to the passage of `b` sharing most trigrams
 * (at least 60% of the shorter's), then the heaviest chain that keeps both texts' order.
 */
export function alignPassages(
  a: Passage[],
  b: Passage[],
  index: TrigramIndex = indexTrigrams(b.map(gramsOf)),
): PassagePair[] {
  const counts = new Int32Array(b.length);
  const touched = new Int32Array(b.length);
  const pairs: PassagePair[] = [];
  a.forEach((p, i) => {
    // Shared trigrams per passage of b, the passages in the order first met.
    let t = 0;
    for (const g of gramsOf(p))
      for (let k = postings(index, g); k !== -1; k = index.next[k]!) {
        const j = index.passage[k]!;
        if (counts[j]!++ === 0) touched[t++] = j;
      }
    let best: PassagePair | null = null;
    for (let x = 0; x < t; x++) {
      const j = touched[x]!;
      const shared = counts[j]!;
      counts[j] = 0;
      const score = shared / Math.max(1, Math.min(p.grams!.length, b[j]!.grams!.length));
      if (shared >= 4 && score >= 0.6 && (!best || shared > best.shared))
        best = { a: i, b: j, shared };
    }
    if (best) pairs.push(best);
  });
  // Heaviest increasing chain in b (pairs are already in a's order).
  const weight = pairs.map((p) => p.shared);
  const prev = pairs.map(() => -1);
  for (let i = 0; i < pairs.length; i++) {
    for (let k = 0; k < i; k++) {
      if (pairs[k]!.b < pairs[i]!.b && weight[k]! + pairs[i]!.shared > weight[i]!) {
        weight[i] = weight[k]! + pairs[i]!.shared;
        prev[i] = k;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < pairs.length; i++) if (end === -1 || weight[i]! > weight[end]!) end = i;
  const chain: PassagePair[] = [];
  for (let i = end; i !== -1; i = prev[i]!) chain.push(pairs[i]!);
  return chain.reverse();
}

/** A run of differing characters: a[aStart, aEnd) became b[bStart, bEnd). */
export interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/**
 * Character diff of two short strings by longest common subsequence; differing runs separated
 * by at most `join` equal characters (and no punctuation) form one hunk.
 */
export function diffHunks(a: string, b: string, join = 4): Hunk[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (
    suf < a.length - pre &&
    suf < b.length - pre &&
    a[a.length - 1 - suf] === b[b.length - 1 - suf]
  )
    suf++;
  const x = a.slice(pre, a.length - suf);
  const y = b.slice(pre, b.length - suf);
  const n = x.length;
  const m = y.length;
  const raw: Hunk[] = [];
  if (n === 0 && m === 0) return raw;
  if (n === 0 || m === 0 || n * m > 4_000_000) {
    raw.push({ aStart: pre, aEnd: pre + n, bStart: pre, bEnd: pre + m });
  } else {
    const w = m + 1;
    const L = new Uint16Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        L[i * w + j] =
          x[i] === y[j]
            ? L[(i + 1) * w + j + 1]! + 1
            : Math.max(L[(i + 1) * w + j]!, L[i * w + j + 1]!);
    let i = 0;
    let j = 0;
    let open: Hunk | null = null;
    const close = () => {
      if (open) raw.push(open);
      open = null;
    };
    while (i < n || j < m) {
      if (i < n && j < m && x[i] === y[j]) {
        close();
        i++;
        j++;
        continue;
      }
      open ??= { aStart: pre + i, aEnd: pre + i, bStart: pre + j, bEnd: pre + j };
      if (j >= m || (i < n && L[(i + 1) * w + j]! >= L[i * w + j + 1]!)) {
        i++;
        open.aEnd = pre + i;
      } else {
        j++;
        open.bEnd = pre + j;
      }
    }
    close();
  }
  const merged: Hunk[] = [];
  for (const h of raw) {
    const last = merged[merged.length - 1];
    const gap = last ? a.slice(last.aEnd, h.aStart) : '';
    if (last && gap.length <= join && ![...gap].some(isPunct)) {
      last.aEnd = h.aEnd;
      last.bEnd = h.bEnd;
    } else merged.push({ ...h });
  }
  return merged;
}
