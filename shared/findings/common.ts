/** Helpers every check shares: figures, evidence, keys and rendering a finding. */
import { formatFigure, formatNumber } from '../format/fact-text.ts';
import { renderMessage, type MessageId, type MessageParams } from './strings.ts';
import type {
  Evidence,
  Finding,
  FindingCell,
  FindingFigure,
  FindingsFact,
  FindingType,
  Outcome,
  Severity,
} from './types.ts';

/** A figure's value in a unit it can be compared in: 2.75万人 and 27500人 read the same. */
export interface Comparable {
  value: number | null;
  valueMax: number | null;
  unit: string;
}

export function comparable(f: FindingsFact): Comparable {
  return toComparable(f);
}

function toComparable(f: FindingsFact): Comparable {
  if (f.value !== null && f.normValue !== null && f.normUnit && f.value !== 0) {
    const scale = f.normValue / f.value;
    return {
      value: f.normValue,
      valueMax: f.valueMax === null ? null : f.valueMax * scale,
      unit: f.normUnit,
    };
  }
  return { value: f.value, valueMax: f.valueMax, unit: f.unit ?? '' };
}

/** Rounds away float noise so 0.1 + 0.2 and 0.3 give the same key. */
export function num(n: number | null): string {
  if (n === null) return '';
  if (Number.isInteger(n)) return String(n);
  let s = nums.get(n);
  if (s === undefined) {
    s = formatNumber(Number(n.toPrecision(10)));
    if (nums.size > 100_000) nums.clear();
    nums.set(n, s);
  }
  return s;
}
const nums = new Map<number, string>();

/** The normalised figure as a key part: comparator, value(s) and base unit. */
export function figureKey(f: FindingsFact): string {
  if (f.comparator === 'text') return 'text';
  const c = comparable(f);
  return `${f.comparator}${num(c.value)}${c.valueMax === null ? '' : `-${num(c.valueMax)}`}${c.unit}`;
}

/** What a fact is about, as a key part: its catalog indicator, else its metric phrase. */
export function subjectKey(f: { indicator: string | null; metric: string }): string {
  return f.indicator ?? `m:${normaliseMetric(f.metric)}`;
}

