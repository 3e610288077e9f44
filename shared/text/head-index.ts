/**
 * Words looked up by their first two code units, for scanning text at every candidate offset.
 *
 * A Map keyed on `c0 * 65536 + c1` would do, but for CJK characters that key is past V8's small
 * integer range: every lookup boxes a number and hashes a double. Here the two code units pick a
 * bucket of an array by a 12-bit hash; the caller confirms a word with startsWith, so words of
 * other heads sharing a bucket are only extra candidates. Each bucket lists its words longest
 * first, so the first word that matches is the longest. 4,096 buckets (32 KB) stay in cache
 * beside the rest of the pipeline's tables, for a few thousand words.
 */
const BITS = 12;
/** The highest bucket number: buckets are 0 to HEAD_BUCKETS_MASK. */
export const HEAD_BUCKETS_MASK = (1 << BITS) - 1;

/** The bucket of words starting with code units c0 c1. */
export const bucketOf = (c0: number, c1: number): number => ((c0 * 0x9e5) ^ c1) & HEAD_BUCKETS_MASK;

export class HeadIndex<T> {
  private readonly buckets: (T[] | undefined)[] = new Array<T[] | undefined>(
    HEAD_BUCKETS_MASK + 1,
  ).fill(undefined);

  /** `entries`: each word (at least two code units) with what a lookup returns for it. */
  constructor(entries: Iterable<readonly [string, T]>) {
    const byBucket = new Map<number, (readonly [string, T])[]>();
    for (const entry of entries) {
      const word = entry[0];
      if (word.length < 2) continue;
      const b = bucketOf(word.charCodeAt(0), word.charCodeAt(1));
      const list = byBucket.get(b);
      if (list) list.push(entry);
      else byBucket.set(b, [entry]);
    }
    for (const [b, list] of byBucket)
      this.buckets[b] = list.sort((x, y) => y[0].length - x[0].length).map(([, value]) => value);
  }

  /** Candidates for a word starting with code units c0 c1, longest first; undefined when none. */
  at(c0: number, c1: number): readonly T[] | undefined {
    return this.buckets[bucketOf(c0, c1)];
  }
}
