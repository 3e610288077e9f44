/** The jsonl mapping of a fact shared by `duibiao facts --format jsonl` and the evaluation. */
import type { ExtractedFact } from '../domain/fact.ts';

export interface FactJson {
  doc: string;
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
}

export function toFactJson(docName: string, f: ExtractedFact): FactJson {
  return {
    doc: docName,
    entity: f.entity,
    indicator: f.indicator,
    metric: f.metric,
    value: f.value,
    value_max: f.valueMax,
    unit: f.unit,
    norm_value: f.normValue,
    norm_unit: f.normUnit,
    comparator: f.comparator,
    hedge: f.hedge,
    kind: f.kind,
    period: f.period,
    start: f.start,
    end: f.end,
    quote: f.quote,
    section: f.section.join(' > '),
  };
}
