import type { FactChanges, FactRecord } from '../../../shared/api.ts';
import type { Comparator, FactKind } from '../../../shared/domain/index.ts';

/** The correction form's fields, as typed. */
export interface Draft {
  value: string;
  valueMax: string;
  comparator: Comparator;
  unit: string;
  indicator: string;
  period: string;
  kind: FactKind;
}

export function draftOf(fact: FactRecord): Draft {
  return {
    value: fact.value === null ? '' : String(fact.value),
    valueMax: fact.valueMax === null ? '' : String(fact.valueMax),
    comparator: fact.comparator,
    unit: fact.unit ?? '',
    indicator: fact.indicator ?? '',
    period: fact.period ?? '',
    kind: fact.kind,
  };
}

const num = (s: string) => (s.trim() === '' ? null : Number(s));
const str = (s: string) => (s.trim() === '' ? null : s.trim());

/** Only the fields the user changed, in the contract's terms. */
export function changesOf(fact: FactRecord, d: Draft): FactChanges | null {
  const changes: FactChanges = {};
  if (num(d.value) !== fact.value) changes.value = num(d.value);
  if (num(d.valueMax) !== fact.valueMax) changes.valueMax = num(d.valueMax);
  if (d.comparator !== fact.comparator) changes.comparator = d.comparator;
  if (str(d.unit) !== fact.unit) changes.unit = str(d.unit);
  if (str(d.indicator) !== fact.indicator) changes.indicator = str(d.indicator);
  if (str(d.period) !== fact.period) changes.period = str(d.period);
  if (d.kind !== fact.kind) changes.kind = d.kind;
  return Object.keys(changes).length ? changes : null;
}
