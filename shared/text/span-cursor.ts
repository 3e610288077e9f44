/**
 * Whether offsets, asked about in ascending order, fall inside spans given as ascending
 * [start, end) pairs (a flat list: start, end, start, end …): one pass over the spans in all.
 */
export class SpanCursor {
  private readonly spans: ArrayLike<number>;
  private next = 0;

  constructor(spans: ArrayLike<number>) {
    this.spans = spans;
  }

  /** Whether `at` lies in a span; `at` must not go back from the last call's. */
  covers(at: number): boolean {
    const spans = this.spans;
    while (this.next < spans.length && (spans[this.next + 1] as number) <= at) this.next += 2;
    return this.next < spans.length && (spans[this.next] as number) <= at;
  }
}

/** No spans. */
export const NO_SPANS: readonly number[] = [];
