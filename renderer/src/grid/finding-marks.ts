import type { FindingRecord } from '../../../shared/api.ts';
import type { FactKind } from '../../../shared/domain/index.ts';
import type { Severity } from '../../../shared/findings/types.ts';
import { rowIdOf, type GridRow } from './rows.ts';

/** The findings on one grid cell that call for a look, most severe first. */
export interface CellFindings {
  worst: Severity;
  findings: FindingRecord[];
}

/** (entity, row key, period, kind) → that cell's findings; see findingsAt. */
export type FindingLookup = ReadonlyMap<string, CellFindings>;

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

function cellKey(entity: string, rowKey: string, period: string, kind: FactKind): string {
  return [entity, rowKey, period, kind].join('\u0000');
}

/**
 * Whether a finding marks its cells. A mark means "look here": a check that holds (info) is not
 * a problem, nor is a finding the auditor judged not an issue. Reviewed ones stay marked — the
 * figures still disagree.
 */
export function marksCells(finding: FindingRecord): boolean {
  return finding.severity !== 'info' && finding.review.status !== 'not-an-issue';
}

/** Indexes the findings by the grid cells they are about (keyed as the grid keys its rows). */
export function buildFindingLookup(findings: readonly FindingRecord[]): FindingLookup {
  const lookup = new Map<string, CellFindings>();
  for (const finding of findings) {
    if (!marksCells(finding)) continue;
    for (const cell of finding.cells) {
      if (cell.period === null || (cell.indicator === null && cell.metric === null)) continue;
      const rowKey = rowIdOf({ indicator: cell.indicator, label: cell.metric ?? '' });
      const key = cellKey(cell.entity, rowKey, cell.period, cell.kind);
      const entry = lookup.get(key);
      if (!entry) lookup.set(key, { worst: finding.severity, findings: [finding] });
      else if (!entry.findings.includes(finding)) entry.findings.push(finding);
    }
  }
  for (const entry of lookup.values()) {
    entry.findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    entry.worst = entry.findings[0]!.severity;
  }
  return lookup;
}

/** The findings on an entity's cell of a row, in the grid's period and kind. */
export function findingsAt(
  lookup: FindingLookup,
  entity: string,
  row: Pick<GridRow, 'indicator' | 'label'>,
  view: { period: string; kind: FactKind },
): CellFindings | undefined {
  return lookup.get(cellKey(entity, rowIdOf(row), view.period, view.kind));
}
