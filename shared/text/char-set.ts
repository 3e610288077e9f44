/**
 * Sets of UTF-16 code units as bit sets (8 KB each, small enough to stay in cache): one test tells
 * whether a character can start (or end) a match, so a regex or a word list is only tried where it
 * can succeed. Code unit 0 is never a member, so a read past the end of a string (charCodeAt gives
 * NaN, read as 0) is never in a set.
 */
export type CharSet = Int32Array;

/** Whether code unit `c` (charCodeAt, NaN past the end) is in `set`. */
export const inSet = (set: CharSet, c: number): boolean =>
  ((set[c >> 5] as number) & (1 << (c & 31))) !== 0;

/** Set of the given code units. */
export function codeSet(codes: Iterable<number>): CharSet {
  const set = new Int32Array(2048);
  for (const c of codes)
    if (c > 0 && c < 65536) set[c >> 5] = (set[c >> 5] as number) | (1 << (c & 31));
  return set;
}

/** Set of the given characters (each string contributes its first code unit). */
export const charSet = (chars: Iterable<string>): CharSet =>
  codeSet(Array.from(chars, (c) => c.charCodeAt(0)));

/** Set of the first characters of `words`. */
export const firstChars = (words: readonly string[]): CharSet =>
  codeSet(words.map((w) => w.charCodeAt(0)));

/** Set of the last code units of `words`. */
export const lastChars = (words: readonly string[]): CharSet =>
  codeSet(words.map((w) => w.charCodeAt(w.length - 1)));

/** Set of the characters in any of `sets`. */
export function union(...sets: CharSet[]): CharSet {
  const out = new Int32Array(2048);
  for (const set of sets)
    for (let k = 0; k < 2048; k++) out[k] = (out[k] as number) | (set[k] as number);
  return out;
}

/** Whitespace as the regex class \s reads it. */
export const WHITESPACE: CharSet = codeSet(
  Array.from({ length: 65536 }, (_, c) => c).filter((c) => /\s/.test(String.fromCharCode(c))),
);

/** Offsets of the characters of `set` in s[0, limit), ascending. */
export function positionsIn(s: string, set: CharSet, limit = s.length): Int32Array {
  const end = Math.min(limit, s.length);
  const out = new Int32Array(end);
  let n = 0;
  for (let i = 0; i < end; i++) if (inSet(set, s.charCodeAt(i))) out[n++] = i;
  return out.subarray(0, n);
}
