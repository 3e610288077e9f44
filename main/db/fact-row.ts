import type { FactRecord } from '../../shared/api.ts';
import type { Comparator, FactKind } from '../../shared/domain/index.ts';

/** A facts table row as SQLite returns it. */
export interface FactRow {
  id: number;
  document_id: number;
  entity: string | null;
  indicator: string | null;
  metric: string;
  value: number | null;
  value_max: number | null;
  unit: string | null;
  norm_value: number | null;
  norm_unit: string | null;
  comparator: string;
  hedge: string | null;
  kind: string;
  period: string | null;
  start: number;
  end: number;
  quote: string;
  section: string;
  sentence_start: number;
  sentence_end: number;
  extracted: string | null;
  hidden: number;
}

export function toFactRecord(r: FactRow): FactRecord {
  return {
    id: r.id,
    documentId: r.document_id,
    entity: r.entity,
    indicator: r.indicator,
    metric: r.metric,
    value: r.value,
    valueMax: r.value_max,
    unit: r.unit,
    normValue: r.norm_value,
    normUnit: r.norm_unit,
    comparator: r.comparator as Comparator,
    hedge: r.hedge,
    kind: r.kind as FactKind,
    period: r.period,
    start: r.start,
    end: r.end,
    quote: r.quote,
    section: JSON.parse(r.section) as string[],
    sentenceStart: r.sentence_start,
    sentenceEnd: r.sentence_end,
    extracted: r.extracted ? (JSON.parse(r.extracted) as FactRecord['extracted']) : {},
    hidden: r.hidden === 1,
  };
}
