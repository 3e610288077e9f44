/**
 * Conflicting figures: the same entity, indicator (or metric phrase), period and kind stated with
 * different values, units (after normalisation) or comparators in different documents.
 */
import { formatFigure } from '../format/fact-text.ts';
import {
  acrossDocuments,
  comparable,
  factEvidence,
  figureKey,
  finding,
  groupBy,
  MultiMap,
  normaliseMetric,
  num,
  toFigure,
  uniqueCells,
} from './common.ts';
import type { Finding, FindingsFact, FindingsInput } from './types.ts';

export function findConflicts(input: FindingsInput): Finding[] {
  const names = new Map(input.documents.map((d) => [d.id, d.name]));
  const stated = acrossDocuments(input.facts).filter(
    (f) => f.entity && f.period && f.comparator !== 'text' && f.value !== null,
  );
  const out: Finding[] = [];
  const byIndicator = new MultiMap<FindingsFact>();
  const byMetric = new MultiMap<FindingsFact>();
  for (const f of stated) {
    if (f.indicator) byIndicator.add([f.entity, f.indicator, f.period, f.kind], f);
    else byMetric.add([f.entity, normaliseMetric(f.metric), f.period, f.kind], f);
  }
  for (const group of byIndicator.groups()) {
    const verdict = compareGroup(group);
    if (verdict === 'ambiguous')
      for (const f of group)
        byMetric.add([f.entity, normaliseMetric(f.metric), f.period, f.kind], f);
    else if (verdict === 'conflict') out.push(conflict(group, group[0]!.indicator!, names, input));
  }
  for (const group of byMetric.groups()) {
    if (compareGroup(group) === 'conflict') {
      out.push(conflict(group, `m:${normaliseMetric(group[0]!.metric)}`, names, input));
    }
  }
  return out;
}

/**
 * A conflict needs two documents that each state the figure once (or several times alike) and
 * disagree. A document stating several different figures for one indicator (引进高端人才50名,
 * 引进高层次人才100名) is about several things: 'ambiguous', to be compared by metric phrase.
 */
function compareGroup(group: FindingsFact[]): 'same' | 'conflict' | 'ambiguous' {
  const perDoc = groupBy(group, (f) => String(f.documentId));
  if (perDoc.size < 2) return 'same';
  const keys = new Set<string>();
  for (const facts of perDoc.values()) {
    const own = new Set(facts.map(figureKey));
    if (own.size > 1) return 'ambiguous';
    keys.add([...own][0]!);
  }
  return keys.size > 1 ? 'conflict' : 'same';
}

function conflict(
  group: FindingsFact[],
  subject: string,
  names: Map<number, string>,
  input: FindingsInput,
): Finding {
  const first = group[0]!;
  const keys = [...new Set(group.map(figureKey))].sort();
  const perDoc = groupBy(group, (f) => String(f.documentId));
  const detail = [...perDoc.values()]
    .map((facts) => `${names.get(facts[0]!.documentId) ?? ''}：${formatFigure(facts[0]!)}`)
    .join('；');
  const amount = (f: FindingsFact) => {
    const c = comparable(f);
    return `${num(c.value)}-${num(c.valueMax)}${c.unit}`;
  };
  const valuesDiffer = new Set(group.map(amount)).size > 1;
  return finding({
    keyParts: [first.entity, subject, first.period, first.kind, keys.join(',')],
    type: 'conflict',
    severity: valuesDiffer ? 'high' : 'medium',
    outcome: 'conflict',
    entities: [first.entity],
    titleId: 'conflict.title',
    explanationId: 'conflict.explanation',
    params: {
      entity: first.entity ?? '',
      metric: first.metric,
      period: first.period ?? '',
      kind: `@${first.kind}`,
      figures: [...new Set(group.map((f) => formatFigure(f)))].join(' / '),
      count: perDoc.size,
      detail,
    },
    figures: group.map((f) => toFigure(f, names.get(f.documentId) ?? '')),
    evidence: group.map((f) => factEvidence(f, input.text(f.documentId), 'figure')),
    cells: uniqueCells(group),
  });
}
