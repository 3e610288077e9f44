import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import { NS as FINDINGS } from '../findings/strings.ts';
import { MARK_ICON } from './alignment.ts';
import type { GridContext } from './context.ts';
import { findingsAt, type CellFindings } from './finding-marks.ts';
import type { GridRow } from './rows.ts';

type Params = ICellRendererParams<GridRow, string | null, GridContext>;

function span(className: string, text: string, hidden = false): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  if (hidden) el.setAttribute('aria-hidden', 'true');
  return el;
}

/** ⚑ coloured by the worst severity, with the count and that severity in words. */
function findingMark(t: GridContext['t'], cell: CellFindings): HTMLSpanElement {
  const label = t('cellMark', {
    ns: FINDINGS,
    count: cell.findings.length,
    severity: t(`severity.${cell.worst}`, { ns: FINDINGS }),
  });
  const el = span(`finding-mark severity-${cell.worst}`, '');
  el.dataset.severity = cell.worst;
  el.title = label;
  el.append(span('', '⚑', true), span('visually-hidden', label));
  return el;
}

/**
 * An entity's cell: the primary figure as the report writes it (`≥15%`, `1–2家`), a count badge
 * when several facts state it, the alignment mark against the parent (icon and words, so not
 * colour alone), a flag when the auditor's findings concern the cell, and a muted dash when the
 * entity states nothing. Plain DOM rather than a React component: a 300 × 20 grid renders and
 * scrolls noticeably faster without a portal per cell.
 */
export class FigureCellRenderer implements ICellRendererComp<GridRow> {
  private readonly gui = document.createElement('span');

  init(params: Params): void {
    this.render(params);
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh(params: Params): boolean {
    this.render(params);
    return true;
  }

  private render(params: Params): void {
    const { t, marks, findings, view } = params.context;
    const entity = params.column?.getColId() ?? '';
    const facts = params.data?.cells[entity] ?? [];
    const primary = facts[0];
    const mark = params.data ? marks.get(params.data.id)?.[entity] : undefined;
    const gui = this.gui;
    gui.replaceChildren();
    if (!primary || params.value == null) {
      gui.className = 'figure figure-empty';
      gui.append(
        span('', t('comparison.noFact'), true),
        span('visually-hidden', t('comparison.noFactLabel')),
      );
    } else {
      gui.className = primary.hedge ? 'figure figure-hedged' : 'figure';
      gui.append(span('figure-value', params.value));
      if (facts.length > 1) {
        const label = t('comparison.moreFacts', { count: facts.length });
        const badge = span('figure-badge', '');
        badge.title = label;
        badge.append(span('', String(facts.length), true), span('visually-hidden', label));
        gui.append(badge);
      }
    }
    if (mark && mark !== 'unknown') {
      const label = t(`align.${mark}`);
      const el = span(`align-mark align-${mark}`, '');
      el.dataset.mark = mark;
      el.title = label;
      el.append(span('', MARK_ICON[mark], true), span('visually-hidden', label));
      gui.append(el);
    }
    const cellFindings = params.data && view && findingsAt(findings, entity, params.data, view);
    if (cellFindings) gui.append(findingMark(t, cellFindings));
  }
}
