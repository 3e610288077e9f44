/**
 * Word lists read at an offset. Loops, not `words.find((w) => s.startsWith(w, at))`: a function
 * holding such a closure allocates a context for `s` and `at` at every call, which on the path of
 * every figure measured a context per figure.
 */

/** The first of `words` written at `at` in `s`, or undefined. */
export function wordAt(s: string, at: number, words: readonly string[]): string | undefined {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (s.startsWith(w, at)) return w;
  }
  return undefined;
}

/** Whether one of `words` is written at `at` in `s`. */
export const startsWithAny = (s: string, at: number, words: readonly string[]): boolean =>
  wordAt(s, at, words) !== undefined;

/** Whether one of `words` ends at `end` in `s`. */
export function endsWithAny(s: string, end: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (end >= w.length && s.startsWith(w, end - w.length)) return true;
  }
  return false;
}
