/** Searches of ascending offsets (a normalisation map, a list of watched characters). */

/** Index of the first value in `sorted` (ascending) at or after `at`; sorted.length when none. */
export function firstAtOrAfter(sorted: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
