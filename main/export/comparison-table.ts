import type { Comparison } from '../../shared/api.ts';
import { formatFigure } from '../../shared/format/fact-text.ts';

export interface WideTable {
  header: string[];
  rows: string[][];
}

/** One row per indicator, one column per entity, each cell the primary figure as reports write it. */
export function wideTable(cmp: Comparison, { moreMarks = true } = {}): WideTable {
  return {
    header: ['indicator', 'label', 'category', ...cmp.entities],
    rows: cmp.rows.map((r) => [
      r.indicator ?? '',
      r.label,
      r.category ?? '',
      ...cmp.entities.map((e) => {
        const facts = r.cells[e] ?? [];
        if (!facts[0]) return '';
        return (
          formatFigure(facts[0]) + (moreMarks && facts.length > 1 ? ` (+${facts.length - 1})` : '')
        );
      }),
    ]),
  };
}

export interface DetailRow {
  indicator: string;
  label: string;
  category: string;
  entity: string;
  figure: string;
  value: number | null;
  valueMax: number | null;
  unit: string;
  comparator: string;
  hedge: string;
  primary: boolean;
  quote: string;
  document: string;
}

/** Every fact behind every cell, for auditors who need the source of each number. */
export function detailRows(cmp: Comparison, documentName: (id: number) => string): DetailRow[] {
  return cmp.rows.flatMap((r) =>
    cmp.entities.flatMap((entity) =>
      (r.cells[entity] ?? []).map((f, i) => ({
        indicator: r.indicator ?? '',
        label: r.label,
        category: r.category ?? '',
        entity,
        figure: formatFigure(f),
        value: f.value,
        valueMax: f.valueMax,
        unit: f.unit ?? '',
        comparator: f.comparator,
        hedge: f.hedge ?? '',
        primary: i === 0,
        quote: f.quote,
        document: documentName(f.documentId),
      })),
    ),
  );
}
