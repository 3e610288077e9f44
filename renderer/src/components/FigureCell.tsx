import type { CustomCellRendererProps } from 'ag-grid-react';
import type { GridRow } from '../grid/rows.ts';
import { zh } from '../i18n/zh.ts';

/**
 * An entity's cell: the primary figure as the report writes it (`≥15%`, `1–2家`), a count badge
 * when several facts state it, and a muted dash when the entity states nothing.
 */
export function FigureCell(props: CustomCellRendererProps<GridRow, string | null>) {
  const entity = props.column?.getColId() ?? '';
  const facts = props.data?.cells[entity] ?? [];
  const primary = facts[0];
  if (!primary || props.value == null) {
    return (
      <span className="figure figure-empty" aria-label="无">
        {zh.noFact}
      </span>
    );
  }
  return (
    <span className={primary.hedge ? 'figure figure-hedged' : 'figure'}>
      <span className="figure-value">{props.value}</span>
      {facts.length > 1 && (
        <span className="figure-badge" aria-label={zh.moreFacts(facts.length)}>
          {facts.length}
        </span>
      )}
    </span>
  );
}
