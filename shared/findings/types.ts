/** Auditor findings: figures that do not agree, and the checks that hold, each with its evidence. */
import type { Comparator, ExtractedFact, FactKind } from '../domain/fact.ts';
import type { MessageId, MessageParams } from './strings.ts';

export const FINDING_TYPES = [
  'conflict',
  'version',
  'arithmetic',
  'cross-reference',
  'alignment',
  'attainment',
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

/** high: a figure is wrong or contradicted; medium: worth a look; low: wording; info: a check that holds. */
export const SEVERITIES = ['high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * What the check concluded. conflict/differs: figures or texts disagree; holds/fails/unchecked:
 * arithmetic and cross-references; below/missing: alignment; met/missed/unknown: attainment.
 */
export const OUTCOMES = [
  'conflict',
  'differs',
  'holds',
  'fails',
  'unchecked',
  'below',
  'missing',
  'met',
  'missed',
  'unknown',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** One source span behind a finding; [start, end) in the document's text, quote === its slice. */
export interface Evidence {
  documentId: number;
  start: number;
  end: number;
  quote: string;
  /** The sentence around the span, for highlighting it in context. */
  sentenceStart: number;
  sentenceEnd: number;
  sentence: string;
  /** What the span is in the finding (total, part, target, actual, left, right …). */
  role: string;
}

/** A figure involved in a finding, as a comparison cell shows it. */
export interface FindingFigure {
  entity: string | null;
  indicator: string | null;
  metric: string;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  comparator: Comparator;
  kind: FactKind;
  period: string | null;
  /** As reports write it: ≥15%, ≈12%, 1–2家. */
  figure: string;
  documentId: number;
  factId: number;
  role: string;
}

/** A comparison-grid cell a finding is about, so the grid can mark it. */
export interface FindingCell {
  entity: string;
  indicator: string | null;
  /** The metric phrase when the row is not a catalog indicator. */
  metric: string | null;
  period: string | null;
  kind: FactKind;
}

/** One side of a version difference: its sentence and the differing characters in it. */
export interface DiffSide {
  documentId: number;
  /** The sentence (or passage) in the document's text. */
  start: number;
  end: number;
  text: string;
  /** Differing characters, as [start, end) offsets into `text`. */
  marks: [number, number][];
  /** The differing words with a little context, as a title shows them. */
  changed: string;
}

export interface Finding {
  /** Stable across re-index: derived from what the finding is about, never from row ids. */
  key: string;
  type: FindingType;
  severity: Severity;
  outcome: Outcome;
  entities: string[];
  /** Message ids and parameters, so a UI can render them in its language (see strings.ts). */
  titleId: MessageId;
  explanationId: MessageId;
  params: MessageParams;
  /** Rendered in Chinese. */
  title: string;
  explanation: string;
  figures: FindingFigure[];
  evidence: Evidence[];
  cells: FindingCell[];
  /** Version differences only: both sides, with the differing characters marked. */
  diff?: { left: DiffSide; right: DiffSide; kind: 'number' | 'unit' | 'wording' };
}

/** A fact as the checks read it (its quote and section are not needed: spans are read from the text). */
export interface FindingsFact extends Omit<ExtractedFact, 'quote' | 'section' | 'hedge'> {
  id: number;
  documentId: number;
}

export interface FindingsDocument {
  id: number;
  name: string;
  entity: string | null;
  year: number | null;
  type: string | null;
  /**
   * Characters in the text (for choosing which of two versions is the shorter); counted from the
   * text when left out.
   */
  length?: number;
}

/** Everything the checks need; texts are read on demand, so a large index need not fit in memory. */
export interface FindingsInput {
  documents: FindingsDocument[];
  /** Visible facts only (a fact marked "not a fact" is left out). */
  facts: FindingsFact[];
  /** Entity → its parent (郑州经济技术开发区 → 郑州市). */
  parents: ReadonlyMap<string, string | null>;
  text: (documentId: number) => string;
}

/** A user's judgment of a finding; kept here, apart from the contract's schemas, so the renderer can use it without zod. */
export const REVIEW_STATUSES = ['open', 'reviewed', 'not-an-issue'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
