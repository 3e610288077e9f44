/** Character-level text comparison for version differences: normalisation, passages, LCS diff. */

/** Text with whitespace and markup removed and punctuation width folded, mapped back to offsets. */
export interface Normalised {
  s: string;
  /** map[i] = offset in the original text of s[i]. */
  map: number[];
  /** Offsets in s where a line of the original text began. */
  lines: Set<number>;
}

const FOLD: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'", '　': '' };

/** Drops whitespace and markdown emphasis, folds full-width ASCII (，→, ％→% （→( …). */
export function normalise(text: string): Normalised {
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
}

const PUNCT = /[,.:;!?()"'、。《》〈〉【】「」『』\-—–·…/[\]]/;
export const isPunct = (c: string): boolean => PUNCT.test(c);
export const stripPunct = (s: string): string => [...s].filter((c) => !isPunct(c)).join('');

export interface Passage {
  start: number;
  end: number;
  grams: Set<string>;
}

/** A line this short without a sentence end is a heading: a passage of its own. */
const HEADING_MAX = 40;

/**
 * Sentences of a normalised text, each with its character trigrams (punctuation left out). Line
 * breaks are ignored (they often cut sentences in two), except after a heading.
 */
export function passages(n: Pick<Normalised, 's' | 'lines'>): Passage[] {
  const { s, lines } = n;
  const out: Passage[] = [];
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    const heading = i > start && i - start <= HEADING_MAX && lines.has(i);
    if (i < s.length && !heading && !'。!?;'.includes(s[i]!)) continue;
    const end = heading ? i : Math.min(s.length, i + 1);
    const body = stripPunct(s.slice(start, end));
    if (body.length >= 6) {
      const grams = new Set<string>();
      for (let k = 0; k + 3 <= body.length; k++) grams.add(body.slice(k, k + 3));
      out.push({ start, end, grams });
    }
    start = end;
  }
  return out;
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
export function alignPassages(a: Passage[], b: Passage[]): PassagePair[] {
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
