/** A figure to highlight: its span in the text and what it is. */
export interface Mark {
  id: number;
  start: number;
  end: number;
}

export type Segment<M extends Mark> = { text: string; start: number; mark: M | null };

/**
 * Cuts `text` into plain runs and highlighted figures, in order. Overlapping figures are not
 * nested: a figure starting inside an earlier one is dropped (the earlier one stays clickable),
 * and spans outside the text are ignored.
 */
export function segments<M extends Mark>(text: string, marks: readonly M[]): Segment<M>[] {
  const sorted = marks
    .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start)
    .toSorted((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<M>[] = [];
  let at = 0;
  for (const mark of sorted) {
    if (mark.start < at) continue;
    if (mark.start > at) out.push({ text: text.slice(at, mark.start), start: at, mark: null });
    out.push({ text: text.slice(mark.start, mark.end), start: mark.start, mark });
    at = mark.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), start: at, mark: null });
  return out;
}

/** The sentence around a figure, split so the figure itself can be highlighted. */
export function sentenceParts(
  text: string,
  fact: { start: number; end: number; sentenceStart: number; sentenceEnd: number },
): { before: string; figure: string; after: string } {
  const from = Math.max(0, Math.min(fact.sentenceStart, fact.start));
  const to = Math.min(text.length, Math.max(fact.sentenceEnd, fact.end));
  return {
    before: text.slice(from, fact.start),
    figure: text.slice(fact.start, fact.end),
    after: text.slice(fact.end, to),
  };
}