/** Metric phrases compared loosely: no spaces, quotes or brackets, full-width folded. */
export function normaliseMetric(metric: string): string {
  let n = metrics.get(metric);
  if (n === undefined) {
    n = foldWidth(metric).replace(/[\s"'“”‘’()（）《》【】]/g, '');
    if (metrics.size > 200_000) metrics.clear();
    metrics.set(metric, n);
  }
  return n;
}
const metrics = new Map<string, string>();

/** Full-width ASCII to half-width, ideographic space to space. */
export function foldWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** A fact as a finding's figure; `figure` is formatFigure(f) when the caller has it already. */
export function toFigure(f: FindingsFact, role: string, figure = formatFigure(f)): FindingFigure {
  return {
    entity: f.entity,
    indicator: f.indicator,
    metric: f.metric,
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    comparator: f.comparator,
    kind: f.kind,
    period: f.period,
    figure,
    documentId: f.documentId,
    factId: f.id,
    role,
  };
}

/** The fact's span, with its sentence, as evidence. */
export function factEvidence(f: FindingsFact, text: string, role: string): Evidence {
  return spanEvidence(f.documentId, text, f.start, f.end, role, f.sentenceStart, f.sentenceEnd);
}

export function spanEvidence(
  documentId: number,
  text: string,
  start: number,
  end: number,
  role: string,
  sentenceStart?: number,
  sentenceEnd?: number,
): Evidence {
  const s = sentenceStart ?? sentenceBounds(text, start).start;
  const e = Math.max(sentenceEnd ?? sentenceBounds(text, start).end, end);
  return {
    documentId,
    start,
    end,
    quote: text.slice(start, end),
    sentenceStart: Math.min(s, start),
    sentenceEnd: e,
    sentence: text.slice(Math.min(s, start), e),
    role,
  };
}

const SENTENCE_END = /[。！？；!?;\n]/;

/** The sentence around offset i (end-exclusive, terminator included). */
export function sentenceBounds(text: string, i: number): { start: number; end: number } {
  let s = i;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = i;
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  while (s < e && /\s/.test(text[s]!)) s++;
  return { start: s, end: e };
}

/** The paragraph (between line breaks) around offset i. */
export function paragraphBounds(text: string, i: number): { start: number; end: number } {
  const s = text.lastIndexOf('\n', i - 1) + 1;
  const n = text.indexOf('\n', i);
  return { start: s, end: n === -1 ? text.length : n };
}

export function cellOf(f: FindingsFact): FindingCell | null {
  if (!f.entity) return null;
  return {
    entity: f.entity,
    indicator: f.indicator,
    metric: f.indicator ? null : f.metric,
    period: f.period,
    kind: f.kind,
  };
}

export function uniqueCells(facts: FindingsFact[]): FindingCell[] {
  // Facts of one finding mostly share one cell: compared field by field, no keys built.
  const cells: FindingCell[] = [];
  for (const f of facts) {
    const c = cellOf(f);
    if (!c) continue;
    const same = cells.findIndex(
      (o) =>
        o.entity === c.entity &&
        o.indicator === c.indicator &&
        o.metric === c.metric &&
        o.period === c.period &&
        o.kind === c.kind,
    );
    if (same === -1) cells.push(c);
    else cells[same] = c;
  }
  return cells;
}

export interface FindingDraft {
  keyParts: (string | number | null)[];
  type: FindingType;
  severity: Severity;
  outcome: Outcome;
  entities: (string | null)[];
  titleId: MessageId;
  explanationId: MessageId;
  params: MessageParams;
  figures?: FindingFigure[];
  evidence: Evidence[];
  cells?: FindingCell[];
  diff?: Finding['diff'];
}

/** Builds a finding, rendering its Chinese title and explanation from the message ids. */
export function finding(d: FindingDraft): Finding {
  const entities = [...new Set(d.entities.filter((e): e is string => !!e))];
  const result: Finding = {
    key: [d.type, ...d.keyParts.map((p) => (p === null ? '' : String(p)))].join('|'),
    type: d.type,
    severity: d.severity,
    outcome: d.outcome,
    entities,
    titleId: d.titleId,
    explanationId: d.explanationId,
    params: d.params,
    title: renderMessage(d.titleId, d.params),
    explanation: renderMessage(d.explanationId, d.params),
    figures: d.figures ?? [],
    evidence: d.evidence,
    cells: d.cells ?? [],
  };
  if (d.diff) result.diff = d.diff;
  return result;
}

/**
 * Items grouped under a tuple of keys, as nested maps: no composite key strings are built, so a
 * large index groups fast (interned strings hash once).
 */
export class MultiMap<T> {
  private readonly root = new Map<unknown, unknown>();
  private readonly lists: T[][] = [];

  add(keys: readonly unknown[], item: T): void {
    let node = this.root;
    for (let i = 0; i < keys.length - 1; i++) {
      let next = node.get(keys[i]) as Map<unknown, unknown> | undefined;
      if (!next) node.set(keys[i], (next = new Map()));
      node = next;
    }
    const last = keys[keys.length - 1];
    const list = node.get(last) as T[] | undefined;
    if (list) list.push(item);
    else {
      const created = [item];
      node.set(last, created);
      this.lists.push(created);
    }
  }

  get(keys: readonly unknown[]): T[] | undefined {
    let node: unknown = this.root;
    for (const k of keys) {
      node = (node as Map<unknown, unknown>).get(k);
      if (node === undefined) return undefined;
    }
    return node as T[];
  }

  groups(): T[][] {
    return this.lists;
  }
}

/**
 * Whether one entity's facts for one period come from more than one document: only then can a
 * check across documents (conflicts, attainment) pair them. In an index where most entity-years
 * have one report, most groups are left out at once.
 */
export function acrossDocuments(facts: readonly FindingsFact[]): boolean {
  for (const f of facts) if (f.documentId !== facts[0]!.documentId) return true;
  return false;
}

/** What a fact is about, as two keys: its indicator, else its metric phrase (normalised). */
export function subjectKeys(f: { indicator: string | null; metric: string }): [string, string] {
  return f.indicator ? [f.indicator, ''] : ['', normaliseMetric(f.metric)];
}

export function groupBy<T>(items: Iterable<T>, key: (item: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** A value with as many decimals as the figures it came from, for explanations. */
export function round(n: number, decimals: number): string {
  return formatNumber(Number(n.toFixed(Math.min(10, Math.max(0, decimals)))));
}

export function decimals(n: number): number {
  const s = formatNumber(n);
  const dot = s.indexOf('.');
  return dot === -1 ? 0 : s.length - dot - 1;
}
