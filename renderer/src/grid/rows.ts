import type { CompareCellFact, CompareRow, Comparison } from '../../../shared/api.ts';
import { formatFigure } from '../../../shared/format/fact-text.ts';

/** One grid row: a comparison row with a stable id for ag-grid's getRowId (and e2e hooks). */
export interface GridRow {
  id: string;
  indicator: string | null;
  label: string;
  category: string | null;
  cells: Record<string, CompareCellFact[]>;
}

/** The row id: the catalog indicator id (`gdp_growth`), or `m:<label>` for an unmapped metric. */
export function rowIdOf(row: Pick<CompareRow, 'indicator' | 'label'>): string {
  return row.indicator ?? `m:${row.label}`;
}

/**
 * Rows grouped by category so that each category reads as one block (the pinned category column
 * spans it): categories in the order they first appear in the core's (catalog) order, rows in the
 * core's order within each, unmapped metrics ("other figures", no category) last. Ids are made
 * unique (a repeated id gets `#2`, `#3` …).
 */
export function toGridRows(comparison: Comparison): GridRow[] {
  const groups = new Map<string | null, CompareRow[]>();
  for (const row of comparison.rows) {
    const key = row.category ?? null;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const ordered = [...groups].sort(([a], [b]) => Number(a === null) - Number(b === null));

  const seen = new Map<string, number>();
  return ordered.flatMap(([, rows]) =>
    rows.map((row) => {
      const base = rowIdOf(row);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return {
        id: n === 1 ? base : `${base}#${n}`,
        indicator: row.indicator,
        label: row.label,
        category: row.category,
        cells: row.cells,
      };
    }),
  );
}

/** The primary fact of an entity's cell, if any. */
export function primaryFact(row: GridRow | undefined, entity: string): CompareCellFact | undefined {
  return row?.cells[entity]?.[0];
}

/** What the cell reads (`7%`, `≥15%`, `1–2家`, `同步`), or null when the entity states nothing. */
export function cellText(row: GridRow | undefined, entity: string): string | null {
  const fact = primaryFact(row, entity);
  return fact ? formatFigure(fact) : null;
}

/**
 * The cell's tooltip: each fact as a phrase — hedge (力争, 确保), the row's name unless the quote
 * already says it, and the figure as quoted — primary first, numbered when there are several.
 */
export function cellTooltip(row: GridRow | undefined, entity: string): string | undefined {
  const facts = row?.cells[entity];
  if (!row || !facts?.length) return undefined;
  const lines = facts.map((f, i) => {
    const phrase = `${f.hedge ?? ''}${f.quote.includes(row.label) ? '' : row.label}${f.quote}`;
    return facts.length > 1 ? `${i + 1}. ${phrase}` : phrase;
  });
  return lines.join('\n');
}

/** Sort key for an entity column: the primary figure's value; empty cells sort last. */
export function compareCells(
  a: CompareCellFact | undefined,
  b: CompareCellFact | undefined,
): number {
  const va = a?.value ?? null;
  const vb = b?.value ?? null;
  if (va === null && vb === null) return 0;
  if (va === null) return 1;
  if (vb === null) return -1;
  return va - vb;
}

/**
 * Re-orders sorted rows so that categories stay together in their original order (ag-grid
 * Community has no row grouping): within a category the sort's order is kept.
 */
export function keepCategoriesTogether<T>(
  sorted: T[],
  categoryOf: (item: T) => string | null,
  categoryRank: ReadonlyMap<string | null, number>,
): void {
  const rank = (item: T) => categoryRank.get(categoryOf(item)) ?? Number.MAX_SAFE_INTEGER;
  const indexed = sorted.map((item, i) => ({ item, i }));
  indexed.sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i);
  indexed.forEach(({ item }, i) => (sorted[i] = item));
}

/** Each category's position in the grouped rows (null, "other figures", last). */
export function categoryRanks(rows: readonly GridRow[]): Map<string | null, number> {
  const ranks = new Map<string | null, number>();
  for (const row of rows) if (!ranks.has(row.category)) ranks.set(row.category, ranks.size);
  return ranks;
}
