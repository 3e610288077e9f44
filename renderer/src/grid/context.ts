import type { TFunction } from 'i18next';
import type { ViewKey } from '../comparison/views.ts';
import type { AlignmentMark } from './alignment.ts';
import type { FindingLookup } from './finding-marks.ts';
import type { CellRange } from './range.ts';

/**
 * What cell renderers and class rules read through ag-grid's `context`: one object for the
 * grid's life, updated in place so the grid does not rebuild its columns when marks change.
 */
export class GridContext {
  t: TFunction;
  /** Row id → entity → mark. */
  marks: Map<string, Record<string, AlignmentMark>>;
  /** The auditor's findings by cell, and the period/kind the grid shows (to look cells up). */
  findings: FindingLookup = new Map();
  view: ViewKey | null = null;
  /** The keyboard/mouse cell range (ag-grid Community has no range selection). */
  range: CellRange | null = null;

  constructor(t: TFunction, marks: Map<string, Record<string, AlignmentMark>>) {
    this.t = t;
    this.marks = marks;
  }

  update(t: TFunction, marks: Map<string, Record<string, AlignmentMark>>): void {
    this.t = t;
    this.marks = marks;
  }

  setFindings(findings: FindingLookup, view: ViewKey): void {
    this.findings = findings;
    this.view = view;
  }

  currentRange(): CellRange | null {
    return this.range;
  }

  setRange(range: CellRange | null): void {
    this.range = range;
  }
}
