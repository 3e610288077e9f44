import type { Args } from '../../shared/api.ts';
import { FACT_KINDS } from '../../shared/domain/index.ts';
import { oneOf } from './usage.ts';

/** The options compare and export share. */
export const COMPARE_OPTIONS = {
  db: { type: 'string' },
  entities: { type: 'string' },
  period: { type: 'string' },
  kind: { type: 'string' },
  format: { type: 'string' },
} as const;

export function compareQuery(values: {
  entities?: string;
  period?: string;
  kind?: string;
}): Args<'compare'> {
  const kind =
    values.kind === undefined ? undefined : oneOf(values.kind, FACT_KINDS, '--kind', 'target');
  const entities = values.entities
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return { entities, period: values.period, kind };
}
