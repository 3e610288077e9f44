/** A sentence cut into plain and marked pieces, for highlighting spans inside it. */
export interface Piece {
  text: string;
  marked: boolean;
}

/** Splits `text` at the [start, end) ranges (relative to it; overlapping or empty ones merged). */
export function pieces(text: string, ranges: [number, number][]): Piece[] {
  const clean = ranges
    .map(([s, e]): [number, number] => [Math.max(0, s), Math.min(text.length, e)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  const out: Piece[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: text.slice(at, s), marked: false });
    out.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}

/** Where a zero-width mark (words only on the other side) sits: a caret position, or null. */
export function gapAt(ranges: [number, number][]): number | null {
  const empty = ranges.find(([s, e]) => s === e);
  return empty ? empty[0] : null;
}
