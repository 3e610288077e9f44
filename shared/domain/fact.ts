/** A quantitative figure (or qualitative target) found in a report, with its exact source span. */

export const COMPARATORS = ['=', '>=', '>', '<=', '~', 'range', 'text'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const FACT_KINDS = ['target', 'actual'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface ExtractedFact {
  /** Place the figure is about: the document's entity unless the text names another (全省, 全市…). */
  entity: string | null;
  /** Catalog indicator id, or null when the metric is not (yet) mapped. */
  indicator: string | null;
  /** Shortest phrase naming what is measured. */
  metric: string;
  value: number | null;
  valueMax: number | null;
  /** Unit exactly as written, magnitude included (亿元, 万人, %). */
  unit: string | null;
  /** Value in the unit's base (2.75万人 → 27500 人), for comparing figures written differently. */
  normValue: number | null;
  normUnit: string | null;
  comparator: Comparator;
  /** 力争, 确保, 争取 … kept apart from the comparator. */
  hedge: string | null;
  kind: FactKind;
  /** '2023', '2022', '2018-2022', '2023-2027' … */
  period: string | null;
  /** UTF-16 offsets into the decoded text; quote === text.slice(start, end). */
  start: number;
  end: number;
  quote: string;
  /** Heading path, outermost first. */
  section: string[];
  sentenceStart: number;
  sentenceEnd: number;
}

export interface DocumentMeta {
  entity: string | null;
  year: number | null;
  type: string | null;
}

export interface Section {
  /** Heading path, outermost first. */
  path: string[];
  start: number;
  end: number;
}

export interface Extraction {
  meta: DocumentMeta;
  sections: Section[];
  facts: ExtractedFact[];
}
